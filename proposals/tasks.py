"""Background tasks of the youth proposals (django-tasks; the database queue in production)."""

import datetime
import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task
from wagtail.models import Site

from proposals import notifications, ratelimit

logger = logging.getLogger(__name__)


def retry_delay(attempt):
    """Wait 1, 2, 4... minutes, at most an hour, before trying a failed e-mail again."""
    return datetime.timedelta(minutes=min(2**attempt, 60))


@task()
def send_proposal_email(proposal_id, kind, answer_id=None, attempt=0):
    """Send the contact the confirmation (`kind` "submitted") or a change of status. Neither
    carries what the visitor typed (group name, title): only the tracking code, the status and
    the commune's own answer, so the form cannot make the site mail a stranger someone's text.

    A failing mail server never loses the e-mail: the task queues itself again a little later
    (up to PROPOSALS_EMAIL_MAX_ATTEMPTS), then fails loudly so the failure shows in the queue.
    """
    from proposals.models import OfficialAnswer, Proposal

    proposal = Proposal.objects.filter(pk=proposal_id).first()
    if proposal is None or not proposal.contact_email or proposal.contact_erased_at:
        return "no-address"
    if kind == notifications.SUBMITTED and attempt == 0 and not _confirmation_allowed(proposal):
        # The proposal stands; its code was on the group's screen.
        logger.info(
            "Confirmation of proposal %s not sent: its address had enough today.", proposal_id
        )
        return "limited"
    answer = OfficialAnswer.objects.filter(pk=answer_id, proposal=proposal).first()
    message = build_message(proposal, kind, answer)
    try:
        message.send()
    except (smtplib.SMTPException, OSError):
        backend = send_proposal_email.get_backend()
        if attempt + 1 >= settings.PROPOSALS_EMAIL_MAX_ATTEMPTS or not backend.supports_defer:
            raise
        logger.warning("Mail server failed for proposal %s; trying again later.", proposal_id)
        send_proposal_email.using(run_after=timezone.now() + retry_delay(attempt)).enqueue(
            proposal_id, kind, answer_id, attempt + 1
        )
        return "deferred"
    return "sent"


def normalise_address(address):
    """One mailbox, however it is typed: case, spaces and a "+tag" (which most providers deliver
    to the same mailbox) do not make another address."""
    local, _at, domain = address.strip().casefold().rpartition("@")
    return f"{local.split('+', 1)[0]}@{domain}"


def _confirmation_allowed(proposal):
    """Anyone can type any address on the public form: confirmations to one address are limited
    per day (PROPOSALS_CONFIRMATIONS_PER_ADDRESS_PER_DAY), counted in the shared limits under a
    keyed hash of the address. Status e-mails follow an officer's decision and always leave."""
    return (
        ratelimit.take(
            "confirmation",
            normalise_address(proposal.contact_email),
            settings.PROPOSALS_CONFIRMATIONS_PER_ADDRESS_PER_DAY,
            window=ratelimit.DAY,
        )
        is not None
    )


def build_message(proposal, kind, answer=None):
    with translation.override(proposal.language):
        context = {
            "proposal": proposal,
            "answer": answer,
            "status_url": public_url(reverse("proposals:status")),
            "form_url": public_url(reverse("proposals:submit")),
        }
        if kind == notifications.SUBMITTED:
            template = "proposals/email/submitted"
        else:
            template = "proposals/email/status"
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}.txt", context)
    return EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[proposal.contact_email],
    )


def public_url(path):
    site = Site.objects.filter(is_default_site=True).first()
    root = site.root_url if site else settings.WAGTAILADMIN_BASE_URL
    return root.rstrip("/") + path
