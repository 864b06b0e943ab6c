"""The demo public site: the home page and every page type, built in French from
demo/site_content.py and translated the way an editor translates.

French is the source language. The other locales are made through wagtail-localize's translation
records: every string of the French page gets its translation from the texts' T tuples, then
wagtail-localize writes and publishes the translated page (translate_page). A page whose texts
have no translation into a language is there as a marked fallback (home.fallbacks).

Dates are relative to the day the demo is loaded, so there are always past and upcoming events.
Images are drawn here (Pillow) and the brochure is a small generated PDF: nothing is downloaded.
"""

import datetime
import io
import math
import random

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import override
from wagtail.documents import get_document_model
from wagtail.models import Locale, Site
from wagtail_localize.models import Translation, TranslationSource

from demo import site_content as content
from home.fallbacks import fill_every_locale
from home.models import (
    PAGE_TYPES,
    ContactDetails,
    EventIndexPage,
    EventPage,
    NewsArticlePage,
    NewsArticleTopic,
    NewsIndexPage,
    PartnersPage,
    PlacePage,
    ProjectIndexPage,
    ProjectPage,
    ServicePage,
    SiteImage,
    SiteSettings,
    StandardPage,
    Topic,
)
from indicators.models import ResultsPage

# Every public page type, in the order a visitor meets them (tests and benchmarks walk it): home's
# and the results page of indicators (demo/ is the one place that knows every app).
PUBLIC_PAGE_TYPES = (*PAGE_TYPES, ResultsPage)

LANGUAGES = ("ar", "zgh", "en")

PALETTES = {
    "sand": ((237, 201, 142), (196, 140, 74), (120, 72, 30)),
    "green": ((186, 221, 160), (92, 150, 80), (38, 84, 42)),
    "blue": ((170, 206, 236), (70, 128, 180), (24, 60, 110)),
    "terracotta": ((240, 180, 150), (190, 94, 62), (110, 40, 24)),
    "violet": ((214, 190, 230), (130, 92, 170), (64, 36, 100)),
}


class DemoPage:
    """A French page to build: its model, parent, fields, body blocks and every text in T form,
    so the translation strings come from the same place as the French."""

    def __init__(self, model, slug, parent, texts, fields=None, body=None, **kwargs):
        self.model = model
        self.slug = slug
        self.parent = parent
        self.texts = list(texts)
        self.fields = fields or {}
        self.body = body or {}
        self.show_in_menus = kwargs.get("show_in_menus", False)
        self.page = None

    def strings(self, code):
        """{French: translation} for `code`, or None when this page is not translated into it.
        English follows Tamazight: only the main pages get both (translating is the slow part
        of the demo)."""
        if code == "en" and self.strings("zgh") is None:
            return None
        return translations(self.texts, code)


def translations(texts, code):
    """{French: translation} of every T in `texts` for the locale `code`, or None when one of them
    has no translation into it: what translate_page needs."""
    pairs = {}
    for text in texts:
        translation = getattr(text, code)
        if translation is None:
            return None
        pairs[text.fr] = translation
    return pairs


# --- The home page --------------------------------------------------------------------------------


def french_home():
    """The French home page: the default site's root page."""
    return Site.objects.get(is_default_site=True).root_page.specific


def _home_texts():
    """Every text of the home page in T form, its slug and SEO title included."""
    home = content.HOME
    return [
        home["slug"],
        home["title"],
        home["seo_title"],
        home["intro"],
        home["missions_heading"],
        *home["missions"],
        home["services_heading"],
        *(text for service in home["services"] for text in service),
        home["partnership_heading"],
        home["partnership"],
    ]


def _home_body():
    home = content.HOME
    missions = "".join(f"<li>{mission.fr}</li>" for mission in home["missions"])
    return [
        ("heading", home["missions_heading"].fr),
        ("paragraph", f"<ul>{missions}</ul>"),
        (
            "highlights",
            {
                "heading": home["services_heading"].fr,
                "items": [
                    {
                        "title": title.fr,
                        "text": text.fr,
                        "url": _view_path(home["service_views"].get(title.fr)),
                    }
                    for title, text in home["services"]
                ],
            },
        ),
        ("heading", home["partnership_heading"].fr),
        ("paragraph", f"<p>{home['partnership'].fr}</p>"),
    ]


