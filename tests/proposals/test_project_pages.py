"""A selected proposal becomes a public project page: drafted when its forum closes, reviewed by
the communications leads, showing the group and the forum that chose it; the projects index can
list only the projects born of youth proposals.

Page tree (`projects`): `public_site`'s home page in four languages → "Projets" (French) and its
Arabic copy "المشاريع", both published.
"""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from wagtail.models import Locale

from home.models import ProjectPage
from tests.factories import ProjectIndexPageFactory, ProjectPageFactory, copy_for_translation
from tests.proposals.factories import ForumFactory, proposal_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def projects(public_site):
    french = ProjectIndexPageFactory(parent=public_site.root_page)
    arabic = copy_for_translation(french, Locale.objects.get(language_code="ar"))
    arabic.title = "المشاريع"
    arabic.save_revision().publish()
    return {"fr": french, "ar": arabic}


def close_with(forum, officer, *tallies):
    forum.close(dict(tallies), (20, 18), "Compte rendu du forum.", by=officer)


def test_closing_a_forum_drafts_the_project_page_of_each_selected_proposal_in_its_language(
    projects, officer, comms_lead
):
    forum = ForumFactory(title="Forum du printemps")
    chosen = proposal_in("presented", officer, forum=forum, language="ar", title="ملعب الحي")
    other = proposal_in("presented", officer, forum=forum, title="Fête du cactus")
    mail.outbox.clear()

    close_with(forum, officer, (chosen.pk, (52, True)), (other.pk, (9, False)))

    chosen.refresh_from_db()
    other.refresh_from_db()
    page = chosen.project_page
    assert page is not None and other.project_page is None
    assert (page.title, page.live, page.locale.language_code) == ("ملعب الحي", False, "ar")
    assert page.get_parent().specific == projects["ar"]
    assert page.intro == chosen.summary and page.theme == chosen.theme
    # Submitted to the communications leads' review, who are told by e-mail.
    state = page.current_workflow_state
    assert state.workflow.name == "Communications review"
    assert page.current_workflow_task.name == "Editorial review"
    assert state.requested_by == officer
    assert [comms_lead.email] in [message.to for message in mail.outbox]


def test_a_proposal_in_a_language_without_a_projects_index_gets_a_french_draft(projects, officer):
    forum = ForumFactory()
    chosen = proposal_in("presented", officer, forum=forum, language="zgh")
    close_with(forum, officer, (chosen.pk, (30, True)))
    chosen.refresh_from_db()
    assert chosen.project_page.get_parent().specific == projects["fr"]
    assert chosen.project_page.locale.language_code == "fr"


def test_a_closing_refused_midway_leaves_no_project_page(projects, officer):
    forum = ForumFactory()
    first = proposal_in("presented", officer, forum=forum)
    second = proposal_in("presented", officer, forum=forum)
    with pytest.raises(ValidationError):
        close_with(forum, officer, (first.pk, (30, True)), (second.pk, (-1, True)))
    assert not ProjectPage.objects.exists()
    first.refresh_from_db()
    assert first.project_page is None and first.status == "presented"


def origin_of(html):
    """The "proposed by … selected at …" line of a project page ("" if none)."""
    start = html.find('<p class="project-origin">')
    return html[start : html.find("</p>", start)] if start >= 0 else ""


def publish(page):
    page.refresh_from_db()
    page.progress = 40
    page.save_revision().publish()
    return page


def test_the_public_project_page_names_the_group_and_links_the_forum_that_chose_it(
    client, projects, officer
):
    forum = ForumFactory(title="Forum d'automne")
    chosen = proposal_in("presented", officer, forum=forum, group_name="Shabab Tazarine")
    close_with(forum, officer, (chosen.pk, (41, True)))
    chosen.refresh_from_db()
    page = publish(chosen.project_page.specific)

    origin = origin_of(client.get(page.url).content.decode())
    assert "Shabab Tazarine" in origin
    # The forum's name as written by the officers (it has no event page), marked French.
    assert (
        f'<a href="/fr/propositions/forums/{forum.pk}/">'
        '<span lang="fr" dir="ltr">Forum d&#x27;automne</span></a>'
    ) in origin
    assert 'value="40"' in client.get(page.url).content.decode()


def test_a_translation_of_the_project_page_shows_the_same_origin(
    client, projects, officer, django_capture_on_commit_callbacks
):
    forum = ForumFactory()
    chosen = proposal_in("presented", officer, forum=forum, group_name="Tifawin")
    close_with(forum, officer, (chosen.pk, (41, True)))
    chosen.refresh_from_db()
    page = publish(chosen.project_page.specific)
    arabic = copy_for_translation(page, Locale.objects.get(language_code="ar"))
    arabic.save_revision().publish()

    origin = origin_of(client.get(arabic.url).content.decode())
    assert "Tifawin" in origin
    assert f'href="/ar/propositions/forums/{forum.pk}/"' in origin


def test_a_project_of_the_partnership_shows_no_origin(client, projects):
    page = ProjectPageFactory(parent=projects["fr"], title="Plantation de Toulaasri")
    html = client.get(page.url).content.decode()
    assert "Plantation de Toulaasri" in html and 'class="project-origin"' not in html


def test_the_projects_index_lists_only_youth_proposals_when_asked(client, projects, officer):
    ProjectPageFactory(parent=projects["fr"], title="Plantation de Toulaasri")
    forum = ForumFactory()
    chosen = proposal_in("presented", officer, forum=forum, title="Terrain de basket")
    close_with(forum, officer, (chosen.pk, (41, True)))
    chosen.refresh_from_db()
    publish(chosen.project_page.specific)

    everything = client.get(projects["fr"].url).content.decode()
    assert "Plantation de Toulaasri" in everything and "Terrain de basket" in everything
    assert '<option value="proposals">' in everything

    youth = client.get(projects["fr"].url, {"origin": "proposals"}).content.decode()
    assert "Terrain de basket" in youth and "Plantation de Toulaasri" not in youth
    assert '<option value="proposals" selected>' in youth
    assert "filters__reset" in youth

    unknown = client.get(projects["fr"].url, {"origin": "nimporte"}).content.decode()
    assert "Plantation de Toulaasri" in unknown and "filters__reset" not in unknown
