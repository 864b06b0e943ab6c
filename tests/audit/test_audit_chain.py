"""The audit trail's hash chain: `manage.py verify_audit_chain` finds any altered or removed entry,
and the chain stays one line when many requests write at once."""

import io
import threading
import time

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.models import Count

from audit import trail
from audit.models import AuditAction, AuditEntry

pytestmark = pytest.mark.django_db


def verify_audit_chain(*args):
    """Run the command; return its exit status and everything it printed."""
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("verify_audit_chain", *args, stdout=out, stderr=err)
    except CommandError as error:
        return error.returncode, out.getvalue() + err.getvalue() + str(error)
    return 0, out.getvalue() + err.getvalue()


def raw_sql(sql, params=()):
    """Tamper with the audit table the way someone with database access would: behind Django."""
    table = connection.ops.quote_name(AuditEntry._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(sql.format(table=table), params)


@pytest.fixture
def five_entries(cw_listening):
    """Five entries written the normal way, oldest first."""
    return [trail.record(AuditAction.VIEW, user=cw_listening, object_note=n).pk for n in range(5)]


def test_an_untouched_chain_is_reported_whole_with_the_number_of_entries(five_entries):
    status, output = verify_audit_chain()
    assert status == 0
    assert "Audit chain intact: 5 entries checked." in output


def test_an_empty_audit_trail_is_whole(db):
    status, output = verify_audit_chain()
    assert status == 0
    assert "0 entries checked" in output


def test_an_entry_altered_in_the_database_is_named(five_entries):
    third = five_entries[2]
    raw_sql("UPDATE {table} SET actor_username = %s WHERE id = %s", ["somebody-else", third])

    status, output = verify_audit_chain()

    assert status == 1
    assert f"BROKEN at entry #{third}: it was altered after it was written" in output
    assert "2 entries before it hold" in output


def test_an_entry_whose_flag_was_cleared_is_named(cw_listening, five_entries):
    flagged = trail.record(AuditAction.EMERGENCY_ACCESS, user=cw_listening, flagged=True)
    trail.record(AuditAction.VIEW, user=cw_listening)
    raw_sql("UPDATE {table} SET flagged = %s WHERE id = %s", [False, flagged.pk])

    status, output = verify_audit_chain()

    assert status == 1
    assert f"entry #{flagged.pk}: it was altered" in output


def test_an_altered_entry_given_a_fresh_hash_breaks_the_link_to_the_next_one(five_entries):
    second, third = five_entries[1], five_entries[2]
    raw_sql("UPDATE {table} SET action = %s WHERE id = %s", [AuditAction.LOGIN, second])
    forged = AuditEntry.objects.get(pk=second)
    raw_sql("UPDATE {table} SET hash = %s WHERE id = %s", [trail.compute_hash(forged), second])

    status, output = verify_audit_chain()

    assert status == 1
    assert f"BROKEN at entry #{third}: it does not follow the entry before it" in output


def rewrite_whole_chain_from(pk):
    """What someone with write access to the database and this code can do: alter an entry, then
    recompute every hash after it and the chain head, so that the chain holds again."""
    from audit.models import AuditChainHead

    raw_sql("UPDATE {table} SET actor_username = %s WHERE id = %s", ["somebody-else", pk])
    previous = AuditEntry.objects.filter(pk__lt=pk).order_by("-pk").first()
    previous_hash = previous.hash if previous else trail.GENESIS
    for entry in AuditEntry.objects.filter(pk__gte=pk).order_by("pk"):
        entry.previous_hash = previous_hash
        previous_hash = trail.compute_hash(entry)
        raw_sql(
            "UPDATE {table} SET previous_hash = %s, hash = %s WHERE id = %s",
            [entry.previous_hash, previous_hash, entry.pk],
        )
    AuditChainHead.objects.filter(pk=1).update(last_hash=previous_hash)


def test_an_anchor_kept_elsewhere_catches_a_chain_rewritten_whole(five_entries, tmp_path):
    status, anchor = verify_audit_chain("--print-anchor")
    assert status == 0
    last = AuditEntry.objects.latest("pk")
    assert anchor.split()[:2] == [str(last.pk), last.hash]
    anchors = tmp_path / "anchors.txt"
    anchors.write_text(f"# kept by the DPO\n{anchor}")

    rewrite_whole_chain_from(five_entries[1])

    assert verify_audit_chain()[0] == 0  # every hash holds: the rewrite alone goes unseen
    status, output = verify_audit_chain("--anchor", str(anchors))
    assert status == 1
    assert f"entry #{last.pk} differs from its anchor taken {anchor.split()[2]}" in output


def test_anchors_still_match_once_new_entries_are_written(five_entries, cw_listening, tmp_path):
    anchors = tmp_path / "anchors.txt"
    anchors.write_text(verify_audit_chain("--print-anchor")[1])
    trail.record(AuditAction.VIEW, user=cw_listening)

    status, output = verify_audit_chain("--anchor", str(anchors))

    assert status == 0
    assert "6 entries checked, 1 anchor(s) match" in output


def test_a_file_that_holds_no_anchor_is_refused_with_the_line(five_entries, tmp_path):
    anchors = tmp_path / "anchors.txt"
    anchors.write_text("12 not-a-hash\n")
    status, output = verify_audit_chain("--anchor", str(anchors))
    assert status == 1 and "line 1 is not an anchor" in output


def test_an_entry_removed_from_the_middle_is_found_at_the_next_entry(five_entries):
    third, fourth = five_entries[2], five_entries[3]
    raw_sql("DELETE FROM {table} WHERE id = %s", [third])

    status, output = verify_audit_chain()

    assert status == 1
    assert f"BROKEN at entry #{fourth}: it does not follow the entry before it" in output
    assert f"the last whole entry is #{five_entries[1]}" in output


def test_entries_removed_from_the_end_are_found(five_entries):
    raw_sql("DELETE FROM {table} WHERE id >= %s", [five_entries[3]])

    status, output = verify_audit_chain()

    assert status == 1
    assert f"BROKEN at entry #{five_entries[4]}: it is missing" in output
    assert f"the last whole entry is #{five_entries[2]}" in output


def test_an_emptied_audit_table_is_found(five_entries):
    raw_sql("DELETE FROM {table}")

    status, output = verify_audit_chain()

    assert status == 1
    assert f"entry #{five_entries[4]}: it is missing" in output


@pytest.mark.django_db(transaction=True)
def test_run_from_cron_outside_any_transaction_the_command_reports_a_whole_chain(cw_listening):
    for n in range(3):
        trail.record(AuditAction.VIEW, user=cw_listening, object_note=n)

    status, output = verify_audit_chain()

    assert status == 0
    assert "3 entries checked" in output
    # Its snapshot is closed: the next request writes as usual.
    assert connection.get_autocommit() and not connection.in_atomic_block
    trail.record(AuditAction.VIEW, user=cw_listening)
    assert verify_audit_chain()[0] == 0


# --- Many writers at once -------------------------------------------------------------------------

WRITERS = 8
ENTRIES_EACH = 40


def _in_threads(count, target):
    """Run `target(n)` in `count` threads started together; return what they raised."""
    barrier = threading.Barrier(count)
    errors = []

    def run(n):
        try:
            barrier.wait(timeout=30)
            target(n)
        except Exception as exc:  # noqa: BLE001 (reported by the test)
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    return threads, errors


@pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason=(
        "SQLite's in-memory test database is shared between threads through its shared cache, "
        "whose table locks fail at once ('database table is locked') instead of waiting: it "
        "cannot stand in for concurrent requests. Run on PostgreSQL (scripts/with-postgres); "
        "bench/bench_audit_chain.py checks concurrent processes on an SQLite file."
    ),
)
@pytest.mark.django_db(transaction=True)
def test_many_concurrent_writers_keep_one_unbroken_chain():

    def write(n):
        for i in range(ENTRIES_EACH):
            trail.record(AuditAction.VIEW, username=f"writer-{n}", sequence=i)

    checks = []

    def check_while_writing(_n):
        while any(thread.is_alive() for thread in writers):
            checks.append(verify_audit_chain())

    started = time.monotonic()
    writers, errors = _in_threads(WRITERS, write)
    checker, checker_errors = _in_threads(1, check_while_writing)
    for thread in writers + checker:
        thread.join(timeout=120)
    elapsed = time.monotonic() - started

    assert not errors + checker_errors
    report = trail.verify_chain()
    assert report.ok, report
    assert report.checked == WRITERS * ENTRIES_EACH
    forks = AuditEntry.objects.values("previous_hash").annotate(n=Count("pk")).filter(n__gt=1)
    assert not forks.exists(), "two entries claim the same predecessor: the chain forked"
    per_writer = AuditEntry.objects.values("actor_username").annotate(n=Count("pk"))
    assert {row["n"] for row in per_writer} == {ENTRIES_EACH}
    # The command run during the writes never took a new entry for a removed one.
    assert checks and all(status == 0 for status, _output in checks), checks
    print(
        f"\n{WRITERS * ENTRIES_EACH} entries by {WRITERS} threads in {elapsed:.2f} s, "
        f"verified {len(checks)} times meanwhile"
    )
