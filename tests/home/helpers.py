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
    """A published copy of `page` in another language (its parents must exist there), in place of
    the fallback publishing gave it there."""
    from tests.factories import copy_for_translation

    translation = copy_for_translation(page, Locale.objects.get(language_code=code))
    translation.title = title
    translation.save_revision().publish()
    return translation


def at(days, hour=10, minute=0):
    return timezone.localtime().replace(hour=hour, minute=minute, second=0, microsecond=0) + (
        datetime.timedelta(days=days)
    )


def translate_through_localize(instance, code, strings):
    """Translate `instance` (a page or snippet) into `code` as an editor does in wagtail-localize's
    editor: every string of the source gets its translation from `strings` {source: translation}
    (a string missing there fails the test), then the translation is saved and, for a page,
    published."""
    from wagtail_localize.models import Translation, TranslationSource

    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=Locale.objects.get(language_code=code)
    )
    po = translation.export_po()
    for entry in po:
        entry.msgstr = strings[entry.msgid]
    translation.import_po(po)
    # A page's translation is published when the transaction commits, which a test never does:
    # save a draft and publish it here. A snippet without drafts is written at once.
    is_page = hasattr(instance, "get_latest_revision")
    translation.save_target(publish=not is_page)
    target = instance.get_translation(Locale.objects.get(language_code=code))
    if is_page:
        target.get_latest_revision().publish()
        target.refresh_from_db()
    return target


def file_under(article, *names):
    """File a news article under topics named `names` (made in its language if need be) and
    publish it."""
    from django.utils.text import slugify

    from home.models import NewsArticleTopic, Topic

    for name in names:
        topic, _created = Topic.objects.get_or_create(
            locale=article.locale, slug=slugify(name), defaults={"name": name}
        )
        article.topic_links.add(NewsArticleTopic(topic=topic))
    article.save_revision().publish()
