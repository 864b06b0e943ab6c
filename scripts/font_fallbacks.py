"""Compute the metric-matched fallbacks of the Arabic and Tifinagh web fonts and write them into
static/css/site.css, between its "font fallbacks" markers.

Until a web font arrives (font-display: swap), the browser draws its text in a font the device
has. Drawn as is, that font is wider or narrower and taller or shorter than the web font, so lines
wrap differently and the page jumps when the web font replaces it. Each fallback here is a system
font that cheap Android phones or desktops have, declared with local() and scaled so that it takes
the room of the web font: `size-adjust` makes the site's own words (the Arabic and Tamazight of
the catalogues and of the demo) as wide as in the web font, and `ascent-override`,
`descent-override` and `line-gap-override` give its lines the web font's height. The widths come
from shaping those words with HarfBuzz, the vertical metrics from the font files (fontTools).

A fallback is only computed from a font file this machine has (Debian's fonts-noto-core and
fonts-dejavu-core); Windows' and Apple's fonts are not here, so those systems fall back without
adjustment. Usage: .venv/bin/python scripts/font_fallbacks.py [--check]; --check writes nothing
and fails when site.css is not what this script would write.
"""

import argparse
import io
import re
import sys
from pathlib import Path

import polib
import uharfbuzz
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
CSS = ROOT / "static" / "css" / "site.css"
FONTS = ROOT / "static" / "fonts"
NOTO = Path("/usr/share/fonts/truetype/noto")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
BEGIN = "/* Web fonts and their fallbacks: written by scripts/font_fallbacks.py, not by hand. */"
END = "/* End of what scripts/font_fallbacks.py writes. */"

SCRIPTS = {
    # name: (the letters the site's words are made of, web font files by weight, fallbacks as
    # (family suffix, {weight: system font file})).
    "arabic": (
        "\u0600-\u06ff\u0750-\u077f\u200c-\u200f",
        {400: "arabic.woff2", 700: "arabic-bold.woff2"},
        [
            # Android's Arabic font, also on Linux desktops: the same design as the web font.
            (
                "Naskh",
                {
                    400: NOTO / "NotoNaskhArabic-Regular.ttf",
                    700: NOTO / "NotoNaskhArabic-Bold.ttf",
                },
            ),
            (
                "Sans",
                {
                    400: NOTO / "NotoSansArabic-Regular.ttf",
                    700: NOTO / "NotoSansArabic-Bold.ttf",
                },
            ),
            # What Chromium on a Linux desktop without Noto draws Arabic with.
            ("DejaVu", {400: DEJAVU / "DejaVuSans.ttf", 700: DEJAVU / "DejaVuSans-Bold.ttf"}),
        ],
    ),
    # Tifinagh has no bold: browsers embolden the regular face, the web font's and its fallback's.
    "tifinagh": (
        "\u2d30-\u2d7f",
        {400: "tifinagh.woff2"},
        [
            ("Noto", {400: NOTO / "NotoSansTifinagh-Regular.ttf"}),
            ("DejaVu", {400: DEJAVU / "DejaVuSans.ttf"}),
        ],
    ),
}
INVISIBLE = set(range(0x200C, 0x2010))
FAMILY = {"arabic": "Tiwizi Arabic", "tifinagh": "Tiwizi Tifinagh"}
# Where the site's words are: the interface catalogues and the demo's pages.
CATALOGUES = {"arabic": "ar", "tifinagh": "zgh"}


def site_words(script):
    """Every word of the site written in `script`, once per occurrence."""
    texts = []
    for path in sorted((ROOT / "locale" / CATALOGUES[script] / "LC_MESSAGES").glob("*.po")):
        texts += [entry.msgstr for entry in polib.pofile(str(path)) if entry.msgstr]
    for path in sorted((ROOT / "demo").glob("*.py")):
        texts.append(path.read_text(encoding="utf-8"))
    return re.findall(f"[{SCRIPTS[script][0]}]+", "\n".join(texts))


