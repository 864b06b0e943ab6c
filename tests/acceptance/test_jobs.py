"""Each periodic job runs from its systemd unit, as its timer would start it, against the stack."""

import re

import pytest


@pytest.mark.parametrize(
    "name",
    [
        "publish-scheduled",
        "erase-proposal-contacts",
        "apply-retention",
        "clear-sessions",
        "audit-anchor",
    ],
)
def test_each_timers_job_runs_cleanly_from_its_unit(stack, name):
    done = stack.run_job(name)
    assert done, name
    for process in done:
        assert process.returncode == 0, (name, process.stdout, process.stderr)


def test_the_daily_anchor_is_appended_to_its_log(stack):
    log = stack.logs / "audit-anchors.log"
    before = log.read_text().splitlines() if log.exists() else []
    stack.run_job("audit-anchor")
    lines = log.read_text().splitlines()
    assert len(lines) == len(before) + 1
    assert re.fullmatch(r"\d+ [0-9a-f]{64} \d{4}-\d{2}-\d{2}T\S+", lines[-1]), lines[-1]
