"""The caseworkers' admin for cases: listing, detail, intake, edit, history.

Every view gets its case through permissions.get_case_for() (404 to outsiders, 403 to readers who
may not change), and the listing through permissions.visible_cases(). Views of a case are audited.
"""

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import OuterRef, Q, Subquery
from django.forms.utils import flatatt
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.html import format_html, format_html_join
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView, View
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.templatetags.wagtailadmin_tags import timesince_simple
from wagtail.admin.ui.tables import Column, Table, TitleColumn
from wagtail.admin.utils import get_user_display_name
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from audit import trail
from audit.models import AuditAction
from audit.viewsets import ConfidentialViewSet
from casework import names, permissions
from casework.forms import CaseForm, IntakeForm
from casework.models import (
    Attachment,
    Case,
    CaseSession,
    CaseStatus,
    Consent,
    FollowUp,
    Incident,
    Person,
    Referral,
    RiskLevel,
    ServiceKind,
    StaleEdit,
)
from casework.viewsets.base import CaseMixin, case_url, refused
from casework.viewsets.records import case_record_urlpatterns
from casework.viewsets.rights import legal_hold_urlpatterns
from casework.viewsets.search import SearchInSessionMixin


class CaseFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=CaseStatus.choices)
    risk_level = django_filters.ChoiceFilter(label=_("Risk level"), choices=RiskLevel.choices)
    service = django_filters.ModelChoiceFilter(
        label=_("Service"), queryset=lambda request: permissions.services_of(request.user)
    )
    assignment = django_filters.ChoiceFilter(
        label=_("Assignment"),
        method="filter_assignment",
        choices=[
            ("mine", _("Mine (owner or collaborator)")),
            ("unassigned", _("Unassigned")),
            ("closure", _("Closure requested")),
            ("overdue", _("Follow-up overdue")),
        ],
    )
    opened_on = django_filters.DateFromToRangeFilter(
        label=_("Opened between"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Case
        fields = ["status", "risk_level", "service"]

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        if request is not None and permissions.services_of(request.user).count() < 2:
            del self.filters["service"]  # a filter of one choice says nothing

    def filter_assignment(self, queryset, name, value):
        user = self.request.user
        if value == "mine":
            collaborating = Case.collaborators.through.objects.filter(user=user)
            return queryset.filter(Q(owner=user) | Q(pk__in=collaborating.values("case_id")))
        if value == "unassigned":
            return queryset.unassigned()
        if value == "closure":
            return queryset.awaiting_closure()
        if value == "overdue":
            return queryset.overdue()
        return queryset


# --- The listing's table --------------------------------------------------------------------------
# Rows and cells written here with the markup of Wagtail's table and cell templates: rendering a
# template component per cell cost more than the page's SQL (a page of 50 cases has 350 cells).

SERVICE_LABELS = dict(ServiceKind.choices)
STATUS_LABELS = dict(CaseStatus.choices)
RISK_LABELS = dict(RiskLevel.choices)


class TextColumn(Column):
    def render_cell_html(self, instance, parent_context):
        value = self.get_value(instance)
        return format_html("<td>{}</td>", "" if value is None else value)


class LinkColumn(TitleColumn):
    def render_cell_html(self, instance, parent_context):
        return format_html(
            '<td class="title"><div class="title-wrapper"><a href="{}">{}</a></div></td>',
            self.get_link_url(instance, parent_context),
            self.get_value(instance),
        )


class PersonColumn(Column):
    """The person's name (or initials, names.attach_names) and her pseudonym."""

    def render_cell_html(self, instance, parent_context):
        name = getattr(instance, "shown_name", "")
        if not name:
            return format_html("<td>{}</td>", instance.person_reference)
        return format_html(
            '<td><bdi>{}</bdi> <span class="casework-pseudonym">{}</span></td>',
            name,
            instance.person_reference,
        )


class HumanDateColumn(Column):
    """The time since the date, the date itself in a tooltip (Wagtail's human_readable_date).
    Cases on a page share few dates: each is formatted once per rendering of the table."""

    def render_cell_html(self, instance, parent_context):
        value = self.get_value(instance)
        if not value:
            return format_html("<td></td>")
        formatted = parent_context.setdefault("formatted_dates", {})
        if value not in formatted:
            formatted[value] = format_html(
                '<td><button type="button" class="w-human-readable-date"'
                ' data-controller="w-tooltip" data-w-tooltip-content-value="{}"'
                ' data-w-tooltip-placement-value="top"><time class="w-human-readable-date__date"'
                ' datetime="{}">{}</time></button></td>',
                date_format(value, "DATE_FORMAT"),
                value.isoformat(),
                capfirst(timesince_simple(value)),
            )
        return formatted[value]


class CaseTable(Table):
    """Wagtail's listing table (its table.html) written in one piece of Python."""

    def render_html(self, parent_context):
        context = {"table": self, "request": parent_context.get("request")}
        columns = list(self.columns.values())
        rows = []
        for row in self.rows:
            context["row"] = row
            cells = ((column.render_cell_html(row.instance, context),) for column in columns)
            rows.append((flatatt(row.attrs), format_html_join("", "{}", cells)))
        context.pop("row", None)
        header_attrs = {"class": self.header_row_classname} if self.header_row_classname else {}
        caption = self.get_caption()
        return format_html(
            "<table{}>{}<thead><tr{}>{}</tr></thead><tbody>{}</tbody></table>",
            flatatt(self.attrs),
            format_html('<caption class="w-sr-only">{}</caption>', caption) if caption else "",
            flatatt(header_attrs),
            format_html_join("", "{}", ((c.render_header_html(context),) for c in columns)),
            format_html_join("", "<tr{}>{}</tr>", rows),
        )


class CaseIndexView(SearchInSessionMixin, generic.IndexView):
    any_permission_required = ["view"]
    template_name = "casework/cases/index.html"
    search_fields = ["reference"]
    search_audit_name = "cases"
    list_export = [
        "reference",
        "service",
        "status",
        "risk_level",
        "owner",
        "opened_on",
        "closed_on",
    ]
    export_headings = {
        "reference": _("Reference"),
        "service": _("Service"),
        "status": _("Status"),
        "risk_level": _("Risk level"),
        "owner": _("Owner"),
        "opened_on": _("Opened on"),
        "closed_on": _("Closed on"),
    }
    export_filename = "cases"
    default_ordering = "-opened_on"
    # Wagtail's generic labels read "Ajouter un(e) dossier" in French.
    add_item_label = _("New case")
    # Not Wagtail's index_results.html: its "Why not add one?" has no French translation, and
    # its links to other searches lead out of casework.
    results_template_name = "wagtailadmin/generic/listing_results.html"
    table_class = CaseTable

    def get_base_queryset(self):
        return self.with_columns(permissions.visible_cases(self.request.user))

    @staticmethod
    def with_columns(cases):
        # The person's encrypted fields are not loaded: a listing shows only her pseudonym, read
        # by a subquery that PostgreSQL runs for the rows of the page only (a join would run
        # for every visible case before the sort).
        pseudonym = Person.objects.filter(pk=OuterRef("person_id")).values("reference")[:1]
        return cases.select_related("service", "owner").annotate(
            person_reference=Subquery(pseudonym)
        )

    def order_queryset(self, queryset):
        # The primary key breaks ties: without it, cases opened the same day can appear on two
        # pages or on none.
        queryset = super().order_queryset(queryset)
        return queryset.order_by(*queryset.query.order_by, "-pk")

    def paginate_queryset(self, queryset, page_size):
        """The page's ids first (a narrow query the listing index answers), then their rows: the
        rows skipped by a page far down the list are then never joined or read."""
        paginator, page, object_list, is_paginated = super().paginate_queryset(queryset, page_size)
        ids = list(object_list.values_list("pk", flat=True))
        # The rows by their ids alone: visibility, filters and search chose them already, and a
        # search's list of ids repeated here made PostgreSQL read a whole service for 50 rows.
        rows = self.with_columns(Case.objects.filter(pk__in=ids)).order_by(*queryset.query.order_by)
        # The page's persons are named here, their names decrypted for these rows only.
        page.object_list = names.attach_names(rows, self.request)
        return paginator, page, page.object_list, is_paginated

    def search_queryset(self, queryset):
        """A case or person reference, a person's phone or document number, or any words of her
        name (matched through blind indexes: nothing is searched in plaintext). A name's
        candidates among the cases the user may see are decrypted to drop the words that only
        share a blind token."""
        if not self.is_searching:
            return queryset
        query = self.search_query.strip()
        # References are generated upper-case: an exact match uses their unique indexes, where
        # iexact would compare UPPER(reference) on every row.
        reference = query.upper()
        named = []
        by_reference = Case.objects.filter(reference=reference).exists() or (
            Person.objects.filter(reference=reference).exists()
        )
        if not by_reference:  # a reference is no name: nothing to decrypt
            named = queryset.persons_named(query)
        # Ids only, unordered: SQLite refuses ORDER BY inside a UNION.
        persons = (
            Person.objects.matching(phone=query, document=query)
            .order_by()
            .values("pk")
            .union(Person.objects.filter(reference=reference).order_by().values("pk"))
        )
        exact = (
            Case.objects.filter(reference=reference)
            .order_by()
            .values_list("pk", flat=True)
            .union(Case.objects.filter(person__in=persons).order_by().values_list("pk", flat=True))
        )
        # Lists of ids, which PostgreSQL counts and pages through the indexes of the cases' keys
        # and persons: a subquery from the persons made it join every case (45 ms, twice, for a
        # common first name).
        return queryset.filter(Q(pk__in=list(exact)) | Q(person_id__in=named))

    def get_context_data(self, **kwargs):
        return super().get_context_data(names_hidden=names.names_hidden(self.request), **kwargs)

    @cached_property
    def no_results_message(self):
        if self.is_searching or self.is_filtering:
            return _("No case matches this search or these filters.")
        return _("No case to show.")

    @cached_property
    def columns(self):
        """No service column for staff of one service: it would repeat it on every row."""
        columns = super().columns
        if permissions.services_of(self.request.user).count() > 1:
            return columns
        return [column for column in columns if column.name != "service"]

    def to_row_dict(self, item):
        """The export says what the listing says: labels in the reader's language, colleagues by
        their names, never stored codes."""
        row = super().to_row_dict(item)
        row["service"] = SERVICE_LABELS.get(item.service.kind, item.service.kind)
        row["status"] = STATUS_LABELS.get(item.status, item.status)
        row["risk_level"] = RISK_LABELS.get(item.risk_level, item.risk_level)
        row["owner"] = get_user_display_name(item.owner) if item.owner else ""
        return row

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if self.is_export and response.status_code == 200:
            trail.record(
                AuditAction.EXPORT, request=request, what="cases", format=request.GET["export"]
            )
        return response


class PrivacySwitchView(View):
    """The screen-privacy switch: hides every name in casework lists for this session, or shows
    them again. A POST from the listing or the dashboard, which it returns to."""

    http_method_names = ["post"]

    def post(self, request):
        if not permissions.is_casework_staff(request.user):
            raise Http404
        request.session[names.PRIVACY_SESSION_KEY] = not names.names_hidden(request)
        back = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
            back = reverse("casework_cases:index")
        return redirect(back)


class CaseInspectView(CaseMixin, generic.InspectView):
    """The case file: who, what was done, what is due, what was shared."""

    any_permission_required = ["view"]
    template_name = "casework/cases/detail.html"

    def get_page_title(self):
        return str(self.object)

    def get_page_subtitle(self):
        return self.object.get_status_display()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        case = self.object
        user = self.request.user
        followups = list(case.followups.select_related("assigned_to"))
        context.update(
            {
                "case": case,
                "person": case.person,
                "other_cases": permissions.visible_cases(user)
                .filter(person=case.person)
                .exclude(pk=case.pk),
                "sessions": case.sessions.select_related("recorded_by"),
                "records_incidents": case.service.kind == ServiceKind.LISTENING,
                "incidents": case.incidents.all(),
                "followups": followups,
                "overdue_count": sum(1 for followup in followups if followup.is_overdue),
                "consents": case.consents.select_related("recorded_by"),
                "referrals": case.referrals.select_related("to_service", "consent"),
                "attachments": case.attachments.select_related("uploaded_by"),
                "collaborators": case.collaborators.all(),
                "can_change": permissions.can(user, permissions.CHANGE, case),
                "can_add": permissions.can(user, permissions.ADD, case),
                "can_refer": permissions.can(user, permissions.REFER, case),
                "can_approve_closure": permissions.can(user, permissions.APPROVE_CLOSURE, case),
                "can_download": permissions.can(user, permissions.DOWNLOAD, case),
                "emergency": permissions.has_emergency_access(user, case),
                "can_hold": permissions.can(user, permissions.HOLD, case),
                "can_lift_hold": permissions.can(user, permissions.LIFT_HOLD, case),
                "in_court": case.in_court,
            }
        )
        return context


class CaseEditView(CaseMixin, generic.EditView):
    case_action = permissions.CHANGE
    success_message = _("Case %(object)s saved.")
    error_message = _("The case was not saved: correct the errors below.")
    form_class = CaseForm
    any_permission_required = ["change"]

    def get_success_url(self):
        return reverse("casework_cases:inspect", args=[self.object.pk])

    def save_instance(self):
        case = self.form.save(commit=False)
        case.save_edit(
            by=self.request.user,
            expected_version=self.form.cleaned_data.get("version"),
            fields=self.form.changed_data,
            collaborators=self.form.cleaned_data.get("collaborators"),
        )
        return case

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except StaleEdit:
            self.produced_error_message = _("This case was not saved.")
            form.refuse_stale()
            return self.form_invalid(form)


class CaseHistoryView(CaseMixin, WagtailAdminTemplateMixin, TemplateView):
    """What was done on the case, by whom and when: read from the audit trail, the one record of
    casework activity (Wagtail's own history never holds it). Changes, referrals, grants, closure
    and emergency accesses; not who opened or searched, which is for the data protection
    officer."""

    template_name = "casework/cases/history.html"
    header_icon = "history"
    case_page = "history"
    paginate_by = 50

    def get_page_title(self):
        return _("History of %(case)s") % {"case": self.case}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("casework_cases:index"), "label": _("Cases")},
            {"url": case_url(self.case), "label": str(self.case)},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        entries = self.case.audit_entries().changes().select_related("actor").order_by("-at", "-pk")
        page = Paginator(entries, self.paginate_by).get_page(self.request.GET.get("p"))
        return super().get_context_data(
            case=self.case,
            page_obj=page,
            entries=[
                (entry, what(entry), RECORD_LABELS.get(entry.object_type, "")) for entry in page
            ],
            **kwargs,
        )


# What a step of the history was, where the action alone does not say it.
STEP_LABELS = {
    "requested": _("Closure requested"),
    "approved": _("Closure approved"),
    "rejected": _("Closure refused"),
    "reopened": _("Reopened"),
}
ANSWER_LABELS = {
    "accept": _("Referral accepted"),
    "refuse": _("Referral refused"),
    "complete": _("Referral completed"),
}


def what(entry):
    """The history's "What" for `entry`: the closure step or the referral's answer when there is
    one, else the action."""
    details = entry.details or {}
    label = STEP_LABELS.get(details.get("step")) or ANSWER_LABELS.get(details.get("answer"))
    return label or entry.get_action_display()


# The record types a case's history names, by the audit trail's object_type.
RECORD_LABELS = {
    model._meta.label_lower: capfirst(model._meta.verbose_name)
    for model in (Case, Person, CaseSession, Incident, FollowUp, Consent, Referral, Attachment)
}


class CaseDeleteView(CaseMixin, generic.DeleteView):
    """Cases are never deleted from the admin (retention anonymises them): always 403."""

    case_action = permissions.CHANGE

    def dispatch(self, request, *args, **kwargs):
        # self.case is None for a reader who may not change the case (CaseMixin.setup).
        return refused(request, case_url(self.case) if self.case else self.refused_url)


class CaseIntakeView(WagtailAdminTemplateMixin, FormView):
    """A new case for a new or known person, with a duplicate check against the persons of the
    caseworker's services (without revealing anything from other services)."""

    form_class = IntakeForm
    template_name = "casework/cases/intake.html"
    page_title = _("New case")
    header_icon = "folder-open-inverse"

    def dispatch(self, request, *args, **kwargs):
        if not permissions.is_casework_staff(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("casework_cases:index"), "label": _("Cases")},
            {"url": "", "label": self.page_title},
        ]

    @transaction.atomic
    def form_valid(self, form):
        user = self.request.user
        person = form.cleaned_data.get("same_person")
        if person is None:
            person = form.save(commit=False)
            person.register(by=user)
        case = Case.open_for(
            person,
            service=form.cleaned_data["service"],
            risk_level=form.cleaned_data["risk_level"],
            by=user,
        )
        messages.success(self.request, _("Case %(reference)s opened.") % {"reference": case})
        return redirect("casework_cases:inspect", case.pk)


