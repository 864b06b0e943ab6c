from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    name = "audit"
    verbose_name = _("Audit trail")

    def ready(self):
        # The lowest app, loaded by every configuration that serves the admin: from here every
        # CSV and XLSX export of the admin is written formula-safe (cms/exports.py).
        from cms import exports, forms

        exports.protect_every_export()
        # And no record chosen in an admin form can be a crafted id that answers 500.
        forms.guard_record_choices()
