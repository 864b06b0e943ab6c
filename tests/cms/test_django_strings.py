"""cms/django_strings.py names Django's own strings so that makemessages keeps them in our
catalogues: each must be exactly Django's (a typo would keep a string nobody uses while visitors
meet Django's French), Tamazight gets them in Tifinagh, and French and Arabic keep Django's own
translations."""

import gettext
import re
from pathlib import Path

import django
import polib
import pytest
from django.utils import translation
from django.utils.functional import Promise

from cms import django_strings

DJANGO_CATALOGUE = (
    Path(django.__file__).parent / "conf" / "locale" / "{}" / "LC_MESSAGES" / "django.po"
)
LATIN_LETTERS = re.compile(r"[A-Za-z]")
PLACEHOLDER = re.compile(r"%\(\w+\)[sdr]")


def named_strings():
    """(context, msgid, msgid_plural) of every string the module names."""
    strings = []
    for name in dir(django_strings):
        value = getattr(django_strings, name)
        if not name.isupper() or not isinstance(value, list):
            continue
        for item in value:
            if isinstance(item, Promise) and "singular" in item._kw:  # ngettext_lazy
                strings.append((None, item._kw["singular"], item._kw["plural"]))
            elif isinstance(item, Promise):  # pgettext_lazy(context, msgid)
                strings.append((*item._args, None))
            else:
                strings.append((None, item, None))
    return strings


STRINGS = named_strings()


def test_the_module_names_the_date_names_form_errors_and_upload_errors():
    assert len(django_strings.MONTHS_AP) == len(django_strings.MONTHS_ALT) == 12
    assert ("abbrev. month", "Jan.", None) in STRINGS
    assert (None, "This field is required.", None) in STRINGS
    assert len(STRINGS) == 92


@pytest.mark.parametrize("code", ["fr", "ar"])
def test_every_named_string_is_one_of_djangos_own(code):
    catalogue = polib.pofile(str(DJANGO_CATALOGUE).format(code))
    missing = []
    for context, msgid, plural in STRINGS:
        entry = catalogue.find(msgid, msgctxt=context or False)
        if entry is None or (entry.msgid_plural or None) != plural:
            missing.append((context, msgid, plural))
    assert missing == []


def translate(context, msgid, plural, count=1):
    if plural:
        return translation.ngettext(msgid, plural, count)
    if context:
        return translation.pgettext(context, msgid)
    return translation.gettext(msgid)


# French visitors read Wagtail admin's "Champ requis." today (its catalogue comes before
# Django's); the merged catalogue gives them Django's "Ce champ est obligatoire.".
@pytest.mark.parametrize("code", ["fr", "ar"])
def test_french_and_arabic_read_djangos_own_translations(code):
    # Our catalogues come first in gettext's search: they must give Django's own words.
    catalogue = polib.pofile(str(DJANGO_CATALOGUE).format(code))
    plural_form = gettext.c2py(catalogue.metadata["Plural-Forms"].split("plural=")[1].rstrip(";"))
    differ = []
    with translation.override(code):
        for context, msgid, plural in STRINGS:
            entry = catalogue.find(msgid, msgctxt=context or False)
            if plural:
                ok = all(
                    translate(context, msgid, plural, n) == entry.msgstr_plural[plural_form(n)]
                    for n in (0, 1, 2, 5, 11, 100)
                )
            else:
                ok = translate(context, msgid, plural) == entry.msgstr
            if not ok:
                differ.append(msgid)
    assert differ == []


def test_tamazight_has_every_named_string_in_tifinagh_with_its_placeholders():
    wrong = []
    with translation.override("zgh"):
        for context, msgid, plural in STRINGS:
            for count in (1, 5) if plural else (1,):
                text = translate(context, msgid, plural, count)
                words = PLACEHOLDER.sub("", text)
                if LATIN_LETTERS.search(words) or set(PLACEHOLDER.findall(text)) != set(
                    PLACEHOLDER.findall(msgid)
                ):
                    wrong.append((msgid, text))
    assert wrong == []
