"""A person's data rights, answered by the data protection officer: her request recorded against
her file (found exactly), her file exported, her identity corrected, her file erased unless a case
is held for the justice; and the legal hold itself. Nobody but the DPO reaches these screens."""

import io
import json
import re
import zipfile
from datetime import timedelta

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import connection, models
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

from audit.models import AuditAction, AuditEntry
from casework import rights
from casework.models import (
    Attachment,
    Case,
    CaseSession,
    EmergencyAccess,
    Incident,
    Person,
    PersonNameToken,
    RequestKind,
    RightsRequest,
)
from casework.models.attachments import private_storage
from cms import crypto
from tests.factories import (
    AttachmentFactory,
    CaseFactory,
    CaseSessionFactory,
    ConsentFactory,
    FollowUpFactory,
    PersonFactory,
    ReferralFactory,
    service,
)

pytestmark = pytest.mark.django_db

# What identifies her, planted in every place a file holds text.
FIRST, LAST = "Malikarights", "Oubahaplanted"
PHONE = "0661 23 45 67"
DOCUMENT = "JK998877"
MARKERS = ("malikarights", "oubahaplanted", "0661234567", "jk998877", "plantedsecret")
ATTACHMENT_BYTES = b"%PDF-1.4\n% plantedsecret certificate of Malikarights\n"


@pytest.fixture(autouse=True)
def private_files(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "casework": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "private"), "base_url": None},
        },
    }
    return tmp_path / "private"


@pytest.fixture
def her_file(cw_listening, cw_listening_2, sup_listening, tech_admin):
    """Malika's file at the listening centre: every kind of record, each holding a planted
    identifying value."""
    person = PersonFactory(
        first_name=FIRST,
        last_name=LAST,
        phone=PHONE,
        identity_document=DOCUMENT,
        address="12 rue plantedsecret, Belfaa",
        details="plantedsecret: her sister's name",
    )
    case = CaseFactory(person=person, service=service("listening"), owner=cw_listening)
    CaseSessionFactory(case=case, recorded_by=cw_listening, narrative="plantedsecret narrative")
    Incident.objects.create(
        case=case,
        acts=["physical_assault"],
        violence_type="physical_assault",
        occurred_on=timezone.localdate() - timedelta(days=30),
        place_type="aggressor_home",
        aggressor_relationship="partner",
        details="plantedsecret: at her husband's flat",
        complaint_stage="none",
        recorded_by=cw_listening,
    )
    consent = ConsentFactory(case=case, purpose="plantedsecret purpose")
    ReferralFactory(case=case, consent=consent, reason="plantedsecret reason")
    FollowUpFactory(case=case, title="plantedsecret: call Malikarights back")
    AttachmentFactory(case=case, content=ATTACHMENT_BYTES, file_name="malikarights-certificat.pdf")
    # An emergency access of last week, long over.
    started = timezone.now() - timedelta(days=7)
    EmergencyAccess.objects.create(
        user=tech_admin,
        case=case,
        reason="plantedsecret emergency",
        started_at=started,
        expires_at=started + timedelta(hours=1),
    )
    return case


@pytest.fixture
def dpo_client(dpo, login):
    return login(dpo)


def new_request(client, kind, **identifiers):
    data = {"kind": kind, "received_on": timezone.localdate().isoformat(), "note": ""}
    data.update(identifiers)
    return client.post(reverse("casework_rights_new"), data)


def recorded(person, kind, dpo, note=""):
    request = RightsRequest(person=person, kind=kind, note=note)
    request.record(by=dpo)
    return request


# --- Who reaches it -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "persona", ["cw_listening", "sup_listening", "tech_admin", "coordinator", "editor"]
)
def test_nobody_but_the_dpo_knows_the_requests_exist(request, persona, her_file, dpo, login):
    rights_request = recorded(her_file.person, RequestKind.ACCESS, dpo)
    client = login(request.getfixturevalue(persona))
    pk = rights_request.pk
    gets = [
        reverse("casework_rights"),
        reverse("casework_rights_new"),
        reverse("casework_rights_request", args=[pk]),
        reverse("casework_rights_rectify", args=[pk]),
        reverse("casework_rights_erase", args=[pk]),
    ]
    for url in gets:
        assert client.get(url).status_code == 404, url
    for url in (
        reverse("casework_rights_export", args=[pk]),
        reverse("casework_rights_refuse", args=[pk]),
        reverse("casework_rights_erase", args=[pk]),
        reverse("casework_rights_new"),
    ):
        assert client.post(url, {"language": "fr", "answer": "x" * 20}).status_code == 404, url
    rights_request.refresh_from_db()
    assert rights_request.is_open
    assert Person.objects.get(pk=her_file.person.pk).first_name == FIRST


