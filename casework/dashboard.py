"""The caseworker's day on the admin home page: her open cases, what is due, referrals waiting;
for a supervisor, the service's unassigned, overdue and closing cases."""

from datetime import timedelta

from django.db.models import Q
from django.utils import timezone
from wagtail.admin.ui.components import Component

from casework import names, permissions
from casework.models import FollowUp, Referral


class CaseworkPanel(Component):
    name = "casework"
    order = 50
    template_name = "casework/dashboard_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        user = self.user
        today = timezone.localdate()
        visible = permissions.visible_cases(user)
        mine = visible.open().filter(Q(owner=user) | Q(collaborators=user)).distinct()
        context = {
            "my_cases": mine.select_related("service").order_by("-risk_level", "opened_on")[:15],
            "my_case_count": mine.count(),
            "due": FollowUp.objects.pending()
            .filter(case__in=visible, due_on__lte=today + timedelta(days=7))
            .filter(Q(assigned_to=user) | Q(assigned_to=None))
            .select_related("case")
            .order_by("due_on")[:15],
            "today": today,
            "incoming": Referral.objects.incoming_to(permissions.services_of(user))
            .select_related("case__service", "to_service")
            .order_by("sent_at")[:15],
            "is_supervisor": False,
        }
        if permissions.supervised_services(user).exists():
            supervised = visible.filter(service__in=permissions.supervised_services(user))
            context.update(
                {
                    "is_supervisor": True,
                    "unassigned": supervised.unassigned().order_by("opened_on")[:15],
                    "overdue": supervised.overdue(today).select_related("owner")[:15],
                    "closing": supervised.awaiting_closure().select_related("owner")[:15],
                }
            )
        # Every case listed is one she may open: named (or by initials), decrypted for these
        # rows only. Incoming referrals stay unnamed: the receiving service may not open the case.
        request = parent_context.get("request")
        for key in ("my_cases", "unassigned", "overdue", "closing"):
            if key in context:
                context[key] = names.attach_names(context[key], request)
        context["due"] = list(context["due"])
        names.attach_names([followup.case for followup in context["due"]], request)
        context["names_hidden"] = names.names_hidden(request)
        # For the privacy switch's form: a component renders without the request's context.
        context["request"] = request
        context["csrf_token"] = parent_context.get("csrf_token")
        return context
