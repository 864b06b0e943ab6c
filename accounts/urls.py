"""Two-step verification, mounted under /admin/two-factor/ before the admin it guards
(accounts.twofactor.TwoFactorMiddleware)."""

from django.urls import include, path

from accounts import passkeys, twofactor

urlpatterns = [
    path("setup/", twofactor.SetupView.as_view(), name="two_factor_setup"),
    path("verify/", twofactor.VerifyView.as_view(), name="two_factor_verify"),
    path("", passkeys.DevicesView.as_view(), name="two_factor_devices"),
    path("passkeys/", include("accounts.passkey_urls")),
]