def test_the_dpo_has_the_menu_entry_and_nobody_else(dpo, cw_listening, login):
    url = reverse("casework_rights")
    assert url in login(dpo).get(reverse("wagtailadmin_home")).content.decode()
    assert url not in login(cw_listening).get(reverse("wagtailadmin_home")).content.decode()


def test_an_unknown_request_is_404_for_the_dpo_too(dpo_client, dpo):
    assert dpo_client.get(reverse("casework_rights_request", args=[999999])).status_code == 404

    entry = AuditEntry.objects.filter(action=AuditAction.DENIED).get()
    assert (entry.actor, entry.details) == (dpo, {"pk": "999999", "wanted": "view"})


# --- Recording a request ------------------------------------------------------------------------


def test_her_file_is_found_by_her_exact_name_and_phone(dpo_client, her_file):
    response = new_request(
        dpo_client, "access", full_name="malikarights  OUBAHAPLANTED", phone="+212 661 23 45 67"
    )

    rights_request = RightsRequest.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("casework_rights_request", args=[rights_request.pk])
    assert rights_request.person == her_file.person
    entry = AuditEntry.objects.filter(action=AuditAction.RIGHTS_REQUEST).get()
    assert entry.object_repr == f"DR-{rights_request.pk} · {her_file.person.reference}"
    search = AuditEntry.objects.filter(action=AuditAction.SEARCH).get()
    assert search.details == {"what": "rights_request_person"}


def test_a_detail_that_does_not_match_finds_nothing_and_keeps_what_was_typed(dpo_client, her_file):
    response = new_request(dpo_client, "erasure", full_name=f"{FIRST} {LAST}", phone="0600000000")

    assert response.status_code == 200
    assert "No file matches all of these." in response.content.decode()
    assert f'value="{FIRST} {LAST}"' in response.content.decode()
    assert not RightsRequest.objects.exists()


def test_no_detail_at_all_is_refused_with_a_reason(dpo_client, her_file):
    response = new_request(dpo_client, "access")

    assert "Give at least one of" in response.content.decode()
    assert not RightsRequest.objects.exists()


def test_two_files_with_the_same_name_ask_which_is_hers(dpo_client, her_file):
    twin = PersonFactory(first_name=FIRST, last_name=LAST, phone="0700000000")
    CaseFactory(person=twin, service=service("migrants"))

    response = new_request(dpo_client, "access", full_name=f"{FIRST} {LAST}")
    assert response.status_code == 200
    assert "Choose her file among these." in response.content.decode()
    assert her_file.person.reference in response.content.decode()
    assert twin.reference in response.content.decode()

    response = new_request(dpo_client, "access", full_name=f"{FIRST} {LAST}", person=str(twin.pk))
    assert response.status_code == 302
    assert RightsRequest.objects.get().person == twin


def test_a_request_cannot_be_received_in_the_future(dpo_client, her_file):
    response = dpo_client.post(
        reverse("casework_rights_new"),
        {
            "kind": "access",
            "received_on": (timezone.localdate() + timedelta(days=3)).isoformat(),
            "reference": her_file.person.reference,
        },
    )
    assert "A request cannot be received in the future." in response.content.decode()
    assert not RightsRequest.objects.exists()


# --- Access: her file, exported -----------------------------------------------------------------


def export(client, rights_request, language):
    return client.post(
        reverse("casework_rights_export", args=[rights_request.pk]), {"language": language}
    )


