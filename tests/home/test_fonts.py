"""The font subsets and their fallbacks, without a browser: the subsets hold every letter the
site writes and join them as the full Noto fonts do; scripts/subset_fonts.py makes the committed
files again byte for byte; static/css/site.css carries what scripts/font_fallbacks.py computes;
a page preloads the fonts of its own language only.

Needs Debian's fonts-noto-core and fonts-dejavu-core (scripts/install-test-system-packages).
"""

import importlib.util
import io
import re
from pathlib import Path

import pytest
import uharfbuzz
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[2]
FONTS = ROOT / "static" / "fonts"
NOTO = Path("/usr/share/fonts/truetype/noto")
ARABIC_LETTERS = "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"
TIFINAGH_LETTERS = "\u2d30-\u2d7f"


def script(name):
    """A module of scripts/, imported from its file."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def site_text():
    """The text visitors can read: the catalogues, the templates, the demo and the settings
    (the languages' own names)."""
    paths = [
        *(ROOT / "locale").glob("*/LC_MESSAGES/*.po"),
        *(ROOT / "templates").rglob("*.html"),
        *(ROOT / "demo").glob("*.py"),
        *(ROOT / "cms").rglob("*.py"),
    ]
    return "\n".join(path.read_text(encoding="utf-8") for path in paths)


def shaper(path):
    font = TTFont(path)
    font.flavor = None
    data = io.BytesIO()
    font.save(data)
    return uharfbuzz.Font(uharfbuzz.Face(data.getvalue()))


def shape(font, word):
    """Glyph advances and offsets of a word, as a browser draws it."""
    buffer = uharfbuzz.Buffer()
    buffer.add_str(word)
    buffer.guess_segment_properties()
    uharfbuzz.shape(font, buffer, {})
    return [(p.x_advance, p.x_offset, p.y_offset) for p in buffer.glyph_positions]


@pytest.mark.parametrize(
    ("subset", "letters"),
    [
        ("arabic.woff2", ARABIC_LETTERS),
        ("arabic-bold.woff2", ARABIC_LETTERS),
        ("tifinagh.woff2", TIFINAGH_LETTERS),
    ],
)
def test_the_subsets_hold_every_letter_the_site_writes(subset, letters):
    written = {ord(letter) for letter in re.findall(f"[{letters}]", site_text())}
    assert written, letters
    missing = written - set(TTFont(FONTS / subset).getBestCmap())
    assert not missing, [f"U+{point:04X}" for point in sorted(missing)]


def test_the_brand_and_the_language_name_are_in_the_small_tifinagh_subset():
    written = (ROOT / "templates" / "base.html").read_text() + (
        ROOT / "cms" / "settings.py"
    ).read_text()
    names = {ord(letter) for letter in re.findall(r"ⵜⵉⵡⵉⵣⵉ|ⵜⴰⵎⴰⵣⵉⵖⵜ", written) for letter in letter}
    assert names == {ord(letter) for letter in "ⵜⵉⵡⵣⴰⵎⵖ"}
    assert names <= set(TTFont(FONTS / "tifinagh-names.woff2").getBestCmap())


@pytest.mark.parametrize(
    ("subset", "full"),
    [
        ("arabic.woff2", "NotoNaskhArabic-Regular.ttf"),
        ("arabic-bold.woff2", "NotoNaskhArabic-Bold.ttf"),
    ],
)
def test_the_arabic_subsets_join_every_word_of_the_site_as_the_full_font_does(subset, full):
    words = set(re.findall(f"[{ARABIC_LETTERS}]+", site_text()))
    assert len(words) > 1000
    cut, whole = shaper(FONTS / subset), shaper(NOTO / full)
    differ = [word for word in words if shape(cut, word) != shape(whole, word)]
    assert not differ


def test_the_arabic_subset_is_cut_to_what_the_site_needs():
    regular, bold = (
        (FONTS / "arabic.woff2").stat().st_size,
        (FONTS / "arabic-bold.woff2").stat().st_size,
    )
    assert regular + bold < 30 * 1024
    # The initial, medial and final forms and the lam-alef ligature came along with the letters.
    features = {
        record.FeatureTag
        for record in TTFont(FONTS / "arabic.woff2")["GSUB"].table.FeatureList.FeatureRecord
    }
    assert {"init", "medi", "fina", "rlig"} <= features


def test_the_subset_script_makes_the_committed_fonts_again(tmp_path):
    sizes = script("subset_fonts").make(NOTO, tmp_path)
    assert set(sizes) == {path.name for path in FONTS.glob("*.woff2")}
    for name in sizes:
        assert (tmp_path / name).read_bytes() == (FONTS / name).read_bytes(), name
    assert "SIL Open Font License" in (FONTS / "LICENSE-noto.txt").read_text()


def test_the_stylesheet_carries_the_fallbacks_the_script_computes():
    """Within half a point: new words in the catalogues move the measured widths a little, which
    no visitor would see; a change of font or fallback moves them more."""
    fallbacks = script("font_fallbacks")
    css = (ROOT / "static" / "css" / "site.css").read_text(encoding="utf-8")
    expected = fallbacks.replace_block(css, fallbacks.font_css())
    number = re.compile(r"(\d+\.\d+)%")
    assert number.sub("N%", expected) == number.sub("N%", css)
    for computed, written in zip(number.findall(expected), number.findall(css), strict=True):
        assert abs(float(computed) - float(written)) <= 0.5, (computed, written)


def test_an_arabic_or_tamazight_page_preloads_its_fonts_and_no_other_page_does(client, public_site):
    def preloaded(path):
        html = client.get(path).content.decode()
        return re.findall(
            r'<link rel="preload" href="/static/fonts/([a-z-]+)\.woff2" as="font" type="font/woff2" crossorigin>',
            html,
        )

    assert preloaded("/ar/") == ["arabic", "arabic-bold"]
    assert preloaded("/zgh/") == ["tifinagh"]
    assert preloaded("/fr/") == []
    assert preloaded("/en/") == []
