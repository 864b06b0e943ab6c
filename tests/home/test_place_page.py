"""Place pages (home/models/pages.py): spaces, opening hours and the events held there."""

import datetime

import pytest

from tests import factories
from tests.home.helpers import fr, get, texts

pytestmark = pytest.mark.django_db


def test_place_page_shows_spaces_opening_hours_and_next_events_there(client, home, agenda):
    place = factories.PlacePageFactory(
        parent=home,
        spaces=[("space", {"name": "Studio de musique", "description": "Répétitions."})],
        opening_hours=[
            (
                "hours",
                {
                    "days": "Du lundi au vendredi",
                    "opens": datetime.time(9),
                    "closes": datetime.time(17, 30),
                },
            )
        ],
    )
    factories.EventPageFactory(parent=agenda, title="Atelier slam", place=place)
    factories.EventPageFactory(parent=agenda, title="Ailleurs")

    _response, soup = get(client, place.url)

    assert "Studio de musique" in texts(soup, "main h3")
    table = soup.select_one("main table")
    assert table.caption.get_text(strip=True) == fr("Opening hours")
    assert texts(table, "tbody tr") == ["Du lundi au vendredi 09:00 – 17:30"]
    assert table.select_one("tbody th[scope=row]")
    assert texts(soup, "main .event-card h3") == ["Atelier slam"]
