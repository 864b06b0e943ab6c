"""The data protection officer's screens for a person's requests about her data: the list, a new
request (her file found by what she gives, exactly), and the answer: her file exported, her
identity corrected, her file erased, or the request refused with its reason. Nobody else reaches
them (404), the technical administrator included. The verbs are casework/rights.py's.

And a case's legal hold, placed by its staff, lifted by its supervisor (casework.permissions)."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView, View
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from audit import trail
from audit.models import AuditAction
from casework import permissions, rights
from casework.forms import (
    ErasureForm,
    ExportForm,
    LegalHoldForm,
    RectificationForm,
    RefusalForm,
    RightsRequestForm,
)
from casework.models import Case, RequestKind, StaleEdit
from casework.viewsets.base import case_url, refused


class DataProtectionOfficerOnly:
    def dispatch(self, request, *args, **kwargs):
        if not permissions.may_answer_rights_requests(request.user):
            trail.record(AuditAction.DENIED, request=request, wanted="rights_requests")
            raise Http404
        return super().dispatch(request, *args, **kwargs)


class RightsIndexView(DataProtectionOfficerOnly, WagtailAdminTemplateMixin, TemplateView):
    template_name = "casework/rights/index.html"
    page_title = _("Data rights requests")
    header_icon = "user"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        requests = permissions.visible_rights_requests(self.request.user).select_related(
            "person", "answered_by"
        )
        return super().get_context_data(
            open_requests=requests.open(),
            answered=requests.exclude(status="open")[:50],
            **kwargs,
        )


class RightsRequestMixin(DataProtectionOfficerOnly):
    """Loads `self.rights_request` for a DPO, 404 for anyone else (permissions.py)."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.rights_request = None

    def dispatch(self, request, *args, **kwargs):
        if permissions.may_answer_rights_requests(request.user):
            self.rights_request = permissions.get_rights_request_for(
                request.user, kwargs["pk"], request=request
            )
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("casework_rights"), "label": _("Data rights requests")},
            {"url": self.request_url(), "label": str(self.rights_request)},
            {"url": "", "label": self.get_page_title()},
        ]

    def request_url(self):
        return reverse("casework_rights_request", args=[self.rights_request.pk])

    def get_context_data(self, **kwargs):
        return super().get_context_data(rights_request=self.rights_request, **kwargs)


class RightsNewView(DataProtectionOfficerOnly, WagtailAdminTemplateMixin, FormView):
    form_class = RightsRequestForm
    template_name = "casework/rights/new.html"
    page_title = _("New data rights request")
    header_icon = "user"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("casework_rights"), "label": _("Data rights requests")},
            {"url": "", "label": self.page_title},
        ]

    def post(self, request, *args, **kwargs):
        # Looking a person up is a search of the files: recorded, never what was typed.
        trail.record(AuditAction.SEARCH, request=request, what="rights_request_person")
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        rights_request = form.save(commit=False)
        rights_request.person = form.cleaned_data["person"]
        try:
            rights_request.record(by=self.request.user)
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(
            self.request, _("Request recorded: %(request)s.") % {"request": rights_request}
        )
        return redirect("casework_rights_request", rights_request.pk)


class RightsRequestView(RightsRequestMixin, WagtailAdminTemplateMixin, TemplateView):
    """The request, the person it is about (her identity, to check it is hers) and her cases,
    with what the DPO can do about it."""

    template_name = "casework/rights/detail.html"
    header_icon = "user"

    def get_page_title(self):
        return str(self.rights_request)

    def get_page_subtitle(self):
        return self.rights_request.get_kind_display()

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("casework_rights"), "label": _("Data rights requests")},
            {"url": "", "label": str(self.rights_request)},
        ]

    def get_context_data(self, **kwargs):
        person = self.rights_request.person
        trail.record(
            AuditAction.VIEW,
            user=self.request.user,
            obj=person,
            rights_request=self.rights_request.pk,
        )
        cases = Case.objects.filter(person=person).select_related("service").order_by("opened_on")
        held = set(rights.holds_of(person).values_list("pk", flat=True))
        return super().get_context_data(
            person=person,
            cases=[(case, case.pk in held) for case in cases],
            held=bool(held),
            export_form=ExportForm(initial={"language": rights.export_language()}),
            refusal_form=RefusalForm(),
            kinds=RequestKind,
            **kwargs,
        )


class RightsExportView(RightsRequestMixin, View):
    """Her file as a zip archive, downloaded, never stored on the server (POST: audited)."""

    http_method_names = ["post"]

    def post(self, request, pk):
        form = ExportForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Choose the language of the file."))
            return redirect("casework_rights_request", pk)
        archive = rights.export_file(
            self.rights_request, by=request.user, language=form.cleaned_data["language"]
        )
        response = HttpResponse(archive.content, content_type="application/zip")
        response["Content-Disposition"] = f'attachment; filename="{archive.name}"'
        response["Cache-Control"] = "no-store"
        return response


