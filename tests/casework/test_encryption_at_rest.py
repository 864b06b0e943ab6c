"""Encryption at rest: a raw dump of the database (Wagtail's history and search index tables
included) or of the attachment storage holds none of what a caseworker typed, while caseworkers
still find the person by exact name, phone or document number."""

import os
from datetime import date
from pathlib import Path

import pytest
from django.db import connection
from django.http import Http404
from django.test import RequestFactory
from django.views.static import serve
from wagtail.log_actions import log
from wagtail.search import index

from audit import trail
from audit.models import AuditAction
from casework.models import (
    Person,
)
from casework.models.attachments import private_storage
from tests.factories import (
    AttachmentFactory,
    CaseFactory,
    CaseSessionFactory,
    FollowUpFactory,
    PersonFactory,
    ReferralFactory,
)

pytestmark = pytest.mark.django_db

# What the caseworker typed, and forms of it a leak could take.
PLANTED = {
    "first name": "Tafoukt",
    "last name": "Ouplantedaz",
    "phone": "0661 98 76 54",
    "phone digits": "0661987654",
    "address": "Derb Plantedstreet",
    "document": "JY907162",
    "details": "Plantedrelative",
    "narrative": "the night of the fire",
    "referral reason": "Plantedreason",
    "follow-up": "Plantedtask",
    "attachment content": "PLANTED-ATTACHMENT-CONTENT",
    "attachment file name": "plantedfilename",
    "attachment title": "Plantedtitle",
}


@pytest.fixture
def planted(cw_listening):
    """One file of the listening centre holding every planted value, written the ways the admin
    writes: models, the audit trail, Wagtail's history and its search index."""
    person = PersonFactory(
        first_name="Tafoukt",
        last_name="Ouplantedaz",
        phone="0661 98 76 54",
        address="Derb Plantedstreet 12, Belfaa",
        identity_document="JY907162",
        details="Brother-in-law Plantedrelative lives nearby",
    )
    case = CaseFactory(person=person, owner=cw_listening)
    session = CaseSessionFactory(
        case=case, recorded_by=cw_listening, narrative="She spoke of the night of the fire."
    )
    referral = ReferralFactory(
        case=case,
        partner_kind="hospital",
        to_service=None,
        consent=None,
        reason="Plantedreason: burns to be treated",
    )
    followup = FollowUpFactory(case=case, title="Plantedtask: call", due_on=date(2030, 3, 1))
    attachment = AttachmentFactory(
        case=case,
        title="Plantedtitle certificate",
        uploaded_by=cw_listening,
        file_name="plantedfilename-certificat.pdf",
        content=b"%PDF-1.4 PLANTED-ATTACHMENT-CONTENT Tafoukt Ouplantedaz",
    )

    records = [person, case, session, referral, followup, attachment]
    for record in records:
        trail.record(AuditAction.CHANGE, user=cw_listening, obj=record)
        log(instance=record, action="wagtail.edit", user=cw_listening)
        if index.class_is_indexed(type(record)):  # none is today; this keeps watch
            index.insert_or_update_object(record)
    yield attachment
    private_storage().delete(attachment.blob)


def as_text(value):
    if isinstance(value, memoryview):
        value = bytes(value)
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return str(value)


def raw_database_dump():
    """{table: every value of every row, as text}, read behind Django's back."""
    quote = connection.ops.quote_name
    dump = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {quote(table)}")  # noqa: S608 (table names)
            dump[table] = "\n".join(
                " ".join(as_text(value) for value in row) for row in cursor.fetchall()
            )
    return dump


def leaks(text):
    text = text.casefold()
    return [what for what, value in PLANTED.items() if value.casefold() in text]


def test_no_table_of_the_database_holds_what_the_caseworker_typed(planted):
    dump = raw_database_dump()

    # The dump covers the records, the audit trail, Wagtail's history and its search index.
    for table in (
        "casework_person",
        "casework_casesession",
        "casework_attachment",
        "audit_auditentry",
        "wagtailcore_modellogentry",
        "wagtailsearch_indexentry",
    ):
        assert table in dump
    assert "Tafoukt" not in dump["casework_person"]
    assert dump["casework_person"].count("gAAAA") >= 6  # Fernet tokens, one per field
    found = {table: leaks(text) for table, text in dump.items() if leaks(text)}
    assert found == {}


def test_no_file_of_the_private_storage_holds_the_attachment_or_its_name(planted):
    location = Path(private_storage().location)
    files = [Path(root) / name for root, _dirs, names in os.walk(location) for name in names]

    assert location / planted.blob in files
    found = {
        str(path): leaks(path.read_bytes().decode("latin-1") + str(path))
        for path in files
        if leaks(path.read_bytes().decode("latin-1") + str(path))
    }
    assert found == {}
    assert planted.read().startswith(b"%PDF-1.4 PLANTED-ATTACHMENT-CONTENT")


def test_caseworkers_find_the_person_by_exact_name_phone_or_document(planted):
    person = planted.case.person

    assert list(Person.objects.matching(name="tafoukt  OUPLANTEDAZ")) == [person]
    assert list(Person.objects.matching(phone="+212 661-98-76-54")) == [person]
    assert list(Person.objects.matching(phone="00212661987654")) == [person]
    assert list(Person.objects.matching(document="jy 907162")) == [person]
    assert not Person.objects.matching(name="Tafoukt").exists()  # exact match only
    assert not Person.objects.matching(phone="0661987655").exists()


def test_the_attachment_is_out_of_reach_of_the_media_root_and_url(planted, settings, client):
    media_root = Path(settings.MEDIA_ROOT).resolve()
    location = Path(private_storage().location).resolve()

    assert not location.is_relative_to(media_root)
    assert not (media_root / planted.blob).exists()
    # Neither the site nor a web server serving MEDIA_ROOT at MEDIA_URL can hand it out.
    assert client.get(settings.MEDIA_URL + planted.blob).status_code == 404
    request = RequestFactory().get(settings.MEDIA_URL + planted.blob)
    with pytest.raises(Http404):
        serve(request, planted.blob, document_root=settings.MEDIA_ROOT)
