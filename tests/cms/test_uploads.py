"""cms/uploads.py: a PDF or image holding a web page is recognised wherever the page sits."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from cms.uploads import _BLOCK, holds_web_page, refuse_web_page

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
# What a real exported PDF carries as plain text: XMP metadata, not HTML.
XMP = b'<?xpacket begin="" id="W5M0"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF></rdf:RDF>'


def upload(content):
    return SimpleUploadedFile("plan.pdf", content, "application/pdf")


def test_a_plain_pdf_with_metadata_holds_no_web_page():
    assert not holds_web_page(upload(PDF + XMP))


def test_a_script_or_svg_anywhere_in_the_file_is_found():
    for tag in (b"<script>", b"<SCRIPT src=x>", b"<html>", b"<svg/onload=x>", b"<!DOCTYPE html>"):
        assert holds_web_page(upload(PDF + b"0" * 100_000 + tag)), tag


def test_a_tag_cut_by_the_block_boundary_is_found():
    content = PDF + b"0" * (_BLOCK - len(PDF) - 3) + b"<script>"
    assert content[_BLOCK - 3 : _BLOCK] == b"<sc"
    assert holds_web_page(upload(content))


def test_the_file_is_read_again_from_its_start_afterwards():
    file = upload(PDF)
    holds_web_page(file)
    assert file.read(5) == b"%PDF-"


def test_a_plain_pdf_is_not_refused():
    refuse_web_page(upload(PDF + XMP))


def test_a_pdf_holding_a_web_page_is_refused_in_the_users_language():
    with translation.override("fr"):
        with pytest.raises(ValidationError) as refused:
            refuse_web_page(upload(PDF + b"<script>alert(1)</script>"))

        assert refused.value.code == "web_page"
        assert refused.value.messages == [
            "Ce fichier contient du code de page web (HTML ou script), que nous n’acceptons "
            "pas : enregistrez-le à nouveau en simple PDF, JPEG ou PNG."
        ]
