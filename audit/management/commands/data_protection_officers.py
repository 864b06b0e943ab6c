"""Appoint or relieve a data protection officer, on the server: the DPO group is reserved, so the
Users admin cannot change it (accounts/roles.py). Audited and flagged."""

from accounts.appointments import AppointmentCommand
from audit.permissions import DPO_GROUP


class Command(AppointmentCommand):
    help = (
        "List the data protection officers, or appoint (add) or relieve (remove) USERNAME. The "
        "technical administrator (a superuser) cannot be one: the DPO is who checks him. Every "
        "change is written to the audit trail and flagged."
    )
    group_name = DPO_GROUP
    role = "data_protection_officer"
