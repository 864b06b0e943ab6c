"""`manage.py reapply_erasures`: after a restore of an archive older than some erasures."""

from django.core.management.base import BaseCommand

from casework.rights import reapply_erasures


class Command(BaseCommand):
    help = (
        "Erase again every person of the erasure ledger (the private storage's erasure-ledger/) "
        "whose file, restored from an archive made before her erasure, holds something of her. "
        "`manage.py restore` runs it once the schema is current; run it after `migrate` when "
        "the restore said so. Audited; erasing twice changes nothing."
    )

    def handle(self, *args, **options):
        again = reapply_erasures()
        self.stdout.write(f"{again} erasure(s) made again.")
