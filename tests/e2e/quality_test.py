#!/usr/bin/env python3
"""Quality floors on the dev set: runs bench/quality.py (the open part and,
apart, the blind part) and bench/activities.py (the sample and the open
part), and fails when a figure falls below its floor. The
floors are the figures reached, less a small margin, so that a regression
fails CI; raise them when the rules get better.

usage: quality_test.py NEXUS_BINARY PROJECT_DIR
"""
import os
import re
import subprocess
import sys

# (line of bench/quality.py, column, floor)
FLOORS = [
    ("dev-set links", "F1", 0.85),
    ("dev-set links", "P", 0.92),
    ("dev-set entities", "F1", 0.95),
    ("blind links", "F1", 0.70),
    ("blind links", "P", 0.84),
    ("blind entities", "F1", 0.93),
]
# Activities (bench/activities.py): (part, column, floor).
ACTIVITY_FLOORS = [("sample", "F1", 0.62), ("dev", "F1", 0.66)]


def main():
    nexus, project = sys.argv[1], sys.argv[2]
    shared = os.path.join(project, "..", "shared")
    if not os.path.exists(os.path.join(shared, "eval", "score.py")):
        print(f"SKIP quality: {shared}/eval/score.py not found")
        return 0
    out = subprocess.run([sys.executable, os.path.join(project, "bench", "quality.py"), "--nexus", nexus,
                          "--shared", shared, "--brief", "--blind"],
                         capture_output=True, text=True, check=True).stdout
    rows = {}
    for line in out.splitlines():
        m = re.match(r"\s+(dev-set links|dev-set entities|blind links|blind entities)\s+\d+\s+\d+\s+\d+\s+"
                     r"(\S+)\s+(\S+)\s+(\S+)", line)
        if m:
            rows[m.group(1)] = dict(zip(("P", "R", "F1"), map(float, m.groups()[1:])))
    ok = True
    for row, column, floor in FLOORS:
        value = rows.get(row, {}).get(column)
        good = value is not None and value >= floor
        ok = ok and good
        print(f"{'ok  ' if good else 'FAIL'} {row} {column} {value} (>= {floor:.2f})")
    out = subprocess.run([sys.executable, os.path.join(project, "bench", "activities.py"), "--nexus", nexus,
                          "--shared", shared], capture_output=True, text=True, check=True).stdout
    for part, column, floor in ACTIVITY_FLOORS:
        m = re.search(part + r" activities .* P (\S+) R (\S+) F1 (\S+);", out)
        value = dict(zip(("P", "R", "F1"), map(float, m.groups()))).get(column) if m else None
        good = value is not None and value >= floor
        ok = ok and good
        print(f"{'ok  ' if good else 'FAIL'} {part} activities {column} {value} (>= {floor:.2f})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
