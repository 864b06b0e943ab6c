"""The audit trail moved from casework to its own app: a database migrated from the schema before
the move keeps every entry, and its chain still verifies."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from audit import trail
from audit.models import AuditEntry

BEFORE = [("casework", "0006_forget_wagtail_history"), ("audit", None)]


def migrate(targets):
    """Migrate to `targets`; the models as they were there."""
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state([t for t in targets if t[1]]).apps


def latest():
    executor = MigrationExecutor(connection)
    return executor.loader.graph.leaf_nodes()


def write_entries_as_before(old_apps, count):
    """Entries written by the old `casework.audit.record()`: same fields, same hashing."""
    Entry = old_apps.get_model("casework", "AuditEntry")
    Head = old_apps.get_model("casework", "AuditChainHead")
    ContentType = old_apps.get_model("contenttypes", "ContentType")
    ContentType.objects.get_or_create(app_label="casework", model="auditentry")
    previous = trail.GENESIS
    for number in range(count):
        entry = Entry(
            at=timezone.now(),
            actor_username=f"cw-{number}",
            action="view",
            object_type="casework.case",
            object_id=str(number),
            object_repr=f"LC-2026-{number:05d}",
            details={"n": number},
            previous_hash=previous,
        )
        entry.hash = trail.compute_hash(entry)
        entry.save()
        previous = entry.hash
    Head.objects.create(pk=1, last_entry_id=entry.pk, last_hash=previous)
    return previous


@pytest.mark.django_db(transaction=True)
def test_a_trail_written_before_the_move_verifies_after_it_and_goes_on():
    old_apps = migrate(BEFORE)
    last_hash = write_entries_as_before(old_apps, 5)

    migrate(latest())

    assert AuditEntry.objects.count() == 5
    report = trail.verify_chain()
    assert report.ok and report.checked == 5 and report.last_hash == last_hash
    trail.record("view", username="after-the-move")
    report = trail.verify_chain()
    assert report.ok and report.checked == 6
    # The permission to read it moved with its content type: one, under the new app.
    assert list(
        ContentType.objects.filter(model="auditentry").values_list("app_label", flat=True)
    ) == ["audit"]
