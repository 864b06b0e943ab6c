"""The blocks of a page body (home/blocks.py) as a visitor meets them."""

import re

import pytest

from tests import factories
from tests.home.helpers import fr, get, texts

pytestmark = pytest.mark.django_db


def test_video_loads_nothing_from_the_video_site_before_a_click(client, home):
    page = factories.StandardPageFactory(
        parent=home,
        body=[
            (
                "video",
                {
                    "title": "Le vivre ensemble",
                    "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                    "transcript": "Des habitants parlent du vivre ensemble.",
                },
            )
        ],
    )

    _response, soup = get(client, page.url)

    assert soup.select("iframe") == []
    sources = [el["src"] for el in soup.select("[src]")] + [
        el["srcset"] for el in soup.select("[srcset]")
    ]
    assert not [src for src in sources if "youtube" in src or "//" in src]
    video = soup.select_one("main figure.video")
    notice = fr(
        "Playing this video loads it from %(host)s, which may set cookies.", host="youtube.com"
    )
    assert notice in video.get_text()
    assert video.select_one("a[href='https://www.youtube.com/watch?v=dQw4w9WgXcQ']")
    assert video["data-video-embed"].startswith(
        "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
    )
    assert video.select_one("details summary").get_text(strip=True) == fr("Transcript")


def test_vimeo_video_plays_from_vimeos_player(client, home):
    page = factories.StandardPageFactory(
        parent=home, body=[("video", {"title": "Film", "url": "https://vimeo.com/76979871"})]
    )

    _response, soup = get(client, page.url)

    video = soup.select_one("main figure.video")
    assert video["data-video-embed"].startswith("https://player.vimeo.com/video/76979871")
    notice = fr(
        "Playing this video loads it from %(host)s, which may set cookies.", host="vimeo.com"
    )
    assert notice in video.get_text()


def test_text_blocks_render_as_their_html_counterparts(client, home):
    target = factories.StandardPageFactory(parent=home, title="Proposer un projet")
    page = factories.StandardPageFactory(
        parent=home,
        body=[
            ("heading", "Nos valeurs"),
            ("paragraph", "<p>Un <b>paragraphe</b>.</p>"),
            ("quote", {"text": "Ensemble, on va plus loin.", "attribution": "Une habitante"}),
            (
                "call_to_action",
                {
                    "title": "Un projet ?",
                    "text": "",
                    "page": target,
                    "url": "",
                    "label": "Proposer",
                },
            ),
            (
                "accordion",
                {
                    "heading": "Questions",
                    "items": [{"title": "Qui peut venir ?", "text": "<p>Tout le monde.</p>"}],
                },
            ),
            (
                "contact",
                {
                    "name": "Fatima Zahra",
                    "role": "Assistante sociale",
                    "phone": "05 28 00 00 00",
                    "email": "social@belfaa.test",
                },
            ),
        ],
    )

    _response, soup = get(client, page.url)
    main = soup.select_one("main")

    assert "Nos valeurs" in texts(main, "h2")
    assert main.select_one(".rich-text b").get_text() == "paragraphe"
    assert (
        main.select_one("figure.quote blockquote").get_text(strip=True)
        == "Ensemble, on va plus loin."
    )
    assert main.select_one(".cta a.button")["href"] == target.url
    assert texts(main, "details.accordion__item summary") == ["Qui peut venir ?"]
    address = main.select_one(".contact-card address")
    assert address.select_one("a[href='tel:0528000000']")
    assert address.select_one("a[href='mailto:social@belfaa.test']")


def test_document_link_shows_its_type_and_size(client, home):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    document = Document(title="À la rencontre des nouveaux habitants")
    document.file.save("brochure.pdf", ContentFile(b"%PDF" + b"x" * 2044), save=False)
    document.save()
    page = factories.StandardPageFactory(
        parent=home, body=[("document", {"document": document, "label": ""})]
    )

    _response, soup = get(client, page.url)

    block = soup.select_one("main .document")
    assert block.select_one("a").get_text(strip=True) == "À la rencontre des nouveaux habitants"
    assert re.search(r"PDF, 2[.,]0\s*(KB|Kio|Ko)", block.get_text().replace("\xa0", " "))
