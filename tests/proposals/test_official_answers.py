"""A change of status always reaches the group: with the officer's official answer, or, where
the answer is optional and left empty, with a default text for that status in the group's
language, on its status page and by e-mail, kept with the other answers. The officer's form says
which, next to the field."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext_lazy

from proposals.models import DEFAULT_ANSWERS, ProposalStatus
from tests.proposals.factories import ForumFactory, ProposalFactory, proposal_in

pytestmark = pytest.mark.django_db

OPTIONAL = [
    ("start_review", ProposalStatus.UNDER_REVIEW, "submitted"),
    ("start_project", ProposalStatus.IN_PROGRESS, "selected"),
    ("complete", ProposalStatus.COMPLETED, "in_progress"),
]


def in_language(code, text):
    """`text` (a message or a lazy translation) as the catalogue of `code` has it."""
    with translation.override(code):
        return translation.gettext(text) if isinstance(text, str) else str(text)


def help_text(response):
    """The help text under the official answer, as the officer reads it."""
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return " ".join(soup.find(id="id_answer-helptext").get_text(" ").split())


@pytest.mark.parametrize("action, status, before", OPTIONAL)
def test_a_change_of_status_left_without_an_answer_still_tells_the_group(
    officer_client, officer, django_capture_on_commit_callbacks, action, status, before
):
    proposal = proposal_in(before, officer, language="ar", contact_email="shabab@example.test")
    with django_capture_on_commit_callbacks(execute=True):
        response = officer_client.post(
            f"/admin/proposals/act/{proposal.pk}/{action}/", {"answer": "  "}
        )
    assert response.status_code == 302
    expected = in_language("ar", DEFAULT_ANSWERS[status])
    answer = proposal.answers.last()
    assert (answer.status, answer.text, answer.author) == (status, expected, officer)
    [email] = mail.outbox
    assert email.to == ["shabab@example.test"] and expected in email.body
    status_page = officer_client.post("/en/propositions/suivi/", {"code": proposal.display_code})
    assert escape(expected) in status_page.content.decode()
    # Kept with the other answers on the officer's page.
    inspect = officer_client.get(f"/admin/proposals/inspect/{proposal.pk}/").content.decode()
    assert escape(expected) in inspect


def test_the_default_answer_is_written_in_the_groups_language_not_the_officers(
    officer, monkeypatch
):
    # The new default texts are not translated yet: one the catalogues have stands in for it.
    monkeypatch.setitem(DEFAULT_ANSWERS, ProposalStatus.UNDER_REVIEW, gettext_lazy("Under review"))
    arabic = in_language("ar", "Under review")
    assert arabic != "Under review"
    proposal = ProposalFactory(language="ar")
    with translation.override("fr"):
        proposal.start_review(by=officer)
    assert proposal.answers.get().text == arabic


def test_an_officers_own_answer_replaces_the_default(officer):
    proposal = ProposalFactory()
    proposal.start_review(by=officer, answer="Pouvez-vous préciser le budget ?")
    assert proposal.answers.get().text == "Pouvez-vous préciser le budget ?"


def test_presenting_at_a_forum_with_a_blank_answer_tells_the_group_the_forum(officer):
    forum = ForumFactory(title="Forum de mai")
    proposal = proposal_in("eligible", officer)
    proposal.present_at(forum, by=officer, answer="   ")
    answer = proposal.answers.last()
    assert answer.status == ProposalStatus.PRESENTED and "Forum de mai" in answer.text


def test_every_step_of_a_proposals_life_leaves_an_answer_for_the_group(officer):
    proposal = proposal_in("completed", officer)
    assert list(proposal.answers.values_list("status", flat=True)) == [
        "under_review",
        "eligible",
        "presented",
        "selected",
        "in_progress",
        "completed",
    ]
    assert all(text.strip() for text in proposal.answers.values_list("text", flat=True))


@pytest.mark.parametrize("action, status, before", OPTIONAL)
def test_the_optional_answer_says_what_the_group_reads_if_it_is_left_empty(
    officer_client, officer, action, status, before
):
    proposal = proposal_in(before, officer, language="ar", contact_email="shabab@example.test")
    text = help_text(officer_client.get(f"/admin/proposals/act/{proposal.pk}/{action}/"))
    assert "Optional" in text
    assert "status page" in text and "by e-mail" in text
    assert "Arabic" in text
    assert str(DEFAULT_ANSWERS[status]) in text


def test_without_an_email_address_the_form_says_the_group_only_reads_its_status_page(
    officer_client,
):
    proposal = ProposalFactory(contact_email="", contact_phone="+212 600 000 001")
    text = help_text(officer_client.get(f"/admin/proposals/act/{proposal.pk}/start_review/"))
    assert "status page only" in text and "no e-mail address" in text
    assert "by e-mail" not in text


def test_a_required_answer_does_not_say_optional_but_says_where_the_group_reads_it(
    officer_client,
):
    proposal = ProposalFactory(language="ar")
    text = help_text(officer_client.get(f"/admin/proposals/act/{proposal.pk}/mark_eligible/"))
    assert "Optional" not in text
    assert "status page" in text and "by e-mail" in text and "Arabic" in text


def test_the_forum_answer_says_the_group_is_told_the_forums_title_and_date(officer_client, officer):
    ForumFactory()
    proposal = proposal_in("eligible", officer)
    text = help_text(officer_client.get(f"/admin/proposals/act/{proposal.pk}/present_at/"))
    assert "forum's title and date" in text and "status page" in text


def test_in_the_french_admin_the_help_names_the_groups_language_and_shows_the_default(
    officer_speaking,
):
    proposal = ProposalFactory(language="ar")
    response = officer_speaking("fr").get(f"/admin/proposals/act/{proposal.pk}/start_review/")
    assert "Réponse officielle" in response.content.decode()
    text = help_text(response)
    assert in_language("fr", "Arabic") in text  # "Arabe": the language, in the officer's words
    assert in_language("fr", DEFAULT_ANSWERS[ProposalStatus.UNDER_REVIEW]) in text
