"""`manage.py backup`: one encrypted archive of the database and every stored file."""

from django.core.management.base import BaseCommand, CommandError

from ops.backup import BackupError, create_archive, human_size


class Command(BaseCommand):
    help = (
        "Write one archive of the database and of every stored file, encrypted to the age keys "
        "in BACKUP_RECIPIENTS: by default BACKUP_DIR/tiwizi-YYYYmmddTHHMMSSZ.tar.age, keeping "
        "the newest BACKUP_KEEP archives there. The casework keys and SECRET_KEY are never in it: "
        "keep them apart. The database dump passes through a private temporary folder (TMPDIR)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            metavar="FILE",
            help="Write the archive to FILE instead (BACKUP_DIR is then left as it is).",
        )

    def handle(self, *args, output=None, **options):
        try:
            result = create_archive(output=output)
        except BackupError as error:
            raise CommandError(str(error)) from None
        for name in result.skipped:
            self.stderr.write(f"Skipped {name}: deleted while the backup ran.")
        pruned = f"; {len(result.pruned)} older archives removed" if result.pruned else ""
        self.stdout.write(
            self.style.SUCCESS(
                f"Backup written: {result.path} ({human_size(result.size)}; database with "
                f"{result.rows} rows in {result.tables} tables; {result.files} files{pruned})."
            )
        )