def test_the_export_holds_everything_about_her_readable_in_french(dpo_client, dpo, her_file):
    rights_request = recorded(her_file.person, RequestKind.ACCESS, dpo)

    response = export(dpo_client, rights_request, "fr")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert "no-store" in response["Cache-Control"]
    name = f"tiwizi-{her_file.person.reference}-fr.zip"
    assert response["Content-Disposition"] == f'attachment; filename="{name}"'
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    page = archive.read("index.html").decode()
    assert '<html lang="fr" dir="ltr">' in page
    for text in (
        FIRST,
        LAST,
        PHONE,
        DOCUMENT,
        "plantedsecret narrative",
        "plantedsecret: at her husband",
        "plantedsecret purpose",
        "plantedsecret reason",
        "call Malikarights back",
        her_file.reference,
        "Séance d&#x27;écoute",  # the session's kind by its French label, not "listening"
        "Prénom",
    ):
        assert text in page, text
    data = json.loads(archive.read("data.json"))
    assert data["reference"] == her_file.person.reference
    assert data["cases"][0]["sessions"][0][1] == {
        "name": "kind",
        "label": "type",
        "value": "Séance d'écoute",
        "text": "Séance d'écoute",
    }
    opened = her_file.opened_on
    with translation.override("fr"):
        opened_text = date_format(opened, "DATE_FORMAT")  # "5 décembre 2026"
    assert data["cases"][0]["fields"][2] == {
        "name": "opened_on",
        "label": "ouvert le",
        "value": opened.isoformat(),
        "text": opened_text,
    }
    assert f"<dd>{data['cases'][0]['fields'][2]['text']}</dd>" in page
    (attachment_name,) = [name for name in archive.namelist() if name.startswith("attachments/")]
    assert archive.read(attachment_name) == ATTACHMENT_BYTES
    rights_request.refresh_from_db()
    assert rights_request.status == "done"
    entry = AuditEntry.objects.filter(action=AuditAction.EXPORT).get()
    assert entry.object_repr == her_file.person.reference
    assert entry.details == {
        "what": "person_file",
        "rights_request": rights_request.pk,
        "language": "fr",
        "attachments": 1,
    }


def test_the_export_in_arabic_reads_right_to_left(dpo_client, dpo, her_file):
    rights_request = recorded(her_file.person, RequestKind.ACCESS, dpo)

    archive = zipfile.ZipFile(io.BytesIO(export(dpo_client, rights_request, "ar").content))

    page = archive.read("index.html").decode()
    assert '<html lang="ar" dir="rtl">' in page
    assert "جلسة استماع" in page
    assert "Séance" not in page


def test_an_export_in_an_unknown_language_is_refused(dpo_client, dpo, her_file):
    rights_request = recorded(her_file.person, RequestKind.ACCESS, dpo)

    response = export(dpo_client, rights_request, "de")

    assert response.status_code == 302
    assert not AuditEntry.objects.filter(action=AuditAction.EXPORT).exists()


# --- Rectification ------------------------------------------------------------------------------


def rectify_data(person, **changes):
    data = {
        "first_name": person.first_name,
        "last_name": person.last_name,
        "phone": person.phone,
        "address": person.address,
        "identity_document": person.identity_document,
        "details": person.details,
        "sex": person.sex,
        "birth_year": person.birth_year or "",
        "nationality": person.nationality,
        "version": person.version,
        "answer": "Her name was misspelt at intake.",
    }
    data.update(changes)
    return data


def test_a_rectification_corrects_her_name_and_records_which_fields(dpo_client, dpo, her_file):
    person = her_file.person
    rights_request = recorded(person, RequestKind.RECTIFICATION, dpo)
    url = reverse("casework_rights_rectify", args=[rights_request.pk])

    response = dpo_client.post(url, rectify_data(person, first_name="Malikarectified"))

    assert response.status_code == 302
    person.refresh_from_db()
    assert person.first_name == "Malikarectified"
    assert list(Person.objects.named("Malikarectified").confirm_named("Malikarectified")) == [
        person.pk
    ]
    assert not Person.objects.named(FIRST).confirm_named(FIRST)
    entry = AuditEntry.objects.filter(action=AuditAction.RECTIFY).get()
    assert entry.details == {"fields": ["first_name"], "rights_request": rights_request.pk}
    assert "Malika" not in json.dumps(entry.details) + entry.object_repr
    rights_request.refresh_from_db()
    assert (rights_request.status, rights_request.answer) == (
        "done",
        "Her name was misspelt at intake.",
    )


