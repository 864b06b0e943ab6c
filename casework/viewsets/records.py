"""Work on a case, the case viewset's sub-views: sessions, follow-ups, consents, referrals,
attachments, closure, identity, and the technical administrator's emergency access. Each view
gets its case from permissions.get_case_for() with the action it performs (CaseMixin) and calls
the models' verbs, which write the audit trail."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.formats import time_format
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from audit import trail
from audit.models import AuditAction
from casework import permissions
from casework.forms import (
    AttachmentForm,
    ClosureForm,
    ConsentForm,
    EmergencyAccessForm,
    FollowUpForm,
    IncidentForm,
    PersonForm,
    ReferralForm,
    SessionForm,
)
from casework.models import (
    Attachment,
    EmergencyAccess,
    Referral,
    ServiceKind,
    StaleEdit,
)
from casework.viewsets.base import CaseMixin, Refusals403, case_url


class CaseRecordView(CaseMixin):
    """A view that adds to or changes a case (`case_action`: add a record by default)."""

    case_action = permissions.ADD


class CaseFormView(CaseRecordView, WagtailAdminTemplateMixin, FormView):
    template_name = "casework/cases/record_form.html"
    header_icon = "folder-open-inverse"
    submit_label = _("Save")
    anchor = ""
    multipart = False

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("casework_cases:index"), "label": _("Cases")},
            {"url": case_url(self.case), "label": str(self.case)},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            case=self.case, submit_label=self.submit_label, multipart=self.multipart, **kwargs
        )

    def done(self, message):
        # Translated now, in the admin's language: the message is stored after the view, when
        # Wagtail's language for the user is no longer active.
        messages.success(self.request, str(message))
        return redirect(case_url(self.case, self.anchor))

    def save_checked(self, form, message):
        """Save a versioned record edited in `form`, or refuse it, keeping what was typed, if
        someone else saved it since the form was opened."""
        record = form.save(commit=False)
        try:
            record.save_edit(
                by=self.request.user,
                expected_version=form.cleaned_data.get("version"),
                fields=form.changed_data,
                case=self.case.pk,
            )
        except StaleEdit:
            form.refuse_stale()
            return self.form_invalid(form)
        return self.done(message)


class CaseActionView(CaseRecordView, View):
    """A POST that changes a case's state; refused with a clear message when the state forbids it."""

    http_method_names = ["post"]
    anchor = ""

    def post(self, request, *args, **kwargs):
        try:
            with transaction.atomic():
                message = self.act()
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        except StaleEdit:
            messages.error(request, str(_("Someone else changed this case meanwhile; try again.")))
        else:
            messages.success(request, str(message))
        return redirect(case_url(self.case, self.anchor))


# --- Sessions -------------------------------------------------------------------------------------


class SessionCreateView(CaseFormView):
    form_class = SessionForm
    page_title = _("New session")
    anchor = "sessions"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "case": self.case}

    def form_valid(self, form):
        form.save(commit=False).add_to(self.case, by=self.request.user)
        return self.done(_("Session recorded."))


class SessionEditView(CaseFormView):
    form_class = SessionForm
    page_title = _("Edit session")
    case_action = permissions.CHANGE
    anchor = "sessions"

    def get_form_kwargs(self):
        self.session = get_object_or_404(self.case.sessions, pk=self.kwargs["record_pk"])
        return {**super().get_form_kwargs(), "instance": self.session, "case": self.case}

    def form_valid(self, form):
        return self.save_checked(form, _("Session updated."))


# --- Incidents (listening centre) -----------------------------------------------------------------


class IncidentCreateView(CaseFormView):
    form_class = IncidentForm
    page_title = _("Record an incident")
    anchor = "incidents"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        if self.case is not None and self.case.service.kind != ServiceKind.LISTENING:
            raise Http404  # no such page for the other services' cases

    def form_valid(self, form):
        form.save(commit=False).add_to(self.case, by=self.request.user)
        return self.done(_("Incident recorded."))


class IncidentEditView(CaseFormView):
    form_class = IncidentForm
    page_title = _("Edit incident")
    case_action = permissions.CHANGE
    anchor = "incidents"

    def get_form_kwargs(self):
        self.incident = get_object_or_404(self.case.incidents, pk=self.kwargs["record_pk"])
        return {**super().get_form_kwargs(), "instance": self.incident}

    def form_valid(self, form):
        return self.save_checked(form, _("Incident updated."))


# --- Follow-ups -----------------------------------------------------------------------------------


class FollowUpCreateView(CaseFormView):
    form_class = FollowUpForm
    page_title = _("New follow-up")
    anchor = "followups"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "case": self.case}

    def get_initial(self):
        return {"assigned_to": self.request.user}

    def form_valid(self, form):
        form.save(commit=False).add_to(self.case, by=self.request.user)
        return self.done(_("Follow-up added."))


