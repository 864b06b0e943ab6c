"""Every response carries a Content-Security-Policy, a Permissions-Policy and a
Cross-Origin-Resource-Policy: the public site's policy allows no inline script or style and no
eval; the admin's (sign-in, two-step pages and lockout page included) only what Wagtail needs."""

import pytest
from django.conf import settings
from django.test import override_settings

from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = ["/fr/", "/ar/", "/zgh/", "/en/", "/fr/search/?q=centre", "/fr/propositions/"]


def policy_of(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    header = response.headers.get("Content-Security-Policy")
    assert header, f"no Content-Security-Policy on {response.request['PATH_INFO']}"
    directives = {}
    for part in header.split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def assert_strict(policy):
    for directive in ("script-src", "style-src"):
        assert policy[directive] == ["'self'"], (directive, policy[directive])
    for sources in policy.values():
        assert not any(source.startswith("'unsafe-") for source in sources), policy
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]


def assert_admin(policy):
    """Only as loose as Wagtail needs: inline scripts and styles, never eval."""
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert "'unsafe-eval'" not in sum(policy.values(), [])
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]


def assert_other_headers(response):
    permissions = response.headers.get("Permissions-Policy", "")
    for denied in ("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"):
        assert denied in permissions, permissions
    assert "publickey-credentials-get=(self)" in permissions
    assert "publickey-credentials-create=(self)" in permissions
    assert response.headers.get("Cross-Origin-Resource-Policy") == "same-origin"


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_every_public_page_forbids_inline_script_and_style(client, public_site, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert_strict(policy_of(response))
    assert_other_headers(response)


def test_a_missing_page_and_a_redirect_carry_the_public_policy(client, public_site):
    missing = client.get("/fr/no-such-page/")
    assert missing.status_code == 404
    assert_strict(policy_of(missing))
    redirect = client.get("/", headers={"accept-language": "ar"})
    assert redirect.status_code == 302
    assert_strict(policy_of(redirect))


def test_the_public_policy_allows_only_the_two_video_players_as_frames(client, public_site):
    policy = policy_of(client.get("/fr/"))
    assert policy["frame-src"] == ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]


def test_the_video_players_the_site_embeds_are_the_ones_the_policies_allow():
    from urllib.parse import urlsplit

    from home.templatetags.public_content import video_embed

    for url in ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://vimeo.com/76979871"):
        parts = urlsplit(video_embed(url)["embed_url"])
        assert f"{parts.scheme}://{parts.netloc}" in settings.VIDEO_PLAYER_ORIGINS


def test_the_sign_in_page_carries_the_admin_policy(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert_admin(policy_of(response))
    assert_other_headers(response)


def test_the_admin_pages_of_an_editor_carry_the_admin_policy(client, editor, public_site):
    client.force_login(editor)
    for path in (
        "/admin/",
        "/admin/pages/",
        "/admin/images/",
        f"/admin/pages/{public_site.root_page.pk}/edit/",
    ):
        response = client.get(path)
        assert response.status_code == 200, path
        assert_admin(policy_of(response))
        assert_other_headers(response)


def test_the_two_step_page_and_the_casework_screens_carry_the_admin_policy(
    client, verified_client, cw_listening, listening_case
):
    client.force_login(cw_listening)
    response = client.get("/admin/two-factor/setup/")
    assert response.status_code == 200
    assert_admin(policy_of(response))
    verified_client(cw_listening)
    for path in (
        "/admin/two-factor/",
        "/admin/casework/cases/",
        f"/admin/casework/cases/inspect/{listening_case.pk}/",
    ):
        response = client.get(path)
        assert response.status_code == 200, path
        assert_admin(policy_of(response))


def test_the_lockout_page_carries_the_admin_policy(client, editor):
    for _attempt in range(settings.LOGIN_FAILURE_LIMIT):
        client.post("/admin/login/", {"username": "editor", "password": "wrong"})
    response = client.post("/admin/login/", {"username": "editor", "password": PASSWORD})
    assert response.status_code == 429
    assert_admin(policy_of(response))


def test_a_static_file_carries_the_permissions_and_resource_policies(client):
    response = client.get("/static/js/site.js")
    assert response.status_code == 200
    assert_other_headers(response)


@override_settings(DEBUG=False)
def test_the_public_policy_has_no_unsafe_source_in_settings():
    directives = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]


@pytest.mark.parametrize(
    "address", ["/ar/actualites/?tag=%00", "/fr/?q=a%00b", "/fr/search/?q%00=x", "/admin/?p=%00"]
)
def test_an_address_with_a_nul_character_is_a_bad_request(client, address):
    """Found by wapiti: `?tag=%00` on a news index was a 500 on PostgreSQL, which refuses NUL in
    any query."""
    assert client.get(address).status_code == 400


def test_the_home_redirect_to_the_visitors_language_cannot_be_framed(client, public_site):
    """Found by wapiti: the redirect from / came out before the clickjacking middleware."""
    response = client.get("/")
    assert response.status_code == 302
    assert response["X-Frame-Options"] == "DENY"