@transaction.atomic
def build_home(log):
    """Fill the French home page once, then translate it into every other locale."""
    home = french_home()
    if not home.body:
        home.title = content.HOME["title"].fr
        home.seo_title = content.HOME["seo_title"].fr
        home.slug = content.HOME["slug"].fr
        home.intro = content.HOME["intro"].fr
        home.body = _home_body()
        home.save_revision(log_action=True).publish()
        log("Home page written in French.")
    for code in LANGUAGES:
        translate_page(home, code, translations(_home_texts(), code), log)
    return home


def translate_page(page, code, strings, log):
    """Translate `page` into the locale `code` through wagtail-localize, once."""
    locale = Locale.objects.get(language_code=code)
    # A fallback (home.fallbacks) is there already: wagtail-localize turns it into the translation.
    if page.get_translations().filter(locale=locale, alias_of__isnull=True).exists():
        return
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    po = translation.export_po()
    missing = []
    for entry in po:
        entry.msgstr = strings.get(entry.msgid) or _untranslatable(entry.msgid, page)
        if not entry.msgstr:
            missing.append(entry.msgid)
    if missing:
        # Demo content is complete or it is a bug: a half-translated page would hide it.
        raise ValueError(f"No {code} translation for: {missing}")
    translation.import_po(po)
    # Publish now rather than on commit as save_target(publish=True) would: a revision published
    # at the end of the transaction saves a copy of the page read before its children were
    # added, and the tree would forget them (treebeard's numchild).
    translation.save_target(publish=False)
    page.get_translation(locale).get_latest_revision().publish()
    log(f"{page.title} translated into {code}.")


def _untranslatable(msgid, page):
    """Strings that stay as they are in every language: the slug, numbers, addresses."""
    if msgid == page.slug or "@" in msgid or msgid.startswith("http"):
        return msgid
    if not any(character.isalpha() for character in msgid):
        return msgid
    return ""


# --- Content conversion ---------------------------------------------------------------------------


def _texts_of_blocks(blocks):
    for block in blocks:
        kind = block[0]
        if kind in ("heading", "paragraph"):
            yield block[1]
        elif kind == "list":
            yield from block[1]
        elif kind == "quote":
            yield block[1]
            yield block[2]
        elif kind == "accordion":
            for question, answer in block[1]:
                yield question
                yield answer
        elif kind == "contact":
            yield from (block[1][key] for key in ("name", "role", "hours") if block[1].get(key))
        elif kind == "cta":
            yield from (block[1][key] for key in ("title", "text", "label") if block[1].get(key))
        elif kind == "video":
            yield block[1]["title"]
            if block[1].get("transcript"):
                yield block[1]["transcript"]


def _body(blocks, pages, document=None):
    """StreamField data from content blocks; `pages` maps slugs to built pages."""
    stream = []
    for block in blocks:
        kind = block[0]
        if kind == "heading":
            stream.append(("heading", block[1].fr))
        elif kind == "paragraph":
            stream.append(("paragraph", f"<p>{escape(block[1].fr)}</p>"))
        elif kind == "list":
            items = "".join(f"<li>{escape(item.fr)}</li>" for item in block[1])
            stream.append(("paragraph", f"<ul>{items}</ul>"))
        elif kind == "quote":
            stream.append(("quote", {"text": block[1].fr, "attribution": block[2].fr}))
        elif kind == "accordion":
            items = [
                {"title": question.fr, "text": f"<p>{escape(answer.fr)}</p>"}
                for question, answer in block[1]
            ]
            stream.append(("accordion", {"heading": "", "items": items}))
        elif kind == "contact":
            card = block[1]
            stream.append(
                (
                    "contact",
                    {
                        "name": card["name"].fr,
                        "role": card["role"].fr if card.get("role") else "",
                        "phone": card.get("phone", ""),
                        "email": card.get("email", ""),
                        "address": "",
                        "hours": card["hours"].fr if card.get("hours") else "",
                    },
                )
            )
        elif kind == "cta":
            cta = block[1]
            stream.append(
                (
                    "call_to_action",
                    {
                        "title": cta["title"].fr,
                        "text": cta["text"].fr if cta.get("text") else "",
                        "page": pages[cta["link"]].page if cta.get("link") else None,
                        "url": _view_path(cta.get("view")),
                        "label": cta["label"].fr,
                    },
                )
            )
        elif kind == "video":
            video = block[1]
            stream.append(
                (
                    "video",
                    {
                        "title": video["title"].fr,
                        "url": video["url"],
                        "transcript": video["transcript"].fr if video.get("transcript") else "",
                    },
                )
            )
        else:
            raise ValueError(f"Unknown demo block {kind!r}")
    if document is not None:
        stream.append(("document", {"document": document, "label": content.BROCHURE["title"].fr}))
    return stream


