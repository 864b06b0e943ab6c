"""The absolute lifetime of an admin session, on top of the idle timeout (SESSION_COOKIE_AGE).

Activity keeps a session alive an hour at a time; a session stolen and kept busy, or a shared
computer left signed in all day, would otherwise never end. Sign-in stamps the session; once it is
older than ADMIN_SESSION_MAX_AGE, the next admin request signs the user out and sends her to the
login page with a message.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.contrib.auth.views import redirect_to_login
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

SIGNED_IN_AT = "accounts_signed_in_at"

EXPIRED_MESSAGE = _(
    "For your security, a session lasts at most %(hours)s hours, however active: you have "
    "been signed out. Sign in again to go on."
)


@receiver(user_logged_in, dispatch_uid="stamp_sign_in_time")
def stamp_sign_in_time(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        request.session[SIGNED_IN_AT] = timezone.now().timestamp()


def session_expired(session, now=None):
    """True when this session was signed in longer ago than ADMIN_SESSION_MAX_AGE. A session
    from before the stamp existed is stamped now (its idle timeout still applies)."""
    now = (now or timezone.now()).timestamp()
    signed_in_at = session.get(SIGNED_IN_AT)
    if signed_in_at is None:
        session[SIGNED_IN_AT] = now
        return False
    return now - signed_in_at > settings.ADMIN_SESSION_MAX_AGE


class AdminSessionLifetimeMiddleware:
    """Installed after the authentication and message middlewares."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.path.startswith(settings.ADMIN_URL_PREFIX)
            and request.user.is_authenticated
            and session_expired(request.session)
        ):
            logout(request)
            hours = settings.ADMIN_SESSION_MAX_AGE // 3600
            messages.warning(request, EXPIRED_MESSAGE % {"hours": hours})
            next_url = request.get_full_path() if request.method in ("GET", "HEAD") else ""
            return redirect_to_login(next_url or settings.ADMIN_URL_PREFIX, "wagtailadmin_login")
        return self.get_response(request)
