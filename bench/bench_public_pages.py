"""Public pages: server time, SQL queries and bytes a first visit transfers, per language.

Runs the production settings (DEBUG off, hashed static files) on a throw-away SQLite database
filled by load_demo_data, or on DATABASE_URL if set. Prints figures; asserts nothing.
Usage: .venv/bin/python bench/bench_public_pages.py [--requests N]
"""

import argparse
import gzip
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.production import setup_django  # noqa: E402 (needs the path above)

LANGUAGES = ["fr", "ar", "zgh", "en"]
BUDGET_BYTES = 200 * 1024


def configure(tmp):
    setup_django(tmp)
    from django.core.management import call_command

    call_command("load_demo_data", stdout=open(os.devnull, "w"))  # noqa: SIM115


def static_bytes(html, client):
    """Compressed bytes of the stylesheets, and bytes of the fonts the page preloads: those of its
    own language (the brand and the language switcher use the system's fonts)."""
    total = 0
    for href in re.findall(r'<link rel="stylesheet" href="([^"]+)"', html):
        body = b"".join(client.get(href).streaming_content)
        total += len(gzip.compress(body, 9))
    for href in re.findall(r'<link rel="preload" href="([^"]+)" as="font"', html):
        total += len(b"".join(client.get(href).streaming_content))
    return total


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        configure(tmp)
        from django.db import connection
        from django.test import Client
        from django.test.utils import CaptureQueriesContext

        client = Client()
        print(
            f"{'page':<8}{'median ms':>10}{'p95 ms':>9}{'queries':>9}{'html gz B':>11}{'first visit B':>15}"
        )
        for code in LANGUAGES:
            url = f"/{code}/"
            client.get(url)  # warm caches, as a running server would be
            timings = []
            for _ in range(args.requests):
                start = time.perf_counter()
                response = client.get(url)
                timings.append((time.perf_counter() - start) * 1000)
                assert response.status_code == 200, (url, response.status_code)
            with CaptureQueriesContext(connection) as queries:
                html = client.get(url).content
            # Read now: the next request resets Django's query log.
            query_count = len(queries)
            html_gz = len(gzip.compress(html, 9))
            total = html_gz + static_bytes(html.decode(), client)
            p95 = statistics.quantiles(timings, n=20)[-1]
            print(
                f"{url:<8}{statistics.median(timings):>10.1f}{p95:>9.1f}{query_count:>9}"
                f"{html_gz:>11}{total:>15}"
            )
            if total > BUDGET_BYTES:
                print(f"  over the {BUDGET_BYTES // 1024} KB first-visit budget")


if __name__ == "__main__":
    main()
