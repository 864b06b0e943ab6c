"""The communications team publishes through its review workflow, and the site's search finds the
page once the task worker has indexed it."""

import re
import secrets

from playwright.sync_api import expect

from home.models import NewsIndexPage


def test_an_editors_article_approved_by_the_lead_is_published_and_found_by_search(
    staff, visitor, stack
):
    news = NewsIndexPage.objects.get(locale__language_code="fr")
    word = f"Tisserandes{secrets.token_hex(3)}"
    title = f"Atelier des {word} à la maison de la création"

    editor = staff("editor", "fr")
    editor.goto(f"/admin/pages/{news.get_parent().pk}/")
    editor.locator(f"a[href$='/admin/pages/{news.pk}/']").first.click()
    editor.wait_for_url(f"**/admin/pages/{news.pk}/")
    # Wagtail's autosave watches the form from two seconds after it loads, creates the draft a
    # moment after the first edit and turns the add form into the page's edit form. Submitting
    # while that first save is in flight creates the page twice, and the second is refused for
    # its slug: the editor waits, as a person typing does, until the draft exists.
    editor.add_init_script(
        "document.addEventListener('w-unsaved:watch-edits',"
        " () => { document.documentElement.dataset.watching = 'yes'; })"
    )
    editor.locator(f"a[href$='/pages/{news.pk}/add_subpage/']").first.click()
    editor.wait_for_url("**/admin/pages/add/**")
    editor.wait_for_selector("html[data-watching=yes]", state="attached")
    editor.fill("#id_title", title)
    editor.screenshot(path=str(stack.logs / "editor-new-article.png"), full_page=True)
    editor.fill("#id_intro", f"Les {word} présentent leur travail.")
    editor.wait_for_url(re.compile(r".*/admin/pages/\d+/edit/.*"))
    editor.locator(
        "footer .w-dropdown__toggle, footer [data-w-dropdown-target=toggle]"
    ).first.click()
    editor.locator("button[name=action-submit]").click()
    expect(editor.locator(".messages .success")).to_be_visible()
    editor.screenshot(path=str(stack.logs / "editor-submitted.png"))

    lead = staff("comms-lead", "fr")
    lead.goto("/admin/")
    for _step in ("Editorial review", "Publication approval"):
        lead.get_by_role("link", name=title).first.click()
        lead.wait_for_url("**/edit/")
        lead.locator("footer [data-w-dropdown-target=toggle]").first.click()
        lead.locator(
            "button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])"
        ).click()
        expect(lead.locator(".messages .success")).to_be_visible()
        lead.goto("/admin/")

    article = NewsIndexPage.objects.get(pk=news.pk).get_children().get(title=title)
    assert article.live

    # The worker indexes the new page; the visitor then finds it by a word of its title.
    def found():
        visitor.goto(f"/fr/search/?q={word}")
        return visitor.get_by_role("link", name=title).count() > 0

    stack.wait_for(found, 60, "the site search to find the new article")
    visitor.get_by_role("link", name=title).first.click()
    expect(visitor.locator("h1")).to_have_text(title)
