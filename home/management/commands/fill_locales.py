"""Give every live page a place in every locale: its translation, else a marked fallback."""

from django.core.management.base import BaseCommand
from django.db import transaction

from home.fallbacks import fill_every_locale


class Command(BaseCommand):
    help = (
        "Create the missing fallbacks (aliases of the source page) so that every live page is in "
        "every locale. Pages published from now on get theirs when they are published; run this "
        "once on a site that had pages before. Running it again changes nothing."
    )

    def handle(self, **options):
        from wagtail.models import Page

        before = Page.objects.filter(alias_of__isnull=False).count()
        with transaction.atomic():
            fill_every_locale()
        created = Page.objects.filter(alias_of__isnull=False).count() - before
        self.stdout.write(f"{created} fallback pages created.")
