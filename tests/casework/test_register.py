"""The register of processing (casework/register.py): checked against the code it describes, and
shown to the data protection officer only, in her admin language, exportable and audited."""

import csv
import html
import io
import re
import tomllib
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest
from django.apps import apps
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import Promise
from wagtail.users.models import UserProfile

from audit.models import AuditAction, AuditEntry
from casework import register
from casework.models import (
    Attachment,
    CaseSession,
    EmergencyAccess,
    FollowUp,
    Incident,
    PartnerKind,
    Person,
    Referral,
    RightsRequest,
)
from casework.models.records import SCOPE_FOR_PARTNER
from casework.retention import apply as apply_retention
from cms.crypto import EncryptedTextField
from tests.casework.test_retention import closed_case, fill
from tests.factories import ConsentFactory, PersonFactory

pytestmark = pytest.mark.django_db

PAGE = "casework_register"
PRINT = "casework_register_print"
OUTSIDERS = [
    "tech_admin",
    "cw_listening",
    "cw_migrants",
    "sup_listening",
    "coordinator",
    "editor",
    "youth_officer",
]


# --- Checked against the code ---------------------------------------------------------------------


def casework_models():
    return list(apps.get_app_config("casework").get_models())


def test_every_field_of_every_casework_model_is_placed_in_the_register():
    """Adding a field to a casework model (or a casework model) fails here until FIELDS says
    which category of data it is, or that it is technical."""
    assert register.unplaced_fields() == []
    assert set(register.FIELDS) == set(casework_models())


def test_a_field_the_register_forgets_is_named(monkeypatch):
    person_fields = {k: v for k, v in register.FIELDS[Person].items() if k != "phone"}
    monkeypatch.setitem(register.FIELDS, Person, person_fields)
    monkeypatch.delitem(register.FIELDS, Incident)
    assert register.unplaced_fields() == ["casework.incident (model)", "casework.person.phone"]


def test_a_field_the_register_names_but_the_model_lost_is_named(monkeypatch):
    monkeypatch.setitem(
        register.FIELDS, Person, {**register.FIELDS[Person], "nickname": register.Category.IDENTITY}
    )
    assert register.unplaced_fields() == ["casework.person.nickname (not in the model)"]


def test_every_field_a_person_reads_in_the_register_has_a_translated_label():
    for model, fields in register.FIELDS.items():
        for entry in register.field_entries(model):
            if fields[entry.name] != register.Category.TECHNICAL:
                assert isinstance(entry.label, Promise), (model, entry.name)


def test_the_register_marks_exactly_the_encrypted_fields():
    for model in casework_models():
        for entry in register.field_entries(model):
            model_field = model._meta.get_field(entry.name)
            assert entry.encrypted == isinstance(model_field, EncryptedTextField)
    by_name = {entry.name: entry for entry in register.field_entries(Person)}
    assert by_name["first_name"].encrypted and by_name["identity_document"].encrypted
    assert not by_name["sex"].encrypted and not by_name["migrant_status"].encrypted


def test_the_identity_category_lists_the_persons_identifying_fields():
    with translation.override("en"):
        listening = register.activities()[0]
        identity = next(
            c for c in listening.categories if c.label == "Identity and contact details"
        )
    assert [entry.name for entry in identity.fields] == list(Person.IDENTIFYING_FIELDS)


def test_only_the_listening_centre_declares_incidents():
    with translation.override("en"):
        by_key = {activity.key: activity for activity in register.activities()}
        labels = {
            key: [str(category.label) for category in by_key[key].categories]
            for key in ("listening", "migrants", "daycentre")
        }
    violence = "Violence suffered (incidents and complaints)"
    assert violence in labels["listening"]
    assert violence not in labels["migrants"] and violence not in labels["daycentre"]
    assert "Disability (health data)" in labels["daycentre"]
    assert "Migration status" in labels["migrants"]


def test_each_service_declares_the_kinds_of_session_its_form_offers():
    with translation.override("en"):
        notes = {
            activity.key: next(
                str(c.note) for c in activity.categories if c.label == "Sessions and what was said"
            )
            for activity in register.activities()[:3]
        }
    assert notes == {
        "listening": "Kinds of session recorded: Listening session, Support group, Legal help / "
        "complaint filed, Shelter stay, Health referral.",
        "migrants": "Kinds of session recorded: Orientation: rights, Orientation: health, "
        "Orientation: administration.",
        "daycentre": "Kinds of session recorded: Home visit, Parent support.",
    }


