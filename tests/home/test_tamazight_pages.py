"""A Tamazight visitor reads Tamazight on every public view: the demo's pages of every type and
Django's own views (the proposal form, with its errors, the thanks and status pages, the forums
and their results, search, the 404 page), with no French or English outside passages marked with
their own `lang` (the language check of tests/language_check.py, on the HTML as sent).

Dates, times and Django's strings come from cms/formats/zgh and the Tamazight catalogue;
cms/django_strings.py keeps Django's strings in that catalogue.
"""

import re

import pytest
from wagtail.models import Locale, Page

from proposals.models import Forum
from tests.factories import ensure_site_tree
from tests.language_check import language_findings, runs_from_html

pytestmark = pytest.mark.django_db


# A word a Tamazight visitor would look for ("centre").
SEARCH_TERM = "ⴰⵎⵎⴰⵙ"


def form_data(**overrides):
    data = {
        "group_name": "ⵉⵎⵥⵍⴰⴹⵏ ⵏ ⴱⵍⴼⴰⵄ",
        # Adults only: minors would need a guardian's consent.
        **{f"{sex}_{band}": "0" for sex in ("female", "male") for band in ("under_15", "15_17")},
        **{f"{sex}_{band}": "2" for sex in ("female", "male") for band in ("18_24", "25_35")},
        "contact_name": "ⵢⵓⵙⵔⴰ",
        "contact_phone": "0600000000",
        "contact_email": "",
        "guardian_consent_name": "",
        "guardian_consent_method": "",
        "title": "ⴰⵙⴰⵔⴰⴳ ⵏ ⵓⴷⴰⵡ",
        "summary": "ⴰⵙⴰⵔⴰⴳ ⵏ ⵓⴷⴰⵡ ⵉ ⵉⵎⵥⵍⴰⴹⵏ.",
        "description": "ⴰⵙⴰⵔⴰⴳ ⵏ ⵓⴷⴰⵡ ⵉ ⵉⵎⵥⵍⴰⴹⵏ.",
        "theme": "sport",
        "target_publics": "ⵉⵎⵥⵍⴰⴹⵏ",
        "estimated_budget": "1500",
        "needs": "",
        "website": "",
    }
    data.update(overrides)
    return data


@pytest.fixture
def demo(load_demo_data):
    """The demo's public site, its forums and their proposals."""
    ensure_site_tree()
    load_demo_data("--only", "site", "--only", "personas", "--only", "proposals")


def public_views(client, code):
    """(what, response) for every public view a visitor of `code` can open."""
    locale = Locale.objects.get(language_code=code)
    for page in Page.objects.live().public().filter(locale=locale, depth__gt=1).specific():
        yield f"{type(page).__name__} {page.url}", client.get(page.url)
    prefix = f"/{code}"
    yield "search", client.get(f"{prefix}/search/", {"q": SEARCH_TERM})
    yield "404", client.get(f"{prefix}/this-page-does-not-exist/")
    yield "proposal form", client.get(f"{prefix}/propositions/")
    yield "proposal form sent empty", client.post(f"{prefix}/propositions/", {"website": ""})
    wrong = form_data(estimated_budget="beaucoup", theme="999", contact_email="not-an-address")
    yield "proposal form with wrong values", client.post(f"{prefix}/propositions/", wrong)
    client.post(f"{prefix}/propositions/", form_data())
    thanks = client.get(f"{prefix}/propositions/merci/")
    yield "thanks page", thanks
    tracking_code = re.search(r"[A-Z0-9]{5}-[A-Z0-9]{5}", thanks.content.decode()).group()
    yield "status lookup", client.get(f"{prefix}/propositions/suivi/")
    yield "status page", client.post(f"{prefix}/propositions/suivi/", {"code": tracking_code})
    yield "status lookup, no code", client.post(f"{prefix}/propositions/suivi/", {"code": ""})
    yield "forums", client.get(f"{prefix}/propositions/forums/")
    for forum in Forum.objects.exclude(closed_at=None)[:1]:
        yield "forum results", client.get(f"{prefix}/propositions/forums/{forum.pk}/")


def findings_in(client, code):
    found = []
    for what, response in public_views(client, code):
        language, runs = runs_from_html(response.content.decode())
        if language != code:
            found.append(f"{what}: the page says lang={language!r}")
        found += [f"{what}: {finding}" for finding in language_findings(runs, language)]
    return found


def test_every_public_view_in_tamazight_speaks_only_tamazight(client, demo):
    found = findings_in(client, "zgh")
    assert not found, "\n".join(found)


def test_the_proposal_form_tells_a_tamazight_group_its_mistakes_in_tifinagh(client, public_site):
    empty = client.post("/zgh/propositions/", {"website": ""})
    wrong = client.post(
        "/zgh/propositions/",
        form_data(estimated_budget="beaucoup", theme="999", contact_email="not-an-address"),
    )
    lookup = client.post("/zgh/propositions/suivi/", {"code": ""})
    found = []
    for response in (empty, wrong, lookup):
        assert response.status_code == 400
        language, runs = runs_from_html(response.content.decode())
        errors = [run for run in runs if "error" in run.where or "errorlist" in run.where]
        assert errors, "no error shown"
        found += language_findings(errors, language)
    assert found == []
