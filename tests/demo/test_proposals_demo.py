"""The demo youth proposals: every status, forums past and coming, draft project pages."""

import re

import pytest
from django.utils import timezone
from wagtail.models import Locale

from demo.proposals import IDEAS
from home.models import ProjectPage
from proposals.models import Forum, Proposal, ProposalStatus
from tests.conftest import demo_for_the_module

pytestmark = pytest.mark.django_db

demo = demo_for_the_module("--only", "site", "--only", "personas", "--only", "proposals")


def test_the_demo_has_proposals_in_every_status_forums_and_project_pages(demo, load_demo_data):
    assert Proposal.objects.count() >= 25
    assert set(Proposal.objects.values_list("status", flat=True)) == set(ProposalStatus.values)
    assert Forum.objects.closed().count() == 2 and Forum.objects.upcoming().count() == 1
    selected = Proposal.objects.selected_projects()
    assert selected.count() >= 3
    pages = ProjectPage.objects.filter(pk__in=selected.values("project_page"))
    assert pages.count() == selected.count()
    # Started projects are published with their progress; newly selected ones wait for the lead.
    started = selected.exclude(status=ProposalStatus.SELECTED)
    assert set(pages.filter(live=True)) == {p.project_page.specific for p in started}
    assert pages.filter(live=True, progress__gt=0).count() == started.count()
    waiting = pages.filter(live=False)
    assert waiting.exists() and all(page.current_workflow_state for page in waiting)
    load_demo_data("--only", "proposals")
    assert Proposal.objects.count() == len(IDEAS)


def test_the_demo_forums_tell_one_story_with_the_agenda_and_the_projects(demo, client):
    """Each forum is held on its agenda event's day and place, is named by the season of that
    day, and leads to the event; the event leads back (to the form before, to the results
    after); the results lead to the projects chosen, whose pages lead back to the forum."""
    seasons = ("hiver", "printemps", "été", "automne")  # December-February, March-May…
    for forum in Forum.objects.filter(event__isnull=False):
        assert forum.date == timezone.localtime(forum.event.start).date(), forum
        season = seasons[forum.date.month // 3 % 4]
        assert season in forum.title and str(forum.date.year) in forum.title, forum
        place = forum.event.place.title if forum.event.place else forum.event.location
        assert forum.place == place, forum
    demo_forums = Forum.objects.filter(
        presentations__proposal__group_name__startswith="Démo"
    ).distinct()
    assert demo_forums.count() == 3 and not demo_forums.filter(event__isnull=True).exists()
    coming = Forum.objects.upcoming().get()
    html = client.get(coming.event.url).content.decode()
    assert re.search(r'<p class="event-forum">[^<]*<a href="/fr/propositions/">', html)
    closed = demo_forums.filter(closed_at__isnull=False).order_by("date")
    for forum in closed:
        html = client.get(forum.event.url).content.decode()
        assert f'href="/fr/propositions/forums/{forum.pk}/"' in html
        results = client.get(f"/fr/propositions/forums/{forum.pk}/").content.decode()
        assert f'href="{forum.event.url}"' in results
        live = ProjectPage.objects.live().filter(
            pk__in=forum.presentations.filter(selected=True).values("proposal__project_page")
        )
        assert live.exists()
        french = Locale.objects.get(language_code="fr")
        for page in live:
            # On the French results: the page, or its French fallback for another language's.
            assert f'href="{page.get_translation(french).url}"' in results
            back = f'href="/{page.locale.language_code}/propositions/forums/{forum.pk}/"'
            assert back in client.get(page.url).content.decode()


def test_the_creation_houses_call_to_action_leads_to_the_form_in_each_language(demo, client):
    for code in ("fr", "ar", "zgh", "en"):
        place = client.get(f"/{code}/maison-de-la-creation/")
        assert place.status_code == 200, code
        assert f'<a class="button" href="/{code}/propositions/">' in place.content.decode(), code
