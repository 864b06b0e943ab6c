"""Forums named in the visitor's language (from their translated event page); the youth groups'
own texts shown as written, each with its `lang` (proposals.models.Forum.public_title,
proposals_tags.lang_attrs)."""

import pytest
from bs4 import BeautifulSoup

from tests import factories
from tests.home.helpers import at, translate
from tests.proposals.factories import ForumFactory, proposal_in

pytestmark = pytest.mark.django_db


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.fixture
def forum_with_event(public_site):
    """A coming forum announced by a French event page at the creation house, both translated
    into English."""
    home = public_site.root_page.specific
    house = factories.PlacePageFactory(parent=home, title="Maison de la création")
    agenda = factories.EventIndexPageFactory(parent=home, title="Agenda")
    event = factories.EventPageFactory(
        parent=agenda, title="Forum ouvert des jeunes", start=at(14), place=house
    )
    translate(house, "en", "Creation house")
    translate(agenda, "en", "Events")
    translate(event, "en", "Open youth forum")
    return ForumFactory(title="Forum des jeunes de mai", place="Maison", event=event)


def test_the_english_forums_page_names_the_forum_and_its_place_in_english(client, forum_with_event):
    soup = soup_of(client.get("/en/propositions/forums/"))

    item = soup.select_one("main ul.plain-list li")
    names = [(span.get_text(), span["lang"]) for span in item.select("span[lang]")]
    assert names == [("Open youth forum", "en"), ("Creation house", "en")]
    assert "Forum des jeunes de mai" not in item.get_text()
    soup = soup_of(client.get("/fr/propositions/forums/"))
    assert soup.select_one("main ul.plain-list li span[lang=fr]").get_text() == (
        "Forum ouvert des jeunes"
    )


def test_a_forum_without_an_event_page_keeps_its_french_name_marked_french(client):
    ForumFactory(title="Forum des jeunes de mai", place="Salle communale")

    soup = soup_of(client.get("/ar/propositions/forums/"))

    spans = soup.select("main ul.plain-list li span[lang]")
    assert [(s.get_text(), s["lang"], s["dir"]) for s in spans] == [
        ("Forum des jeunes de mai", "fr", "ltr"),
        ("Salle communale", "fr", "ltr"),
    ]


def test_forum_results_mark_each_proposal_and_the_minutes_with_their_language(client, officer):
    forum = ForumFactory(title="Forum d'automne")
    arabic = proposal_in("eligible", officer, title="مكتبة الحي", language="ar")
    french = proposal_in("eligible", officer, title="Jardin de l'école", language="fr")
    arabic.present_at(forum, by=officer)
    french.present_at(forum, by=officer)
    forum.close(
        {arabic.pk: (30, True), french.pk: (10, False)},
        (12, 9),
        "اختار الشباب مكتبة الحي.",
        by=officer,
        minutes_language="ar",
    )

    soup = soup_of(client.get(f"/en/propositions/forums/{forum.pk}/"))

    titles = {th.get_text(): (th["lang"], th["dir"]) for th in soup.select("tbody th")}
    assert titles == {"مكتبة الحي": ("ar", "rtl"), "Jardin de l'école": ("fr", "ltr")}
    minutes = soup.select_one("main .rich-text")
    assert (minutes["lang"], minutes["dir"]) == ("ar", "rtl")


def test_the_status_page_marks_the_proposal_title_with_the_language_it_was_written_in(
    client, officer
):
    proposal = proposal_in("eligible", officer, title="ⵜⴰⵙⴷⵍⵉⵙⵜ ⵏ ⵓⴷⵔⴰⵔ", language="zgh")

    soup = soup_of(client.post("/ar/propositions/suivi/", {"code": proposal.display_code}))

    title = soup.select_one("#proposal-title")
    assert (title.get_text(), title["lang"], title["dir"]) == ("ⵜⴰⵙⴷⵍⵉⵙⵜ ⵏ ⵓⴷⵔⴰⵔ", "zgh", "ltr")


def test_an_officer_closing_a_forum_in_the_french_admin_records_the_minutes_language(
    officer_speaking, officer
):
    forum = ForumFactory()
    proposal = proposal_in("eligible", officer)
    proposal.present_at(forum, by=officer)
    client = officer_speaking("fr")

    form = soup_of(client.get(f"/admin/youth-forums/close/{forum.pk}/"))
    assert form.select_one("select[name=minutes_language] option[selected]")["value"] == "fr"
    response = client.post(
        f"/admin/youth-forums/close/{forum.pk}/",
        {
            "attendance_women": "3",
            "attendance_men": "4",
            "minutes": "ⴰⵎⵓⴳⴰⵔ ⵉⴼⵓⵍⴽⵉⵏ.",
            "minutes_language": "zgh",
            f"votes_{proposal.pk}": "5",
        },
    )

    assert response.status_code == 302
    forum.refresh_from_db()
    assert forum.is_closed and forum.minutes_language == "zgh"
