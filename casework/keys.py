"""Re-encrypting casework data under the newest key (`manage.py rotate_casework_keys`).

Put a new key in front of CASEWORK_ENCRYPTION_KEYS, rotate, then drop the old key. Only values and
files not already under the newest key are rewritten, so a rotation interrupted half-way is simply
run again. Encrypted fields are found by introspecting the models, so a field added later is
rotated too.
"""

import posixpath
import secrets
from collections import Counter
from dataclasses import dataclass, field

from django.apps import apps
from django.core.files.base import ContentFile
from django.db import models, transaction

from casework.models import Attachment
from casework.models.attachments import private_storage
from cms import crypto
from cms.crypto import EncryptedTextField


@dataclass
class RotationReport:
    """What a rotation rewrote (or, in a dry run, would rewrite). Counts and ids, never values."""

    dry_run: bool = False
    values: Counter = field(default_factory=Counter)  # model label -> values re-encrypted
    rows: Counter = field(default_factory=Counter)  # model label -> rows touched
    files: int = 0
    unreadable: list = field(default_factory=list)  # "label #pk field" no key decrypts

    @property
    def total_values(self):
        return sum(self.values.values())

    @property
    def total_rows(self):
        return sum(self.rows.values())

    def as_details(self):
        return {
            "dry_run": self.dry_run,
            "values": self.total_values,
            "rows": self.total_rows,
            "files": self.files,
            "unreadable": len(self.unreadable),
            "per_model": dict(sorted(self.values.items())),
        }


def encrypted_fields():
    """[(model, [field names])] for every model with an EncryptedTextField."""
    found = []
    for model in apps.get_models():
        if model._meta.proxy or not model._meta.managed:
            continue
        names = [f.name for f in model._meta.concrete_fields if isinstance(f, EncryptedTextField)]
        if names:
            found.append((model, names))
    return found


def _raw(name):
    # The stored token, not the plaintext: a plain TextField output skips from_db_value.
    return models.ExpressionWrapper(models.F(name), output_field=models.TextField())


def _stored(token):
    # Written as is: through the field, get_prep_value would encrypt the token a second time.
    return models.Value(token, output_field=models.TextField())


def rotate_model(model, names, report, *, batch_size=500):
    """Re-encrypt `names` on every row of `model` not already under the newest key."""
    label = model._meta.label_lower
    manager = model._base_manager
    last_pk = None
    while True:
        with transaction.atomic():
            rows = manager.order_by("pk")
            if last_pk is not None:
                rows = rows.filter(pk__gt=last_pk)
            if not report.dry_run:
                # Nobody saves these rows between our read and our write (no lost update).
                rows = rows.select_for_update()
            batch = list(rows.values_list("pk", *(_raw(name) for name in names))[:batch_size])
            for pk, *tokens in batch:
                changes = {}
                for name, token in zip(names, tokens, strict=True):
                    if not token or crypto.is_current(token):
                        continue
                    try:
                        changes[name] = crypto.rotate_token(token)
                    except crypto.DecryptionError:
                        report.unreadable.append(f"{label} #{pk} {name}")
                if not changes:
                    continue
                report.values[label] += len(changes)
                report.rows[label] += 1
                if not report.dry_run:
                    manager.filter(pk=pk).update(
                        **{name: _stored(token) for name, token in changes.items()}
                    )
        if len(batch) < batch_size:
            return
        last_pk = batch[-1][0]


def rotate_attachment(pk, blob, report):
    """Re-encrypt one stored file. The new file is written under a new name and the row points to
    it before the old one goes, so a crash half-way never loses the file."""
    storage = private_storage()
    try:
        with storage.open(blob, "rb") as handle:
            token = handle.read()
    except FileNotFoundError:
        report.unreadable.append(f"casework.attachment #{pk} file missing")
        return
    if crypto.is_current(token.decode("ascii")):
        return
    try:
        rotated = crypto.rotate_bytes(token)
    except crypto.DecryptionError:
        report.unreadable.append(f"casework.attachment #{pk} file")
        return
    report.files += 1
    if report.dry_run:
        return
    name = posixpath.join(posixpath.dirname(blob), f"{secrets.token_hex(16)}.bin")
    name = storage.save(name, ContentFile(rotated))
    with transaction.atomic():
        moved = Attachment.objects.filter(pk=pk, blob=blob).update(blob=name)
    # If the attachment was deleted or replaced meanwhile, the new copy is the one to drop.
    storage.delete(blob if moved else name)


def rotate_attachments(report, *, batch_size=500):
    last_pk = 0
    while True:
        batch = list(
            Attachment.objects.filter(pk__gt=last_pk)
            .order_by("pk")
            .values_list("pk", "blob")[:batch_size]
        )
        for pk, blob in batch:
            rotate_attachment(pk, blob, report)
        if len(batch) < batch_size:
            return
        last_pk = batch[-1][0]


def rotate_all(*, dry_run=False, batch_size=500):
    """Rotate every encrypted value and every attachment file; return the report."""
    report = RotationReport(dry_run=dry_run)
    for model, names in encrypted_fields():
        rotate_model(model, names, report, batch_size=batch_size)
    rotate_attachments(report, batch_size=batch_size)
    return report
