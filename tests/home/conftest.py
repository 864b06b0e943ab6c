"""Fixtures of the public site's page tests.

The page tree: `public_site`'s French home page (`home`), with an events index (`agenda`) under it
when a test asks for one; each test builds the pages it reads with the factories. Public media go
to a folder of the test's own.
"""

import pytest

from tests import factories


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def home(public_site):
    return public_site.root_page.specific


@pytest.fixture
def agenda(home):
    return factories.EventIndexPageFactory(parent=home)
