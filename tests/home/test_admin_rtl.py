"""Arabic reads right to left in the editor even when the editor's admin speaks French."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect
from wagtail.models import Locale
from wagtail.rich_text import RichText
from wagtail.users.models import UserProfile

from tests.factories import (
    PASSWORD,
    StandardPageFactory,
    ensure_casework_setup,
    ensure_site_tree,
    make_persona,
)

ARABIC_TITLE = "ورشة الأمهات"


@pytest.fixture
def pages(db):
    """A French page and its Arabic translation (a draft), with the groups the migrations make
    put back if a live-server test flushed them."""
    home = ensure_site_tree().root_page
    ensure_casework_setup()
    arabic = Locale.objects.get(language_code="ar")
    french_page = StandardPageFactory(
        parent=home,
        title="Atelier des mamans",
        body=[("paragraph", RichText("<p>Chaque jeudi à la maison de la création.</p>"))],
    )
    home.copy_for_translation(arabic)
    return {"fr": french_page, "ar": french_page.copy_for_translation(arabic)}


@pytest.fixture
def editor_in_french(pages):
    """The communications editor, with her admin set to French."""
    user = make_persona("editor")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "fr"
    profile.save()
    return user


def test_editor_script_is_in_the_page_editor(client, editor_in_french, pages):
    client.force_login(editor_in_french)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[pages["ar"].pk])).text
    assert 'src="/static/js/admin-content-direction.js" data-rtl-languages="ar"' in html
    assert '"ACTIVE_CONTENT_LOCALE": "ar"' in html


@pytest.mark.browser
class TestInTheBrowser:
    @pytest.fixture
    def signed_in(self, page, live_server, editor_in_french, pages):
        """`signed_in(path)`: the editor's browser, signed in, opens `path`. The editor is left
        before the database is flushed: its editing-session pings would write to it."""
        page.goto(f"{live_server.url}/admin/login/")
        page.fill("#id_username", editor_in_french.username)
        page.fill("#id_password", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(f"{live_server.url}/admin/")
        yield lambda path: page.goto(f"{live_server.url}{path}")
        # The editor's scripts may still be talking to the server (its checks of unsaved changes,
        # previews): let them finish, then leave, before the live server's database is flushed.
        page.wait_for_load_state("networkidle")
        page.goto("about:blank")

    def direction(self, page, selector):
        return page.eval_on_selector(selector, "element => getComputedStyle(element).direction")

    def test_arabic_typed_into_the_title_of_an_arabic_page_reads_right_to_left(
        self, page, signed_in, pages
    ):
        signed_in(reverse("wagtailadmin_pages:edit", args=[pages["ar"].pk]))
        assert page.locator("html").get_attribute("lang") == "fr"
        assert page.locator("html").get_attribute("dir") == "ltr"

        page.fill("#id_title", "")
        page.locator("#id_title").press_sequentially(ARABIC_TITLE)

        assert self.direction(page, "#id_title") == "rtl"
        assert page.locator("#id_title").get_attribute("lang") == "ar"
        assert self.direction(page, "#id_intro") == "rtl"
        # The slug (made from the title) and the schedule follow their own content.
        assert page.locator("#id_slug").get_attribute("dir") == "auto"
        assert self.direction(page, "#id_go_live_at") == "ltr"

    def test_arabic_typed_into_a_french_page_reads_right_to_left_and_french_left_to_right(
        self, page, signed_in, pages
    ):
        signed_in(reverse("wagtailadmin_pages:edit", args=[pages["fr"].pk]))

        page.fill("#id_title", "")
        page.locator("#id_title").press_sequentially(ARABIC_TITLE)
        assert self.direction(page, "#id_title") == "rtl"

        page.fill("#id_title", "")
        page.locator("#id_title").press_sequentially("Atelier des mamans")
        assert self.direction(page, "#id_title") == "ltr"
        assert page.locator("#id_title").get_attribute("lang") is None

    def test_fields_added_later_read_right_to_left_on_an_arabic_page(self, page, signed_in, pages):
        signed_in(reverse("wagtailadmin_pages:edit", args=[pages["ar"].pk]))
        page.evaluate(
            """() => {
                const field = document.createElement("textarea");
                field.id = "added-later";
                document.querySelector("form[data-edit-form]").append(field);
            }"""
        )
        expect(page.locator("#added-later")).to_have_attribute("dir", "rtl")

    def test_rich_text_of_an_arabic_page_reads_right_to_left(self, page, signed_in, pages):
        signed_in(reverse("wagtailadmin_pages:edit", args=[pages["ar"].pk]))
        editor = page.locator(".DraftEditor-root").first
        expect(editor).to_have_attribute("dir", "rtl")
        expect(editor).to_have_attribute("lang", "ar")

    def test_translation_typed_in_wagtail_localize_reads_right_to_left(
        self, page, signed_in, pages
    ):
        from wagtail_localize.models import Translation, TranslationSource

        source, _ = TranslationSource.get_or_create_from_instance(pages["fr"])
        translation = Translation.objects.create(
            source=source, target_locale=Locale.objects.get(language_code="ar")
        )
        # Reached through the Arabic page's edit view, which opens the translation editor.
        signed_in(reverse("wagtailadmin_pages:edit", args=[pages["ar"].pk]))
        assert translation.get_target_instance().pk == pages["ar"].pk
        page.get_by_role("button", name="Traduire").first.click()
        field = page.locator(".js-translation-editor textarea").first
        field.press_sequentially(ARABIC_TITLE)

        assert self.direction(page, ".js-translation-editor textarea") == "rtl"
        expect(field).to_have_attribute("lang", "ar")
