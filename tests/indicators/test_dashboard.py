"""The coordinator's dashboard: live figures against targets, filtered by period and service,
exported as CSV and XLSX, every view and export audited, and nothing that names a person or a
case on any page or export she can reach."""

import io
import re
from datetime import date

import openpyxl
import pytest
from django.urls import reverse

from audit.models import AuditAction, AuditEntry
from indicators.models import Release
from tests.factories import CaseFactory, CaseSessionFactory, PersonFactory, service

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("indicators_dashboard")


@pytest.fixture
def records(cw_listening):
    """Seven women followed by the listening centre in 2024 (two of them again in 2025), five
    young people at the day centre in 2025, each with a planted name and phone."""
    cases = []
    for n in range(7):
        person = PersonFactory(first_name=f"Plantedname{n}", phone=f"0699000{n:03d}", sex="F")
        case = CaseFactory(
            service=service("listening"),
            person=person,
            owner=cw_listening,
            opened_on=date(2024, 2, 1),
        )
        CaseSessionFactory(case=case, date=date(2024, 3, 1), recorded_by=cw_listening)
        if n < 2:
            CaseSessionFactory(case=case, date=date(2025, 3, 1), recorded_by=cw_listening)
        cases.append(case)
    for n in range(5):
        cases.append(
            CaseFactory(
                service=service("daycentre"),
                person=PersonFactory(first_name=f"Youngplanted{n}", sex="M", birth_year=2008),
                opened_on=date(2025, 1, 10),
            )
        )
    return cases


def text_of(response):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def test_targets_against_the_live_figures(login, coordinator, records):
    page = text_of(login(coordinator).get(DASHBOARD))
    assert "Women followed by the listening centre" in page
    assert "150" in page  # the roadmap's target over five years
    # Live figures are shown as they are, small ones included.
    assert re.search(r"Women followed by the listening centre.*?Total", page)


def test_filters_change_the_figures(login, coordinator, records):
    client = login(coordinator)
    only_2025 = text_of(client.get(DASHBOARD, {"period": "2025", "service": "listening"}))
    assert "Young people followed by the day centre" not in only_2025
    assert "Women followed by the listening centre, 2025" in only_2025
    day_centre = text_of(client.get(DASHBOARD, {"period": "2025", "service": "daycentre"}))
    assert "Women followed by the listening centre" not in day_centre


def test_a_bad_filter_is_ignored_not_an_error(login, coordinator, records):
    response = login(coordinator).get(DASHBOARD, {"period": "1900", "service": "<script>"})
    assert response.status_code == 200


def test_exports_hold_the_figures_and_are_audited(login, coordinator, records):
    client = login(coordinator)
    csv_text = b"".join(
        client.get(DASHBOARD, {"export": "csv", "period": "2024"}).streaming_content
    ).decode()
    lines = csv_text.splitlines()
    assert lines[0] == "Indicator,Period,Row,Column,Count,Target"
    listening = [
        line
        for line in lines
        if line.startswith("Women followed by the listening centre,2024,Female")
    ]
    assert sum(int(line.split(",")[4]) for line in listening) == 7
    xlsx = client.get(DASHBOARD, {"export": "xlsx", "period": "2024"})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    assert [cell.value for cell in sheet[1]] == [
        "Indicator",
        "Period",
        "Row",
        "Column",
        "Count",
        "Target",
    ]
    exports = AuditEntry.objects.filter(action=AuditAction.EXPORT, actor=coordinator)
    assert sorted(e.details["format"] for e in exports) == ["csv", "xlsx"]
    assert all(e.details["period"] == "2024-2024" for e in exports)


def test_each_view_is_audited_with_its_filters_not_its_figures(login, coordinator, records):
    login(coordinator).get(DASHBOARD, {"period": "2024", "service": "listening"})
    entry = AuditEntry.objects.get(action=AuditAction.VIEW, actor=coordinator)
    assert entry.details == {"what": "indicators", "period": "2024-2024", "service": "listening"}


def test_nothing_names_a_person_or_a_case(login, coordinator, comms_lead, records):
    """Every page and export the coordinator can reach, under every filter, and the release
    screens, hold no case or person reference and no identifying field."""
    client = login(coordinator)
    release = Release(first_year=2024, last_year=2025)
    release.prepare(by=coordinator)
    urls = [
        reverse("wagtailadmin_home"),
        reverse("indicators_releases"),
        reverse("indicator_definitions:index"),
    ]
    urls.append(reverse("indicators_release", args=[release.pk]))
    for period in ["", "2022-2026", "2024", "2025"]:
        for kind in ["", "listening", "migrants", "daycentre", "participation"]:
            for export in ["", "csv"]:
                query = "&".join(
                    f"{k}={v}"
                    for k, v in [("period", period), ("service", kind), ("export", export)]
                    if v
                )
                urls.append(f"{DASHBOARD}?{query}")
    forbidden = set()
    for case in records:
        person = case.person
        forbidden |= {
            case.reference,
            person.reference,
            person.first_name,
            person.last_name,
            person.phone,
        }
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        body = (
            b"".join(response.streaming_content) if response.streaming else response.content
        ).decode()
        leaked = [value for value in forbidden if value and value in body]
        assert not leaked, (url, leaked)
        assert "/admin/casework/" not in body, url