def _view_path(name):
    """The French address of one of the site's own views by its URL name ("" for None): pages
    show it in the visitor's language (the `in_language` filter)."""
    if not name:
        return ""
    with override("fr"):
        return reverse(name)


def _at(days, time=None):
    """An aware datetime `days` from today at HH:MM (local time)."""
    day = timezone.localdate() + datetime.timedelta(days=days)
    hour, minute = (int(part) for part in (time or "00:00").split(":"))
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def _date(days):
    return timezone.localdate() + datetime.timedelta(days=days)


# --- Images and the brochure ----------------------------------------------------------------------


def _draw(motif, palette, seed):
    """A simple flat illustration: sky, ground and a motif, 1200x800 JPEG."""
    from PIL import Image, ImageDraw

    light, mid, dark = PALETTES[palette]
    rng = random.Random(seed)  # noqa: S311 (drawing, not secrets)
    width, height = 1200, 800
    picture = Image.new("RGB", (width, height), light)
    draw = ImageDraw.Draw(picture)
    draw.ellipse((880, 80, 1040, 240), fill=(250, 236, 190))
    horizon = 520
    draw.rectangle((0, horizon, width, height), fill=mid)
    if motif in ("hills", "sun"):
        for i in range(4):
            x = rng.randint(-200, 1000)
            draw.ellipse((x, horizon - 180 + i * 30, x + 700, horizon + 260), fill=mid)
    if motif in ("field", "hills"):
        for row in range(6):
            y = horizon + 30 + row * 45
            for col in range(12):
                x = 40 + col * 100 + (row % 2) * 50
                draw.ellipse((x, y - 22, x + 36, y + 14), fill=dark)
                draw.ellipse((x + 18, y - 40, x + 48, y - 8), fill=dark)
    if motif == "field" and palette == "green":
        draw.rectangle((100, horizon + 20, 1100, 780), outline=(250, 250, 250), width=6)
        draw.line((600, horizon + 20, 600, 780), fill=(250, 250, 250), width=6)
        draw.ellipse((540, 590, 660, 710), outline=(250, 250, 250), width=6)
    if motif in ("people", "book"):
        for i in range(7):
            x = 120 + i * 150 + rng.randint(-20, 20)
            tall = rng.randint(170, 230)
            colour = (dark, mid, (250, 236, 190))[i % 3]
            draw.ellipse((x, horizon - tall - 60, x + 60, horizon - tall), fill=colour)
            draw.rounded_rectangle((x - 15, horizon - tall, x + 75, horizon + 40), 30, fill=colour)
    if motif == "book":
        draw.polygon(
            [(350, 600), (600, 560), (850, 600), (850, 760), (600, 720), (350, 760)], fill=light
        )
        draw.line((600, 560, 600, 720), fill=dark, width=6)
    if motif == "house":
        draw.rectangle((300, horizon - 220, 900, horizon + 120), fill=light, outline=dark, width=8)
        for i in range(4):
            x = 350 + i * 140
            draw.arc((x, horizon - 170, x + 100, horizon - 30), 180, 360, fill=dark, width=8)
            draw.rectangle((x, horizon - 100, x + 100, horizon + 10), outline=dark, width=8)
        draw.rectangle((560, horizon - 20, 640, horizon + 120), fill=dark)
    if motif == "sun":
        for angle in range(0, 360, 30):
            rad = math.radians(angle)
            draw.line(
                (
                    960 + 110 * math.cos(rad),
                    160 + 110 * math.sin(rad),
                    960 + 170 * math.cos(rad),
                    160 + 170 * math.sin(rad),
                ),
                fill=(250, 236, 190),
                width=8,
            )
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=82, optimize=True)
    return buffer.getvalue()


