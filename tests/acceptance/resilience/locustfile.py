"""The load of `make resilience` (tests/acceptance/test_resilience.py runs it): locust users
against the acceptance stack's nginx, while the test breaks the servers behind it.

- Visitors browse public pages and send youth proposals through the public form, each from an
  address of its own on the loopback network (127.0.0.0/8 is all loopback on Linux): nginx sees a
  different client address for each, as it would for people on their own phones, so the
  per-address limits of the form stay as production has them. A visitor never tries more than
  the hourly limit, so none is ever refused for it.
- Staff (the demo's caseworkers) sign in with password and authenticator code as people do, open
  their cases and record sessions on them.

Every request is written to the records file (JSON lines) with its start, end and outcome; so is
every proposal the site accepted (its tracking code on the thank-you page) and every session it
saved (the save answered with the case file). The plan (JSON, TIWIZI_RESILIENCE_PLAN) gives the
address, the personas, their cases and the public pages.

Run by locust only (it needs no Django): `locust -f tests/acceptance/resilience/locustfile.py`.
"""

import base64
import hashlib
import hmac
import itertools
import json
import os
import re
import secrets
import struct
import threading
import time
import uuid

from locust import HttpUser, between, events, task
from requests.adapters import HTTPAdapter

from tests.html import form_data, main_form

PLAN = json.loads(open(os.environ["TIWIZI_RESILIENCE_PLAN"]).read())  # noqa: SIM115
_records = open(PLAN["records"], "a", buffering=1)  # noqa: SIM115 (kept open for the run)
_lock = threading.Lock()
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
CODE = re.compile(r'class="tracking-code"[^>]*><strong>([A-Z0-9-]+)</strong>')
# Each visitor's own client address: 127.0.1.1, 127.0.1.2... (staff come from 127.0.0.1).
_addresses = (f"127.0.{1 + n // 250}.{1 + n % 250}" for n in itertools.count())
_personas = iter(PLAN["staff"])
REQUEST_TIMEOUT = 30


def record(**entry):
    with _lock:
        _records.write(json.dumps(entry) + "\n")


@events.test_start.add_listener
def started(environment, **kwargs):
    record(event="start", at=time.time())


@events.test_stop.add_listener
def stopped(environment, **kwargs):
    record(event="stop", at=time.time())


@events.request.add_listener
def request_done(request_type, name, response_time, response, context, exception, start_time, **kw):
    record(
        event="request",
        start=start_time,
        end=start_time + response_time / 1000,
        method=request_type,
        name=name,
        user=context.get("user", ""),
        status=getattr(response, "status_code", None) or 0,
        ok=exception is None,
        error=str(exception)[:300] if exception else "",
    )


class SourceAddressAdapter(HTTPAdapter):
    """Connections from one local address."""

    def __init__(self, address, **kwargs):
        self.address = address
        super().__init__(**kwargs)

    def init_poolmanager(self, *args, **kwargs):
        kwargs["source_address"] = (self.address, 0)
        super().init_poolmanager(*args, **kwargs)


def csrf_token(page):
    """The CSRF token of the form on `page` (a response), or None (an error page has none)."""
    token = CSRF.search(page.text or "")
    return token[1] if token else None


def submit(client, page, data, *, to=None, **kwargs):
    """POST `data` with the CSRF token of the form on `page`, to `to` or back to `page`."""
    data = {**data, "csrfmiddlewaretoken": csrf_token(page)}
    return client.post(to or page.url, data=data, timeout=REQUEST_TIMEOUT, **kwargs)


def redirected(client, page, data, *, to, name, expected):
    """Where the site sends the browser after `data` is posted from `page` to `to`: an address
    that starts with `expected`, or None, the request then counted as failed."""
    with submit(
        client, page, data, to=to, name=name, allow_redirects=False, catch_response=True
    ) as answer:
        location = answer.headers.get("Location", "")
        if answer.status_code == 302 and location.startswith(expected):
            return location
        answer.failure(f"answered {answer.status_code}, not a redirect to {expected or 'a page'}")
    return None


