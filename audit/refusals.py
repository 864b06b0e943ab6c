"""The admin's answer to someone who may see a record but not do what she asked: 403 with the
reason and the way back. Wagtail would turn a PermissionDenied into a redirect to the dashboard,
where "may not do this" and "does not exist" would look alike. Casework and the indicators use it
(this app stands below both)."""

from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _


def refused(request, reason, back_url=""):
    return TemplateResponse(
        request,
        "audit/refused.html",
        {
            "page_title": _("Not allowed"),
            "header_title": _("Not allowed"),
            "header_icon": "warning",
            "reason": reason,
            "back_url": back_url,
        },
        status=403,
    )
