"""Every CSV and XLSX export of the admin writes text a spreadsheet would run as a formula as
text (cms/exports.py): the views are found from the URL resolver and Wagtail's viewset registry,
so an export added later is checked without anyone listing it here."""

import csv
import io

import pytest
from django.urls import URLResolver, get_resolver
from openpyxl import Workbook, load_workbook
from wagtail.admin.views.mixins import Echo, SpreadsheetExportMixin
from wagtail.admin.viewsets import viewsets

from cms.exports import FORMULA_PREFIXES, neutralise_formula

HOSTILE = [
    '=HYPERLINK("http://x","y")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
]


def _exporting_views(resolver=None):
    """{view class: its initkwargs} of every URL whose view writes a spreadsheet."""
    found = {}
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            found.update(_exporting_views(pattern))
            continue
        view_class = getattr(pattern.callback, "view_class", None)
        if view_class is None or not issubclass(view_class, SpreadsheetExportMixin):
            continue
        initkwargs = pattern.callback.view_initkwargs
        if initkwargs.get("list_export", view_class.list_export):
            found[view_class] = initkwargs
    return found


EXPORTING = _exporting_views()


def test_the_exports_found_include_every_registered_viewset_that_exports():
    with_export = set()
    for viewset in viewsets.viewsets:
        view = getattr(viewset, "index_view", None)
        view_class = getattr(view, "view_class", None)
        if view_class and view.view_initkwargs.get("list_export", view_class.list_export):
            with_export.add(view_class)
    assert with_export and with_export <= set(EXPORTING)
    names = {view.__qualname__ for view in EXPORTING}
    # Ours, and Wagtail's reports that export what editors typed.
    assert {
        "AuditEntryIndexView",
        "CaseIndexView",
        "ActivityIndexView",
        "ProposalIndexView",
        "ForumIndexView",
        "LogEntriesView",
        "LockedPagesView",
    } <= names


def _view(view_class):
    view = view_class(**EXPORTING[view_class])
    # A view's own preprocessing of a field turns an object (a content type, a dict) into text:
    # here every field holds the hostile text itself, which is what reaches the file.
    view.custom_field_preprocess = {}
    return view


@pytest.mark.parametrize("view_class", EXPORTING, ids=lambda view: view.__qualname__)
def test_no_csv_export_writes_a_cell_a_spreadsheet_would_run(view_class):
    view = _view(view_class)
    for value in HOSTILE:
        writer = csv.DictWriter(Echo(), fieldnames=view.list_export)
        line = view.write_csv_row(writer, dict.fromkeys(view.list_export, value))
        [row] = list(csv.reader(io.StringIO(line.decode())))
        assert len(row) == len(view.list_export)
        for cell in row:
            assert not cell.startswith(FORMULA_PREFIXES), (view_class, cell)


@pytest.mark.parametrize("view_class", EXPORTING, ids=lambda view: view.__qualname__)
def test_no_xlsx_export_writes_a_cell_a_spreadsheet_would_run(view_class):
    view = _view(view_class)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    for value in HOSTILE:
        sheet.append(list(view.generate_xlsx_row(sheet, dict.fromkeys(view.list_export, value))))
    output = io.BytesIO()
    workbook.save(output)
    output.seek(0)
    cells = [cell for row in load_workbook(output).active.iter_rows() for cell in row]
    assert len(cells) == len(HOSTILE) * len(view.list_export)
    for cell in cells:
        assert cell.data_type == "s", (view_class, cell.value)
        assert not cell.value.startswith(FORMULA_PREFIXES), (view_class, cell.value)


def test_text_that_is_no_formula_and_numbers_are_exported_as_they_are():
    assert neutralise_formula("Jeunes de Belfaa") == "Jeunes de Belfaa"
    assert neutralise_formula("") == ""
    assert neutralise_formula(-3) == -3
    assert neutralise_formula("=1+1") == "'=1+1"