def test_every_kind_of_referral_partner_is_a_recipient_with_the_consent_it_needs():
    with translation.override("en"):
        recipients = [str(item) for item in register.activities()[0].recipients]
        for kind in PartnerKind:
            scope = SCOPE_FOR_PARTNER[kind].label
            assert any(
                str(kind.label if kind != PartnerKind.INTERNAL else "Another service") in item
                and item.endswith(str(scope))
                for item in recipients
            ), kind
    assert any("coordinator: aggregates only" in item for item in recipients)


def test_the_retention_figures_come_from_the_settings(settings):
    settings.CASEWORK_RETENTION_DAYS = 730
    settings.PROPOSALS_CONTACT_RETENTION_DAYS = 90
    settings.BACKUP_KEEP = 7
    with translation.override("en"):
        by_key = {activity.key: activity for activity in register.activities()}
        casework = " ".join(str(item) for item in by_key["migrants"].retention)
        proposals = " ".join(str(item) for item in by_key["proposals"].retention)
    assert "730 days (about 2 years) after a case is closed" in casework
    assert "7 nightly archives" in casework
    assert "erased 90 days after the proposal is closed" in proposals


def test_what_the_register_says_retention_erases_is_what_apply_retention_erases(
    settings, cw_listening, tmp_path
):
    settings.CASEWORK_RETENTION_DAYS = 365
    settings.STORAGES = {
        **settings.STORAGES,
        "casework": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "private"), "base_url": None},
        },
    }
    person = PersonFactory(address="Douar", identity_document="JC1", details="Cooperative")
    case = fill(closed_case(person, days_ago_closed=400), cw_listening)
    ConsentFactory(case=case, scope="legal")
    EmergencyAccess.objects.create(
        user=cw_listening,
        case=case,
        reason="The server failed",
        started_at=timezone.now() - timedelta(days=500),
        expires_at=timezone.now() - timedelta(days=499),
    )
    RightsRequest.objects.create(person=person, kind="access", note="Came to the desk")

    apply_retention()

    for model, names in register.RETENTION_ERASES.items():
        rows = model.objects.filter(pk=person.pk) if model is Person else model.objects.all()
        assert rows.exists(), model
        for row in rows:
            for name in names:
                assert getattr(row, name) == "", (model, name)
    for model in register.RETENTION_DELETES:
        assert not model.objects.filter(case=case).exists()
    # What the register says is kept is still there.
    person.refresh_from_db()
    assert (person.sex, person.birth_year) == ("F", 1990)
    assert CaseSession.objects.filter(case=case).exclude(kind="").count() == 2
    assert Incident.objects.get(case=case).violence_type == "physical_assault"
    assert Referral.objects.get(case=case).partner_kind == "police"
    assert FollowUp.objects.get(case=case).due_on == case.opened_on
    assert Attachment in register.RETENTION_DELETES


def test_the_register_names_the_platforms_version():
    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    assert register.APP_VERSION == tomllib.loads(pyproject.read_text())["project"]["version"]


# --- The screens ----------------------------------------------------------------------------------


FRENCH_WORDS = [
    "Categories of personal data",
    "Identity and contact details",
    "Sex, age and nationality",
    "encrypted",
    "Processing activity",
    "Section",
    "Detail",
    "Register of processing",
    "Data protection officer",
    "Youth project proposals",
    "Staff accounts, sign-in and the audit trail",
    "Visits to the public site",
]


@pytest.fixture
def dpo_in(dpo, verified_client):
    """`dpo_in(language)`: Karim, the data protection officer, signed in with both factors, his
    admin in `language`."""

    def sign_in(language):
        profile = UserProfile.get_for_user(dpo)
        profile.preferred_language = language
        profile.save()
        return verified_client(dpo)

    return sign_in


def text_of(response):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", response.content.decode())).split())


def test_the_dpo_reads_the_register_in_french(dpo_in):
    response = dpo_in("fr").get(reverse(PAGE))
    assert response.status_code == 200
    assert '<html lang="fr" dir="ltr"' in response.content.decode()
    text = text_of(response)
    for words in (
        "Centre d'écoute pour les femmes victimes de violence",
        "Bureau d'accueil et d'orientation des migrants",
        "Centre d'accueil de jour pour les jeunes en situation de handicap",
        "Prénom Personne",
        "Situation migratoire Personne",
        "Télécharger XLSX",
        "Karim Belhaj Demo",
    ):
        assert words in text, words
    assert "Listening centre for women victims of violence" not in text


def test_the_dpo_reads_the_register_in_arabic(dpo_in):
    response = dpo_in("ar").get(reverse(PAGE))
    assert response.status_code == 200
    page = response.content.decode()
    assert '<html lang="ar" dir="rtl"' in page
    text = text_of(response)
    for words in (
        "مركز الاستماع للنساء ضحايا العنف",
        "مكتب استقبال وتوجيه المهاجرين",
        "الاسم الشخصي",
        "الوضعية بالنسبة للهجرة",
        "تنزيل XLSX",
    ):
        assert words in text, words
    assert "<bdi>Karim Belhaj Demo" in page


