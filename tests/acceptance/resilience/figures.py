"""The figures of `make resilience`, from what the load recorded (locustfile.py) and when the
faults happened: pure functions, so the arithmetic is tested on its own
(tests/ops/test_resilience_figures.py)."""

import json
from dataclasses import dataclass


@dataclass
class Fault:
    """Something broken on purpose: from `start` until `end`, when it was put back (the server
    restarted, the process started again). `recovered` is when the site was seen answering
    again (None: never seen): the first success among requests sent after `end`."""

    name: str
    start: float
    end: float
    recovered: float | None = None

    @property
    def recovery(self):
        return None if self.recovered is None else max(0.0, self.recovered - self.end)

    @property
    def window(self):
        """While errors are expected: from the fault until the site answers again (or, never
        again, until the end of time)."""
        return (self.start, float("inf") if self.recovered is None else self.recovered)


def read_records(path):
    """The records file's entries, grouped by event: {"request": [...], "proposal": [...]...}."""
    grouped = {}
    for line in open(path):  # noqa: SIM115
        if line.strip():
            entry = json.loads(line)
            grouped.setdefault(entry["event"], []).append(entry)
    return grouped


def first_success_after(requests, moment):
    """When the first request sent at or after `moment` that succeeded was answered."""
    ends = [r["end"] for r in requests if r["ok"] and r["start"] >= moment]
    return min(ends) if ends else None


def in_window(request, window):
    start, end = window
    return request["start"] <= end and request["end"] >= start


def errors_outside(requests, faults):
    """The failed requests that overlap no fault's window."""
    return [
        r
        for r in requests
        if not r["ok"] and not any(in_window(r, fault.window) for fault in faults)
    ]


def errors_by_fault(requests, faults):
    """{fault name: failed requests} for the failed requests within some window, each counted
    once, for the narrowest window it falls in (the database's restart, not the mail server's
    outage around it)."""
    counts = {fault.name: 0 for fault in faults}
    for request in requests:
        if request["ok"]:
            continue
        within = [fault for fault in faults if in_window(request, fault.window)]
        if within:
            narrowest = min(within, key=lambda fault: fault.window[1] - fault.window[0])
            counts[narrowest.name] += 1
    return counts


def duplicates(counts):
    """{key: count} -> the keys seen more than once."""
    return sorted(key for key, count in counts.items() if count > 1)


def table(rows, headers):
    """A plain text table, columns as wide as their widest cell."""
    cells = [list(map(str, headers))] + [list(map(str, row)) for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in cells
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)