def load(path):
    """(fontTools font, HarfBuzz font) of a .ttf or .woff2 file."""
    font = TTFont(path)
    if font.flavor:
        font.flavor = None
        buffer = io.BytesIO()
        font.save(buffer)
        data = buffer.getvalue()
    else:
        data = path.read_bytes()
    return font, uharfbuzz.Font(uharfbuzz.Face(data))


def width(font, words):
    """How wide the words are, in em, shaped as a browser shapes them."""
    total = 0
    for word in words:
        buffer = uharfbuzz.Buffer()
        buffer.add_str(word)
        buffer.guess_segment_properties()
        uharfbuzz.shape(font, buffer, {})
        total += sum(position.x_advance for position in buffer.glyph_positions)
    return total / font.face.upem


def vertical_metrics(font):
    """Ascent, descent and line gap in em, from the table Chromium reads (hhea)."""
    upem = font["head"].unitsPerEm
    hhea = font["hhea"]
    return hhea.ascent / upem, -hhea.descent / upem, hhea.lineGap / upem


def local_names(font):
    """The full and PostScript names local() matches."""
    names = font["name"]
    return [names.getDebugName(4), names.getDebugName(6)]


def percent(value):
    return f"{value * 100:.2f}%"


def unicode_range(font):
    """The code points a font maps, as a CSS unicode-range, less the invisible joiners and
    direction marks: text in any script may hold them (an emoji sequence, a name in a French
    sentence), and they must not make a French page download the Arabic font."""
    points = sorted(set(font.getBestCmap()) - INVISIBLE)
    runs, first = [], points[0]
    for previous, point in zip(points, [*points[1:], None], strict=True):
        if point != previous + 1:
            runs.append(f"U+{first:04X}" if first == previous else f"U+{first:04X}-{previous:04X}")
            first = point
    return ", ".join(runs)


def face(family, sources, weight, unicodes, extra=()):
    lines = [
        f'font-family: "{family}";',
        f"src: {sources};",
        f"font-weight: {weight};",
        f"unicode-range: {unicodes};",
        *extra,
    ]
    return "@font-face {\n" + "".join(f"    {line}\n" for line in lines) + "}"


def font_css():
    """The @font-face rules of the web fonts and of their fallbacks, and the font stacks."""
    rules, stacks = [], []
    for script, (_letters, web_fonts, fallbacks) in SCRIPTS.items():
        words = site_words(script)
        family = FAMILY[script]
        stack = [f'"{family}"']
        web = {weight: load(FONTS / name) for weight, name in web_fonts.items()}
        unicodes = unicode_range(web[400][0])
        for weight, name in web_fonts.items():
            source = f'url("../fonts/{name}") format("woff2")'
            rules.append(face(family, source, weight, unicodes, ["font-display: swap;"]))
        for suffix, files in fallbacks:
            name = f"{family} {suffix}"
            stack.append(f'"{name}"')
            for weight, path in files.items():
                web_font, web_shaper = web[weight]
                system_font, system_shaper = load(path)
                size_adjust = width(web_shaper, words) / width(system_shaper, words)
                ascent, descent, line_gap = vertical_metrics(web_font)
                sources = ", ".join(f'local("{local}")' for local in local_names(system_font))
                metrics = [
                    f"size-adjust: {percent(size_adjust)};",
                    f"ascent-override: {percent(ascent / size_adjust)};",
                    f"descent-override: {percent(descent / size_adjust)};",
                    f"line-gap-override: {percent(line_gap / size_adjust)};",
                ]
                rules.append(face(name, sources, weight, unicodes, metrics))
        stacks.append(f"    --font-{script}: {', '.join(stack)};")
    return "\n".join([BEGIN, *rules, ":root {", *stacks, "}", END])


def replace_block(css, block):
    start, end = css.index(BEGIN), css.index(END) + len(END)
    return css[:start] + block + css[end:]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    css = CSS.read_text(encoding="utf-8")
    updated = replace_block(css, font_css())
    if args.check:
        if updated != css:
            print(f"{CSS.relative_to(ROOT)}: the font fallbacks are stale; run {__file__}")
            return 1
        return 0
    CSS.write_text(updated, encoding="utf-8")
    print(f"{CSS.relative_to(ROOT)}: font fallbacks written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
