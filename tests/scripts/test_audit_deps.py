"""`make audit-deps` (scripts/audit-deps) passes only when pip-audit really looked every installed
package up; when the vulnerability data cannot be reached it says NOTHING WAS CHECKED and fails.

The vulnerability service is a fake OSV server on 127.0.0.1 (pip-audit's `--osv-url`), so these
tests never leave the machine."""

import json
import re
import runpy
import socket
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "audit-deps"
VULNERABLE_PACKAGE = "django"


def run(*args):
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--timeout=5", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def osv(request):
    """A fake OSV service answering every query as `request.param` says: "clean" (no known
    vulnerability), "vulnerable" (one for Django), or "missing" (404, like PyPI's answer to
    pip-audit from these machines)."""
    mode = request.param

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            query = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            if mode == "missing":
                self.send_response(404)
                self.end_headers()
                return
            body = {}
            name = query["package"]["name"]
            if mode == "vulnerable" and name == VULNERABLE_PACKAGE:
                body = {
                    "vulns": [
                        {
                            "id": "GHSA-test-0000-0000",
                            "summary": "A test advisory",
                            "affected": [
                                {
                                    "package": {"name": name, "ecosystem": "PyPI"},
                                    "ranges": [
                                        {"type": "ECOSYSTEM", "events": [{"fixed": "99.0"}]}
                                    ],
                                }
                            ],
                        }
                    ]
                }
            payload = json.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1/query"
    server.shutdown()
    server.server_close()


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_an_unreachable_vulnerability_service_means_nothing_was_checked_and_fails():
    done = run("--vulnerability-service=osv", f"--osv-url=http://127.0.0.1:{closed_port()}/")
    assert done.returncode == 2
    assert done.stdout.startswith("NOTHING WAS CHECKED")
    assert "Connection refused" in done.stdout
    assert "No known vulnerabilities" not in done.stdout + done.stderr


@pytest.mark.parametrize("osv", ["missing"], indirect=True)
def test_a_service_that_answers_not_found_is_not_a_pass(osv):
    done = run("--vulnerability-service=osv", f"--osv-url={osv}")
    assert done.returncode == 2
    assert done.stdout.startswith("NOTHING WAS CHECKED")


@pytest.mark.parametrize("osv", ["clean"], indirect=True)
def test_every_installed_package_looked_up_and_clean_passes(osv):
    done = run("--vulnerability-service=osv", f"--osv-url={osv}")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip().endswith("installed packages checked: no known vulnerability.")


@pytest.mark.parametrize("osv", ["vulnerable"], indirect=True)
def test_a_known_vulnerability_is_named_and_fails(osv):
    done = run("--vulnerability-service=osv", f"--osv-url={osv}")
    assert done.returncode == 1
    assert re.search(
        r"^VULNERABLE: django [\d.]+: GHSA-test-0000-0000 \(fixed in 99\.0\)$", done.stdout, re.M
    )


# --- Reading pip-audit's report ----------------------------------------------------------------

verdict = runpy.run_path(str(SCRIPT))["verdict"]
SKIPPED = "Dependency not found on PyPI and could not be audited: {} (1.0)"


def test_a_report_where_every_package_was_skipped_is_nothing_checked():
    # What pip-audit reports from these machines, while printing "No known vulnerabilities".
    report = {"dependencies": [{"name": n, "skip_reason": SKIPPED.format(n)} for n in "abc"]}
    code, text = verdict(report, 0)
    assert code == 2
    assert text.startswith("NOTHING WAS CHECKED: none of the 3 installed packages")


def test_a_report_with_some_packages_skipped_names_them_and_fails():
    report = {
        "dependencies": [
            {"name": "tiwizi", "skip_reason": "editable"},
            {"name": "wagtail", "version": "8.0.1", "vulns": []},
            {"name": "pyrage", "skip_reason": SKIPPED.format("pyrage")},
        ]
    }
    code, text = verdict(report, 0)
    assert code == 2
    assert "NOT CHECKED: 1 of 2 installed packages could not be looked up:" in text
    assert "  pyrage: Dependency not found" in text
