"""The language check (tests/language_check.py) finds what a reader meets in the wrong script or
language, and stays quiet on what the rules let through: names, numbers, addresses, acronyms, and
passages marked with their own `lang`."""

import pytest

from tests.language_check import language_findings, runs_from_html

pytestmark = pytest.mark.database_independent


def findings(html):
    language, runs = runs_from_html(html)
    return [(finding.declared, finding.found) for finding in language_findings(runs, language)]


def page(lang, body, title="Tiwizi"):
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><title>{title}</title></head>'
        f"<body>{body}</body></html>"
    )


def test_french_dates_and_errors_on_a_tamazight_page_are_found():
    assert findings(page("zgh", "<p>ⴰⵙⴰⵎⴰⵙ juil. 14, 2019, 8:30 matin</p>")) == [("zgh", "Latin")]
    assert findings(
        page("zgh", '<ul class="errorlist"><li>Ce champ est obligatoire.</li></ul>')
    ) == [("zgh", "Latin (French)")]


def test_each_script_is_found_where_another_is_expected():
    assert findings(page("fr", "<p>ⴰⵙⴰⵎⴰⵙ</p>")) == [("fr", "Tifinagh")]
    assert findings(page("ar", "<p>ⴰⵙⴰⵎⴰⵙ</p>")) == [("ar", "Tifinagh")]
    assert findings(page("zgh", "<p>الأحد</p>")) == [("zgh", "Arabic")]
    assert findings(page("en", "<p>الأحد</p>")) == [("en", "Arabic")]


def test_english_on_a_french_page_and_french_on_an_english_page_are_found():
    assert findings(page("fr", "<p>Please correct the following and send the form again</p>")) == [
        ("fr", "English")
    ]
    assert findings(page("en", "<p>Réunion de lancement avec la commune</p>")) == [("en", "French")]


def test_a_passage_marked_with_its_own_lang_is_not_a_finding():
    body = (
        '<p>ⵜⴰⵙⵏⴰ ⴰⴷ <span lang="fr">Centre d\'écoute de la commune</span></p>'
        '<blockquote lang="en">The minutes of the forum, as the group wrote them.</blockquote>'
        '<a href="/ar/" lang="ar">العربية</a>'
    )
    assert findings(page("zgh", body)) == []


def test_a_passage_marked_with_the_wrong_lang_is_a_finding():
    assert findings(page("zgh", '<p lang="en">Compte rendu du forum des jeunes</p>')) == [
        ("en", "French")
    ]


def test_names_numbers_addresses_acronyms_and_extensions_are_not_findings():
    body = (
        "<p>ⴰⵙⵖⵓⵏ ⵏ YouTube ⵏⵖ Vimeo.</p>"
        "<p>ⵙⵙⵏⴷ ⵅⴼ Esc ⵙⵏⴰⵜ ⵜⵉⵔⵎⵉⵜⵉⵏ.</p>"
        "<p>PDF, JPEG ⵏⵖ PNG, 5 MB. 12\xa0500,5 MAD</p>"
        "<p>ABCDE-23456 · https://belfaa.ma/zgh/ · contact@belfaa.ma · belfaa.ma</p>"
        "<p>ⵣⵎⵎⵎ ⴳ ⵜⵎⵙⴰⵔⵉⵏ (.ics) · RSS · Atom</p>"
    )
    assert findings(page("zgh", body)) == []
    assert findings(page("ar", "<p>PDF أو JPEG أو PNG، بحجم أقصاه 5 ميغابايت.</p>")) == []


def test_text_marked_as_not_to_translate_is_not_a_finding():
    assert findings(page("ar", '<p><span translate="no">Tafoukt</span> جمعية</p>')) == []


def test_a_french_sentence_with_one_english_word_is_french():
    assert (
        findings(page("fr", "<p>Le forum des jeunes a lieu à la maison de la création.</p>")) == []
    )
    assert findings(page("fr", "<p>Le tracking de la page et le design du site</p>")) == []
    assert findings(page("en", "<p>The Maison de la création hosts the forum.</p>")) == []


def test_alt_text_and_labels_are_read_too():
    body = '<img src="x.png" alt="Illustration : un champ de figuiers"><nav aria-label="ⵜⵓⵜⵍⴰⵢⵜ"></nav>'
    assert findings(page("zgh", body)) == [("zgh", "Latin (French)")]


def test_hidden_text_and_scripts_are_not_read():
    body = '<p hidden>Ce champ est obligatoire.</p><script>const label = "Suivant";</script>'
    assert findings(page("zgh", body)) == []


def test_inline_elements_are_read_as_one_sentence():
    # Two English words split by a link still make English.
    body = '<p>Le <a href="#">forum</a> <em>of the</em> <strong>youth</strong> group</p>'
    language, runs = runs_from_html(page("fr", body))
    assert [" ".join(run.text.split()) for run in runs if run.where == "p"] == [
        "Le forum of the youth group"
    ]
    assert findings(page("fr", body)) == [("fr", "English")]


def test_the_page_title_is_read_in_the_page_language():
    assert findings(page("ar", "<p>مرحبا</p>", title="مرحبا · Tiwizi")) == []
    assert findings(page("ar", "<p>مرحبا</p>", title="Recherche · Tiwizi")) == [("ar", "Latin")]


def test_a_code_with_digits_is_never_read_as_french():
    from tests.language_check import Run, language_findings

    assert not language_findings([Run("ZT66D-C3B2B D3L4E", "en", "p")], "en")
