"""The casework roles screen: who works in which service, and the changes waiting for a second
person. The DPO sees every service, a supervisor her own; nobody else reaches it (404), the
technical administrator included. Decisions are the RoleChange verbs; who answers for which
service is casework.permissions'."""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, View
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from casework import permissions
from casework.models import Role, RoleChange, RoleChangeKind


def staff_label(user):
    full_name = user.get_full_name()
    return f"{full_name} ({user.get_username()})" if full_name else user.get_username()


class StaffChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return staff_label(obj)


class RoleChangeForm(forms.Form):
    user = StaffChoiceField(queryset=None, label=_("Staff member"))
    service = forms.ModelChoiceField(queryset=None, label=_("Service"))
    role = forms.ChoiceField(choices=Role.choices, label=_("Role"))
    change = forms.ChoiceField(
        choices=RoleChangeKind.choices,
        label=_("Change"),
        widget=forms.RadioSelect,
        initial=RoleChangeKind.GRANT,
    )

    def __init__(self, *args, by, **kwargs):
        super().__init__(*args, **kwargs)
        self.by = by
        # Administrators are not offered: a role would open nothing for them.
        self.fields["user"].queryset = (
            get_user_model()
            .objects.filter(is_active=True, is_superuser=False)
            .exclude(pk=by.pk)
            .order_by("last_name", "first_name", "username")
        )
        services = permissions.role_services_of(by)
        self.fields["service"].queryset = services
        if len(services) == 1:  # a supervisor of one service
            self.fields["service"].initial = services[0].pk

    def clean(self):
        cleaned = super().clean()
        if not self.errors:
            try:
                RoleChange._validate_new(
                    cleaned["user"], cleaned["service"], cleaned["role"], cleaned["change"]
                )
            except ValidationError as error:
                raise forms.ValidationError(error.messages) from None
        return cleaned


class RolesView(WagtailAdminTemplateMixin, FormView):
    form_class = RoleChangeForm
    template_name = "casework/roles.html"
    page_title = _("Casework roles")
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        if not permissions.may_manage_roles(request.user):
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "by": self.request.user}

    def get_context_data(self, **kwargs):
        user = self.request.user
        services = permissions.role_services_of(user).select_related(
            "caseworkers_group", "supervisors_group"
        )
        holders = []
        for service in services:
            for role, group in (
                (Role.SUPERVISOR, service.supervisors_group),
                (Role.CASEWORKER, service.caseworkers_group),
            ):
                for member in group.user_set.order_by("last_name", "first_name", "username"):
                    holders.append(
                        {
                            "service": service,
                            "role": role,
                            "role_label": Role(role).label,
                            "user": member,
                            "label": staff_label(member),
                        }
                    )
        changes = permissions.visible_role_changes(user).select_related(
            "user", "service", "requested_by", "decided_by"
        )
        pending = [
            {
                "change": change,
                "user_label": staff_label(change.user),
                "requested_by_label": staff_label(change.requested_by)
                if change.requested_by
                else "",
                "mine": change.requested_by_id == user.pk,
                "about_me": change.user_id == user.pk,
            }
            for change in changes.pending()
        ]
        return super().get_context_data(
            holders=holders,
            pending=pending,
            decided=changes.decided()[:20],
            **kwargs,
        )

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            RoleChange.request(
                data["user"],
                service=data["service"],
                role=data["role"],
                change=data["change"],
                by=self.request.user,
            )
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("Asked. The change applies once a second person confirms it."),
        )
        return redirect("casework_roles")


class RoleChangeDecisionView(View):
    """Confirm, refuse or cancel one waiting change (POST only)."""

    http_method_names = ["post"]
    verbs = {
        "confirm": (RoleChange.confirm, _("Confirmed: the role is changed now.")),
        "refuse": (RoleChange.refuse, _("Refused: nothing changed.")),
        "cancel": (RoleChange.cancel, _("Your request is cancelled.")),
    }

    def post(self, request, pk, decision):
        if decision not in self.verbs:
            raise Http404
        change = permissions.get_role_change_for(request.user, pk, request=request)
        verb, done = self.verbs[decision]
        try:
            verb(change, by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, done)
        return redirect("casework_roles")


def role_urlpatterns():
    return [
        path("casework/roles/", RolesView.as_view(), name="casework_roles"),
        path(
            "casework/roles/<int:pk>/<slug:decision>/",
            RoleChangeDecisionView.as_view(),
            name="casework_role_decision",
        ),
    ]
