"""The admin's "Translation status" report: for every page, its state in each locale (translated, shown
as a fallback in its source language, or missing), so editors see what is left to translate."""

import django_filters
from django.conf import settings
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from home import fallbacks

STATE_LABELS = {
    fallbacks.Status.SOURCE: _("Source"),
    fallbacks.Status.TRANSLATED: _("Translated"),
    fallbacks.Status.FALLBACK: _("Fallback"),
    fallbacks.Status.MISSING: _("Missing"),
}
STATE_CHOICES = [
    (state, STATE_LABELS[state])
    for state in (fallbacks.Status.FALLBACK, fallbacks.Status.MISSING, fallbacks.Status.TRANSLATED)
]


def _locale_choices():
    return [(locale.language_code, locale.get_display_name()) for locale in Locale.objects.all()]


class TranslationsFilterSet(WagtailFilterSet):
    """ "Not translated into Tamazight" is the question an editor asks: a language and a state."""

    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=_locale_choices, method="filter_language"
    )
    state = django_filters.ChoiceFilter(
        label=_("State in that language"),
        choices=STATE_CHOICES,
        method="filter_state",
    )

    class Meta:
        model = Page
        fields = []

    def filter_language(self, queryset, name, value):
        return queryset  # read by filter_state

    def filter_state(self, queryset, name, value):
        code = self.form.cleaned_data.get("language")
        locales = Locale.objects.filter(language_code=code) if code else Locale.objects.all()
        states = fallbacks.translation_states(list(queryset), list(locales))
        keep = [pk for pk, row in states.items() if any(state == value for state in row.values())]
        return queryset.filter(pk__in=keep)


class TranslationsReportView(ReportView):
    page_title = _("Translation status")
    header_icon = "globe"
    index_url_name = "home_translations_report"
    index_results_url_name = "home_translations_report_results"
    filterset_class = TranslationsFilterSet
    paginate_by = 100
    permission_policy = PagePermissionPolicy()
    any_permission_required = ["add", "change", "publish"]

    @cached_property
    def locales(self):
        order = [code for code, _name in settings.LANGUAGES]
        locales = Locale.objects.all()
        return sorted(locales, key=lambda locale: order.index(locale.language_code))

    @cached_property
    def columns(self):
        columns = [
            TitleColumn(
                "title",
                label=_("Page"),
                get_url=lambda page: self._edit_url(page),
            ),
            Column("source", label=_("Written in"), accessor="locale.get_display_name"),
        ]
        for locale in self.locales:
            columns.append(
                Column(
                    f"locale_{locale.language_code}",
                    label=locale.get_display_name(),
                    accessor=lambda page, locale=locale: STATE_LABELS[
                        self.states[page.pk][locale.pk]
                    ],
                )
            )
        return columns

    def _edit_url(self, page):
        from django.urls import reverse

        return reverse("wagtailadmin_pages:edit", args=[page.pk])

    def get_queryset(self):
        editable = self.permission_policy.instances_user_has_permission_for(
            self.request.user, "change"
        )
        return fallbacks.report_rows().filter(pk__in=editable.values("pk"))

    def decorate_paginated_queryset(self, object_list):
        pages = list(object_list)
        self.states = fallbacks.translation_states(pages, self.locales)
        return pages

    def get_table(self, object_list):
        # Columns read the states of the current page of results.
        self.states = fallbacks.translation_states(list(object_list), self.locales)
        return super().get_table(object_list)
