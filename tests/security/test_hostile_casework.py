"""Hostile input to every form of the casework admin, posted by the caseworker who owns the case
(`cw_listening`, past both sign-in steps), by a supervisor for the roles screen and by the
technical administrator for emergency access.

Covered (casework/viewsets/): intake (new case and person), case edit, identity edit, session new
and edit, follow-up, consent, referral, attachment upload (with hostile files), closure request,
group activity new and edit, the case listing's search box (posted, casework.viewsets.search),
the listings' filters (GET), the casework roles request (casework/viewsets/roles.py), emergency
access.
Left out, with why: the POST-only buttons without fields (follow-up done, consent withdraw,
referral revoke and answer, closure approve and reject, reopen, role decisions) take no input but
their URL, which tests/security/test_url_matrix.py posts for every persona; case delete always
answers 403 (CaseDeleteView).
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from hypothesis import example, given
from hypothesis import strategies as st

from casework.forms import ATTACHMENT_MAX_BYTES
from casework.models import Attachment, GroupActivity, Person
from tests.factories import ConsentFactory, service
from tests.security import strategies as hostile
from tests.security.checks import assert_answered, assert_no_markup, rolled_back
from tests.security.forms import (
    FAST,
    FormSpec,
    base_data,
    hostile_posts,
    post_and_check,
    post_hostile,
    post_refused,
    with_each_refused_file,
)

pytestmark = pytest.mark.django_db

CASES = "/admin/casework/cases/"
ACTIVITIES = "/admin/casework/activities/"
# What the intake and the identity edit ask of a person as text (a field added later to
# Person.IDENTIFYING_FIELDS is covered too).
PERSON_TEXT = [*Person.IDENTIFYING_FIELDS, "nationality", "birth_year"]


def case_url(case, name):
    return reverse(f"casework_cases:{name}", args=[case.pk])


@pytest.fixture
def activity(cw_listening, listening_case):
    activity = GroupActivity(
        service=service("listening"), kind="support_group", title="Groupe", women_count=3
    )
    activity.add(by=cw_listening, participants=[listening_case.person])
    return activity


def specs(case, activity, consent):
    # The redirect shows the case page; its history lists changes, never values.
    on_case = []
    session = case.sessions.first()
    return {
        "intake": FormSpec(
            url=reverse("casework_cases:add"),
            text=PERSON_TEXT,
            choices=["service", "risk_level", "sex", "migrant_status"],
            valid={
                "first_name": "Ittou",
                "last_name": "Oubella",
                "sex": "F",
                "risk_level": "medium",
                "different_person": "on",
            },
            shown=[CASES],
            exports=[f"{CASES}?export=csv"],
        ),
        "case_edit": FormSpec(
            url=case_url(case, "edit"),
            dates=["opened_on"],
            choices=["risk_level", "status", "owner", "collaborators"],
            shown=[CASES],
            exports=[f"{CASES}?export=csv"],
        ),
        "person_edit": FormSpec(
            url=case_url(case, "person_edit"),
            text=PERSON_TEXT,
            choices=["sex", "disability", "migrant_status", "version"],
            shown=on_case,
        ),
        "session_add": FormSpec(
            url=case_url(case, "session_add"),
            text=["narrative", "duration_minutes", "children_count"],
            dates=["date", "stay_start", "stay_end"],
            choices=["kind"],
            valid={"kind": "listening", "narrative": "Elle a parlé.", "date": "2026-01-15"},
            shown=on_case,
        ),
        "session_edit": FormSpec(
            url=reverse("casework_cases:session_edit", args=[case.pk, session.pk]),
            text=["narrative", "duration_minutes", "children_count"],
            dates=["date", "stay_start", "stay_end"],
            choices=["kind", "version"],
            shown=on_case,
        ),
        "followup_add": FormSpec(
            url=case_url(case, "followup_add"),
            text=["title"],
            dates=["due_on"],
            choices=["assigned_to"],
            valid={"title": "Appeler l'avocate", "due_on": "2026-01-20"},
            shown=on_case,
        ),
        "consent_add": FormSpec(
            url=case_url(case, "consent_add"),
            text=["purpose"],
            dates=["given_on"],
            choices=["scope", "signed_form"],
            valid={"purpose": "Aide au logement", "scope": "health"},
            shown=on_case,
        ),
        "referral_add": FormSpec(
            url=case_url(case, "referral_add"),
            text=["partner_name", "reason"],
            choices=["partner_kind", "to_service", "consent"],
            valid={
                "partner_kind": "association",
                "partner_name": "Association Amal",
                "reason": "Hébergement",
                "consent": str(consent.pk),
            },
            shown=on_case,
        ),
        "closure_request": FormSpec(
            url=case_url(case, "closure_request"),
            choices=["reason"],
            valid={"reason": "goals_met"},
            shown=on_case,
        ),
        "activity_add": FormSpec(
            url=reverse("casework_activities:add"),
            text=["title", "place", "women_count", "men_count"],
            dates=["date"],
            choices=["service", "kind", "participants"],
            valid={
                "service": str(case.service_id),
                "title": "Réunion d'information",
                "kind": "support_group",
                "date": "2026-01-15",
                "women_count": "2",
                "men_count": "5",
            },
            exports=[f"{ACTIVITIES}?export=csv"],
        ),
        "activity_edit": FormSpec(
            url=reverse("casework_activities:edit", args=[activity.pk]),
            text=["title", "place", "women_count", "men_count"],
            dates=["date"],
            choices=["service", "kind", "participants"],
            exports=[f"{ACTIVITIES}?export=csv"],
        ),
    }


@pytest.fixture
def caseworker(login, cw_listening, listening_case, activity):
    """The caseworker's client, and her forms as FormSpecs."""
    consent = ConsentFactory(case=listening_case, scope="associations", recorded_by=cw_listening)
    return login(cw_listening), specs(listening_case, activity, consent)


