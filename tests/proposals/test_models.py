"""The life of a proposal: each change of status through its method, refused when illegal."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from wagtail.models import ModelLogEntry

from proposals.models import OfficialAnswer, Proposal, ProposalStatus
from proposals.utils import CODE_ALPHABET
from tests.proposals.factories import ForumFactory, ProposalFactory, proposal_in

pytestmark = pytest.mark.django_db


def test_a_new_proposal_gets_a_ten_character_code_of_unambiguous_symbols():
    codes = {ProposalFactory().tracking_code for _ in range(20)}
    assert len(codes) == 20
    for code in codes:
        assert len(code) == 10
        assert set(code) <= set(CODE_ALPHABET)
        assert not set(code) & set("0O1IL")


def test_marking_eligible_records_the_answer_logs_and_tells_the_group(
    officer, django_capture_on_commit_callbacks
):
    proposal = ProposalFactory(contact_email="groupe@example.test")
    with django_capture_on_commit_callbacks(execute=True):
        proposal.start_review(by=officer)
        proposal.mark_eligible("Votre proposition est recevable.", by=officer)
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.ELIGIBLE
    answer = proposal.answers.get(status=ProposalStatus.ELIGIBLE)
    assert (answer.status, answer.text, answer.author) == (
        "eligible",
        "Votre proposition est recevable.",
        officer,
    )
    actions = list(ModelLogEntry.objects.for_instance(proposal).values_list("action", flat=True))
    assert "proposals.eligible" in actions and "proposals.under_review" in actions
    assert [m.to for m in mail.outbox] == [["groupe@example.test"]] * 2
    assert "Votre proposition est recevable." in mail.outbox[-1].body


def test_an_illegal_change_is_refused_with_a_clear_message_and_changes_nothing(officer):
    proposal = ProposalFactory()
    with pytest.raises(ValidationError, match="cannot become"):
        proposal.complete(by=officer)
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.SUBMITTED
    assert not OfficialAnswer.objects.exists()


def test_an_eligibility_decision_needs_an_official_answer(officer):
    proposal = ProposalFactory()
    with pytest.raises(ValidationError):
        proposal.mark_not_eligible("  ", by=officer)
    assert Proposal.objects.get().status == ProposalStatus.SUBMITTED


def test_a_proposal_cannot_be_presented_at_a_closed_forum(officer):
    forum = ForumFactory()
    forum.close({}, (5, 5), "Rien à l'ordre du jour.", by=officer)
    proposal = proposal_in("eligible", officer)
    with pytest.raises(ValidationError, match="closed"):
        proposal.present_at(forum, by=officer)
    assert Proposal.objects.get().status == ProposalStatus.ELIGIBLE


def test_closing_a_forum_records_the_tally_and_moves_every_proposal(officer):
    forum = ForumFactory()
    chosen = proposal_in("presented", officer, forum=forum, title="Terrain de sport")
    other = proposal_in("presented", officer, forum=forum, title="Fête du cactus")
    forum.close({chosen: (52, True), other: (17, False)}, (30, 25), "Débat animé.", by=officer)
    chosen.refresh_from_db()
    other.refresh_from_db()
    forum.refresh_from_db()
    assert (chosen.status, other.status) == ("selected", "not_selected")
    assert forum.is_closed and forum.attendance_total == 55 and forum.minutes == "Débat animé."
    assert [(r.proposal.title, r.votes, r.selected) for r in forum.results()] == [
        ("Terrain de sport", 52, True),
        ("Fête du cactus", 17, False),
    ]
    assert "52" in chosen.answers.last().text


def test_closing_a_forum_without_every_tally_changes_nothing(officer):
    forum = ForumFactory()
    first = proposal_in("presented", officer, forum=forum)
    proposal_in("presented", officer, forum=forum)
    with pytest.raises(ValidationError, match="missing"):
        forum.close({first: (3, True)}, (1, 1), "", by=officer)
    forum.refresh_from_db()
    first.refresh_from_db()
    assert not forum.is_closed and first.status == "presented"


def test_a_forum_cannot_be_closed_twice(officer):
    forum = ForumFactory()
    forum.close({}, (1, 1), "", by=officer)
    with pytest.raises(ValidationError, match="already closed"):
        forum.close({}, (1, 1), "", by=officer)


def test_a_selected_project_goes_in_progress_then_completed(officer):
    proposal = proposal_in("completed", officer)
    assert proposal.status == "completed"
    statuses = list(proposal.answers.values_list("status", flat=True))
    assert statuses[-3:] == ["selected", "in_progress", "completed"]


def test_a_group_with_minors_needs_a_guardians_consent():
    proposal = ProposalFactory.build(female_15_17=2, guardian_consent_name="")
    with pytest.raises(ValidationError) as error:
        proposal.full_clean()
    assert "guardian_consent_name" in error.value.message_dict
    assert "guardian_consent_method" in error.value.message_dict


def test_a_proposal_needs_a_phone_or_an_email():
    proposal = ProposalFactory.build(contact_phone="", contact_email="")
    with pytest.raises(ValidationError) as error:
        proposal.full_clean()
    assert "contact_phone" in error.value.message_dict
