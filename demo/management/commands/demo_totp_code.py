"""Print the current second-step code of a demo persona, for testers without a phone."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from accounts.models import AppDevice
from accounts.twofactor import DEMO_DEVICE_NAME, current_code


class Command(BaseCommand):
    help = (
        "Print the TOTP code a demo persona's device accepts now (the device that "
        "`load_demo_data --demo-totp-secret` made). Refused with DEBUG off."
    )

    def add_arguments(self, parser):
        parser.add_argument("username", nargs="?", default="cw-listening")

    def handle(self, *args, username, **options):
        if not settings.DEBUG:
            raise CommandError(
                "Refusing to print second-step codes with DEBUG off: this looks like a real server."
            )
        device = (
            AppDevice.objects.filter(user__username=username, name=DEMO_DEVICE_NAME, confirmed=True)
            .order_by("pk")
            .first()
        )
        if device is None:
            raise CommandError(
                f"{username!r} has no demo TOTP device: run "
                "`manage.py load_demo_data --demo-totp-secret BASE32` first."
            )
        now = time.time()
        seconds_left = device.step - int(now - device.t0) % device.step
        self.stdout.write(current_code(device, at=now))
        self.stderr.write(f"Valid for {seconds_left} more seconds (and accepted once per persona).")
