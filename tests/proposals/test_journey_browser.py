"""The whole journey of a youth proposal, with a real browser where the public is:

a visitor sends a proposal in Arabic (with a PDF) and gets a tracking code on screen and by
e-mail; the youth programme officer signs in to the admin in the browser, finds it in the listing
by its tracking code, reviews it, marks it eligible, presents it at a forum and closes the forum
with a tally that selects it, through the admin's own screens; the project page drafted at the
closing goes through the communications leads' review and is published (Django's test client); the public sees it in Arabic with the group, the forum and the
progress bar, and the group reads "selected" and the answers on its status page. Also: zero
axe-core violations on the form, the confirmation and the status page in Arabic and French.

The tree (`journey`): the default site's home page in four languages → "Projets" and its Arabic
copy; the groups and the "Communications review" workflow the migrations create (put back after
the live server's flush); an open forum.
"""

import importlib
import re
import time
from pathlib import Path

import pytest
from django.apps import apps
from django.core import mail
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect
from wagtail.models import Locale

from proposals.models import Proposal
from tests.factories import PASSWORD, ProjectIndexPageFactory, ensure_site_tree, make_persona
from tests.proposals.factories import ForumFactory, ProposalFactory

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def in_language(code, message):
    with translation.override(code):
        return str(translation.gettext(message))


@pytest.fixture
def journey(live_server, public_site):
    ensure_site_tree()
    for module in (
        "home.migrations.0003_communications_groups",
        "home.migrations.0006_editorial_workflow",
        "proposals.migrations.0002_youth_officers_group",
    ):
        importlib.import_module(module).forwards(apps, None)
    french = ProjectIndexPageFactory(parent=public_site.root_page)
    arabic = french.copy_for_translation(Locale.objects.get(language_code="ar"))
    arabic.title = "المشاريع"
    arabic.save_revision().publish()
    return {
        "url": live_server.url,
        "officer": make_persona("youth-officer"),
        "lead": make_persona("comms-lead"),
        "forum": ForumFactory(title="Forum des jeunes de l'été", place="Maison de la création"),
    }


def check_axe(page):
    # Run as the test's own code: the site's Content-Security-Policy rightly refuses an added
    # <script> element.
    page.evaluate(AXE.read_text())
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        WCAG_TAGS,
    )
    return [
        (v["id"], v["help"], [node["target"] for node in v["nodes"]]) for v in result["violations"]
    ]


def fill_proposal(page, title, pdf_path):
    page.fill("#id_group_name", "شباب تازارين")
    page.fill("#id_female_18_24", "3")
    page.fill("#id_male_18_24", "2")
    page.fill("#id_contact_name", "يسرى")
    page.fill("#id_contact_email", "shabab@example.test")
    page.fill("#id_title", title)
    page.fill("#id_summary", "تهيئة ملعب صغير لشباب الدوار.")
    page.fill("#id_description", "تنظيف الأرض وتسويتها ووضع مرميين.")
    page.select_option("#id_theme", "sport")
    page.fill("#id_target_publics", "شباب الدوار")
    page.fill("#id_estimated_budget", "15000")
    page.set_input_files("#id_attachment_1", str(pdf_path))
    page.locator(".proposal-form button[type=submit]").click()


def admin_post(client, url, data):
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return response


def status_shown(page):
    """The status on a proposal's admin page, as the officer reads it."""
    return page.locator("dt", has_text="Status").locator("xpath=following-sibling::dd[1]")


