"""GBV incidents at the listening centre (issue 15, point 3): GBVIMS's six types chosen by its
rules, the complaint's steps and outcome, encrypted details, audited, for the case's team only."""

import datetime

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from audit.models import AuditEntry
from casework.models import Incident, ViolenceType
from casework.models.incidents import classify
from tests.factories import CaseFactory, service


@pytest.mark.parametrize(
    ("acts", "expected"),
    [
        (["psychological", "physical_assault", "rape"], ViolenceType.RAPE),
        (["psychological", "physical_assault"], ViolenceType.PHYSICAL_ASSAULT),
        (["denial", "forced_marriage"], ViolenceType.FORCED_MARRIAGE),
        (["psychological"], ViolenceType.PSYCHOLOGICAL),
        ([], None),
    ],
)
def test_an_incident_takes_the_type_of_the_first_gbvims_question_answered_yes(acts, expected):
    assert classify(acts) == expected


def add_url(case):
    return reverse("casework_cases:incident_add", args=[case.pk])


def form(**overrides):
    data = {
        "acts": ["physical_assault", "psychological"],
        "occurred_on": "2026-11-20",
        "place_type": "survivor_home",
        "aggressor_relationship": "partner",
        "details": "Frappée dans la cuisine du douar Tigmi, devant les enfants.",
        "complaint_stage": "police",
        "complaint_filed_on": "2026-11-22",
        "complaint_outcome": "pending",
    }
    return {**data, **overrides}


def test_a_caseworker_records_an_incident_and_its_complaint(login, cw_listening, listening_case):
    client = login(cw_listening)
    response = client.post(add_url(listening_case), form())
    assert response.status_code == 302
    incident = Incident.objects.get(case=listening_case)
    assert incident.violence_type == ViolenceType.PHYSICAL_ASSAULT
    assert incident.recorded_by == cw_listening
    entry = AuditEntry.objects.get(action="create", object_type="casework.incident")
    assert "douar" not in str(entry.details)
    with connection.cursor() as cursor:
        cursor.execute("SELECT details FROM casework_incident")
        assert "douar" not in cursor.fetchone()[0]
    page = client.get(reverse("casework_cases:inspect", args=[listening_case.pk]))
    assert "Physical assault" in page.content.decode()


def test_the_outcome_of_a_complaint_is_recorded_later(login, cw_listening, listening_case):
    client = login(cw_listening)
    client.post(add_url(listening_case), form())
    incident = Incident.objects.get(case=listening_case)
    edit = reverse("casework_cases:incident_edit", args=[listening_case.pk, incident.pk])
    response = client.post(
        edit,
        form(complaint_stage="closed", complaint_outcome="conviction", version=incident.version),
    )
    assert response.status_code == 302
    incident.refresh_from_db()
    assert (incident.complaint_stage, incident.complaint_outcome) == ("closed", "conviction")


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"acts": []}, "acts"),
        ({"complaint_filed_on": ""}, "complaint_filed_on"),
        ({"complaint_filed_on": "2026-11-01"}, "complaint_filed_on"),
        ({"complaint_stage": "closed", "complaint_outcome": "pending"}, "complaint_outcome"),
        ({"complaint_stage": "none"}, "complaint_stage"),
    ],
)
def test_an_incomplete_incident_is_refused_and_keeps_what_was_typed(
    login, cw_listening, listening_case, overrides, field
):
    response = login(cw_listening).post(add_url(listening_case), form(**overrides))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert "douar Tigmi" in response.content.decode()
    assert not Incident.objects.exists()


def test_a_future_incident_is_refused(login, cw_listening, listening_case):
    tomorrow = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()
    response = login(cw_listening).post(add_url(listening_case), form(occurred_on=tomorrow))
    assert "occurred_on" in response.context["form"].errors


def test_incidents_are_for_the_listening_centre_only(login, cw_migrants, migrants_case):
    assert login(cw_migrants).get(add_url(migrants_case)).status_code == 404


def test_outsiders_get_404_and_readers_403(
    login, cw_migrants, cw_listening_2, listening_case, sup_listening
):
    assert login(cw_migrants).get(add_url(listening_case)).status_code == 404
    assert login(cw_listening_2).get(add_url(listening_case)).status_code == 404


def test_the_case_page_lists_incidents_only_at_the_listening_centre(
    login, cw_daycentre, daycentre_case
):
    page = login(cw_daycentre).get(reverse("casework_cases:inspect", args=[daycentre_case.pk]))
    assert 'id="incidents"' not in page.content.decode()


def test_an_incident_on_another_services_case_is_refused_by_the_model(cw_migrants):
    case = CaseFactory(service=service("migrants"), owner=cw_migrants)
    incident = Incident(
        acts=["psychological"],
        occurred_on=datetime.date(2026, 11, 1),
        place_type="street",
        aggressor_relationship="stranger",
    )
    with pytest.raises(Exception, match="listening centre"):
        incident.add_to(case, by=cw_migrants)
