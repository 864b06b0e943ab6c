"""The youth programme officers' admin: proposals (listing, detail, paper proposals, changes of
status with an official answer, attachments) and forums (agenda, closing, results).

Every view answers 404 to anyone who is not a youth programme officer or a superuser, before
Wagtail's own checks: the records hold young people's contact data (proposals/permissions.py).
"""

import datetime

import django_filters
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import models
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django.views.generic import FormView, View
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, TitleColumn
from wagtail.admin.utils import get_user_display_name
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from home.models import Theme
from proposals.forms import (
    ATTACHMENT_FIELDS,
    CONSENT_FIELDS,
    CONTACT_FIELDS,
    GROUP_TEXT_FIELDS,
    MEMBER_FIELD_NAMES,
    PROJECT_FIELDS,
    AnswerForm,
    ForumCloseForm,
    PresentAtForumForm,
    ProposalForm,
    write_in,
)
from proposals.models import TRANSITIONS, Forum, Proposal, ProposalAttachment, ProposalStatus
from proposals.permissions import require_youth_officer
from proposals.utils import normalize_code, text_direction

# The form of each officers' action (proposals.models.TRANSITIONS); an answer box by default.
ACTION_FORMS = {"present_at": PresentAtForumForm}


class OfficersOnly:
    """404 to everyone but youth programme officers and superusers, before anything else."""

    def setup(self, request, *args, **kwargs):
        require_youth_officer(request.user)
        super().setup(request, *args, **kwargs)


class ReadableValues:
    """An inspect view's values as people read them: "Yes" or "No", a person's name, a dash
    for nothing; never Python's True, False or None (Wagtail shows them raw)."""

    EMPTY = "—"

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        if isinstance(value, Component):
            return value
        if isinstance(value, bool):
            return _("Yes") if value else _("No")
        if value is None or value == "":
            return self.EMPTY
        if isinstance(field, models.ForeignKey) and field.related_model is get_user_model():
            return get_user_display_name(value)
        if isinstance(value, datetime.datetime):
            # Wagtail's template formats it with |localize, which skips the time zone: UTC.
            return timezone.localtime(value)
        return value


# --- Proposals --------------------------------------------------------------------------------


class ProposalFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=ProposalStatus.choices)
    theme = django_filters.ChoiceFilter(label=_("Theme"), choices=Theme.choices)
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=Proposal._meta.get_field("language").choices
    )
    forum = django_filters.ModelChoiceFilter(
        label=_("Forum"), field_name="presentations__forum", queryset=Forum.objects.all()
    )
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Submitted between"), widget=DateRangePickerWidget
    )
    submitted_on_paper = django_filters.BooleanFilter(label=_("Submitted on paper"))

    class Meta:
        model = Proposal
        fields = ["status", "theme", "language"]


class PaperProposalForm(ProposalForm):
    """An officer types in a proposal a group brought on paper, in the group's language: its
    texts are typed in boxes that follow that language (Arabic right to left), and follow the
    language chosen in the form (proposals/admin-group-language.js)."""

    class Meta(ProposalForm.Meta):
        fields = ["language", *ProposalForm.Meta.fields]

    class Media:
        js = ["proposals/admin-group-language.js"]

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["language"]
        field.help_text = _("The language the group wrote in: we answer in it.")
        field.widget.attrs["data-rtl-languages"] = " ".join(settings.LANGUAGES_BIDI)
        language = self["language"].value()
        if language not in dict(settings.LANGUAGES):
            language = settings.LANGUAGE_CODE
        for name in GROUP_TEXT_FIELDS:
            write_in(self.fields[name].widget, language)
            self.fields[name].widget.attrs["data-follows-language"] = True


