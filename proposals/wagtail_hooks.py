"""Registers the youth proposals with the Wagtail admin. It only registers: who may see what is
decided in proposals/permissions.py, the admin views live in proposals/viewsets.py."""

from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from proposals import models
from proposals.permissions import OfficersOnlyPolicy

for _model in (
    models.Proposal,
    models.ProposalAttachment,
    models.OfficialAnswer,
    models.Forum,
    models.ForumPresentation,
):
    register_permission_policy(_model, OfficersOnlyPolicy(_model))


def _status_label(status):
    """The history's label of a change to `status`, in the language of whoever reads it: the
    registry is filled once per process, so a label translated then would stay in the language
    of the first request that process served."""
    return lazy(lambda: _("Proposal status: %(status)s") % {"status": status.label}, str)()


@hooks.register("register_log_actions")
def register_proposal_log_actions(actions):
    for status in models.ProposalStatus:
        label = _status_label(status)
        actions.register_action(f"proposals.{status.value}", label, label)
    actions.register_action("proposals.forum_closed", _("Forum closed"), _("Forum closed"))
    actions.register_action(
        "proposals.contact_erased",
        _("Contact data and attachments erased"),
        _("Contact data and attachments erased"),
    )


@hooks.register("register_admin_viewset")
def register_proposals_viewsets():
    from proposals.viewsets import YouthProposalsGroup

    return YouthProposalsGroup()
