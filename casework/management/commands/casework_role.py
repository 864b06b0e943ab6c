"""Grant or withdraw a casework role on the server, at once: for the first supervisor of a new
installation, when nobody can yet ask and confirm on the casework roles screen. Flagged."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from casework.models import Role, RoleChange, RoleChangeKind, Service, ServiceKind


class Command(BaseCommand):
    help = (
        "Grant or withdraw ROLE (caseworker, supervisor) of SERVICE (listening, migrants, "
        "daycentre) for USERNAME, at once. Everyday changes are asked and confirmed on the "
        "casework roles screen; this is for a new installation. Written to the audit trail and "
        "flagged to the data protection officer."
    )

    def add_arguments(self, parser):
        parser.add_argument("change", choices=RoleChangeKind.values)
        parser.add_argument("username")
        parser.add_argument("service", choices=ServiceKind.values)
        parser.add_argument("role", choices=Role.values)
        parser.add_argument("--by", required=True, help="Username of whoever decided it.")
        parser.add_argument("--reason", required=True, help="The decision it follows.")

    def handle(self, *args, change, username, service, role, by, reason, **options):
        User = get_user_model()
        try:
            user = User.objects.get(username=username)
            decided_by = User.objects.get(username=by)
        except User.DoesNotExist as missing:
            raise CommandError(f"No such user: {missing}") from None
        if len(reason.strip()) < 10:
            raise CommandError("Give a reason of at least ten characters.")
        try:
            RoleChange.apply_on_server(
                user,
                service=Service.objects.get(kind=service),
                role=role,
                change=change,
                by=decided_by,
                reason=reason.strip(),
            )
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        self.stdout.write(f"{username}: {change} {role} of {service}, done and recorded.")
