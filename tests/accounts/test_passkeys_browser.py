"""A caseworker adds a passkey and then confirms her sign-in with it, in a real browser whose
authenticator is Chromium's virtual one (the WebAuthn domain of the DevTools protocol)."""

import pytest
from django.db.models import ExpressionWrapper, F, TextField
from playwright.sync_api import expect

from accounts.models import Passkey
from audit.models import AuditAction, AuditEntry
from tests.casework.test_caseworker_browser import sign_in
from tests.factories import PASSWORD, ensure_casework_setup, ensure_site_tree, make_persona
from tests.home.test_public_site_browser import axe_violations

pytestmark = pytest.mark.browser


@pytest.fixture
def fatima(live_server, settings):
    """The listening centre's caseworker, on an admin reached at http://localhost:PORT (passkeys
    are bound to a domain name, never to 127.0.0.1)."""
    ensure_site_tree()
    ensure_casework_setup()
    port = live_server.url.rsplit(":", 1)[1]
    base = f"http://localhost:{port}"
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "localhost"]
    settings.OTP_WEBAUTHN_RP_ID = "localhost"
    settings.OTP_WEBAUTHN_ALLOWED_ORIGINS = [base]
    return make_persona("cw-listening"), base


def virtual_authenticator(page):
    """A platform authenticator (like a laptop's fingerprint reader) that says yes at once."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
                "automaticPresenceSimulation": True,
            }
        },
    )
    return cdp


def test_a_caseworker_adds_a_passkey_then_signs_in_with_it(page, fatima):
    user, base = fatima
    virtual_authenticator(page)
    sign_in(page, base, user)

    page.goto(f"{base}/admin/account/")
    page.get_by_role("tab", name="More actions").click()
    page.get_by_role("link", name="Two-step verification").click()
    breadcrumb = page.get_by_role("navigation", name="Breadcrumb")
    expect(breadcrumb.get_by_role("link", name="Two-step verification")).to_be_visible()
    expect(page.get_by_text("No passkey yet.")).to_be_visible()
    page.get_by_role("button", name="Add a passkey").click()
    expect(page.get_by_role("cell", name="Remove")).to_be_visible()  # the page reloaded with it
    assert Passkey.objects.filter(user=user, confirmed=True).count() == 1
    # Stored encrypted, and read back whole: the sign-in below checks a signature with it.
    (public_key,) = Passkey.objects.filter(user=user).values_list(
        ExpressionWrapper(F("public_key"), output_field=TextField()), flat=True
    )
    assert public_key.startswith("gAAAAA")
    assert axe_violations(page) == []
    assert AuditEntry.objects.filter(
        action=AuditAction.GRANT, actor=user, details__what="passkey"
    ).exists()

    page.context.clear_cookies()  # a new sign-in, another day
    page.goto(f"{base}/admin/casework/cases/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/two-factor/verify/**")
    expect(page.get_by_role("button", name="Verify with a passkey")).to_be_visible()
    assert axe_violations(page) == []
    page.get_by_role("button", name="Verify with a passkey").click()
    page.wait_for_url(f"{base}/admin/casework/cases/")
    expect(page.get_by_role("heading", name="Cases")).to_be_visible()
    assert AuditEntry.objects.filter(
        action=AuditAction.LOGIN, actor=user, details__step="passkey"
    ).exists()

    page.goto(f"{base}/admin/two-factor/")
    page.get_by_role("button", name="Remove").click()
    # This session was confirmed with that passkey: it now asks for the app's code again.
    expect(page.get_by_role("heading", name="Enter your verification code")).to_be_visible()
    assert not Passkey.objects.filter(user=user).exists()
    assert AuditEntry.objects.filter(
        action=AuditAction.REVOKE, actor=user, details__what="passkey"
    ).exists()
