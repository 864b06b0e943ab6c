"""Shared fixtures.

The team, as in the demo (demo/personas.py): `editor` and `comms_lead` (communications),
`youth_officer`, caseworkers `cw_listening` and her colleague `cw_listening_2` (listening centre),
`cw_migrants` (migrant office) and `cw_daycentre` (day centre), `sup_listening` (listening centre
supervisor), `coordinator`, `dpo`, and `tech_admin` (the superuser, who is not a caseworker).
The anonymous visitor is Django's test `client`.

Their files: `cw_listening` owns `listening_case` (a case of the listening centre, with one
session), where `cw_listening_2` is her colleague in the same service without access;
`cw_migrants` owns `migrants_case` at the migrant office; `cw_daycentre` owns `daycentre_case`.

The page tree (`public_site`): root → French home page (the default site's root), translated into
Arabic, Tamazight and English through wagtail-localize, with the demo's home content.
"""

import io
import os
import threading

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.servers.basehttp import WSGIServer
from django.db import transaction
from django.test import TestCase
from django.test.testcases import LiveServerThread

from tests.factories import (
    CaseFactory,
    CaseSessionFactory,
    confirmed_totp_device,
    ensure_site_tree,
    make_persona,
    service,
)

# Playwright's sync API runs an event loop in the test thread; Django refuses ORM calls there
# unless told that the test is deliberately synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"

if os.environ.get("TIWIZI_MUTANTS_DB_TEMPLATE"):
    # `make mutants` runs the tests once per mutant: migrate once, copy the file for each run,
    # and the module's own fast tests first (mutmut stops at the first failure).
    from tests.mutants.database import (
        django_db_setup,  # noqa: F401
        pytest_collection_modifyitems,  # noqa: F401
    )


# `make test` runs the suite twice side by side, on SQLite and on PostgreSQL (TIWIZI_LANE names
# the lane); what does not depend on the database runs in one lane only, chosen so that the two
# take about as long.
LANE = os.environ.get("TIWIZI_LANE", "")


def pytest_runtest_setup(item):
    """The browser tests run on SQLite only: the acceptance suite drives Chromium against
    PostgreSQL on the production stack. Pure computations (`database_independent`) run once: in
    make test's PostgreSQL lane, or on SQLite when the suite runs alone."""
    on_postgres = "postgresql" in settings.DATABASES["default"]["ENGINE"]
    if on_postgres and item.get_closest_marker("browser"):
        pytest.skip("runs on SQLite: the acceptance suite drives Chromium on PostgreSQL")
    if item.get_closest_marker("database_independent"):
        if LANE == "sqlite":
            pytest.skip("does not depend on the database: runs in the PostgreSQL lane")
        if on_postgres and LANE != "postgres":
            pytest.skip("does not depend on the database: runs once, on SQLite")


def demo_for_the_module(*args):
    """A module-scoped fixture: `load_demo_data *args` (commit hooks included) once for all the
    module's tests, inside an atomic block rolled back after the last of them, as Django's
    TestCase.setUpTestData does; each test runs in a savepoint of it. Only for modules whose
    tests all use the plain `db` (no live server, no transactional_db): those run in another
    order, outside the block."""

    @pytest.fixture(scope="module")
    def loaded(django_db_setup, django_db_blocker):
        with django_db_blocker.unblock(), transaction.atomic():
            with TestCase.captureOnCommitCallbacks(execute=True):
                call_command("load_demo_data", *args, stdout=io.StringIO())
            yield
            transaction.set_rollback(True)

    return loaded


