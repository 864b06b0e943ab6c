"""A group name typed on the public form as a spreadsheet formula reaches the officer's export
as text, in CSV and XLSX (cms/exports.py)."""

import csv
import io

import openpyxl
import pytest

from proposals.models import Proposal
from tests.proposals.test_public_form import form_data

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("http://x.invalid","y")'


@pytest.fixture
def hostile_proposal(client):
    response = client.post(
        "/fr/propositions/", form_data(group_name=FORMULA, title="@SUM(1+1)*cmd|' /C calc'!A0")
    )
    assert response.status_code == 302
    return Proposal.objects.get()


def test_a_formula_typed_as_group_name_is_text_in_the_officers_csv(
    hostile_proposal, officer_speaking
):
    response = officer_speaking("fr").get("/admin/proposals/?export=csv")

    assert response.status_code == 200
    header, row = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    exported = dict(zip(header, row, strict=True))
    assert exported["Nom du groupe"] == "'" + FORMULA
    assert exported["Titre"] == "'@SUM(1+1)*cmd|' /C calc'!A0"
    assert exported["Code de suivi"] == hostile_proposal.display_code


def test_a_formula_typed_as_group_name_is_text_in_the_officers_xlsx(
    hostile_proposal, officer_speaking
):
    response = officer_speaking("fr").get("/admin/proposals/?export=xlsx")

    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    header, row = list(sheet.iter_rows())
    exported = {heading.value: cell for heading, cell in zip(header, row, strict=True)}
    cell = exported["Nom du groupe"]
    assert (cell.data_type, cell.value) == ("s", "'" + FORMULA)