def build_images(log):
    """One SiteImage per content.IMAGES key, drawn once."""
    images = {}
    for index, (key, spec) in enumerate(sorted(content.IMAGES.items())):
        filename = f"demo-{key}.jpg"
        image = SiteImage.objects.filter(title=spec["title"].fr).first()
        if image is None:
            data = _draw(spec["motif"], spec["palette"], index)
            image = SiteImage(
                title=spec["title"].fr,
                description=spec["title"].fr,
                credit=spec.get("credit", ""),
            )
            image.file = ImageFile(io.BytesIO(data), name=filename)
            image.save()
        images[key] = image
    log(f"{len(images)} demo images.")
    return images


def _pdf(title, pages):
    """A minimal PDF (one text page per item) in Helvetica with WinAnsi encoding."""

    def text(value):
        value = value.encode("cp1252", "replace").decode("latin-1")
        return value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    def wrap(value, width=80):
        lines, line = [], ""
        for word in value.split():
            if len(line) + len(word) + 1 > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        return [*lines, line]

    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        None,
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    kids = []
    for number, body in enumerate(pages, start=1):
        lines = [f"BT /F1 18 Tf 60 780 Td ({text(title)}) Tj ET"]
        y = 740
        for line in wrap(body):
            lines.append(f"BT /F1 12 Tf 60 {y} Td ({text(line)}) Tj ET")
            y -= 18
        lines.append(f"BT /F1 10 Tf 60 40 Td ({number}/{len(pages)}) Tj ET")
        stream = "\n".join(lines).encode("latin-1")
        objects.append(
            f"<< /Length {len(stream)} >>\nstream\n{stream.decode('latin-1')}\nendstream"
        )
        content_ref = len(objects)
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {content_ref} 0 R >>"
        )
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def build_brochure(log):
    Document = get_document_model()
    brochure = content.BROCHURE
    document = Document.objects.filter(title=brochure["title"].fr).first()
    if document is None:
        data = _pdf(brochure["title"].fr, [page.fr for page in brochure["pages"]])
        document = Document(title=brochure["title"].fr)
        document.file.save(brochure["filename"], ContentFile(data), save=False)
        document.save()
        log("Brochure generated.")
    return document


# --- The page tree --------------------------------------------------------------------------------


