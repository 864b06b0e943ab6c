"""Template tags for the content of public pages: event dates, places, listings' images,
videos that load nothing until asked, partners grouped by kind, hotlines."""

import re
from urllib.parse import parse_qs, urlsplit

from django import template
from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import get_language

from home.blocks import PartnerKind
from home.models import SiteSettings
from home.templatetags.navigation import hotline_links

register = template.Library()


def _items(listing):
    """The objects of a list, a queryset or a paginator page."""
    return list(getattr(listing, "object_list", listing) or [])


@register.inclusion_tag("components/event_when.html")
def event_when(event, upcoming=True):
    """When an event happens, in the visitor's language. A repeating event still to come shows
    its next occurrence; the series is described underneath."""
    start = event.start
    if upcoming and event.repeats:
        start = event.next_start() or event.start
    end = start + event.duration if event.duration else None
    local_start = timezone.localtime(start)
    local_end = timezone.localtime(end) if end else None
    until = None
    if event.repeats and event.recurrence_until:
        until = format_html(
            '<time datetime="{}">{}</time>',
            event.recurrence_until.isoformat(),
            date_format(event.recurrence_until, "DATE_FORMAT"),
        )
    return {
        "start": local_start,
        "end": local_end,
        "all_day": event.all_day,
        "multi_day": bool(local_end and local_end.date() != local_start.date()),
        "repeats": event.repeats,
        "recurrence": event.recurrence,
        "until": until,
    }


@register.simple_tag
def localize_places(events):
    """Give each event `local_place`: its place in the visitor's language (or the place itself,
    if not translated), None for a place that is not live; one query for the whole list."""
    from wagtail.models import Locale

    from home.models import PlacePage

    events = _items(events)
    places = [event.place for event in events if event.place_id]
    locale = Locale.objects.filter(language_code=get_language()).first()
    foreign = {p.translation_key for p in places if locale and p.locale_id != locale.pk}
    translations = {}
    if foreign:
        for place in PlacePage.objects.live().filter(translation_key__in=foreign, locale=locale):
            translations[place.translation_key] = place
    for event in events:
        place = event.place if event.place_id else None
        if place is not None:
            place = translations.get(place.translation_key) or (place if place.live else None)
        event.local_place = place
    return ""


@register.simple_tag
def prefetch_renditions(listing):
    """Load the renditions of every image of a listing in one query instead of one per item."""
    images = [item.image for item in _items(listing) if getattr(item, "image", None)]
    if images:
        prefetch_related_objects(images, "renditions")
    return ""


YOUTUBE_HOSTS = {"youtube.com", "m.youtube.com", "youtu.be", "youtube-nocookie.com"}
VIMEO_HOSTS = {"vimeo.com", "player.vimeo.com"}
YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{6,20}$")


def _youtube_id(parts):
    if parts.hostname.endswith("youtu.be"):
        candidate = parts.path.strip("/").split("/")[0]
    elif parts.path == "/watch":
        candidate = parse_qs(parts.query).get("v", [""])[0]
    else:
        segments = parts.path.strip("/").split("/")
        candidate = (
            segments[1] if len(segments) > 1 and segments[0] in {"embed", "shorts", "live"} else ""
        )
    return candidate if YOUTUBE_ID.match(candidate or "") else None


@register.filter
def video_embed(url):
    """{"host", "embed_url"} for a YouTube or Vimeo address, None for anything else. The
    embed address is only ever written where the page's script reads it after a click."""
    try:
        parts = urlsplit(url or "")
    except ValueError:
        return None
    host = (parts.hostname or "").removeprefix("www.")
    if host in YOUTUBE_HOSTS:
        video_id = _youtube_id(parts)
        if video_id:
            return {
                "host": "youtube.com",
                "embed_url": f"https://www.youtube-nocookie.com/embed/{video_id}?autoplay=1",
            }
    elif host in VIMEO_HOSTS:
        video_id = next((s for s in parts.path.split("/") if s.isdigit()), None)
        if video_id:
            return {
                "host": "vimeo.com",
                "embed_url": f"https://player.vimeo.com/video/{video_id}?autoplay=1&dnt=1",
            }
    return None


@register.filter
def partners_by_kind(partners):
    """[(kind label, [partner values])] in the order of PartnerKind, empty kinds left out."""
    groups = {kind: [] for kind in PartnerKind.values}
    for block in partners:
        groups.setdefault(block.value["kind"], []).append(block.value)
    labels = dict(PartnerKind.choices)
    return [
        {"kind": kind, "label": labels.get(kind, kind), "partners": items}
        for kind, items in groups.items()
        if items
    ]


@register.inclusion_tag("components/hotlines.html", takes_context=True)
def hotlines(context):
    """The site's hotline numbers as tel: links, under a heading."""
    request = context.get("request")
    if request is None:
        return {"hotlines": []}
    return {"hotlines": hotline_links(SiteSettings.for_request(request))}


@register.simple_tag
def index_page(page, model_label):
    """The first live, public page of that type under `page`: the home page's "All news"."""
    from django.apps import apps

    model = apps.get_model(model_label)
    return model.objects.live().public().descendant_of(page).order_by("path").first()