@pytest.fixture(
    params=[
        "intake",
        "case_edit",
        "person_edit",
        "session_add",
        "session_edit",
        "followup_add",
        "consent_add",
        "referral_add",
        "closure_request",
        "activity_add",
        "activity_edit",
    ]
)
def casework_form(request, caseworker):
    client, forms = caseworker
    spec = forms[request.param]
    return client, spec, base_data(client, spec)


@hostile_posts
def test_casework_forms_survive_hostile_input(casework_form, text, date, choice, targets):
    post_hostile(casework_form, text, date, choice, targets)


def test_the_valid_base_posts_are_accepted(caseworker, casework_form):
    """The hostile posts start from a form that saves: otherwise every one would be refused and
    the tests above would prove nothing about what is shown afterwards."""
    client, spec, base = casework_form
    assert post_and_check(client, spec, base).status_code == 302


ATTACHMENT_NAMED = hostile.refused_files(ATTACHMENT_MAX_BYTES)


@FAST
@given(title=hostile.hostile_text(), kind=st.just(""), upload=hostile.hostile_file())
@with_each_refused_file(ATTACHMENT_NAMED, title="Scan")
@example(title=hostile.SCRIPT, kind="", upload=hostile.ACCEPTED_FILES["pdf"])
@example(title=hostile.FORMULA_PAYLOADS[0], kind="", upload=hostile.ACCEPTED_FILES["png"])
@example(title="Scan", kind="", upload=(hostile.SCRIPT + ".pdf", hostile.PDF))
def test_the_attachment_upload_refuses_hostile_files(
    caseworker, listening_case, title, kind, upload
):
    client, _forms = caseworker
    name, content = ATTACHMENT_NAMED[kind] if kind else upload
    spec = FormSpec(
        url=case_url(listening_case, "attachment_add"), shown=[case_url(listening_case, "inspect")]
    )
    data = {"title": title, "file": SimpleUploadedFile(name, content, "application/pdf")}
    response = post_and_check(client, spec, data)
    if kind:
        assert response.status_code == 200
        assert "file" in response.context["form"].errors
    if (name, content) in ATTACHMENT_NAMED.values():
        assert response.status_code != 302, f"{name} accepted"


