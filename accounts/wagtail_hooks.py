"""Registers sign-in security with the Wagtail admin."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from accounts.rules import requires_two_factor
from accounts.users import AssignOpenRoleBulkAction, DeleteOpenAccountsBulkAction


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    """A link on the account page to the user's app and passkeys, for whoever must use them."""
    if not requires_two_factor(request.user):
        return None
    return {
        "url": reverse("two_factor_devices"),
        "label": _("Two-step verification"),
        "help_text": _("Your authenticator app and your passkeys."),
    }


# After Wagtail's own "Assign role" and "Delete" (same action types), so they replace them.
hooks.register("register_bulk_action", AssignOpenRoleBulkAction, order=1)
hooks.register("register_bulk_action", DeleteOpenAccountsBulkAction, order=1)
