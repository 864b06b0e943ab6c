"""What every page gives a visitor to find their way: one h1 and the landmarks, the main menu,
breadcrumbs, and the search form of the header."""

import pytest

from tests import factories
from tests.home.helpers import get, texts, translate

pytestmark = pytest.mark.django_db


def build_every_page_type(home):
    news = factories.NewsIndexPageFactory(parent=home)
    agenda = factories.EventIndexPageFactory(parent=home)
    projects = factories.ProjectIndexPageFactory(parent=home)
    return {
        "standard": factories.StandardPageFactory(parent=home, title="À propos"),
        "news index": news,
        "news article": factories.NewsArticlePageFactory(parent=news, title="Forum des jeunes"),
        "events index": agenda,
        "event": factories.EventPageFactory(parent=agenda, title="Foire africaine"),
        "projects index": projects,
        "project": factories.ProjectPageFactory(parent=projects, title="Terrain de sport"),
        "place": factories.PlacePageFactory(parent=home),
        "service": factories.ServicePageFactory(parent=home, title="Centre de jour"),
        "partners": factories.PartnersPageFactory(parent=home),
        "results": factories.ResultsPageFactory(parent=home),
    }


def test_every_page_type_has_one_h1_its_landmarks_and_breadcrumbs(client, home):
    pages = build_every_page_type(home)
    for kind, page in pages.items():
        _response, soup = get(client, page.url)
        assert texts(soup, "h1") == [page.title], kind
        for landmark in ("header", "main", "footer"):
            assert soup.select(f"body > {landmark}"), (kind, landmark)
        assert soup.select_one("nav.main-menu[aria-label]"), kind
        crumbs = soup.select_one("nav.breadcrumbs[aria-label]")
        assert crumbs is not None, kind
        assert texts(crumbs, "a")[0] == home.title, kind
        assert texts(crumbs, "[aria-current=page]") == [page.title], kind


def test_breadcrumbs_go_from_the_home_page_through_each_section(client, home):
    services = factories.StandardPageFactory(parent=home, title="Services")
    service = factories.ServicePageFactory(parent=services, title="Bureau des migrants")

    _response, soup = get(client, service.url)

    crumbs = soup.select_one("nav.breadcrumbs")
    assert texts(crumbs, "li") == [home.title, "Services", "Bureau des migrants"]
    assert [a["href"] for a in crumbs.select("a")] == ["/fr/", "/fr/services/"]


def test_main_menu_lists_the_menu_pages_and_marks_the_current_one(client, home):
    services = factories.StandardPageFactory(parent=home, title="Services", show_in_menus=True)
    factories.PartnersPageFactory(parent=home, title="Partenaires", show_in_menus=True)
    factories.StandardPageFactory(parent=home, title="Mentions légales", show_in_menus=False)
    service = factories.ServicePageFactory(parent=services, title="Centre d'écoute")

    _response, soup = get(client, services.url)
    menu = soup.select_one("nav.main-menu")
    assert "Services" in texts(menu, "a") and "Partenaires" in texts(menu, "a")
    assert "Mentions légales" not in texts(menu, "a")
    assert texts(menu, "[aria-current=page]") == ["Services"]

    _response, soup = get(client, service.url)
    menu = soup.select_one("nav.main-menu")
    assert texts(menu, "[aria-current=true]") == ["Services"]
    assert not menu.select("[aria-current=page]")


def test_main_menu_follows_the_language_of_the_page(client, home):
    page = factories.StandardPageFactory(parent=home, title="À propos", show_in_menus=True)
    translate(page, "ar", "من نحن")

    _response, soup = get(client, "/ar/")

    assert "من نحن" in texts(soup, "nav.main-menu a")
    assert "À propos" not in texts(soup, "nav.main-menu a")


def test_search_form_in_the_header_has_a_label_and_sends_a_get(client, home):
    _response, soup = get(client, "/fr/")
    form = soup.select_one("header form[role=search]")
    assert form["method"] == "get"
    assert form["action"] == "/fr/search/"
    field = form.select_one("input[type=search]")
    assert soup.select_one(f"label[for={field['id']}]").get_text(strip=True)
