"""Public page types, images and site settings, one module per kind of page."""

from home.models.base import BasePage, Theme
from home.models.events import EventIndexPage, EventPage
from home.models.home import HomePage
from home.models.images import SiteImage, SiteRendition
from home.models.news import NewsArticlePage, NewsArticleTopic, NewsIndexPage, Topic
from home.models.pages import (
    PartnersPage,
    PlacePage,
    ProjectIndexPage,
    ProjectPage,
    ServicePage,
    StandardPage,
)
from home.models.settings import ContactDetails, SiteSettings

# Every public page type, in the order a visitor meets them (tests and benchmarks walk it).
PAGE_TYPES = (
    HomePage,
    StandardPage,
    NewsIndexPage,
    NewsArticlePage,
    EventIndexPage,
    EventPage,
    ProjectIndexPage,
    ProjectPage,
    PlacePage,
    ServicePage,
    PartnersPage,
)

__all__ = [
    "BasePage",
    "ContactDetails",
    "EventIndexPage",
    "EventPage",
    "HomePage",
    "NewsArticlePage",
    "NewsArticleTopic",
    "NewsIndexPage",
    "PAGE_TYPES",
    "PartnersPage",
    "PlacePage",
    "ProjectIndexPage",
    "ProjectPage",
    "ServicePage",
    "SiteImage",
    "SiteRendition",
    "SiteSettings",
    "StandardPage",
    "Theme",
    "Topic",
]
