"""Searching the case listing by name or phone without the query in any URL: the search box
posts, the listing keeps the query in the session and reads it from there; a `q` in a URL is
dropped, never applied (casework/viewsets/search.py)."""

import re
from urllib.parse import quote, quote_plus

import pytest
from django.contrib.sessions.models import Session
from django.urls import reverse
from django.utils.html import escape
from wagtail.users.models import UserProfile

from audit.models import AuditEntry
from casework import names
from casework.viewsets.search import SESSION_KEY
from tests.factories import CaseFactory, PersonFactory, service

INDEX = reverse("casework_cases:index")
RESULTS = reverse("casework_cases:index_results")
TYPED = "Hafsa Traoré"


@pytest.fixture
def cases(cw_listening):
    """Two cases of `cw_listening`: Hafsa Traoré's, and another person's, closed."""
    hafsa = CaseFactory(
        service=service("listening"),
        owner=cw_listening,
        person=PersonFactory(first_name="Hafsa", last_name="Traoré", phone="06 61 00 11 22"),
    )
    other = CaseFactory(service=service("listening"), owner=cw_listening, status="closed")
    return hafsa, other


def in_language(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def hide_names(client):
    """The screen-privacy switch on: rows show pseudonyms, so a name on the page could only be
    the query shown back."""
    session = client.session
    session[names.PRIVACY_SESSION_KEY] = True
    session.save()
    return client


def forms_of(value):
    """How a typed value can appear in a URL or a page."""
    return {value, escape(value), quote(value), quote_plus(value), value.lower(), "Traor"}


def leaks(text, value=TYPED):
    return [form for form in forms_of(value) if form in text]


def urls_in(html):
    return re.findall(r'(?:href|action|src|data-[\w-]+-value)="([^"]*)"', html)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_search_is_posted_and_neither_its_redirect_nor_the_listing_carries_the_query(
    login, cw_listening, cases, language
):
    hafsa, other = cases
    in_language(cw_listening, language)
    client = login(cw_listening)

    response = client.post(INDEX + "?ordering=reference&p=2", {"q": TYPED})
    assert response.status_code == 302
    assert response["Location"] == INDEX + "?ordering=reference"  # the first page, sorted

    listing = client.get(response["Location"])
    html = listing.content.decode()
    assert listing.status_code == 200
    assert f'lang="{language}"' in html
    assert hafsa.reference in html
    assert other.reference not in html
    # Her name is on her row (casework/names.py), never in an address.
    assert urls_in(html) and all(leaks(url) == [] for url in urls_in(html))
    # With names hidden, the typed words are nowhere on the page: the query is not shown back.
    hide_names(client)
    assert leaks(client.get(response["Location"]).content.decode()) == []


def test_sorting_filters_pages_and_the_results_view_keep_the_search_without_a_url(
    login, cw_listening, cases
):
    hafsa, other = cases
    client = login(cw_listening)
    client.post(INDEX, {"q": "+212 661 00 11 22"})  # her phone, as she might type it
    for url, params in [
        (INDEX, {"ordering": "-reference"}),
        (INDEX, {"p": "1"}),
        (INDEX, {"status": "active"}),
        (RESULTS, {"status": "active", "_w_filter_fragment": "1"}),
    ]:
        response = client.get(url, params)
        html = response.content.decode()
        assert response.status_code == 200, (url, params)
        assert (hafsa.reference in html, other.reference in html) == (True, False), params
    # A filter that excludes her case finds nothing: the search still applies.
    html = client.get(INDEX, {"status": "closed"}).content.decode()
    assert hafsa.reference not in html
    assert other.reference not in html


def test_the_query_is_kept_encrypted_in_the_session_and_only_the_fact_is_audited(
    login, cw_listening, cases
):
    client = login(cw_listening)
    client.post(INDEX, {"q": TYPED})
    stored = Session.objects.get(session_key=client.session.session_key)
    assert leaks(str(stored.get_decoded())) == []
    assert leaks(stored.session_data) == []
    assert set(client.session[SESSION_KEY]) == {"casework_cases:index"}

    entries = AuditEntry.objects.filter(action="search", actor=cw_listening)
    assert [entry.details for entry in entries] == [{"what": "cases"}]
    client.get(INDEX)
    client.get(INDEX, {"p": "1"})
    assert entries.count() == 1  # one search, however many pages are read


@pytest.mark.parametrize("url", [INDEX, RESULTS])
def test_a_query_in_a_url_is_dropped_and_never_filters(login, cw_listening, cases, url):
    hafsa, other = cases
    client = hide_names(login(cw_listening))
    response = client.get(url, {"q": TYPED, "ordering": "reference"})
    assert response.status_code == 302
    assert response["Location"] == f"{url}?ordering=reference"
    html = client.get(response["Location"]).content.decode()
    assert hafsa.reference in html
    assert other.reference in html  # not filtered
    assert leaks(html) == []
    assert not AuditEntry.objects.filter(action="search").exists()


def test_clear_search_lists_every_case_again(login, cw_listening, cases):
    hafsa, other = cases
    client = login(cw_listening)
    client.post(INDEX, {"q": TYPED})
    assert other.reference not in client.get(INDEX).content.decode()
    html = client.get(INDEX).content.decode()
    assert "Clear search" in html

    response = client.post(INDEX + "?status=closed", {"q": "", "clear": "1"})
    assert response["Location"] == INDEX + "?status=closed"
    html = client.get(INDEX).content.decode()
    assert hafsa.reference in html and other.reference in html
    assert "Clear search" not in html
    assert client.session[SESSION_KEY] == {}


def test_the_search_finds_only_what_the_searcher_may_open(
    login, cw_listening_2, sup_listening, cases
):
    hafsa, _other = cases
    colleague = login(cw_listening_2)
    colleague.post(INDEX, {"q": TYPED})
    assert hafsa.reference not in colleague.get(INDEX).content.decode()
    supervisor = login(sup_listening)
    supervisor.post(INDEX, {"q": "hafsa TRAORE"})
    assert hafsa.reference in supervisor.get(INDEX).content.decode()


def test_a_searching_caseworker_has_no_other_search_box_that_would_put_a_name_in_a_url(
    login, cw_listening, cases
):
    """Wagtail's sidebar search (pages, images...) searches with GET; casework staff hold no
    permission that shows it. Nor does the case listing keep Wagtail's GET search field."""
    client = login(cw_listening)
    for url in (reverse("wagtailadmin_home"), INDEX, reverse("casework_activities:index")):
        html = client.get(url).content.decode()
        assert "SearchModule" not in html, url
        get_forms = re.findall(r'<form[^>]*method="get"[^>]*>.*?</form>', html, re.S)
        assert all('name="q"' not in form for form in get_forms), url


def test_those_who_may_explore_pages_keep_the_dashboards_page_search(login, editor):
    html = login(editor).get(reverse("wagtailadmin_home")).content.decode()
    assert "Search all pages" in html


def test_the_search_box_posts_with_its_csrf_token(login, cw_listening, cases):
    """As a browser does: Django's test client skips the CSRF check unless told."""
    client = login(cw_listening)
    client.handler.enforce_csrf_checks = True
    html = client.get(INDEX).content.decode()
    form = re.search(r'<form method="post" class="[^"]*casework-search.*?</form>', html, re.S)[0]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form)[1]
    assert client.post(INDEX, {"q": TYPED}).status_code == 403
    assert client.post(INDEX, {"q": TYPED, "csrfmiddlewaretoken": token}).status_code == 302
