"""Two-factor authentication for the admin, and the lockout page.

Whoever `rules.requires_two_factor()` names (casework roles, the data protection officer,
superusers) reaches no admin URL until this session has been verified with a TOTP code from a
confirmed device (django-otp). Without a confirmed device they are sent to enrolment, with one to
verification. Other admin users are not stopped.
"""

import base64
import binascii
import time
from functools import wraps
from urllib.parse import urlencode

import django_otp
import qrcode
import qrcode.image.svg
from django import forms
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.http import HttpResponseRedirect
from django.urls import Resolver404, resolve, reverse
from django.utils.decorators import method_decorator
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.generic import FormView
from django_otp.oath import TOTP
from wagtail.admin.localization import get_localized_response

from accounts.models import AppDevice
from accounts.passkeys import UNVERIFIED_URL_NAMES, confirmed_passkeys, passkeys_work_here
from accounts.rules import requires_two_factor
from audit import trail
from audit.models import AuditAction

# The name of the device `load_demo_data --demo-totp-secret` gives the demo personas; only these
# devices' codes are ever printed (`manage.py demo_totp_code`).
DEMO_DEVICE_NAME = "demo"
DEVICE_NAME = "authenticator app"

# What an authenticated but unverified user may still reach under /admin/: these pages, signing
# in and out, and what their templates load (the JavaScript catalogue and the icon sprite).
EXEMPT_URL_NAMES = {
    "two_factor_setup",
    "two_factor_verify",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
}


# --- Secrets and codes (no database) --------------------------------------------------------------


def hex_key_from_base32(secret):
    """The hex key django-otp stores for a base32 secret as authenticator apps show it.
    Raises ValueError for anything that is not base32 of at least 80 bits."""
    cleaned = "".join(str(secret).split()).upper().rstrip("=")
    try:
        raw = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except (binascii.Error, ValueError):
        raise ValueError("not a base32 secret") from None
    if len(raw) < 10:
        raise ValueError("a TOTP secret needs at least 80 bits (16 base32 characters)")
    return raw.hex()


def base32_secret(device):
    """The device's secret as an authenticator app wants it typed: base32, in groups of four."""
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def current_code(device, at=None):
    """The code `device` accepts now (or at the Unix time `at`), zero-padded."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() if at is None else at
    return f"{totp.token():0{device.digits}d}"


def qr_code_svg(text):
    """`text` as an inline SVG QR code, drawn on the server: no script, no outside request."""
    image = qrcode.make(
        text, image_factory=qrcode.image.svg.SvgPathFillImage, box_size=10, border=4
    )
    # The text is drawn as path geometry, never written into the markup: nothing to escape.
    return mark_safe(image.to_string(encoding="unicode"))  # noqa: S308  # nosec B308 B703


# --- Devices ----------------------------------------------------------------------------------------


def confirmed_devices(user):
    return AppDevice.objects.filter(user=user, confirmed=True).order_by("pk")


def pending_device(user):
    """The unconfirmed device shown at enrolment: the same one on every visit until confirmed."""
    device = AppDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = AppDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    return device


def verification_status(user):
    """Where `user` stands: "verified", "verify" (has a device), "enrol" (has none), or None
    when no second factor is asked of them."""
    if not (user.is_authenticated and requires_two_factor(user)):
        return None
    if user.is_verified():
        return "verified"
    return "verify" if confirmed_devices(user).exists() else "enrol"


# --- Middleware -------------------------------------------------------------------------------------


def _with_next(url, next_url):
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


class TwoFactorMiddleware:
    """Stops an unverified user who needs a second factor at the door of every admin URL.

    Installed after django_otp's OTPMiddleware, which tells whether this session was verified.
    A stopped request is redirected before any view runs, whatever the method.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        redirect = self.redirect_for(request)
        if redirect is not None:
            return redirect
        return self.get_response(request)

    def redirect_for(self, request):
        if not request.path.startswith(reverse("wagtailadmin_home")):
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified() or not requires_two_factor(user):
            return None
        try:
            match = resolve(request.path_info)
            if match.url_name in EXEMPT_URL_NAMES or match.view_name in UNVERIFIED_URL_NAMES:
                return None
        except Resolver404:
            pass
        next_url = request.get_full_path() if request.method in ("GET", "HEAD") else ""
        if confirmed_devices(user).exists():
            return HttpResponseRedirect(_with_next(reverse("two_factor_verify"), next_url))
        return HttpResponseRedirect(_with_next(reverse("two_factor_setup"), next_url))


# --- Forms ------------------------------------------------------------------------------------------


