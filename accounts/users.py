"""Wagtail's Users and Groups admin, minus the reserved roles (accounts/roles.py).

The technical administrator manages accounts and the open groups here as in any Wagtail. He cannot
put anyone (himself included) in a reserved group, take anyone out of one, edit such a group, or
take over an account that holds one by changing its e-mail address or password (its owner resets
her own password by e-mail), or delete it (roles are withdrawn first, by the people responsible).
He may still deactivate it at once (someone leaves): that is flagged to the DPO (accounts/signals.py).
Every route is closed: the user forms, the group forms, the delete view and the bulk actions.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views import groups, users
from wagtail.users.views.bulk_actions.assign_role import AssignRoleBulkAction, RoleForm
from wagtail.users.views.bulk_actions.delete import DeleteBulkAction

from accounts.roles import open_groups, reserved_groups, reserved_groups_of


class OpenGroupsOnly:
    """The groups field offers the open groups only; the reserved groups the user holds are kept
    as they are, whatever was posted."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.held_reserved = list(reserved_groups_of(self.instance))
        groups_field = self.fields.get("groups")
        if groups_field is not None:
            groups_field.queryset = open_groups()
        if self.held_reserved:
            self._lock_account_takeover()
        if groups_field is not None and self.held_reserved:
            names = ", ".join(gettext(group.name) for group in self.held_reserved)
            groups_field.help_text = _(
                "Also holds %(roles)s: confidential roles, granted and withdrawn only by the "
                "people responsible for them, not here."
            ) % {"roles": names}
            if self.instance.is_superuser:
                groups_field.help_text += " " + _(
                    "As an administrator, this account is refused every confidential record "
                    "whatever its roles."
                )

    def _lock_account_takeover(self):
        """Whoever could set this account's password or e-mail address could sign in as it."""
        for name in ("email", "password1", "password2"):
            field = self.fields.get(name)
            if field is not None:
                field.disabled = True
                field.required = False
                field.help_text = ""
        for name in ("email", "password1"):
            if name in self.fields:
                self.fields[name].help_text = _(
                    "This account holds a confidential role: only its owner changes its e-mail "
                    "address or password (from her account page, or with a reset by e-mail)."
                )

    def clean_groups(self):
        chosen = self.cleaned_data.get("groups")
        kept = [group.pk for group in self.held_reserved]
        if chosen is not None:
            kept += [group.pk for group in chosen]
        return self.fields["groups"].queryset.model.objects.filter(pk__in=kept)


class CreationForm(OpenGroupsOnly, UserCreationForm):
    pass


class EditForm(OpenGroupsOnly, UserEditForm):
    pass


class UserDeleteView(users.DeleteView):
    def dispatch(self, request, *args, **kwargs):
        if reserved_groups_of(self.get_object()).exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class UserViewSet(users.UserViewSet):
    delete_view_class = UserDeleteView

    def get_form_class(self, for_update=False):
        return EditForm if for_update else CreationForm


class ReservedGroupsRefused:
    def get_object(self, queryset=None):
        group = super().get_object(queryset)
        if reserved_groups().filter(pk=group.pk).exists():
            # Not this admin's to edit: it does not list them either.
            raise Http404
        return group


class GroupIndexView(groups.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().exclude(pk__in=reserved_groups().values("pk"))


class GroupEditView(ReservedGroupsRefused, groups.EditView):
    pass


class GroupDeleteView(ReservedGroupsRefused, groups.DeleteView):
    pass


class GroupViewSet(groups.GroupViewSet):
    index_view_class = GroupIndexView
    edit_view_class = GroupEditView
    delete_view_class = GroupDeleteView


class OpenRoleForm(RoleForm):
    role = forms.ModelChoiceField(queryset=open_groups(), label=_("Role"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role"].queryset = open_groups()


class AssignOpenRoleBulkAction(AssignRoleBulkAction):
    """Wagtail's "Assign role", offering and accepting the open groups only."""

    form_class = OpenRoleForm

    @classmethod
    def execute_action(cls, objects, role=None, **kwargs):
        if role is not None and reserved_groups().filter(pk=role.pk).exists():
            return 0, 0
        return super().execute_action(objects, role=role, **kwargs)


class DeleteOpenAccountsBulkAction(DeleteBulkAction):
    """Wagtail's bulk "Delete", refusing accounts that hold a reserved role."""

    def check_perm(self, obj):
        return super().check_perm(obj) and not reserved_groups_of(obj).exists()
