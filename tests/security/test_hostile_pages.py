"""Hostile input to Wagtail's page editing forms: a news article and an event, created by the
communications lead, who publishes (so the public page, its index and the feed render what was
typed), and by an editor, who saves a draft; the editors' Wagtail searches (pages, images,
documents) and the pages' bulk actions (ids in the address).

Left out, with why: the other page types share the same base fields (title, slug, intro, SEO
fields) and the same StreamField blocks as these two; images, documents, snippets and settings
forms are Wagtail's own, with no template of ours rendering their text.
"""

from urllib.parse import quote

import pytest
from django.urls import reverse
from hypothesis import example, given, settings
from hypothesis import strategies as st
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from tests.factories import EventIndexPageFactory, NewsIndexPageFactory, ensure_site_tree
from tests.security import strategies as hostile
from tests.security.checks import (
    assert_answered,
    assert_no_markup,
    assert_unchanged,
    rolled_back,
    table_rows,
)
from tests.security.forms import FAST

# A page's publication costs ten times a casework form's post: fewer random examples, every named
# kind kept.
PAGES = settings(FAST, max_examples=3)

pytestmark = pytest.mark.django_db

KINDS = {
    "newsarticlepage": {
        "text": ["title", "slug", "intro", "seo_title", "search_description", "image_alt"],
        "dates": ["date"],
        "choices": ["image"],
        "valid": {"title": "Nouvelle", "slug": "hostile", "intro": "Texte", "date": "2026-01-15"},
    },
    "eventpage": {
        "text": [
            "title",
            "slug",
            "intro",
            "location",
            "seo_title",
            "search_description",
            "image_alt",
        ],
        "dates": ["start", "end", "recurrence_until"],
        "choices": ["place", "image", "theme", "recurrence"],
        "valid": {
            "title": "Rencontre",
            "slug": "hostile",
            "intro": "Texte",
            "start": "2026-06-01 10:00",
        },
    },
}


@pytest.fixture
def indexes(db):
    home = ensure_site_tree().root_page
    return {
        "newsarticlepage": NewsIndexPageFactory(parent=home),
        "eventpage": EventIndexPageFactory(parent=home),
    }


def page_form(client, url, valid):
    response = client.get(url)
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    data.update(
        nested_form_data(
            {
                "body": streamfield([]),
                "comments": {
                    "TOTAL_FORMS": 0,
                    "INITIAL_FORMS": 0,
                    "MIN_NUM_FORMS": 0,
                    "MAX_NUM_FORMS": 1000,
                },
            }
        )
    )
    base = {name: values[0] if len(values) == 1 else values for name, values in data.lists()}
    return {**base, **valid}


def post_page(client, kind, index, data):
    url = reverse("wagtailadmin_pages:add", args=["home", kind, index.pk])
    with rolled_back():
        before = table_rows("home", "wagtailcore", "taggit")
        response = client.post(url, data)
        assert_no_markup(response)
        if response.status_code != 302:
            assert_unchanged(before, table_rows("home", "wagtailcore", "taggit"))
            return response
        page = Page.objects.filter(depth=index.depth + 1).order_by("-pk").first().specific
        pages = [reverse("wagtailadmin_pages:edit", args=[page.pk]), response["Location"]]
        if page.live:
            pages += [page.url, index.url, f"{index.url}feed/"]
        for url in pages:
            shown = client.get(url)
            assert shown.status_code in {200, 404}, url
            assert_no_markup(shown)
        return response


def hostile_page_post(base, spec, text, date, targets, choice=""):
    data = dict(base)
    for bit, name in enumerate(spec["text"]):
        if targets & (1 << bit):
            data[name] = text
    for bit, name in enumerate(spec["dates"]):
        if targets & (1 << (8 + bit)):
            data[name] = date
    for bit, name in enumerate(spec["choices"]):
        if targets & (1 << (12 + bit)):
            data[name] = choice
    return data


TEXT_ONLY = 0x00FD  # every text field but the slug: the page is accepted and shown


