"""Group activities and their attendance, for the staff of the service that ran them."""

from django import forms
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views import generic

from audit.viewsets import ConfidentialViewSet
from casework import permissions
from casework.forms import IsoDateInput
from casework.models import GroupActivity


class GroupActivityForm(WagtailAdminModelForm):
    class Meta:
        model = GroupActivity
        fields = [
            "service",
            "kind",
            "title",
            "date",
            "place",
            "women_count",
            "men_count",
            "participants",
        ]
        widgets = {"date": IsoDateInput()}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        self.fields["service"].queryset = permissions.services_of(user)
        # Linking a participant to her file: only persons whose case the user may open.
        self.fields["participants"].queryset = permissions.visible_persons(user)
        self.fields["participants"].required = False
        help_text = _(
            "Optional. Counts by sex are what the indicators use; people without a case are "
            "counted, not named."
        )
        # Participants a colleague linked whose case this user may not open: neither offered
        # nor changed here (GroupActivity.save_edit keeps them), but still counted.
        self.other_participants = (
            list(self.instance.participants.exclude(pk__in=self.fields["participants"].queryset))
            if self.instance.pk
            else []
        )
        if count := len(self.other_participants):
            others = ngettext(
                "One more participant, whose case you may not open, stays linked.",
                "%(count)s more participants, whose cases you may not open, stay linked.",
                count,
            )
            help_text = f"{help_text} {others % {'count': count}}"
        self.fields["participants"].help_text = help_text

    def clean(self):
        data = super().clean()
        participants = data.get("participants")
        if participants is not None:
            participants = [*participants, *self.other_participants]
        if participants:
            women = sum(1 for p in participants if p.sex == "F")
            men = sum(1 for p in participants if p.sex == "M")
            if women > (data.get("women_count") or 0) or men > (data.get("men_count") or 0):
                raise forms.ValidationError(
                    _("The counts by sex must include the participants linked below.")
                )
        return data


class ActivityObjectMixin:
    activity_action = permissions.CHANGE

    def get_object(self, queryset=None):
        return permissions.get_activity_for(
            self.request.user, self.kwargs["pk"], self.activity_action, request=self.request
        )


# Wagtail's generic labels read "Ajouter un(e) activité de groupe" in French: each screen says
# its own.
NOT_SAVED = _("The group activity was not saved: correct the errors below.")


class ActivityIndexView(generic.IndexView):
    add_item_label = _("New group activity")
    # Not Wagtail's index_results.html: its "Why not add one?" has no French translation, and
    # its links to other searches lead out of casework.
    results_template_name = "wagtailadmin/generic/listing_results.html"

    @cached_property
    def no_results_message(self):
        if self.is_searching or self.is_filtering:
            return _("No group activity matches these filters.")
        return _("No group activity recorded yet.")

    def get_base_queryset(self):
        return permissions.visible_activities(self.request.user).select_related("service")


class ActivityCreateView(generic.CreateView):
    success_message = _("Group activity “%(object)s” recorded.")
    error_message = NOT_SAVED

    def save_instance(self):
        activity = self.form.save(commit=False)
        activity.add(by=self.request.user, participants=self.form.cleaned_data["participants"])
        return activity


class ActivityEditView(ActivityObjectMixin, generic.EditView):
    success_message = _("Group activity “%(object)s” saved.")
    error_message = NOT_SAVED

    def save_instance(self):
        activity = self.form.save(commit=False)
        activity.save_edit(
            by=self.request.user,
            fields=self.form.changed_data,
            participants=self.form.cleaned_data["participants"],
            among=self.form.fields["participants"].queryset,
        )
        self.has_content_changes = self.form.has_changed()
        return activity


class ActivityDeleteView(ActivityObjectMixin, generic.DeleteView):
    activity_action = permissions.DELETE
    success_message = _("Group activity “%(object)s” deleted.")

    def delete_action(self):
        self.object.remove(by=self.request.user)


class GroupActivityViewSet(ConfidentialViewSet):
    model = GroupActivity
    icon = "group"
    menu_label = _("Group activities")
    add_to_admin_menu = True
    menu_order = 160
    url_prefix = "casework/activities"
    name = "casework_activities"
    index_view_class = ActivityIndexView
    add_view_class = ActivityCreateView
    edit_view_class = ActivityEditView
    delete_view_class = ActivityDeleteView
    copy_view_enabled = False
    list_filter = ["kind", "service", "date"]
    list_export = ["title", "kind", "service", "date", "place", "women_count", "men_count"]
    export_filename = "group-activities"
    list_display = [
        TitleColumn("title", label=_("Title"), url_name="casework_activities:edit"),
        Column("kind", label=_("Kind"), accessor="get_kind_display"),
        Column("service", label=_("Service")),
        DateColumn("date", label=_("Date")),
        Column("women_count", label=_("Women")),
        Column("men_count", label=_("Men")),
    ]

    def get_form_class(self, for_update=False):
        return GroupActivityForm
