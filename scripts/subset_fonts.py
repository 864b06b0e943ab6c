"""Regenerate the self-hosted font subsets in static/fonts/ from Debian's fonts-noto-core.

Run by hand when the subsets need other glyphs (it needs `pip install fonttools brotli`); the
committed .woff2 files are what the site serves. Latin text uses the visitor's system font, so only
the scripts a cheap phone may lack are shipped, each loaded by unicode-range only when a page uses it.
"""

import sys
from pathlib import Path

from fontTools import subset

NOTO = Path("/usr/share/fonts/truetype/noto")
OUT = Path(__file__).resolve().parent.parent / "static" / "fonts"

FONTS = {
    # Tifinagh block plus the punctuation Tamazight text uses.
    "tifinagh.woff2": (
        "NotoSansTifinagh-Regular.ttf",
        "U+2D30-2D7F,U+0020-0040,U+00A0,U+00AB,U+00BB,U+2010-2027",
    ),
    # Arabic letters, Arabic punctuation and digits, and presentation forms used in shaping.
    "arabic.woff2": (
        "NotoNaskhArabic-Regular.ttf",
        "U+0600-06FF,U+0750-077F,U+200C-200F,U+FB50-FDFF,U+FE70-FEFF,U+0020-0040,U+00A0",
    ),
    "arabic-bold.woff2": (
        "NotoNaskhArabic-Bold.ttf",
        "U+0600-06FF,U+0750-077F,U+200C-200F,U+FB50-FDFF,U+FE70-FEFF,U+0020-0040,U+00A0",
    ),
}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for target, (source, unicodes) in FONTS.items():
        subset.main(
            [
                str(NOTO / source),
                f"--unicodes={unicodes}",
                "--flavor=woff2",
                "--layout-features=*",
                "--no-hinting",
                "--desubroutinize",
                f"--output-file={OUT / target}",
            ]
        )
        print(f"{target}: {(OUT / target).stat().st_size} bytes")


if __name__ == "__main__":
    sys.exit(main())
