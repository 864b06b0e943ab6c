"""A release from preparation to the public results page: prepared and submitted by the
coordinator, published or sent back by a communications lead, frozen once published, shown in
the four languages with small figures protected, never live."""

import re
from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import Locale

from audit.models import AuditAction, AuditEntry
from indicators.models import Release, ReleaseStatus
from tests.factories import (
    CaseFactory,
    PersonFactory,
    ResultsPageFactory,
    copy_for_translation,
    service,
)

pytestmark = pytest.mark.django_db


def followed(kind, year, count, sex="F"):
    """`count` persons with a case at service `kind` open only during `year`."""
    for _n in range(count):
        CaseFactory(
            service=service(kind),
            person=PersonFactory(sex=sex, birth_year=1990),
            opened_on=date(year, 3, 1),
            closed_on=date(year, 9, 30),
            status="closed",
        )


@pytest.fixture
def results_pages(public_site):
    """The results page under each home page, in French and translated into the three others."""
    from wagtail.models import Page

    home = Page.objects.get(depth=2, locale__language_code="fr").specific
    page = ResultsPageFactory(parent=home, slug="resultats", title="Résultats")
    pages = {"fr": page}
    for language in ("ar", "zgh", "en"):
        translated = copy_for_translation(page, Locale.objects.get(language_code=language))
        translated.save_revision().publish()
        pages[language] = translated
    return pages


def figures_of(html):
    """The text of the public figures section, without markup."""
    section = html.split('aria-labelledby="results-title"', 1)[1]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", section))


def test_prepared_submitted_published_then_shown(
    login, coordinator, comms_lead, client, results_pages
):
    followed("listening", 2024, 3)
    followed("daycentre", 2024, 12)
    followed("daycentre", 2024, 9, sex="M")

    response = login(coordinator).post(
        reverse("indicators_release_new"), {"first_year": 2024, "last_year": 2024}
    )
    release = Release.objects.get()
    assert response.status_code == 302 and response.url == reverse(
        "indicators_release", args=[release.pk]
    )
    assert release.status == ReleaseStatus.PREPARING
    preview = login(coordinator).get(response.url).content.decode()
    assert "fewer than 5" in preview  # the listening centre's three women
    # Not public before a lead publishes it.
    assert (
        "No figures have been published yet."
        in client.get(results_pages["en"].url).content.decode()
    )

    login(coordinator).post(reverse("indicators_release_action", args=[release.pk, "submit"]))
    release.refresh_from_db()
    assert release.status == ReleaseStatus.SUBMITTED
    login(comms_lead).post(reverse("indicators_release_action", args=[release.pk, "publish"]))
    release.refresh_from_db()
    assert release.status == ReleaseStatus.PUBLISHED and release.published_by == comms_lead

    shown = figures_of(client.get(results_pages["en"].url).content.decode())
    assert "fewer than 5" in shown
    assert " 21 " in shown  # the day centre's 12 + 9 young people
    actions = list(
        AuditEntry.objects.filter(object_type="indicators.release").values_list("action", flat=True)
    )
    assert {AuditAction.CREATE, AuditAction.SUBMIT, AuditAction.PUBLISH} <= set(actions)


@pytest.mark.parametrize(
    "language, small",
    [("fr", "moins de 5"), ("ar", "أقل من 5"), ("zgh", "ⴷⵔⵓⵙ ⵏ 5"), ("en", "fewer than 5")],
)
def test_small_figures_are_said_in_the_page_language(
    client, coordinator, comms_lead, results_pages, language, small
):
    followed("listening", 2024, 2)
    release = Release(first_year=2024, last_year=2024)
    release.prepare(by=coordinator)
    release.submit(by=coordinator)
    release.publish(by=comms_lead)
    html = client.get(results_pages[language].url).content.decode()
    assert small in figures_of(html)


def test_published_figures_never_move(client, coordinator, comms_lead, results_pages):
    followed("daycentre", 2024, 12)
    release = Release(first_year=2024, last_year=2024)
    release.prepare(by=coordinator)
    release.submit(by=coordinator)
    release.publish(by=comms_lead)
    before = figures_of(client.get(results_pages["fr"].url).content.decode())

    followed("daycentre", 2024, 7)  # late records
    assert figures_of(client.get(results_pages["fr"].url).content.decode()) == before
    with pytest.raises(ValidationError):
        release.prepare(by=coordinator)
    with pytest.raises(ValidationError):
        release.tables = []
        release.save()
    with pytest.raises(ValidationError):
        Release.objects.get().delete()


def test_a_lead_sends_back_with_a_reason(login, coordinator, comms_lead):
    release = Release(first_year=2024, last_year=2024)
    release.prepare(by=coordinator)
    release.submit(by=coordinator)
    url = reverse("indicators_release_action", args=[release.pk, "send_back"])
    login(comms_lead).post(url, {"reason": ""})
    release.refresh_from_db()
    assert release.status == ReleaseStatus.SUBMITTED
    login(comms_lead).post(url, {"reason": "The 2024 note is missing"})
    release.refresh_from_db()
    assert release.status == ReleaseStatus.PREPARING
    assert (
        "The 2024 note is missing"
        in login(coordinator).get(reverse("indicators_release", args=[release.pk])).content.decode()
    )


def test_a_later_release_repeats_what_an_earlier_one_published(coordinator, comms_lead):
    followed("daycentre", 2023, 12)
    first = Release(first_year=2023, last_year=2023)
    first.prepare(by=coordinator)
    first.submit(by=coordinator)
    first.publish(by=comms_lead)
    followed("daycentre", 2023, 6)  # entered late, for a year already published
    second = Release(first_year=2023, last_year=2024)
    second.prepare(by=coordinator)
    earlier = {table.key: table for table in first.shown_tables()}
    later = {table.key: table for table in second.shown_tables()}
    key = ("daycentre_followed", 2023, 2023)
    assert later[key] == earlier[key]
