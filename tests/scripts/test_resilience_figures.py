"""The arithmetic of `make resilience` (tests/acceptance/resilience/figures.py): what counts as an
error outside a fault, and how long a recovery took."""

import json

from tests.acceptance.resilience import figures


def request(start, end, ok=True):
    return {"start": start, "end": end, "ok": ok}


def test_recovery_is_the_first_success_among_requests_sent_after_the_fault_ended():
    requests = [
        request(99.0, 103.0),  # sent before the end: says nothing about recovery
        request(101.0, 101.5, ok=False),
        request(101.2, 102.5),
        request(101.4, 102.0),
    ]
    fault = figures.Fault("database", start=95.0, end=100.0)
    fault.recovered = figures.first_success_after(requests, fault.end)
    assert fault.recovered == 102.0
    assert fault.recovery == 2.0
    assert fault.window == (95.0, 102.0)


def test_a_fault_never_recovered_has_no_recovery_and_an_endless_window():
    fault = figures.Fault("database", start=10.0, end=12.0)
    fault.recovered = figures.first_success_after([request(13.0, 14.0, ok=False)], fault.end)
    assert fault.recovery is None
    assert fault.window == (10.0, float("inf"))


def test_errors_count_outside_every_window_even_one_instant_after_recovery():
    fault = figures.Fault("database", start=20.0, end=21.0, recovered=22.0)
    mail = figures.Fault("mail", start=10.0, end=45.0, recovered=45.1)
    requests = [
        request(19.5, 20.5, ok=False),  # overlaps the fault: expected
        request(21.5, 23.0, ok=False),  # overlaps the recovery: expected
        request(22.1, 22.3, ok=False),  # after recovery, yet within the mail outage window
        request(46.0, 46.2, ok=False),  # outside both
        request(5.0, 6.0),
    ]
    assert figures.errors_outside(requests, [fault]) == [requests[2], requests[3]]
    assert figures.errors_outside(requests, [fault, mail]) == [requests[3]]
    assert figures.errors_by_fault(requests, [fault, mail]) == {"database": 2, "mail": 1}
    assert mail.window == (10.0, 45.1)


def test_duplicates_and_records(tmp_path):
    assert figures.duplicates({"a": 1, "b": 2, "c": 0, "d": 3}) == ["b", "d"]
    path = tmp_path / "records.jsonl"
    path.write_text(
        "\n".join(json.dumps(e) for e in [{"event": "start", "at": 1}, {"event": "request"}])
        + "\n\n"
    )
    assert figures.read_records(path) == {
        "start": [{"event": "start", "at": 1}],
        "request": [{"event": "request"}],
    }


def test_the_table_aligns_its_columns():
    assert figures.table([["requests", 12], ["lost", 0]], ["what", "n"]).splitlines() == [
        "what      n",
        "--------  --",
        "requests  12",
        "lost      0",
    ]
