"""Alt text per use of an image, translated with the page (home/models/base.py image_alt,
home/blocks.py ImageBlock): a translated page describes its images in its own language."""

import pytest
from wagtail.models import ReferenceIndex

from home.migrations._image_alt_text import ImageIdToImageWithAlt
from tests import factories
from tests.home.helpers import get, make_image, translate_through_localize

pytestmark = pytest.mark.django_db

GARDEN = "Des jeunes plantent des figuiers dans le jardin"
GARDEN_AR = "شباب يغرسون التين في الحديقة"
FIELD = "Le terrain de sport le jour de l'inauguration"
FIELD_AR = "الملعب الرياضي يوم تدشينه"


def body_image(image, alt, caption="", decorative=False):
    image.contextual_alt_text = alt
    image.decorative = decorative
    return ("image", {"image": image, "caption": caption})


@pytest.fixture
def garden_page(home):
    """A French page whose header image and body image each carry their own description."""
    header = make_image(title="jardin.jpg", description="Jardin")
    field = make_image(title="terrain.jpg", description="Terrain")
    page = factories.StandardPageFactory(
        parent=home,
        title="Le jardin",
        slug="jardin",
        intro="Un jardin partagé.",
        image=header,
        image_alt=GARDEN,
        body=[body_image(field, FIELD, caption="Le terrain")],
    )
    page.save_revision().publish()
    return page


def test_the_arabic_page_describes_its_images_in_arabic(client, garden_page):
    translate_through_localize(
        garden_page,
        "ar",
        {
            "Le jardin": "الحديقة",
            "jardin": "jardin-ar",
            "Un jardin partagé.": "حديقة مشتركة.",
            GARDEN: GARDEN_AR,
            FIELD: FIELD_AR,
            "Le terrain": "الملعب",
        },
    )

    _response, soup = get(client, "/ar/jardin-ar/")

    alts = [img["alt"] for img in soup.select("main picture img")]
    assert alts == [GARDEN_AR, FIELD_AR]
    assert soup.select_one("meta[property='og:image:alt']")["content"] == GARDEN_AR
    _response, soup = get(client, "/fr/jardin/")
    assert [img["alt"] for img in soup.select("main picture img")] == [GARDEN, FIELD]


def test_a_listing_card_takes_the_pages_description_of_its_image(client, home):
    news = factories.NewsIndexPageFactory(parent=home)
    image = make_image(title="forum.jpg", description="")
    factories.NewsArticlePageFactory(parent=news, image=image, image_alt="Le forum ouvert")

    _response, soup = get(client, news.url)

    assert soup.select_one("main .cards img")["alt"] == "Le forum ouvert"


def test_a_page_without_a_description_of_its_image_takes_the_images_own(client, home):
    image = make_image(title="maison.jpg", description="La maison de la création")
    page = factories.StandardPageFactory(parent=home, image=image)

    _response, soup = get(client, page.url)

    assert soup.select_one("main picture img")["alt"] == "La maison de la création"


def test_a_decorative_body_image_has_an_empty_alt(client, home):
    image = make_image(title="motif.jpg", description="Un motif")
    page = factories.StandardPageFactory(parent=home, body=[body_image(image, "", decorative=True)])

    _response, soup = get(client, page.url)

    assert soup.select_one("main picture img")["alt"] == ""


def test_a_photo_of_people_in_a_body_image_block_counts_as_used_by_the_page(home):
    # The private-until-published rule reads Wagtail's reference index: the image nested in
    # Wagtail's ImageBlock inside the body's block must still be found there.
    image = make_image(title="groupe.jpg", description="Le groupe", shows_people=True)
    page = factories.StandardPageFactory(parent=home, live=False, body=[body_image(image, "X")])
    ReferenceIndex.create_or_update_for_object(page)
    assert image.is_withheld()

    page.save_revision().publish()

    assert not image.is_withheld()


def test_stored_image_blocks_become_image_blocks_with_the_images_title_as_alt_text():
    operation = ImageIdToImageWithAlt({12: "Le terrain"})

    assert operation.apply(12) == {"image": 12, "alt_text": "Le terrain", "decorative": False}
    converted = {"image": 12, "alt_text": "Déjà là", "decorative": False}
    assert operation.apply(converted) == converted


def test_two_cards_of_a_listing_with_the_same_image_each_give_their_own_description(client, home):
    # The listing prefetches the renditions of its images, and Wagtail caches renditions: the
    # alt text must come from each page's own use, not from whichever copy a rendition holds.
    news = factories.NewsIndexPageFactory(parent=home)
    image = make_image(title="forum.jpg", description="Forum")
    for n, alt in enumerate(["Les jeunes votent", "Les jeunes présentent leurs projets"]):
        factories.NewsArticlePageFactory(
            parent=news, title=f"Nouvelle {n}", image=image, image_alt=alt
        )

    for _visit in range(2):  # the second visit reads the renditions from the cache
        _response, soup = get(client, news.url)
        alts = sorted(img["alt"] for img in soup.select("main .cards img"))
        assert alts == ["Les jeunes présentent leurs projets", "Les jeunes votent"]