def test_a_rectification_without_reason_or_change_is_refused_and_keeps_what_was_typed(
    dpo_client, dpo, her_file
):
    person = her_file.person
    rights_request = recorded(person, RequestKind.RECTIFICATION, dpo)
    url = reverse("casework_rights_rectify", args=[rights_request.pk])

    response = dpo_client.post(url, rectify_data(person, first_name="Malikatyped", answer=""))
    assert response.status_code == 200
    assert 'value="Malikatyped"' in response.content.decode()

    response = dpo_client.post(url, rectify_data(person))
    assert "Nothing was changed" in response.content.decode()
    person.refresh_from_db()
    assert person.first_name == FIRST
    assert not AuditEntry.objects.filter(action=AuditAction.RECTIFY).exists()


def test_a_rectification_over_a_newer_save_is_refused(dpo_client, dpo, her_file):
    person = her_file.person
    rights_request = recorded(person, RequestKind.RECTIFICATION, dpo)
    stale = rectify_data(person, first_name="Malikastale")
    person.save_checked(expected_version=person.version)  # a caseworker saved meanwhile

    response = dpo_client.post(reverse("casework_rights_rectify", args=[rights_request.pk]), stale)

    assert "Someone else saved this record" in response.content.decode()
    person.refresh_from_db()
    assert person.first_name == FIRST


def test_only_an_open_rectification_request_opens_the_form(dpo_client, dpo, her_file):
    access = recorded(her_file.person, RequestKind.ACCESS, dpo)
    response = dpo_client.get(reverse("casework_rights_rectify", args=[access.pk]))
    assert response.status_code == 403


# --- Erasure ------------------------------------------------------------------------------------


def erase(client, rights_request, answer="She asked for it by letter of 2 December."):
    return client.post(
        reverse("casework_rights_erase", args=[rights_request.pk]),
        {"answer": answer, "confirm": "on"},
    )


def identifying_values_left(markers=MARKERS):
    """Every value of every table, Fernet tokens decrypted, blind indexes recomputed: the places
    still holding one of `markers`."""
    hints = {
        Person.name_hint(f"{FIRST} {LAST}"),
        Person.phone_hint(PHONE),
        Person.document_hint(DOCUMENT),
    }
    found = []
    tables = set(connection.introspection.table_names())
    with connection.cursor() as cursor:
        for model in apps.get_models(include_auto_created=True):
            table = model._meta.db_table
            # A table's own columns (a page type's table holds none of its parent's).
            columns = [
                field.column
                for field in model._meta.local_concrete_fields
                if isinstance(field, (models.CharField, models.TextField, models.JSONField))
            ]
            if not columns or table not in tables:
                continue
            quoted = ", ".join(connection.ops.quote_name(column) for column in columns)
            cursor.execute(f"SELECT {quoted} FROM {connection.ops.quote_name(table)}")  # noqa: S608
            for row in cursor.fetchall():
                for column, value in zip(columns, row, strict=True):
                    text = str(value or "")
                    if text in hints:
                        found.append(f"{table}.{column}: a blind index of hers")
                    for token in re.findall(r"gAAAAA[A-Za-z0-9_\-=]+", text):
                        text += " " + crypto.decrypt_str(token)
                    folded = re.sub(r"[\s+]", "", text.casefold())
                    found += [f"{table}.{column}: {m}" for m in markers if m in folded]
    return found


def test_the_planted_values_are_found_before_the_erasure(her_file, dpo):
    """The scan below can fail: before the erasure it finds her everywhere."""
    recorded(her_file.person, RequestKind.ERASURE, dpo, note="Malikarights came in person")

    places = identifying_values_left()

    for table in (
        "casework_person",
        "casework_casesession",
        "casework_incident",
        "casework_consent",
        "casework_referral",
        "casework_followup",
        "casework_attachment",
        "casework_emergencyaccess",
        "casework_rightsrequest",
    ):
        assert any(place.startswith(table + ".") for place in places), table