def _plan(images, brochure, topics):
    """Every demo page, parents before children, as DemoPage objects keyed by slug."""
    plan = {}
    home = french_home()

    def add(
        model, data, parent, fields=None, texts=(), menu=False, body_field="body", document=None
    ):
        alt = content.IMAGES[data["image"]]["title"] if data.get("image") else None
        all_texts = [
            data["title"],
            data["intro"],
            *([alt] if alt else []),
            *texts,
            *_texts_of_blocks(data.get("body", [])),
            # A document's link names it in the page's language (the PDF itself is French).
            *([content.BROCHURE["title"]] if document is not None else []),
        ]
        page = DemoPage(
            model,
            data["slug"],
            parent,
            all_texts,
            fields={
                "title": data["title"].fr,
                "intro": data["intro"].fr,
                "image": images.get(data.get("image")) if data.get("image") else None,
                "image_alt": alt.fr if alt else "",
                **(fields or {}),
            },
            body={body_field: (data.get("body", []), document)},
            show_in_menus=menu,
        )
        plan[page.slug] = page
        return page

    about = add(StandardPage, content.ABOUT, home, menu=True)
    add(StandardPage, content.PRIVACY, home)
    add(StandardPage, content.ACCESSIBILITY, home)

    services = add(StandardPage, content.SERVICES_INDEX, home, menu=True)
    for data in content.SERVICES:
        add(
            ServicePage,
            data,
            services,
            fields={
                "sensitive": data["sensitive"],
                "address": data["address"].fr,
                "opening_hours": _hours(data["hours"]),
            },
            texts=[data["address"], *(days for days, _o, _c in data["hours"])],
        )

    place = content.PLACE
    add(
        PlacePage,
        place,
        home,
        menu=True,
        fields={
            "address": place["address"].fr,
            "opening_hours": _hours(place["hours"]),
            "spaces": [
                ("space", {"name": name.fr, "description": description.fr})
                for name, description in place["spaces"]
            ],
        },
        texts=[
            place["address"],
            *(days for days, _o, _c in place["hours"]),
            *(text for space in place["spaces"] for text in space),
        ],
    )

    projects = add(ProjectIndexPage, content.PROJECTS_INDEX, home, menu=True)
    for data in content.PROJECTS:
        add(
            ProjectPage,
            data,
            projects,
            fields={
                "theme": data["theme"],
                "status": data["status"],
                "progress": data["progress"],
                "start_date": _date(data["start_days_from_today"]),
                "milestones": [
                    ("milestone", {"title": title.fr, "date": _date(days), "done": done})
                    for title, days, done in data["milestones"]
                ],
            },
            texts=[title for title, _d, _done in data["milestones"]],
        )

    news = add(NewsIndexPage, content.NEWS_INDEX, home, menu=True)
    for data in content.NEWS:
        add(
            NewsArticlePage,
            data,
            news,
            fields={
                "date": _date(data["days_from_today"]),
                "topics": [topics[key] for key in data.get("tags", [])],
            },
            document=brochure if "brochure" in data["slug"] else None,
        )

    events = add(EventIndexPage, content.EVENTS_INDEX, home, menu=True)
    for data in content.EVENTS:
        start = _at(data["days_from_today"], data.get("time") or "00:00")
        if data.get("all_day"):
            end = (
                start
                + datetime.timedelta(days=max(1, math.ceil(data.get("duration_hours", 24) / 24)))
                - datetime.timedelta(minutes=1)
            )
        else:
            end = start + datetime.timedelta(hours=data.get("duration_hours", 2))
        until = data.get("recurrence_until_days_from_today")
        location, place_slug = data.get("location"), data.get("place")
        if place_slug and plan[place_slug].model is not PlacePage:
            # Only place pages can be an event's place; other pages lend their title.
            location, place_slug = plan[place_slug].texts[0], None
        add(
            EventPage,
            data,
            events,
            fields={
                "start": start,
                "end": end,
                "all_day": bool(data.get("all_day")),
                "theme": data["theme"],
                "recurrence": data.get("recurrence", "none"),
                "recurrence_until": _date(until) if until is not None else None,
                "location": location.fr if location else "",
                "place_slug": place_slug,
            },
            texts=[location] if location else [],
        )

    partners = content.PARTNERS
    add(
        PartnersPage,
        partners,
        home,
        menu=True,
        fields={
            "partners": [
                (
                    "partner",
                    {
                        "name": partner["name"].fr,
                        "kind": partner["kind"],
                        "country": partner["country"].fr,
                        "description": partner["description"].fr,
                        "url": partner.get("url", ""),
                    },
                )
                for partner in partners["partners"]
            ]
        },
        texts=[
            partner[key]
            for partner in partners["partners"]
            for key in ("name", "country", "description")
        ],
    )
    add(ResultsPage, content.RESULTS, home, menu=True)
    del about
    return plan


def _hours(hours):
    return [
        ("hours", {"days": days.fr, "opens": opens, "closes": closes})
        for days, opens, closes in hours
    ]


def _find(parent, slug):
    return parent.get_children().filter(slug=slug).first()


