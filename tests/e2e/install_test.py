#!/usr/bin/python3
"""`cmake --install` into a fresh prefix: the executable runs from there,
the manual page renders without a warning (groff) and names every command,
build option and output format nexus itself lists, and the bash completion
completes commands, options and formats (zsh's is checked when zsh is here),
and a program of its own builds against the installed libraries and headers
(find_package(nexus), nexus::core).

usage: install_test.py BUILD_DIR PROJECT_ROOT
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, finish  # noqa: E402

BUILD, PROJECT = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])


def main():
    prefix = tempfile.mkdtemp(prefix="nexus_install_")
    done = subprocess.run(["cmake", "--install", BUILD, "--prefix", prefix], capture_output=True, text=True)
    check(done.returncode == 0, "cmake --install into a fresh prefix", done.stderr)
    nexus = os.path.join(prefix, "bin", "nexus")
    version = subprocess.run([nexus, "--version"], capture_output=True, text=True)
    check(version.returncode == 0 and version.stdout.startswith("nexus "), "the installed nexus runs",
          version.stdout + version.stderr)
    listing = subprocess.run([nexus, "list"], capture_output=True, text=True).stdout
    section = lambda name: re.findall(r"^  (\S+)", listing.split(name + ":")[1].split("\n\n")[0], re.M)
    commands, formats = section("commands"), section("formats")
    options = sorted(set(re.findall(r"^  (?:-[a-z], )?(--[a-z-]+)", subprocess.run([nexus, "build", "--help"], capture_output=True,
                                                                      text=True).stdout, re.M)))
    man = os.path.join(prefix, "share", "man", "man1", "nexus.1")
    check(os.path.isfile(man), "the manual page is installed")
    text = open(man, encoding="utf-8").read().replace("\\-", "-")
    missing = [w for w in commands + formats + options if w not in text]
    check(not missing, f"the manual page names every command ({len(commands)}), format ({len(formats)}) and "
                       f"build option ({len(options)})", missing)
    if shutil.which("groff"):
        render = subprocess.run(["groff", "-man", "-Tutf8", "-ww", "-z", man], capture_output=True, text=True)
        check(render.returncode == 0 and not render.stderr.strip(), "groff renders it without a warning",
              render.stderr)
    bash = os.path.join(prefix, "share", "bash-completion", "completions", "nexus")
    check(os.path.isfile(bash), "the bash completion is installed")

    def complete(*words):
        script = (f'source "{bash}"; COMP_WORDS=({" ".join(repr(w) for w in words)}); '
                  f'COMP_CWORD={len(words) - 1}; _nexus; printf "%s\\n" "${{COMPREPLY[@]}}"')
        env = dict(os.environ, PATH=os.path.join(prefix, "bin") + ":" + os.environ["PATH"])
        return subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=env).stdout.split()
    check(complete("nexus", "bu") == ["build"], "bash: 'nexus bu' completes to build", complete("nexus", "bu"))
    check("--format" in complete("nexus", "build", "--fo"), "bash: 'nexus build --fo' offers --format")
    check(complete("nexus", "build", "--format", "json,gra") == ["json,graphml"],
          "bash: '--format json,gra' completes the list's last item", complete("nexus", "build", "--format", "json,gra"))
    check("activities" in complete("nexus", "query", "g.json", "act"), "bash: query questions")
    zsh = os.path.join(prefix, "share", "zsh", "vendor-completions", "_nexus")
    check(os.path.isfile(zsh), "the zsh completion is installed")
    if shutil.which("zsh"):
        parsed = subprocess.run(["zsh", "-n", zsh], capture_output=True, text=True)
        check(parsed.returncode == 0, "zsh parses its completion", parsed.stderr)
    # The libraries and headers as a CMake package: a program of its own finds
    # them with find_package(nexus), links nexus::core, and builds a graph.
    consumer = tempfile.mkdtemp(prefix="nexus_consumer_")
    configure = subprocess.run(["cmake", "-S", os.path.join(PROJECT, "tests", "e2e", "consumer"), "-B", consumer,
                                f"-DCMAKE_PREFIX_PATH={prefix}"], capture_output=True, text=True)
    check(configure.returncode == 0, "find_package(nexus) finds the installed package", configure.stderr)
    built = subprocess.run(["cmake", "--build", consumer], capture_output=True, text=True)
    check(built.returncode == 0, "a program linking nexus::core builds against the installed tree",
          built.stdout[-2000:] + built.stderr[-2000:])
    ran = subprocess.run([os.path.join(consumer, "tiny")], capture_output=True, text=True)
    check(ran.returncode == 0 and '"group:isil"' in ran.stdout and '"occurs_in"' in ran.stdout,
          "it builds a graph from a sentence and writes it as JSON", ran.stdout[-500:] + ran.stderr)
    check(not any(PROJECT in line for line in open(os.path.join(prefix, "lib", "cmake", "nexus",
                                                                "nexusTargets.cmake"))),
          "the installed package names no path of the source tree")
    shutil.rmtree(consumer, ignore_errors=True)
    shutil.rmtree(prefix, ignore_errors=True)
    finish("install test")


if __name__ == "__main__":
    main()
