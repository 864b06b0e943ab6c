"""Indicator definitions and their targets, for the coordinators (indicators/permissions.py)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.admin.ui.tables import BooleanColumn, Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from audit import trail
from audit.models import AuditAction
from indicators.measures import MEASURES
from indicators.models import Indicator


def measure_choices():
    return [(measure.key, measure.label) for measure in MEASURES.values()]


class IndicatorForm(WagtailAdminModelForm):
    measure = forms.ChoiceField(label=_("Measure"), choices=measure_choices)

    class Meta:
        model = Indicator
        fields = ["measure", "sort_order", "public", "note"]


class AuditedCreateView(generic.CreateView):
    def save_instance(self):
        instance = super().save_instance()
        trail.record(AuditAction.CREATE, user=self.request.user, obj=instance)
        return instance


class AuditedEditView(generic.EditView):
    def save_instance(self):
        instance = super().save_instance()
        trail.record(
            AuditAction.CHANGE,
            user=self.request.user,
            obj=instance,
            fields=sorted(self.form.changed_data),
        )
        return instance


class AuditedDeleteView(generic.DeleteView):
    def delete_action(self):
        trail.record(AuditAction.DELETE, user=self.request.user, obj=self.object)
        super().delete_action()


class IndicatorViewSet(ModelViewSet):
    model = Indicator
    form_class = IndicatorForm
    icon = "crosshairs"
    menu_label = _("Definitions")
    url_prefix = "indicators/definitions"
    name = "indicator_definitions"
    add_view_class = AuditedCreateView
    edit_view_class = AuditedEditView
    delete_view_class = AuditedDeleteView
    copy_view_enabled = False
    inspect_view_enabled = False
    panels = [
        FieldPanel("measure"),
        FieldPanel("sort_order"),
        FieldPanel("public"),
        FieldPanel("note"),
        InlinePanel("targets", label=_("Targets"), heading=_("Targets")),
    ]
    list_display = [
        TitleColumn(
            "name", label=_("Indicator"), accessor="__str__", url_name="indicator_definitions:edit"
        ),
        Column("targets", label=_("Targets"), accessor="targets_text"),
        BooleanColumn("public", label=_("Published in releases")),
        Column("sort_order", label=_("Order")),
    ]
