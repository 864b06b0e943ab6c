"""The partners page (home/models/pages.py)."""

import pytest

from home.blocks import PartnerKind
from tests import factories
from tests.home.helpers import fr, get, texts

pytestmark = pytest.mark.django_db


def test_partners_are_grouped_by_kind_under_headings(client, home):
    page = factories.PartnersPageFactory(
        parent=home,
        partners=[
            (
                "partner",
                {
                    "name": "Commune de Jette",
                    "kind": "twin_commune",
                    "country": "Belgique",
                    "url": "https://www.jette.be",
                },
            ),
            ("partner", {"name": "Association Tiwizi", "kind": "local_association"}),
            ("partner", {"name": "Association Amal", "kind": "local_association"}),
        ],
    )

    _response, soup = get(client, page.url)

    groups = soup.select("main section.partner-group")
    assert [(texts(g, "h2")[0], texts(g, "h3")) for g in groups] == [
        (fr(PartnerKind.LOCAL_ASSOCIATION.label), ["Association Tiwizi", "Association Amal"]),
        (fr(PartnerKind.TWIN_COMMUNE.label), ["Commune de Jette"]),
    ]
    assert groups[1].select_one("a[href='https://www.jette.be']")