class ProposalEditForm(PaperProposalForm):
    """The same fields, without files; the status changes only through the actions."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ATTACHMENT_FIELDS:
            del self.fields[name]


class ProposalIndexView(OfficersOnly, generic.IndexView):
    def search_queryset(self, queryset):
        """Title, group or code; the code also as the group has it, "ABCDE-FGH23" (stored without
        the dash), in any case and with spaces."""
        found = super().search_queryset(queryset)
        code = normalize_code(self.search_query) if self.is_searching else ""
        if not code:
            return found
        return found | queryset.filter(tracking_code__icontains=code)


class ProposalCreateView(OfficersOnly, generic.CreateView):
    page_title = _("Paper proposal")

    def save_instance(self):
        return self.form.save_proposal(
            language=self.form.cleaned_data["language"],
            entered_by=self.request.user,
            on_paper=True,
        )

    def get_success_url(self):
        return reverse("proposals_admin:inspect", args=[self.object.pk])


class ProposalEditView(OfficersOnly, generic.EditView):
    pass


class ProposalDeleteView(OfficersOnly, generic.DeleteView):
    pass


class ProposalHistoryView(OfficersOnly, generic.HistoryView):
    pass


class ProposalUsageView(OfficersOnly, generic.UsageView):
    pass


class ProposalInspectView(OfficersOnly, ReadableValues, generic.InspectView):
    template_name = "proposals/admin/proposal_inspect.html"

    def get_fields(self):
        return [
            "tracking_code",
            "status",
            "language",
            "created_at",
            "submitted_on_paper",
            "entered_by",
            "group_name",
            *CONTACT_FIELDS,
            *CONSENT_FIELDS,
            "contact_erased_at",
            *PROJECT_FIELDS,
            "project_page",
        ]

    def get_tracking_code_display_value(self):
        # As the group has it on screen and by e-mail, and reads it out on the phone.
        return self.object.display_code

    def get_contact_erased_at_display_value(self):
        # Translators: the value shown for "contact data erased" while the contact is still kept.
        return self.object.contact_erased_at or _("Not erased")

    def get_context_data(self, **kwargs):
        proposal = self.object
        actions = [
            {"url": reverse("proposals_admin:act", args=[proposal.pk, name]), "label": action.label}
            for name, action in proposal.transitions_offered().items()
        ]
        return super().get_context_data(
            proposal=proposal,
            actions=actions,
            attachments=proposal.attachments.all(),
            answers=proposal.answers.select_related("author"),
            # Answers are written in the group's language, whatever the admin's.
            group_text_direction=text_direction(proposal.language),
            presentations=proposal.presentations.select_related("forum"),
            **kwargs,
        )


class ProposalActionView(OfficersOnly, WagtailAdminTemplateMixin, FormView):
    """One change of status, with its official answer: calls the proposal's verb-named method."""

    template_name = "proposals/admin/action_form.html"
    header_icon = "tasks"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.proposal = get_object_or_404(Proposal, pk=kwargs["pk"])
        transition = TRANSITIONS.get(kwargs["action"])
        if transition is None or transition.label is None:
            raise Http404
        self.method_name = kwargs["action"]
        self.action = transition
        self.label = transition.label
        self.form_class = ACTION_FORMS.get(self.method_name, AnswerForm)

    def get_page_title(self):
        return self.label

    def get_page_subtitle(self):
        return str(self.proposal)

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs.update(
            proposal=self.proposal,
            status=self.action.target,
            required=self.action.answer_required,
        )
        return kwargs

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("proposals_admin:index"), "label": _("Youth proposals")},
            {
                "url": reverse("proposals_admin:inspect", args=[self.proposal.pk]),
                "label": str(self.proposal),
            },
            {"url": "", "label": self.label},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(proposal=self.proposal, submit_label=self.label, **kwargs)

    def form_valid(self, form):
        answer = form.cleaned_data.get("answer", "")
        method = getattr(self.proposal, self.method_name)
        try:
            if self.method_name == "present_at":
                method(form.cleaned_data["forum"], by=self.request.user, answer=answer)
            elif self.method_name in ("mark_eligible", "mark_not_eligible"):
                method(answer, by=self.request.user)
            else:
                method(by=self.request.user, answer=answer)
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("“%(title)s” is now: %(status)s.")
            % {"title": self.proposal.title, "status": self.proposal.get_status_display()},
        )
        return redirect("proposals_admin:inspect", self.proposal.pk)


class AttachmentDownloadView(OfficersOnly, View):
    """An attachment, to officers only; never from a public URL, never shown inline."""

    def get(self, request, pk, attachment_pk):
        attachment = get_object_or_404(ProposalAttachment, pk=attachment_pk, proposal_id=pk)
        response = FileResponse(
            attachment.file.open("rb"),
            as_attachment=True,
            filename=attachment.original_name,
            content_type=attachment.content_type,
        )
        response["Cache-Control"] = "private, no-store"
        response["X-Content-Type-Options"] = "nosniff"
        return response


