"""django-tasks-db's worker, with the heartbeat the health check reads (ops.worker).

Same name and options as the library's command, which it replaces ("ops" comes before
"django_tasks_db" in INSTALLED_APPS), so every way of starting a worker beats."""

import os

from django.utils.autoreload import DJANGO_AUTORELOAD_ENV
from django_tasks_db.management.commands import db_worker

from ops.worker import Heartbeat


class Command(db_worker.Command):
    help = db_worker.Command.help + ", writing a heartbeat for /healthz"

    def handle(self, *args, **options):
        # With --reload the first process only watches files and restarts the second, which
        # runs the tasks: only that one beats.
        if options.get("reload") and os.environ.get(DJANGO_AUTORELOAD_ENV) != "true":
            return super().handle(*args, **options)
        heartbeat = Heartbeat(options["worker_id"])
        heartbeat.start()
        try:
            return super().handle(*args, **options)
        finally:
            heartbeat.stop()
