"""The language check axe-core cannot make (WCAG 3.1.1 and 3.1.2): visible text written in another
script or language than the one its element declares.

Text is taken as runs: the text of one block (inline elements joined, as a reader reads it) under
one declared language. `runs_from_html` reads them from a response (the server-side tests);
`runs_in_browser` from a page Chromium rendered (only what is displayed). `language_findings` is
the one judge both use.

The rules, so that the demo gives no false alarm:
- Script first. French and English are written in Latin letters, Arabic in Arabic letters,
  Tamazight in Tifinagh. A word in another script than its element's language is a finding.
- Among Latin-script languages, French against English by their commonest short words (articles,
  prepositions, pronouns that exist in only one of the two): a run is in the other language when
  at least two of its words are the other's and they outnumber the declared language's. One word
  alone ("Suivant") cannot be told this way; on Arabic and Tamazight pages its script gives it away.
- Not words, so never findings: numbers (Latin or Arabic digits), anything holding a digit
  (tracking codes, "5 MB" is "5" and "MB"), addresses (URLs, e-mails, host names), file
  extensions ("(.ics)"), acronyms and
  units in capitals of up to five letters (PDF, JPEG, MAD), and the few proper names that keep
  their Latin spelling in every language (PROPER_NAMES). Any other name written in another script
  is marked up, with the `lang` of its language or `translate="no"`, as a name in its own
  spelling.
"""

import re
from dataclasses import dataclass

SCRIPTS = {"fr": "Latin", "en": "Latin", "ar": "Arabic", "zgh": "Tifinagh"}

# Names written the same way in every language of the site: the site's own, brands and techniques
# with no Arabic or Tifinagh form.
PROPER_NAMES = {"Tiwizi", "YouTube", "Vimeo", "OpenStreetMap", "JavaScript", "Atom"}
# Keys named as printed on every keyboard.
PROPER_NAMES |= {"Esc", "Tab", "Enter"}

# Short words found in one of the two languages only (not "a", "on", "or", "an", "but", "son",
# "plus", "pour", "as": both languages have them).
FRENCH_WORDS = set(
    "le la les des du une et est sont dans avec sur au aux ces cette cet nous vous ne pas qui que "
    "leur leurs mais où se sa ses il elle ils elles été être aussi très chez selon depuis entre "
    "sans sous vers notre nos votre vos de à l d qu c n s j ou ce y".split()
)
ENGLISH_WORDS = set(
    "the and of to is are with for this that these those your you from not be has have was were "
    "will our which at by it its in we they their what when who how there here been can into".split()
)

LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
TIFINAGH = re.compile(r"[\u2d30-\u2d7f]")
DIGIT = re.compile(r"\d")
ADDRESS = re.compile(r"://|@|^www\.|^[\w-]+(\.[\w-]+)*\.[a-z]{2,}(/\S*)?$", re.IGNORECASE)
ACRONYM = re.compile(r"^[A-Z]{1,5}s?$")
# Apostrophes and hyphens split words ("l'école" -> "l", "école"), as the short-word lists expect.
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
PUNCTUATION = "\"'“”‘’«»()[]{}.,;:!?…–—-/·•|*،؛؟"
# A file type named by its extension: "(.ics)".
EXTENSION = re.compile(r"^\.[a-z0-9]{2,4}$")


@dataclass(frozen=True)
class Run:
    """Text of one block under one declared language; `where` says where a reader meets it."""

    text: str
    lang: str
    where: str = ""
    exempt: bool = False  # inside translate="no"


@dataclass(frozen=True)
class Finding:
    where: str
    declared: str
    found: str  # "Latin (French)", "Arabic", "Tifinagh", "English"...
    text: str
    words: tuple = ()  # the words in another script, when that is the finding

    def __str__(self):
        words = f" ({' '.join(self.words[:6])})" if self.words else ""
        return f"{self.where}: {self.found}{words} in {self.declared!r}: {self.text[:120]!r}"


