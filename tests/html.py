"""Reading admin forms as a browser would, to post them back unchanged."""

import re

from bs4 import BeautifulSoup

# What each <input type> accepts as a value; anything else the browser silently discards (an empty
# field), which is how a French date "04/12/2026" vanished from the admin's date pickers.
BROWSER_VALUE_FORMATS = {
    "date": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "time": re.compile(r"^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$"),
    "datetime-local": re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$"),
}


def main_form(html, action=None):
    """The page's form that posts (the first one, or the one posting to `action`)."""
    soup = BeautifulSoup(html, "html.parser")
    for form in soup.find_all("form"):
        if (form.get("method") or "get").lower() != "post":
            continue
        if action is None or form.get("action") in (action, "", None):
            return form
    raise AssertionError("no form posts on this page")


def temporal_inputs(form):
    """[(name, type, value)] of the form's date, time and date-time inputs."""
    return [
        (tag.get("name"), tag.get("type"), tag.get("value", ""))
        for tag in form.find_all("input")
        if tag.get("type") in BROWSER_VALUE_FORMATS
    ]


def discarded_values(form):
    """Inputs whose value a browser would throw away: [(name, value)]."""
    return [
        (name, value)
        for name, kind, value in temporal_inputs(form)
        if value and not BROWSER_VALUE_FORMATS[kind].match(value)
    ]


def form_data(form):
    """What the browser posts for `form` untouched: inputs as rendered (the value a browser keeps,
    so a discarded date posts empty), checked boxes, selected options, textareas. Not Wagtail's
    `querydict_from_html`, which posts disabled fields, buttons and a multiple select's first
    option, as no browser does, and keeps a date the browser would have thrown away."""
    data = {}

    def add(name, value):
        data.setdefault(name, []).append(value)

    for tag in form.find_all(["input", "textarea", "select"]):
        name = tag.get("name")
        if not name or tag.has_attr("disabled"):
            continue
        if tag.name == "textarea":
            add(name, tag.text.lstrip("\n"))
        elif tag.name == "select":
            chosen = [o for o in tag.find_all("option") if o.has_attr("selected")]
            if not chosen and not tag.has_attr("multiple"):
                chosen = tag.find_all("option")[:1]
            for option in chosen:
                add(name, option.get("value", option.text))
        else:
            kind = tag.get("type", "text")
            if kind in ("submit", "button", "file", "image", "reset"):
                continue
            if kind in ("checkbox", "radio") and not tag.has_attr("checked"):
                continue
            value = tag.get("value", "on" if kind in ("checkbox", "radio") else "")
            pattern = BROWSER_VALUE_FORMATS.get(kind)
            if pattern and value and not pattern.match(value):
                value = ""
            add(name, value)
    return data
