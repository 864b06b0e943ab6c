"""Suppression on tables computed by hand: what is withheld, and why nothing small can be worked out."""

import json

import pytest

from indicators.disclosure import Attacker, exposures
from indicators.suppression import SMALL, WITHHELD, ShownTable, suppress
from tests.indicators.suppression_builders import float_determined, grid_table, lp_leaks, truth

pytestmark = pytest.mark.database_independent

W, S = WITHHELD, SMALL


def cells(shown):
    return [[shown.cell(r, c) for c in shown.columns] for r in shown.rows]


def test_primary_suppression_shows_zero_and_hides_one_to_four_in_cells_and_margins():
    shown = ShownTable.primary(grid_table([[0, 1], [4, 5]]))
    assert cells(shown) == [[0, S], [S, 5]]
    assert [shown.row_total("w"), shown.row_total("m")] == [S, 9]
    assert [shown.column_total("a"), shown.column_total("b")] == [S, 6]
    assert shown.total() == 10


def test_a_two_by_two_with_one_small_cell_withholds_the_other_three_cells():
    table = grid_table([[3, 10], [12, 20]])
    assert {e.reason for e in exposures([ShownTable.primary(table)])} == {"narrowed", "determined"}

    [shown] = suppress([table])

    # Four hidden cells, margins kept: 3 + 10 = 13 lets the small cell be 1..4 (then 12..9).
    assert cells(shown) == [[S, W], [W, W]]
    assert shown.to_json()["row_totals"] == [13, 32]
    assert shown.to_json()["column_totals"] == [15, 30]
    assert shown.total() == 45
    assert exposures([shown]) == []
    assert lp_leaks([shown]) == [] and float_determined([shown]) == []


def test_a_small_row_total_is_protected_with_its_cells():
    table = grid_table([[2, 0, 1], [10, 12, 15]])
    primary = ShownTable.primary(table)
    # The grand total minus the other row gives the small row total.
    assert ("row", "w") in {e.label for e in exposures([primary]) if e.reason == "determined"}

    [shown] = suppress([table])

    assert cells(shown) == [[S, 0, S], [W, 12, W]]
    assert [shown.row_total("w"), shown.row_total("m")] == [S, W]
    assert [shown.column_total(c) for c in "abc"] == [12, 12, 16] and shown.total() == 40
    assert exposures([shown]) == []
    assert lp_leaks([shown]) == [] and float_determined([shown]) == []


def test_small_cells_adding_up_to_a_small_total_bound_each_other_whatever_is_withheld():
    # 2 + 1 = 3 "fewer than 5": anyone reads that neither is 4. The labels say it, not the numbers,
    # so the audit does not count it, and no suppression could hide it.
    [shown] = suppress([grid_table([[2, 1], [10, 20]])])
    assert shown.row_total("w") == S and cells(shown)[0] == [S, S]
    assert exposures([shown]) == []


def test_the_second_release_would_reveal_the_first_ones_hidden_cell_through_the_new_total():
    table_2022 = grid_table([[3, 10], [12, 20]])
    first = suppress([table_2022])
    table_2023 = grid_table([[6, 7], [8, 9]], 2023)
    both_years = grid_table([[9, 17], [20, 29]], 2022, 2023)

    # Shown as they are, 9 events over both years minus 6 in 2023 leaves 3 in 2022.
    primary_only = [ShownTable.primary(table_2023), ShownTable.primary(both_years)]
    found = exposures(primary_only, earlier=[first])
    assert ("cell", "w", "a") in {e.label for e in found if e.key == ("m", 2022, 2022)}

    second = suppress([table_2022, table_2023, both_years], earlier=[first])

    assert second[0] == first[0]
    assert exposures(second, earlier=[first]) == []
    assert lp_leaks(second, first) == [] and float_determined(second, first) == []


