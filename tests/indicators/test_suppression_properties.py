"""Property: over random records and two releases, nothing published, alone or with an earlier
release, tells a count of 1-4 more than its labels do; and the check itself catches leaks."""

import pytest
from hypothesis import HealthCheck, Phase, event, find, given, settings
from hypothesis import strategies as st

from indicators.disclosure import Attacker, exposures
from indicators.suppression import ShownTable, suppress
from tests.indicators.suppression_builders import (
    float_determined,
    lp_leaks,
    records_table,
    truth,
    unfounded_excuses,
)

pytestmark = pytest.mark.database_independent

FIRST_RELEASE = [(2022, 2022), (2023, 2023), (2024, 2024), (2022, 2024)]
SECOND_RELEASE = [*FIRST_RELEASE, (2025, 2025), (2022, 2025)]


@st.composite
def record_sets(draw, persons=None):
    """Records of a few persons over 2022-2025 in a small table: cells mostly 0-6."""
    rows = ("women", "men")[: draw(st.integers(1, 2))]
    columns = ("0-17", "18-25", "26+")[: draw(st.integers(1, 3))]
    record = st.tuples(
        st.integers(0, 14),
        st.integers(2022, 2025),
        st.integers(0, len(rows) - 1),
        st.integers(0, len(columns) - 1),
    )
    records = draw(st.lists(record, min_size=8, max_size=40))
    return records, rows, columns, draw(st.booleans()) if persons is None else persons


def releases(example, secondary=True):
    records, rows, columns, persons = example
    tables = {
        period: records_table(records, *period, rows, columns, persons) for period in SECOND_RELEASE
    }
    if not secondary:
        primary = [ShownTable.primary(tables[period]) for period in SECOND_RELEASE]
        return tables, primary[:4], primary
    first = suppress([tables[period] for period in FIRST_RELEASE])
    second = suppress([tables[period] for period in SECOND_RELEASE], earlier=[first])
    return tables, first, second


@pytest.mark.parametrize("persons", [True, False], ids=["distinct persons", "events"])
@settings(
    max_examples=20,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(data=st.data())
def test_no_release_sequence_tells_more_about_a_small_count_than_its_labels(persons, data):
    example = data.draw(record_sets(persons=persons))
    tables, first, second = releases(example)

    hidden = [v for s in second for v in s.figures.values() if v in ("small", "withheld")]
    small, withheld = hidden.count("small"), hidden.count("withheld")
    event(f"small figures: {'none' if not small else '1-9' if small < 10 else '10 or more'}")
    event(f"withheld figures: {'none' if not withheld else '1-4' if withheld < 5 else '5 or more'}")

    # The repeated tables are the first release's, figure for figure.
    assert second[:4] == first
    # The attacker's relations hold on the true counts: she assumes nothing false.
    attacker = Attacker(second, earlier=first)
    assert attacker.holds(truth(attacker, tables.values()))
    for release, before in ((first, []), (second, first)):
        # The module's exact audit, and the same statement checked apart: linear-programming
        # bounds, a floating-point rank, and every value excused as ruled out by the labels.
        assert exposures(release, earlier=before) == []
        assert lp_leaks(release, before) == []
        assert float_determined(release, before) == []
        assert unfounded_excuses(release, before) == []


def test_the_check_finds_leaks_when_only_small_figures_are_hidden():
    def leaks(example):
        _, first, second = releases(example, secondary=False)
        return exposures(second, earlier=first) != [] and lp_leaks(second, first) != []

    # No shrinking: any example will do, and each costs a whole audit.
    quick = settings(
        max_examples=100, deadline=None, database=None, derandomize=True, phases=[Phase.generate]
    )
    example = find(record_sets(), leaks, settings=quick)
    assert leaks(example)
