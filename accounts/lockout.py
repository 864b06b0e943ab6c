"""How repeated failed passwords slow an attacker down without letting him lock anyone out.

Three limits over django-axes' failure records, counted over the last LOGIN_LOCKOUT_MINUTES:

- one address and one username (LOGIN_FAILURE_LIMIT, 5): someone guessing one account from one
  place is stopped there, and only there; the real user elsewhere signs in;
- one address, any username (LOGIN_ADDRESS_FAILURE_LIMIT): password spraying from one place;
- one username, any address (LOGIN_ACCOUNT_FAILURE_LIMIT): a guess spread over many addresses.

The last two would hand an attacker a way to pause the real user (from many addresses, or from
the public address she shares with him: an office, a mobile carrier), so neither applies to a
browser that has already signed in to that account (a signed "known device" cookie, OWASP's
device-cookie defence): there, only the pair's limit holds.

Axes gives the combinations (AXES_LOCKOUT_PARAMETERS, here a callable so the wider limits can
step aside for a known device) and keeps the records; it compares every combination with one
limit, so the handler below measures each against its own.
"""

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import (
    get_client_parameters,
    get_client_username,
    get_cool_off,
    get_failure_limit,
)
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers

PAIR = ("username", "ip_address")
ADDRESS = ("ip_address",)
ACCOUNT = ("username",)

KNOWN_DEVICE_COOKIE = "tiwizi_known_device"
_KNOWN_DEVICE_SALT = "accounts.lockout.known-device"


def limits():
    """The failures each combination allows, by its parameters."""
    return {
        PAIR: settings.LOGIN_FAILURE_LIMIT,
        ADDRESS: settings.LOGIN_ADDRESS_FAILURE_LIMIT,
        ACCOUNT: settings.LOGIN_ACCOUNT_FAILURE_LIMIT,
    }


# --- The known-device cookie ----------------------------------------------------------------------


def known_device_username(request):
    """The username this browser has signed in with before, if its cookie is genuine and fresh."""
    if not hasattr(request, "get_signed_cookie"):  # axes sometimes passes a stored attempt
        return None
    return request.get_signed_cookie(
        KNOWN_DEVICE_COOKIE,
        default=None,
        salt=_KNOWN_DEVICE_SALT,
        max_age=settings.LOGIN_KNOWN_DEVICE_DAYS * 24 * 60 * 60,
    )


def remember_device(request, username):
    """Asked when a password was right: the response will mark this browser as known for it."""
    request.known_device_for = username


class KnownDeviceMiddleware:
    """Sets the known-device cookie on the response to a successful sign-in. The cookie is only
    sent back to the admin, carries only the username, and is signed with SECRET_KEY."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        username = getattr(request, "known_device_for", None)
        if username:
            response.set_signed_cookie(
                KNOWN_DEVICE_COOKIE,
                username,
                salt=_KNOWN_DEVICE_SALT,
                max_age=settings.LOGIN_KNOWN_DEVICE_DAYS * 24 * 60 * 60,
                path=reverse("wagtailadmin_home"),
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response


# --- Axes: which combinations count, and against which limit -------------------------------------


def lockout_parameters(request, credentials=None):
    """AXES_LOCKOUT_PARAMETERS: the pair always; the address and the account too, unless this
    browser has signed in to this account before."""
    username = get_client_username(request, credentials) if request is not None else None
    if username is not None and known_device_username(request) == username:
        return [list(PAIR)]
    return [list(PAIR), list(ADDRESS), list(ACCOUNT)]


class LockoutHandler(AxesDatabaseHandler):
    """Axes' database handler, with each combination measured against its own limit."""

    def get_failures(self, request, credentials=None):
        """The failures of the combination nearest its limit, expressed against axes' single
        limit (the pair's): axes locks when this reaches it, that is when any combination
        reaches its own."""
        rules = get_client_parameters(
            get_client_username(request, credentials),
            request.axes_ip_address,
            request.axes_user_agent,
            request,
            credentials,
        )
        own_limits = limits()
        axes_limit = get_failure_limit(request, credentials)
        worst = 0
        for filter_kwargs, attempts in zip(
            rules, self.get_user_attempts(request, credentials), strict=True
        ):
            failures = attempts.aggregate(n=Sum("failures_since_start"))["n"] or 0
            if not failures:
                continue
            headroom = own_limits[tuple(filter_kwargs)] - failures
            worst = max(worst, axes_limit - headroom)
        return worst

    def reset_user_attempts(self, request, credentials=None):
        """A right password clears the failures of its own address for its own username, and
        no others: it proves nothing about the attempts made from elsewhere, or on other
        accounts from here."""
        count, _ = AccessAttempt.objects.filter(
            username=get_client_username(request, credentials),
            ip_address=request.axes_ip_address,
        ).delete()
        return count


# --- The page -------------------------------------------------------------------------------------


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the page shown while sign-in is paused, in the sign-in look of the
    two-step pages. It says the same thing whichever limit was reached and whether or not the
    username exists, and never repeats the username."""
    cool_off = get_cool_off(request)
    response = render(
        request,
        "accounts/two_factor/locked_out.html",
        {
            "message": settings.AXES_COOLOFF_MESSAGE,
            "minutes": round(cool_off.total_seconds() / 60) if cool_off else None,
            "login_url": reverse("wagtailadmin_login"),
        },
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
    add_never_cache_headers(response)
    return response
