"""`audit.trail` itself, below the `verify_audit_chain` command: what an entry holds, the hash as
released (an entry written by an earlier version must still verify), the chain head, the checks
and the anchors. Fast tests: `make mutants` runs them against every change of the module."""

from datetime import UTC, datetime
from types import SimpleNamespace
from unittest import mock

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test import RequestFactory

from audit import trail
from audit.models import AuditAction, AuditChainHead, AuditEntry

pytestmark = pytest.mark.django_db

WHEN = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


@pytest.fixture
def someone(django_user_model):
    return django_user_model.objects.create(username="cw-someone")


@pytest.fixture
def someone_else(django_user_model):
    return django_user_model.objects.create(username="cw-someone-else")


def raw_sql(sql, params=()):
    """Tamper behind Django's back, as someone with access to the database would."""
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(
            sql.format(
                entries=quote(AuditEntry._meta.db_table), head=quote(AuditChainHead._meta.db_table)
            ),
            params,
        )


def request_of(user=None):
    request = RequestFactory().get("/admin/")
    if user is not None:
        request.user = user
    return request


# --- The hash as released -------------------------------------------------------------------------

# An entry as the released code wrote it, with its canonical form and hash. Changing either would
# make every entry already in a database fail `verify_audit_chain` after an upgrade.
RELEASED_ENTRY = {
    "at": WHEN,
    "actor_id": 7,
    "actor_username": "cw-listening",
    "action": "view",
    "object_type": "casework.case",
    "object_id": "12",
    "object_repr": "Activité 3",
    "ip_address": "203.0.113.5",
    "flagged": True,
    "details": {"reason": "urgent", "count": 2},
    "previous_hash": trail.GENESIS,
}
RELEASED_CANONICAL = (
    '{"action":"view","actor":7,"actor_username":"cw-listening","at":"2026-03-02T09:30:00+00:00",'
    '"details":{"count":2,"reason":"urgent"},"flagged":true,"ip_address":"203.0.113.5",'
    '"object_id":"12","object_repr":"Activit\\u00e9 3","object_type":"casework.case",'
    '"previous_hash":"' + "0" * 64 + '"}'
)
RELEASED_HASH = "bfe47d7f0720d20b85376653c83f3ac68039e354ddb5fbed1fd5a66cfbeaebc4"


def test_an_entry_written_by_the_released_code_keeps_its_canonical_form_and_hash():
    entry = AuditEntry(**RELEASED_ENTRY)

    assert trail._canonical(entry) == RELEASED_CANONICAL
    assert trail.compute_hash(entry) == RELEASED_HASH


@pytest.mark.parametrize(
    "field, value",
    [
        ("at", datetime(2026, 3, 2, 9, 31, tzinfo=UTC)),
        ("actor_id", 8),
        ("actor_username", "cw-migrants"),
        ("action", "export"),
        ("object_type", "casework.person"),
        ("object_id", "13"),
        ("object_repr", "Activité 4"),
        ("ip_address", "203.0.113.6"),
        ("flagged", False),
        ("details", {"reason": "urgent", "count": 3}),
        ("previous_hash", "1" * 64),
    ],
)
def test_every_field_of_an_entry_is_covered_by_its_hash(field, value):
    entry = AuditEntry(**{**RELEASED_ENTRY, field: value})
    assert trail.compute_hash(entry) != RELEASED_HASH


# --- What record() writes -------------------------------------------------------------------------


def test_an_entry_holds_who_did_what_to_which_record_from_where(someone):
    with trail.from_address("203.0.113.5"):
        with mock.patch.object(trail.timezone, "now", return_value=WHEN):
            entry = trail.record(AuditAction.EXPORT, user=someone, obj=someone, rows=3)

    stored = AuditEntry.objects.get(pk=entry.pk)
    assert stored.at == WHEN
    assert stored.actor == someone
    assert stored.actor_username == "cw-someone"
    assert stored.action == AuditAction.EXPORT
    assert stored.object_type == "auth.user"
    assert stored.object_id == str(someone.pk)
    assert stored.object_repr == "cw-someone"
    assert stored.ip_address == "203.0.113.5"
    assert stored.flagged is False
    assert stored.details == {"rows": 3}


def test_an_entry_outside_any_request_names_no_address_and_no_record(someone):
    entry = trail.record(AuditAction.KEY_ROTATION, username="(rotate_casework_keys)")

    stored = AuditEntry.objects.get(pk=entry.pk)
    assert stored.ip_address is None
    assert stored.actor is None
    assert stored.actor_username == "(rotate_casework_keys)"
    assert (stored.object_type, stored.object_id, stored.object_repr) == ("", "", "")
    assert stored.details == {}


def test_an_entry_with_nobody_named_has_an_empty_actor(db):
    entry = trail.record(AuditAction.RETENTION)
    assert AuditEntry.objects.get(pk=entry.pk).actor_username == ""


