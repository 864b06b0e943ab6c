"""The coordinator's journey in a real browser, in French and in Arabic: from the admin's menu to
the dashboard, a filter, an export, then a release prepared and submitted, seen as the public
will see it."""

from datetime import date

import pytest
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from indicators.models import Release, ReleaseStatus
from tests.browser import sign_in
from tests.factories import (
    CaseFactory,
    PersonFactory,
    ensure_casework_setup,
    ensure_site_tree,
    make_persona,
    service,
)

pytestmark = pytest.mark.browser

WORDS = {
    "fr": {
        "menu": "Indicateurs",
        "dashboard": "Chiffres et objectifs",
        "releases": "Publications",
        "listening": "Femmes suivies par le centre d’écoute",
        "show": "Afficher",
        "csv": "Télécharger CSV",
        "prepare": "Préparer une publication",
        "compute": "Calculer les chiffres",
        "small": "moins de 5",
        "submit": "Soumettre pour approbation",
    },
    "ar": {
        "menu": "المؤشرات",
        "dashboard": "الأرقام والأهداف",
        "releases": "الإصدارات",
        "listening": "النساء المتابَعات في مركز الاستماع",
        "show": "عرض",
        "csv": "تنزيل CSV",
        "prepare": "إعداد إصدار",
        "compute": "احتساب الأرقام",
        "small": "أقل من 5",
        "submit": "إرسال للموافقة",
    },
}


@pytest.fixture
def coordinator(live_server):
    """The coordinator, and the listening centre's records of 2024: three women (a small figure)."""
    ensure_site_tree()
    ensure_casework_setup()
    user = make_persona("coordinator")
    for _n in range(3):
        CaseFactory(
            service=service("listening"),
            person=PersonFactory(sex="F", birth_year=1988),
            opened_on=date(2024, 4, 2),
        )
    return user


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_dashboard_filter_export_and_a_release(page, live_server, coordinator, language):
    words = WORDS[language]
    UserProfile.objects.update_or_create(
        user=coordinator, defaults={"preferred_language": language}
    )
    base = live_server.url
    sign_in(page, base, coordinator)

    page.get_by_role("button", name=words["menu"]).click()
    page.get_by_role("link", name=words["dashboard"], exact=True).click()
    expect(page.get_by_role("heading", name=words["listening"]).first).to_be_visible()
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")

    page.select_option("#id_period", "2024")
    page.select_option("#id_service", "listening")
    page.get_by_role("button", name=words["show"], exact=True).click()
    page.wait_for_load_state()
    assert "period=2024" in page.url
    table = page.locator(".figures-table").first
    expect(table).to_contain_text("3")

    with page.expect_download() as download:
        page.get_by_role("link", name=words["csv"]).click()
    assert download.value.suggested_filename == "indicators.csv"

    page.get_by_role("button", name=words["menu"]).click()
    page.get_by_role("link", name=words["releases"]).click()
    page.get_by_role("link", name=words["prepare"]).click()
    page.fill("#id_first_year", "2024")
    page.fill("#id_last_year", "2024")
    page.get_by_role("button", name=words["compute"]).click()
    expect(page.locator(".indicators-preview")).to_contain_text(words["small"])
    page.get_by_role("button", name=words["submit"]).click()
    expect(page.locator(".messages")).to_be_visible()
    assert Release.objects.get().status == ReleaseStatus.SUBMITTED
