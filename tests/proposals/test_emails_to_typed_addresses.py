"""Anyone can type any address on the public form: the e-mails the site sends there carry no text
the visitor typed, only the tracking code, and one address gets a few confirmations a day."""

import pytest
from django.core import mail
from django.db import connection

from proposals.models import Proposal
from tests.proposals.test_public_form import form_data

pytestmark = pytest.mark.django_db

SPAM = "Gagnez 10 000 dirhams: http://spam.invalid/offre"


@pytest.fixture
def submit(client, settings, django_capture_on_commit_callbacks):
    settings.PROPOSALS_SUBMISSIONS_PER_HOUR = 100

    def submit(**overrides):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post("/fr/propositions/", form_data(**overrides))
        assert response.status_code == 302
        return Proposal.objects.order_by("-pk").first()

    return submit


def test_the_confirmation_says_what_was_received_by_its_code_only(submit):
    proposal = submit(group_name=SPAM, title=SPAM, contact_name=SPAM, summary=SPAM)

    [email] = mail.outbox
    assert proposal.display_code in email.body and proposal.display_code in email.subject
    for text in (email.subject, email.body):
        assert "spam.invalid" not in text and "dirhams" not in text


def test_a_change_of_status_is_told_by_code_and_status_only(
    submit, officer, django_capture_on_commit_callbacks
):
    proposal = submit(group_name=SPAM, title=SPAM)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        proposal.start_review(by=officer)

    [email] = mail.outbox
    assert proposal.display_code in email.body
    assert proposal.get_status_display() in email.subject
    for text in (email.subject, email.body):
        assert "spam.invalid" not in text and "dirhams" not in text


def test_one_address_gets_three_confirmations_a_day_and_every_proposal_is_saved(submit, settings):
    settings.PROPOSALS_CONFIRMATIONS_PER_ADDRESS_PER_DAY = 3
    typed = [
        "cible@example.test",
        " Cible@Example.TEST",
        "cible+1@example.test",
        "CIBLE+x@example.test",
    ]
    for address in typed:
        submit(contact_email=address)

    assert Proposal.objects.count() == 4
    assert len(mail.outbox) == 3
    submit(contact_email="autre@example.test")
    assert mail.outbox[-1].to == ["autre@example.test"]


def test_status_emails_leave_whatever_the_confirmations_count(
    submit, settings, officer, django_capture_on_commit_callbacks
):
    settings.PROPOSALS_CONFIRMATIONS_PER_ADDRESS_PER_DAY = 1
    first = submit(contact_email="groupe@example.test")
    submit(contact_email="groupe@example.test")
    assert len(mail.outbox) == 1

    with django_capture_on_commit_callbacks(execute=True):
        first.start_review(by=officer)

    assert len(mail.outbox) == 2 and mail.outbox[-1].to == ["groupe@example.test"]


def test_the_count_holds_a_keyed_hash_never_the_address(submit):
    submit(contact_email="cible@example.test")

    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key FROM tiwizi_limits")
        keys = [row[0] for row in cursor.fetchall()]
    assert any(":confirmation:" in key for key in keys)
    assert not any("cible" in key or "example" in key for key in keys)