class FollowUpDoneView(CaseActionView):
    case_action = permissions.CHANGE  # as the case page offers it: to whoever may change the case
    anchor = "followups"

    def act(self):
        followup = get_object_or_404(self.case.followups, pk=self.kwargs["record_pk"])
        followup.mark_done(by=self.request.user)
        return _("Follow-up marked as done.")


# --- Consents -------------------------------------------------------------------------------------


class ConsentCreateView(CaseFormView):
    form_class = ConsentForm
    page_title = _("Record a consent")
    anchor = "consents"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "case": self.case}

    def form_valid(self, form):
        form.save(commit=False).add_to(self.case, by=self.request.user)
        return self.done(_("Consent recorded."))


class ConsentWithdrawView(CaseActionView):
    case_action = permissions.CHANGE
    anchor = "consents"

    def act(self):
        consent = get_object_or_404(self.case.consents, pk=self.kwargs["record_pk"])
        consent.withdraw(by=self.request.user)
        return _("Consent withdrawn. Referrals under it can no longer be made.")


# --- Referrals ------------------------------------------------------------------------------------


class ReferralCreateView(CaseFormView):
    form_class = ReferralForm
    page_title = _("Refer")
    case_action = permissions.REFER
    submit_label = _("Send the referral")
    anchor = "referrals"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "case": self.case, "user": self.request.user}

    def form_valid(self, form):
        referral = form.save(commit=False)
        referral.send(self.case, by=self.request.user)
        return self.done(_("Referral sent to %(to)s.") % {"to": referral.destination})


class ReferralRevokeView(Refusals403, View):
    """The sending case's caseworker takes a referral back. Decided on the referral (who may
    change it), not on the case alone: the receiving service, who reads the referral, gets 403;
    whoever may not know it exists, 404."""

    http_method_names = ["post"]

    def post(self, request, pk, record_pk):
        referral = permissions.get_referral_for(
            request.user, record_pk, permissions.CHANGE, request=request
        )
        if referral.case_id != pk:
            raise Http404
        try:
            referral.revoke(by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request, str(_("Referral revoked: the receiving service no longer sees it."))
            )
        return redirect(case_url(referral.case, "referrals"))


class IncomingReferralView(Refusals403, WagtailAdminTemplateMixin, TemplateView):
    """What a receiving service sees of a referral: the pseudonym, the statistics fields, what
    the sender chose to share, and the consent it rests on. Not the case file."""

    template_name = "casework/referrals/detail.html"
    header_icon = "resubmit"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.referral = permissions.get_referral_for(
            request.user, kwargs["referral_pk"], permissions.VIEW, request=request
        )

    def get_page_title(self):
        return _("Referral %(referral)s") % {"referral": self.referral}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            referral=self.referral,
            person=self.referral.case.person,
            can_answer=permissions.can(self.request.user, permissions.ANSWER, self.referral),
            **kwargs,
        )


class ReferralAnswerView(Refusals403, View):
    http_method_names = ["post"]

    def post(self, request, referral_pk, answer):
        if answer not in Referral.ANSWERS:
            raise Http404
        referral = permissions.get_referral_for(
            request.user, referral_pk, permissions.ANSWER, request=request
        )
        try:
            referral.answer(answer, by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request, _("Referral %(status)s.") % {"status": referral.get_status_display()}
            )
        return redirect("casework_cases:referral_detail", referral.pk)


# --- Attachments ----------------------------------------------------------------------------------


class AttachmentCreateView(CaseFormView):
    form_class = AttachmentForm
    page_title = _("Add an attachment")
    anchor = "attachments"
    multipart = True
    submit_label = _("Upload")

    def form_valid(self, form):
        attachment = Attachment(title=form.cleaned_data["title"])
        attachment.add_to(self.case, by=self.request.user, file=form.cleaned_data["file"])
        return self.done(_("Attachment stored (encrypted)."))


@method_decorator(never_cache, name="dispatch")
class AttachmentDownloadView(CaseMixin, View):
    """The decrypted file, as a download under a neutral name; audited."""

    case_action = permissions.DOWNLOAD

    def get(self, request, pk, record_pk):
        case = self.case
        attachment = get_object_or_404(case.attachments, pk=record_pk)
        trail.record(AuditAction.DOWNLOAD, request=request, obj=attachment, case=case.pk)
        response = HttpResponse(attachment.read(), content_type=attachment.content_type)
        extension = {"application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png"}.get(
            attachment.content_type, "bin"
        )
        # A neutral file name: the original one may carry a name.
        response["Content-Disposition"] = (
            f'attachment; filename="{case.reference}-{attachment.pk}.{extension}"'
        )
        response["X-Content-Type-Options"] = "nosniff"
        response["Referrer-Policy"] = "no-referrer"
        return response


# --- Closure --------------------------------------------------------------------------------------


