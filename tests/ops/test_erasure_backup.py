"""An erasure on request leaves nothing of her in a backup made afterwards: not in the database
dump (old row versions and freed pages included: SQLite runs with secure_delete), not among the
stored files. A real installation: `manage.py` subprocesses, the nightly `backup` command."""

import re
import subprocess  # noqa: S404 (pg_restore, to read a PostgreSQL dump as SQL)
import tempfile
from pathlib import Path

from cms import crypto
from ops.backup import pg_binary
from tests.ops.test_backup import decrypted_members

MARKERS = (b"tafsutmarker", b"ouhammouplanted", b"0677889900", b"kx554433", b"plantedsecret")

# Run inside the instance: Tafsut's file at the listening centre, every text of it planted, then
# her erasure on request, as the DPO's screen does it.
PLANT_AND_ERASE = """
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
report = rights.erase(request, by=dpo, answer="She asked for it in person.")
print("RESULT " + json.dumps({"attachments": report.attachments, "blob": attachment.blob}))
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


def test_a_backup_made_after_an_erasure_holds_nothing_of_her(new_instance, age_key):
    instance = new_instance()
    instance.manage("migrate", "--noinput", "-v", "0")
    instance.manage(
        "load_demo_data",
        "--only=personas",
        "--demo-password=erasure-test-password",
        "--demo-totp-secret=JBSWY3DPEHPK3PXP",
        "--force",
    )
    facts = instance.shell(PLANT_AND_ERASE)
    assert facts["attachments"] == 1

    instance.manage("backup")

    (archive,) = (instance.var_dir / "backups").glob("tiwizi-*.tar.age")
    members = decrypted_members(archive, age_key.identity_file)
    assert not any(name.endswith(facts["blob"]) for name in members)
    found = []
    for name, data in members.items():
        if name.startswith("database/"):
            data = dump_as_text(name, data)
            assert b"casework_rightsrequest" in data  # the dump is read, not skipped
        found += found_in(data, name)
    assert found == []
