"""The register of processing (casework/register.py) in the admin, for the data protection
officer only: readable in her admin language, downloadable as XLSX or CSV, printable. Anyone
else, superusers included, gets a 404 and the attempt is audited. Each view and each export
writes an audit entry naming the register (no value from it)."""

from django.http import Http404
from django.shortcuts import render
from django.urls import path
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from audit import trail
from audit.models import AuditAction
from casework import permissions, register

WHAT = "register"


class DataProtectionOfficerOnly:
    """A 404 to anyone but a data protection officer, recorded as a refused access."""

    def dispatch(self, request, *args, **kwargs):
        if not permissions.may_read_register(request.user):
            trail.record(AuditAction.DENIED, request=request, wanted=WHAT)
            raise Http404
        return super().dispatch(request, *args, **kwargs)


def register_context():
    return {
        "activities": register.activities(),
        "controller": register.controller(),
        "dpo_contacts": register.dpo_contacts(),
        "updated": register.REGISTER_UPDATED,
        "version": register.APP_VERSION,
        "sections": register.SECTIONS,
    }


@method_decorator(never_cache, name="dispatch")
class RegisterView(
    DataProtectionOfficerOnly, SpreadsheetExportMixin, WagtailAdminTemplateMixin, TemplateView
):
    """One section per processing activity; `?export=xlsx|csv` downloads it all."""

    template_name = "casework/register.html"
    page_title = _("Register of processing")
    header_icon = "list-ul"
    export_filename = "register-of-processing"
    list_export = ["activity", "section", "entry", "detail"]
    export_headings = {
        "activity": _("Processing activity"),
        "section": _("Section"),
        "entry": _("Entry"),
        "detail": _("Detail"),
    }

    def get_filename(self):
        # The register's date, never a name: the file says which version of the register it is.
        return f"{self.export_filename}-{register.REGISTER_UPDATED.isoformat()}"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get(self, request, *args, **kwargs):
        if self.is_export:
            export_format = request.GET["export"]
            trail.record(AuditAction.EXPORT, request=request, what=WHAT, format=export_format)
            rows = register.export_rows(register.activities())
            return self.as_spreadsheet(rows, export_format)
        trail.record(AuditAction.VIEW, request=request, what=WHAT)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(**register_context(), **kwargs)


@method_decorator(never_cache, name="dispatch")
class RegisterPrintView(DataProtectionOfficerOnly, View):
    """The register on a page of its own, without the admin around it, to print or save as PDF."""

    def get(self, request):
        trail.record(AuditAction.VIEW, request=request, what=WHAT, format="print")
        return render(request, "casework/register_print.html", register_context())


def register_urlpatterns():
    return [
        path("casework/register/", RegisterView.as_view(), name="casework_register"),
        path(
            "casework/register/print/",
            RegisterPrintView.as_view(),
            name="casework_register_print",
        ),
    ]
