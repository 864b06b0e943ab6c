"""A visitor of the public site, through nginx, as the commune serves it."""

import pytest
from playwright.sync_api import expect

SCROLL_THROUGH = """async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 400) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
}"""


def images_of(page):
    return page.eval_on_selector_all(
        "img",
        "images => images.map(image => ({src: image.currentSrc || image.src,"
        " complete: image.complete, width: image.naturalWidth}))",
    )


@pytest.mark.parametrize("path", ["/fr/", "/ar/", "/fr/actualites/", "/fr/projets/"])
def test_every_image_loads_from_public_media(visitor, path):
    visitor.goto(path)
    visitor.evaluate(SCROLL_THROUGH)  # lazy images load once near the viewport
    visitor.wait_for_function(
        "() => [...document.images].every(image => image.complete)", timeout=15000
    )

    images = images_of(visitor)
    assert images, "the page shows pictures"
    broken = [image["src"] for image in images if image["width"] == 0]
    assert not broken, f"images that did not load: {broken}"
    assert all("/media/images/" in image["src"] for image in images), images


def test_pages_styles_and_scripts_arrive_compressed(visitor, base_url):
    response = visitor.goto("/fr/")
    assert response.header_value("content-encoding") == "gzip"
    stylesheet = visitor.eval_on_selector("link[rel=stylesheet]", "link => link.href")
    script = visitor.eval_on_selector("script[src]", "script => script.src")
    for url in (stylesheet, script):
        answer = visitor.request.get(url, headers={"Accept-Encoding": "gzip"})
        assert answer.ok, url
        assert answer.headers.get("content-encoding") == "gzip", url
        assert "immutable" in answer.headers.get("cache-control", ""), url
    expect(visitor.locator("html")).to_have_attribute("lang", "fr")
