"""`manage.py restore`: rebuild the database and the stored files from one archive."""

import os

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor

from ops.backup import BackupError, restore_archive
from ops.signals import archive_restored


class Command(BaseCommand):
    help = (
        "Restore an archive written by `manage.py backup` into the configured database and "
        "storages. The whole archive is decrypted into a private temporary folder (TMPDIR) and "
        "checked against its manifest before anything is written; an empty target is required "
        "unless --force. Stop the web servers and the task worker first; afterwards run "
        "`manage.py migrate` if this code is newer than the archive. Exits non-zero if any table "
        "or file differs from the archive once restored. Erasures made since the archive (the "
        "erasure ledger) are then made again."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", metavar="ARCHIVE", help="The .tar.age archive.")
        parser.add_argument(
            "--identity",
            metavar="FILE",
            default=os.environ.get("BACKUP_IDENTITY_FILE"),
            help=(
                "The file holding the age secret key (AGE-SECRET-KEY-1...) of one of the "
                "archive's recipients; default: BACKUP_IDENTITY_FILE."
            ),
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help=(
                "Replace a database and storages that already hold data (files not in the "
                "archive are left where they are)."
            ),
        )

    def handle(self, *args, archive, identity=None, force=False, **options):
        try:
            result = restore_archive(
                archive, identity, force=force, log=lambda line: self.stdout.write(line)
            )
        except BackupError as error:
            raise CommandError(str(error)) from None
        if result.mismatches:
            for mismatch in result.mismatches:
                self.stderr.write(f"Mismatch: {mismatch}")
            count = len(result.mismatches)
            raise CommandError(
                f"The restored data differs from the archive ({count} "
                f"{'difference' if count == 1 else 'differences'}, listed above)."
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored the archive of {result.manifest['created_at']}: {result.rows} rows in "
                f"{result.tables} tables, all as counted in the archive, and {result.files} files "
                f"in {result.storages} storages."
            )
        )
        schema_current = not _pending_migrations()
        for _receiver, line in archive_restored.send(
            sender=self.__class__, manifest=result.manifest, schema_current=schema_current
        ):
            if line:
                self.stdout.write(str(line))


def _pending_migrations():
    connection = connections[DEFAULT_DB_ALIAS]
    executor = MigrationExecutor(connection)
    return executor.migration_plan(executor.loader.graph.leaf_nodes())
