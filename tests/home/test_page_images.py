"""Images as visitors see them on a page (home/models/images.py): modern formats, alt text,
credit. Where photos of people are kept and when they go public: test_private_images.py."""

import pytest

from tests import factories
from tests.home.helpers import get, make_image

pytestmark = pytest.mark.django_db


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
