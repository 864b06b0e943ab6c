"""What every view of the case admin shares: the case, fetched through permissions.py."""

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from audit import refusals
from casework import permissions


def case_url(case, anchor=""):
    url = reverse("casework_cases:inspect", args=[case.pk])
    return f"{url}#{anchor}" if anchor else url


def refused(request, back_url=""):
    """403, with the reason, to someone who may see a record but not do what she asked."""
    return refusals.refused(
        request,
        _("You may see this record, but not do this. Ask the service's supervisor if you need to."),
        back_url,
    )


class Refusals403:
    """Answers a PermissionDenied raised by the view with refused() instead of Wagtail's
    redirect."""

    def dispatch(self, request, *args, **kwargs):
        try:
            return super().dispatch(request, *args, **kwargs)
        except PermissionDenied:
            return refused(request)


class CaseMixin:
    """Loads `self.case` for `case_action` through permissions.get_case_for(), in setup(), before
    anything else runs: Wagtail's model-wide check in dispatch() included, so an outsider gets a
    404 (not a redirect that would confirm the record exists) and a reader a 403. A VIEW page's
    read is recorded there, once; `case_page` names a page other than the case's own."""

    case_action = permissions.VIEW
    case_page = None

    def setup(self, request, *args, **kwargs):
        try:
            self.case = permissions.get_case_for(
                request.user, kwargs["pk"], self.case_action, request=request, what=self.case_page
            )
        except PermissionDenied:
            # She may see the case: 403 (dispatch), with the way back to it.
            self.case = None
            self.refused_url = reverse("casework_cases:inspect", args=[kwargs["pk"]])
            self.request, self.args, self.kwargs = request, args, kwargs
            return
        super().setup(request, *args, **kwargs)

    def dispatch(self, request, *args, **kwargs):
        if self.case is None:
            return refused(request, self.refused_url)
        return super().dispatch(request, *args, **kwargs)

    def get_object(self, queryset=None):
        return self.case