@PAGES
@given(
    text=hostile.hostile_text(),
    date=hostile.hostile_date(),
    choice=hostile.hostile_choice(),
    targets=st.integers(min_value=1, max_value=0xFFFF),
)
@example(
    text=hostile.SCRIPT + hostile.IMG_ONERROR + hostile.A_JS_LINK,
    date="",
    choice="",
    targets=TEXT_ONLY,
)
@example(text=hostile.ATTRIBUTE_BREAK, date="", choice="", targets=TEXT_ONLY)
@example(text=hostile.FORMULA_PAYLOADS[0], date="", choice="", targets=TEXT_ONLY)
@example(text="' OR 1=1--", date="", choice="", targets=TEXT_ONLY | 0x2)
@example(text="abc\x00def", date="", choice="", targets=TEXT_ONLY)
@example(text="\u202eevil\u2066x\u2069 حفصة ⵃⴰⴼⵚⴰ", date="", choice="", targets=TEXT_ONLY | 0x2)
@example(text="A" * 10_000, date="", choice="", targets=TEXT_ONLY)
@example(text="", date="2026-02-30", choice="", targets=0x0F00)
@example(text="", date="2026-01-01;DROP TABLE casework_case;--", choice="", targets=0x0F00)
@example(text="", date="", choice=hostile.HUGE_ID, targets=0xF000)
@example(text="", date="", choice="' OR 1=1--", targets=0xF000)
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_published_page_survives_hostile_input(
    client, comms_lead, indexes, kind, text, date, choice, targets
):
    client.force_login(comms_lead)
    spec = KINDS[kind]
    url = reverse("wagtailadmin_pages:add", args=["home", kind, indexes[kind].pk])
    base = page_form(client, url, {**spec["valid"], "action-publish": "action-publish"})
    data = hostile_page_post(base, spec, text, date, targets, choice)
    post_page(client, kind, indexes[kind], data)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_an_editor_saves_a_hostile_draft_shown_as_text(client, editor, indexes, kind):
    client.force_login(editor)
    spec = KINDS[kind]
    url = reverse("wagtailadmin_pages:add", args=["home", kind, indexes[kind].pk])
    base = page_form(client, url, spec["valid"])
    data = hostile_page_post(base, spec, hostile.SCRIPT + hostile.IMG_ONERROR, "", 0x00FD)
    assert post_page(client, kind, indexes[kind], data).status_code == 302


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_the_base_page_is_published(client, comms_lead, indexes, kind):
    client.force_login(comms_lead)
    spec = KINDS[kind]
    url = reverse("wagtailadmin_pages:add", args=["home", kind, indexes[kind].pk])
    base = page_form(client, url, {**spec["valid"], "action-publish": "action-publish"})
    assert client.post(url, base).status_code == 302
    page = Page.objects.get(slug="hostile", alias_of=None)  # not its fallbacks
    assert page.live
    assert client.get(page.url).status_code == 200


ADMIN_SEARCHES = ["/admin/pages/search/", "/admin/images/", "/admin/documents/"]


@FAST
@given(
    url=st.sampled_from(ADMIN_SEARCHES),
    query=hostile.hostile_text(max_size=200),
)
@example(url="/admin/pages/search/", query="' OR 1=1--")
@example(url="/admin/pages/search/", query='"unbalanced AND OR NOT (* <-> !:')
@example(url="/admin/pages/search/", query=hostile.SCRIPT)
@example(url="/admin/images/", query="\\ & | ! ( ) : *")
@example(url="/admin/documents/", query="A" * 10_000)
def test_the_editors_searches_survive_hostile_queries(client, editor, indexes, url, query):
    """Wagtail's own search boxes, on our search backend (full-text on PostgreSQL, where a stray
    operator in a tsquery is an error)."""
    client.force_login(editor)
    response = client.get(url, {"q": query})
    assert response.status_code in {200, 400}
    assert_no_markup(response)


BULK_ACTIONS = [
    "/admin/bulk/wagtailcore/page/publish/",
    "/admin/bulk/wagtailcore/page/unpublish/",
    "/admin/bulk/wagtailcore/page/delete/",
    "/admin/bulk/wagtailcore/page/move/",
]


@FAST
@given(url=st.sampled_from(BULK_ACTIONS), ids=st.lists(hostile.hostile_choice(), max_size=3))
@example(url=BULK_ACTIONS[0], ids=[hostile.HUGE_ID])
@example(url=BULK_ACTIONS[2], ids=["' OR 1=1--"])
@example(url=BULK_ACTIONS[1], ids=["1", "abc"])
def test_the_bulk_actions_survive_hostile_ids(client, comms_lead, indexes, url, ids):
    """Wagtail's bulk actions take their ids from the address (cms/forms.py)."""
    client.force_login(comms_lead)
    for method in (client.get, client.post):
        response = method(f"{url}?{'&'.join(f'id={quote(i)}' for i in ids)}")
        assert_answered(response)
        assert_no_markup(response)
