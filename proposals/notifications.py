"""E-mails to a proposal's contact, sent in the background in the group's language.

Enqueued when the transaction that changed the proposal commits: a rolled-back change sends
nothing, and the task always finds the committed row.
"""

import contextlib
import logging
import threading

from django.db import transaction

logger = logging.getLogger(__name__)

_state = threading.local()

SUBMITTED = "submitted"
STATUS = "status"


def notify_submitted(proposal):
    _enqueue_on_commit(proposal.pk, SUBMITTED, None)


def notify_status(proposal, answer=None):
    _enqueue_on_commit(proposal.pk, STATUS, answer.pk if answer else None)


@contextlib.contextmanager
def suppressed():
    """No e-mail for changes made inside (demo data: synthetic contacts)."""
    _state.suppressed = True
    try:
        yield
    finally:
        _state.suppressed = False


def _enqueue_on_commit(proposal_id, kind, answer_id):
    if getattr(_state, "suppressed", False):
        return

    def enqueue():
        from proposals.tasks import send_proposal_email

        try:
            send_proposal_email.enqueue(proposal_id, kind, answer_id)
        except Exception:
            # The proposal is saved whatever happens to its e-mail.
            logger.exception("Could not queue the e-mail of proposal %s", proposal_id)

    transaction.on_commit(enqueue)
