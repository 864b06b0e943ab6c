"""Registers the indicators with the Wagtail admin. It only registers: decisions live in
permissions.py."""

from django.contrib.auth.models import Group
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.ui.components import Component
from wagtail.permissions import register_permission_policy

from indicators import permissions, views
from indicators.models import Indicator, ReleaseStatus
from indicators.viewsets import IndicatorViewSet

register_permission_policy(Indicator, permissions.IndicatorPermissionPolicy(Indicator))

indicator_viewset = IndicatorViewSet()


@hooks.register("register_admin_viewset")
def register_indicator_viewset():
    return indicator_viewset


@hooks.register("register_admin_urls")
def register_indicator_urls():
    return [
        path("indicators/", views.DashboardView.as_view(), name="indicators_dashboard"),
        path("indicators/releases/", views.ReleaseIndexView.as_view(), name="indicators_releases"),
        path(
            "indicators/releases/new/",
            views.ReleaseCreateView.as_view(),
            name="indicators_release_new",
        ),
        path(
            "indicators/releases/<int:pk>/",
            views.ReleaseDetailView.as_view(),
            name="indicators_release",
        ),
        path(
            "indicators/releases/<int:pk>/<slug:action>/",
            views.ReleaseActionView.as_view(),
            name="indicators_release_action",
        ),
    ]


class PermittedMenuItem(MenuItem):
    def __init__(self, *args, required, **kwargs):
        super().__init__(*args, **kwargs)
        self.required = required

    def is_shown(self, request):
        return permissions.can(request.user, self.required)


@hooks.register("register_admin_menu_item")
def register_indicators_menu():
    menu = Menu(
        items=[
            PermittedMenuItem(
                _("Figures and targets"),
                reverse("indicators_dashboard"),
                icon_name="crosshairs",
                order=100,
                required=permissions.VIEW_FIGURES,
            ),
            PermittedMenuItem(
                _("Releases"),
                reverse("indicators_releases"),
                icon_name="doc-full",
                order=200,
                required=permissions.SEE_RELEASES,
            ),
            PermittedMenuItem(
                _("Definitions"),
                reverse("indicator_definitions:index"),
                icon_name="list-ul",
                order=300,
                required=permissions.EDIT_DEFINITIONS,
            ),
        ]
    )
    return SubmenuMenuItem(_("Indicators"), menu, icon_name="crosshairs", order=170)


class ReleasesPanel(Component):
    """On the admin home: the coordinator's way in, and the releases awaiting a lead's approval."""

    name = "indicators"
    order = 60
    template_name = "indicators/home_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        return {
            "is_coordinator": permissions.is_coordinator(self.user),
            "awaiting": permissions.visible_releases(self.user).filter(
                status=ReleaseStatus.SUBMITTED
            ),
        }


@hooks.register("construct_homepage_panels")
def add_releases_panel(request, panels):
    if permissions.can(request.user, permissions.SEE_RELEASES):
        panels.insert(0, ReleasesPanel(request.user))


# Coordinators read small counts about the listening centre: they sign in with a second step
# (accounts.rules.requires_two_factor), and their group is appointed on the server only.
hooks.register("requires_two_factor", permissions.is_coordinator)


@hooks.register("register_reserved_groups")
def coordinators_are_appointed_elsewhere():
    """Appointed on the server (`manage.py partnership_coordinators`), never in the Users admin."""
    return Group.objects.filter(name=permissions.COORDINATORS_GROUP)
