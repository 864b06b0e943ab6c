"""What a visitor sees on each public page type: content, navigation, head links, blocks.

Pages are built with the factories under the French home page of `public_site`.
"""

import datetime
import re

import pytest
import wagtail_factories
from bs4 import BeautifulSoup
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from wagtail.models import Collection, Locale

from home.blocks import PartnerKind
from home.models import SiteSettings
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def home(public_site):
    return public_site.root_page.specific


def get(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, (url, response.status_code)
    return response, BeautifulSoup(response.content.decode(), "html.parser")


def texts(soup, selector):
    return [" ".join(el.get_text(" ", strip=True).split()) for el in soup.select(selector)]


def fr(message, context=None, **values):
    """An interface string as a French visitor reads it (the source text until translated)."""
    with translation.override("fr"):
        text = translation.pgettext(context, message) if context else translation.gettext(message)
        return text % values if values else str(text)


def make_image(**kwargs):
    kwargs.setdefault("collection", Collection.get_first_root_node())
    return wagtail_factories.ImageFactory(**kwargs)


def translate(page, code, title):
    """A published copy of `page` in another language (its parents must exist there)."""
    translation = page.copy_for_translation(Locale.objects.get(language_code=code))
    translation.title = title
    translation.save_revision().publish()
    return translation


def at(days, hour=10, minute=0):
    return timezone.localtime().replace(hour=hour, minute=minute, second=0, microsecond=0) + (
        datetime.timedelta(days=days)
    )


# --- Every page type ------------------------------------------------------------------------------


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


def test_home_page_has_no_breadcrumbs(client, home):
    _response, soup = get(client, "/fr/")
    assert soup.select_one("nav.breadcrumbs") is None


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


# --- Head -----------------------------------------------------------------------------------------


def test_head_has_description_canonical_hreflang_and_open_graph(client, home):
    page = factories.StandardPageFactory(
        parent=home, title="À propos", slug="a-propos", intro="Qui nous sommes."
    )
    arabic = translate(page, "ar", "من نحن")

    _response, soup = get(client, "/fr/a-propos/")

    head = soup.head
    assert head.select_one("meta[name=description]")["content"] == "Qui nous sommes."
    assert head.select_one("link[rel=canonical]")["href"] == "http://localhost/fr/a-propos/"
    alternates = {
        link["hreflang"]: link["href"] for link in head.select("link[rel=alternate][hreflang]")
    }
    assert alternates == {
        "fr": "http://localhost/fr/a-propos/",
        "ar": f"http://localhost/ar/{arabic.slug}/",
        "x-default": "http://localhost/fr/a-propos/",
    }
    og = {meta["property"]: meta["content"] for meta in head.select("meta[property]")}
    assert og["og:title"] == "À propos"
    assert og["og:description"] == "Qui nous sommes."
    assert og["og:url"] == "http://localhost/fr/a-propos/"
    assert og["og:type"] == "website"
    assert og["og:locale"] == "fr_MA"
    assert og["og:locale:alternate"] == "ar_MA"
    assert "og:image" not in og


def test_arabic_translation_points_x_default_to_the_french_page(client, home):
    page = factories.StandardPageFactory(parent=home, title="À propos", slug="a-propos")
    arabic = translate(page, "ar", "من نحن")

    _response, soup = get(client, arabic.url)

    assert soup.select_one("link[rel=canonical]")["href"].startswith("http://localhost/ar/")
    x_default = soup.select_one("link[hreflang=x-default]")["href"]
    assert x_default == "http://localhost/fr/a-propos/"
    assert soup.select_one("meta[property='og:locale']")["content"] == "ar_MA"


def test_news_article_is_an_open_graph_article_with_an_image(client, home):
    image = make_image(title="Forum", description="Des jeunes au forum ouvert")
    news = factories.NewsIndexPageFactory(parent=home)
    article = factories.NewsArticlePageFactory(parent=news, image=image)

    _response, soup = get(client, article.url)

    og = {meta["property"]: meta["content"] for meta in soup.head.select("meta[property]")}
    assert og["og:type"] == "article"
    assert og["og:image"].startswith("http://testserver/media/images/")
    assert og["og:image:alt"] == "Des jeunes au forum ouvert"


# --- Images ---------------------------------------------------------------------------------------


def test_page_image_is_a_picture_in_modern_formats_with_alt_text_and_credit(client, home):
    image = make_image(title="terrain.jpg", description="Le terrain de sport", credit="A. Idrissi")
    page = factories.StandardPageFactory(
        parent=home,
        image=image,
        body=[("image", {"image": image, "caption": "L'inauguration du terrain"})],
    )

    _response, soup = get(client, page.url)

    figure = soup.select("main figure.figure")[-1]
    picture = figure.select_one("picture")
    assert [s["type"] for s in picture.select("source")] == ["image/avif", "image/webp"]
    assert "sizes" in picture.select_one("source").attrs
    img = picture.select_one("img")
    assert img["alt"] == "Le terrain de sport"
    assert img["loading"] == "lazy"
    caption = " ".join(figure.figcaption.get_text(" ", strip=True).split())
    assert "L'inauguration du terrain" in caption and "A. Idrissi" in caption


def test_image_without_description_takes_its_title_as_alt_text(client, home):
    image = make_image(title="La maison de la création", description="")
    page = factories.StandardPageFactory(parent=home, image=image)

    _response, soup = get(client, page.url)

    assert soup.select_one("main picture img")["alt"] == "La maison de la création"


def test_image_of_people_shows_in_the_preview_of_an_unpublished_page(client, home, tech_admin):
    image = make_image(title="Groupe", description="Le groupe de parole", shows_people=True)
    page = factories.StandardPageFactory(parent=home, live=False, image=image)
    client.force_login(tech_admin)

    html = page.make_preview_request().content.decode()

    assert 'alt="Le groupe de parole"' in html


# --- Footer ---------------------------------------------------------------------------------------


def test_footer_shows_contact_hotlines_and_footer_links_in_the_visitors_language(
    client, home, public_site
):
    about = factories.StandardPageFactory(parent=home, title="À propos")
    translate(about, "ar", "من نحن")
    legal = factories.StandardPageFactory(parent=home, title="Mentions légales")
    site_settings = SiteSettings.for_site(public_site)
    site_settings.phone = "05 28 81 00 00"
    site_settings.email = "contact@belfaa.test"
    site_settings.address = "Commune de Belfaa"
    site_settings.hotlines = [("hotline", {"kind": "police", "number": "19"})]
    site_settings.footer_links = [("page", about.page_ptr), ("page", legal.page_ptr)]
    site_settings.save()

    _response, soup = get(client, "/ar/")

    footer = soup.select_one("body > footer")
    assert footer.select_one("a[href='tel:0528810000']").get_text(strip=True) == "05 28 81 00 00"
    assert footer.select_one("a[href='mailto:contact@belfaa.test']")
    assert footer.select_one("a[href='tel:19']")
    links = texts(footer, "nav a")
    # The Arabic translation where there is one, else the French page itself.
    assert links == ["من نحن", "Mentions légales"]


# --- News -----------------------------------------------------------------------------------------


def test_news_index_shows_ten_articles_a_page_newest_first_with_pagination(client, home):
    news = factories.NewsIndexPageFactory(parent=home)
    today = timezone.localdate()
    for n in range(12):
        factories.NewsArticlePageFactory(
            parent=news, title=f"Nouvelle {n:02d}", date=today - datetime.timedelta(days=n)
        )

    _response, soup = get(client, news.url)
    titles = texts(soup, "main .cards h2")
    assert len(titles) == 10 and titles[0] == "Nouvelle 00"
    pagination = soup.select_one("nav.pagination")
    assert texts(pagination, "[aria-current=page]") == [f"{fr('Page')} 1"]

    _response, soup = get(client, news.url + "?page=2")
    assert texts(soup, "main .cards h2") == ["Nouvelle 10", "Nouvelle 11"]
    assert soup.select_one("a[rel=prev]")["href"] == "?page=1"
    assert soup.select_one("link[rel=canonical]")["href"].endswith("/actualites/?page=2")


def test_news_index_filters_by_tag(client, home):
    news = factories.NewsIndexPageFactory(parent=home)
    youth = factories.NewsArticlePageFactory(parent=news, title="Forum des jeunes")
    youth.tags.add("jeunesse")
    youth.save_revision().publish()
    factories.NewsArticlePageFactory(parent=news, title="Réunion des migrants")

    _response, soup = get(client, news.url + "?tag=jeunesse")

    assert texts(soup, "main .cards h2") == ["Forum des jeunes"]
    assert texts(soup, "nav.tag-filter [aria-current]") == ["jeunesse"]


def test_news_index_links_its_feeds(client, home):
    news = factories.NewsIndexPageFactory(parent=home)

    _response, soup = get(client, news.url)

    rss = soup.head.select_one("link[rel=alternate][type='application/rss+xml']")
    atom = soup.head.select_one("link[rel=alternate][type='application/atom+xml']")
    assert rss["href"] == "/fr/actualites/feed/rss/"
    assert atom["href"] == "/fr/actualites/feed/atom/"
    assert soup.select_one("main a[href='/fr/actualites/feed/rss/']")


def test_news_article_shows_its_date_and_tags(client, home):
    news = factories.NewsIndexPageFactory(parent=home)
    article = factories.NewsArticlePageFactory(parent=news, date=datetime.date(2025, 3, 14))
    article.tags.add("migrants")
    article.save_revision().publish()

    _response, soup = get(client, article.url)

    date = soup.select_one("main time")
    assert date["datetime"] == "2025-03-14"
    assert date.get_text(strip=True) == "14 mars 2025"
    assert soup.select_one("main a[href='/fr/actualites/?tag=migrants']")


def test_news_index_costs_the_same_queries_for_three_or_ten_articles(client, home):
    news = factories.NewsIndexPageFactory(parent=home)

    def queries_for(count):
        for _n in range(count - news.get_children().count()):
            factories.NewsArticlePageFactory(parent=news, image=make_image(title="Forum"))
        client.get(news.url)  # renditions are made on the first visit
        caches["default"].clear()  # as after a restart: renditions are read from the database
        with CaptureQueriesContext(connection) as queries:
            get(client, news.url)
        return len(queries)

    assert queries_for(3) == queries_for(10)


# --- Events ---------------------------------------------------------------------------------------


@pytest.fixture
def agenda(home):
    return factories.EventIndexPageFactory(parent=home)


def test_event_page_shows_its_date_time_and_place(client, home, agenda):
    place = factories.PlacePageFactory(parent=home, title="Maison de la création")
    start = timezone.make_aware(datetime.datetime(2031, 3, 14, 10, 0))
    event = factories.EventPageFactory(
        parent=agenda,
        start=start,
        end=start + datetime.timedelta(hours=2),
        place=place,
        location="Salle 2",
    )

    _response, soup = get(client, event.url)

    times = soup.select("main .event-when time")
    assert times[0]["datetime"] == timezone.localtime(start).isoformat()
    assert " ".join(times[0].get_text().split()) == fr(
        "%(day)s %(date)s, %(time)s",
        "weekday, date and time",
        day="vendredi",
        date="14 mars 2031",
        time="10:00",
    )
    assert times[1].get_text(strip=True) == "12:00"
    where = soup.select_one("main .event-place")
    assert where.select_one("a")["href"] == place.url
    assert "Salle 2" in where.get_text()
    assert soup.select_one(f"main a[href='{event.url}event.ics']")


def test_event_dates_are_written_in_the_visitors_language(client, home, agenda):
    start = timezone.make_aware(datetime.datetime(2031, 3, 14, 10, 0))
    event = factories.EventPageFactory(parent=agenda, start=start, end=None)
    translate(agenda, "ar", "المواعيد")
    arabic = translate(event, "ar", "منتدى الشباب")

    _response, soup = get(client, arabic.url)

    when = soup.select_one("main .event-when time").get_text()
    assert "مارس" in when and "mars" not in when


def test_all_day_event_over_several_days_shows_both_dates_without_hours(client, agenda):
    start = timezone.make_aware(datetime.datetime(2031, 5, 1, 0, 0))
    event = factories.EventPageFactory(
        parent=agenda, all_day=True, start=start, end=start + datetime.timedelta(days=2)
    )

    _response, soup = get(client, event.url)

    when = soup.select_one("main .event-when")
    assert [t["datetime"] for t in when.select("time")] == ["2031-05-01", "2031-05-03"]
    assert f"({fr('all day', 'event')})" in when.get_text()
    assert ":" not in " ".join(t.get_text() for t in when.select("time"))


def test_weekly_event_shows_its_next_session_and_until_when_it_repeats(client, agenda):
    event = factories.EventPageFactory(
        parent=agenda,
        start=at(days=-13),
        end=at(days=-13, hour=12),
        recurrence="weekly",
        recurrence_until=datetime.date(2031, 6, 30),
    )

    _response, soup = get(client, event.url)

    # Sessions 13 and 6 days ago; the next one tomorrow, whatever the hour the test runs at.
    next_session = soup.select_one("main .event-when time")["datetime"]
    assert next_session.startswith(at(days=1).date().isoformat())
    repeats = soup.select_one("main .event-when__repeats")
    assert fr("Repeats every week until %(until)s", until="30 juin 2031") == " ".join(
        repeats.get_text().split()
    )
    assert repeats.select_one("time")["datetime"] == "2031-06-30"


def test_past_event_says_it_has_taken_place(client, agenda):
    event = factories.EventPageFactory(parent=agenda, start=at(days=-10), end=at(days=-10, hour=12))

    _response, soup = get(client, event.url)

    assert fr("This event has already taken place.") in soup.select_one("main").get_text()


def test_events_index_lists_upcoming_events_and_past_ones_on_demand(client, agenda):
    factories.EventPageFactory(parent=agenda, title="Forum à venir", start=at(days=5))
    factories.EventPageFactory(
        parent=agenda, title="Réunion passée", start=at(days=-5), end=at(days=-5, hour=12)
    )

    _response, soup = get(client, agenda.url)
    assert texts(soup, "main .event-card h3") == ["Forum à venir"]
    assert texts(soup, "ul.toggle [aria-current]") == [fr("Upcoming events")]
    for event_card in soup.select("main .event-card"):
        assert event_card.select_one("a[href$='/event.ics']")

    _response, soup = get(client, agenda.url + "?when=past")
    assert texts(soup, "main .event-card h3") == ["Réunion passée"]
    assert texts(soup, "ul.toggle [aria-current]") == [fr("Past events")]
    assert soup.select_one("form.filters input[name=when]")["value"] == "past"


def test_events_index_filters_by_month_and_by_theme(client, agenda):
    march = timezone.make_aware(datetime.datetime(2031, 3, 14, 10, 0))
    may = timezone.make_aware(datetime.datetime(2031, 5, 9, 10, 0))
    factories.EventPageFactory(parent=agenda, title="Concert", start=march, theme="culture")
    factories.EventPageFactory(parent=agenda, title="Tournoi", start=may, theme="sport")
    factories.EventPageFactory(parent=agenda, title="Atelier", start=may, theme="culture")

    _response, soup = get(client, agenda.url + "?month=2031-03")
    assert texts(soup, "main .event-card h3") == ["Concert"]
    month = soup.select_one("select[name=month]")
    assert month.select_one("option[selected]")["value"] == "2031-03"
    assert "mars 2031" in texts(month, "option")

    _response, soup = get(client, agenda.url + "?theme=culture")
    assert texts(soup, "main .event-card h3") == ["Concert", "Atelier"]

    _response, soup = get(client, agenda.url + "?theme=culture&month=2031-05")
    assert texts(soup, "main .event-card h3") == ["Atelier"]


def test_events_filter_form_works_without_script_and_labels_its_fields(client, agenda):
    _response, soup = get(client, agenda.url)

    form = soup.select_one("form.filters")
    assert form["method"] == "get"
    assert form.select_one("button[type=submit]")
    for select in form.select("select"):
        assert soup.select_one(f"label[for={select['id']}]")
    assert soup.select_one(f"main a[href='{agenda.url}calendar.ics']")


def test_events_index_paginates_and_keeps_the_filters(client, agenda):
    for n in range(14):
        factories.EventPageFactory(parent=agenda, start=at(days=n + 1), theme="sport")

    _response, soup = get(client, agenda.url + "?theme=sport")

    assert len(soup.select("main .event-card")) == 12
    assert soup.select_one("a[rel=next]")["href"] == "?theme=sport&page=2"


def test_events_index_costs_the_same_queries_for_two_or_eight_events(client, home, agenda):
    place = factories.PlacePageFactory(parent=home)

    def queries_for(count):
        for _n in range(count - agenda.get_children().count()):
            factories.EventPageFactory(parent=agenda, place=place)
        client.get(agenda.url)  # fills the caches a first visit fills
        with CaptureQueriesContext(connection) as queries:
            get(client, agenda.url)
        return len(queries)

    assert queries_for(2) == queries_for(8)


# --- Projects -------------------------------------------------------------------------------------


def test_project_page_shows_its_progress_and_milestones(client, home):
    projects = factories.ProjectIndexPageFactory(parent=home)
    project = factories.ProjectPageFactory(
        parent=projects,
        status="in_progress",
        progress=45,
        milestones=[
            (
                "milestone",
                {"title": "Préparer le terrain", "date": datetime.date(2024, 3, 1), "done": True},
            ),
            (
                "milestone",
                {"title": "Première récolte", "date": datetime.date(2026, 6, 1), "done": False},
            ),
        ],
    )

    _response, soup = get(client, project.url)

    progress = soup.select_one("main progress")
    assert progress["max"] == "100" and progress["value"] == "45"
    label = soup.select_one(f"label[for={progress['id']}]").get_text(strip=True)
    assert label == fr("%(progress)s%% done", "project progress", progress=45)
    milestones = soup.select("main ol.milestones > li")
    assert [" ".join(m.get_text(" ", strip=True).split()) for m in milestones] == [
        f"{fr('Done', 'milestone')} 1 mars 2024 Préparer le terrain",
        f"{fr('To come', 'milestone')} 1 juin 2026 Première récolte",
    ]


def test_project_page_lists_the_news_that_link_to_it(client, home):
    projects = factories.ProjectIndexPageFactory(parent=home)
    project = factories.ProjectPageFactory(parent=projects, title="Plantation de Toulaasri")
    news = factories.NewsIndexPageFactory(parent=home)
    cta = {"title": "Le projet", "text": "", "page": project, "url": "", "label": "Voir"}
    linking = factories.NewsArticlePageFactory(
        parent=news, title="Premiers plants à Toulaasri", body=[("call_to_action", cta)]
    )
    linking.save_revision().publish()
    factories.NewsArticlePageFactory(parent=news, title="Une autre nouvelle")

    _response, soup = get(client, project.url)

    assert texts(soup, "main .related-news h3") == ["Premiers plants à Toulaasri"]


def test_projects_index_filters_by_theme_and_status(client, home):
    projects = factories.ProjectIndexPageFactory(parent=home)
    factories.ProjectPageFactory(
        parent=projects, title="Figuiers", theme="environment", status="in_progress"
    )
    factories.ProjectPageFactory(
        parent=projects, title="Terrain", theme="sport", status="completed"
    )
    factories.ProjectPageFactory(parent=projects, title="Film", theme="culture", status="completed")

    _response, soup = get(client, projects.url + "?theme=sport")
    assert texts(soup, "main .cards h2") == ["Terrain"]

    _response, soup = get(client, projects.url + "?status=completed")
    assert texts(soup, "main .cards h2") == ["Film", "Terrain"]
    assert soup.select_one("select[name=status] option[selected]")["value"] == "completed"
    for select in soup.select("form.filters select"):
        assert soup.select_one(f"label[for={select['id']}]")


# --- Places and partners --------------------------------------------------------------------------


def test_place_page_shows_spaces_opening_hours_and_next_events_there(client, home, agenda):
    place = factories.PlacePageFactory(
        parent=home,
        spaces=[("space", {"name": "Studio de musique", "description": "Répétitions."})],
        opening_hours=[
            (
                "hours",
                {
                    "days": "Du lundi au vendredi",
                    "opens": datetime.time(9),
                    "closes": datetime.time(17, 30),
                },
            )
        ],
    )
    factories.EventPageFactory(parent=agenda, title="Atelier slam", place=place)
    factories.EventPageFactory(parent=agenda, title="Ailleurs")

    _response, soup = get(client, place.url)

    assert "Studio de musique" in texts(soup, "main h3")
    table = soup.select_one("main table")
    assert table.caption.get_text(strip=True) == fr("Opening hours")
    assert texts(table, "tbody tr") == ["Du lundi au vendredi 09:00 – 17:30"]
    assert table.select_one("tbody th[scope=row]")
    assert texts(soup, "main .event-card h3") == ["Atelier slam"]


def test_partners_are_grouped_by_kind_under_headings(client, home):
    page = factories.PartnersPageFactory(
        parent=home,
        partners=[
            (
                "partner",
                {
                    "name": "Commune de Jette",
                    "kind": "twin_commune",
                    "country": "Belgique",
                    "url": "https://www.jette.be",
                },
            ),
            ("partner", {"name": "Association Tiwizi", "kind": "local_association"}),
            ("partner", {"name": "Association Amal", "kind": "local_association"}),
        ],
    )

    _response, soup = get(client, page.url)

    groups = soup.select("main section.partner-group")
    assert [(texts(g, "h2")[0], texts(g, "h3")) for g in groups] == [
        (fr(PartnerKind.LOCAL_ASSOCIATION.label), ["Association Tiwizi", "Association Amal"]),
        (fr(PartnerKind.TWIN_COMMUNE.label), ["Commune de Jette"]),
    ]
    assert groups[1].select_one("a[href='https://www.jette.be']")


def test_standard_page_lists_its_children(client, home):
    services = factories.StandardPageFactory(parent=home, title="Services")
    factories.ServicePageFactory(parent=services, title="Centre d'écoute")
    factories.ServicePageFactory(parent=services, title="Centre de jour", live=False)

    _response, soup = get(client, services.url)

    assert texts(soup, "main .cards h3") == ["Centre d'écoute"]


def test_home_page_shows_the_latest_news_and_next_events(client, home, agenda):
    news = factories.NewsIndexPageFactory(parent=home)
    factories.NewsArticlePageFactory(parent=news, title="Forum des jeunes")
    factories.EventPageFactory(parent=agenda, title="Foire africaine")
    factories.EventPageFactory(
        parent=agenda, title="Passé", start=at(days=-9), end=at(days=-9, hour=12)
    )

    _response, soup = get(client, "/fr/")

    assert texts(soup, "#latest-news ~ ul h3") == ["Forum des jeunes"]
    assert texts(soup, "#next-events ~ ul h3") == ["Foire africaine"]
    assert soup.select_one(f"main a.more[href='{news.url}']")
    assert soup.select_one(f"main a.more[href='{agenda.url}']")


# --- Blocks ---------------------------------------------------------------------------------------


def test_video_loads_nothing_from_the_video_site_before_a_click(client, home):
    page = factories.StandardPageFactory(
        parent=home,
        body=[
            (
                "video",
                {
                    "title": "Le vivre ensemble",
                    "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                    "transcript": "Des habitants parlent du vivre ensemble.",
                },
            )
        ],
    )

    _response, soup = get(client, page.url)

    assert soup.select("iframe") == []
    sources = [el["src"] for el in soup.select("[src]")] + [
        el["srcset"] for el in soup.select("[srcset]")
    ]
    assert not [src for src in sources if "youtube" in src or "//" in src]
    video = soup.select_one("main figure.video")
    notice = fr(
        "Playing this video loads it from %(host)s, which may set cookies.", host="youtube.com"
    )
    assert notice in video.get_text()
    assert video.select_one("a[href='https://www.youtube.com/watch?v=dQw4w9WgXcQ']")
    assert video["data-video-embed"].startswith(
        "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
    )
    assert video.select_one("details summary").get_text(strip=True) == fr("Transcript")


def test_vimeo_video_plays_from_vimeos_player(client, home):
    page = factories.StandardPageFactory(
        parent=home, body=[("video", {"title": "Film", "url": "https://vimeo.com/76979871"})]
    )

    _response, soup = get(client, page.url)

    video = soup.select_one("main figure.video")
    assert video["data-video-embed"].startswith("https://player.vimeo.com/video/76979871")
    notice = fr(
        "Playing this video loads it from %(host)s, which may set cookies.", host="vimeo.com"
    )
    assert notice in video.get_text()


def test_text_blocks_render_as_their_html_counterparts(client, home):
    target = factories.StandardPageFactory(parent=home, title="Proposer un projet")
    page = factories.StandardPageFactory(
        parent=home,
        body=[
            ("heading", "Nos valeurs"),
            ("paragraph", "<p>Un <b>paragraphe</b>.</p>"),
            ("quote", {"text": "Ensemble, on va plus loin.", "attribution": "Une habitante"}),
            (
                "call_to_action",
                {
                    "title": "Un projet ?",
                    "text": "",
                    "page": target,
                    "url": "",
                    "label": "Proposer",
                },
            ),
            (
                "accordion",
                {
                    "heading": "Questions",
                    "items": [{"title": "Qui peut venir ?", "text": "<p>Tout le monde.</p>"}],
                },
            ),
            (
                "contact",
                {
                    "name": "Fatima Zahra",
                    "role": "Assistante sociale",
                    "phone": "05 28 00 00 00",
                    "email": "social@belfaa.test",
                },
            ),
        ],
    )

    _response, soup = get(client, page.url)
    main = soup.select_one("main")

    assert "Nos valeurs" in texts(main, "h2")
    assert main.select_one(".rich-text b").get_text() == "paragraphe"
    assert (
        main.select_one("figure.quote blockquote").get_text(strip=True)
        == "Ensemble, on va plus loin."
    )
    assert main.select_one(".cta a.button")["href"] == target.url
    assert texts(main, "details.accordion__item summary") == ["Qui peut venir ?"]
    address = main.select_one(".contact-card address")
    assert address.select_one("a[href='tel:0528000000']")
    assert address.select_one("a[href='mailto:social@belfaa.test']")


def test_document_link_shows_its_type_and_size(client, home):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    document = Document(title="À la rencontre des nouveaux habitants")
    document.file.save("brochure.pdf", ContentFile(b"%PDF" + b"x" * 2044), save=False)
    document.save()
    page = factories.StandardPageFactory(
        parent=home, body=[("document", {"document": document, "label": ""})]
    )

    _response, soup = get(client, page.url)

    block = soup.select_one("main .document")
    assert block.select_one("a").get_text(strip=True) == "À la rencontre des nouveaux habitants"
    assert re.search(r"PDF, 2[.,]0\s*(KB|Kio|Ko)", block.get_text().replace("\xa0", " "))
