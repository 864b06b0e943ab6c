"""A forum and its agenda event lead to each other, and its results to the project pages it
chose (the project page already names the forum): in the visitor's language where the page is
translated.

Page tree (`agenda`): `public_site`'s home page in four languages → "Agenda" and its Arabic copy,
and an event page announcing the forum (`event`), with its Arabic copy; `projects`: "Projets" and
its Arabic copy, where the forum's closing drafts the project pages.
"""

import datetime

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from tests.factories import EventIndexPageFactory, EventPageFactory, ProjectIndexPageFactory
from tests.home.helpers import translate
from tests.proposals.factories import ForumFactory, proposal_in

pytestmark = pytest.mark.django_db


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.fixture
def event(public_site):
    agenda = EventIndexPageFactory(parent=public_site.root_page, slug="agenda")
    translate(agenda, "ar", "المفكرة")
    event = EventPageFactory(parent=agenda, title="Forum ouvert des jeunes", slug="forum")
    translate(event, "ar", "المنتدى المفتوح للشباب")
    return event


@pytest.fixture
def projects(public_site):
    french = ProjectIndexPageFactory(parent=public_site.root_page, slug="projets")
    translate(french, "ar", "المشاريع")
    return french


def close_and_publish(forum, officer, proposals):
    """Close `forum` selecting every proposal in `proposals` ({proposal: selected}); publish the
    project pages drafted for the selected ones."""
    forum.close(
        {p.pk: (30 if chosen else 4, chosen) for p, chosen in proposals.items()},
        (12, 10),
        "Compte rendu.",
        by=officer,
    )
    pages = []
    for proposal in proposals:
        proposal.refresh_from_db()
        if proposal.project_page is not None:
            page = proposal.project_page.specific
            page.save_revision().publish()
            pages.append(page)
    return pages


def test_the_event_of_a_coming_forum_leads_to_the_proposal_form_in_its_language(client, event):
    ForumFactory(event=event)

    for url, form in (
        ("/fr/agenda/forum/", "/fr/propositions/"),
        ("/ar/agenda/forum/", "/ar/propositions/"),
    ):
        links = [a["href"] for a in soup_of(client, url).select(".event-forum a")]
        assert links == [form], url


def test_the_event_of_a_held_forum_leads_to_its_results(client, event, youth_officer):
    forum = ForumFactory(event=event)
    forum.close({}, (12, 10), "", by=youth_officer)

    for code in ("fr", "ar"):
        links = [
            a["href"] for a in soup_of(client, f"/{code}/agenda/forum/").select(".event-forum a")
        ]
        assert links == [f"/{code}/propositions/forums/{forum.pk}/"], code


def test_an_event_that_announces_no_forum_says_nothing_of_forums(client, event):
    assert soup_of(client, "/fr/agenda/forum/").select(".event-forum") == []


def test_the_results_lead_to_the_event_and_the_chosen_projects_in_the_visitors_language(
    client, event, projects, youth_officer
):
    forum = ForumFactory(event=event)
    arabic = proposal_in("presented", youth_officer, forum=forum, language="ar", title="ملعب")
    french = proposal_in("presented", youth_officer, forum=forum, title="Jardin partagé")
    left_out = proposal_in("presented", youth_officer, forum=forum, title="Club de théâtre")
    ar_page, fr_page = close_and_publish(
        forum, youth_officer, {arabic: True, french: True, left_out: False}
    )
    fr_in_ar = translate(fr_page, "ar", "حديقة مشتركة")

    soup = soup_of(client, f"/ar/propositions/forums/{forum.pk}/")
    agenda = soup.select_one(".facts a")
    assert (agenda["href"], agenda.get_text()) == ("/ar/agenda/forum/", "المنتدى المفتوح للشباب")
    rows = {row.th.get_text(strip=True): row.th.a for row in soup.select("tbody tr")}
    assert rows["ملعب"]["href"] == ar_page.url
    assert rows["Jardin partagé"]["href"] == fr_in_ar.url
    assert rows["Club de théâtre"] is None

    # In French: the French project page, and the Arabic one's French fallback (the Arabic page
    # shown on the French site, marked there as Arabic).
    soup = soup_of(client, f"/fr/propositions/forums/{forum.pk}/")
    assert soup.select_one(".facts a")["href"] == "/fr/agenda/forum/"
    rows = {row.th.get_text(strip=True): row.th.a for row in soup.select("tbody tr")}
    assert rows["Jardin partagé"]["href"] == fr_page.url
    fallback = Page.objects.get(alias_of=ar_page, locale__language_code="fr")
    assert rows["ملعب"]["href"] == fallback.url


def test_a_project_page_waiting_for_review_is_not_linked(client, projects, youth_officer):
    forum = ForumFactory()
    chosen = proposal_in("presented", youth_officer, forum=forum, title="Jardin partagé")
    forum.close({chosen.pk: (30, True)}, (12, 10), "", by=youth_officer)

    soup = soup_of(client, f"/fr/propositions/forums/{forum.pk}/")
    assert soup.select_one("tbody th a") is None
    assert soup.select_one(".facts a") is None


def test_the_forums_page_links_each_coming_forum_to_its_event_in_the_visitors_language(
    client, event
):
    ForumFactory(event=event)
    link = soup_of(client, "/ar/propositions/forums/").select_one(".plain-list a")
    assert link["href"] == "/ar/agenda/forum/"
    # Not translated into Tamazight: its fallback on the Tamazight site.
    link = soup_of(client, "/zgh/propositions/forums/").select_one(".plain-list a")
    assert link["href"] == "/zgh/agenda/forum/"


def test_a_past_event_whose_forum_awaits_its_tally_no_longer_asks_for_proposals(client, event):
    event.start = event.start - datetime.timedelta(days=30)
    event.end = event.start + datetime.timedelta(hours=4)
    event.save_revision().publish()
    ForumFactory(event=event, date=event.start.date())

    assert soup_of(client, "/fr/agenda/forum/").select(".event-forum") == []
