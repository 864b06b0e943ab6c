"""Standard pages (home/models/pages.py). The blocks of their body: test_blocks.py."""

import pytest

from tests import factories
from tests.home.helpers import get, texts

pytestmark = pytest.mark.django_db


def test_standard_page_lists_its_children(client, home):
    services = factories.StandardPageFactory(parent=home, title="Services")
    factories.ServicePageFactory(parent=services, title="Centre d'écoute")
    factories.ServicePageFactory(parent=services, title="Centre de jour", live=False)

    _response, soup = get(client, services.url)

    assert texts(soup, "main .cards h3") == ["Centre d'écoute"]