class TokenForm(forms.Form):
    otp_token = forms.RegexField(
        label=_("Code from your authenticator app"),
        regex=r"^\s*\d{6}\s*$",
        max_length=12,
        help_text=_("Six digits. The code changes every 30 seconds."),
        error_messages={
            "required": _("Enter the six-digit code."),
            "invalid": _("Enter the six digits shown by your authenticator app."),
        },
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "autofocus": True,
                "spellcheck": "false",
            }
        ),
    )

    def __init__(self, *args, devices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.devices = list(devices)
        self.device = None

    def clean_otp_token(self):
        token = self.cleaned_data["otp_token"].strip()
        if not any(device.verify_is_allowed()[0] for device in self.devices):
            raise forms.ValidationError(
                _("Too many wrong codes. Wait a little, then enter the current code."),
                code="throttled",
            )
        for device in self.devices:
            # Each check locks the device row, so a code cannot be accepted twice at once, and
            # counts failures for django-otp's growing wait between attempts.
            self.device = django_otp.verify_token(device.user, device.persistent_id, token)
            if self.device is not None:
                return token
        raise forms.ValidationError(
            _(
                "This code is not valid. Enter the code your app shows now; "
                "if it keeps failing, check that your phone's clock is right."
            ),
            code="invalid_token",
        )


# --- Views ------------------------------------------------------------------------------------------


def _localized(view):
    """Render in the user's admin language and time zone, as Wagtail's own admin views do."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        return get_localized_response(view, request, *args, **kwargs)

    return wrapper


@method_decorator(never_cache, name="dispatch")
@method_decorator(sensitive_post_parameters("otp_token"), name="dispatch")
@method_decorator(_localized, name="dispatch")
class TwoFactorView(FormView):
    form_class = TokenForm

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
        status = verification_status(request.user)
        if status in (None, "verified"):
            return HttpResponseRedirect(self.next_url())
        if status != self.handles:
            url = "two_factor_verify" if status == "verify" else "two_factor_setup"
            return HttpResponseRedirect(_with_next(reverse(url), self.next_url(default="")))
        return super().dispatch(request, *args, **kwargs)

    def next_url(self, default=None):
        candidate = self.request.POST.get("next") or self.request.GET.get("next") or ""
        if candidate and url_has_allowed_host_and_scheme(
            candidate,
            allowed_hosts={self.request.get_host()},
            require_https=self.request.is_secure(),
        ):
            return candidate
        return reverse("wagtailadmin_home") if default is None else default

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            next=self.next_url(default=""), issuer=settings.OTP_TOTP_ISSUER, **kwargs
        )

    def verified(self, device, **details):
        """Mark this session verified, under a new session id, audit it and go on."""
        django_otp.login(self.request, device)
        self.request.session.cycle_key()
        trail.record(AuditAction.LOGIN, user=self.request.user, request=self.request, **details)
        return HttpResponseRedirect(self.next_url())

    def form_invalid(self, form):
        if form.has_error("otp_token", "invalid_token") or form.has_error("otp_token", "throttled"):
            trail.record(
                AuditAction.LOGIN_FAILED,
                user=self.request.user,
                request=self.request,
                step=self.audit_step,
            )
        return super().form_invalid(form)


class VerifyView(TwoFactorView):
    """Second step of every login for the roles that need it: the current code of their app."""

    handles = "verify"
    audit_step = "second_factor"
    template_name = "accounts/two_factor/verify.html"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "devices": confirmed_devices(self.request.user)}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            offer_passkey=passkeys_work_here(self.request)
            and confirmed_passkeys(self.request.user).exists(),
            **kwargs,
        )

    def form_valid(self, form):
        return self.verified(form.device, step=self.audit_step)


class SetupView(TwoFactorView):
    """Enrolment, once: scan the QR code (or type the secret) into an app, confirm with a code.

    Only for a user with no confirmed device, so a stolen password cannot add a second one."""

    handles = "enrol"
    audit_step = "enrolment"
    template_name = "accounts/two_factor/setup.html"

    def get_form_kwargs(self):
        self.device = pending_device(self.request.user)
        return {**super().get_form_kwargs(), "devices": [self.device]}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["qr_code"] = format_html(
            '<div class="two-factor-qr-code" role="img" aria-label="{}">{}</div>',
            _("QR code of your secret key, to scan with an authenticator app"),
            qr_code_svg(self.device.config_url),
        )
        context["secret"] = base32_secret(self.device)
        return context

    def form_valid(self, form):
        device = form.device
        with transaction.atomic():
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            AppDevice.objects.filter(user=device.user, confirmed=False).delete()
        return self.verified(device, step=self.audit_step)
