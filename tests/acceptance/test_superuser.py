"""The technical administrator (a superuser, not a caseworker) finds no trace of casework in any
of Wagtail's reports, histories, listings or their exports: the existence, timing and handler of a
victim's session are confidential. The audit trail is the one record of them."""

import pytest

from casework.models import Case, Person

REPORTS = [
    "/admin/reports/site-history/",
    "/admin/reports/site-history/?export=csv",
    "/admin/reports/site-history/?export=xlsx",
    "/admin/reports/aging-pages/",
    "/admin/reports/locked/",
    "/admin/reports/workflow/",
    "/admin/reports/workflow_tasks/",
    "/admin/reports/page-types-usage/",
    "/admin/pages/search/?q=LC-",
    "/admin/users/",
    "/admin/snippets/",
    "/admin/",
]


@pytest.fixture(scope="module")
def confidential():
    """What must not show: every case's and person's reference, and the words Wagtail's log
    used for casework."""
    words = set(Case.objects.values_list("reference", flat=True))
    words |= set(Person.objects.values_list("reference", flat=True))
    assert len(words) > 100
    return words | {"casework.", "Séance enregistrée", "Dossier clôturé", "Orientation envoyée"}


def leaks(body, confidential):
    return sorted(word for word in confidential if word in body)


def test_site_history_reached_from_the_menu_shows_no_casework(staff, confidential):
    page = staff("admin", "fr")
    page.goto("/admin/")
    page.get_by_role("button", name="Rapports").click()
    page.get_by_role("link", name="Historique du site").click()
    page.wait_for_url("**/site-history/")
    assert page.locator("table tbody tr").count() > 0, "the report lists the site's own work"
    assert not leaks(page.content(), confidential)


@pytest.mark.parametrize("url", REPORTS)
def test_no_wagtail_report_or_export_shows_casework(staff, confidential, url):
    page = staff("admin", "fr")
    response = page.request.get(url)
    assert response.status == 200, url
    assert not leaks(response.body().decode("utf-8", "replace"), confidential), url


def test_no_page_history_shows_casework(staff, confidential):
    from wagtail.models import Page

    page = staff("admin", "fr")
    for pk in Page.objects.filter(depth__gte=2).order_by("pk").values_list("pk", flat=True)[:20]:
        response = page.request.get(f"/admin/pages/{pk}/history/")
        assert response.status == 200
        assert not leaks(response.body().decode(), confidential), pk
