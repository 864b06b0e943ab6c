"""The rate limits' table is dumped with the database but is not data: its counts come and go
with each request, and a server restoring an archive made before the table existed has one that
the archive lacks. Counting it would make such a restore fail its row check."""

import pytest
from django.db import connection

from ops import backup
from proposals import ratelimit

pytestmark = pytest.mark.django_db


def test_the_limits_table_is_neither_counted_nor_taken_for_data():
    assert "tiwizi_limits" in connection.introspection.table_names()
    assert ratelimit.take("submit", "198.51.100.7", 5)

    with connection.cursor() as cursor:
        counted = backup._count_rows(cursor, connection.vendor)
        with_rows = backup._tables_with_rows(cursor, connection.vendor)

    assert "tiwizi_limits" not in counted and "tiwizi_limits" not in with_rows
    assert "proposals_proposal" in counted
