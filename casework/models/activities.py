from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from audit import trail
from audit.models import AuditAction
from casework.models.people import Person
from casework.models.services import Service


class ActivityKind(models.TextChoices):
    INFORMATION_MEETING = "information_meeting", _("Information meeting for migrants")
    SUPPORT_GROUP = "support_group", _("Support group")
    PARENTS_GROUP = "parents_group", _("Parents' support group")
    WORKSHOP = "workshop", _("Workshop or outing")
    AWARENESS = "awareness", _("Awareness campaign")


class GroupActivity(models.Model):
    """A collective activity and who came, counted by sex. Information meetings for migrants count
    people who have no case; participants with a case may be linked for their file."""

    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="activities")
    kind = models.CharField(_("kind"), max_length=30, choices=ActivityKind.choices)
    title = models.CharField(_("title"), max_length=200)
    date = models.DateField(_("date"), default=timezone.localdate)
    place = models.CharField(_("place"), max_length=200, blank=True)
    women_count = models.PositiveSmallIntegerField(_("women attending"), default=0)
    men_count = models.PositiveSmallIntegerField(_("men attending"), default=0)
    participants = models.ManyToManyField(
        Person, blank=True, related_name="activities", verbose_name=_("participants with a case")
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        verbose_name = _("group activity")
        verbose_name_plural = _("group activities")
        ordering = ["-date"]

    def __str__(self):
        return f"{self.title} ({self.date:%Y-%m-%d})"

    @property
    def attendance(self):
        return self.women_count + self.men_count

    @transaction.atomic
    def add(self, *, by, participants=()):
        """Record this new activity and who came; audited."""
        self.recorded_by = by
        self.full_clean()
        self.save()
        self.participants.set(participants)
        trail.record(AuditAction.CREATE, user=by, obj=self)

    @transaction.atomic
    def save_edit(self, *, by, fields, participants=None, among=None):
        """Save an edit (validated by its form). `participants`, if given, are the linked persons
        among `among`, the persons the editor may see (permissions.visible_persons): only those
        links change; the ones a colleague made to persons the editor may not see are kept.
        Audited."""
        self.save()
        if participants is not None:
            if among is None:
                raise ValueError("Say among which persons the participants were chosen.")
            among = set(among.values_list("pk", flat=True))
            chosen = {person.pk for person in participants}
            if not chosen <= among:
                raise ValidationError(_("A participant you may not see cannot be linked."))
            current = set(self.participants.values_list("pk", flat=True))
            self.participants.remove(*((current & among) - chosen))
            self.participants.add(*(chosen - current))
        trail.record(AuditAction.CHANGE, user=by, obj=self, fields=sorted(fields))

    @transaction.atomic
    def remove(self, *, by):
        """Delete this activity, recording what it was (its kind, service and counts, no name)."""
        trail.record(
            AuditAction.DELETE,
            user=by,
            obj=self,
            kind=self.kind,
            service=self.service_id,
            women=self.women_count,
            men=self.men_count,
        )
        self.delete()
