"""Spreadsheet exports that a spreadsheet cannot run: every CSV and XLSX the admin writes.

A cell whose text starts with `=`, `+`, `-` or `@` (or a tab or carriage return before one) is a
formula to Excel and LibreOffice: a group name typed on the public form as
`=HYPERLINK("http://x","y")`, a user name typed at a failed login or a page title would run on
the officer's machine when she opens the export (OWASP's "CSV injection"). Such text is exported
with a leading apostrophe, which spreadsheets read as "this is text", in CSV and in XLSX alike
(Wagtail already writes XLSX cells as text, but an apostrophe also survives a later "save as
CSV").

Every admin export goes through Wagtail's SpreadsheetExportMixin: our viewsets, and Wagtail's own
reports (site history, locked and aging pages, workflows) and redirects, which export what
editors typed. One override of its value preprocessing, installed at start-up by
`protect_every_export()` (cms/apps.py), covers them all, including any viewset added later. The
same start-up hook keeps a CSV in the language of the admin that asked for it: Wagtail streams it
after the view has returned, when the request's language is no longer active.
"""

from django.utils import translation
from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    """`value` as text a spreadsheet shows and never runs."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


_wagtail_preprocess = SpreadsheetExportMixin.preprocess_field_value


def _preprocess_field_value(self, field, value, export_format):
    # After Wagtail's own preprocessing (and any view's custom one): whatever becomes text in the
    # file, a lazy label or a model's str() included, is checked.
    return neutralise_formula(_wagtail_preprocess(self, field, value, export_format))


_wagtail_stream_csv = SpreadsheetExportMixin.stream_csv


def _stream_csv(self, queryset):
    rows = _wagtail_stream_csv(self, queryset)
    language = translation.get_language()

    def in_the_language_of_the_request():
        with translation.override(language):
            yield from rows

    return in_the_language_of_the_request()


def protect_every_export():
    """Make every SpreadsheetExportMixin view neutralise formulas and stream its CSV in the
    request's language (idempotent)."""
    SpreadsheetExportMixin.preprocess_field_value = _preprocess_field_value
    SpreadsheetExportMixin.stream_csv = _stream_csv
