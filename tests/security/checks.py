"""The properties every hostile post is held to (tests/security/test_hostile_*.py)."""

import csv
import io
import re
from contextlib import contextmanager

from bs4 import BeautifulSoup
from django.apps import apps
from django.db import transaction

from tests.security.strategies import MARKER

# 200: the form again, with its errors (or a page that showed the input escaped); 302: saved
# (or the login page for someone signed out); then the refusals.
ALLOWED_STATUSES = {200, 302, 400, 403, 404, 413, 429}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "srcdoc"}
JSON_TYPES = {"application/json", "application/ld+json", "text/template"}
NUMBER = re.compile(r"^-?\d+([.,]\d+)?$")
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def assert_answered(response):
    """Never a 5xx, never an answer outside the pinned set."""
    assert response.status_code in ALLOWED_STATUSES, response.status_code


@contextmanager
def rolled_back():
    """One hypothesis example, undone afterwards: the next starts from the same rows."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


def table_rows(*app_labels, models=()):
    """Every row of every model of `app_labels` (and `models`), by model: a refused post must
    leave them exactly as they were, counts and values."""
    chosen = [m for label in app_labels for m in apps.get_app_config(label).get_models()]
    chosen += [apps.get_model(name) for name in models]
    return {
        model._meta.label: list(model.objects.order_by("pk").values_list())
        for model in chosen
        if model._meta.managed
    }


def assert_unchanged(before, after):
    for label, rows in before.items():
        assert after[label] == rows, f"{label} changed by a refused post"


def injected_markup(html):
    """What of `html` a browser would run because of a payload: a script holding the marker, an
    event handler naming it, a `javascript:` URL carrying it. Parsed, not searched, so an
    escaped payload shown as text does not count."""
    found = []
    for tag in BeautifulSoup(html, "html.parser").find_all(True):
        if tag.name == "script" and tag.get("type", "").lower() not in JSON_TYPES:
            if MARKER in tag.get_text():
                found.append(str(tag)[:200])
        if tag.name in ("svg", "iframe", "object", "embed") and MARKER in str(tag):
            found.append(str(tag)[:200])
        for name, value in tag.attrs.items():
            value = " ".join(value) if isinstance(value, list) else value
            if name.lower().startswith("on") and MARKER in value:
                found.append(f"{tag.name} {name}={value[:100]}")
            elif (
                name.lower() in URL_ATTRIBUTES
                and value.strip().lower().startswith("javascript:")
                and MARKER in value
            ):
                found.append(f"{tag.name} {name}={value[:100]}")
    return found


def assert_no_markup(response):
    assert_answered(response)
    if "html" in response.get("Content-Type", ""):
        assert injected_markup(response.content.decode()) == []


def formula_cells(content):
    """Cells of a CSV export a spreadsheet would run as a formula (numbers aside)."""
    text = content.decode("utf-8-sig") if isinstance(content, bytes) else content
    return [
        cell
        for row in csv.reader(io.StringIO(text))
        for cell in row
        if cell.startswith(FORMULA_PREFIXES) and not NUMBER.match(cell)
    ]


def streamed(response):
    return b"".join(response.streaming_content) if response.streaming else response.content
