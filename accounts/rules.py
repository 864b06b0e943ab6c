"""Who must sign in with a second step."""

from wagtail import hooks


def requires_two_factor(user):
    """The technical administrator (superusers), and whoever an app's `requires_two_factor` hook
    names: casework staff (casework/wagtail_hooks.py), data protection officers
    (audit/wagtail_hooks.py). An app whose users read confidential records registers its own."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or any(rule(user) for rule in hooks.get_hooks("requires_two_factor"))
