"""`manage.py index_names`: compute every person's name tokens again.

Needed only after a change of NAME_TOKEN_BITS (casework/models/people.py) or of
CASEWORK_BLIND_INDEX_KEY; Person.save() keeps them current otherwise. One transaction.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from casework.models.people import rebuild_name_tokens


class Command(BaseCommand):
    help = "Compute the blind name tokens of every person again (search by any part of a name)."

    def handle(self, *args, **options):
        with transaction.atomic():
            count = rebuild_name_tokens()
        self.stdout.write(f"Name tokens of {count} persons computed.")
