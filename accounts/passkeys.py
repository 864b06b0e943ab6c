"""Passkeys (django-otp-webauthn) as a second step, besides the authenticator app.

A passkey never replaces the password (passwordless sign-in is off, so the lockout and the login
audit stay in front of everything): it replaces typing the six-digit code. It is added from the
"Two-step verification" page once the session has been verified with the app, so a stolen password
cannot add one; each addition, removal, use and failed use goes to the audit trail.

The library's JSON endpoints are subclassed here and mounted under /admin/two-factor/passkeys/
(`accounts.passkey_urls`); the ones a user not yet verified must reach are exempt from
`twofactor.TwoFactorMiddleware`.
"""

import json
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView
from django.views.i18n import JavaScriptCatalog
from django_otp import login as otp_login
from django_otp_webauthn import exceptions as webauthn_exceptions
from django_otp_webauthn import views as webauthn_views
from wagtail.admin.localization import get_localized_response
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from accounts.models import AppDevice, Passkey
from accounts.rules import requires_two_factor
from audit import trail
from audit.models import AuditAction

# Endpoints a signed-in user who has not passed the second step yet must reach.
UNVERIFIED_URL_NAMES = {
    "otp_webauthn:credential-authentication-begin",
    "otp_webauthn:credential-authentication-complete",
    "otp_webauthn:js-i18n-catalog",
}


def passkeys_work_here(request):
    """Whether a passkey ceremony can succeed on this address: browsers bind a passkey to a domain
    (the relying party id) and refuse it on any other host, an IP address included."""
    host = urlsplit(f"//{request.get_host()}").hostname or ""
    rp_id = settings.OTP_WEBAUTHN_RP_ID
    return host == rp_id or host.endswith(f".{rp_id}")


def confirmed_passkeys(user):
    return Passkey.objects.filter(user=user, confirmed=True).order_by("pk")


# --- The library's endpoints, with our rules ------------------------------------------------------


class NotVerifiedYet(webauthn_exceptions.OTPWebAuthnApiError):
    status_code = 403
    default_detail = _("Verify this sign-in with your authenticator app first.")
    default_code = "not_verified"


class InAdminLanguage:
    """Answer in the user's admin language and time zone, as Wagtail's own views do."""

    def dispatch(self, request, *args, **kwargs):
        return get_localized_response(super().dispatch, request, *args, **kwargs)


class RegistrationRules(InAdminLanguage):
    """Who may add a passkey, and failures answered in the user's language (the library's own
    messages are not translated into French, Arabic or Tamazight); the code stays for the script."""

    failure = _("This passkey could not be added. Try again, or keep using your authenticator app.")

    def check_can_register(self):
        # Stricter than the library, which lets a user with no device at all register one: here
        # the first device is always the app, confirmed with a code, at enrolment.
        user = self.request.user
        if not (requires_two_factor(user) and user.is_verified()):
            raise NotVerifiedYet()
        super().check_can_register()

    def handle_exception(self, exc):
        if isinstance(exc, webauthn_exceptions.OTPWebAuthnApiError):
            detail = exc.detail if isinstance(exc, NotVerifiedYet) else self.failure
            return JsonResponse({"detail": str(detail), "code": exc.code}, status=exc.status_code)
        return super().handle_exception(exc)


class BeginRegistration(RegistrationRules, webauthn_views.BeginCredentialRegistrationView):
    pass


class CompleteRegistration(RegistrationRules, webauthn_views.CompleteCredentialRegistrationView):
    def post(self, *args, **kwargs):
        response = super().post(*args, **kwargs)
        device = json.loads(response.content)["id"]  # the library answers {"id": pk}
        trail.record(AuditAction.GRANT, request=self.request, what="passkey", device=device)
        return response


class BeginAuthentication(InAdminLanguage, webauthn_views.BeginCredentialAuthenticationView):
    pass


class CompleteAuthentication(InAdminLanguage, webauthn_views.CompleteCredentialAuthenticationView):
    """The second step done with a passkey: the same session rules as with a code."""

    def complete_auth(self, device):
        if device.user_id != self.request.user.pk:  # passwordless is off: always signed in
            raise webauthn_exceptions.CredentialUserMismatch()
        otp_login(self.request, device)
        self.request.session.cycle_key()
        trail.record(AuditAction.LOGIN, request=self.request, step="passkey")

    def get_success_url(self):
        return self.get_redirect_url() or reverse("wagtailadmin_home")

    def handle_exception(self, exc):
        if not isinstance(exc, webauthn_exceptions.OTPWebAuthnApiError):
            raise exc
        if self.request.user.is_authenticated:
            trail.record(AuditAction.LOGIN_FAILED, request=self.request, step="passkey")
        detail = _("This passkey was not accepted. Try again, or enter the code from your app.")
        return JsonResponse({"detail": str(detail), "code": exc.code}, status=exc.status_code)


def javascript_catalog(request):
    """The passkey script's messages, in the user's admin language."""
    view = JavaScriptCatalog.as_view(packages=["django_otp_webauthn"])
    return get_localized_response(view, request)


# --- The user's own page: her app and her passkeys -------------------------------------------------


@method_decorator(never_cache, name="dispatch")
class DevicesView(WagtailAdminTemplateMixin, TemplateView):
    """What a casework user confirms her sign-ins with; she adds and removes passkeys here."""

    template_name = "accounts/two_factor/devices.html"
    page_title = _("Two-step verification")
    header_icon = "key"

    def dispatch(self, request, *args, **kwargs):
        if not (request.user.is_authenticated and requires_two_factor(request.user)):
            raise Http404
        return get_localized_response(super().dispatch, request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("wagtailadmin_account"), "label": _("Account")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            app_devices=AppDevice.objects.filter(user=self.request.user, confirmed=True),
            passkeys=confirmed_passkeys(self.request.user),
            passkeys_work_here=passkeys_work_here(self.request),
            rp_id=settings.OTP_WEBAUTHN_RP_ID,
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        """Remove one of her passkeys. If it confirmed this very session, the session is no
        longer verified and the next page asks for the app's code."""
        passkey = get_object_or_404(
            confirmed_passkeys(request.user), pk=request.POST.get("remove_passkey")
        )
        device = passkey.pk
        passkey.delete()
        trail.record(AuditAction.REVOKE, request=request, what="passkey", device=device)
        messages.success(request, str(_("The passkey was removed.")))
        return HttpResponseRedirect(reverse("two_factor_devices"))
