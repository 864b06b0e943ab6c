"""`manage.py verify_audit_chain`: check that no audit entry was altered or removed.

Exits 0 when the whole chain holds; otherwise exits 1 and names the first entry that does not.
Safe to run from cron while the site writes: the walk and the chain head are read from one
snapshot, so entries appended during the check are neither missed nor taken for a removed tail.
"""

from contextlib import contextmanager

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from casework.audit import verify_chain
from casework.models import AuditEntry


@contextmanager
def one_snapshot():
    """Read the entries and the chain head as of one moment, without holding writers back.

    Read separately, entries committed during the walk would look like a removed tail.
    """
    if connection.in_atomic_block:
        yield  # already inside a transaction (a test): its snapshot
    elif connection.vendor == "postgresql":
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            yield
    elif connection.vendor == "sqlite":
        # Django's atomic() would BEGIN IMMEDIATE (transaction_mode) and lock writers out for
        # the whole check; a deferred read transaction in WAL mode keeps a snapshot and lets
        # them write. Django stays in autocommit and issues no transaction statement meanwhile.
        with connection.cursor() as cursor:
            cursor.execute("BEGIN DEFERRED")
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute("COMMIT")
    else:
        with transaction.atomic():
            yield


class Command(BaseCommand):
    help = (
        "Verify the hash chain of the casework audit trail; exit non-zero if it was tampered with."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch-size",
            type=int,
            default=2000,
            help="Entries read from the database at a time (default 2000).",
        )

    def handle(self, *args, batch_size, **options):
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1.")
        with one_snapshot():
            report = verify_chain(batch_size=batch_size)

        if report.ok:
            self.stdout.write(
                self.style.SUCCESS(f"Audit chain intact: {report.checked} entries checked.")
            )
            return

        last_whole = (
            AuditEntry.objects.filter(pk__lt=report.broken_at)
            .order_by("-pk")
            .values_list("pk", flat=True)
            .first()
            if report.broken_at
            else None
        )
        lines = [
            f"Audit chain BROKEN at entry #{report.broken_at}: it {report.problem}.",
            f"{report.checked} entries before it hold"
            + (f"; the last whole entry is #{last_whole}." if last_whole else "."),
        ]
        self.stderr.write("\n".join(lines))
        raise CommandError(
            f"The audit trail was tampered with (first broken entry #{report.broken_at}).",
            returncode=1,
        )