def test_the_dpo_finds_the_register_in_her_menu(dpo_in):
    response = dpo_in("en").get(reverse("wagtailadmin_home"))
    assert reverse(PAGE) in response.content.decode()


def test_each_view_of_the_register_is_audited_without_its_content(dpo_in, dpo):
    client = dpo_in("en")
    client.get(reverse(PAGE))
    client.get(reverse(PRINT))
    entries = AuditEntry.objects.filter(actor=dpo, action=AuditAction.VIEW).order_by("pk")
    assert list(entries.values_list("details", flat=True)) == [
        {"what": "register"},
        {"what": "register", "format": "print"},
    ]


def test_the_dpo_downloads_the_register_as_xlsx_in_french(dpo_in, dpo):
    response = dpo_in("fr").get(reverse(PAGE), {"export": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        f'attachment; filename="register-of-processing-{register.REGISTER_UPDATED}.xlsx"'
    )
    content = b"".join(response.streaming_content)
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    rows = [tuple(cell.value for cell in row) for row in sheet.iter_rows()]
    with translation.override("fr"):
        # The register's own words in French, whether or not the catalogue has them yet.
        fr = {key: str(translation.gettext(key)) for key in FRENCH_WORDS}
    listening = "Centre d'écoute pour les femmes victimes de violence"
    section = fr["Categories of personal data"]
    identity = fr["Identity and contact details"]
    encrypted = fr["encrypted"]
    assert rows[0] == (fr["Processing activity"], fr["Section"], "Entrée", fr["Detail"])
    assert (listening, section, identity, f"personne: prénom ({encrypted})") in rows
    assert (listening, section, fr["Sex, age and nationality"], "personne: sexe") in rows
    assert (
        fr["Register of processing"],
        fr["Data protection officer"],
        f"Karim Belhaj Demo <{dpo.email}>",
        None,
    ) in rows
    activities = {row[0] for row in rows[1:]}
    assert activities == {
        fr["Register of processing"],
        listening,
        "Bureau d'accueil et d'orientation des migrants",
        "Centre d'accueil de jour pour les jeunes en situation de handicap",
        fr["Youth project proposals"],
        fr["Staff accounts, sign-in and the audit trail"],
        fr["Visits to the public site"],
    }
    entry = AuditEntry.objects.get(actor=dpo, action=AuditAction.EXPORT)
    assert entry.details == {"what": "register", "format": "xlsx"}


def test_the_dpo_downloads_the_register_as_csv(dpo_in):
    response = dpo_in("en").get(reverse(PAGE), {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        f'attachment; filename="register-of-processing-{register.REGISTER_UPDATED}.csv"'
    )
    text = b"".join(response.streaming_content).decode()
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["Processing activity", "Section", "Entry", "Detail"]
    assert [
        "Listening centre for women victims of violence",
        "Categories of personal data",
        "Violence suffered (incidents and complaints)",
        "incident: what happened and where (encrypted)",
    ] in rows


def test_the_printable_register_is_a_page_of_its_own_in_the_dpos_language(dpo_in):
    response = dpo_in("ar").get(reverse(PRINT))
    assert response.status_code == 200
    page = response.content.decode()
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="ar" dir="rtl">' in page
    assert "مركز الاستماع للنساء ضحايا العنف" in page
    assert "casework/register" in page  # its stylesheet, print rules included


@pytest.mark.parametrize("persona", OUTSIDERS)
def test_everyone_else_gets_404_on_the_register_and_the_attempt_is_audited(
    request, persona, verified_client
):
    user = request.getfixturevalue(persona)
    client = verified_client(user)
    for url, query in [
        (reverse(PAGE), {}),
        (reverse(PAGE), {"export": "xlsx"}),
        (reverse(PAGE), {"export": "csv"}),
        (reverse(PRINT), {}),
    ]:
        response = client.get(url, query)
        assert response.status_code == 404, (url, query)
    assert reverse(PAGE) not in client.get(reverse("wagtailadmin_home")).content.decode()
    assert (
        not AuditEntry.objects.filter(action__in=[AuditAction.VIEW, AuditAction.EXPORT])
        .filter(details__what="register")
        .exists()
    )
    denied = AuditEntry.objects.filter(action=AuditAction.DENIED, actor=user)
    assert [row["wanted"] for row in denied.values_list("details", flat=True)] == ["register"] * 4


def test_an_anonymous_visitor_is_sent_to_the_login_page(client):
    response = client.get(reverse(PAGE))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
