from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpsConfig(AppConfig):
    """Running the platform: the task worker's heartbeat, the health check's probes, backup and
    restore. No feature lives here, and nothing here reads a confidential record."""

    name = "ops"
    verbose_name = _("Operations")