def officer_in_the_admin(page, base, officer, proposal, code, forum):
    """The youth programme officer's steps, each on the admin's own screens, by clicking and
    filling as a person would; checks what the officer reads after each."""
    page.set_default_timeout(10_000)
    ProposalFactory(title="Jardin partagé")  # Another group's, for the search to leave out.
    page.goto(f"{base}/admin/login/")
    page.get_by_label("Username").fill(officer.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/admin/")

    # The listing, from the menu; the proposal found by its tracking code.
    page.get_by_role("button", name="Youth proposals").click()
    page.get_by_role("link", name="Proposals", exact=True).click()
    page.wait_for_url(f"{base}/admin/proposals/")
    results = page.locator("#listing-results")
    expect(results.get_by_role("row")).to_have_count(3)
    page.get_by_role("search").get_by_role("textbox").fill(code)
    page.wait_for_url(lambda url: f"q={code}" in url)
    expect(results.get_by_role("row")).to_have_count(2)
    results.get_by_role("link", name=proposal.title).click()
    expect(page.locator("h1")).to_contain_text(proposal.title)
    expect(status_shown(page)).to_have_text("Submitted")

    # Start the review (no answer needed), then eligible with an official answer.
    page.get_by_role("link", name="Start the review").click()
    expect(page.locator("h1")).to_contain_text("Start the review")
    page.get_by_role("button", name="Start the review").click()
    expect(page.locator(".messages")).to_contain_text(f"“{proposal.title}” is now: Under review.")
    expect(status_shown(page)).to_have_text("Under review")

    page.get_by_role("link", name="Mark eligible").click()
    page.get_by_label("Official answer").fill("اقتراحكم مقبول وسيعرض في المنتدى.")
    page.get_by_role("button", name="Mark eligible").click()
    expect(page.locator(".messages")).to_contain_text(f"“{proposal.title}” is now: Eligible.")
    expect(status_shown(page)).to_have_text("Eligible")

    # On the agenda of the forum.
    page.get_by_role("link", name="Present at a forum").click()
    page.get_by_label("Forum").select_option(label=str(forum))
    page.get_by_role("button", name="Present at a forum").click()
    expect(page.locator(".messages")).to_contain_text("is now: Presented at a forum.")
    expect(status_shown(page)).to_have_text("Presented at a forum")

    # The forum, from the proposal's page, and its closing with the tally.
    page.get_by_role("link", name=str(forum)).click()
    page.get_by_role("link", name="Close the forum").click()
    page.get_by_label(re.compile("Women attending")).fill("31")
    page.get_by_label(re.compile("Men attending")).fill("27")
    page.locator("#id_minutes").fill("Débat animé, vote à main levée.")
    page.get_by_label(f"Votes for “{proposal.title}”").fill("44")
    page.get_by_label(f"“{proposal.title}” is selected").check()
    page.get_by_role("button", name="Close the forum and record the selection").click()
    expect(page.locator(".messages")).to_contain_text(
        "The forum is closed and its results are public."
    )
    expect(page.get_by_role("link", name="Public results page")).to_be_visible()
    row = page.get_by_role("row", name=proposal.title)
    expect(row).to_contain_text("44")
    expect(row.get_by_role("cell").last).to_have_text("Yes")
    expect(page.locator("main")).to_contain_text("31 women, 27 men")
    expect(page.locator("main")).to_contain_text("Débat animé, vote à main levée.")

    # Back on the proposal: selected.
    row.get_by_role("link", name=proposal.title).click()
    expect(status_shown(page)).to_have_text("Selected")


def test_a_proposal_sent_in_arabic_becomes_a_public_project_page(
    page, journey, verified_client, tmp_path
):
    timings = {}
    started = time.perf_counter()
    base, officer, lead, forum = (journey[k] for k in ("url", "officer", "lead", "forum"))
    pdf_path = tmp_path / "مخطط.pdf"
    pdf_path.write_bytes(PDF)

    # The visitor sends the proposal in Arabic, in the browser.
    page.goto(f"{base}/ar/propositions/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    fill_proposal(page, "ملعب الدوار", pdf_path)
    page.wait_for_url(f"{base}/ar/propositions/merci/")
    code = page.locator(".tracking-code").inner_text().strip()
    proposal = Proposal.objects.get()
    assert code == proposal.display_code
    assert (proposal.language, proposal.attachments.get().original_name) == ("ar", "مخطط.pdf")
    assert [message.to for message in mail.outbox] == [["shabab@example.test"]]
    assert code in mail.outbox[0].body
    timings["submission"] = time.perf_counter() - started

    # The officer, in the admin in the browser: review, eligible with an answer, the forum, its
    # closing, each through the admin's own screens.
    step = time.perf_counter()
    officer_in_the_admin(page, base, officer, proposal, code, forum)
    timings["officer (browser)"] = time.perf_counter() - step
    proposal.refresh_from_db()
    assert proposal.status == "selected"
    draft = proposal.project_page.specific
    assert not draft.live and draft.locale.language_code == "ar"
    assert draft.current_workflow_task.name == "Editorial review"
    assert lead.email in [message.to[0] for message in mail.outbox]

    # The communications lead sets the progress and approves both steps: it is published.
    step = time.perf_counter()
    client = verified_client(lead)
    draft.progress = 35
    draft.save_revision(user=lead)
    for _step in ("Editorial review", "Publication approval"):
        draft.refresh_from_db()
        task_state = draft.current_workflow_task_state
        admin_post(
            client,
            reverse(
                "wagtailadmin_pages:workflow_action", args=[draft.pk, "approve", task_state.pk]
            ),
            {"comment": ""},
        )
    draft.refresh_from_db()
    assert draft.live
    timings["lead (test client)"] = time.perf_counter() - step

    # The public reads the project page in Arabic, in the browser.
    step = time.perf_counter()
    page.goto(f"{base}{draft.url}")
    assert page.locator("html").get_attribute("lang") == "ar"
    expect(page.locator("h1")).to_have_text("ملعب الدوار")
    origin = page.locator(".project-origin")
    expect(origin).to_contain_text("شباب تازارين")
    expect(origin.get_by_role("link", name=forum.title)).to_have_attribute(
        "href", f"/ar/propositions/forums/{forum.pk}/"
    )
    assert page.locator("progress").get_attribute("value") == "35"
    assert check_axe(page) == []

    # The projects index lists it among the youth proposals.
    page.goto(f"{base}/ar/{draft.get_parent().slug}/?origin=proposals")
    expect(page.get_by_role("link", name="ملعب الدوار")).to_be_visible()

    # The group follows its proposal with the code: selected, with the answers.
    page.goto(f"{base}/ar/propositions/suivi/")
    page.fill("#id_code", code.lower().replace("-", " "))
    page.locator(".proposal-status form button[type=submit]").click()
    expect(page.locator(".facts")).to_contain_text(in_language("ar", "Selected"))
    answers = page.locator(".answers")
    expect(answers).to_contain_text("اقتراحكم مقبول وسيعرض في المنتدى.")
    # Under review (the default text: the officer left the answer empty), eligible, presented,
    # selected.
    expect(answers.locator("li")).to_have_count(4)
    expect(answers.locator("li").last).to_contain_text(forum.title)
    assert check_axe(page) == []
    timings["public pages"] = time.perf_counter() - step
    timings["total"] = time.perf_counter() - started
    print("journey timings:", {k: round(v, 2) for k, v in timings.items()})


@pytest.mark.parametrize("code", ["ar", "fr"])
def test_the_form_confirmation_and_status_page_have_no_accessibility_violations(
    page, journey, tmp_path, code
):
    base = journey["url"]
    pdf_path = tmp_path / "plan.pdf"
    pdf_path.write_bytes(PDF)

    page.goto(f"{base}/{code}/propositions/")
    assert check_axe(page) == []

    # The form sent back with errors: the summary and the marked fields.
    page.locator(".proposal-form button[type=submit]").click()
    expect(page.locator("#error-summary")).to_be_visible()
    assert check_axe(page) == []

    page.goto(f"{base}/{code}/propositions/")
    fill_proposal(page, "Terrain de sport", pdf_path)
    page.wait_for_url(f"{base}/{code}/propositions/merci/")
    assert check_axe(page) == []

    tracking = page.locator(".tracking-code").inner_text().strip()
    page.goto(f"{base}/{code}/propositions/suivi/")
    assert check_axe(page) == []

    # The back button, on a shared phone: the page again, without the code.
    page.go_back()
    expect(page.locator(".code-shown-once")).to_be_visible()
    expect(page.locator(".tracking-code")).to_have_count(0)
    assert tracking not in page.content()
    assert check_axe(page) == []
    page.go_forward()
    page.fill("#id_code", tracking)
    page.locator(".proposal-status form button[type=submit]").click()
    expect(page.locator("#proposal-title")).to_have_text("Terrain de sport")
    assert check_axe(page) == []