def test_a_flagged_entry_stays_flagged(someone):
    entry = trail.record(AuditAction.EMERGENCY_ACCESS, user=someone, flagged=True)
    assert AuditEntry.objects.get(pk=entry.pk).flagged is True


def test_without_a_user_the_actor_comes_from_the_request(someone):
    entry = trail.record(AuditAction.VIEW, request=request_of(someone))

    stored = AuditEntry.objects.get(pk=entry.pk)
    assert stored.actor == someone
    assert stored.actor_username == "cw-someone"


def test_the_user_given_is_the_actor_whatever_the_request_carries(someone, someone_else):
    entry = trail.record(AuditAction.GRANT, user=someone, request=request_of(someone_else))
    assert AuditEntry.objects.get(pk=entry.pk).actor == someone


def test_a_request_that_never_met_authentication_records_no_actor(db):
    entry = trail.record(AuditAction.LOGIN_FAILED, request=request_of(), username="mallory")

    stored = AuditEntry.objects.get(pk=entry.pk)
    assert stored.actor is None
    assert stored.actor_username == "mallory"


def test_an_anonymous_visitor_is_recorded_by_the_name_they_typed(db):
    entry = trail.record(
        AuditAction.LOGIN_FAILED, request=request_of(AnonymousUser()), username="mallory"
    )
    stored = AuditEntry.objects.get(pk=entry.pk)
    assert stored.actor is None
    assert stored.actor_username == "mallory"

    given = trail.record(AuditAction.LOGIN_FAILED, user=AnonymousUser(), username="eve")
    assert AuditEntry.objects.get(pk=given.pk).actor_username == "eve"


def test_a_hostile_user_name_or_record_name_is_cut_to_the_column_width(someone):
    """An attacker typing a 1000-character user name must not make the failed login unrecordable
    (PostgreSQL refuses a value longer than the column)."""

    class LongNamed:
        _meta = SimpleNamespace(label_lower="casework.case")
        pk = 4

        def __str__(self):
            return "x" * 200

    long_object = LongNamed()

    entry = trail.record(AuditAction.LOGIN_FAILED, username="m" * 1000, obj=long_object)

    stored = AuditEntry.objects.get(pk=entry.pk)
    assert stored.actor_username == "m" * 150
    assert stored.object_repr == "x" * 60
    assert stored.object_id == "4"


# --- The chain head -------------------------------------------------------------------------------


def test_the_first_entry_follows_the_genesis_and_the_head_follows_each_entry(someone):
    assert not AuditChainHead.objects.exists()

    first = trail.record(AuditAction.VIEW, user=someone)
    head = AuditChainHead.objects.get(pk=1)
    assert first.previous_hash == trail.GENESIS
    assert first.hash == trail.compute_hash(AuditEntry.objects.get(pk=first.pk))
    assert (head.last_entry_id, head.last_hash) == (first.pk, first.hash)

    second = trail.record(AuditAction.VIEW, user=someone)
    head.refresh_from_db()
    assert second.previous_hash == first.hash
    assert (head.last_entry_id, head.last_hash) == (second.pk, second.hash)
    assert AuditChainHead.objects.count() == 1
    assert trail.verify_chain() == trail.ChainReport(2, last_id=second.pk, last_hash=second.hash)


def test_with_its_head_removed_the_trail_still_records_and_the_check_names_the_break(someone):
    """Deleting the head row must neither stop the site from auditing nor go unnoticed."""
    first = trail.record(AuditAction.VIEW, user=someone)
    raw_sql("DELETE FROM {head}")

    after = trail.record(AuditAction.VIEW, user=someone)

    assert after.previous_hash == trail.GENESIS
    assert AuditChainHead.objects.get().last_entry_id == after.pk
    report = trail.verify_chain()
    assert not report.ok
    assert (report.checked, report.broken_at) == (1, after.pk)
    assert report.problem == "does not follow the entry before it"
    assert first.pk < after.pk


# --- verify_chain ---------------------------------------------------------------------------------


@pytest.fixture
def three(someone):
    return [trail.record(AuditAction.VIEW, user=someone, n=n) for n in range(3)]


def test_an_empty_trail_is_whole_and_has_nothing_to_anchor(db):
    assert trail.verify_chain() == trail.ChainReport(0, last_id=None, last_hash="")
    assert trail.verify_chain().ok


def test_a_whole_chain_read_in_small_batches_is_whole(three):
    report = trail.verify_chain(batch_size=2)
    assert report == trail.ChainReport(3, last_id=three[2].pk, last_hash=three[2].hash)
    assert report.ok


def test_an_altered_entry_is_reported_with_the_entries_that_hold_before_it(three):
    raw_sql("UPDATE {entries} SET action = %s WHERE id = %s", [AuditAction.EXPORT, three[1].pk])

    report = trail.verify_chain()

    assert report == trail.ChainReport(1, three[1].pk, "was altered after it was written")
    assert not report.ok


