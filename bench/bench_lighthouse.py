"""Lighthouse (mobile, its default simulated slow 4G and 4x slower CPU) on the home pages: the
performance score, the cumulative layout shift and the bytes transferred, against the ceilings of
issue 14 (Arabic and Tamazight pages: shift at most 0.02, score at least 95; /ar/ at most 90 KB).

Production settings (DEBUG off, hashed and compressed static files served by WhiteNoise) on a
throw-away SQLite database with the demo site, served by Django's live-server thread on
127.0.0.1; Lighthouse from node_modules (package.json pins it) drives Debian's Chromium
(CHROME_PATH). Each page is measured several times and the median and the spread printed: the
score depends on the machine's load (a shared machine scores lower and wider). Lighthouse counts
the HTML as Django sends it, uncompressed (the reverse proxy gzips it in production), so its byte
figure is an upper bound; bench_first_visit.py counts it gzipped.
Prints figures; asserts nothing. Usage: .venv/bin/python bench/bench_lighthouse.py [--runs N]
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.production import setup_django  # noqa: E402 (needs the path above)

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"
# (path, ceiling of the layout shift, floor of the score, ceiling of the bytes) per page.
PAGES = [
    ("/ar/", 0.02, 95, 90 * 1024),
    ("/zgh/", 0.02, 95, None),
    ("/fr/", 0.02, 95, None),
]


def lighthouse(url):
    """One Lighthouse run: (score, layout shift, bytes transferred, fonts transferred)."""
    result = subprocess.run(  # noqa: S603 (our pinned tool, a local URL)
        [
            str(LIGHTHOUSE),
            url,
            "--only-categories=performance",
            "--output=json",
            "--output-path=stdout",
            "--quiet",
            f"--chrome-flags={CHROME_FLAGS}",
        ],
        capture_output=True,
        check=True,
        env={**os.environ, "CHROME_PATH": CHROME},
        text=True,
    )
    report = json.loads(result.stdout)
    audits = report["audits"]
    requests = audits["network-requests"]["details"]["items"]
    fonts = sum(item["transferSize"] for item in requests if item.get("resourceType") == "Font")
    return (
        round(report["categories"]["performance"]["score"] * 100),
        audits["cumulative-layout-shift"]["numericValue"],
        audits["total-byte-weight"]["numericValue"],
        fonts,
    )


def spread(values, digits):
    """'median (min-max)' of the runs."""
    return (
        f"{statistics.median(values):.{digits}f} "
        f"({min(values):.{digits}f}-{max(values):.{digits}f})"
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        print("Lighthouse is not installed: npm ci")
        return 1

    from django.core.management import call_command

    with tempfile.TemporaryDirectory() as tmp:
        setup_django(tmp, allowed_hosts="127.0.0.1,localhost")
        call_command("load_demo_data", "--only", "site", stdout=open(os.devnull, "w"))  # noqa: SIM115
        from django.test.testcases import LiveServerThread

        # WhiteNoise (in the middleware) serves the static files, as in production.
        server = LiveServerThread("127.0.0.1", static_handler=lambda app: app, port=0)
        server.daemon = True
        server.start()
        server.is_ready.wait()
        if server.error:
            raise server.error
        base_url = f"http://127.0.0.1:{server.port}"
        try:
            print(
                f"{args.runs} runs per page; median (min-max); load average {os.getloadavg()[0]:.1f}"
            )
            print(f"{'page':<7}{'score':>16}{'layout shift':>26}{'KB':>22}{'fonts KB':>20}")
            for path, max_shift, min_score, max_bytes in PAGES:
                runs = [lighthouse(base_url + path) for _ in range(args.runs)]
                scores, shifts, weights, fonts = zip(*runs, strict=True)
                flags = []
                if statistics.median(shifts) > max_shift:
                    flags.append(f"shift over {max_shift}")
                if statistics.median(scores) < min_score:
                    flags.append(f"score under {min_score}")
                if max_bytes and statistics.median(weights) > max_bytes:
                    flags.append(f"over {max_bytes // 1024} KB")
                print(
                    f"{path:<7}{spread(scores, 0):>16}{spread(shifts, 3):>26}"
                    f"{spread([w / 1024 for w in weights], 1):>22}"
                    f"{spread([f / 1024 for f in fonts], 1):>20}"
                    + (f"  {', '.join(flags)}" if flags else "")
                )
            print(
                f"ceilings: shift <= 0.02 and score >= 95 on every page; /ar/ <= 90 KB; "
                f"load average now {os.getloadavg()[0]:.1f}"
            )
        finally:
            server.terminate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
