"""`manage.py rotate_casework_keys [--dry-run]`: re-encrypt casework data under the newest key.

1. Generate a key (`python -c "from cryptography.fernet import Fernet;
   print(Fernet.generate_key().decode())"`) and put it first in CASEWORK_ENCRYPTION_KEYS.
2. Restart the app servers and workers (they now write under the new key, read both).
3. Run this command. It exits non-zero if anything could not be decrypted.
4. Run `--dry-run`: it must report nothing left to re-encrypt. Then drop the old key.
"""

from django.core.management.base import BaseCommand, CommandError

from audit import trail
from audit.models import AuditAction
from casework import keys

ACTOR = "(rotate_casework_keys)"  # not a valid user name: never mistaken for a person


class Command(BaseCommand):
    help = "Re-encrypt every encrypted casework field and attachment under the newest key."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Count what would be re-encrypted; write nothing.",
        )
        parser.add_argument(
            "--batch-size",
            type=int,
            default=500,
            help="Rows re-encrypted per transaction (default 500).",
        )

    def handle(self, *args, dry_run, batch_size, **options):
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1.")
        report = keys.rotate_all(dry_run=dry_run, batch_size=batch_size)

        verb = "would be re-encrypted" if dry_run else "re-encrypted"
        for label, count in sorted(report.values.items()):
            self.stdout.write(f"{label}: {count} values in {report.rows[label]} rows {verb}")
        self.stdout.write(
            f"Total: {report.total_values} values in {report.total_rows} rows and "
            f"{report.files} attachment files {verb}."
        )
        if not dry_run:
            trail.record(AuditAction.KEY_ROTATION, username=ACTOR, **report.as_details())

        if report.unreadable:
            self.stderr.write("No configured key decrypts:")
            for where in report.unreadable:
                self.stderr.write(f"  {where}")
            raise CommandError(
                f"{len(report.unreadable)} values or files could not be decrypted: keep every "
                "old key until they are restored or accounted for.",
                returncode=2,
            )
        if dry_run:
            self.stdout.write("Dry run: nothing was written.")
        else:
            self.stdout.write(self.style.SUCCESS("Everything is under the newest key."))
