"""`manage.py apply_retention [--dry-run] [--days N]`: erase what is past the retention period.

Run it daily (cron or the task scheduler). What it erases is described in casework/retention.py.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from audit import trail
from audit.models import AuditAction
from casework import retention

ACTOR = "(apply_retention)"  # not a valid user name: never mistaken for a person

# (count, what was done, what a dry run would do)
LINES = [
    ("cases", "closed cases emptied", "closed cases to empty"),
    ("sessions", "session narratives erased", "session narratives to erase"),
    ("incidents", "incident details erased", "incident details to erase"),
    ("referrals", "referral reasons erased", "referral reasons to erase"),
    ("followups", "follow-up titles erased", "follow-up titles to erase"),
    ("consents", "consent purposes erased", "consent purposes to erase"),
    ("emergency_accesses", "emergency access reasons erased", "emergency access reasons to erase"),
    ("attachments", "attachments deleted with their files", "attachments to delete"),
    ("persons", "persons anonymised", "persons to anonymise"),
    ("requests", "notes of their data rights requests erased", "notes of requests to erase"),
    (
        "persons_kept",
        "persons kept: another of their cases is open or closed recently",
        "persons kept: another of their cases is open or closed recently",
    ),
]


class Command(BaseCommand):
    help = "Anonymise persons and erase cases closed longer than the retention period."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would be erased; change nothing."
        )
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help=(
                "Retention period in days (default: CASEWORK_RETENTION_DAYS, "
                f"now {settings.CASEWORK_RETENTION_DAYS})."
            ),
        )

    def handle(self, *args, dry_run, days, **options):
        if days is not None and days < 0:
            raise CommandError("--days cannot be negative.")
        report = retention.apply(days=days, dry_run=dry_run)

        heading = "Dry run, nothing changed" if dry_run else "Retention applied"
        self.stdout.write(f"{heading}: cases closed before {report.cutoff}.")
        for name, done, to_do in LINES:
            self.stdout.write(f"  {getattr(report, name)} {to_do if dry_run else done}")
        if not dry_run:
            trail.record(AuditAction.RETENTION, username=ACTOR, **report.as_details())
