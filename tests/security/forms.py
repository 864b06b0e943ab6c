"""One hostile post to one form, held to the properties of checks.py: the driver every
tests/security/test_hostile_*.py shares.

A form is described by a FormSpec: where it is, who posts it, which of its fields take text,
dates and choices, and where what it saves is shown afterwards. A hypothesis example is one
hostile text, one hostile date and one hostile choice, put in the fields `targets` selects
(bits 0-7 the text fields, 8-11 the date fields, 12-15 the choice fields), so that explicit
@examples name each hostile kind and each field family.
"""

from dataclasses import dataclass, field

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.html import form_data, main_form
from tests.security import strategies as hostile
from tests.security.checks import (
    assert_no_markup,
    assert_unchanged,
    formula_cells,
    rolled_back,
    streamed,
    table_rows,
)

EXAMPLES = 10
FAST = settings(
    max_examples=EXAMPLES,
    deadline=None,
    # No example database written into the checkout; failures print their input.
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

TEXT_ONLY, DATES_ONLY, CHOICES_ONLY = 0x00FF, 0x0F00, 0xF000


@dataclass
class FormSpec:
    url: str
    text: list = field(default_factory=list)
    dates: list = field(default_factory=list)
    choices: list = field(default_factory=list)
    # Pages (and CSV exports) that show what the form saved.
    shown: list = field(default_factory=list)
    exports: list = field(default_factory=list)
    # Tables a refused post must leave exactly as they were.
    apps: tuple = ("casework", "audit")
    models: tuple = ()
    # Fields set over what the page's form holds (a valid post).
    valid: dict = field(default_factory=dict)
    # The POST goes elsewhere than the form page.
    action: str = ""


def named_examples(test):
    """An explicit example of each hostile kind in the text fields, of malformed dates in the date
    fields, of hostile ids in the choice fields."""
    text_kinds = [
        hostile.SCRIPT + hostile.IMG_ONERROR + hostile.A_JS_LINK + hostile.SVG_ONLOAD,
        hostile.ATTRIBUTE_BREAK,
        hostile.FORMULA_PAYLOADS[0],
        "' OR 1=1--",
        "abc\x00def",
        "\u202eevil\u2066x\u2069 Hafsa حفصة ⵃⴰⴼⵚⴰ",
        "A" * 10_000,
        "{{ 7|add:7 }}",
    ]
    for text in text_kinds:
        test = example(text=text, date="2026-01-15", choice="", targets=TEXT_ONLY)(test)
    for date in ["2026-02-30", "2026-01-01;DROP TABLE casework_case;--"]:
        test = example(text="", date=date, choice="", targets=DATES_ONLY)(test)
    for choice in ["999999999", hostile.HUGE_ID, "' OR 1=1--", "\x00"]:
        test = example(text="", date="2026-01-15", choice=choice, targets=CHOICES_ONLY)(test)
    return test


def hostile_posts(test):
    """`test(form, text, date, choice, targets)` run on the named examples and on hypothesis's."""
    return FAST(
        given(
            text=hostile.hostile_text(),
            date=hostile.hostile_date(),
            choice=hostile.hostile_choice(),
            targets=st.integers(min_value=1, max_value=0xFFFF),
        )(named_examples(test))
    )


def with_each_refused_file(files, **others):
    """An explicit example of each of `files` (a kind of refused_files()), beside `others`."""

    def decorate(test):
        for kind in files:
            test = example(kind=kind, upload=("x.pdf", b""), **others)(test)
        return test

    return decorate


def base_data(client, spec):
    response = client.get(spec.url)
    assert response.status_code == 200, spec.url
    data = form_data(main_form(response.content.decode()))
    data = {name: values[0] if len(values) == 1 else values for name, values in data.items()}
    data.update(spec.valid)
    return data


def hostile_post(spec, base, text, date, choice, targets):
    data = dict(base)
    for bit, name in enumerate(spec.text):
        if targets & (1 << bit):
            data[name] = text
    for bit, name in enumerate(spec.dates):
        if targets & (1 << (8 + bit)):
            data[name] = date
    for bit, name in enumerate(spec.choices):
        if targets & (1 << (12 + bit)):
            data[name] = choice
    return data


def post_and_check(client, spec, data):
    """Post `data`; a refusal leaves every table as it was; an acceptance shows the values as
    text wherever they appear and exports them neutralised. The response."""
    with rolled_back():
        before = table_rows(*spec.apps, models=spec.models)
        response = client.post(spec.action or spec.url, data)
        assert_no_markup(response)
        if response.status_code != 302:
            assert_unchanged(before, table_rows(*spec.apps, models=spec.models))
            return response
        for url in [response["Location"], *spec.shown]:
            page = client.get(url)
            assert page.status_code == 200, url
            assert_no_markup(page)
        for url in spec.exports:
            export = client.get(url)
            assert export.status_code == 200, url
            assert formula_cells(streamed(export)) == []
        return response


def post_hostile(form, text, date, choice, targets):
    """One hostile post to `form` (client, spec, base data), checked."""
    client, spec, base = form
    return post_and_check(client, spec, hostile_post(spec, base, text, date, choice, targets))


def post_refused(client, spec, **fields):
    """Post the form's valid data with `fields` over it: the form comes back with an error on each
    of them, and nothing changed."""
    response = post_and_check(client, spec, {**base_data(client, spec), **fields})
    assert response.status_code == 200
    for name in fields:
        assert name in response.context["form"].errors
    return response
