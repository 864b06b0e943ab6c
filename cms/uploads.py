"""Uploads that a browser could run: a check shared by every form that takes a file.

A file can be a valid PDF, JPEG or PNG to a type sniffer (which reads its first bytes) and an
HTML page at the same time: `%PDF-1.4` followed by `<html><script>…`. Served by mistake without
`Content-Disposition: attachment` or `nosniff` (a proxy, a storage bucket, an old browser), it
runs in the site's origin. Scanned files, photos and exported PDFs never hold these tags as
plain text (their streams are compressed), so such a file is refused, not cleaned.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Read in blocks, with an overlap so a tag cut by a block boundary is still seen.
_BLOCK = 64 * 1024
_OVERLAP = 16
_MARKUP = re.compile(
    rb"<\s*(?:html|script|svg|body|iframe|object|embed|!doctype)[\s>/]", re.IGNORECASE
)


def holds_web_page(upload):
    """Whether `upload` (a Django UploadedFile) holds HTML, script or SVG markup anywhere."""
    tail = b""
    upload.seek(0)
    try:
        for block in iter(lambda: upload.read(_BLOCK), b""):
            if _MARKUP.search(tail + block):
                return True
            tail = block[-_OVERLAP:]
    finally:
        upload.seek(0)
    return False


def refuse_web_page(upload):
    """Raise the refusal every file field gives when `upload` holds a web page."""
    if holds_web_page(upload):
        raise ValidationError(
            _(
                "This file contains web page code (HTML or script), which we do not accept: "
                "save it again as a plain PDF, JPEG or PNG."
            ),
            code="web_page",
        )
