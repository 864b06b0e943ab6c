"""A youth group sends a proposal through the public form, in its language."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from proposals.models import Proposal, ProposalAttachment

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00"
    b"\x00\x00IEND\xaeB`\x82"
)


def form_data(**overrides):
    data = {
        "group_name": "Shabab Belfaa",
        "female_under_15": "0",
        "male_under_15": "0",
        "female_15_17": "0",
        "male_15_17": "0",
        "female_18_24": "4",
        "male_18_24": "3",
        "female_25_35": "0",
        "male_25_35": "1",
        "contact_name": "Youssra Synthétique",
        "contact_phone": "",
        "contact_email": "shabab@example.test",
        "guardian_consent_name": "",
        "guardian_consent_method": "",
        "title": "Un terrain de sport pour le douar",
        "summary": "Aménager un terrain de sport.",
        "description": "Nettoyer, niveler, poser deux buts.",
        "theme": "sport",
        "target_publics": "Les jeunes du douar",
        "estimated_budget": "15000",
        "needs": "Un camion pour une journée",
        "website": "",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize("language", ["fr", "ar", "zgh", "en"])
def test_the_form_opens_in_every_language_with_every_field_labelled(client, language):
    response = client.get(f"/{language}/propositions/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'lang="{language}"' in html
    for name in ("group_name", "contact_email", "title", "estimated_budget", "attachment_1"):
        assert f'<label for="id_{name}">' in html


def test_a_group_submits_in_arabic_and_gets_its_tracking_code_on_screen_and_by_email(
    client, django_capture_on_commit_callbacks
):
    upload = SimpleUploadedFile("plan.pdf", PDF, content_type="application/pdf")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/ar/propositions/", {**form_data(), "attachment_1": upload})
    assert response.status_code == 302
    proposal = Proposal.objects.get()
    assert proposal.language == "ar" and proposal.status == "submitted"
    page = client.get(response["Location"])
    assert proposal.display_code in page.content.decode()
    assert 'dir="rtl"' in page.content.decode()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["shabab@example.test"]
    assert proposal.display_code in mail.outbox[0].body
    attachment = ProposalAttachment.objects.get()
    assert (attachment.original_name, attachment.content_type) == ("plan.pdf", "application/pdf")
    assert attachment.file.name.startswith("proposals/") and "plan" not in attachment.file.name


def test_errors_name_each_field_keep_what_was_typed_and_ask_for_the_files_again(client):
    upload = SimpleUploadedFile("photo.png", PNG, content_type="image/png")
    response = client.post(
        "/en/propositions/",
        {**form_data(title="", contact_email="", contact_phone=""), "attachment_1": upload},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="error-summary"' in html
    assert 'href="#id_title"' in html
    assert "Give a phone number or an e-mail address, or both." in html
    assert 'value="Shabab Belfaa"' in html
    assert "Nettoyer, niveler, poser deux buts." in html
    assert "please choose your files again" in html
    assert not Proposal.objects.exists()


def test_a_group_with_minors_and_no_guardian_consent_is_refused_and_nothing_is_kept(client):
    response = client.post("/en/propositions/", form_data(male_15_17="2"))
    assert response.status_code == 400
    assert "give the name of the parent or guardian who agreed" in response.content.decode()
    assert not Proposal.objects.exists()


def test_a_group_with_minors_and_a_guardians_consent_is_accepted(client):
    data = form_data(
        male_15_17="2", guardian_consent_name="Fatima Synthétique", guardian_consent_method="phone"
    )
    assert client.post("/en/propositions/", data).status_code == 302
    assert Proposal.objects.get().guardian_consent_name == "Fatima Synthétique"


def test_a_text_file_named_like_an_image_is_refused(client):
    upload = SimpleUploadedFile("photo.png", b"not really an image " * 20, content_type="image/png")
    response = client.post("/en/propositions/", {**form_data(), "attachment_2": upload})
    assert response.status_code == 400
    assert "Only PDF, JPEG and PNG files are accepted" in response.content.decode()
    assert not Proposal.objects.exists() and not ProposalAttachment.objects.exists()


def test_a_file_over_5_mb_is_refused(client):
    big = SimpleUploadedFile("big.pdf", PDF + b"0" * (5 * 1024 * 1024), "application/pdf")
    response = client.post("/en/propositions/", {**form_data(), "attachment_1": big})
    assert response.status_code == 400
    assert "larger than 5 MB" in response.content.decode()
    assert not Proposal.objects.exists()


def test_a_filled_honeypot_is_refused_without_saying_why_and_creates_nothing(client):
    response = client.post("/en/propositions/", form_data(website="http://spam.example"))
    assert response.status_code == 400
    assert "could not be accepted" in response.content.decode()
    assert not Proposal.objects.exists()
    assert len(mail.outbox) == 0


def test_the_honeypot_is_hidden_from_people_and_screen_readers(client):
    html = client.get("/en/propositions/").content.decode()
    before, _sep, after = html.partition('name="website"')
    assert before.rsplit("<div", 1)[1].startswith(" hidden>")
    assert 'tabindex="-1"' in after.split(">", 1)[0]


def test_a_sixth_proposal_in_an_hour_from_one_address_gets_a_friendly_message(client, settings):
    settings.PROPOSALS_SUBMISSIONS_PER_HOUR = 5
    for n in range(5):
        assert client.post("/en/propositions/", form_data(title=f"Projet {n}")).status_code == 302
    response = client.post("/en/propositions/", form_data(title="Projet de trop"))
    assert response.status_code == 429
    html = response.content.decode()
    assert "Please wait an hour" in html and 'value="Projet de trop"' in html
    assert Proposal.objects.count() == 5


def test_the_limit_counts_the_client_behind_the_reverse_proxy_not_the_proxy(client, settings):
    settings.PROPOSALS_SUBMISSIONS_PER_HOUR = 1
    settings.REVERSE_PROXY_COUNT = 1
    first = client.post("/en/propositions/", form_data(), HTTP_X_FORWARDED_FOR="198.51.100.7")
    second = client.post("/en/propositions/", form_data(), HTTP_X_FORWARDED_FOR="203.0.113.9")
    again = client.post("/en/propositions/", form_data(), HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert (first.status_code, second.status_code, again.status_code) == (302, 302, 429)


class FailingEmailBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        import smtplib

        raise smtplib.SMTPServerDisconnected("mail server down")


def test_a_failing_mail_server_never_loses_the_proposal(
    client, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = f"{__name__}.FailingEmailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/propositions/", form_data())
    assert response.status_code == 302
    assert Proposal.objects.count() == 1


def test_a_png_image_named_like_a_pdf_is_refused_and_nothing_is_kept(client):
    upload = SimpleUploadedFile("budget.pdf", PNG, content_type="application/pdf")
    response = client.post("/en/propositions/", {**form_data(), "attachment_1": upload})
    assert response.status_code == 400
    html = response.content.decode()
    assert "named like a .pdf file but it is a PNG file" in html
    assert 'href="#id_attachment_1"' in html
    assert not Proposal.objects.exists() and not ProposalAttachment.objects.exists()


def test_a_program_named_like_a_pdf_is_refused_and_nothing_is_kept(client):
    exe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48
    exe += b"PE\x00\x00" + b"\x00" * 200
    upload = SimpleUploadedFile("projet.pdf", exe, content_type="application/pdf")
    response = client.post("/en/propositions/", {**form_data(), "attachment_1": upload})
    assert response.status_code == 400
    assert "Only PDF, JPEG and PNG files are accepted" in response.content.decode()
    assert not Proposal.objects.exists() and not ProposalAttachment.objects.exists()


def test_a_jpeg_photo_from_a_phone_is_accepted(client):
    jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 64
    upload = SimpleUploadedFile("IMG_2041.JPG", jpeg, content_type="image/jpeg")
    response = client.post("/en/propositions/", {**form_data(), "attachment_1": upload})
    assert response.status_code == 302
    assert ProposalAttachment.objects.get().content_type == "image/jpeg"
