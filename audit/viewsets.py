"""The data protection officer's audit trail in the Wagtail admin: read-only, filtered, exported.

Only members of the "Data protection officers" group reach it; everyone else, superusers
included, gets a 404 and the attempt is itself audited. There is nothing to add, edit or delete:
the views are a listing (with CSV/XLSX export) and the detail of one entry. Exporting the trail
writes an audit entry.
"""

import json
from datetime import UTC

import django_filters
from django.apps import apps
from django.contrib.auth.models import Permission
from django.db.models import Max, Q
from django.http import Http404
from django.urls import path
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, StatusFlagColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import BooleanRadioSelect

from audit import trail
from audit.models import AuditAction, AuditEntry
from audit.permissions import VIEW


class ConfidentialViewSet(ModelViewSet):
    """A Wagtail ModelViewSet kept out of Wagtail's own bookkeeping: its records are never in the
    reference index (whose "usage" screens and reports any editor can open), and it has none of
    Wagtail's history or usage views, which read Wagtail's log. Casework is recorded in its audit
    trail only; a viewset that wants a history builds it from there (cases.CaseHistoryView)."""

    add_to_reference_index = False
    #: Names of Wagtail's views this viewset does not serve.
    wagtail_views_removed = {"history", "history_results", "usage"}

    def get_common_view_kwargs(self, **kwargs):
        removed = {
            f"{name}_url_name": None
            for name in ("history", "usage")
            if name in self.wagtail_views_removed
        }
        return super().get_common_view_kwargs(**{**removed, **kwargs})

    def get_urlpatterns(self):
        return [
            pattern
            for pattern in super().get_urlpatterns()
            if pattern.name not in self.wagtail_views_removed
        ]


def _record_types():
    """The kinds of record an entry can name, for the filter: the models that the apps writing to
    the trail list with the `register_audited_models` hook."""
    models = [model for fn in hooks.get_hooks("register_audited_models") for model in fn()]
    return [(model._meta.label_lower, model._meta.verbose_name) for model in models]


class AuditEntryFilterSet(WagtailFilterSet):
    actor_username = django_filters.CharFilter(
        label=_("User"), help_text=_("The exact user name, e.g. cw-listening.")
    )
    record = django_filters.CharFilter(
        label=_("Record"),
        method="filter_record",
        help_text=_("A reference (a case or person reference) or a record id."),
    )
    object_type = django_filters.ChoiceFilter(
        label=_("Record type"), choices=_record_types, empty_label=_("All")
    )
    action = django_filters.MultipleChoiceFilter(label=_("Action"), choices=AuditAction.choices)
    at = django_filters.DateFromToRangeFilter(
        label=_("Date (UTC)"), widget=DateRangePickerWidget, method="filter_at"
    )
    flagged = django_filters.BooleanFilter(label=_("Flagged"), widget=BooleanRadioSelect)

    class Meta:
        model = AuditEntry
        fields = []

    def filter_at(self, queryset, name, value):
        # Whole days in UTC, as the listing shows the times, whatever the admin's time zone.
        if value.start:
            queryset = queryset.filter(at__gte=value.start.replace(tzinfo=UTC))
        if value.stop:
            queryset = queryset.filter(at__lte=value.stop.replace(tzinfo=UTC))
        return queryset

    def filter_record(self, queryset, name, value):
        value = value.strip()
        return queryset.filter(Q(object_repr=value) | Q(object_id=value)) if value else queryset


def _utc(moment):
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def _record_kind(entry):
    """The entry's record type as people read it ("case"), not as stored ("casework.case")."""
    try:
        return apps.get_model(entry.object_type)._meta.verbose_name
    except (LookupError, ValueError):
        return entry.object_type


def _record_label(entry):
    if not (entry.object_type or entry.object_id):
        return ""
    return f"{_record_kind(entry)} {entry.object_repr or '#' + entry.object_id}"


class DataProtectionOfficerOnly:
    """Anyone but a data protection officer gets a 404, not Wagtail's redirect with 'permission
    denied', and the attempt goes to the audit trail."""

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_permission(request.user, VIEW):
            trail.record(AuditAction.DENIED, request=request, wanted="audit_trail")
            raise Http404
        return super().dispatch(request, *args, **kwargs)


