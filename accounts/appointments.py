"""Appointing someone to a reserved role that no service screen manages (the data protection
officers, the partnership coordinators): on the server, by a management command, naming who
decided it and why. The role's group is reserved (accounts/roles.py), so the Users admin cannot
change it; every change is written to the audit trail and flagged."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from audit import trail
from audit.models import AuditAction


class AppointmentCommand(BaseCommand):
    """A `list | add | remove USERNAME --by --reason` command for one reserved group. A subclass
    names the group and the role (as written in the audit trail)."""

    group_name = None
    role = None

    def add_arguments(self, parser):
        parser.add_argument("change", choices=["list", "add", "remove"])
        parser.add_argument("username", nargs="?")
        parser.add_argument("--by", help="Username of whoever decided it, for the audit trail.")
        parser.add_argument("--reason", help="The decision it follows, for the audit trail.")

    @transaction.atomic
    def handle(self, *args, change, username, by, reason, **options):
        group, _created = Group.objects.get_or_create(name=self.group_name)
        User = get_user_model()
        if change == "list":
            for user in group.user_set.order_by("username"):
                self.stdout.write(user.get_username())
            return
        if not (username and by and reason and len(reason.strip()) >= 10):
            raise CommandError("Give USERNAME, --by and a --reason of at least ten characters.")
        try:
            user = User.objects.get(username=username)
            decided_by = User.objects.get(username=by)
        except User.DoesNotExist as missing:
            raise CommandError(f"No such user: {missing}") from None
        if change == "add":
            if user.is_superuser:
                raise CommandError(f"A superuser cannot be appointed to the role {self.role}.")
            group.user_set.add(user)
        else:
            group.user_set.remove(user)
        trail.record(
            AuditAction.GRANT if change == "add" else AuditAction.REVOKE,
            user=decided_by,
            obj=user,
            flagged=True,
            role=self.role,
            reason=reason.strip()[:200],
        )
        self.stdout.write(f"{username}: {'appointed' if change == 'add' else 'relieved'}.")