def test_an_erasure_leaves_nothing_that_identifies_her(
    dpo_client, dpo, her_file, private_files, django_capture_on_commit_callbacks
):
    person = her_file.person
    rights_request = recorded(person, RequestKind.ERASURE, dpo, note="Malikarights came in person")
    blob = Attachment.objects.get().blob
    assert private_storage().exists(blob)

    with django_capture_on_commit_callbacks(execute=True):
        response = erase(dpo_client, rights_request)

    assert response.status_code == 302
    assert identifying_values_left() == []
    assert not PersonNameToken.objects.filter(person=person).exists()
    assert not Attachment.objects.exists()
    assert not private_storage().exists(blob)
    assert not any(
        ATTACHMENT_BYTES[:20] in path.read_bytes()
        for path in private_files.rglob("*")
        if path.is_file()
    )
    person.refresh_from_db()
    assert person.anonymised_at is not None
    # What the figures count is kept.
    assert (person.sex, person.birth_year, person.nationality) == ("F", 1990, "Maroc")
    assert CaseSession.objects.filter(case=her_file).count() == 1
    assert Incident.objects.get(case=her_file).violence_type == "physical_assault"
    rights_request.refresh_from_db()
    assert (rights_request.status, rights_request.note, rights_request.answer) == (
        "done",
        "",
        "She asked for it by letter of 2 December.",
    )
    entry = AuditEntry.objects.filter(action=AuditAction.ERASE).get()
    assert entry.object_repr == person.reference
    assert entry.details == {
        "rights_request": rights_request.pk,
        "cases": 1,
        "sessions": 1,
        "incidents": 1,
        "consents": 1,
        "referrals": 1,
        "followups": 1,
        "attachments": 1,
        "emergency_accesses": 1,
        "requests": 1,
    }
    # She can no longer be found, nor her file exported.
    assert new_request(dpo_client, "access", full_name=f"{FIRST} {LAST}").status_code == 200
    assert not Person.objects.named(FIRST).exists()


def test_an_erasure_leaves_its_ledger_entry_with_record_numbers_only(
    dpo_client, dpo, her_file, django_capture_on_commit_callbacks
):
    person = her_file.person
    rights_request = recorded(person, RequestKind.ERASURE, dpo, note="Malikarights came in person")

    with django_capture_on_commit_callbacks(execute=True):
        erase(dpo_client, rights_request)

    (entry,) = rights.ledger_entries()
    assert set(entry) == {"person", "request", "erased_at"}
    assert (entry["person"], entry["request"]) == (person.pk, rights_request.pk)
    assert entry["erased_at"][:10] == timezone.now().date().isoformat()


def test_a_ledger_entry_that_cannot_be_written_is_logged_and_the_erasure_stands(
    dpo_client, dpo, her_file, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    person = her_file.person
    rights_request = recorded(person, RequestKind.ERASURE, dpo)
    storage = private_storage()
    real_save = storage.save

    def refuse_the_ledger(name, *args, **kwargs):
        if name.startswith(rights.LEDGER_FOLDER):
            raise OSError("bucket unavailable")
        return real_save(name, *args, **kwargs)

    monkeypatch.setattr(
        type(storage), "save", lambda self, name, *a, **k: refuse_the_ledger(name, *a, **k)
    )

    with django_capture_on_commit_callbacks(execute=True):
        response = erase(dpo_client, rights_request)

    assert response.status_code == 302
    person.refresh_from_db()
    assert person.anonymised_at is not None
    assert rights.ledger_entries() == []
    (record,) = [r for r in caplog.records if "erasure ledger entry" in r.getMessage()]
    assert record.levelname == "ERROR"
    assert f"person #{person.pk} (request #{rights_request.pk})" in record.getMessage()
    assert FIRST not in record.getMessage()


def test_an_erasure_refused_for_a_hold_leaves_no_ledger_entry(
    dpo, her_file, cw_listening, django_capture_on_commit_callbacks
):
    her_file.place_legal_hold(by=cw_listening, reason="Complaint before the Tiznit court")
    rights_request = recorded(her_file.person, RequestKind.ERASURE, dpo)

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError):
        rights.erase(rights_request, by=dpo, answer="She asked.")

    assert rights.ledger_entries() == []


