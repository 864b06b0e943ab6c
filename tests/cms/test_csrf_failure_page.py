"""A form sent without its CSRF cookie (cookies refused, a page kept open from another session)
is refused with a page in the visitor's language and the site's frame, not Django's English one."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("code", ["fr", "ar", "zgh", "en"])
def test_a_proposal_sent_without_its_cookie_is_refused_in_the_visitors_language(public_site, code):
    client = Client(enforce_csrf_checks=True)
    response = client.post(f"/{code}/propositions/", {"group_name": "Shabab"})
    html = response.content.decode()
    assert response.status_code == 403
    assert f'<html lang="{code}"' in html
    assert "CSRF verification failed" not in html
    assert f'<a href="/{code}/">' in html
    assert "<main" in html
