"""`manage.py verify_audit_chain`: check that no audit entry was altered or removed.

Exits 0 when the whole chain holds; otherwise exits 1 and names the first entry that does not.

A chain rewritten whole by someone with write access to the database holds again; anchors catch
that. `--print-anchor` prints the last link ("ENTRY_ID HASH WHEN") after a good check: append it
somewhere the database's administrators cannot write (the DPO's mailbox, a write-once bucket).
`--anchor FILE` then checks that every anchored entry still has the hash it had.
Safe to run from cron while the site writes: the walk and the chain head are read from one
snapshot, so entries appended during the check are neither missed nor taken for a removed tail.
"""

from contextlib import contextmanager

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from audit.models import AuditEntry
from audit.trail import anchor_line, check_anchors, parse_anchors, verify_chain


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
    help = "Verify the hash chain of the audit trail; exit non-zero if it was tampered with."

    @staticmethod
    def read_anchors(path):
        try:
            with open(path, encoding="utf-8") as anchors:
                return parse_anchors(anchors.read().splitlines())
        except OSError as error:
            raise CommandError(f"Cannot read the anchors in {path}: {error.strerror}.") from None
        except ValueError as error:
            raise CommandError(f"{path}: {error}.") from None

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch-size",
            type=int,
            default=2000,
            help="Entries read from the database at a time (default 2000).",
        )
        parser.add_argument(
            "--anchor",
            metavar="FILE",
            help="Anchors printed by earlier checks (one per line): each anchored entry must "
            "still have its hash.",
        )
        parser.add_argument(
            "--print-anchor",
            action="store_true",
            help="After a good check, print only the anchor line (ENTRY_ID HASH WHEN) on "
            "standard output, to keep off this machine.",
        )

    def handle(self, *args, batch_size, anchor=None, print_anchor=False, **options):
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1.")
        anchors = self.read_anchors(anchor) if anchor else None
        with one_snapshot():
            report = verify_chain(batch_size=batch_size)
            anchored = check_anchors(anchors) if report.ok and anchors is not None else None
        if anchored is not None and not anchored.ok:
            self.stderr.write(
                f"Audit chain REWRITTEN: entry #{anchored.broken_at} {anchored.problem}. "
                "Every hash holds, so the rewrite was made whole: restore from a backup taken "
                "before the anchor and compare."
            )
            raise CommandError(
                f"The audit trail was tampered with (entry #{anchored.broken_at} no longer "
                "matches its anchor).",
                returncode=1,
            )

        if report.ok:
            if print_anchor:
                if report.last_id is None:
                    raise CommandError("The audit trail is empty: there is nothing to anchor.")
                self.stdout.write(anchor_line(report))
                return
            checked = f"Audit chain intact: {report.checked} entries checked"
            if anchors is not None:
                checked += f", {anchored.checked} anchor(s) match"
            self.stdout.write(self.style.SUCCESS(checked + "."))
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
