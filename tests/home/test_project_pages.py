"""The projects index and project pages (home/models/pages.py)."""

import datetime

import pytest

from tests import factories
from tests.home.helpers import fr, get, texts

pytestmark = pytest.mark.django_db


def test_project_page_shows_its_progress_and_milestones(client, home):
    projects = factories.ProjectIndexPageFactory(parent=home)
    project = factories.ProjectPageFactory(
        parent=projects,
        status="in_progress",
        progress=45,
        milestones=[
            (
                "milestone",
                {"title": "Préparer le terrain", "date": datetime.date(2024, 3, 1), "done": True},
            ),
            (
                "milestone",
                {"title": "Première récolte", "date": datetime.date(2026, 6, 1), "done": False},
            ),
        ],
    )

    _response, soup = get(client, project.url)

    progress = soup.select_one("main progress")
    assert progress["max"] == "100" and progress["value"] == "45"
    label = soup.select_one(f"label[for={progress['id']}]").get_text(strip=True)
    assert label == fr("%(progress)s%% done", "project progress", progress=45)
    milestones = soup.select("main ol.milestones > li")
    assert [" ".join(m.get_text(" ", strip=True).split()) for m in milestones] == [
        f"{fr('Done', 'milestone')} 1 mars 2024 Préparer le terrain",
        f"{fr('To come', 'milestone')} 1 juin 2026 Première récolte",
    ]


def test_project_page_lists_the_news_that_link_to_it(client, home):
    projects = factories.ProjectIndexPageFactory(parent=home)
    project = factories.ProjectPageFactory(parent=projects, title="Plantation de Toulaasri")
    news = factories.NewsIndexPageFactory(parent=home)
    cta = {"title": "Le projet", "text": "", "page": project, "url": "", "label": "Voir"}
    linking = factories.NewsArticlePageFactory(
        parent=news, title="Premiers plants à Toulaasri", body=[("call_to_action", cta)]
    )
    linking.save_revision().publish()
    factories.NewsArticlePageFactory(parent=news, title="Une autre nouvelle")

    _response, soup = get(client, project.url)

    assert texts(soup, "main .related-news h3") == ["Premiers plants à Toulaasri"]


def test_projects_index_filters_by_theme_and_status(client, home):
    projects = factories.ProjectIndexPageFactory(parent=home)
    factories.ProjectPageFactory(
        parent=projects, title="Figuiers", theme="environment", status="in_progress"
    )
    factories.ProjectPageFactory(
        parent=projects, title="Terrain", theme="sport", status="completed"
    )
    factories.ProjectPageFactory(parent=projects, title="Film", theme="culture", status="completed")

    _response, soup = get(client, projects.url + "?theme=sport")
    assert texts(soup, "main .cards h2") == ["Terrain"]

    _response, soup = get(client, projects.url + "?status=completed")
    assert texts(soup, "main .cards h2") == ["Film", "Terrain"]
    assert soup.select_one("select[name=status] option[selected]")["value"] == "completed"
    for select in soup.select("form.filters select"):
        assert soup.select_one(f"label[for={select['id']}]")