def totp(secret, at=None, step=30, digits=6):
    """RFC 6238's code for a base32 secret (what an authenticator app shows)."""
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    counter = struct.pack(">Q", int((time.time() if at is None else at) // step))
    digest = hmac.new(key, counter, hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 10**digits:0{digits}d}"


class Visitor(HttpUser):
    """Someone on the public site: reads pages, now and then sends a proposal."""

    weight = 1
    wait_time = between(5, 15)

    def on_start(self):
        self.address = next(_addresses)
        self.client.mount("http://", SourceAddressAdapter(self.address))
        self.attempts = 0

    def context(self):
        return {"user": f"visitor {self.address}"}

    @task(6)
    def read_a_page(self):
        self.client.get(secrets.choice(PLAN["public_paths"]), timeout=REQUEST_TIMEOUT)

    @task(2)
    def send_a_proposal(self):
        if self.attempts >= PLAN["submissions_per_address"]:
            return self.read_a_page()
        form = self.client.get(PLAN["proposal_path"], name="proposal form", timeout=REQUEST_TIMEOUT)
        if not csrf_token(form):
            return
        self.attempts += 1
        email = f"group-{uuid.uuid4().hex[:12]}@resilience.example"
        data = {**PLAN["proposal"], "contact_email": email}
        code_page = redirected(
            self.client, form, data, to=PLAN["proposal_path"], name="proposal sent", expected=""
        )
        if code_page is None:
            return
        with self.client.get(
            code_page,
            name="proposal code",
            catch_response=True,
            timeout=REQUEST_TIMEOUT,
        ) as thanks:
            code = CODE.search(thanks.text or "")
            if thanks.status_code != 200 or not code:
                thanks.failure(f"answered {thanks.status_code} without a tracking code")
                return
        record(event="proposal", at=time.time(), code=code[1], email=email)


class Caseworker(HttpUser):
    """A caseworker of the demo, signed in past both steps, recording sessions on her cases."""

    fixed_count = len(PLAN["staff"])
    wait_time = between(3, 8)

    def on_start(self):
        persona = next(_personas)
        self.username, self.cases = persona["username"], persona["cases"]
        login = self.client.get("/admin/login/", timeout=REQUEST_TIMEOUT)
        credentials = {"username": self.username, "password": PLAN["password"], "next": "/admin/"}
        password_step = submit(
            self.client, login, credentials, to="/admin/login/", name="sign-in: password"
        )
        with submit(
            self.client,
            password_step,
            {"otp_token": totp(PLAN["totp_secret"])},
            name="sign-in: code",
            catch_response=True,
        ) as signed_in:
            if not signed_in.url.endswith("/admin/"):
                signed_in.failure(f"{self.username} was not signed in ({signed_in.url})")
        record(event="signed-in", at=time.time(), user=self.username, ok=signed_in.ok)

    def context(self):
        return {"user": getattr(self, "username", "staff")}

    @task
    def record_a_session(self):
        case = secrets.choice(self.cases)
        self.client.get(case["file"], name="case file", timeout=REQUEST_TIMEOUT)
        new = self.client.get(case["new_session"], name="new session", timeout=REQUEST_TIMEOUT)
        if new.status_code != 200:
            return
        form = main_form(new.text)
        kinds = [
            option["value"]
            for option in form.select("select[name=kind] option")
            if option.get("value") not in ("", "shelter")
        ]
        data = form_data(form)
        token = uuid.uuid4().hex
        data.update(kind=secrets.choice(kinds), duration_minutes="45", narrative=f"load {token}")
        case_file = redirected(
            self.client,
            new,
            data,
            to=case["new_session"],
            name="session saved",
            expected=case["file"],
        )
        if case_file is None:
            return
        record(event="session", at=time.time(), token=token, case=case["pk"], user=self.username)
        # What she sees next: the case file with the new session.
        self.client.get(case_file, name="case file", timeout=REQUEST_TIMEOUT)
