"""An outside scanner against the production stack: wapiti (`make scan`, not part of `make test`:
about ten minutes).

Wapiti crawls and attacks the stack through nginx on 127.0.0.1 twice: as an anonymous visitor
from the public home page, and as a caseworker signed in past both steps from the admin. Only
modules that stay on the target run: no SSRF/XXE/DNS callbacks to an outside host, no TLS checks
(the stack speaks plain HTTP on the loopback), no brute force. Each module attacks for a bounded
time, so a run samples the 700-odd URLs and forms rather than exhausting them.

Every finding above low fails the test unless JUSTIFIED says why it is not a hole; low findings
are printed with the reason they stand. Findings and figures are written to the stack's
directory (scan-*.json) and summed up at the end.
"""

import json
import os
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.scanner

WAPITI = Path(os.environ.get("TIWIZI_WAPITI", Path(__file__).parents[2] / ".venv-scan/bin/wapiti"))
# Modules that attack the target only (`wapiti --list-modules`).
MODULES = (
    "exec,file,permanentxss,redirect,sql,xss,csrf,crlf,http_headers,cookieflags,csp,upload,"
    "methods,backup,htaccess,shellshock"
)
LOW = 1

# (category, text in the finding's info) -> why it is not a hole. Keep reasons short and true.
JUSTIFIED = {
    ("Secure Flag cookie", ""): (
        "the stack serves plain HTTP on 127.0.0.1 and so sets SESSION_COOKIE_SECURE and "
        "CSRF_COOKIE_SECURE off; a production server sets them (cms/settings.py, deploy check)"
    ),
    ("HTTP Secure Headers", "Strict-Transport-Security"): (
        "HSTS is sent only over HTTPS (Django's SecurityMiddleware); the loopback stack is HTTP"
    ),
    ("HTTP Secure Headers", "X-XSS-Protection"): (
        "obsolete: browsers removed the XSS auditor and OWASP advises against setting it; the "
        "Content-Security-Policy does that job"
    ),
    ("HttpOnly Flag cookie", "csrftoken"): (
        "the CSRF cookie holds no secret an attacker could use (Django's documentation); the "
        "session cookie is HttpOnly"
    ),
    ("Content Security Policy Configuration", '"script-src" value is not safe'): (
        "only the admin's policy allows inline scripts, which Wagtail 8's editor needs (measured "
        "in tests/cms/test_content_security_policy_browser.py); the public site's does not"
    ),
    ("HTTP Methods", ""): (
        "Django lists the methods a view accepts; PUT and DELETE answer 403 (CSRF) or 405 and "
        "change nothing"
    ),
}


def justification(category, info):
    for (known, text), reason in JUSTIFIED.items():
        if category == known and text in info:
            return reason
    return None


def run_wapiti(stack, name, start, cookie=None, excluded=()):
    report = Path(stack.work) / f"scan-{name}.json"
    command = [
        str(WAPITI),
        "--url",
        start,
        "--scope",
        "folder",
        "--module",
        MODULES,
        "--no-bugreport",
        "--flush-session",
        "--max-scan-time",
        "240",
        "--max-attack-time",
        "30",
        "--depth",
        "4",
        "--max-links-per-page",
        "40",
        "--format",
        "json",
        "--output",
        str(report),
        "--verbose",
        "0",
    ]
    if cookie:
        command += ["--cookie-value", cookie]
    for url in excluded:
        command += ["--exclude", url]
    subprocess.run(command, check=True, timeout=900, stdout=subprocess.DEVNULL)
    data = json.loads(report.read_text())
    findings = []
    for kind in ("vulnerabilities", "anomalies"):
        for category, items in data[kind].items():
            for item in items:
                findings.append(
                    {
                        "identity": name,
                        "category": category,
                        "level": item["level"],
                        "request": f"{item['method']} {item['path']} {item['parameter']}".strip(),
                        "info": item["info"],
                    }
                )
    return data["infos"]["crawled_pages_nbr"], findings


@pytest.fixture(scope="module")
def wapiti():
    if not WAPITI.exists():
        pytest.fail(f"{WAPITI} is missing: `make scan` installs it.")
    return WAPITI


def test_the_scanner_finds_nothing_above_low(wapiti, stack, staff):
    base = stack.base_url
    admin = staff("cw-listening-2", "fr")
    cookie = "; ".join(f"{c['name']}={c['value']}" for c in admin.context.cookies())
    runs = [
        run_wapiti(stack, "visitor", f"{base}/"),
        run_wapiti(
            stack,
            "caseworker",
            f"{base}/admin/",
            cookie=cookie,
            # Stay signed in, and keep the persona's password and second step as they are.
            excluded=(
                f"{base}/admin/logout/",
                f"{base}/admin/two-factor/*",
                f"{base}/admin/account/*",
            ),
        ),
    ]
    crawled = sum(pages for pages, _findings in runs)
    findings = [finding for _pages, found in runs for finding in found]
    unexplained = []
    print(f"\nwapiti: {crawled} URLs and forms crawled as 2 identities, {len(findings)} findings")
    for finding in findings:
        reason = justification(finding["category"], finding["info"])
        print(
            f"  [{finding['identity']}] level {finding['level']} {finding['category']}: "
            f"{finding['info']} ({finding['request']}) -> {reason or 'NOT JUSTIFIED'}"
        )
        if finding["level"] > LOW and reason is None:
            unexplained.append(finding)
    (Path(stack.work) / "scan-summary.json").write_text(
        json.dumps({"crawled": crawled, "findings": findings}, indent=1)
    )
    assert not unexplained