def script_of(token):
    """Latin, Arabic, Tifinagh, or None for a token that is not a word of any (see the rules)."""
    if EXTENSION.match(token.strip("()[],;:،")):
        return None
    bare = token.strip(PUNCTUATION)
    if not bare or DIGIT.search(bare) or ADDRESS.search(bare):
        return None
    if bare in PROPER_NAMES or ACRONYM.match(bare):
        return None
    counts = {
        "Latin": len(LATIN.findall(bare)),
        "Arabic": len(ARABIC.findall(bare)),
        "Tifinagh": len(TIFINAGH.findall(bare)),
    }
    script, count = max(counts.items(), key=lambda item: item[1])
    return script if count else None


def latin_language(text):
    """'fr', 'en' or None: which of the two the run's short words say it is, and the score."""
    # A token with a digit is a code (a tracking code, a reference): its letters say nothing.
    words = [
        word.lower()
        for token in text.split()
        if not any(character.isdigit() for character in token)
        for word in WORD.findall(token)
    ]
    french = sum(word in FRENCH_WORDS for word in words)
    english = sum(word in ENGLISH_WORDS for word in words)
    return french, english


def language_findings(runs, page_language):
    """What a reader or a screen reader would meet in the wrong language, one finding per run."""
    findings = []
    for run in runs:
        declared = (run.lang or page_language).split("-")[0].lower()
        if run.exempt or declared not in SCRIPTS:
            # An undeclared language (lang="") or one the site does not use: nothing to compare.
            continue
        expected = SCRIPTS[declared]
        foreign = [t for t in run.text.split() if script_of(t) not in (None, expected)]
        if foreign:
            scripts = sorted({script_of(t) for t in foreign})
            found = "/".join(scripts)
            if "Latin" in scripts:
                french, english = latin_language(run.text)
                if french or english:
                    found += " (French)" if french >= english else " (English)"
            text = " ".join(run.text.split())
            findings.append(Finding(run.where, declared, found, text, tuple(foreign)))
            continue
        if expected == "Latin":
            french, english = latin_language(run.text)
            other, theirs, ours = (
                ("English", english, french) if declared == "fr" else ("French", french, english)
            )
            if theirs >= 2 and theirs > ours:
                findings.append(Finding(run.where, declared, other, " ".join(run.text.split())))
    return findings


# --- Runs from a server response ------------------------------------------------------------------

INLINE = set(
    "a abbr b bdi bdo br cite code data dfn em i img kbd label mark q s samp small span strong "
    "sub sup time u var wbr output".split()
)
NOT_TEXT = {"script", "style", "template", "head", "svg", "math", "iframe", "object"}
# Attributes a reader meets as text (spoken, or shown when the image fails).
TEXT_ATTRIBUTES = ("alt", "aria-label", "placeholder", "title")


def _describe(element):
    parts = []
    while element is not None and element.name not in (None, "[document]", "html", "body"):
        label = element.name
        if element.get("id"):
            label += "#" + element["id"]
        elif element.get("class"):
            label += "." + element["class"][0]
        parts.append(label)
        element = element.parent
    return " > ".join(reversed(parts[:4]))


def _lang_of(element, page_language):
    while element is not None and getattr(element, "attrs", None) is not None:
        if element.has_attr("lang"):
            return element["lang"]
        element = element.parent
    return page_language


def _exempt(element):
    return any(parent.get("translate") == "no" for parent in [element, *element.parents])