def build_pages(plan, log):
    """Create each French page that does not exist yet, then give it its body and publish."""
    created = []
    for demo_page in plan.values():
        parent = (
            demo_page.parent.page if isinstance(demo_page.parent, DemoPage) else demo_page.parent
        )
        existing = _find(parent, demo_page.slug)
        if existing is not None:
            demo_page.page = existing.specific
            continue
        fields = dict(demo_page.fields)
        place_slug = fields.pop("place_slug", None)
        topics = fields.pop("topics", [])
        page = demo_page.model(slug=demo_page.slug, show_in_menus=demo_page.show_in_menus, **fields)
        if place_slug:
            page.place = plan[place_slug].page
        for topic in topics:
            page.topic_links.add(NewsArticleTopic(topic=topic))
        parent.add_child(instance=page)
        demo_page.page = page
        created.append(demo_page)
    for demo_page in created:
        page = demo_page.page
        for field, (blocks, document) in demo_page.body.items():
            setattr(page, field, _body(blocks, plan, document))
        page.save_revision(log_action=True).publish()
    if created:
        log(f"{len(created)} French pages written.")


def translate_pages(plan, log):
    """Translate each page into every language its content has, parents first."""
    from wagtail_localize.models import MissingRelatedObjectError

    pending = [
        (demo_page, code, demo_page.strings(code))
        for demo_page in plan.values()
        for code in LANGUAGES
        if demo_page.strings(code) is not None
    ]
    while pending:
        deferred = []
        for demo_page, code, strings in pending:
            try:
                # A savepoint, so a page that links to one not translated yet leaves nothing
                # half-made behind; it is tried again after the others.
                with transaction.atomic():
                    translate_page(demo_page.page, code, strings, log=lambda message: None)
            except MissingRelatedObjectError:
                deferred.append((demo_page, code, strings))
        if len(deferred) == len(pending):
            raise ValueError(f"Cannot translate {[(p.slug, c) for p, c, _s in deferred]}")
        pending = deferred
    # Pages without the strings of a language are there as marked fallbacks, in French.
    fill_every_locale()
    log("Pages translated; the others are fallbacks in French.")


def _translate_snippet(source, code, fields):
    """The translation of a snippet into `code`, once, with `fields` {name: T}."""
    locale = Locale.objects.get(language_code=code)
    translation = source.get_translation_or_none(locale)
    if translation is None:
        translation = source.copy_for_translation(locale)
        for name, text in fields.items():
            setattr(translation, name, getattr(text, code))
        translation.save()
    return translation


def build_topics(log):
    """The news topics in French, translated into every language: {key: French topic}."""
    french = Locale.objects.get(language_code="fr")
    topics = {}
    for key, name in content.TOPICS.items():
        topic = Topic.objects.filter(locale=french, slug=slugify(key)).first()
        if topic is None:
            topic = Topic.objects.create(locale=french, slug=slugify(key), name=name.fr)
        for code in LANGUAGES:
            _translate_snippet(topic, code, {"name": name})
        topics[key] = topic
    log(f"{len(topics)} news topics.")
    return topics


def build_contact(log):
    """The footer's contact details in French and their translations."""
    data = content.CONTACT
    french = Locale.objects.get(language_code="fr")
    contact = ContactDetails.objects.filter(locale=french, name=data["name"].fr).first()
    if contact is None:
        contact = ContactDetails.objects.create(
            locale=french,
            name=data["name"].fr,
            address=data["address"].fr,
            phone=data["phone"],
            email=data["email"],
        )
    for code in LANGUAGES:
        _translate_snippet(contact, code, {"name": data["name"], "address": data["address"]})
    return contact


def build_settings(plan, log):
    site = Site.objects.get(is_default_site=True)
    settings = SiteSettings.for_site(site)
    if not settings.hotlines:
        settings.hotlines = [("hotline", hotline) for hotline in content.HOTLINES]
        settings.contact = build_contact(log)
        settings.footer_links = [
            ("page", plan[slug].page)
            for slug in (content.PRIVACY["slug"], content.ACCESSIBILITY["slug"])
        ]
        settings.save()
        log("Site settings written.")


@transaction.atomic
def build_site(log):
    """The whole demo public site, once; a second run changes nothing."""
    images = build_images(log)
    brochure = build_brochure(log)
    topics = build_topics(log)
    plan = _plan(images, brochure, topics)
    build_pages(plan, log)
    translate_pages(plan, log)
    build_settings(plan, log)