class RightsRectifyView(RightsRequestMixin, WagtailAdminTemplateMixin, FormView):
    form_class = RectificationForm
    template_name = "casework/rights/rectify.html"
    page_title = _("Correct her identity")
    header_icon = "edit"

    def get(self, request, *args, **kwargs):
        if not self._may_act():
            return self._not_now()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if not self._may_act():
            return self._not_now()
        return super().post(request, *args, **kwargs)

    def _may_act(self):
        return (
            self.rights_request.is_open
            and self.rights_request.kind == RequestKind.RECTIFICATION
            and self.rights_request.person.anonymised_at is None
        )

    def _not_now(self):
        return refused(self.request, self.request_url())

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.rights_request.person}

    def form_valid(self, form):
        values = {name: form.cleaned_data[name] for name in form.Meta.fields}
        try:
            changed = rights.rectify(
                self.rights_request,
                by=self.request.user,
                values=values,
                expected_version=form.cleaned_data.get("version") or 0,
                answer=form.cleaned_data["answer"],
            )
        except StaleEdit:
            form.refuse_stale()
            return self.form_invalid(form)
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("Corrected: %(count)d field(s). The request is answered.") % {"count": len(changed)},
        )
        return redirect("casework_rights_request", self.rights_request.pk)


class RightsEraseView(RightsRequestMixin, WagtailAdminTemplateMixin, FormView):
    form_class = ErasureForm
    template_name = "casework/rights/erase.html"
    page_title = _("Erase her file")
    header_icon = "bin"

    def get(self, request, *args, **kwargs):
        if not self._may_act():
            return refused(request, self.request_url())
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if not self._may_act():
            return refused(request, self.request_url())
        return super().post(request, *args, **kwargs)

    def _may_act(self):
        return self.rights_request.is_open and self.rights_request.kind == RequestKind.ERASURE

    def get_context_data(self, **kwargs):
        person = self.rights_request.person
        return super().get_context_data(
            preview=rights.erasure_preview(person),
            holds=rights.holds_of(person).select_related("service"),
            backup_keep=settings.BACKUP_KEEP,
            **kwargs,
        )

    def form_valid(self, form):
        try:
            rights.erase(
                self.rights_request, by=self.request.user, answer=form.cleaned_data["answer"]
            )
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(self.request, _("Her file is erased. The request is answered."))
        return redirect("casework_rights_request", self.rights_request.pk)


class RightsRefuseView(RightsRequestMixin, View):
    http_method_names = ["post"]

    def post(self, request, pk):
        form = RefusalForm(request.POST)
        if form.is_valid():
            try:
                self.rights_request.refuse(by=request.user, answer=form.cleaned_data["answer"])
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(request, _("The request is refused, with its reason."))
        else:
            messages.error(request, _("Give the reason for refusing."))
        return redirect("casework_rights_request", pk)


# --- A case's legal hold ------------------------------------------------------------------------


class LegalHoldView(WagtailAdminTemplateMixin, FormView):
    """Place a legal hold on a case (its staff) or lift it (POST `lift`, its supervisor)."""

    form_class = LegalHoldForm
    template_name = "casework/rights/legal_hold.html"
    page_title = _("Legal hold")
    header_icon = "lock"

    def dispatch(self, request, *args, **kwargs):
        lifting = request.method == "POST" and "lift" in request.POST
        action = permissions.LIFT_HOLD if lifting else permissions.HOLD
        try:
            self.case = permissions.get_case_for(
                request.user, kwargs["pk"], action, request=request
            )
        except PermissionDenied:
            return refused(request, case_url_for_pk(kwargs["pk"]))
        if lifting:
            return self.lift()
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("casework_cases:index"), "label": _("Cases")},
            {"url": case_url(self.case), "label": str(self.case)},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(case=self.case, **kwargs)

    def form_valid(self, form):
        try:
            self.case.place_legal_hold(by=self.request.user, reason=form.cleaned_data["reason"])
        except (ValidationError, StaleEdit) as error:
            form.add_error(None, getattr(error, "messages", [str(error)]))
            return self.form_invalid(form)
        messages.success(
            self.request, _("The case is on legal hold: nothing of it will be erased.")
        )
        return redirect(case_url(self.case))

    def lift(self):
        try:
            self.case.lift_legal_hold(by=self.request.user)
        except ValidationError as error:
            messages.error(self.request, " ".join(error.messages))
        else:
            messages.success(self.request, _("The legal hold is lifted."))
        return redirect(case_url(self.case))


def case_url_for_pk(pk):
    return reverse("casework_cases:inspect", args=[pk])


def legal_hold_urlpatterns():
    """Under the case viewset's namespace (casework_cases:legal_hold)."""
    return [path("<int:pk>/legal-hold/", LegalHoldView.as_view(), name="legal_hold")]


def rights_urlpatterns():
    return [
        path("casework/rights/", RightsIndexView.as_view(), name="casework_rights"),
        path("casework/rights/new/", RightsNewView.as_view(), name="casework_rights_new"),
        path(
            "casework/rights/<int:pk>/", RightsRequestView.as_view(), name="casework_rights_request"
        ),
        path(
            "casework/rights/<int:pk>/export/",
            RightsExportView.as_view(),
            name="casework_rights_export",
        ),
        path(
            "casework/rights/<int:pk>/rectify/",
            RightsRectifyView.as_view(),
            name="casework_rights_rectify",
        ),
        path(
            "casework/rights/<int:pk>/erase/",
            RightsEraseView.as_view(),
            name="casework_rights_erase",
        ),
        path(
            "casework/rights/<int:pk>/refuse/",
            RightsRefuseView.as_view(),
            name="casework_rights_refuse",
        ),
    ]
