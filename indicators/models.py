"""What the partnership reports and what it has published.

`Indicator`: a figure the partnership follows (a measure of indicators.measures) with its targets,
edited by the coordinator in the admin. `Release`: the figures of a period as the public sees them,
suppressed and frozen once a communications lead publishes them. The public results page reads
releases only, never the records.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext, pgettext_lazy
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from audit import trail
from audit.models import AuditAction
from home.blocks import BodyBlock
from home.models import BasePage

FIRST_YEAR = 2022  # the partnership's roadmap runs 2022-2026
YEAR_VALIDATORS = [MinValueValidator(2000), MaxValueValidator(2100)]


class TargetRow(models.TextChoices):
    """Whom a target counts: the sexes of a table's rows, or everyone."""

    ALL = "all", _("Everyone")
    FEMALE = "F", _("Women")
    MALE = "M", _("Men")


class IndicatorQuerySet(models.QuerySet):
    def public(self):
        return self.filter(public=True)


class Indicator(ClusterableModel):
    """A figure the partnership reports: one measure of indicators.measures (what is counted and
    how is written there, in code), its targets, and whether the public results page shows it.
    The coordinator edits them under Indicators > Definitions; a migration seeds the three of the
    roadmap."""

    measure = models.CharField(_("measure"), max_length=40, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    public = models.BooleanField(
        _("published in releases"),
        default=True,
        help_text=_("Releases and the public results page show this indicator."),
    )
    note = models.TextField(
        _("note"),
        blank=True,
        max_length=1000,
        help_text=_("Shown beside the figures on the dashboard, e.g. where the target comes from."),
    )

    objects = IndicatorQuerySet.as_manager()

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["sort_order", "measure"]

    def __str__(self):
        from indicators.measures import BY_KEY

        measure = BY_KEY.get(self.measure)
        return str(measure.label) if measure else self.measure

    def targets_text(self):
        return pgettext("list separator", ", ").join(str(t) for t in self.targets.all())


class Target(Orderable):
    """A target of an indicator: a count to reach over a period, or in each year of it, for
    women, men or everyone (the roadmap's "150 women over five years", "43 women and 51 men a
    year")."""

    indicator = ParentalKey(Indicator, on_delete=models.CASCADE, related_name="targets")
    row = models.CharField(_("for"), max_length=3, choices=TargetRow.choices, default=TargetRow.ALL)
    first_year = models.PositiveSmallIntegerField(
        pgettext_lazy("period start", "from"), default=FIRST_YEAR, validators=YEAR_VALIDATORS
    )
    last_year = models.PositiveSmallIntegerField(
        pgettext_lazy("period end", "until"), default=FIRST_YEAR + 4, validators=YEAR_VALIDATORS
    )
    each_year = models.BooleanField(
        _("each year"),
        default=False,
        help_text=_("The value is a target for each year of the period, not for the whole period."),
    )
    value = models.PositiveIntegerField(_("target"))

    class Meta(Orderable.Meta):
        verbose_name = _("target")
        verbose_name_plural = _("targets")

    def __str__(self):
        values = {
            "row": self.get_row_display(),
            "value": self.value,
            "first": self.first_year,
            "last": self.last_year,
        }
        if self.each_year:
            return _("%(row)s: %(value)s a year, %(first)s-%(last)s") % values
        return _("%(row)s: %(value)s over %(first)s-%(last)s") % values

    def clean(self):
        if self.first_year and self.last_year and self.first_year > self.last_year:
            raise ValidationError({"last_year": _("The period must end after it starts.")})

    def applies_to(self, first_year, last_year):
        """Whether this target is the one to compare with a figure of first_year..last_year."""
        if self.each_year:
            return first_year == last_year and self.first_year <= first_year <= self.last_year
        return (first_year, last_year) == (self.first_year, self.last_year)


class ReleaseStatus(models.TextChoices):
    PREPARING = "preparing", pgettext_lazy("release status", "In preparation")
    SUBMITTED = "submitted", pgettext_lazy("release status", "Awaiting approval")
    PUBLISHED = "published", pgettext_lazy("release status", "Published")


class ReleaseQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=ReleaseStatus.PUBLISHED)

    def latest_published(self):
        return self.published().order_by("-published_at").first()


