"""Logins, failed logins and logouts go into the audit trail, with the client's address; a right
password also marks the browser as known to that account (accounts/lockout.py).

A failed login names the username that was tried, never the password. Imported by
AccountsConfig.ready().
"""

# Importing axes' receivers first connects them first: by the time ours runs, axes has counted
# this failure and marked the request if the username is (now) locked.
import axes.signals  # noqa: F401, I001
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver

from accounts.lockout import remember_device
from audit import trail
from audit.models import AuditAction
from accounts.addresses import current_request
from accounts.roles import reserved_groups_of


@receiver(user_logged_in, dispatch_uid="audit_login")
def audit_login(sender, request, user, **kwargs):
    trail.record(AuditAction.LOGIN, user=user, request=request, step="password")


@receiver(user_logged_in, dispatch_uid="remember_known_device")
def remember_known_device(sender, request, user, **kwargs):
    if request is not None:
        remember_device(request, user.get_username())


@receiver(user_login_failed, dispatch_uid="audit_login_failed")
def audit_login_failed(sender, credentials, request=None, **kwargs):
    # Django has already replaced the password in `credentials`; only the username is kept.
    attempted = str(credentials.get(get_user_model().USERNAME_FIELD) or "")
    details = {"step": "password"}
    if getattr(request, "axes_locked_out", False):
        details["locked_out"] = True
    # An anonymous actor makes the entry name the attempted username, even if the browser is
    # logged in as someone else.
    trail.record(
        AuditAction.LOGIN_FAILED,
        user=AnonymousUser(),
        request=request,
        username=attempted,
        **details,
    )


@receiver(user_logged_out, dispatch_uid="audit_logout")
def audit_logout(sender, request, user, **kwargs):
    if user is None:  # the session had already ended
        return
    trail.record(AuditAction.LOGOUT, user=user, request=request)


@receiver(pre_save, sender=get_user_model(), dispatch_uid="audit_staff_activation_before")
def _remember_activation(sender, instance, update_fields=None, **kwargs):
    if instance.pk is None or (update_fields is not None and "is_active" not in update_fields):
        return
    before = sender.objects.filter(pk=instance.pk).values_list("is_active", flat=True).first()
    instance._was_active = before


@receiver(post_save, sender=get_user_model(), dispatch_uid="audit_staff_activation")
def audit_staff_activation(sender, instance, created, **kwargs):
    """An account holding a reserved role (casework, DPO) deactivated or reactivated, from any
    screen: flagged to the DPO, who would otherwise not know her colleague, or herself, was
    locked out."""
    before = getattr(instance, "_was_active", None)
    instance.__dict__.pop("_was_active", None)
    if created or before is None or before == instance.is_active:
        return
    roles = sorted(reserved_groups_of(instance).values_list("name", flat=True))
    if roles:
        trail.record(
            AuditAction.CHANGE,
            request=current_request(),
            obj=instance,
            flagged=True,
            is_active=instance.is_active,
            roles=roles,
        )
