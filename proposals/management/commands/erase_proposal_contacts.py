"""Erase the contact data and attachments of proposals closed longer than PROPOSALS_CONTACT_RETENTION_DAYS."""

import logging

from django.conf import settings
from django.core.management.base import BaseCommand

from proposals.models import Proposal

logger = logging.getLogger("proposals.retention")


class Command(BaseCommand):
    help = (
        "Erase the contact name, phone, e-mail, guardian's name and attachments of proposals "
        "closed (not eligible, not selected, completed) more than "
        "PROPOSALS_CONTACT_RETENTION_DAYS ago."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would be erased; change nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        days = settings.PROPOSALS_CONTACT_RETENTION_DAYS
        expired = Proposal.objects.contact_expired().order_by("pk")
        if dry_run:
            count = expired.count()
            self.stdout.write(
                f"{count} proposal(s) closed more than {days} days ago would have their "
                "contact data and attachments erased (dry run: nothing changed)."
            )
            return
        count = 0
        for proposal in expired.iterator():
            proposal.erase_contact()
            count += 1
        logger.info("Erased the contact data and attachments of %s closed proposal(s).", count)
        self.stdout.write(
            f"Erased the contact data and attachments of {count} proposal(s) closed more than {days} days ago."
        )
