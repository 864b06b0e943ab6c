"""What a first visit really transfers, page by page: a browser with an empty cache opens each
page type in French and Arabic (and the Tamazight and English home pages) and adds up every
response (HTML, CSS, fonts, images, scripts). The home page's budget is 200 KB.

Production settings (DEBUG off, hashed and compressed static files served by WhiteNoise) on a
throw-away SQLite database with the demo site, served by Django's live-server thread, opened by
Debian's Chromium through Playwright. HTML is counted gzipped, as the reverse proxy sends it.
Prints figures; asserts nothing. Usage: .venv/bin/python bench/bench_first_visit.py
"""

import gzip
import os
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.production import setup_django  # noqa: E402 (needs the path above)

BUDGET_BYTES = 200 * 1024
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]


def pages_to_visit():
    """(label, path): one live page of each type in fr and ar, and the zgh and en home pages."""
    from demo.site import PUBLIC_PAGE_TYPES as PAGE_TYPES

    visits = []
    for code in ("fr", "ar"):
        for model in PAGE_TYPES:
            page = model.objects.live().filter(locale__language_code=code).first()
            if page is not None:
                visits.append((f"{code} {model.__name__}", page.url))
    visits += [("zgh HomePage", "/zgh/"), ("en HomePage", "/en/")]
    return visits


def measure(browser, base_url, path):
    """Bytes transferred and requests made by a first visit to `path`; foreign hosts too."""
    context = browser.new_context()
    page = context.new_page()
    responses = []
    page.on("response", lambda response: responses.append(response))
    page.goto(base_url + path, wait_until="networkidle")
    total, foreign = 0, set()
    for response in responses:
        host = urlsplit(response.url).netloc
        if host != urlsplit(base_url).netloc:
            foreign.add(host)
            continue
        sizes = response.request.sizes()
        body = sizes["responseBodySize"]
        if response.request.resource_type == "document":
            body = len(gzip.compress(response.body(), 9))
        total += body + sizes["responseHeadersSize"]
    context.close()
    return total, len(responses), foreign


def main():
    from django.core.management import call_command

    with tempfile.TemporaryDirectory() as tmp:
        setup_django(tmp, allowed_hosts="127.0.0.1,localhost")
        call_command("load_demo_data", "--only", "site", stdout=open(os.devnull, "w"))  # noqa: SIM115
        from django.test.testcases import LiveServerThread
        from playwright.sync_api import sync_playwright

        visits = pages_to_visit()
        # WhiteNoise (in the middleware) serves the static files, as in production.
        server = LiveServerThread("127.0.0.1", static_handler=lambda app: app, port=0)
        server.daemon = True
        server.start()
        server.is_ready.wait()
        if server.error:
            raise server.error
        base_url = f"http://127.0.0.1:{server.port}"
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
                )
                print(f"{'page':<22}{'requests':>9}{'first visit KB':>16}  path")
                for label, path in visits:
                    total, count, foreign = measure(browser, base_url, path)
                    flag = ""
                    if label.endswith("HomePage") and total > BUDGET_BYTES:
                        flag = "  over the 200 KB home page budget"
                    if foreign:
                        flag += f"  THIRD-PARTY: {sorted(foreign)}"
                    print(f"{label:<22}{count:>9}{total / 1024:>16.1f}  {path}{flag}")
                browser.close()
        finally:
            server.terminate()


if __name__ == "__main__":
    main()
