"""Reading public pages as a visitor does, and the few builders the page tests share."""

import datetime

import wagtail_factories
from bs4 import BeautifulSoup
from django.utils import timezone, translation
from wagtail.models import Collection, Locale


def get(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, (url, response.status_code)
    return response, BeautifulSoup(response.content.decode(), "html.parser")


def texts(soup, selector):
    return [" ".join(el.get_text(" ", strip=True).split()) for el in soup.select(selector)]


def fr(message, context=None, **values):
    """An interface string as a French visitor reads it (the source text until translated)."""
    with translation.override("fr"):
        text = translation.pgettext(context, message) if context else translation.gettext(message)
        return text % values if values else str(text)


def make_image(**kwargs):
    kwargs.setdefault("collection", Collection.get_first_root_node())
    return wagtail_factories.ImageFactory(**kwargs)


def translate(page, code, title):
    """A published copy of `page` in another language (its parents must exist there)."""
    translation = page.copy_for_translation(Locale.objects.get(language_code=code))
    translation.title = title
    translation.save_revision().publish()
    return translation


def at(days, hour=10, minute=0):
    return timezone.localtime().replace(hour=hour, minute=minute, second=0, microsecond=0) + (
        datetime.timedelta(days=days)
    )