def test_the_ledger_erases_her_again_in_data_restored_from_before_her_erasure(
    dpo_client, dpo, her_file, cw_listening, django_capture_on_commit_callbacks
):
    person = her_file.person
    rights_request = recorded(person, RequestKind.ERASURE, dpo, note="Malikarights came in person")
    with django_capture_on_commit_callbacks(execute=True):
        erase(dpo_client, rights_request)
    # What an archive made before the erasure brings back: her identity, a narrative, her open
    # request, and a hold placed then (lifted before she was erased).
    person.refresh_from_db()
    person.first_name, person.last_name, person.anonymised_at = FIRST, LAST, None
    person.save()
    CaseSession.objects.filter(case=her_file).update(narrative="plantedsecret narrative")
    RightsRequest.objects.filter(pk=rights_request.pk).update(status="open", answer="")
    her_file.place_legal_hold(by=cw_listening, reason="Complaint before the Tiznit court")
    assert identifying_values_left()

    with django_capture_on_commit_callbacks(execute=True):
        assert rights.reapply_erasures() == 1

    assert identifying_values_left() == []
    rights_request.refresh_from_db()
    assert rights_request.status == "done"
    assert rights_request.answer.startswith(f"Erased on {timezone.now().date().isoformat()}")
    entry = AuditEntry.objects.filter(action=AuditAction.ERASE).latest("at")
    assert (entry.actor, entry.details["reapplied"]) == (None, True)
    assert rights.reapply_erasures() == 0  # nothing left of her: nothing to do


def test_an_erasure_needs_a_reason_and_the_confirmation(dpo_client, dpo, her_file):
    rights_request = recorded(her_file.person, RequestKind.ERASURE, dpo)
    url = reverse("casework_rights_erase", args=[rights_request.pk])
    # What she can be told of the backups.
    assert (
        "The nightly backups made before the erasure keep her until they age out, after 14 "
        "nights; restoring one erases her again."
    ) in dpo_client.get(url).content.decode()

    response = dpo_client.post(url, {"answer": "She asked.", "confirm": ""})
    assert response.status_code == 200
    assert 'value="She asked."' not in response.content.decode()  # a textarea keeps it inside
    assert "She asked." in response.content.decode()
    response = dpo_client.post(url, {"answer": "", "confirm": "on"})
    assert response.status_code == 200
    assert Person.objects.get(pk=her_file.person.pk).first_name == FIRST


def test_a_case_on_legal_hold_stops_the_erasure_and_nothing_is_erased(
    dpo_client, dpo, her_file, cw_listening
):
    her_file.place_legal_hold(by=cw_listening, reason="Complaint before the Tiznit court")
    rights_request = recorded(her_file.person, RequestKind.ERASURE, dpo)

    page = dpo_client.get(reverse("casework_rights_erase", args=[rights_request.pk]))
    assert "these cases are held for the justice" in page.content.decode()
    assert her_file.reference in page.content.decode()
    response = erase(dpo_client, rights_request)

    assert response.status_code == 200
    assert "these cases are held for the justice" in response.content.decode()
    with pytest.raises(ValidationError, match=f"Nothing was erased: {her_file.reference} is kept"):
        rights.erase(rights_request, by=dpo, answer="She asked.")
    assert Person.objects.get(pk=her_file.person.pk).first_name == FIRST
    assert CaseSession.objects.get(case=her_file).narrative == "plantedsecret narrative"
    assert Attachment.objects.count() == 1
    rights_request.refresh_from_db()
    assert rights_request.is_open
    assert not AuditEntry.objects.filter(action=AuditAction.ERASE).exists()


def test_a_complaint_before_the_court_holds_the_case_too(dpo, her_file):
    Incident.objects.filter(case=her_file).update(
        complaint_stage="court", complaint_filed_on=timezone.localdate()
    )
    rights_request = recorded(her_file.person, RequestKind.ERASURE, dpo)

    with pytest.raises(ValidationError, match="kept for the justice"):
        rights.erase(rights_request, by=dpo, answer="She asked.")

    assert list(rights.holds_of(her_file.person)) == [her_file]
    assert Person.objects.get(pk=her_file.person.pk).first_name == FIRST


def test_the_dpo_refuses_a_request_with_its_reason(dpo_client, dpo, her_file):
    rights_request = recorded(her_file.person, RequestKind.ERASURE, dpo)

    response = dpo_client.post(
        reverse("casework_rights_refuse", args=[rights_request.pk]),
        {"answer": "Her case is before the court (art. 17(3)(e))."},
    )

    assert response.status_code == 302
    rights_request.refresh_from_db()
    assert rights_request.status == "refused"
    entry = AuditEntry.objects.filter(action=AuditAction.RIGHTS_REQUEST).latest("pk")
    assert entry.details == {"step": "refused"}


# --- The legal hold ------------------------------------------------------------------------------


