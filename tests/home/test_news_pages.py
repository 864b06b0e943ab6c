"""The news index and news articles (home/models/news.py). Their feeds: test_feeds.py."""

import datetime

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests import factories
from tests.home.helpers import (
    file_under,
    fr,
    get,
    make_image,
    texts,
    translate_through_localize,
)

pytestmark = pytest.mark.django_db


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


def test_news_index_filters_by_topic(client, home):
    news = factories.NewsIndexPageFactory(parent=home)
    youth = factories.NewsArticlePageFactory(parent=news, title="Forum des jeunes")
    file_under(youth, "jeunesse")
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


def test_news_article_shows_its_date_and_topics(client, home):
    news = factories.NewsIndexPageFactory(parent=home)
    article = factories.NewsArticlePageFactory(parent=news, date=datetime.date(2025, 3, 14))
    file_under(article, "migrants")

    _response, soup = get(client, article.url)

    date = soup.select_one("main time")
    assert date["datetime"] == "2025-03-14"
    assert date.get_text(strip=True) == "14 mars 2025"
    assert soup.select_one("main a[href='/fr/actualites/?tag=migrants']")


def test_news_article_is_an_open_graph_article_with_an_image(client, home):
    image = make_image(title="Forum", description="Des jeunes au forum ouvert")
    news = factories.NewsIndexPageFactory(parent=home)
    article = factories.NewsArticlePageFactory(parent=news, image=image)

    _response, soup = get(client, article.url)

    og = {meta["property"]: meta["content"] for meta in soup.head.select("meta[property]")}
    assert og["og:type"] == "article"
    assert og["og:image"].startswith("http://testserver/media/images/")
    assert og["og:image:alt"] == "Des jeunes au forum ouvert"


def test_news_index_costs_the_same_queries_for_three_or_ten_articles(client, home):
    news = factories.NewsIndexPageFactory(parent=home)

    def queries_for(count):
        for _n in range(count - news.get_children().count()):
            factories.NewsArticlePageFactory(parent=news, image=make_image(title="Forum"))
        client.get(news.url)  # renditions are made on the first visit
        caches["default"].clear()  # as after a restart: renditions are read from the database
        with CaptureQueriesContext(connection) as queries:
            _response, soup = get(client, news.url)
        # Every article is listed with its picture: the queries counted are those that show them.
        assert len(soup.select("main .cards .card")) == count
        assert len(soup.select("main .cards .card picture img")) == count
        return len(queries)

    assert queries_for(3) == queries_for(10)


@pytest.fixture
def tamazight_news(home):
    """A French news index and article filed under "Jeunesse", both translated into Tamazight through
    wagtail-localize, and the topic translated before them, as editors do."""
    from wagtail.models import Locale

    from home.models import Topic

    news = factories.NewsIndexPageFactory(parent=home, title="Actualités", slug="actualites")
    article = factories.NewsArticlePageFactory(
        parent=news, title="Forum des jeunes", slug="forum", intro="Le forum a choisi."
    )
    file_under(article, "Jeunesse")
    topic = Topic.objects.get(slug="jeunesse")
    tamazight = topic.copy_for_translation(Locale.objects.get(language_code="zgh"))
    tamazight.name = "ⵉⵏⴰⵢⵍⵉⵍⵏ"
    tamazight.save()
    news_zgh = translate_through_localize(
        news, "zgh", {"Actualités": "ⵉⵙⴰⵍⵍⵏ", "actualites": "isallen", news.intro: "ⴰⴽⴽⵯ ⵉⵙⴰⵍⵍⵏ."}
    )
    article_zgh = translate_through_localize(
        article,
        "zgh",
        {
            "Forum des jeunes": "ⴰⵎⵓⴳⴰⵔ ⵏ ⵉⵏⴰⵢⵍⵉⵍⵏ",
            "forum": "amugar",
            "Le forum a choisi.": "ⵉⵙⵜⴰ ⵓⵎⵓⴳⴰⵔ.",
        },
    )
    return news_zgh, article_zgh


def test_the_tamazight_news_index_lists_and_filters_by_the_tamazight_topic_name(
    client, tamazight_news
):
    news_zgh, _article_zgh = tamazight_news

    _response, soup = get(client, news_zgh.url + "?tag=jeunesse")

    assert texts(soup, "nav.tag-filter li a")[1:] == ["ⵉⵏⴰⵢⵍⵉⵍⵏ"]
    assert texts(soup, "main .cards h2") == ["ⴰⵎⵓⴳⴰⵔ ⵏ ⵉⵏⴰⵢⵍⵉⵍⵏ"]
    assert "Jeunesse" not in soup.select_one("main").get_text()


def test_the_tamazight_article_is_filed_under_the_tamazight_topic(client, tamazight_news):
    _news_zgh, article_zgh = tamazight_news

    _response, soup = get(client, article_zgh.url)

    assert texts(soup, ".article-tags a") == ["ⵉⵏⴰⵢⵍⵉⵍⵏ"]
    assert soup.select_one(".article-tags a")["href"] == "/zgh/isallen/?tag=jeunesse"


def test_a_french_speaking_editor_files_an_article_under_a_topic_and_describes_its_image(
    client, home, editor
):
    from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield
    from wagtail.users.models import UserProfile

    from home.models import Topic

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "fr"
    profile.save()
    client.force_login(editor)
    news = factories.NewsIndexPageFactory(parent=home)
    article = factories.NewsArticlePageFactory(parent=news, title="Forum des jeunes")
    topic = Topic.objects.create(locale=article.locale, name="jeunesse", slug="jeunesse")
    url = f"/admin/pages/{article.pk}/edit/"
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="fr"' in html
    data = querydict_from_html(html, form_id="page-edit-form")
    data.update(
        nested_form_data(
            {
                "body": streamfield([]),
                "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0},
                "topic_links": {
                    "TOTAL_FORMS": 1,
                    "INITIAL_FORMS": 0,
                    "0-topic": topic.pk,
                    "0-ORDER": 1,
                    "0-DELETE": "",
                    "0-id": "",
                },
            }
        )
    )
    data["image_alt"] = "Des jeunes votent à main levée"

    response = client.post(url, data)

    assert response.status_code == 302, response.content.decode()[:2000]
    article.refresh_from_db()
    draft = article.get_latest_revision_as_object()
    assert draft.topics == [topic]
    assert draft.image_alt == "Des jeunes votent à main levée"
