"""Caseworkers, their supervisor and the data protection officer, in the French admin (the staff's
default) and the Arabic one, through nginx, against the production settings."""

import datetime

import pytest
from django.db.models import Count
from django.utils import timezone
from playwright.sync_api import expect

from casework.models import Case, CaseSession, Consent, GroupActivity

TEMPORAL_INPUTS = """() => [...document.querySelectorAll(
    'input[type=date], input[type=time], input[type=datetime-local]')].map(input => ({
        name: input.name, rendered: input.getAttribute('value') || '', kept: input.value}))"""


def dates_in(page):
    """The form's date inputs: what the server wrote, and what the browser kept of it."""
    return page.evaluate(TEMPORAL_INPUTS)


def a_case_of(username, *, with_consent=False):
    cases = (
        Case.objects.filter(owner__username=username, status__in=["open", "active", "reopened"])
        .annotate(sessions_count=Count("sessions"), consents_count=Count("consents"))
        .filter(sessions_count__gt=0)
    )
    if with_consent:
        cases = cases.filter(consents_count__gt=0)
    return cases.order_by("pk").first()


def save(page):
    page.locator("main form[method=post] button[type=submit]").first.click()


def open_case_by_clicking(page, case):
    """From the dashboard, through the menu and the listing's search, to the case file."""
    page.goto("/admin/")
    page.locator("a[href='/admin/casework/cases/']").first.click()
    page.fill("input[name=q]", case.reference)
    page.keyboard.press("Enter")
    page.get_by_role("link", name=case.reference, exact=True).click()
    expect(page.locator("#sessions")).to_be_visible()


@pytest.mark.parametrize(("username", "language"), [("cw-listening", "fr"), ("cw-migrants", "ar")])
def test_a_caseworker_sees_edits_and_records_dates_in_her_language(staff, username, language):
    page = staff(username, language)
    case = a_case_of(username, with_consent=True)
    assert case, f"the demo gives {username} a case with sessions and a consent"
    open_case_by_clicking(page, case)
    expect(page.locator("html")).to_have_attribute("lang", language)

    # A consent's date is shown on the case file.
    consent = case.consents.order_by("pk").first()
    shown = page.locator("#consents").inner_text()
    assert consent.given_on.strftime("%Y") in shown

    # A session opened for editing shows its date, and saved unchanged keeps it.
    session = case.sessions.order_by("-date", "-pk").first()
    page.click(f"#sessions a[href$='/sessions/{session.pk}/edit/']")
    page.wait_for_url(f"**/sessions/{session.pk}/edit/")
    (date,) = [field for field in dates_in(page) if field["name"] == "date"]
    assert date["kept"] == session.date.isoformat(), date
    save(page)
    expect(page.locator(".messages .success")).to_be_visible()
    session.refresh_from_db()
    assert session.date.isoformat() == date["kept"]

    # Changed in the date picker, the new date is kept.
    page.click(f"#sessions a[href$='/sessions/{session.pk}/edit/']")
    page.wait_for_url(f"**/sessions/{session.pk}/edit/")
    new_date = session.date - datetime.timedelta(days=3)
    page.fill("#id_date", new_date.isoformat())
    save(page)
    expect(page.locator(".messages .success")).to_be_visible()
    session.refresh_from_db()
    assert session.date == new_date

    # A new session: today in the picker; saved as it is offered.
    page.click(f"#sessions a[href$='/cases/{case.pk}/sessions/new/']")
    page.wait_for_url("**/sessions/new/")
    (date,) = [field for field in dates_in(page) if field["name"] == "date"]
    assert date["kept"] == timezone.localdate().isoformat()
    before = set(case.sessions.values_list("pk", flat=True))
    page.locator("#id_kind").select_option(index=1)
    page.fill("#id_duration_minutes", "30")
    page.fill("#id_narrative", "Séance d'essai de la recette.")
    save(page)
    expect(page.locator(".messages .success")).to_be_visible()
    (new,) = CaseSession.objects.filter(case=case).exclude(pk__in=before)
    assert new.date == timezone.localdate()

    # A new consent: today in the picker, and on the case file once saved.
    page.click(f"#consents a[href$='/cases/{case.pk}/consents/new/']")
    page.wait_for_url("**/consents/new/")
    (date,) = [field for field in dates_in(page) if field["name"] == "given_on"]
    assert date["kept"] == timezone.localdate().isoformat()
    page.fill("#id_purpose", "Orientation vers le centre de santé")
    page.locator("#id_scope").select_option("health")
    save(page)
    expect(page.locator(".messages .success")).to_be_visible()
    assert Consent.objects.filter(case=case, given_on=timezone.localdate()).exists()


