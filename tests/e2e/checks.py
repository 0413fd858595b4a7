"""What the Python end-to-end tests share: named checks that print "ok" or
"FAIL" and are counted, running the nexus binary, and the final verdict."""
import subprocess
import sys

failures = []


def check(ok, what, detail=""):
    """Prints the check's result; a failure is counted and shows `detail`."""
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)
        if detail:
            print("     " + str(detail)[:1500].replace("\n", "\n     "))
    return ok


def run_nexus(nexus, args, timeout=600):
    """(exit code, standard output, standard error) of `nexus ARGS...`, decoded."""
    done = subprocess.run([nexus] + list(args), capture_output=True, timeout=timeout)
    return done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")


def finish(name):
    """Exits 1 when a check failed, else says the test passed."""
    if failures:
        print(f"{len(failures)} check(s) failed")
        sys.exit(1)
    print(f"{name} passed")
