"""Remove a user's second-step devices (a lost or stolen phone), audited and flagged."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from accounts.models import AppDevice, Passkey
from audit import trail
from audit.models import AuditAction


class Command(BaseCommand):
    help = (
        "Remove every second-step device of USERNAME (authenticator app, passkeys), so that her next sign-in asks her to enrol a new "
        "phone. Give the reason; the reset is written to the audit trail and flagged to the data "
        "protection officer. If the phone may be in someone else's hands, reset her password too."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--reason", required=True, help="Why, for the audit trail.")
        parser.add_argument(
            "--by", required=True, help="Username of the administrator doing the reset."
        )

    @transaction.atomic
    def handle(self, *args, username, reason, by, **options):
        User = get_user_model()
        try:
            user = User.objects.get(username=username)
            operator = User.objects.get(username=by)
        except User.DoesNotExist as missing:
            raise CommandError(f"No such user: {missing}") from None
        if len(reason.strip()) < 10:
            raise CommandError("Give a reason of at least ten characters.")
        removed, _details = AppDevice.objects.filter(user=user).delete()
        passkeys = Passkey.objects.filter(user=user)
        removed += passkeys.count()
        passkeys.delete()
        trail.record(
            AuditAction.REVOKE,
            user=operator,
            obj=user,
            flagged=True,
            what="second_factor",
            devices=removed,
            # The administrator's operational reason, about a device, never about a case.
            reason=reason.strip()[:200],
        )
        self.stdout.write(
            f"{removed} device(s) removed for {username}; her next sign-in asks for a new one. "
            "Reset her password too if the phone may be in someone else's hands."
        )