def test_a_removed_entry_is_reported_at_the_next_one_with_the_entries_before_it(three):
    raw_sql("DELETE FROM {entries} WHERE id = %s", [three[1].pk])

    report = trail.verify_chain()

    assert report == trail.ChainReport(1, three[2].pk, "does not follow the entry before it")


def test_the_last_entry_altered_and_given_a_fresh_hash_is_caught_by_the_head(three):
    last = three[2]
    raw_sql("UPDATE {entries} SET action = %s WHERE id = %s", [AuditAction.EXPORT, last.pk])
    forged = AuditEntry.objects.get(pk=last.pk)
    raw_sql("UPDATE {entries} SET hash = %s WHERE id = %s", [trail.compute_hash(forged), last.pk])

    report = trail.verify_chain()

    assert report == trail.ChainReport(3, last.pk, "is missing: entries were removed from the end")


def test_entries_removed_from_the_end_are_reported_with_those_that_hold(three):
    raw_sql("DELETE FROM {entries} WHERE id = %s", [three[2].pk])

    report = trail.verify_chain()

    assert report == trail.ChainReport(
        2, three[2].pk, "is missing: entries were removed from the end"
    )


def test_a_chain_whose_head_was_removed_is_reported(three):
    raw_sql("DELETE FROM {head}")

    report = trail.verify_chain()

    assert report == trail.ChainReport(3, three[2].pk, "has no chain head: it was removed")
    assert not report.ok


def test_entries_written_after_the_head_was_read_are_left_for_the_next_check(three):
    """The check reads the head first: entries appended meanwhile lie beyond it. A head one entry
    behind stands for that moment."""
    AuditChainHead.objects.filter(pk=1).update(last_entry_id=three[1].pk, last_hash=three[1].hash)

    report = trail.verify_chain()

    assert report == trail.ChainReport(2, last_id=three[1].pk, last_hash=three[1].hash)


def test_a_report_is_whole_only_without_a_break_and_without_a_problem():
    assert trail.ChainReport(3).ok
    assert not trail.ChainReport(3, broken_at=2).ok
    assert not trail.ChainReport(3, problem="has no chain head").ok


# --- Anchors --------------------------------------------------------------------------------------

HASH_A = "a" * 64
HASH_B = "b" * 64


def test_an_anchor_line_is_the_last_link_and_the_time_to_the_second(three):
    report = trail.verify_chain()
    moment = datetime(2026, 3, 2, 9, 30, 15, 123456, tzinfo=UTC)

    line = trail.anchor_line(report, at=moment)

    assert line == f"{three[2].pk} {three[2].hash} 2026-03-02T09:30:15+00:00"
    with mock.patch.object(trail.timezone, "now", return_value=moment):
        assert trail.anchor_line(report) == line
    assert trail.parse_anchors([line]) == [
        (three[2].pk, three[2].hash, "2026-03-02T09:30:15+00:00")
    ]


def test_anchors_are_read_in_entry_order_skipping_blank_and_comment_lines():
    lines = [
        "# kept by the DPO",
        "",
        "   ",
        "  # an indented note",
        f"12 {HASH_B} 2026-03-02 10:00 by mail",
        f"5 {HASH_A}",
        "# the end",
    ]
    assert trail.parse_anchors(lines) == [(5, HASH_A, ""), (12, HASH_B, "2026-03-02 10:00 by mail")]


@pytest.mark.parametrize(
    "line",
    [
        "12",
        HASH_A,
        f"twelve {HASH_A}",
        f"{HASH_A} 12",
        f"12 {HASH_A[:63]}",
        f"12 {HASH_A}a",
    ],
)
def test_a_line_that_is_not_an_anchor_is_refused_with_its_number(line):
    with pytest.raises(ValueError) as error:
        trail.parse_anchors(["# anchors", f"5 {HASH_A}", line])
    assert str(error.value) == "line 3 is not an anchor (ENTRY_ID HASH [WHEN])"


def test_anchors_that_still_match_are_counted(three):
    anchors = [(three[0].pk, three[0].hash, ""), (three[2].pk, three[2].hash, "2026-03-02")]
    assert trail.check_anchors(anchors) == trail.ChainReport(2)


def test_an_anchored_entry_that_changed_is_named_with_the_anchor_date(three):
    anchors = [(three[0].pk, three[0].hash, "2026-03-01"), (three[1].pk, HASH_A, "2026-03-02")]

    report = trail.check_anchors(anchors)

    assert report == trail.ChainReport(
        2,
        three[1].pk,
        "differs from its anchor taken 2026-03-02: the chain was rewritten after that",
    )
    assert not report.ok


def test_an_anchored_entry_that_was_removed_is_named_as_removed(three):
    raw_sql("DELETE FROM {entries} WHERE id = %s", [three[2].pk])

    report = trail.check_anchors([(three[2].pk, three[2].hash, "")])

    assert report == trail.ChainReport(
        1, three[2].pk, "was removed after its anchor: the chain was rewritten after that"
    )
