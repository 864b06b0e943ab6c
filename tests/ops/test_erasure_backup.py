"""An erasure on request leaves nothing of her in a backup made afterwards: not in the database
dump (old row versions and freed pages included: SQLite runs with secure_delete), not among the
stored files; and a restore of an archive made before her erasure erases her again, from the
erasure ledger. A real installation: `manage.py` subprocesses, the nightly `backup` command."""

import re
import subprocess  # noqa: S404 (pg_restore, to read a PostgreSQL dump as SQL)
import tempfile
from pathlib import Path

from cms import crypto
from ops.backup import pg_binary
from tests.ops.test_backup import decrypted_members

MARKERS = (b"tafsutmarker", b"ouhammouplanted", b"0677889900", b"kx554433", b"plantedsecret")

# Run inside the instance: Tafsut's file at the listening centre, every text of it planted, and
# her erasure request.
PLANT = """
import json
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from casework import rights
from casework.models import (
    Attachment, Case, CaseSession, Consent, FollowUp, Incident, Person, Referral, RightsRequest,
    Service,
)
User = get_user_model()
caseworker = User.objects.get(username="cw-listening")
dpo = User.objects.get(username="dpo")
person = Person(
    first_name="Tafsutmarker", last_name="Ouhammouplanted", phone="0677 88 99 00",
    identity_document="KX554433", address="plantedsecret douar", details="plantedsecret",
    sex="F", birth_year=1991,
)
person.register(by=caseworker)
case = Case.open_for(
    person, service=Service.objects.get(kind="listening"), risk_level="high", by=caseworker
)
CaseSession.objects.create(case=case, kind="listening", narrative="plantedsecret narrative")
Incident.objects.create(
    case=case, acts=["psychological"], violence_type="psychological",
    occurred_on=timezone.localdate(), place_type="survivor_home",
    aggressor_relationship="partner", details="plantedsecret incident", complaint_stage="none",
)
consent = Consent.objects.create(person=person, case=case, scope="health", purpose="plantedsecret")
Referral.objects.create(
    case=case, partner_kind="health_centre", consent=consent, reason="plantedsecret referral"
)
FollowUp.objects.create(case=case, title="plantedsecret: call Tafsutmarker", due_on=timezone.localdate())
attachment = Attachment(case=case, title="plantedsecret certificate", uploaded_by=caseworker)
attachment.store(SimpleUploadedFile(
    "tafsutmarker.pdf", b"%PDF-1.4 plantedsecret Tafsutmarker", content_type="application/pdf"
))
attachment.save()
request = RightsRequest(person=person, kind="erasure", note="Tafsutmarker came with her card")
request.record(by=dpo)
"""

# Then her erasure, as the DPO's screen does it.
ERASE = """
report = rights.erase(request, by=dpo, answer="She asked for it in person.")
print("RESULT " + json.dumps({"attachments": report.attachments, "blob": attachment.blob}))
"""

# After a restore: what the database says of her.
HER_FILE = """
import json
from audit.models import AuditEntry
from casework.models import Attachment, Person
person = Person.objects.get(pk=%(person)d)
request = person.rights_requests.get()
entry = AuditEntry.objects.filter(action="erase").order_by("-at").first()
print("RESULT " + json.dumps({
    "anonymised": person.anonymised_at is not None,
    "attachments": Attachment.objects.filter(case__person=person).count(),
    "request_status": request.status,
    "reapplied": entry.details.get("reapplied", False),
}))
"""


def found_in(data, where):
    """The markers found in `data`, Fernet tokens decrypted first."""
    text = data
    for token in re.findall(rb"gAAAAA[A-Za-z0-9_\-=]+", data):
        try:
            text += b" " + crypto.decrypt_str(token.decode()).encode()
        except crypto.DecryptionError:
            pass
    folded = re.sub(rb"\s", b"", text.lower())
    return [f"{where}: {marker.decode()}" for marker in MARKERS if marker in folded]


def dump_as_text(name, data):
    if name.endswith(".pgdump"):
        with tempfile.NamedTemporaryFile(suffix=".pgdump") as dump:
            Path(dump.name).write_bytes(data)
            return subprocess.run(  # noqa: S603
                [pg_binary("pg_restore"), "--file=-", dump.name],
                capture_output=True,
                check=True,
            ).stdout
    return data


def traces_in(archive, age_key, blob):
    """What the archive holds of her: her attachment's file, or a planted value anywhere."""
    members = decrypted_members(archive, age_key.identity_file)
    found = [name for name in members if name.endswith(blob)]
    for name, data in members.items():
        if name.startswith("database/"):
            data = dump_as_text(name, data)
            assert b"casework_rightsrequest" in data  # the dump is read, not skipped
        found += found_in(data, name)
    return found


def test_an_erasure_reaches_every_later_backup_and_a_restore_of_an_earlier_one(
    new_instance, age_key
):
    instance = new_instance()
    instance.manage("migrate", "--noinput", "-v", "0")
    instance.manage(
        "load_demo_data",
        "--only=personas",
        "--demo-password=erasure-test-password",
        "--demo-totp-secret=JBSWY3DPEHPK3PXP",
        "--force",
    )
    planted = instance.shell(
        PLANT + 'print("RESULT " + json.dumps({"person": person.pk, "blob": attachment.blob}))'
    )
    earlier = instance.backup()
    assert traces_in(earlier, age_key, planted["blob"])  # the archive holds her

    erased = instance.shell(
        PLANT.split("person = Person(")[0]
        + f"person = Person.objects.get(pk={planted['person']})\n"
        + "request = person.rights_requests.get()\n"
        + "attachment = Attachment.objects.get(case__person=person)\n"
        + ERASE
    )
    assert erased["attachments"] == 1
    assert traces_in(instance.backup(), age_key, planted["blob"]) == []

    # The archive made before her erasure is restored over the site, as after a disk failure.
    result = instance.manage("restore", earlier, "--identity", age_key.identity_file, "--force")

    assert "Erasure ledger: 1 erasure(s) made since the archive made again." in result.stdout
    assert instance.shell(HER_FILE % planted) == {
        "anonymised": True,
        "attachments": 0,
        "request_status": "done",
        "reapplied": True,
    }
    assert not any(path.endswith(planted["blob"]) for path in instance.files())
    later = instance.backup()
    assert traces_in(later, age_key, planted["blob"]) == []
    # Restored once more, nothing is left to erase.
    again = instance.manage("restore", later, "--identity", age_key.identity_file, "--force")
    assert "Erasure ledger: 0 erasure(s)" in again.stdout
