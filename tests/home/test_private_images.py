"""Photos of people stay private until a page using them is published; no original is public.

The pages render with a small template of their own (title and header image, through both of
Wagtail's image tags) so these tests depend only on how images are stored and served.
"""

import re
import uuid
from io import BytesIO
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.images import ImageFile
from django.urls import reverse
from PIL import Image as PillowImage

from home.models import SiteImage, SiteRendition
from tests.factories import StandardPageFactory, ensure_site_tree

PAGE_TEMPLATE = """{% load wagtailimages_tags %}<h1>{{ page.title }}</h1>
{% if page.image %}{% image page.image fill-320x200 %}
{% picture page.image format-{webp,jpeg} width-{200,400} %}{% endif %}"""


@pytest.fixture
def media_root(settings, tmp_path):
    """Public media in a folder of this test's own, with no renditions cached by an earlier
    test; pages render with PAGE_TEMPLATE."""
    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()
    templates = tmp_path / "templates"
    (templates / "home").mkdir(parents=True)
    (templates / "home" / "standard_page.html").write_text(PAGE_TEMPLATE)
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [templates, *settings.TEMPLATES[0]["DIRS"]]}
    ]
    return settings.MEDIA_ROOT


@pytest.fixture
def upload(db, media_root):
    """`upload(shows_people=...)`: an image as an editor uploads it; its files are removed after
    the test (the private storage is shared by every test run)."""
    images = []

    def make(shows_people=False):
        buffer = BytesIO()
        PillowImage.new("RGB", (800, 600), "teal").save(buffer, "JPEG")
        stem = f"photo-{uuid.uuid4().hex[:12]}"
        image = SiteImage(
            title="Atelier des mamans",
            shows_people=shows_people,
            file=ImageFile(buffer, name=f"{stem}.jpg"),
        )
        image.save()
        images.append(image)
        return image

    yield make
    for image in images:
        image.file.storage.delete(image.file.name)


@pytest.fixture
def home(db):
    return ensure_site_tree().root_page


def public_files(media_root, image):
    """Every file under MEDIA_ROOT made from `image`."""
    stem = Path(image.file.name).stem
    return [path for path in Path(media_root).rglob("*") if path.name.startswith(stem)]


def image_sources(html):
    """The distinct image addresses of `html` (src, and each candidate of every srcset)."""
    sources = re.findall(r' src="([^"]+)"', html)
    for srcset in re.findall(r' srcset="([^"]+)"', html):
        sources += [candidate.split()[0] for candidate in srcset.split(",")]
    return sorted(set(sources))


def test_originals_of_every_image_are_kept_outside_media_root_with_no_url(
    upload, media_root, client, home
):
    image = upload(shows_people=False)

    assert Path(image.file.path).exists()
    assert Path(media_root).resolve() not in Path(image.file.path).resolve().parents
    with pytest.raises(SuspiciousFileOperation):
        image.file.url  # noqa: B018
    # An ordinary image on a live page: visitors get renditions from the public media folder.
    page = StandardPageFactory(parent=home, title="Les jardins", image=image)
    response = client.get(page.url)
    sources = image_sources(response.text)
    assert sources
    assert all(source.startswith("/media/images/") for source in sources)
    assert all((Path(media_root) / source.removeprefix("/media/")).exists() for source in sources)
    assert {path.parent.name for path in public_files(media_root, image)} == {"images"}


@pytest.fixture
def draft_with_people(upload, home):
    """A photo of people in the header of a page that is still a draft."""
    image = upload(shows_people=True)
    page = StandardPageFactory(parent=home, title="Atelier parents", image=image, live=False)
    return image, page


