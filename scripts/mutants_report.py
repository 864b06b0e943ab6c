"""The figures of the last `mutmut run`, per mutated module, and the verdict.

Reads mutmut's results (mutants/<path>.meta) for the modules named on the command line (all
mutated modules without one). Fails when a mutant survived, or was never run against a test,
unless tests/mutants/equivalent.md gives the reason it is equivalent to the original code
(a line "- `MUTANT_NAME`: reason"). A timeout counts as caught: the tests noticed the change.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EQUIVALENT = ROOT / "tests" / "mutants" / "equivalent.md"

# mutmut 3's exit codes of a mutant's test run (mutmut/stats.py).
STATUS = {1: "killed", 3: "killed", 0: "survived", 5: "no tests", 33: "no tests", 34: "skipped"}
STATUS.update({code: "timeout" for code in (36, -24, 24, 152, 255)})


def status(exit_code):
    if exit_code is None:
        return "not checked"
    return STATUS.get(exit_code, "suspicious")


def equivalent_mutants():
    if not EQUIVALENT.exists():
        return {}
    found = re.findall(r"^- `([^`]+)`: (.+)$", EQUIVALENT.read_text(), flags=re.MULTILINE)
    return dict(found)


def main(paths):
    metas = sorted((ROOT / "mutants").rglob("*.py.meta"))
    if paths:
        metas = [m for m in metas if str(m.relative_to(ROOT / "mutants"))[:-5] in paths]
    if not metas:
        print("No mutmut results: run `make mutants` first.", file=sys.stderr)
        return 1
    equivalent = equivalent_mutants()
    columns = ("mutants", "killed", "timeout", "survived", "equivalent", "no tests", "other")
    print(f"{'module':28}" + "".join(f"{c:>11}" for c in columns))
    totals = Counter()
    unexplained = []
    for meta in metas:
        module = str(meta.relative_to(ROOT / "mutants"))[:-5]
        results = json.loads(meta.read_text())["exit_code_by_key"]
        counts = Counter(mutants=len(results))
        for name, exit_code in sorted(results.items()):
            state = status(exit_code)
            if state in ("survived", "no tests") and name in equivalent:
                state = "equivalent"
            elif state not in ("killed", "timeout", "survived", "no tests"):
                state = "other"
            counts[state] += 1
            if state not in ("killed", "timeout", "equivalent"):
                unexplained.append(f"{name}: {status(exit_code)}")
        totals.update(counts)
        print(f"{module:28}" + "".join(f"{counts[c]:>11}" for c in columns))
    print(f"{'total':28}" + "".join(f"{totals[c]:>11}" for c in columns))
    if unexplained:
        print(
            f"\n{len(unexplained)} mutant(s) neither caught by a test nor explained in",
            EQUIVALENT.relative_to(ROOT),
        )
        print("(see one with `mutmut show NAME`):")
        for line in unexplained:
            print("   ", line)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
