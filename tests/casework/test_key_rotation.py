"""`manage.py rotate_casework_keys`: after a rotation the old key can go and everything still reads."""

import io
from datetime import date

import pytest
from cryptography.fernet import Fernet
from django.core.management import CommandError, call_command
from django.db import connection

from audit.models import AuditAction, AuditEntry
from casework import keys
from casework.models import (
    Attachment,
    CaseSession,
    FollowUp,
    Person,
    Referral,
)
from cms import crypto
from tests.factories import (
    AttachmentFactory,
    CaseFactory,
    CaseSessionFactory,
    FollowUpFactory,
    PersonFactory,
    ReferralFactory,
)

pytestmark = pytest.mark.django_db

KEY_A = Fernet.generate_key().decode()
KEY_B = Fernet.generate_key().decode()
KEY_C = Fernet.generate_key().decode()

CERTIFICATE = b"%PDF-1.4 medical certificate of Hasna Rotationtest"


@pytest.fixture
def use_keys(settings, tmp_path):
    """Switch CASEWORK_ENCRYPTION_KEYS (newest first); attachments go to a private folder here."""
    settings.STORAGES = {
        **settings.STORAGES,
        "casework": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "private"), "base_url": None},
        },
    }

    def switch(*keys_newest_first):
        settings.CASEWORK_ENCRYPTION_KEYS = list(keys_newest_first)
        crypto.reset_keys()

    yield switch
    crypto.reset_keys()


@pytest.fixture
def file_under_key_a(use_keys, cw_listening):
    """A case file written while key A was the only key: a person, a session, a referral, a
    follow-up and an attachment."""
    use_keys(KEY_A)
    person = PersonFactory(
        first_name="Hasna",
        last_name="Rotationtest",
        phone="0661 22 33 44",
        address="Douar Tiout",
        identity_document="JK445566",
        details="Sister in Agadir",
    )
    case = CaseFactory(person=person, owner=cw_listening)
    CaseSessionFactory(case=case, narrative="She came with her two children.")
    ReferralFactory(
        case=case,
        partner_kind="health_centre",
        to_service=None,
        consent=None,
        reason="Medical care",
    )
    FollowUpFactory(case=case, title="Call back on Monday", due_on=date(2030, 1, 6))
    AttachmentFactory(
        case=case,
        title="Medical certificate",
        uploaded_by=cw_listening,
        file_name="certificat-hasna.pdf",
        content=CERTIFICATE,
    )
    return case


