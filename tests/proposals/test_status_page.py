"""A group follows its proposal with its tracking code; the public reads a forum's results."""

import pytest

from tests.proposals.factories import ForumFactory, ProposalFactory, proposal_in

pytestmark = pytest.mark.django_db


def test_the_right_code_shows_the_status_the_answers_and_the_next_forum(client, officer):
    forum = ForumFactory(title="Forum du printemps")
    proposal = proposal_in("eligible", officer, title="Bibliothèque de quartier")
    response = client.post(
        "/en/propositions/suivi/", {"code": proposal.display_code.lower().replace("-", " ")}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Bibliothèque de quartier" in html
    assert "Eligible" in html
    assert "Proposition recevable." in html
    assert "Forum du printemps" in html
    # Contact data is never shown here.
    assert proposal.contact_email not in html and proposal.contact_name not in html
    assert forum.pk


def test_a_wrong_code_says_there_is_no_proposal_with_it(client):
    ProposalFactory()
    response = client.post("/en/propositions/suivi/", {"code": "ABCDE-FGHJK"})
    assert response.status_code == 404
    assert "There is no proposal with this code" in response.content.decode()


def test_too_many_lookups_from_one_address_are_paused(client, settings):
    settings.PROPOSALS_LOOKUPS_PER_HOUR = 3
    proposal = ProposalFactory()
    for _ in range(3):
        client.post("/en/propositions/suivi/", {"code": "ABCDE-FGHJK"})
    response = client.post("/en/propositions/suivi/", {"code": proposal.tracking_code})
    assert response.status_code == 429
    assert proposal.title not in response.content.decode()


def test_the_status_page_opens_in_arabic_right_to_left(client):
    response = client.get("/ar/propositions/suivi/")
    assert response.status_code == 200
    assert 'dir="rtl"' in response.content.decode()


def test_a_closed_forum_has_a_public_results_page(client, officer):
    forum = ForumFactory(title="Forum d'automne")
    proposal_in("selected", officer, forum=forum, title="Compost collectif")
    response = client.get(f"/en/propositions/forums/{forum.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Compost collectif" in html and "Selected" in html
    assert "22 people: 10 women and 12 men" in html
    assert "groupe" not in html  # no contact e-mail


def test_an_open_forum_has_no_results_page_yet(client):
    forum = ForumFactory()
    assert client.get(f"/en/propositions/forums/{forum.pk}/").status_code == 404


def test_the_forums_page_lists_coming_and_past_forums(client, officer):
    ForumFactory(title="Forum à venir")
    past = ForumFactory(title="Forum passé")
    past.close({}, (3, 4), "", by=officer)
    html = client.get("/en/propositions/forums/").content.decode()
    assert "Forum à venir" in html and f"/en/propositions/forums/{past.pk}/" in html