class CaseViewSet(ConfidentialViewSet):
    model = Case
    icon = "folder-open-inverse"
    menu_label = _("Cases")
    add_to_admin_menu = True
    menu_order = 150
    url_prefix = "casework/cases"
    name = "casework_cases"
    index_view_class = CaseIndexView
    inspect_view_class = CaseInspectView
    edit_view_class = CaseEditView
    delete_view_class = CaseDeleteView
    # Its own history, from the audit trail (CaseHistoryView), in place of Wagtail's.
    wagtail_views_removed = {"history_results", "usage"}
    inspect_view_enabled = True
    copy_view_enabled = False
    filterset_class = CaseFilterSet
    list_display = [
        LinkColumn("reference", label=_("Reference"), url_name="casework_cases:inspect"),
        PersonColumn("person_reference", label=_("Person")),
        # Not get_FOO_display() (what str(service) calls too): it rebuilds the choices'
        # dictionary on every call.
        TextColumn(
            "service",
            label=_("Service"),
            accessor=lambda case: SERVICE_LABELS.get(case.service.kind, case.service.kind),
        ),
        TextColumn(
            "status",
            label=_("Status"),
            accessor=lambda case: STATUS_LABELS.get(case.status, case.status),
        ),
        TextColumn(
            "risk_level",
            label=_("Risk"),
            accessor=lambda case: RISK_LABELS.get(case.risk_level, case.risk_level),
        ),
        TextColumn(
            "owner",
            label=_("Owner"),
            accessor=lambda case: get_user_display_name(case.owner) if case.owner else "",
        ),
        HumanDateColumn("opened_on", label=_("Opened")),
    ]
    list_per_page = 50

    def get_form_class(self, for_update=False):
        return CaseForm

    @cached_property
    def add_view(self):
        return CaseIntakeView.as_view()

    @cached_property
    def history_view(self):
        return CaseHistoryView.as_view()

    def get_urlpatterns(self):
        return (
            super().get_urlpatterns()
            + case_record_urlpatterns()
            + legal_hold_urlpatterns()
            + [path("privacy/", PrivacySwitchView.as_view(), name="privacy")]
        )
