from django.apps import AppConfig
from django.core.management import call_command
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def create_cache_tables(using, **kwargs):
    """The database caches' tables (the shared rate limits without Redis), made wherever the
    database is migrated: `make run`, deploy/install, `tiwizi-manage migrate` after a restore,
    the test databases. Django leaves this to `createcachetable`, which is easy to forget in one
    of them, and then every public form answers 500."""
    call_command("createcachetable", database=using, verbosity=0)


class OpsConfig(AppConfig):
    """Running the platform: the task worker's heartbeat, the health check's probes, backup and
    restore. No feature lives here, and nothing here reads a confidential record."""

    name = "ops"
    verbose_name = _("Operations")

    def ready(self):
        post_migrate.connect(create_cache_tables, sender=self)
