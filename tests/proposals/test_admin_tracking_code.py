"""The tracking code in the admin has the form the group has on screen and by e-mail, with its
dash (ABCDE-FGHJK); the officer finds it typed either way."""

import csv
import io

import openpyxl
import pytest

from tests.proposals.factories import ProposalFactory, proposal_in
from tests.proposals.test_admin_inspect import inspect_fields

pytestmark = pytest.mark.django_db


def test_the_officers_page_shows_the_code_with_its_dash(officer_client):
    proposal = ProposalFactory()
    fields = inspect_fields(officer_client.get(f"/admin/proposals/inspect/{proposal.pk}/"))
    assert fields["Tracking code"] == proposal.display_code


def test_no_admin_screen_shows_the_code_without_its_dash(officer_client, officer):
    proposal = proposal_in("eligible", officer)
    pk = proposal.pk
    for url in (
        "/admin/proposals/",
        f"/admin/proposals/inspect/{pk}/",
        f"/admin/proposals/edit/{pk}/",
        f"/admin/proposals/history/{pk}/",
        f"/admin/proposals/act/{pk}/mark_not_eligible/",
        "/admin/reports/site-history/",
    ):
        response = officer_client.get(url, follow=True)
        assert response.status_code == 200, url
        assert proposal.tracking_code not in response.content.decode(), url
    for url in ("/admin/proposals/", f"/admin/proposals/inspect/{pk}/"):
        assert proposal.display_code in officer_client.get(url).content.decode(), url


def exported_rows(response, export_format):
    content = b"".join(response.streaming_content)
    if export_format == "csv":
        return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_the_export_gives_the_code_with_its_dash(officer_client, export_format):
    proposal = ProposalFactory()
    response = officer_client.get(f"/admin/proposals/?export={export_format}")
    assert response.status_code == 200
    heading, row = exported_rows(response, export_format)
    assert row[heading.index("Tracking code")] == proposal.display_code


@pytest.mark.parametrize(
    "typed",
    [
        lambda p: p.display_code,
        lambda p: p.tracking_code,
        lambda p: p.display_code.lower().replace("-", " "),
    ],
    ids=["with-dash", "without-dash", "lower-case-with-a-space"],
)
def test_an_officer_finds_a_proposal_by_its_code_typed_either_way(officer_client, typed):
    proposal = ProposalFactory(title="Atelier de couture")
    ProposalFactory(title="Tournoi de football")
    html = officer_client.get("/admin/proposals/", {"q": typed(proposal)}).content.decode()
    assert "Atelier de couture" in html and "Tournoi de football" not in html
