"""Run every benchmark in bench/ and print its figures. `make bench` calls this."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main():
    status = 0
    for script in sorted(HERE.glob("bench_*.py")):
        print(f"== {script.name}", flush=True)
        status |= subprocess.call([sys.executable, str(script)])  # noqa: S603 (our own scripts)
    return status


if __name__ == "__main__":
    sys.exit(main())
