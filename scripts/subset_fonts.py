"""Regenerate the self-hosted font subsets in static/fonts/ from Debian's fonts-noto-core.

Latin text uses the visitor's system font, so only the scripts a cheap phone may lack are shipped,
each cut to what Arabic and Tamazight as written on this site need and loaded by `unicode-range`:

- arabic.woff2, arabic-bold.woff2: Noto Naskh Arabic, the letters of Arabic and of Moroccan names
  (ڤ ڭ گ پ چ ژ), the vowel marks, Arabic digits and punctuation, and the joiners. The shaping
  features (initial, medial, final forms, the lam-alef ligature, mark positioning) are kept, so the
  joined forms come along with the letters.
- tifinagh.woff2: Noto Sans Tifinagh, the Tifinagh block.
- tifinagh-names.woff2: only the letters of the brand (ⵜⵉⵡⵉⵣⵉ) and of the language's name in the
  switcher (ⵜⴰⵎⴰⵣⵉⵖⵜ), which every page shows; a page in another language uses the system's
  Tifinagh font for them and downloads this one only where the system has none.

The output is reproducible: the same sources (checked by hash: Debian 12's fonts-noto-core
20201225-1) and the fontTools and brotli of pyproject.toml's test extra give the same bytes, which
tests/home/test_fonts.py checks. Usage: .venv/bin/python scripts/subset_fonts.py [--source DIR]
[--output DIR]; --source may also be a folder holding earlier Noto .ttf files of the same names.
"""

import argparse
import hashlib
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
NOTO = Path("/usr/share/fonts/truetype/noto")
OUT = ROOT / "static" / "fonts"

ARABIC = ",".join(
    [
        "U+060C",  # comma
        "U+061B",  # semicolon
        "U+061F",  # question mark
        "U+0621-063A",  # hamza to ghain
        "U+0640-0655",  # tatweel, feh to yeh, vowel marks, shadda, sukun, madda and hamza marks
        "U+0660-066C",  # Arabic-Indic digits, percent sign, decimal and thousands separators
        "U+0670",  # superscript alef
        "U+067E,U+0686,U+0698,U+06A4,U+06A8,U+06AD,U+06AF,U+0763",  # پ چ ژ ڤ ڨ ڭ گ ݣ
        "U+200C-200F",  # zero-width non-joiner and joiner, direction marks
    ]
)
TIFINAGH = "U+2D30-2D7F"
# The Tifinagh every page shows: the brand (templates/base.html) and the name of the language in
# the switcher (cms/settings.py).
TIFINAGH_NAMES = "ⵜⵉⵡⵉⵣⵉ ⵜⴰⵎⴰⵣⵉⵖⵜ"

# target: (source file, its SHA-256 in fonts-noto-core 20201225-1, what to keep).
FONTS = {
    "arabic.woff2": (
        "NotoNaskhArabic-Regular.ttf",
        "8c67eaa2f0086872628fc3f7f760386f83c8be5c5e9a1ba3a38891237b2ac7cb",
        f"--unicodes={ARABIC}",
    ),
    "arabic-bold.woff2": (
        "NotoNaskhArabic-Bold.ttf",
        "b5cbcb561b4b540ff11d7b6934577dbbbbb9e1d152d47f6f31f19176d58ff39c",
        f"--unicodes={ARABIC}",
    ),
    "tifinagh.woff2": (
        "NotoSansTifinagh-Regular.ttf",
        "176233c9dd5649184f3206680debc1a50b411a9229049e0b5d212776af1e2034",
        f"--unicodes={TIFINAGH}",
    ),
    "tifinagh-names.woff2": (
        "NotoSansTifinagh-Regular.ttf",
        "176233c9dd5649184f3206680debc1a50b411a9229049e0b5d212776af1e2034",
        f"--text={TIFINAGH_NAMES.replace(' ', '')}",
    ),
}
# fontTools' default layout features are kept: every one a browser applies by itself, Arabic
# shaping included (init, medi, fina, isol, rlig, ccmp, mark, mkmk, curs, calt, liga, kern, locl).
OPTIONS = [
    "--flavor=woff2",
    "--no-hinting",
    "--desubroutinize",
    "--no-notdef-outline",
]


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make(source_dir, out_dir, only=None):
    """Write the subsets into out_dir; return {target: size in bytes}."""
    out_dir.mkdir(parents=True, exist_ok=True)
    sizes = {}
    for target, (source, digest, keep) in FONTS.items():
        if only and target not in only:
            continue
        path = source_dir / source
        if sha256(path) != digest:
            print(f"{source}: not the file of fonts-noto-core 20201225-1; the output will differ")
        subset.main([str(path), keep, *OPTIONS, f"--output-file={out_dir / target}"])
        sizes[target] = (out_dir / target).stat().st_size
    return sizes


def covered(path):
    """The code points a font file maps."""
    return set(TTFont(path).getBestCmap())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=NOTO)
    parser.add_argument("--output", type=Path, default=OUT)
    args = parser.parse_args()
    for target, size in make(args.source, args.output).items():
        print(f"{target}: {size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