class AuditEntryIndexView(DataProtectionOfficerOnly, generic.IndexView):
    page_title = _("Audit trail")
    default_ordering = "-pk"
    list_export = [
        "pk",
        "at",
        "actor_username",
        "action",
        "get_action_display",
        "object_type",
        "object_id",
        "object_repr",
        "ip_address",
        "flagged",
        "details",
        "previous_hash",
        "hash",
    ]
    export_headings = {
        "pk": _("Entry"),
        "action": _("Action code"),
        "get_action_display": _("Action"),
        "previous_hash": _("Previous hash"),
        "hash": _("Hash"),
    }
    # A failed login's user name is typed by anyone: like every admin export, cells that a
    # spreadsheet would run as formulas are written as text (cms/exports.py).
    custom_field_preprocess = {
        "details": {
            generic.IndexView.FORMAT_CSV: lambda value: json.dumps(value, sort_keys=True),
            generic.IndexView.FORMAT_XLSX: lambda value: json.dumps(value, sort_keys=True),
        },
    }

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "pk",
                label=_("Entry"),
                accessor=lambda entry: f"#{entry.pk}",
                get_url=self.get_inspect_url,
                sort_key="pk",
            ),
            Column("at", label=_("When (UTC)"), accessor=lambda entry: _utc(entry.at)),
            Column("actor_username", label=_("Who"), sort_key="actor_username"),
            Column("action", label=_("Action"), accessor="get_action_display", sort_key="action"),
            Column("record", label=_("Record"), accessor=_record_label),
            Column("ip_address", label=_("From")),
            StatusFlagColumn(
                "flagged", label=_("Flagged"), true_label=_("Flagged"), sort_key="flagged"
            ),
        ]

    def get_filename(self):
        return f"audit-trail-{timezone.now():%Y-%m-%d}"

    def as_spreadsheet(self, queryset, spreadsheet_format):
        # Pinned to the entries that exist now, so the export does not contain its own entry and
        # the recorded row count is the file's.
        last = AuditEntry.objects.aggregate(last=Max("pk"))["last"] or 0
        queryset = queryset.filter(pk__lte=last)
        trail.record(
            AuditAction.EXPORT,
            request=self.request,
            export="audit_trail",
            format=spreadsheet_format,
            rows=queryset.count(),
            up_to_entry=last,
            # Which filters, not their values: a typed value could be a name.
            filters=sorted(self.filters.form.changed_data) if self.is_filtering else [],
        )
        return super().as_spreadsheet(queryset, spreadsheet_format)


class AuditEntryInspectView(DataProtectionOfficerOnly, generic.InspectView):
    def get_page_subtitle(self):
        return f"#{self.object.pk}"

    def get_at_display_value(self):
        return _utc(self.object.at)

    def get_ip_address_display_value(self):
        return self.object.ip_address or "-"

    def get_flagged_display_value(self):
        return _("Flagged") if self.object.flagged else _("No")

    def get_object_type_display_value(self):
        return _record_kind(self.object) if self.object.object_type else "-"

    def get_details_display_value(self):
        # "step: approved; fields: status, risk_level", not JSON; the export keeps the JSON.
        details = self.object.details or {}
        parts = []
        for key, value in sorted(details.items()):
            if isinstance(value, list):
                value = ", ".join(str(item) for item in value)
            elif isinstance(value, dict):
                value = json.dumps(value, sort_keys=True, ensure_ascii=False)
            parts.append(f"{key}: {value}")
        return "; ".join(parts) or "-"


class AuditTrailViewSet(ConfidentialViewSet):
    """The audit trail, newest first, for the data protection officer."""

    model = AuditEntry
    name = "audit_trail"
    url_prefix = "audit-trail"
    icon = "history"
    menu_label = _("Audit trail")
    menu_order = 9000
    add_to_admin_menu = True
    index_view_class = AuditEntryIndexView
    inspect_view_class = AuditEntryInspectView
    inspect_view_enabled = True
    inspect_view_fields = [
        "at",
        "actor_username",
        "action",
        "object_type",
        "object_id",
        "object_repr",
        "ip_address",
        "flagged",
        "details",
        "previous_hash",
        "hash",
    ]
    copy_view_enabled = False
    filterset_class = AuditEntryFilterSet
    list_per_page = 50

    @property
    def url_finder_class(self):
        # No edit view: an entry's admin URL is its read-only detail.
        return type(
            "AuditEntryURLFinder",
            (super().url_finder_class,),
            {"edit_url_name": self.get_url_name("inspect")},
        )

    def get_permissions_to_register(self):
        # Nothing to grant in the group editor: reading the trail follows the DPO group.
        return Permission.objects.none()

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
        ]