@pytest.fixture
def client(client):
    """Django's test client, asking for English like a browser set to English: assertions read
    the source strings. Tests of the other languages send their own Accept-Language or prefix."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


def _persona_fixture(username):
    @pytest.fixture
    def persona(db):
        return make_persona(username)

    persona.__doc__ = f"The demo persona {username!r}."
    return persona


editor = _persona_fixture("editor")
comms_lead = _persona_fixture("comms-lead")
youth_officer = _persona_fixture("youth-officer")
cw_listening = _persona_fixture("cw-listening")
cw_listening_2 = _persona_fixture("cw-listening-2")
cw_migrants = _persona_fixture("cw-migrants")
cw_daycentre = _persona_fixture("cw-daycentre")
sup_listening = _persona_fixture("sup-listening")
coordinator = _persona_fixture("coordinator")
dpo = _persona_fixture("dpo")
tech_admin = _persona_fixture("admin")


@pytest.fixture
def public_site(db, django_capture_on_commit_callbacks):
    """The default site with the demo home page in all four languages."""
    from demo.site import build_home

    site = ensure_site_tree()
    # wagtail-localize publishes translations when the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        build_home(log=lambda message: None)
    return site


@pytest.fixture
def load_demo_data(db, django_capture_on_commit_callbacks):
    """Run `load_demo_data` with its arguments as it runs for real, commit hooks included."""

    def load(*args, **kwargs):
        kwargs.setdefault("stdout", io.StringIO())
        with django_capture_on_commit_callbacks(execute=True):
            call_command("load_demo_data", *args, **kwargs)
        return kwargs["stdout"].getvalue()

    return load


# Held while the live server answers a request (_SingleThreadedServer), and by a browser test's
# teardown before its database is emptied (_live_server_idle).
_SERVING = threading.Lock()


class _SingleThreadedServer(WSGIServer):
    """Django's live server answers each request in a thread of its own; with the in-memory
    SQLite test database shared between threads, a second request writing its session at the same
    moment fails with "table is locked". One request at a time, as the test sees them anyway."""

    def __init__(self, *args, connections_override=None, **kwargs):
        super().__init__(*args, **kwargs)

    def process_request(self, request, client_address):
        with _SERVING:
            super().process_request(request, client_address)


LiveServerThread.server_class = _SingleThreadedServer


@pytest.fixture(autouse=True)
def _live_server_idle(request):
    """A browser test ends while its page may still be loading something (a font, a ping): the
    database is emptied only once the live server has answered it. Otherwise that request's
    session save meets an empty table on the shared connection, and every browser test after it
    fails ("Forced update did not affect any rows"), as a loaded machine showed."""
    if "live_server" not in request.fixturenames:
        yield
        return
    request.getfixturevalue("_django_db_helper")  # set up before, so emptied after this
    yield
    with _SERVING:
        pass


@pytest.fixture(scope="session")
def live_server(django_db_setup, live_server):
    """pytest-django's live server, started once the test database exists, so that it stops, and
    closes its connection, before the database is dropped (PostgreSQL refuses to drop a database
    someone is still connected to)."""
    return live_server


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's Chromium, with no background traffic to outside hosts."""
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
            "--disable-dev-shm-usage",
        ],
    }


# --- Authentication: django-axes and the second login step ----------------------------------------


@pytest.fixture(autouse=True)
def _client_login_passes_a_request(monkeypatch):
    """django-axes refuses `authenticate()` without a request (it could not count the attempt);
    Django's test client sends none. Give `client.login()` one, as the admin login view does, so
    every test runs with axes on."""
    from django.test import Client, RequestFactory

    original = Client.login

    def login(self, **credentials):
        credentials.setdefault("request", RequestFactory().post("/admin/login/"))
        return original(self, **credentials)

    monkeypatch.setattr(Client, "login", login)


@pytest.fixture
def verified_client(client):
    """`verified_client(user)`: Django's test `client`, logged in as `user` after both login steps
    (password and TOTP code), as every casework role, the DPO and superusers must be to reach any
    admin URL. The user gets a confirmed TOTP device if they have none."""
    from django_otp import DEVICE_ID_SESSION_KEY

    def log_in(user):
        device = confirmed_totp_device(user)
        client.force_login(user)
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
        return client

    return log_in


@pytest.fixture
def listening_case(cw_listening, cw_listening_2, sup_listening):
    case = CaseFactory(service=service("listening"), owner=cw_listening)
    CaseSessionFactory(case=case, recorded_by=cw_listening)
    return case


@pytest.fixture
def migrants_case(cw_migrants):
    return CaseFactory(service=service("migrants"), owner=cw_migrants)


@pytest.fixture
def daycentre_case(cw_daycentre):
    return CaseFactory(service=service("daycentre"), owner=cw_daycentre)


@pytest.fixture
def login(verified_client):
    """`login(user)`: the admin client signed in past both steps."""
    return verified_client
