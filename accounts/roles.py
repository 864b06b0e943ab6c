"""Roles the generic Users and Groups admin may not give or take away.

Some groups open confidential records: a casework service's caseworkers and supervisors, the data
protection officers. Membership of those is granted by the people responsible for them, on their
own screen, with a second person's confirmation (casework's roles screen, a server command for
the DPO). An app names its groups with the `register_reserved_groups` Wagtail hook (a function
returning a Group queryset); the Users admin, the Groups admin and the "Assign role" bulk action
then neither offer nor change them (accounts/users.py).
"""

from django.contrib.auth.models import Group
from django.db.models import Q
from wagtail import hooks


def reserved_groups():
    """Every group an app reserved (a queryset, evaluated where it is used)."""
    reserved = Q(pk__in=[])
    for hook in hooks.get_hooks("register_reserved_groups"):
        reserved |= Q(pk__in=hook().values("pk"))
    return Group.objects.filter(reserved)


def open_groups():
    """The groups the generic admin may grant."""
    return Group.objects.exclude(pk__in=reserved_groups().values("pk"))


def reserved_groups_of(user):
    if user.pk is None:
        return Group.objects.none()
    return reserved_groups().filter(user=user)