def test_photo_of_people_on_a_draft_page_leaves_no_public_file_while_editors_see_it(
    client, editor, draft_with_people, media_root
):
    image, page = draft_with_people
    client.force_login(editor)

    # The editor works with it everywhere in the admin: listing, chooser, image page, preview.
    for url in (
        reverse("wagtailimages:index"),
        reverse("wagtailimages_chooser:choose"),
        reverse("wagtailimages:edit", args=[image.pk]),
    ):
        assert client.get(url).status_code == 200
    draft = client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
    assert "Atelier parents" in draft.text
    sources = image_sources(draft.text)
    assert len(sources) == 5  # fill-320x200, and WebP and JPEG at two widths
    assert all(source.startswith("/admin/withheld-images/") for source in sources)
    fill = next(source for source in sources if "fill-320x200" in source)
    shown = client.get(fill)
    assert shown.status_code == 200
    assert shown["Content-Type"] == "image/jpeg"
    assert PillowImage.open(BytesIO(shown.content)).size == (320, 200)

    # Nothing of it was written where the public can reach it.
    assert not SiteRendition.objects.filter(image=image).exists()
    assert public_files(media_root, image) == []

    # A visitor finds neither the page nor the photo.
    client.logout()
    assert client.get(page.url).status_code == 404
    response = client.get(fill)
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))


def test_withheld_photo_address_cannot_be_forged_for_another_size(
    client, editor, draft_with_people
):
    image, _page = draft_with_people
    client.force_login(editor)
    good = client.get(reverse("wagtailadmin_pages:view_draft", args=[_page.pk]))
    # The signed address of a size the page asks for shows the photo to the editor...
    genuine = image_sources(good.text)[0]
    shown = client.get(genuine)
    assert shown.status_code == 200
    assert shown["Content-Type"].startswith("image/")
    signature = genuine.split("/")[3]

    # ...the same signature for another size does not.
    forged = reverse("home_withheld_rendition", args=[signature, image.pk, "original"])
    assert client.get(forged).status_code == 404


def test_publishing_the_page_releases_the_photo_to_visitors(
    client, draft_with_people, media_root, django_capture_on_commit_callbacks
):
    image, page = draft_with_people
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()

    response = client.get(page.url)

    assert response.status_code == 200
    sources = image_sources(response.text)
    assert len(sources) == 5
    assert all(source.startswith("/media/images/") for source in sources)
    assert all((Path(media_root) / source.removeprefix("/media/")).exists() for source in sources)
    assert SiteRendition.objects.filter(image=image).count() == 5


def test_photo_is_released_with_the_page_before_the_task_worker_catches_up(
    client, upload, home, settings, django_capture_on_commit_callbacks
):
    """Wagtail indexes references in a background task; visitors must not wait for it."""
    page = StandardPageFactory(parent=home, title="Atelier parents", live=False)
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    page.image = upload(shows_people=True)
    page.save()
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()

    sources = image_sources(client.get(page.url).text)
    assert sources
    assert all(source.startswith("/media/images/") for source in sources)


def test_unpublishing_the_only_page_withdraws_the_public_copies(
    client, draft_with_people, media_root, django_capture_on_commit_callbacks
):
    image, page = draft_with_people
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    client.get(page.url)
    assert public_files(media_root, image)

    page.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()

    assert public_files(media_root, image) == []
    assert not SiteRendition.objects.filter(image=image).exists()


def test_photo_stays_public_while_another_live_page_uses_it(
    client, draft_with_people, home, media_root, django_capture_on_commit_callbacks
):
    image, page = draft_with_people
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
        other = StandardPageFactory(parent=home, title="Parents", image=image, live=False)
        other.save_revision().publish()
    client.get(page.url)

    page.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()

    response = client.get(other.url)
    assert all(source.startswith("/media/images/") for source in image_sources(response.text))
    assert public_files(media_root, image)


def test_marking_an_image_as_showing_people_removes_its_admin_thumbnails(
    client, editor, upload, media_root, django_capture_on_commit_callbacks
):
    image = upload(shows_people=False)
    client.force_login(editor)
    client.get(reverse("wagtailimages:index"))
    assert public_files(media_root, image)

    image.shows_people = True
    with django_capture_on_commit_callbacks(execute=True):
        image.save()

    assert public_files(media_root, image) == []
    assert not SiteRendition.objects.filter(image=image).exists()