def runs_from_html(html):
    """(page language, runs) of an HTML document, as a reader without JavaScript meets it."""
    from bs4 import BeautifulSoup, NavigableString
    from bs4.element import Comment, Doctype, ProcessingInstruction

    soup = BeautifulSoup(html, "html.parser")
    page_language = soup.html.get("lang", "") if soup.html else ""
    runs = []
    pending = {}  # (block id, lang, exempt) -> [texts], in document order

    def block_of(element):
        while element.name in INLINE and element.parent is not None:
            element = element.parent
        return element

    body = soup.body or soup
    for node in body.descendants:
        if isinstance(node, Comment | Doctype | ProcessingInstruction):
            continue
        if isinstance(node, NavigableString):
            parent = node.parent
            if any(p.name in NOT_TEXT or p.has_attr("hidden") for p in [parent, *parent.parents]):
                continue
            if not node.strip():
                continue
            block = block_of(parent)
            key = (id(block), _lang_of(parent, page_language), _exempt(parent))
            if key not in pending:
                pending[key] = (_describe(block), [])
            pending[key][1].append(str(node))
        elif node.name and not any(p.has_attr("hidden") for p in [node, *node.parents]):
            for attribute in TEXT_ATTRIBUTES:
                value = node.get(attribute)
                if value and value.strip():
                    runs.append(
                        Run(
                            value,
                            _lang_of(node, page_language),
                            f"{_describe(node)} [{attribute}]",
                            _exempt(node),
                        )
                    )
    for (_block, lang, exempt), (where, texts) in pending.items():
        runs.append(Run(" ".join(texts), lang, where, exempt))
    if soup.title and soup.title.string:
        # A fallback's title is its source's (a <title> cannot carry a lang): read in the
        # language of the fallback's content.
        fallback = soup.select_one(".fallback-notice + div[lang]")
        title_language = fallback["lang"] if fallback else page_language
        runs.append(Run(soup.title.string, title_language, "title"))
    return page_language, runs


# --- Runs from a rendered page --------------------------------------------------------------------

RUNS_SCRIPT = """(attributes) => {
    const runs = [];
    const describe = (element) => {
        const parts = [];
        for (let e = element; e && e !== document.body && parts.length < 4; e = e.parentElement) {
            let label = e.localName;
            if (e.id) label += "#" + e.id;
            else if (e.classList.length) label += "." + e.classList[0];
            parts.unshift(label);
        }
        return parts.join(" > ");
    };
    const langOf = (element) => {
        const marked = element.closest("[lang]");
        return marked ? marked.getAttribute("lang") : "";
    };
    const exempt = (element) => element.closest("[translate=no]") !== null;
    const blockOf = (element) => {
        let e = element;
        while (e.parentElement && getComputedStyle(e).display.startsWith("inline")) {
            e = e.parentElement;
        }
        return e;
    };
    const groups = new Map();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!node.textContent.trim() || !parent) continue;
        if (parent.closest("script, style, template, noscript")) continue;
        // Displayed (not display:none, not visibility:hidden), whether on screen or only for
        // screen readers (the visually-hidden labels are read out).
        if (!parent.checkVisibility({checkVisibilityCSS: true, visibilityProperty: true})) continue;
        const block = blockOf(parent);
        const key = [langOf(parent), exempt(parent)];
        if (!groups.has(block)) groups.set(block, new Map());
        const byLanguage = groups.get(block);
        const id = key.join("|");
        if (!byLanguage.has(id)) {
            byLanguage.set(id, {text: [], lang: key[0], exempt: key[1], where: describe(block)});
        }
        byLanguage.get(id).text.push(node.textContent);
    }
    for (const byLanguage of groups.values()) {
        for (const run of byLanguage.values()) {
            runs.push({text: run.text.join(" "), lang: run.lang, where: run.where, exempt: run.exempt});
        }
    }
    for (const element of document.body.querySelectorAll("*")) {
        for (const attribute of attributes) {
            const value = element.getAttribute(attribute);
            if (!value || !value.trim()) continue;
            // Alt text counts even when the image shows: it is what a screen reader says.
            if (!element.checkVisibility({checkVisibilityCSS: true, visibilityProperty: true})) continue;
            runs.push({text: value, lang: langOf(element), exempt: exempt(element),
                       where: describe(element) + " [" + attribute + "]"});
        }
    }
    // A fallback's title is its source's: read in the language of the fallback's content.
    const fallback = document.querySelector(".fallback-notice + div[lang]");
    runs.push({text: document.title,
               lang: fallback ? fallback.getAttribute("lang") : langOf(document.documentElement),
               exempt: false, where: "title"});
    return {lang: document.documentElement.getAttribute("lang") || "", runs: runs};
}"""


def runs_in_browser(page):
    """(page language, runs) of the page Chromium shows now."""
    result = page.evaluate(RUNS_SCRIPT, list(TEXT_ATTRIBUTES))
    return result["lang"], [Run(**run) for run in result["runs"]]
