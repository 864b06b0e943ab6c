"""Cards (the highlights block) that lead somewhere: to a page of the site, shown in the
visitor's language, or to an address, a path of the site's own views following the visitor's
language. Cards written before the link existed stay plain cards."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks import StructBlockValidationError
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from home.blocks import CallToActionBlock, HighlightBlock
from tests import factories
from tests.home.helpers import get, translate

pytestmark = pytest.mark.django_db


def card(title, **link):
    return {"title": title, "text": "Une phrase.", "page": None, "url": "", **link}


def home_with_cards(home, *cards):
    """The French home page (the one page type with cards) with these cards, published."""
    home.body = [("highlights", {"heading": "Nos services", "items": list(cards)})]
    home.save_revision().publish()
    return home


def synchronise(page, code):
    """What an editor's "Sync translated pages" does with wagtail-localize: the translation in
    `code` gets the page's new content (French where a string is not translated yet)."""
    source, _created = TranslationSource.update_or_create_from_instance(page)
    source.create_or_update_translation(Locale.objects.get(language_code=code), fallback=True)


def card_links(client, url):
    _response, soup = get(client, url)
    return {
        card.select_one("h3").get_text(strip=True): (
            card.select_one("h3 a")["href"] if card.select_one("h3 a") else None
        )
        for card in soup.select("section.highlights .card")
    }


def test_a_card_links_to_its_page_or_address_or_nowhere(client, home):
    target = factories.StandardPageFactory(parent=home, title="Centre d'écoute", slug="ecoute")
    home_with_cards(
        home,
        card("Centre d'écoute", page=target),
        card("Forums", url="/fr/propositions/forums/"),
        card("Jette", url="https://www.jette.be/"),
        card("Maison de la création"),
    )

    assert card_links(client, "/fr/") == {
        "Centre d'écoute": "/fr/ecoute/",
        "Forums": "/fr/propositions/forums/",
        "Jette": "https://www.jette.be/",
        "Maison de la création": None,
    }


def test_a_translated_card_links_to_the_page_and_view_in_its_language(client, home):
    target = factories.StandardPageFactory(parent=home, title="Centre d'écoute", slug="ecoute")
    translate(target, "ar", "مركز الاستماع")
    untranslated = factories.StandardPageFactory(parent=home, title="Bureau", slug="bureau")
    home_with_cards(
        home,
        card("Centre d'écoute", page=target),
        card("Bureau", page=untranslated),
        card("Forums", url="/fr/propositions/forums/"),
    )
    synchronise(home, "ar")

    links = card_links(client, "/ar/")
    assert links == {
        "Centre d'écoute": "/ar/ecoute/",
        # Not translated yet: the French page rather than nothing.
        "Bureau": "/fr/bureau/",
        "Forums": "/ar/propositions/forums/",
    }


def test_a_card_written_before_links_existed_is_a_plain_card(client, home):
    home_with_cards(home, {"title": "Centre de jour", "text": "Des activités."})
    assert card_links(client, "/fr/") == {"Centre de jour": None}


def test_the_demo_home_card_of_the_forums_leads_to_them_in_every_language(client, public_site):
    titles = {
        "fr": "Forums ouverts des jeunes",
        "ar": "المنتديات المفتوحة للشباب",
        "zgh": "ⵉⵎⵓⴳⴰⵔⵏ ⵉⵕⵥⵎⵏ ⵏ ⵉⵏⴰⵢⵍⵉⵍⵏ",
        "en": "Youth open forums",
    }
    for code, title in titles.items():
        assert card_links(client, f"/{code}/")[title] == f"/{code}/propositions/forums/", code


def test_a_call_to_action_to_a_view_of_the_site_follows_the_language(client, home):
    page = factories.StandardPageFactory(
        parent=home,
        slug="maison",
        body=[
            (
                "call_to_action",
                {"title": "Un projet ?", "page": None, "url": "/fr/propositions/", "label": "Go"},
            )
        ],
    )
    translate(page, "zgh", "ⵜⴰⴷⴷⴰⵔⵜ")

    _response, soup = get(client, "/zgh/maison/")
    assert soup.select_one(".cta a.button")["href"] == "/zgh/propositions/"


@pytest.mark.database_independent
@pytest.mark.parametrize("address", ["/fr/propositions/", "https://www.jette.be/"])
def test_an_editor_may_give_a_path_of_the_site_or_an_address(address):
    for block in (HighlightBlock(), CallToActionBlock()):
        value = block.to_python({"title": "Forums", "text": "Oui.", "url": address, "label": "Go"})
        assert block.clean(value)["url"] == address


@pytest.mark.database_independent
@pytest.mark.parametrize("address", ["javascript:alert(1)", "pas une adresse"])
def test_an_editor_cannot_give_an_address_that_is_not_one(address):
    value = HighlightBlock().to_python({"title": "Forums", "text": "Oui.", "url": address})
    with pytest.raises((StructBlockValidationError, ValidationError)):
        HighlightBlock().clean(value)


def test_an_editor_cannot_give_both_a_page_and_an_address(home):
    value = HighlightBlock().to_python(
        {"title": "Forums", "text": "Oui.", "page": home.pk, "url": "/fr/propositions/"}
    )
    with pytest.raises(StructBlockValidationError):
        HighlightBlock().clean(value)


def test_an_editor_edits_the_cards_links_in_the_admin_in_french(home, comms_lead, verified_client):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(comms_lead)
    profile.preferred_language = "fr"
    profile.save()
    home_with_cards(home, card("Forums", url="/fr/propositions/forums/"))

    response = verified_client(comms_lead).get(f"/admin/pages/{home.pk}/edit/")

    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="fr"' in html and "/fr/propositions/forums/" in html
