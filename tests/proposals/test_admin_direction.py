"""What an officer types in the group's language (the official answer, a paper proposal's texts)
is typed in a box that follows that language: Arabic right to left, with its `lang`, whatever the
language of the officer's admin. Set by the server, so it holds with JavaScript off; a small
script keeps a paper proposal's boxes in step with the language chosen for it."""

import importlib

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from tests.factories import PASSWORD, ensure_site_tree, make_persona
from tests.proposals.factories import ProposalFactory
from tests.proposals.test_public_form import form_data

GROUP_TEXTS = ["group_name", "contact_name", "title", "summary", "description", "needs"]
OTHER_FIELDS = ["contact_phone", "contact_email", "estimated_budget"]


def page_of(response):
    assert response.status_code in (200, 400), response.status_code
    return BeautifulSoup(response.content, "html.parser")


def direction(soup, name):
    field = soup.find(["input", "textarea", "select"], attrs={"name": name})
    return field.get("dir"), field.get("lang")


@pytest.mark.django_db
def test_the_answer_to_an_arabic_proposal_is_typed_right_to_left_in_the_french_admin(
    officer_speaking,
):
    proposal = ProposalFactory(language="ar")
    soup = page_of(officer_speaking("fr").get(f"/admin/proposals/act/{proposal.pk}/mark_eligible/"))
    assert (soup.html["lang"], soup.html["dir"]) == ("fr", "ltr")
    assert direction(soup, "answer") == ("rtl", "ar")


@pytest.mark.django_db
def test_the_answer_to_a_french_proposal_is_typed_left_to_right_in_the_arabic_admin(
    officer_speaking,
):
    proposal = ProposalFactory(language="fr")
    soup = page_of(officer_speaking("ar").get(f"/admin/proposals/act/{proposal.pk}/start_review/"))
    assert (soup.html["lang"], soup.html["dir"]) == ("ar", "rtl")
    assert direction(soup, "answer") == ("ltr", "fr")


@pytest.mark.django_db
def test_an_arabic_proposals_texts_are_edited_right_to_left_but_not_its_phone_or_budget(
    officer_speaking,
):
    proposal = ProposalFactory(language="ar")
    soup = page_of(officer_speaking("fr").get(f"/admin/proposals/edit/{proposal.pk}/"))
    for name in GROUP_TEXTS:
        assert direction(soup, name) == ("rtl", "ar"), name
    for name in OTHER_FIELDS:
        assert direction(soup, name)[1] is None, name


@pytest.mark.django_db
def test_a_paper_proposal_sent_back_with_an_error_keeps_its_arabic_texts_right_to_left(
    officer_speaking,
):
    client = officer_speaking("fr")
    assert direction(page_of(client.get("/admin/proposals/new/")), "title") == ("ltr", "fr")
    soup = page_of(client.post("/admin/proposals/new/", form_data(language="ar", title="")))
    assert soup.find(class_="error-message") or soup.find(class_="help-critical")
    for name in GROUP_TEXTS:
        assert direction(soup, name) == ("rtl", "ar"), name


# --- In the browser ---------------------------------------------------------------------------


@pytest.fixture
def officer_in_french(live_server, page):
    """The youth programme officer, admin in French, signed in in the browser. The officers'
    group is put back after the live server's flush."""
    ensure_site_tree()
    importlib.import_module("proposals.migrations.0002_youth_officers_group").forwards(apps, None)
    officer = make_persona("youth-officer")
    profile = UserProfile.get_for_user(officer)
    profile.preferred_language = "fr"
    profile.save()
    page.set_default_timeout(10_000)
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", officer.username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    yield lambda path: page.goto(f"{live_server.url}{path}")
    page.goto("about:blank")


def computed_direction(page, selector):
    return page.eval_on_selector(selector, "element => getComputedStyle(element).direction")


@pytest.mark.browser
def test_a_paper_proposals_texts_follow_the_language_chosen_for_it(page, officer_in_french):
    officer_in_french("/admin/proposals/new/")
    assert page.locator("html").get_attribute("dir") == "ltr"
    assert computed_direction(page, "#id_title") == "ltr"

    page.select_option("#id_language", "ar")
    assert computed_direction(page, "#id_title") == "rtl"
    assert computed_direction(page, "#id_description") == "rtl"
    expect(page.locator("#id_summary")).to_have_attribute("lang", "ar")
    assert page.locator("#id_contact_phone").get_attribute("lang") is None

    page.select_option("#id_language", "en")
    assert computed_direction(page, "#id_title") == "ltr"
    expect(page.locator("#id_title")).to_have_attribute("lang", "en")


@pytest.mark.browser
def test_the_answer_to_an_arabic_proposal_reads_right_to_left_in_the_browser(
    page, officer_in_french
):
    proposal = ProposalFactory(language="ar")
    officer_in_french(f"/admin/proposals/act/{proposal.pk}/mark_eligible/")
    page.locator("#id_answer").press_sequentially("اقتراحكم مقبول.")
    assert computed_direction(page, "#id_answer") == "rtl"


@pytest.mark.django_db
def test_an_arabic_answer_reads_right_to_left_on_the_officers_page(officer_speaking, officer):
    proposal = ProposalFactory(language="ar")
    proposal.start_review(by=officer, answer="هل يمكنكم توضيح الميزانية؟")
    soup = page_of(officer_speaking("fr").get(f"/admin/proposals/inspect/{proposal.pk}/"))
    answer = soup.find("p", string="هل يمكنكم توضيح الميزانية؟")
    assert (answer.get("dir"), answer.get("lang")) == ("rtl", "ar")
