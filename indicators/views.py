"""The coordinator's dashboard and the releases, in the Wagtail admin.

Every view asks indicators/permissions.py; whoever may not see live figures gets 404, and the
attempt is audited. Every view of figures and every export writes an audit entry (the filters,
never a figure).
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from audit import refusals, trail
from audit.models import AuditAction
from indicators import permissions, presentation
from indicators.models import FIRST_YEAR, Release, ReleaseStatus


def refused(request, release):
    """403, with the reason, to someone who may see the release but not do what she asked."""
    return refusals.refused(
        request,
        _(
            "You may see this release, but not do this: the coordinator prepares and submits a "
            "release, a communications lead publishes it or sends it back."
        ),
        reverse("indicators_release", args=[release.pk]),
    )


class PermissionRequired:
    """Admits only users whom indicators.permissions allows `required`; its pages sit under
    Indicators in the breadcrumbs."""

    required = permissions.VIEW_FIGURES
    parent_crumbs = ()

    def get_breadcrumbs_items(self):
        crumbs = [{"url": reverse(name), "label": label} for name, label in self.parent_crumbs]
        return self.breadcrumbs_items + crumbs + [{"url": "", "label": self.get_page_title()}]

    def dispatch(self, request, *args, **kwargs):
        if not permissions.can(request.user, self.required):
            permissions.refuse(request)
        return super().dispatch(request, *args, **kwargs)


def year_choices():
    last = max(timezone.localdate().year, FIRST_YEAR + 4)
    return [(str(year), str(year)) for year in range(FIRST_YEAR, last + 1)]


class FilterForm(forms.Form):
    """The dashboard's filters: a period (the whole programme or one year) and a service."""

    period = forms.ChoiceField(label=_("Period"), required=False)
    service = forms.ChoiceField(label=_("Service"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        whole = f"{FIRST_YEAR}-{FIRST_YEAR + 4}"
        self.fields["period"].choices = [
            (whole, _("The programme, %(period)s") % {"period": whole.replace("-", "–")}),
            *year_choices(),
        ]
        self.fields["service"].choices = [("", _("All")), *presentation.service_choices()]

    def selected_period(self):
        value = self.cleaned_data.get("period") if self.is_valid() else ""
        if value and "-" in value:
            first, last = value.split("-")
            return int(first), int(last)
        if value:
            return int(value), int(value)
        return FIRST_YEAR, FIRST_YEAR + 4

    def selected_service(self):
        return (self.cleaned_data.get("service") if self.is_valid() else "") or None


@method_decorator(never_cache, name="dispatch")
class DashboardView(
    PermissionRequired, SpreadsheetExportMixin, WagtailAdminTemplateMixin, TemplateView
):
    """Targets against the live figures, by period and service, with charts, tables and exports.
    Aggregates only: no name, reference or link to a record."""

    template_name = "indicators/dashboard.html"
    page_title = _("Indicators")
    header_icon = "crosshairs"
    export_filename = "indicators"
    list_export = ["indicator", "period", "row", "column", "count", "target"]
    export_headings = {
        "indicator": _("Indicator"),
        "period": _("Period"),
        "row": _("Row"),
        "column": _("Column"),
        "count": _("Count"),
        "target": _("Target"),
    }

    def get(self, request, *args, **kwargs):
        self.filters = FilterForm(request.GET or None)
        first, last = self.filters.selected_period()
        self.blocks = presentation.dashboard_blocks(first, last, self.filters.selected_service())
        details = {"period": f"{first}-{last}", "service": self.filters.selected_service() or "all"}
        if self.is_export:
            trail.record(
                AuditAction.EXPORT,
                request=request,
                what="indicators",
                format=request.GET["export"],
                **details,
            )
            return self.as_spreadsheet(presentation.export_rows(self.blocks), request.GET["export"])
        trail.record(AuditAction.VIEW, request=request, what="indicators", **details)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(filters=self.filters, blocks=self.blocks, **kwargs)


class ReleaseIndexView(PermissionRequired, WagtailAdminTemplateMixin, TemplateView):
    required = permissions.SEE_RELEASES
    template_name = "indicators/releases.html"
    page_title = _("Releases")
    header_icon = "doc-full"

    def get_context_data(self, **kwargs):
        user = self.request.user
        return super().get_context_data(
            releases=permissions.visible_releases(user).select_related(
                "prepared_by", "published_by"
            ),
            may_prepare=permissions.can(user, permissions.PREPARE),
            **kwargs,
        )


class ReleaseForm(forms.ModelForm):
    class Meta:
        model = Release
        fields = ["first_year", "last_year"]


class ReleaseCreateView(PermissionRequired, WagtailAdminTemplateMixin, FormView):
    required = permissions.PREPARE
    template_name = "indicators/release_form.html"
    page_title = _("Prepare a release")
    parent_crumbs = [("indicators_releases", _("Releases"))]
    header_icon = "doc-full"
    form_class = ReleaseForm

    def get_initial(self):
        last_complete = timezone.localdate().year - 1
        return {"first_year": FIRST_YEAR, "last_year": max(FIRST_YEAR, last_complete)}

    def form_valid(self, form):
        release = form.save(commit=False)
        try:
            release.prepare(by=self.request.user)
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(
            self.request, _("The figures are ready: check them as the public will see them.")
        )
        return redirect("indicators_release", release.pk)


@method_decorator(never_cache, name="dispatch")
class ReleaseDetailView(PermissionRequired, WagtailAdminTemplateMixin, TemplateView):
    """A release exactly as the public will see it, and what may be done with it now."""

    required = permissions.SEE_RELEASES
    template_name = "indicators/release.html"
    header_icon = "doc-full"

    def get(self, request, pk):
        self.release = permissions.get_release_for(request, pk)
        trail.record(AuditAction.VIEW, request=request, obj=self.release)
        return super().get(request, pk=pk)

    parent_crumbs = [("indicators_releases", _("Releases"))]

    def get_page_title(self):
        return str(self.release)

    def get_context_data(self, **kwargs):
        user = self.request.user
        release = self.release
        return super().get_context_data(
            release=release,
            blocks=presentation.release_blocks(release),
            may_prepare=permissions.can(user, permissions.PREPARE)
            and release.status == ReleaseStatus.PREPARING,
            may_publish=permissions.can(user, permissions.PUBLISH)
            and release.status == ReleaseStatus.SUBMITTED,
            **kwargs,
        )


class ReleaseActionView(PermissionRequired, View):
    """The verbs on a release, each a POST: compute again, submit, publish, send back, delete."""

    http_method_names = ["post"]
    required = permissions.SEE_RELEASES
    ACTIONS = {
        "prepare": permissions.PREPARE,
        "submit": permissions.PREPARE,
        "delete": permissions.PREPARE,
        "publish": permissions.PUBLISH,
        "send_back": permissions.PUBLISH,
    }

    def post(self, request, pk, action):
        if action not in self.ACTIONS:
            raise Http404
        release = permissions.get_release_for(request, pk)
        if not permissions.can(request.user, self.ACTIONS[action]):
            # She may see the release, not do this to it.
            trail.record(AuditAction.DENIED, request=request, obj=release, verb=action)
            return refused(request, release)
        try:
            with transaction.atomic():
                done = self.act(request, release, action)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("indicators_release", release.pk)
        messages.success(request, done)
        if action == "delete":
            return redirect("indicators_releases")
        return redirect("indicators_release", release.pk)

    def act(self, request, release, action):
        user = request.user
        if action == "prepare":
            release.prepare(by=user)
            return _("The figures were computed again.")
        if action == "submit":
            release.submit(by=user)
            return _("Submitted: a communications lead will publish it or send it back.")
        if action == "publish":
            release.publish(by=user)
            return _("Published: the results page now shows these figures.")
        if action == "send_back":
            release.send_back(by=user, reason=request.POST.get("reason", ""))
            return _("Sent back to the coordinator.")
        release.remove(by=user)
        return _("The release was deleted.")
