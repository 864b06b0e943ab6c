"""Site search, per language: public pages only, never casework, and no log of what was searched."""

import re

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction

from home.views import SEARCH_RESULTS_PER_PAGE
from tests.factories import CaseSessionFactory, StandardPageFactory


def count_line(count, query, language="fr"):
    """The results count as the French page words it."""
    from django.utils import translation

    with translation.override(language):
        return translation.ngettext(
            "%(counter)s result for “%(query)s”", "%(counter)s results for “%(query)s”", count
        ) % {"counter": count, "query": query}


@pytest.fixture
def plantation(public_site):
    """A French page about the prickly-pear plantation, with its Arabic translation, a draft and
    a password-protected page that mention the plantation too."""
    page = StandardPageFactory(
        parent=public_site.root_page,
        title="La plantation de figuiers de Barbarie de Toulaasri",
        slug="toulaasri",
        intro="Des femmes de Toulaasri cultivent le cactus et vendent ses fruits.",
    )
    translated = page.copy_for_translation(Locale.objects.get(language_code="ar"))
    translated.title = "ضيعة الصبار بتولعسري"
    translated.intro = "نساء تولعسري يزرعن الصبار ويبعن ثماره."
    translated.save_revision().publish()
    StandardPageFactory(
        parent=public_site.root_page, title="Toulaasri, brouillon", slug="draft", live=False
    )
    private = StandardPageFactory(
        parent=public_site.root_page, title="Toulaasri, comptes internes", slug="comptes"
    )
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    return page


def titles(response):
    return [
        re.sub(r"<[^>]+>", "", match)
        for match in re.findall(r"<h2><a [^>]*>(.*?)</a></h2>", response.content.decode())
    ]


def test_a_french_page_is_found_in_french_with_its_introduction(client, plantation):
    response = client.get("/fr/search/", {"q": "Toulaasri"})

    assert response.status_code == 200
    assert titles(response) == ["La plantation de figuiers de Barbarie de Toulaasri"]
    content = response.content.decode()
    assert 'href="/fr/toulaasri/"' in content
    assert "Des femmes de Toulaasri cultivent le cactus" in content
    assert count_line(1, "Toulaasri") in content


def test_the_arabic_search_shows_only_arabic_pages(client, plantation):
    assert titles(client.get("/ar/search/", {"q": "Toulaasri"})) == []
    assert titles(client.get("/ar/search/", {"q": "الصبار"})) == ["ضيعة الصبار بتولعسري"]
    assert titles(client.get("/fr/search/", {"q": "الصبار"})) == []


def test_drafts_and_protected_pages_are_never_found(client, plantation):
    response = client.get("/fr/search/", {"q": "Toulaasri"})
    found = titles(response)

    assert response.status_code == 200
    assert found == [plantation.title]  # the public page that mentions it too
    assert "Toulaasri, brouillon" not in found
    assert "Toulaasri, comptes internes" not in found


def test_the_query_stays_in_the_search_box(client, plantation):
    content = client.get("/fr/search/", {"q": 'figuiers "Barbarie" <b>'}).content.decode()

    assert 'value="figuiers &quot;Barbarie&quot; &lt;b&gt;"' in content


def test_the_search_form_is_labelled_and_works_without_a_query(client, public_site):
    response = client.get("/en/search/")

    assert response.status_code == 200
    content = response.content.decode()
    assert 'role="search"' in content
    assert '<label for="search-q">' in content
    assert 'id="search-q"' in content
    assert '<button type="submit">' in content
    assert 'name="robots" content="noindex"' in content
    assert "search-count" not in content


def test_many_results_are_paginated_and_the_next_page_keeps_the_query(client, public_site):
    for n in range(SEARCH_RESULTS_PER_PAGE + 2):
        StandardPageFactory(
            parent=public_site.root_page, title=f"Atelier zarbatouk {n}", slug=f"atelier-{n}"
        )

    first = client.get("/fr/search/", {"q": "zarbatouk"})
    second = client.get("/fr/search/", {"q": "zarbatouk", "page": 2})

    assert count_line(12, "zarbatouk") in first.content.decode()
    assert len(titles(first)) == SEARCH_RESULTS_PER_PAGE
    assert 'href="?q=zarbatouk&amp;page=2"' in first.content.decode()
    assert len(titles(second)) == 2
    assert not set(titles(first)) & set(titles(second))
    assert len(titles(client.get("/fr/search/", {"q": "zarbatouk", "page": "abc"}))) == 10


def test_searching_writes_nothing_to_the_database(client, plantation):
    client.get("/fr/search/", {"q": "Toulaasri"})  # caches warmed up
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/fr/search/", {"q": "Toulaasri"})

    assert titles(response)
    writes = [
        query["sql"]
        for query in queries
        if query["sql"].lstrip().split()[0].upper() in {"INSERT", "UPDATE", "DELETE", "REPLACE"}
    ]
    assert writes == []
    # Wagtail's search statistics (Query hits) are not even installed.
    assert "wagtail.contrib.search_promotions" not in settings.INSTALLED_APPS


def test_nothing_from_casework_is_ever_found(client, plantation):
    session = CaseSessionFactory(narrative="Planted narrative: Toulaasri zorglubnarrative")
    person = session.case.person

    for code in ("fr", "ar", "zgh", "en"):
        for query in ("zorglubnarrative", person.first_name, person.last_name):
            response = client.get(f"/{code}/search/", {"q": query})
            assert response.status_code == 200
            assert titles(response) == []
    # The public pages that mention the same word are still found.
    assert titles(client.get("/fr/search/", {"q": "Toulaasri"})) == [plantation.title]


def test_strange_queries_do_not_break_the_search(client, plantation):
    for query in ['"', "(", "a OR", "*", "-", "' OR 1=1 --", "x" * 1000]:
        assert client.get("/fr/search/", {"q": query}).status_code == 200
