"""The acceptance suite's stack: the rendered tiwizi-web and tiwizi-worker units, nginx with the
rendered site, and an SMTP sink that keeps every message in a Maildir. `make acceptance` prepares
it (tests/acceptance/run.py); without it these tests are not collected.

The tests read and write the stack's own database through the ORM (DJANGO_SETTINGS_MODULE is the
production cms.settings with the stack's environment), outside any test transaction: what they
write, the server sees.
"""

import json
import mailbox
import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

WORK = os.environ.get("TIWIZI_ACCEPTANCE_DIR")
if not WORK:
    collect_ignore_glob = ["test_*.py"]


class Stack:
    """The running servers, and what a test may do to them."""

    def __init__(self, work):
        from tests.acceptance.units import Unit

        self.work = Path(work)
        self.info = json.loads((self.work / "stack.json").read_text())
        self.base_url = self.info["base_url"]
        self.logs = self.work / "logs"
        units = Path(self.info["rendered"]) / "etc/systemd/system"
        self.unit = lambda name: Unit(units / f"tiwizi-{name}")
        self.processes = {}

    def start(self, name):
        self.processes[name] = self.unit(f"{name}.service").start(self.logs / f"{name}.log")

    def stop(self, name):
        self.processes.pop(name).stop()

    def start_all(self):
        self.smtp = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "aiosmtpd",
                "-n",
                "-l",
                f"127.0.0.1:{self.info['ports']['smtp']}",
                "-c",
                "aiosmtpd.handlers.Mailbox",
                str(self.work / "mail"),
            ],
            stdout=open(self.logs / "smtp.log", "ab"),  # noqa: SIM115
            stderr=subprocess.STDOUT,
        )
        self.start("web")
        self.start("worker")
        self.nginx = subprocess.Popen(
            [shutil.which("nginx") or "/usr/sbin/nginx", "-c", str(self.work / "nginx.conf")],
            stdout=open(self.logs / "nginx.log", "ab"),  # noqa: SIM115
            stderr=subprocess.STDOUT,
        )

    def stop_all(self):
        for name in list(self.processes):
            self.stop(name)
        for process in (self.nginx, self.smtp):
            process.terminate()
            process.wait(timeout=30)

    def health(self):
        try:
            with urllib.request.urlopen(f"{self.base_url}/healthz", timeout=5) as response:  # noqa: S310
                return response.status, json.load(response)
        except urllib.error.HTTPError as error:
            try:
                return error.code, json.load(error)
            except ValueError:  # nginx's own page: gunicorn is not up yet
                return error.code, {}
        except OSError:
            return None, {}

    def wait_for(self, condition, timeout, what):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            result = condition()
            if result:
                return result
            time.sleep(0.5)
        raise AssertionError(f"waited {timeout} s for {what}; logs in {self.logs}")

    def wait_until_idle(self, timeout=300):
        """Healthy, with no task left waiting for the worker (the demo queues ~1,700 index
        updates; a page published in a test queues its own)."""

        def idle():
            status, body = self.health()
            return status == 200 and body.get("worker", {}).get("waiting_tasks") == 0

        return self.wait_for(idle, timeout, "the worker to empty the queue")

    def messages(self):
        return list(mailbox.Maildir(self.work / "mail", create=False))

    def run_job(self, name):
        """One run of a timer's service, as systemd would start it: the completed processes."""
        return self.unit(f"{name}.service").run()

    def tail(self, name, lines=40):
        path = self.logs / f"{name}.log"
        if not path.exists():
            return ""
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


@pytest.fixture(scope="session")
def django_db_setup():
    """The stack's database as it is: no test database is created, nothing is flushed."""


@pytest.fixture(scope="session")
def orm(django_db_setup, django_db_blocker):
    """ORM access to the stack's database in autocommit: what a test writes, the server sees."""
    with django_db_blocker.unblock():
        yield


@pytest.fixture(scope="session")
def stack(orm):
    stack = Stack(WORK)
    stack.start_all()
    try:
        stack.wait_for(lambda: stack.health()[0] in (200, 503), 60, "nginx and gunicorn to answer")
        stack.wait_until_idle()
        yield stack
    finally:
        stack.stop_all()
        for name in ("web", "worker", "nginx-main.error", "tiwizi.error"):
            print(f"--- {name} (last lines)\n{stack.tail(name)}")


@pytest.fixture(scope="session")
def base_url(stack):
    return stack.base_url


def set_admin_language(username, language):
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(get_user_model().objects.get(username=username))
    profile.preferred_language = language
    profile.save()


@pytest.fixture(scope="session")
def staff(browser, stack):
    """`staff(username, language)`: a browser page signed in as the demo persona `username`
    (password, then the authenticator's code where the role needs it), with the admin in
    `language`. Each persona signs in once per run: a TOTP code is accepted only once."""
    from django.contrib.auth import get_user_model
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from casework.twofactor import current_code

    pages = {}

    def signed_in(username, language="fr"):
        set_admin_language(username, language)
        if username in pages:
            return pages[username]
        context = browser.new_context(base_url=stack.base_url, locale="fr-FR")
        page = context.new_page()
        page.goto("/admin/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", stack.info["demo_password"])
        page.click("button[type=submit]")
        page.wait_for_load_state()
        if "/two-factor/" in page.url:
            user = get_user_model().objects.get(username=username)
            device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
            page.fill("#id_otp_token", current_code(device))
            page.click("button[type=submit]")
        page.wait_for_url(f"{stack.base_url}/admin/")
        pages[username] = page
        return page

    yield signed_in
    for page in pages.values():
        page.context.close()


@pytest.fixture
def visitor(browser, stack):
    """A visitor's browser, with an empty cache."""
    context = browser.new_context(base_url=stack.base_url)
    yield context.new_page()
    context.close()
