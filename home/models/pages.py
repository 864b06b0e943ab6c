"""The other public page types: standard pages, projects, places, services, partners (the
results page is the indicators app's)."""

from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.search import index

from home import blocks
from home.models.base import BasePage, Theme
from home.models.news import PublicPageQuerySet


class StandardPage(BasePage):
    """A free page of blocks (about us, privacy, accessibility...); also a section that lists
    its child pages, such as the services."""

    body = StreamField(blocks.BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["children"] = (
            self.get_children().live().public().specific().select_related("locale")
        )
        return context


class ProjectStatus(models.TextChoices):
    PLANNED = "planned", pgettext_lazy("project status", "Planned")
    IN_PROGRESS = "in_progress", pgettext_lazy("project status", "In progress")
    COMPLETED = "completed", pgettext_lazy("project status", "Completed")


class ProjectQuerySet(PublicPageQuerySet):
    def for_listing(self):
        return super().for_listing().order_by("title")


class ProjectIndexPage(BasePage):
    """Every project the partnership supports, filterable by theme and status."""

    subpage_types = ["home.ProjectPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("projects index")
        verbose_name_plural = _("projects indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        projects = ProjectPage.objects.child_of(self).live().public().for_listing()
        theme = request.GET.get("theme", "")
        status = request.GET.get("status", "")
        if theme in Theme.values:
            projects = projects.filter(theme=theme)
        else:
            theme = ""
        if status in ProjectStatus.values:
            projects = projects.filter(status=status)
        else:
            status = ""
        context.update(
            projects=projects,
            theme=theme,
            status=status,
            themes=Theme.choices,
            statuses=ProjectStatus.choices,
        )
        return context


class ProjectPage(BasePage):
    """A project of the partnership or a selected youth proposal: what, who, how far along."""

    theme = models.CharField(_("theme"), max_length=20, choices=Theme.choices, default=Theme.SOCIAL)
    status = models.CharField(
        _("status"), max_length=20, choices=ProjectStatus.choices, default=ProjectStatus.PLANNED
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    progress = models.PositiveSmallIntegerField(
        _("progress (%)"), default=0, validators=[MaxValueValidator(100)]
    )
    body = StreamField(blocks.BodyBlock(), blank=True, verbose_name=_("body"))
    milestones = StreamField(
        [("milestone", blocks.MilestoneBlock())], blank=True, verbose_name=_("milestones")
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("theme"), FieldPanel("status"), FieldPanel("progress")]),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
            ],
            heading=_("Project"),
        ),
        FieldPanel("body"),
        FieldPanel("milestones"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.FilterField("theme"),
        index.FilterField("status"),
    ]

    parent_page_types = ["home.ProjectIndexPage"]
    subpage_types = []

    objects = PageManager.from_queryset(ProjectQuerySet)()

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_news"] = self.related_news()
        return context

    def related_news(self, limit=5):
        """Live news of this language that link to the project, newest first (Wagtail's
        reference index knows which pages link here)."""
        from django.contrib.contenttypes.models import ContentType
        from wagtail.models import Page, ReferenceIndex

        from home.models.news import NewsArticlePage

        page_type = ContentType.objects.get_for_model(Page)
        linking = ReferenceIndex.get_references_to(self).filter(base_content_type=page_type)
        ids = [int(object_id) for object_id in linking.values_list("object_id", flat=True)]
        return NewsArticlePage.objects.in_site_locale(self).filter(pk__in=ids).for_listing()[:limit]


class PlacePage(BasePage):
    """A place open to the public, such as the multicultural creation house: its spaces,
    opening hours and activities."""

    address = models.CharField(_("address"), max_length=200, blank=True)
    spaces = StreamField([("space", blocks.SpaceBlock())], blank=True, verbose_name=_("spaces"))
    opening_hours = StreamField(
        [("hours", blocks.OpeningHoursBlock())], blank=True, verbose_name=_("opening hours")
    )
    body = StreamField(blocks.BodyBlock(), blank=True, verbose_name=_("activities"))

    content_panels = BasePage.content_panels + [
        FieldPanel("address"),
        FieldPanel("opening_hours"),
        FieldPanel("spaces"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    class Meta:
        verbose_name = _("place")
        verbose_name_plural = _("places")

    def get_context(self, request, *args, **kwargs):
        from home.models.events import EventPage

        context = super().get_context(request, *args, **kwargs)
        context["next_events"] = (
            EventPage.objects.in_site_locale(self).filter(place=self).upcoming().for_listing()[:5]
        )
        return context


class ServicePage(BasePage):
    """A service of the commune (migrant office, listening centre, day centre): what, for whom,
    when, how to reach it. A sensitive service page offers a quick exit and is never cached."""

    sensitive = models.BooleanField(
        _("sensitive"),
        default=False,
        help_text=_(
            "For services whose visitors may be in danger if seen here: adds the quick exit, the "
            "browsing-history notice and the hotline numbers, and keeps the page out of caches."
        ),
    )
    address = models.CharField(_("address"), max_length=200, blank=True)
    opening_hours = StreamField(
        [("hours", blocks.OpeningHoursBlock())], blank=True, verbose_name=_("opening hours")
    )
    body = StreamField(blocks.BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [
        FieldPanel("sensitive"),
        FieldPanel("address"),
        FieldPanel("opening_hours"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    class Meta:
        verbose_name = _("service page")
        verbose_name_plural = _("service pages")

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if self.sensitive:
            # Nothing kept by the browser or a proxy, and the next site is not told where the
            # visitor came from.
            response["Cache-Control"] = "no-store, max-age=0"
            response["Referrer-Policy"] = "no-referrer"
        return response


class PartnersPage(BasePage):
    """The partners of the social service: local and diaspora associations, programmes,
    institutions and the twin commune."""

    partners = StreamField(
        [("partner", blocks.PartnerBlock())], blank=True, verbose_name=_("partners")
    )
    body = StreamField(blocks.BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("partners"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("partners")]

    class Meta:
        verbose_name = _("partners page")
        verbose_name_plural = _("partners pages")
