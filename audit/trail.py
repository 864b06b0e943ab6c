"""Writing and verifying the audit trail.

`record()` appends one entry. Entries form a hash chain: each hash covers the entry's fields and
the previous hash. Writers take a row lock on the single AuditChainHead row, so the chain stays a
line, not a tree, however many processes write at once. Nothing sensitive goes in: a record is
named by its type, id and pseudonymous reference, never by a person's name or a narrative.
"""

import hashlib
import json
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from audit.models import AuditChainHead, AuditEntry

GENESIS = "0" * 64

# The address of the client whose request is being served, as accounts' middleware read it: every
# entry written while serving it (by a view, a model's verb, a signal) carries it.
_client_address = ContextVar("audit_client_address", default=None)


@contextmanager
def from_address(address):
    """Entries recorded inside this block name `address` as where they came from."""
    token = _client_address.set(address)
    try:
        yield
    finally:
        _client_address.reset(token)


def _canonical(entry):
    return json.dumps(
        {
            "at": entry.at.isoformat(),
            "actor": entry.actor_id,
            "actor_username": entry.actor_username,
            "action": entry.action,
            "object_type": entry.object_type,
            "object_id": entry.object_id,
            "object_repr": entry.object_repr,
            "ip_address": entry.ip_address,
            "flagged": entry.flagged,
            "details": entry.details,
            "previous_hash": entry.previous_hash,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=True,
    )


def compute_hash(entry):
    return hashlib.sha256(_canonical(entry).encode()).hexdigest()


def record(action, *, user=None, request=None, obj=None, flagged=False, username=None, **details):
    """Append an audit entry. `details` must hold no sensitive value (codes, ids, counts)."""
    if request is not None and user is None:
        user = getattr(request, "user", None)
    if user is not None and not user.is_authenticated:
        user = None
    entry = AuditEntry(
        at=timezone.now(),
        actor=user,
        actor_username=(user.get_username() if user else (username or ""))[:150],
        action=action,
        ip_address=_client_address.get(),
        flagged=flagged,
        details=details,
    )
    if obj is not None:
        entry.object_type = obj._meta.label_lower
        entry.object_id = str(obj.pk)
        entry.object_repr = str(obj)[:60]
    with transaction.atomic():
        head = AuditChainHead.objects.select_for_update().filter(pk=1).first()
        if head is None:
            head, _created = AuditChainHead.objects.get_or_create(
                pk=1, defaults={"last_hash": GENESIS}
            )
            head = AuditChainHead.objects.select_for_update().get(pk=1)
        entry.previous_hash = head.last_hash
        entry.hash = compute_hash(entry)
        entry.save()
        head.last_entry_id = entry.pk
        head.last_hash = entry.hash
        head.save(update_fields=["last_entry_id", "last_hash"])
    return entry


@dataclass
class ChainReport:
    checked: int
    broken_at: int | None = None
    problem: str = ""
    last_id: int | None = None
    last_hash: str = ""

    @property
    def ok(self):
        return self.broken_at is None and not self.problem


def verify_chain(batch_size=2000):
    """Walk the chain from the first entry up to the head read at the start; report the first
    entry that does not hold. Entries written while it runs are beyond that head and left for
    the next check, so a busy site never looks tampered with."""
    head = AuditChainHead.objects.filter(pk=1).first()
    limit = head.last_entry_id if head is not None else None
    previous = GENESIS
    checked = 0
    last_id = 0
    queryset = AuditEntry.objects.order_by("pk")
    if limit is not None:
        queryset = queryset.filter(pk__lte=limit)
    for entry in queryset.iterator(chunk_size=batch_size):
        if entry.previous_hash != previous:
            return ChainReport(checked, entry.pk, "does not follow the entry before it")
        if compute_hash(entry) != entry.hash:
            return ChainReport(checked, entry.pk, "was altered after it was written")
        previous = entry.hash
        last_id = entry.pk
        checked += 1
    if head is not None and (head.last_entry_id != last_id or head.last_hash != previous):
        return ChainReport(
            checked, head.last_entry_id, "is missing: entries were removed from the end"
        )
    if head is None and checked:
        return ChainReport(checked, last_id, "has no chain head: it was removed")
    return ChainReport(checked, last_id=last_id or None, last_hash=previous if checked else "")


def anchor_line(report, at=None):
    """The chain's last link as one line to keep off this machine: "ENTRY_ID HASH WHEN".

    Whoever can write to the database can rewrite the whole chain so that it holds again; they
    cannot change what was copied elsewhere before. `check_anchors` compares the two."""
    at = at or timezone.now()
    return f"{report.last_id} {report.last_hash} {at.isoformat(timespec='seconds')}"


def parse_anchors(lines):
    """[(entry id, hash, when)] from lines of `anchor_line` (blank and # lines skipped).
    Raises ValueError naming the first line that is not an anchor."""
    anchors = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.split()
        if len(parts) < 2 or not parts[0].isdigit() or len(parts[1]) != 64:
            raise ValueError(f"line {number} is not an anchor (ENTRY_ID HASH [WHEN])")
        anchors.append((int(parts[0]), parts[1], " ".join(parts[2:])))
    return sorted(anchors)


def check_anchors(anchors):
    """Compare anchors taken earlier (`parse_anchors`) with the entries as they are now: a
    ChainReport naming the oldest anchored entry changed or removed, or a whole one counting
    the anchors checked."""
    hashes = dict(
        AuditEntry.objects.filter(pk__in=[pk for pk, _hash, _when in anchors]).values_list(
            "pk", "hash"
        )
    )
    for pk, expected, when in anchors:
        if hashes.get(pk) != expected:
            taken = f" taken {when}" if when else ""
            problem = (
                "was removed after its anchor" if pk not in hashes else "differs from its anchor"
            )
            return ChainReport(
                len(anchors), pk, f"{problem}{taken}: the chain was rewritten after that"
            )
    return ChainReport(len(anchors))
