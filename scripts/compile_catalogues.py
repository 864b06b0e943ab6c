"""Compile every locale/*/LC_MESSAGES/*.po to .mo with polib, so no gettext install is needed.

Fails when a catalogue has an untranslated or fuzzy entry: a visitor would otherwise meet English in
the middle of an Arabic or Tamazight page.
"""

import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent


def main():
    problems = []
    catalogues = sorted((ROOT / "locale").glob("*/LC_MESSAGES/*.po"))
    if not catalogues:
        print("No catalogue found under locale/.", file=sys.stderr)
        return 1
    for path in catalogues:
        po = polib.pofile(str(path))
        for entry in po:
            if entry.obsolete:
                continue
            if "fuzzy" in entry.flags:
                problems.append(f"{path.relative_to(ROOT)}: fuzzy entry {entry.msgid!r}")
            elif not entry.translated():
                problems.append(f"{path.relative_to(ROOT)}: untranslated {entry.msgid!r}")
        po.save_as_mofile(str(path.with_suffix(".mo")))
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    print(f"Compiled {len(catalogues)} catalogues.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