class ProposalViewSet(ModelViewSet):
    model = Proposal
    icon = "tasks"
    menu_label = _("Proposals")
    url_prefix = "proposals"
    name = "proposals_admin"
    index_view_class = ProposalIndexView
    add_view_class = ProposalCreateView
    edit_view_class = ProposalEditView
    delete_view_class = ProposalDeleteView
    history_view_class = ProposalHistoryView
    usage_view_class = ProposalUsageView
    inspect_view_class = ProposalInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    filterset_class = ProposalFilterSet
    search_fields = ["title", "group_name", "tracking_code"]
    # Django's own filtering: contact data must not go into a search index.
    search_backend_name = None
    list_export = [
        # As the group has it, with its dash.
        "display_code",
        "title",
        "group_name",
        "status",
        "theme",
        "language",
        "members_total",
        *MEMBER_FIELD_NAMES,
        "estimated_budget",
        "submitted_on_paper",
        "created_at",
    ]
    export_headings = {"display_code": _("Tracking code"), "members_total": _("Members")}
    export_filename = "youth-proposals"
    list_display = [
        TitleColumn("title", label=_("Title"), url_name="proposals_admin:inspect"),
        Column("group_name", label=_("Group")),
        Column("status", label=_("Status"), accessor="get_status_display"),
        Column("theme", label=_("Theme"), accessor="get_theme_display"),
        Column("language", label=_("Language")),
        Column("tracking_code", label=_("Tracking code"), accessor="display_code"),
        DateColumn("created_at", label=pgettext_lazy("submission date", "Submitted")),
    ]

    def get_form_class(self, for_update=False):
        return ProposalEditForm if for_update else PaperProposalForm

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("act/<int:pk>/<slug:action>/", ProposalActionView.as_view(), name="act"),
            path(
                "attachment/<int:pk>/<int:attachment_pk>/",
                AttachmentDownloadView.as_view(),
                name="attachment",
            ),
        ]


# --- Forums -----------------------------------------------------------------------------------


class ForumIndexView(OfficersOnly, generic.IndexView):
    pass


class ForumCreateView(OfficersOnly, generic.CreateView):
    pass


class ForumEditView(OfficersOnly, generic.EditView):
    pass


class ForumDeleteView(OfficersOnly, generic.DeleteView):
    pass


class ForumHistoryView(OfficersOnly, generic.HistoryView):
    pass


class ForumUsageView(OfficersOnly, generic.UsageView):
    pass


class ForumInspectView(OfficersOnly, ReadableValues, generic.InspectView):
    template_name = "proposals/admin/forum_inspect.html"

    def get_fields(self):
        return ["title", "date", "place", "event", "closed_at", "closed_by"]

    def get_context_data(self, **kwargs):
        return super().get_context_data(forum=self.object, results=self.object.results(), **kwargs)


class ForumCloseView(OfficersOnly, WagtailAdminTemplateMixin, FormView):
    """Close a forum: the tally of each proposal, the attendance by sex and the minutes."""

    template_name = "proposals/admin/action_form.html"
    header_icon = "group"
    page_title = _("Close the forum")

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.forum = get_object_or_404(Forum, pk=kwargs["pk"])

    def get_form(self, form_class=None):
        return ForumCloseForm(forum=self.forum, **self.get_form_kwargs())

    def get_page_subtitle(self):
        return str(self.forum)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("proposal_forums:index"), "label": _("Forums")},
            {
                "url": reverse("proposal_forums:inspect", args=[self.forum.pk]),
                "label": str(self.forum),
            },
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            forum=self.forum, submit_label=_("Close the forum and record the selection"), **kwargs
        )

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            self.forum.close(
                form.tallies(),
                (data["attendance_women"], data["attendance_men"]),
                data["minutes"],
                by=self.request.user,
                minutes_language=data["minutes_language"],
            )
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
            return self.form_invalid(form)
        messages.success(self.request, str(_("The forum is closed and its results are public.")))
        return redirect("proposal_forums:inspect", self.forum.pk)


class ForumViewSet(ModelViewSet):
    model = Forum
    icon = "group"
    menu_label = _("Forums")
    url_prefix = "youth-forums"
    name = "proposal_forums"
    index_view_class = ForumIndexView
    add_view_class = ForumCreateView
    edit_view_class = ForumEditView
    delete_view_class = ForumDeleteView
    history_view_class = ForumHistoryView
    usage_view_class = ForumUsageView
    inspect_view_class = ForumInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["title", "date", "place", "event"]
    list_filter = ["date"]
    search_fields = ["title", "place"]
    search_backend_name = None
    list_export = ["title", "date", "place", "attendance_women", "attendance_men", "closed_at"]
    export_filename = "youth-forums"
    list_display = [
        TitleColumn("title", label=_("Title"), url_name="proposal_forums:inspect"),
        DateColumn("date", label=_("Date")),
        Column("place", label=_("Place")),
        BooleanColumn("is_closed", label=_("Closed")),
    ]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("close/<int:pk>/", ForumCloseView.as_view(), name="close"),
        ]


class YouthProposalsGroup(ModelViewSetGroup):
    menu_label = _("Youth proposals")
    menu_icon = "tasks"
    menu_order = 150
    items = (ProposalViewSet, ForumViewSet)
