from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CaseworkConfig(AppConfig):
    name = "casework"
    verbose_name = _("Casework")

    def ready(self):
        from casework.rights import reapply_after_restore
        from ops.signals import archive_restored

        archive_restored.connect(reapply_after_restore, dispatch_uid="casework-erasure-ledger")