class ClosureRequestView(CaseFormView):
    form_class = ClosureForm
    page_title = _("Ask to close this case")
    case_action = permissions.CLOSE
    submit_label = _("Ask the supervisor")

    def form_valid(self, form):
        try:
            self.case.request_closure(by=self.request.user, reason=form.cleaned_data["reason"])
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        except StaleEdit:
            # Saved by someone else since this page loaded: the form again, reason kept.
            form.add_error(None, _("Someone else changed this case meanwhile; try again."))
            return self.form_invalid(form)
        return self.done(_("Closure requested: a supervisor of the service will approve it."))


class ClosureApproveView(CaseActionView):
    case_action = permissions.APPROVE_CLOSURE

    def act(self):
        self.case.approve_closure(by=self.request.user)
        return _("Case closed.")


class ClosureRejectView(CaseActionView):
    case_action = permissions.APPROVE_CLOSURE

    def act(self):
        self.case.reject_closure(by=self.request.user)
        return _("Closure refused: the case stays open.")


class ReopenView(CaseActionView):
    case_action = permissions.CHANGE

    def act(self):
        self.case.reopen(by=self.request.user)
        return _("Case reopened.")


# --- The person's identity ------------------------------------------------------------------------


class PersonEditView(CaseFormView):
    form_class = PersonForm
    page_title = _("Edit identity")
    case_action = permissions.CHANGE
    anchor = "person"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.case.person}

    def form_valid(self, form):
        return self.save_checked(form, _("Identity updated."))


# --- Emergency access -----------------------------------------------------------------------------


class EmergencyAccessView(WagtailAdminTemplateMixin, FormView):
    """The technical administrator opens one case for one hour, giving a reason. Flagged."""

    form_class = EmergencyAccessForm
    template_name = "casework/emergency_access.html"
    page_title = _("Emergency access to a case")
    header_icon = "warning"

    def dispatch(self, request, *args, **kwargs):
        if not permissions.may_open_emergency_access(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        # The cases he holds open now, to go back to them (no listing shows them to him).
        current = (
            EmergencyAccess.objects.current()
            .filter(user=self.request.user)
            .select_related("case")
            .order_by("expires_at")
        )
        return super().get_context_data(current_accesses=current, **kwargs)

    def form_valid(self, form):
        case = form.case
        access = EmergencyAccess.open(
            case, by=self.request.user, reason=form.cleaned_data["reason"]
        )
        messages.warning(
            self.request,
            _("Emergency access to %(case)s until %(time)s. It is recorded and flagged.")
            % {"case": case, "time": time_format(timezone.localtime(access.expires_at))},
        )
        return redirect(case_url(case))


def case_record_urlpatterns():
    """URLs of work on a case, mounted under the case viewset (namespace casework_cases)."""
    return [
        path("<int:pk>/sessions/new/", SessionCreateView.as_view(), name="session_add"),
        path(
            "<int:pk>/sessions/<int:record_pk>/edit/",
            SessionEditView.as_view(),
            name="session_edit",
        ),
        path("<int:pk>/incidents/new/", IncidentCreateView.as_view(), name="incident_add"),
        path(
            "<int:pk>/incidents/<int:record_pk>/edit/",
            IncidentEditView.as_view(),
            name="incident_edit",
        ),
        path("<int:pk>/followups/new/", FollowUpCreateView.as_view(), name="followup_add"),
        path(
            "<int:pk>/followups/<int:record_pk>/done/",
            FollowUpDoneView.as_view(),
            name="followup_done",
        ),
        path("<int:pk>/consents/new/", ConsentCreateView.as_view(), name="consent_add"),
        path(
            "<int:pk>/consents/<int:record_pk>/withdraw/",
            ConsentWithdrawView.as_view(),
            name="consent_withdraw",
        ),
        path("<int:pk>/referrals/new/", ReferralCreateView.as_view(), name="referral_add"),
        path(
            "<int:pk>/referrals/<int:record_pk>/revoke/",
            ReferralRevokeView.as_view(),
            name="referral_revoke",
        ),
        path("<int:pk>/attachments/new/", AttachmentCreateView.as_view(), name="attachment_add"),
        path(
            "<int:pk>/attachments/<int:record_pk>/download/",
            AttachmentDownloadView.as_view(),
            name="attachment_download",
        ),
        path("<int:pk>/closure/request/", ClosureRequestView.as_view(), name="closure_request"),
        path("<int:pk>/closure/approve/", ClosureApproveView.as_view(), name="closure_approve"),
        path("<int:pk>/closure/reject/", ClosureRejectView.as_view(), name="closure_reject"),
        path("<int:pk>/reopen/", ReopenView.as_view(), name="reopen"),
        path("<int:pk>/person/edit/", PersonEditView.as_view(), name="person_edit"),
        path(
            "referrals/<int:referral_pk>/",
            IncomingReferralView.as_view(),
            name="referral_detail",
        ),
        path(
            "referrals/<int:referral_pk>/<slug:answer>/",
            ReferralAnswerView.as_view(),
            name="referral_answer",
        ),
        path("emergency/", EmergencyAccessView.as_view(), name="emergency_access"),
    ]
