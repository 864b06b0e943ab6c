"""The home page (home/models/home.py): the latest news and next events, no breadcrumbs."""

import pytest

from tests import factories
from tests.home.helpers import at, get, texts

pytestmark = pytest.mark.django_db


def test_home_page_has_no_breadcrumbs(client, home):
    _response, soup = get(client, "/fr/")

    assert texts(soup, "main h1") == [home.title]
    assert texts(soup, "main .lead") == [" ".join(home.intro.split())]
    assert soup.select_one("nav.breadcrumbs") is None


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