def rotate(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("rotate_casework_keys", *args, stdout=out, stderr=err)
    return out.getvalue() + err.getvalue()


def stored_tokens(model, pk=None):
    """The stored values of the model's encrypted fields (of one row if `pk`), read with raw SQL."""
    quote = connection.ops.quote_name
    names = dict(keys.encrypted_fields())[model]
    columns = ", ".join(quote(model._meta.get_field(name).column) for name in names)
    sql = f"SELECT {columns} FROM {quote(model._meta.db_table)}"  # noqa: S608 (names, not input)
    params = []
    if pk is not None:
        sql += f" WHERE {quote(model._meta.pk.column)} = %s"
        params.append(pk)
    with connection.cursor() as cursor:
        cursor.execute(sql + " ORDER BY 1", params)
        return [value for row in cursor.fetchall() for value in row if value]


def read_everything(case):
    """What a caseworker reads of the file, fetched afresh from the database and the storage."""
    person = Person.objects.get(pk=case.person_id)
    attachment = Attachment.objects.get(case=case)
    return {
        "name": person.full_name,
        "phone": person.phone,
        "address": person.address,
        "document": person.identity_document,
        "details": person.details,
        "narrative": CaseSession.objects.get(case=case).narrative,
        "reason": Referral.objects.get(case=case).reason,
        "follow-up": FollowUp.objects.get(case=case).title,
        "attachment title": attachment.title,
        "attachment name": attachment.original_name,
        "attachment content": attachment.read(),
    }


EXPECTED = {
    "name": "Hasna Rotationtest",
    "phone": "0661 22 33 44",
    "address": "Douar Tiout",
    "document": "JK445566",
    "details": "Sister in Agadir",
    "narrative": "She came with her two children.",
    "reason": "Medical care",
    "follow-up": "Call back on Monday",
    "attachment title": "Medical certificate",
    "attachment name": "certificat-hasna.pdf",
    "attachment content": CERTIFICATE,
}


def test_every_encrypted_field_of_casework_is_found_by_introspection(db):
    found = {model._meta.label: set(names) for model, names in keys.encrypted_fields()}
    assert found == {
        "casework.Person": {
            "first_name",
            "last_name",
            "phone",
            "address",
            "identity_document",
            "details",
        },
        "casework.CaseSession": {"narrative"},
        "casework.Incident": {"details"},
        "casework.Referral": {"reason"},
        "casework.FollowUp": {"title"},
        "casework.Attachment": {"title", "original_name"},
        "casework.Consent": {"purpose"},
        "casework.EmergencyAccess": {"reason"},
        "casework.Case": {"legal_hold_reason"},
        "casework.RightsRequest": {"note", "answer"},
        # Not casework's, under the same keys: the youth groups' contacts.
        "proposals.Proposal": {
            "contact_name",
            "contact_phone",
            "contact_email",
            "guardian_consent_name",
        },
        "accounts.AppDevice": {"key"},
        "accounts.Passkey": {"credential_id", "public_key"},
        "accounts.PasskeyAttestation": {"data", "client_data_json"},
        # The health check's known value, rotated with the rest (ops.health.encryption_keys).
        "ops.KeyCanary": {"value"},
    }


def test_without_rotation_the_new_key_alone_reads_nothing(use_keys, file_under_key_a):
    use_keys(KEY_B)
    with pytest.raises(crypto.DecryptionError):
        read_everything(file_under_key_a)


def test_after_rotation_the_new_key_alone_reads_the_whole_file(use_keys, file_under_key_a):
    use_keys(KEY_B, KEY_A)
    output = rotate()
    use_keys(KEY_B)

    assert read_everything(file_under_key_a) == EXPECTED
    assert "Total: 11 values in 5 rows and 1 attachment files re-encrypted." in output


def test_rotated_values_are_encrypted_once_under_the_new_key(use_keys, file_under_key_a):
    use_keys(KEY_B, KEY_A)
    rotate()

    tokens = stored_tokens(Person) + stored_tokens(CaseSession) + stored_tokens(Attachment)
    plaintexts = {Fernet(KEY_B).decrypt(token.encode()).decode() for token in tokens}
    assert "Hasna" in plaintexts
    assert "She came with her two children." in plaintexts
    assert not any(text.startswith("gAAAA") for text in plaintexts), "encrypted twice"


def test_caseworkers_still_find_the_person_after_rotation(use_keys, file_under_key_a):
    use_keys(KEY_B, KEY_A)
    rotate()
    use_keys(KEY_B)

    found = Person.objects.matching(name="hasna  rotationtest", phone="+212 661-223344")
    assert list(found) == [file_under_key_a.person]


def test_only_what_is_not_under_the_newest_key_is_rewritten(use_keys, file_under_key_a):
    use_keys(KEY_B, KEY_A)
    newer = PersonFactory(first_name="Itto", last_name="Newkey")  # written under B already
    newer_tokens = stored_tokens(Person, pk=newer.pk)

    output = rotate()

    assert "casework.person: 6 values in 1 rows re-encrypted" in output
    assert stored_tokens(Person, pk=newer.pk) == newer_tokens
    assert "Total: 0 values in 0 rows and 0 attachment files re-encrypted." in rotate()


def test_rotation_works_through_many_batches(use_keys, file_under_key_a):
    PersonFactory.create_batch(6)  # under key A, like the file
    use_keys(KEY_B, KEY_A)

    output = rotate("--batch-size", "2")
    use_keys(KEY_B)

    assert "casework.person: 24 values in 7 rows re-encrypted" in output
    assert all(person.first_name.startswith(("Hasna", "Zineb")) for person in Person.objects.all())


def test_a_dry_run_counts_and_changes_nothing(use_keys, file_under_key_a):
    use_keys(KEY_B, KEY_A)
    tokens = stored_tokens(Person) + stored_tokens(CaseSession)
    blob = Attachment.objects.get().blob
    stored_file = (Attachment.objects.get().read(), blob)

    output = rotate("--dry-run")

    assert "Total: 11 values in 5 rows and 1 attachment files would be re-encrypted." in output
    assert "Dry run: nothing was written." in output
    assert stored_tokens(Person) + stored_tokens(CaseSession) == tokens
    assert (Attachment.objects.get().read(), Attachment.objects.get().blob) == stored_file
    assert not AuditEntry.objects.filter(action=AuditAction.KEY_ROTATION).exists()
    use_keys(KEY_B)
    with pytest.raises(crypto.DecryptionError):
        read_everything(file_under_key_a)


def test_the_rotation_is_audited_once_with_counts_only(use_keys, file_under_key_a):
    use_keys(KEY_B, KEY_A)
    rotate()

    entry = AuditEntry.objects.get(action=AuditAction.KEY_ROTATION)
    assert entry.actor_username == "(rotate_casework_keys)"
    assert entry.details["values"] == 11
    assert entry.details["files"] == 1
    assert "Hasna" not in str(entry.details)


def test_the_old_attachment_file_is_gone_and_the_new_one_is_encrypted(use_keys, file_under_key_a):
    from casework.models.attachments import private_storage

    old_blob = Attachment.objects.get().blob
    use_keys(KEY_B, KEY_A)
    rotate()

    new_blob = Attachment.objects.get().blob
    storage = private_storage()
    assert not storage.exists(old_blob)
    with storage.open(new_blob, "rb") as handle:
        assert Fernet(KEY_B).decrypt(handle.read()) == CERTIFICATE


def test_values_no_key_decrypts_stop_the_command_and_are_named(use_keys, file_under_key_a):
    use_keys(KEY_B, KEY_C)  # key A was dropped before rotating

    with pytest.raises(CommandError) as error:
        rotate()

    assert error.value.returncode == 2
    assert "keep every old key" in str(error.value)
    use_keys(KEY_B, KEY_A)  # nothing was damaged: with A back, the file reads
    assert read_everything(file_under_key_a) == EXPECTED


def test_the_health_check_reads_the_canary_only_while_a_configured_key_does(use_keys, client):
    use_keys(KEY_A)
    assert client.get("/healthz").json()["encryption_keys"] == "ok"  # written under A

    use_keys(KEY_B)  # A removed without a rotation
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["failing"] == ["encryption_keys"]
    assert response.json()["encryption_keys"] == (
        "no configured key reads the database's encrypted values"
    )

    use_keys(KEY_B, KEY_A)  # A back behind B, rotated, then dropped
    call_command("rotate_casework_keys", stdout=io.StringIO())
    use_keys(KEY_B)
    response = client.get("/healthz")
    assert (response.status_code, response.json()["encryption_keys"]) == (200, "ok")
