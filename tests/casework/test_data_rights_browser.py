"""Issue 15's data rights in Chromium, in the French and the Arabic admin: the data protection
officer reaches the requests from the menu, records Malika's request for her file, finds her file
by her name and phone, downloads it in the admin's language, and the archive holds her file,
readable in that language, and her attachment."""

import io
import os
import zipfile

import pytest
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from audit.models import AuditAction, AuditEntry
from casework.models import RightsRequest
from tests.browser import sign_in
from tests.factories import (
    AttachmentFactory,
    CaseFactory,
    CaseSessionFactory,
    PersonFactory,
    ensure_casework_setup,
    ensure_site_tree,
    make_persona,
    service,
)

pytestmark = pytest.mark.browser

CERTIFICATE = b"%PDF-1.4\n% certificat medical (synthetique)\n"
# The session kind's label in each admin language, as the archive must show it.
LISTENING = {"fr": "Séance d&#x27;écoute", "ar": "جلسة استماع"}


@pytest.fixture
def malika(live_server, settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "casework": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "private"), "base_url": None},
        },
    }
    ensure_site_tree()
    ensure_casework_setup()
    owner = make_persona("cw-listening")
    case = CaseFactory(
        service=service("listening"),
        owner=owner,
        person=PersonFactory(first_name="Malika", last_name="Aït Brahim", phone="0661 22 33 44"),
    )
    CaseSessionFactory(case=case, recorded_by=owner, narrative="Premier accueil au centre.")
    AttachmentFactory(case=case, content=CERTIFICATE, file_name="certificat.pdf")
    return {"url": live_server.url, "case": case, "dpo": make_persona("dpo")}


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_dpo_records_malikas_request_and_downloads_her_file(page, malika, language):
    base, dpo, case = malika["url"], malika["dpo"], malika["case"]
    profile = UserProfile.get_for_user(dpo)
    profile.preferred_language = language
    profile.save()
    with translation.override(language):
        menu = gettext("Data rights requests")
        new = gettext("New request")
        record = gettext("Record the request")
        download = gettext("Download her file (zip)")
    assert menu != "Data rights requests"  # the catalogue has it

    sign_in(page, base, dpo)
    expect(page.locator("html")).to_have_attribute("lang", language)
    page.get_by_role("link", name=menu).first.click()
    page.get_by_role("link", name=new).click()
    page.locator("input[name=kind][value=access]").check()
    page.fill("#id_full_name", "Malika Aït Brahim")
    page.fill("#id_phone", "+212 661 22 33 44")
    page.get_by_role("button", name=record).click()
    page.wait_for_load_state()

    rights_request = RightsRequest.objects.get()
    assert page.url == f"{base}/admin/casework/rights/{rights_request.pk}/"
    assert rights_request.person == case.person
    expect(page.locator("main")).to_contain_text("Malika Aït Brahim")
    expect(page.locator("main")).to_contain_text(case.reference)
    if folder := os.environ.get("TIWIZI_SCREENSHOTS"):  # to look at the page
        page.screenshot(path=f"{folder}/data-rights-{language}.png", full_page=True)
    with page.expect_download() as waiting:
        page.get_by_role("button", name=download).click()
    archive_file = waiting.value

    assert archive_file.suggested_filename == f"tiwizi-{case.person.reference}-{language}.zip"
    archive = zipfile.ZipFile(io.BytesIO(open(archive_file.path(), "rb").read()))
    index = archive.read("index.html").decode()
    assert f'lang="{language}"' in index
    assert "Malika" in index and "Premier accueil au centre." in index
    assert LISTENING[language] in index
    assert CERTIFICATE in [archive.read(name) for name in archive.namelist()]
    rights_request.refresh_from_db()
    assert rights_request.status == "done"
    assert AuditEntry.objects.filter(action=AuditAction.EXPORT, object_id=case.person.pk).exists()
