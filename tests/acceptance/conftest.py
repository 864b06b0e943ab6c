"""The acceptance suite's stack: the rendered tiwizi-web and tiwizi-worker units, nginx with the
rendered site, and an SMTP sink that keeps every message in a Maildir. `make acceptance` prepares
it (tests/acceptance/run.py); without it these tests are not collected.

The tests read and write the stack's own database through the ORM (DJANGO_SETTINGS_MODULE is the
production cms.settings with the stack's environment), outside any test transaction: what they
write, the server sees.
"""

import os

import pytest

WORK = os.environ.get("TIWIZI_ACCEPTANCE_DIR")
if not WORK:
    collect_ignore_glob = ["test_*.py"]


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
    from tests.acceptance.stack import Stack

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

    from accounts.models import AppDevice
    from accounts.twofactor import current_code

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
            device = AppDevice.objects.filter(user=user, confirmed=True).first()
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
