from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    default = True  # the module holds UsersConfig too
    name = "accounts"
    verbose_name = _("Sign-in security")

    def ready(self):
        from accounts import sessions, signals  # noqa: F401 (connect their sign-in receivers)


class UsersConfig(WagtailUsersAppConfig):
    """Wagtail's Users and Groups admin without the reserved roles (accounts/users.py); it takes
    the place of "wagtail.users" in INSTALLED_APPS."""

    default = False
    user_viewset = "accounts.users.UserViewSet"
    group_viewset = "accounts.users.GroupViewSet"
