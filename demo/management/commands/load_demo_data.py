"""Build the demo: the public site, the personas, casework and youth proposals. Running it again
changes nothing."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from accounts.models import AppDevice
from accounts.twofactor import DEMO_DEVICE_NAME, hex_key_from_base32
from demo import site
from demo.casework import build_casework
from demo.indicators import build_indicators, build_proposals_history
from demo.personas import PERSONAS
from demo.proposals import build_proposals
from demo.releases import build_releases

PARTS = ("site", "personas", "casework", "proposals", "indicators")


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
            "--demo-totp-secret",
            metavar="BASE32",
            help=(
                "Give every demo persona a confirmed TOTP device with this base32 secret, for "
                "the second login step (refused with DEBUG off unless --force)."
            ),
        )
        parser.add_argument(
            "--only",
            action="append",
            choices=PARTS,
            help="Build only this part (repeatable); by default every part is built.",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Allow --demo-password and --demo-totp-secret on a server with DEBUG off.",
        )

    def handle(
        self, *args, demo_password=None, demo_totp_secret=None, force=False, only=None, **options
    ):
        if demo_password and not settings.DEBUG and not force:
            raise CommandError(
                "Refusing to give the demo personas a shared password with DEBUG off: "
                "this looks like a real server. Add --force if it is not."
            )
        totp_key = None
        if demo_totp_secret:
            if not settings.DEBUG and not force:
                raise CommandError(
                    "Refusing to give the demo personas a shared second factor with DEBUG off: "
                    "this looks like a real server. Add --force if it is not."
                )
            try:
                totp_key = hex_key_from_base32(demo_totp_secret)
            except ValueError as exc:
                raise CommandError(f"--demo-totp-secret is not usable: {exc}.") from None
        parts = set(only or PARTS)
        if "site" in parts:
            site.build_home(self.log)
            site.build_site(self.log)
        if "personas" in parts:
            self.load_personas(demo_password)
            if totp_key:
                self.load_totp_devices(totp_key)
        if "casework" in parts:
            build_casework(self.log)
        if "indicators" in parts:
            build_proposals_history(self.log)
        if "proposals" in parts:
            build_proposals(self.log)
        if "indicators" in parts:
            # After the caseload: it tops up what the caseload gives to the targets.
            build_indicators(self.log)
            build_releases(self.log)
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

    @transaction.atomic
    def load_totp_devices(self, hex_key):
        """One confirmed demo TOTP device per persona, all with the given secret."""
        usernames = [persona.username for persona in PERSONAS]
        for user in get_user_model().objects.filter(username__in=usernames):
            device, created = AppDevice.objects.get_or_create(
                user=user, name=DEMO_DEVICE_NAME, defaults={"key": hex_key, "confirmed": True}
            )
            if not created and (device.key != hex_key or not device.confirmed):
                device.key, device.confirmed, device.drift, device.last_t = hex_key, True, 0, -1
                device.save(update_fields=["key", "confirmed", "drift", "last_t"])
        self.log(f"{len(usernames)} demo personas share the given TOTP secret.")