class Release(models.Model):
    """The figures of a period as the public sees them: each public indicator's tables, suppressed
    together with every earlier release, frozen in `tables` (indicators.suppression.ShownTable as
    JSON: no hidden value is stored). The coordinator prepares it and checks it exactly as the public
    will see it, then submits it; a communications lead publishes it or sends it back. A published
    release never changes; the public results page shows published releases only, never live
    figures (which would reveal each new arrival)."""

    first_year = models.PositiveSmallIntegerField(
        pgettext_lazy("period start", "from"), default=FIRST_YEAR, validators=YEAR_VALIDATORS
    )
    last_year = models.PositiveSmallIntegerField(
        pgettext_lazy("period end", "until"), validators=YEAR_VALIDATORS
    )
    status = models.CharField(
        _("status"), max_length=12, choices=ReleaseStatus.choices, default=ReleaseStatus.PREPARING
    )
    tables = models.JSONField(default=list, editable=False)
    computed_at = models.DateTimeField(_("figures computed"), null=True, editable=False)
    prepared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    submitted_at = models.DateTimeField(_("submitted"), null=True, editable=False)
    published_at = models.DateTimeField(_("published"), null=True, editable=False)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    sent_back_reason = models.TextField(_("reason for sending back"), blank=True, editable=False)

    objects = ReleaseQuerySet.as_manager()

    class Meta:
        verbose_name = _("release")
        verbose_name_plural = _("releases")
        ordering = ["-published_at", "-pk"]

    def __str__(self):
        return _("Figures %(first)s-%(last)s") % {"first": self.first_year, "last": self.last_year}

    def save(self, *args, **kwargs):
        if self.pk:
            stored = Release.objects.filter(pk=self.pk).values_list("status", flat=True).first()
            if stored == ReleaseStatus.PUBLISHED:
                raise ValidationError(_("A published release never changes."))
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        if self.frozen:
            raise ValidationError(_("A published release never changes."))
        return super().delete(*args, **kwargs)

    @property
    def frozen(self):
        return self.status == ReleaseStatus.PUBLISHED

    def shown_tables(self):
        from indicators.suppression import ShownTable

        return [ShownTable.from_json(data) for data in self.tables]

    def clean(self):
        if self.first_year and self.last_year and self.first_year > self.last_year:
            raise ValidationError({"last_year": _("The period must end after it starts.")})

    def _require(self, *statuses):
        if self.status not in statuses:
            raise ValidationError(_("This release cannot do that in its current state."))

    @transaction.atomic
    def prepare(self, *, by):
        """Compute the public indicators' figures for the period from the records and suppress
        them together with every published release; audited. Repeatable until submitted."""
        from indicators import computation
        from indicators.suppression import suppress

        if self.pk:
            self._require(ReleaseStatus.PREPARING)
        self.full_clean()
        measures = set(Indicator.objects.public().values_list("measure", flat=True))
        tables = [
            table
            for key, computed in computation.compute_all(self.first_year, self.last_year).items()
            if key in measures
            for table in computed
        ]
        earlier = [
            shown
            for release in Release.objects.published().exclude(pk=self.pk).order_by("published_at")
            for shown in release.shown_tables()
        ]
        self.tables = [shown.to_json() for shown in suppress(tables, earlier=earlier)]
        self.computed_at = timezone.now()
        self.prepared_by = by
        self.status = ReleaseStatus.PREPARING
        self.sent_back_reason = ""
        created = self.pk is None
        self.save()
        trail.record(AuditAction.CREATE if created else AuditAction.CHANGE, user=by, obj=self)

    @transaction.atomic
    def submit(self, *, by):
        """Ask a communications lead to publish the figures as prepared; audited."""
        self._require(ReleaseStatus.PREPARING)
        if not self.computed_at:
            raise ValidationError(_("Prepare the figures before submitting them."))
        self.status = ReleaseStatus.SUBMITTED
        self.submitted_at = timezone.now()
        self.save(update_fields=["status", "submitted_at"])
        trail.record(AuditAction.SUBMIT, user=by, obj=self)

    @transaction.atomic
    def publish(self, *, by):
        """Publish the submitted figures on the results page; from now on they never change."""
        self._require(ReleaseStatus.SUBMITTED)
        self.status = ReleaseStatus.PUBLISHED
        self.published_at = timezone.now()
        self.published_by = by
        self.save(update_fields=["status", "published_at", "published_by"])
        trail.record(AuditAction.PUBLISH, user=by, obj=self)

    @transaction.atomic
    def send_back(self, *, by, reason):
        """Return the submitted figures to the coordinator, saying why; audited (not the reason,
        which may quote a figure)."""
        self._require(ReleaseStatus.SUBMITTED)
        reason = (reason or "").strip()
        if len(reason) < 5:
            raise ValidationError({"reason": _("Say why, in a few words.")})
        self.status = ReleaseStatus.PREPARING
        self.submitted_at = None
        self.sent_back_reason = reason[:500]
        self.save(update_fields=["status", "submitted_at", "sent_back_reason"])
        trail.record(AuditAction.SEND_BACK, user=by, obj=self)

    @transaction.atomic
    def remove(self, *, by):
        """Delete a release that was never published; audited."""
        self._require(ReleaseStatus.PREPARING)
        trail.record(AuditAction.DELETE, user=by, obj=self)
        self.delete()


class ResultsPage(BasePage):
    """The partnership's results for the public (`/fr/resultats/`): the objectives in the editors'
    words, then the latest published release's figures with their targets, charts and tables.
    Never live figures: only what a release froze."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    max_count_per_parent = 1

    class Meta:
        verbose_name = _("results page")
        verbose_name_plural = _("results pages")

    def get_context(self, request, *args, **kwargs):
        from indicators.presentation import release_blocks

        context = super().get_context(request, *args, **kwargs)
        release = Release.objects.latest_published()
        context["release"] = release
        context["blocks"] = release_blocks(release) if release else []
        return context
