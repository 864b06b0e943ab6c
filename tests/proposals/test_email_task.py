"""The e-mail task: a failing mail server delays the e-mail; it is never lost."""

import smtplib

import pytest
from django.core import mail
from django.utils import timezone
from django_tasks import default_task_backend

from proposals import notifications
from proposals.tasks import send_proposal_email
from tests.proposals.factories import ProposalFactory

pytestmark = pytest.mark.django_db


class FailingEmailBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("mail server down")


@pytest.fixture
def queue(settings):
    """The dummy task backend: tasks are queued, not run, and can be read back."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    default_task_backend.clear()
    return default_task_backend


def email_tasks(queue):
    return [r for r in queue.results if r.task.name == send_proposal_email.name]


def test_when_the_mail_server_fails_the_email_is_queued_again_a_little_later(settings, queue):
    settings.EMAIL_BACKEND = f"{__name__}.FailingEmailBackend"
    proposal = ProposalFactory()
    outcome = send_proposal_email.call(proposal.pk, notifications.SUBMITTED, None, 0)
    assert outcome == "deferred"
    [retry] = email_tasks(queue)
    assert retry.args == [proposal.pk, notifications.SUBMITTED, None, 1]
    assert retry.task.run_after > timezone.now()


def test_after_the_last_attempt_the_task_fails_loudly(settings, queue):
    settings.EMAIL_BACKEND = f"{__name__}.FailingEmailBackend"
    settings.PROPOSALS_EMAIL_MAX_ATTEMPTS = 3
    proposal = ProposalFactory()
    with pytest.raises(smtplib.SMTPException):
        send_proposal_email.call(proposal.pk, notifications.SUBMITTED, None, 2)
    assert email_tasks(queue) == []


def test_once_the_mail_server_is_back_the_email_is_sent(queue):
    proposal = ProposalFactory(contact_email="groupe@example.test")
    assert send_proposal_email.call(proposal.pk, notifications.SUBMITTED, None, 1) == "sent"
    assert mail.outbox[0].to == ["groupe@example.test"]
    assert proposal.display_code in mail.outbox[0].body


def test_a_group_without_an_email_address_gets_no_email(queue):
    proposal = ProposalFactory(contact_email="", contact_phone="+212 600 000 001")
    assert send_proposal_email.call(proposal.pk, notifications.SUBMITTED) == "no-address"
    assert mail.outbox == []