def test_distinct_persons_reveal_through_inequalities_and_are_protected_across_releases():
    first = suppress([grid_table([[3, 10], [12, 20]], persons=True)])
    table_2023 = grid_table([[0, 5], [6, 9]], 2023, persons=True)
    both_years = grid_table([[3, 12], [14, 25]], 2022, 2023, persons=True)
    # Nobody in cell (w, a) in 2023: the 2022-2023 cell counts exactly the 2022 persons, and
    # 15 - 12 = 3 in its row tells how many. Only the relations between periods say so.
    primary_only = [ShownTable.primary(table_2023), ShownTable.primary(both_years)]
    found = exposures(primary_only, earlier=[first])
    assert ("m", 2022, 2022) in {e.key for e in found}

    second = suppress([table_2023, both_years], earlier=[first])

    assert exposures(second, earlier=[first]) == []
    assert lp_leaks(second, first) == [] and float_determined(second, first) == []


def test_a_person_period_at_most_its_years_gives_a_lower_bound_that_is_then_withheld():
    first = suppress([grid_table([[3, 10], [12, 20]], persons=True)])
    table_2023 = grid_table([[6, 7], [8, 9]], 2023, persons=True)
    both_years = grid_table([[9, 15], [18, 25]], 2022, 2023, persons=True)
    # 9 persons over both years, 6 of them in 2023: at least 3 in 2022, so not 1 nor 2.
    primary_only = [ShownTable.primary(table_2023), ShownTable.primary(both_years)]
    found = exposures(primary_only, earlier=[first])
    assert {(e.label, e.value) for e in found} == {(("cell", "w", "a"), 1), (("cell", "w", "a"), 2)}
    assert {e.key for e in found} == {("m", 2022, 2022)}

    second = suppress([table_2023, both_years], earlier=[first])

    assert exposures(second, earlier=[first]) == []
    assert lp_leaks(second, first) == []


def test_a_narrower_protection_interval_asks_less():
    first = suppress([grid_table([[3, 10], [12, 20]], persons=True)])
    primary_only = [
        ShownTable.primary(grid_table([[6, 7], [8, 9]], 2023, persons=True)),
        ShownTable.primary(grid_table([[9, 15], [18, 25]], 2022, 2023, persons=True)),
    ]
    assert exposures(primary_only, earlier=[first], protection=(3, 4)) == []
    with pytest.raises(ValueError):
        exposures(primary_only, earlier=[first], protection=(0, 4))


def test_a_table_published_before_is_repeated_as_published_even_if_its_records_changed():
    first = suppress([grid_table([[3, 10], [12, 20]])])
    later_count = grid_table([[4, 10], [12, 21]])

    [again] = suppress([later_count], earlier=[first])

    assert again == first[0]


def test_the_same_table_published_twice_with_different_figures_is_refused():
    one = ShownTable.primary(grid_table([[5, 10], [12, 20]]))
    other = ShownTable.primary(grid_table([[6, 10], [12, 20]]))
    with pytest.raises(ValueError):
        exposures([other], earlier=[one])


def test_a_shown_table_survives_a_json_field():
    [shown] = suppress(
        [grid_table([[3, 10], [12, 20]], rows=("women", "men"), columns=("0-17", "18+"))]
    )
    frozen = json.loads(json.dumps(shown.to_json()))
    assert ShownTable.from_json(frozen) == shown
    assert frozen["cells"] == [["small", "withheld"], ["withheld", "withheld"]]


def test_a_shown_table_refuses_a_small_number():
    figures = dict(ShownTable.primary(grid_table([[5, 10], [12, 20]])).figures)
    figures[("cell", "w", "a")] = 3
    with pytest.raises(ValueError):
        ShownTable("m", 2022, 2022, ("w", "m"), ("a", "b"), figures, False)


def test_the_attacker_holds_person_counts_to_inequalities_and_events_to_sums():
    # 2022: persons 1 and 2 in (w, a); 2023: person 1 again, now in (m, a). Over 2022-2023 each
    # counts once, by her first record: 2 in (w, a), where events would give 2 and 1.
    def publication(persons):
        grids = [
            ([[2, 0], [0, 0]], 2022, 2022),
            ([[0, 0], [1, 0]], 2023, 2023),
            ([[2, 0], [0, 0]], 2022, 2023),
        ]
        tables = [grid_table(g, a, b, persons=persons) for g, a, b in grids]
        attacker = Attacker([ShownTable.primary(t) for t in tables])
        return attacker, truth(attacker, tables)

    attacker, true = publication(persons=True)
    assert attacker.holds(true)
    attacker, true = publication(persons=False)
    assert not attacker.holds(true)
