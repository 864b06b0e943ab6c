"""Hostile input to the youth programme officer's forms (proposals/viewsets.py), posted by the
officer: a paper proposal (with files), a proposal's edit, a change of status with its official
answer (shown to the group on the status page), a forum's creation, edit and closing (its
minutes and tally are public), and the listings' search and filters (GET).

Left out, with why: delete confirmations take no input; the attachment download and the history
and usage views are GET pages without a form (tests/security/test_url_matrix.py requests them).
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from hypothesis import example, given
from hypothesis import strategies as st

from proposals.forms import ATTACHMENT_MAX_BYTES
from tests.proposals.factories import ForumFactory, ProposalFactory, proposal_in
from tests.security import strategies as hostile
from tests.security.checks import assert_answered, assert_no_markup
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
from tests.security.test_hostile_public import TEXT_FIELDS, VALID

pytestmark = pytest.mark.django_db

PROPOSALS = "/admin/proposals/"
FORUMS = "/admin/youth-forums/"
APPS = ("proposals", "audit", "wagtailcore")


@pytest.fixture
def officer_forms(client, youth_officer):
    client.force_login(youth_officer)
    proposal = ProposalFactory()
    forum = ForumFactory(title="Forum du printemps")
    presented = proposal_in("presented", youth_officer, forum=forum)
    status_page = "/fr/propositions/forums/"
    forms = {
        "paper_proposal": FormSpec(
            url=reverse("proposals_admin:add"),
            text=TEXT_FIELDS[:8],
            choices=["language", "theme", "estimated_budget", "female_18_24"],
            valid={**VALID, "language": "ar"},
            shown=[PROPOSALS],
            exports=[f"{PROPOSALS}?export=csv"],
            apps=APPS,
        ),
        "proposal_edit": FormSpec(
            url=reverse("proposals_admin:edit", args=[proposal.pk]),
            text=TEXT_FIELDS[:8],
            choices=["language", "theme", "estimated_budget", "female_18_24"],
            shown=[reverse("proposals_admin:inspect", args=[proposal.pk]), PROPOSALS],
            exports=[f"{PROPOSALS}?export=csv"],
            apps=APPS,
        ),
        "answer": FormSpec(
            url=reverse("proposals_admin:act", args=[proposal.pk, "mark_not_eligible"]),
            text=["answer"],
            valid={"answer": "Hors du champ du programme."},
            apps=APPS,
        ),
        "forum_add": FormSpec(
            url=reverse("proposal_forums:add"),
            text=["title", "place"],
            dates=["date"],
            choices=["event"],
            valid={"title": "Forum d'été", "date": "2026-07-01", "place": "Maison"},
            shown=[FORUMS, status_page],
            exports=[f"{FORUMS}?export=csv"],
            apps=APPS,
        ),
        "forum_edit": FormSpec(
            url=reverse("proposal_forums:edit", args=[forum.pk]),
            text=["title", "place"],
            dates=["date"],
            choices=["event"],
            shown=[FORUMS, status_page],
            exports=[f"{FORUMS}?export=csv"],
            apps=APPS,
        ),
        "forum_close": FormSpec(
            url=reverse("proposal_forums:close", args=[forum.pk]),
            text=["minutes", "attendance_women", "attendance_men", f"votes_{presented.pk}"],
            choices=[f"selected_{presented.pk}"],
            valid={
                "minutes": "Compte rendu.",
                "attendance_women": "10",
                "attendance_men": "12",
                f"votes_{presented.pk}": "40",
            },
            shown=[f"/fr/propositions/forums/{forum.pk}/", status_page],
            exports=[f"{FORUMS}?export=csv"],
            apps=APPS,
        ),
    }
    return client, forms, proposal


@pytest.fixture(
    params=["paper_proposal", "proposal_edit", "answer", "forum_add", "forum_edit", "forum_close"]
)
def officer_form(request, officer_forms):
    client, forms, _proposal = officer_forms
    spec = forms[request.param]
    return client, spec, base_data(client, spec)


@hostile_posts
def test_officer_forms_survive_hostile_input(officer_form, text, date, choice, targets):
    post_hostile(officer_form, text, date, choice, targets)


def test_the_valid_base_posts_are_accepted(officer_form):
    client, spec, base = officer_form
    assert post_and_check(client, spec, base).status_code == 302


def test_a_hostile_official_answer_reaches_the_status_page_as_text(officer_forms):
    client, forms, proposal = officer_forms
    spec = forms["answer"]
    data = {**base_data(client, spec), "answer": hostile.SCRIPT + hostile.IMG_ONERROR}
    assert client.post(spec.url, data).status_code == 302
    page = client.post("/fr/propositions/suivi/", {"code": proposal.display_code})
    assert page.status_code == 200
    assert hostile.MARKER in page.content.decode()
    assert_no_markup(page)


PAPER_FILES = hostile.refused_files(ATTACHMENT_MAX_BYTES)


@FAST
@given(kind=st.just(""), upload=hostile.hostile_file())
@with_each_refused_file(PAPER_FILES)
def test_a_paper_proposal_refuses_hostile_files(officer_forms, kind, upload):
    client, forms, _proposal = officer_forms
    spec = forms["paper_proposal"]
    name, content = PAPER_FILES[kind] if kind else upload
    data = {**base_data(client, spec), "attachment_1": SimpleUploadedFile(name, content)}
    response = post_and_check(client, spec, data)
    if (name, content) in PAPER_FILES.values():
        assert response.status_code != 302, f"{name} accepted"
        assert "attachment_1" in response.context["form"].errors


LISTING_PARAMETERS = {
    PROPOSALS: [
        "q",
        "status",
        "theme",
        "language",
        "forum",
        "created_at_after",
        "created_at_before",
        "submitted_on_paper",
        "p",
        "ordering",
    ],
    FORUMS: ["q", "date", "p", "ordering"],
}


@FAST
@given(
    listing=st.sampled_from(sorted(LISTING_PARAMETERS)),
    value=st.one_of(
        hostile.hostile_text(max_size=100), hostile.hostile_date(), hostile.hostile_choice()
    ),
    which=st.integers(min_value=0, max_value=9),
)
@example(listing=PROPOSALS, value="' OR 1=1--", which=0)
@example(listing=PROPOSALS, value="2026-02-30", which=5)
@example(listing=PROPOSALS, value=hostile.SCRIPT, which=0)
@example(listing=FORUMS, value="31/13/2026", which=1)
@example(listing=PROPOSALS, value="A" * 10_000, which=0)
def test_the_officer_listings_survive_hostile_searches_and_filters(
    officer_forms, listing, value, which
):
    client, _forms, _proposal = officer_forms
    names = LISTING_PARAMETERS[listing]
    response = client.get(listing, {names[which % len(names)]: value})
    assert_answered(response)
    assert_no_markup(response)


def test_a_forum_refuses_an_event_page_id_past_64_bits(officer_forms):
    """A page type's primary key links to its parent table, which Django's lookup does not guard
    against an id past 64 bits: SQLite's OverflowError was a 500 (cms/forms.py)."""
    client, forms, _proposal = officer_forms
    post_refused(client, forms["forum_add"], event=hostile.HUGE_ID)
