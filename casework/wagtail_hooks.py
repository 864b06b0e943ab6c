"""Registers casework with the Wagtail admin. It only registers: decisions live in permissions.py.

Permission policies come first, before any viewset asks for one, so every admin view, listing,
chooser, bulk action and export of these models asks casework/permissions.py.
"""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from casework import models
from casework.permissions import CaseworkPermissionPolicy

for _model in (
    models.Case,
    models.Person,
    models.CaseSession,
    models.Referral,
    models.Consent,
    models.Attachment,
    models.FollowUp,
):
    register_permission_policy(_model, CaseworkPermissionPolicy(_model))
