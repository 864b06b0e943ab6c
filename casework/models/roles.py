from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from audit import trail
from audit.models import AuditAction
from casework.models.services import Service


class Role(models.TextChoices):
    CASEWORKER = "caseworker", _("Caseworker")
    SUPERVISOR = "supervisor", _("Supervisor")


class RoleChangeKind(models.TextChoices):
    GRANT = "grant", _("Grant")
    WITHDRAW = "withdraw", _("Withdraw")


class RoleChangeStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for a second person")
    CONFIRMED = "confirmed", _("Confirmed")
    REFUSED = "refused", _("Refused")
    CANCELLED = "cancelled", _("Cancelled")


class RoleChangeQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=RoleChangeStatus.PENDING)

    def decided(self):
        return self.exclude(status=RoleChangeStatus.PENDING)


def role_group(service, role):
    return service.supervisors_group if role == Role.SUPERVISOR else service.caseworkers_group


def holds_role(user, service, role):
    return user.groups.filter(pk=role_group(service, role).pk).exists()


class RoleChange(models.Model):
    """A casework role granted to or withdrawn from a staff member: asked by one responsible
    person, applied only when a second one confirms. Staff meet it on the casework roles screen
    (casework/viewsets/roles.py); who may ask and confirm is casework.permissions' answer. Each
    step is flagged to the DPO in the audit trail. The generic Users admin cannot change these
    roles (accounts/roles.py)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="casework_role_changes",
        verbose_name=_("staff member"),
    )
    service = models.ForeignKey(
        Service, on_delete=models.PROTECT, related_name="role_changes", verbose_name=_("service")
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    change = models.CharField(_("change"), max_length=10, choices=RoleChangeKind.choices)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=RoleChangeStatus.choices,
        default=RoleChangeStatus.PENDING,
        db_index=True,
    )
    # Null only for a change made on the server (`manage.py casework_role`), named in the trail.
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        related_name="+",
        verbose_name=_("asked by"),
    )
    requested_at = models.DateTimeField(_("asked on"), default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided on"), null=True, blank=True)

    objects = RoleChangeQuerySet.as_manager()

    class Meta:
        verbose_name = _("casework role change")
        verbose_name_plural = _("casework role changes")
        ordering = ["-requested_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "service", "role"],
                condition=models.Q(status="pending"),
                name="one_pending_change_per_role",
            )
        ]

    def __str__(self):
        # Staff, not the people served: the audit trail may name them.
        return (
            f"{self.user.get_username()}: {self.get_change_display()} {self.get_role_display()}, "
            f"{self.service}"
        )

    @property
    def group(self):
        return role_group(self.service, self.role)

    def _audit(self, action, by, **details):
        trail.record(
            action,
            user=by,
            obj=self,
            flagged=True,
            subject=self.user_id,
            service=self.service.kind,
            role=self.role,
            change=self.change,
            **details,
        )

    @classmethod
    def _validate_new(cls, user, service, role, change):
        if user.is_superuser:
            raise ValidationError(
                _("An administrator account cannot hold a casework role: it would open nothing.")
            )
        if not user.is_active:
            raise ValidationError(_("This account is deactivated."))
        held = holds_role(user, service, role)
        if change == RoleChangeKind.GRANT and held:
            raise ValidationError(_("She already holds this role."))
        if change == RoleChangeKind.WITHDRAW and not held:
            raise ValidationError(_("She does not hold this role."))
        if cls.objects.pending().filter(user=user, service=service, role=role).exists():
            raise ValidationError(_("A change of this role is already waiting for confirmation."))

    @classmethod
    def request(cls, user, *, service, role, change, by):
        """Ask for `change` of `user`'s `role` in `service`; nothing changes until a second person
        confirms. Nobody asks for a change of her own roles."""
        if by.pk == user.pk:
            raise ValidationError(_("Nobody may ask for a change of her own roles."))
        with transaction.atomic():
            cls._validate_new(user, service, role, change)
            role_change = cls.objects.create(
                user=user, service=service, role=role, change=change, requested_by=by
            )
            role_change._audit(AuditAction.ROLE_REQUEST, by)
        return role_change

    def _decide(self, by, status):
        if self.status != RoleChangeStatus.PENDING:
            raise ValidationError(_("This change was already decided."))
        self.status, self.decided_by, self.decided_at = status, by, timezone.now()
        self.save(update_fields=["status", "decided_by", "decided_at"])

    def _apply(self):
        if self.change == RoleChangeKind.GRANT:
            self.user.groups.add(self.group)
        else:
            self.user.groups.remove(self.group)

    def confirm(self, *, by):
        """The second person's yes: the role is granted or withdrawn now."""
        if by.pk in (self.requested_by_id, self.user_id):
            raise ValidationError(
                _("A second person confirms: neither who asked nor the staff member concerned.")
            )
        with transaction.atomic():
            locked = type(self).objects.select_for_update().get(pk=self.pk)
            if locked.status != RoleChangeStatus.PENDING:
                raise ValidationError(_("This change was already decided."))
            if self.change == RoleChangeKind.GRANT and self.user.is_superuser:
                raise ValidationError(
                    _(
                        "An administrator account cannot hold a casework role: it would open nothing."
                    )
                )
            self._decide(by, RoleChangeStatus.CONFIRMED)
            self._apply()
            self._audit(
                AuditAction.GRANT if self.change == RoleChangeKind.GRANT else AuditAction.REVOKE,
                by,
                requested_by=self.requested_by_id,
            )

    def refuse(self, *, by):
        if by.pk == self.requested_by_id:
            raise ValidationError(_("Who asked cancels her request instead."))
        with transaction.atomic():
            self._decide(by, RoleChangeStatus.REFUSED)
            self._audit(AuditAction.ROLE_REFUSE, by)

    def cancel(self, *, by):
        if by.pk != self.requested_by_id:
            raise ValidationError(_("Only who asked may cancel her request."))
        with transaction.atomic():
            self._decide(by, RoleChangeStatus.CANCELLED)
            self._audit(AuditAction.ROLE_CANCEL, by)

    @classmethod
    def apply_on_server(cls, user, *, service, role, change, by, reason):
        """A change made on the server (`manage.py casework_role`, `by` who decided it), for the
        first supervisor of a new installation when nobody can yet ask and confirm: applied at
        once, flagged."""
        with transaction.atomic():
            cls._validate_new(user, service, role, change)
            role_change = cls.objects.create(
                user=user,
                service=service,
                role=role,
                change=change,
                status=RoleChangeStatus.CONFIRMED,
                decided_by=by,
                decided_at=timezone.now(),
            )
            role_change._apply()
            role_change._audit(
                AuditAction.GRANT if change == RoleChangeKind.GRANT else AuditAction.REVOKE,
                by,
                on_server=True,
                reason=reason[:200],
            )
        return role_change
