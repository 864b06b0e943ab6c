"""What a caseworker meets every morning (issue 15, point 4): colleagues by their names, columns
that say something, exports with labels in her language, overdue follow-ups on the case page."""

import csv
import datetime
import io
import re

from django.urls import reverse
from django.utils import timezone
from wagtail.users.models import UserProfile

from casework.models import CaseStatus, RiskLevel
from tests.factories import CaseFactory, ConsentFactory, FollowUpFactory, service


def in_french(user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "fr"
    profile.save()


def test_the_listing_names_colleagues_and_leaves_out_her_only_service(
    login, cw_listening, listening_case
):
    in_french(cw_listening)
    page = login(cw_listening).get(reverse("casework_cases:index")).content.decode()
    assert "Fatima Bakrim Demo" in page
    assert "cw-listening" not in page
    # Neither as a column nor as a filter of one choice.
    assert "Centre d&#x27;écoute pour les femmes victimes de violence" not in page


def test_staff_of_two_services_see_the_service_column(login, cw_listening, listening_case):
    cw_listening.groups.add(service("migrants").caseworkers_group)
    in_french(cw_listening)
    page = login(cw_listening).get(reverse("casework_cases:index")).content.decode()
    assert "<td>Centre d&#x27;écoute pour les femmes victimes de violence</td>" in page


def test_the_export_says_labels_in_her_language_and_names_colleagues(
    login, cw_listening, listening_case
):
    in_french(cw_listening)
    listening_case.status = CaseStatus.ACTIVE
    listening_case.risk_level = RiskLevel.LOW
    listening_case.save()
    response = login(cw_listening).get(reverse("casework_cases:index"), {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Statut"] == "En cours"
    assert row["Niveau de risque"] == "Faible"
    assert row["Service"] == "Centre d'écoute pour les femmes victimes de violence"
    assert row["Personne référente"] == "Fatima Bakrim Demo"


def test_an_overdue_follow_up_is_flagged_on_the_case_page(login, cw_listening):
    case = CaseFactory(service=service("listening"), owner=cw_listening)
    late = timezone.localdate() - datetime.timedelta(days=2)
    FollowUpFactory(case=case, due_on=late, assigned_to=cw_listening)
    FollowUpFactory(case=case)  # due next week
    in_french(cw_listening)
    page = login(cw_listening).get(reverse("casework_cases:inspect", args=[case.pk]))
    page = page.content.decode()
    assert "Un suivi de ce dossier est en retard." in page
    assert page.count(">en retard<") == 1
    assert "Fatima Bakrim Demo" in page


def test_a_case_without_late_follow_up_has_no_warning(login, cw_listening):
    case = CaseFactory(service=service("listening"), owner=cw_listening)
    FollowUpFactory(case=case)
    in_french(cw_listening)
    page = login(cw_listening).get(reverse("casework_cases:inspect", args=[case.pk]))
    assert "en retard" not in page.content.decode()


def test_a_case_sub_form_says_whose_case_it_is_in_the_page_only(login, cw_listening):
    case = CaseFactory(service=service("listening"), owner=cw_listening)
    in_french(cw_listening)
    page = login(cw_listening).get(reverse("casework_cases:session_add", args=[case.pk]))
    page = page.content.decode()
    assert f"Dossier {case.reference} · <bdi>{case.person.full_name}</bdi>" in page
    title = page.split("<title>")[1].split("</title>")[0]
    assert case.person.first_name not in title


def test_the_add_button_and_empty_listing_speak_proper_french(login, cw_listening):
    in_french(cw_listening)
    page = login(cw_listening).get(reverse("casework_activities:index")).content.decode()
    assert "Nouvelle activité de groupe" in page
    assert "Aucune activité de groupe enregistrée pour l&#x27;instant." in page
    assert "un(e)" not in page and "Aucun(e)" not in page


def test_the_session_form_offers_only_the_kinds_of_the_cases_service(login, cw_listening):
    case = CaseFactory(service=service("listening"), owner=cw_listening)
    in_french(cw_listening)
    client = login(cw_listening)
    page = client.get(reverse("casework_cases:session_add", args=[case.pk])).content.decode()
    assert 'value="listening"' in page and 'value="shelter"' in page
    assert 'value="parent_support"' not in page  # "Soutien aux parents": the day centre's
    assert 'value="orientation_rights"' not in page
    response = client.post(
        reverse("casework_cases:session_add", args=[case.pk]),
        {"date": "2026-12-01", "kind": "parent_support", "narrative": "Typed and kept."},
    )
    assert response.status_code == 200
    assert "Typed and kept." in response.content.decode()
    assert not case.sessions.filter(kind="parent_support").exists()


def test_casework_staff_have_no_menu_of_pages(login, cw_listening, editor):
    page = login(cw_listening).get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("wagtail_localize:translations_report") not in page
    assert "Search all pages" not in page
    page = login(editor).get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("wagtail_localize:translations_report") in page


def test_a_referral_names_its_consents_by_what_was_agreed(login, cw_listening):
    case = CaseFactory(service=service("listening"), owner=cw_listening)
    ConsentFactory(case=case, person=case.person, purpose="Plainte au tribunal", scope="legal")
    in_french(cw_listening)
    page = login(cw_listening).get(reverse("casework_cases:referral_add", args=[case.pk]))
    page = page.content.decode()
    assert re.search(r'for="id_consent"[^>]*>\s*Consentement', page)
    assert "Partage avec la police et la justice : Plainte au tribunal (donné le" in page
    assert ">Consent<" not in page