def casework_forms(case, activity):
    return [
        f"/admin/casework/cases/{case.pk}/sessions/new/",
        f"/admin/casework/cases/{case.pk}/sessions/{case.sessions.first().pk}/edit/",
        f"/admin/casework/cases/{case.pk}/followups/new/",
        f"/admin/casework/cases/{case.pk}/consents/new/",
        f"/admin/casework/cases/{case.pk}/person/edit/",
        f"/admin/casework/cases/edit/{case.pk}/",
        "/admin/casework/cases/new/",
        "/admin/casework/activities/new/",
        f"/admin/casework/activities/edit/{activity.pk}/",
    ]


@pytest.mark.parametrize("language", ["fr", "ar", "en"])
def test_every_date_of_every_casework_form_survives_the_browser(staff, language):
    page = staff("cw-migrants", language)
    case = a_case_of("cw-migrants")
    activity = GroupActivity.objects.filter(service=case.service).first()
    checked = 0
    for url in casework_forms(case, activity):
        assert page.goto(url).status == 200, url
        for field in dates_in(page):
            assert field["kept"] == field["rendered"], (url, field)
            checked += bool(field["rendered"])
    assert checked >= 5


@pytest.mark.parametrize("language", ["fr", "ar", "en"])
def test_every_date_of_every_proposals_form_survives_the_browser(staff, language):
    from proposals.models import Forum, Proposal

    page = staff("youth-officer", language)
    forum = Forum.objects.order_by("pk").first()
    proposal = Proposal.objects.order_by("pk").first()
    for url in [
        "/admin/youth-forums/new/",
        f"/admin/youth-forums/edit/{forum.pk}/",
        "/admin/proposals/new/",
        f"/admin/proposals/edit/{proposal.pk}/",
    ]:
        assert page.goto(url).status == 200, url
        for field in dates_in(page):
            assert field["kept"] == field["rendered"], (url, field)
        # Wagtail's own date pickers are text boxes: what they show must read back as the date.
        for value in page.eval_on_selector_all(
            "input[data-controller~=w-date], input.w-date-input, input[data-w-date-value]",
            "inputs => inputs.map(input => input.value)",
        ):
            assert value, url


def test_a_closure_asked_by_the_caseworker_is_approved_by_her_supervisor_and_audited(staff):
    case = (
        Case.objects.filter(
            owner__username="cw-listening", status="active", closure_requested_at__isnull=True
        )
        .order_by("-pk")
        .first()
    )
    page = staff("cw-listening", "fr")
    open_case_by_clicking(page, case)
    page.click(f"a[href$='/cases/{case.pk}/closure/request/']")
    page.wait_for_url("**/closure/request/")
    page.locator("#id_reason").select_option("goals_met")
    save(page)
    expect(page.locator(".messages .success")).to_be_visible()

    supervisor = staff("sup-listening", "fr")
    supervisor.goto("/admin/")
    # The dashboard's link names the person, then the case (casework/names.py).
    supervisor.locator(".casework-dashboard").get_by_role("link", name=case.reference).first.click()
    supervisor.locator(f"form[action$='/cases/{case.pk}/closure/approve/'] button").click()
    expect(supervisor.locator(".messages .success")).to_be_visible()
    case.refresh_from_db()
    assert case.status == "closed"

    dpo = staff("dpo", "fr")
    dpo.goto("/admin/")
    dpo.locator("a[href='/admin/audit-trail/']").first.click()
    dpo.wait_for_url("**/audit-trail/")
    rows = dpo.locator("table tbody tr", has_text=case.reference)
    expect(rows.filter(has_text="sup-listening").first).to_be_visible()
    expect(rows.filter(has_text="cw-listening").first).to_be_visible()
