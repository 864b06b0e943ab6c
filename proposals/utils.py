"""Pure helpers of the youth proposals: tracking codes and text direction. No
database."""

import secrets

from django.conf import settings

# No 0/O, 1/I/L: a code read aloud over the phone or copied from paper cannot be mistyped into
# another valid one by those confusions. 31 symbols ** 10 is about 8 * 10**14 codes.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 10


def new_tracking_code():
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalize_code(text):
    """The code as stored, from what a person typed: case, spaces and dashes do not matter."""
    return "".join(ch for ch in (text or "").upper() if ch.isalnum())[:40]


def format_code(code):
    """Shown in two groups of five, easier to read out and type: ABCDE-FGHJK."""
    return f"{code[:5]}-{code[5:]}" if len(code) == CODE_LENGTH else code


def text_direction(language):
    """The direction `language` is written in: rtl for those in settings.LANGUAGES_BIDI
    (Arabic), else ltr."""
    return "rtl" if language.split("-")[0] in settings.LANGUAGES_BIDI else "ltr"