def test_her_caseworker_places_a_hold_and_only_the_supervisor_lifts_it(
    her_file, cw_listening, sup_listening, login
):
    url = reverse("casework_cases:legal_hold", args=[her_file.pk])
    client = login(cw_listening)

    response = client.post(url, {"reason": ""})
    assert response.status_code == 200
    assert not Case.objects.get(pk=her_file.pk).legal_hold
    response = client.post(url, {"reason": "Complaint before the court of Tiznit"})
    assert response.status_code == 302
    case = Case.objects.get(pk=her_file.pk)
    assert (case.legal_hold, case.legal_hold_reason, case.legal_hold_since) == (
        True,
        "Complaint before the court of Tiznit",
        timezone.localdate(),
    )
    entry = AuditEntry.objects.filter(action=AuditAction.LEGAL_HOLD).get()
    assert (entry.flagged, entry.details) == (True, {"step": "placed"})
    page = client.get(reverse("casework_cases:inspect", args=[her_file.pk])).content.decode()
    assert "On legal hold since" in page
    assert "Lift the hold" not in page

    assert client.post(url, {"lift": "1"}).status_code == 403
    assert Case.objects.get(pk=her_file.pk).legal_hold

    response = login(sup_listening).post(url, {"lift": "1"})
    assert response.status_code == 302
    assert not Case.objects.get(pk=her_file.pk).legal_hold


@pytest.mark.parametrize("persona", ["cw_migrants", "cw_listening_2", "tech_admin", "dpo"])
def test_nobody_outside_the_case_knows_its_hold_page(request, persona, her_file, login):
    client = login(request.getfixturevalue(persona))
    url = reverse("casework_cases:legal_hold", args=[her_file.pk])

    assert client.get(url).status_code == 404
    assert client.post(url, {"reason": "x" * 30}).status_code == 404
    assert client.post(url, {"lift": "1"}).status_code == 404
    assert not Case.objects.get(pk=her_file.pk).legal_hold


def test_sqlite_overwrites_what_is_erased():
    """On SQLite, an erased value's bytes are zeroed in the file, so a later backup (a copy of
    the file's pages) cannot hold them in a freed page."""
    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL's dump holds live rows only")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA secure_delete")
        assert cursor.fetchone() == (1,)


def test_wagtail_asks_the_dpo_rule_for_requests_whatever_screen(
    dpo, tech_admin, sup_listening, her_file
):
    from wagtail.permissions import policy_registry

    from casework.permissions import RightsRequestPermissionPolicy

    policy = policy_registry.get_by_type(RightsRequest)
    assert isinstance(policy, RightsRequestPermissionPolicy)
    rights_request = recorded(her_file.person, RequestKind.ACCESS, dpo)
    assert policy.user_has_permission(dpo, "view")
    assert list(policy.instances_user_has_any_permission_for(dpo, ["view"])) == [rights_request]
    for user in (tech_admin, sup_listening):
        assert not policy.user_has_permission(user, "view")
        assert not policy.instances_user_has_any_permission_for(user, ["view"]).exists()


def test_after_the_erasure_her_request_says_there_is_nothing_more_to_do(dpo_client, dpo, her_file):
    rights_request = recorded(her_file.person, RequestKind.ERASURE, dpo)
    erase(dpo_client, rights_request)

    page = dpo_client.get(reverse("casework_rights_request", args=[rights_request.pk]))

    text = page.content.decode()
    assert "Nothing more to do: the request is answered and her file erased." in text
    assert FIRST not in text
    assert reverse("casework_rights_export", args=[rights_request.pk]) not in text


def test_a_supervisor_elsewhere_who_owns_the_case_places_a_hold_but_cannot_lift_it(her_file, login):
    """Supervising the migrant office lifts no hold on a listening centre case, even hers."""
    from tests.factories import UserFactory

    both = UserFactory(username="sup-migrants-cw-listening")
    both.groups.add(service("migrants").supervisors_group, service("listening").caseworkers_group)
    Case.objects.filter(pk=her_file.pk).update(owner=both)
    from casework.permissions import sync_case_grants

    sync_case_grants(Case.objects.get(pk=her_file.pk))
    client = login(both)
    url = reverse("casework_cases:legal_hold", args=[her_file.pk])

    assert client.post(url, {"reason": "Complaint before the court"}).status_code == 302
    assert client.post(url, {"lift": "1"}).status_code == 403
    assert Case.objects.get(pk=her_file.pk).legal_hold