def test_a_refused_polyglot_says_why(caseworker, listening_case):
    client, _forms = caseworker
    name, content = hostile.REFUSED_FILES["polyglot_pdf_html"]
    response = client.post(
        case_url(listening_case, "attachment_add"),
        {"title": "Plan", "file": SimpleUploadedFile(name, content, "application/pdf")},
    )
    assert response.status_code == 200
    assert "web page code" in str(response.context["form"].errors["file"])
    assert not Attachment.objects.exists()


@FAST
@given(query=hostile.hostile_text(max_size=300))
@example(query=hostile.SCRIPT)
@example(query="' OR 1=1--")
@example(query="abc\x00def")
@example(query="A" * 10_000)
@example(query="Hafsa حفصة ⵃⴰⴼⵚⴰ")
def test_the_case_search_box_survives_hostile_queries(caseworker, query):
    client, _forms = caseworker
    with rolled_back():
        response = client.post(CASES, {"q": query})
        assert response.status_code in {200, 302}
        assert_no_markup(response)
        assert_no_markup(client.get(CASES))


LISTING_FILTERS = {
    CASES: [
        "status",
        "risk_level",
        "service",
        "assignment",
        "opened_on_after",
        "opened_on_before",
        "p",
        "ordering",
    ],
    ACTIVITIES: ["kind", "service", "date", "p", "ordering"],
}


@FAST
@given(
    listing=st.sampled_from(sorted(LISTING_FILTERS)),
    value=st.one_of(hostile.hostile_date(), hostile.hostile_choice()),
    which=st.integers(min_value=0, max_value=7),
)
@example(listing=CASES, value="2026-02-30", which=4)
@example(listing=CASES, value="' OR 1=1--", which=2)
@example(listing=ACTIVITIES, value="31/13/2026", which=2)
@example(listing=CASES, value=hostile.SCRIPT, which=7)
def test_the_listing_filters_survive_hostile_values(caseworker, listing, value, which):
    client, _forms = caseworker
    names = LISTING_FILTERS[listing]
    response = client.get(listing, {names[which % len(names)]: value})
    assert_answered(response)
    assert_no_markup(response)


@FAST
@given(
    field=st.sampled_from(["user", "service", "role", "change"]),
    value=st.one_of(hostile.hostile_choice(), hostile.hostile_text(max_size=50)),
)
@example(field="user", value="' OR 1=1--")
@example(field="service", value="999999999")
@example(field="role", value=hostile.SCRIPT)
@example(field="change", value="abc\x00def")
def test_the_roles_request_survives_hostile_values(
    login, sup_listening, cw_listening_2, field, value
):
    client = login(sup_listening)
    data = {
        "user": cw_listening_2.pk,
        "service": service("listening").pk,
        "role": "supervisor",
        "change": "grant",
        field: value,
    }
    spec = FormSpec(url=reverse("casework_roles"), models=("auth.User",))
    post_and_check(client, spec, data)


@FAST
@given(reference=hostile.hostile_text(max_size=40), reason=hostile.hostile_text())
@example(reference="' OR 1=1--", reason="A" * 10_000)
@example(reference="abc\x00", reason=hostile.SCRIPT * 3)
def test_emergency_access_survives_hostile_input(
    login, tech_admin, listening_case, reference, reason
):
    client = login(tech_admin)
    spec = FormSpec(url=reverse("casework_cases:emergency_access"))
    post_and_check(client, spec, {"reference": reference, "reason": reason})


def test_emergency_access_with_a_hostile_reason_is_shown_as_text(login, tech_admin, listening_case):
    client = login(tech_admin)
    spec = FormSpec(url=reverse("casework_cases:emergency_access"))
    data = {"reference": listening_case.reference, "reason": hostile.SCRIPT * 3}
    assert post_and_check(client, spec, data).status_code == 302


def test_an_activity_refuses_a_participant_id_past_64_bits(caseworker):
    client, forms = caseworker
    post_refused(client, forms["activity_add"], participants=[hostile.HUGE_ID])


def test_a_supervisor_editing_a_case_is_refused_a_collaborator_id_past_64_bits(
    login, sup_listening, listening_case
):
    client = login(sup_listening)
    spec = FormSpec(url=case_url(listening_case, "edit"))
    post_refused(client, spec, collaborators=[hostile.HUGE_ID])
