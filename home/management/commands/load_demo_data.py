"""Build the demo site and its personas. Running it again changes nothing."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from casework.demo import build_casework
from home import demo
from home.personas import PERSONAS


class Command(BaseCommand):
    help = (
        "Load the demo content built from the seed documents, and the demo personas. "
        "Idempotent: a second run leaves the same rows."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--demo-password",
            help="Give every demo persona this password (refused with DEBUG off unless --force).",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Allow --demo-password on a server with DEBUG off.",
        )

    def handle(self, *args, demo_password=None, force=False, **options):
        if demo_password and not settings.DEBUG and not force:
            raise CommandError(
                "Refusing to give the demo personas a shared password with DEBUG off: "
                "this looks like a real server. Add --force if it is not."
            )
        demo.build_home(self.log)
        self.load_personas(demo_password)
        build_casework(self.log)
        self.stdout.write(self.style.SUCCESS("Demo data is loaded."))

    def log(self, message):
        self.stdout.write(f"  {message}")

    @transaction.atomic
    def load_personas(self, demo_password):
        User = get_user_model()
        generated = []
        for persona in PERSONAS:
            user, created = User.objects.get_or_create(
                username=persona.username,
                defaults={
                    "first_name": persona.first_name,
                    "last_name": persona.last_name,
                    "email": persona.email,
                    "is_staff": persona.superuser,
                    "is_superuser": persona.superuser,
                },
            )
            if demo_password:
                user.set_password(demo_password)
                user.save(update_fields=["password"])
            elif created:
                password = secrets.token_urlsafe(12)
                user.set_password(password)
                user.save(update_fields=["password"])
                generated.append((persona, password))
            groups = Group.objects.filter(name__in=persona.groups)
            missing = set(persona.groups) - set(groups.values_list("name", flat=True))
            if missing:
                raise CommandError(f"Groups missing for {persona.username}: {sorted(missing)}")
            user.groups.add(*groups)
        if generated:
            self.stdout.write("Demo personas created, with these passwords (shown once):")
            for persona, password in generated:
                self.stdout.write(f"  {persona.username:<16} {password:<20} {persona.role}")
        elif demo_password:
            self.log(f"{len(PERSONAS)} demo personas share the given password.")
