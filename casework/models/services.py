from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

# The services' groups (created by migration 0002), named in each admin language wherever a screen
# shows a group by its name.
GROUP_NAMES = (
    gettext_noop("Listening centre caseworkers"),
    gettext_noop("Listening centre supervisors"),
    gettext_noop("Migrant office caseworkers"),
    gettext_noop("Migrant office supervisors"),
    gettext_noop("Day centre caseworkers"),
    gettext_noop("Day centre supervisors"),
)


class ServiceKind(models.TextChoices):
    LISTENING = "listening", _("Listening centre for women victims of violence")
    MIGRANTS = "migrants", _("Migrant reception and orientation office")
    DAYCENTRE = "daycentre", _("Day centre for young people with disabilities")


class Service(models.Model):
    """One of the three social services that keep case files. Created by a data migration; each
    has a caseworkers group and a supervisors group, which is how staff are placed in it (who is
    in which service is casework.permissions' answer: services_of(), is_supervisor())."""

    kind = models.CharField(_("kind"), max_length=20, choices=ServiceKind.choices, unique=True)
    name = models.CharField(_("name"), max_length=120)
    reference_prefix = models.CharField(_("reference prefix"), max_length=4, unique=True)
    caseworkers_group = models.OneToOneField(
        Group, on_delete=models.PROTECT, related_name="casework_service_as_caseworkers"
    )
    supervisors_group = models.OneToOneField(
        Group, on_delete=models.PROTECT, related_name="casework_service_as_supervisors"
    )

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")
        ordering = ["kind"]

    def __str__(self):
        return self.get_kind_display()
