"""Appoint or relieve a partnership coordinator, on the server: the coordinators read live
figures, small counts about the listening centre included, so their group is reserved and the
Users admin cannot change it (accounts/roles.py). Audited and flagged."""

from accounts.appointments import AppointmentCommand
from indicators.permissions import COORDINATORS_GROUP


class Command(AppointmentCommand):
    help = (
        "List the partnership coordinators, or appoint (add) or relieve (remove) USERNAME. The "
        "technical administrator (a superuser) cannot be one. Every change is written to the "
        "audit trail and flagged."
    )
    group_name = COORDINATORS_GROUP
    role = "partnership_coordinator"
