"""Scheduled publishing and expiry: `manage.py publish_scheduled` (run every minute by
scripts/serve-dev, by cron or a systemd timer in production) puts pages live and takes them down."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page

from tests.factories import NewsArticlePageFactory, ensure_site_tree


@pytest.fixture
def home(db):
    return ensure_site_tree().root_page


@pytest.fixture
def later(monkeypatch):
    """`later(delta)`: from now on the clock reads `delta` ahead (Wagtail asks timezone.now())."""
    real_now = timezone.now

    def move(delta):
        monkeypatch.setattr(timezone, "now", lambda: real_now() + delta)

    return move


def scheduled_page(home, go_live_in):
    """A news article a lead approved for publication `go_live_in` from now."""
    page = NewsArticlePageFactory(parent=home, title="Fête de l'arganier", live=False)
    page.go_live_at = timezone.now() + go_live_in
    page.save_revision().publish()
    return page


def live_titles():
    return set(Page.objects.live().values_list("title", flat=True))


def test_page_is_scheduled_not_live_when_approved_with_a_future_go_live_time(home):
    page = scheduled_page(home, datetime.timedelta(hours=2))
    call_command("publish_scheduled")

    page.refresh_from_db()
    assert not page.live
    assert "Fête de l'arganier" not in live_titles()


def test_page_goes_live_once_its_go_live_time_has_passed(home, later):
    page = scheduled_page(home, datetime.timedelta(hours=2))
    later(datetime.timedelta(hours=2, minutes=1))

    call_command("publish_scheduled")

    page.refresh_from_db()
    assert page.live
    assert "Fête de l'arganier" in live_titles()


def test_page_is_unpublished_once_its_expiry_time_has_passed(home, later):
    page = NewsArticlePageFactory(parent=home, title="Inscriptions au tournoi")
    page.expire_at = timezone.now() + datetime.timedelta(days=7)
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.live
    call_command("publish_scheduled")
    assert "Inscriptions au tournoi" in live_titles()

    later(datetime.timedelta(days=7, minutes=1))
    call_command("publish_scheduled")

    page.refresh_from_db()
    assert not page.live
    assert page.expired
    assert "Inscriptions au tournoi" not in live_titles()
