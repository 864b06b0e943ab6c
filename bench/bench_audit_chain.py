"""Audit chain: how fast entries are written, alone and by concurrent processes, and verified.

Runs the production settings on a throw-away SQLite file (or on DATABASE_URL if set), so
concurrent processes meet the real locking (SQLite: IMMEDIATE transactions; PostgreSQL: the chain
head's row lock). `manage.py verify_audit_chain` runs in a loop during the concurrent writes. Fails (exit 1) if the
chain forks, does not verify, or the command ever reports a whole chain as broken; otherwise prints
figures.
Usage: .venv/bin/python bench/bench_audit_chain.py [--processes 4] [--entries 500]
"""

import argparse
import io
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def configure(tmp):
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "cms.settings",
            "DEBUG": "false",
            "SECRET_KEY": "benchmark-only",
            "CASEWORK_ENCRYPTION_KEYS": "YmVuY2htYXJrLW9ubHktYmVuY2htYXJrLW9ubHktLS0=",
            "CASEWORK_BLIND_INDEX_KEY": "benchmark-only",
            "VAR_DIR": tmp,
            "LOG_LEVEL": "WARNING",
        }
    )
    import django

    django.setup()


def write(args):
    """One process appending `count` entries, as one app server would."""
    tmp, writer, count, start_at = args
    configure(tmp)
    from audit import trail
    from audit.models import AuditAction

    # Start writing together, once every process has started Django.
    time.sleep(max(0.0, start_at - time.time()))
    for i in range(count):
        trail.record(AuditAction.VIEW, username=f"bench-{writer}", sequence=i)
    return time.time()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--entries", type=int, default=500, help="entries per process")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        configure(tmp)
        from django.core.management import CommandError, call_command
        from django.db import connection
        from django.db.models import Count

        from audit import trail
        from audit.models import AuditAction, AuditEntry

        call_command("migrate", verbosity=0)
        AuditEntry.objects.all().delete()
        print(f"database: {connection.vendor}")

        started = time.perf_counter()
        for i in range(options.entries):
            trail.record(AuditAction.VIEW, username="bench-alone", sequence=i)
        alone = time.perf_counter() - started
        print(
            f"one writer: {options.entries} entries in {alone:.2f} s "
            f"({1000 * alone / options.entries:.2f} ms per entry)"
        )
        connection.close()

        start_at = time.time() + 5 + 2 * options.processes
        jobs = [(tmp, n, options.entries, start_at) for n in range(options.processes)]
        checks, alarms = 0, []
        with multiprocessing.get_context("spawn").Pool(options.processes) as pool:
            result = pool.map_async(write, jobs)
            time.sleep(max(0.0, start_at - time.time()))
            # The command run from cron while the site writes: it must never cry wolf.
            while not result.ready():
                try:
                    call_command("verify_audit_chain", stdout=io.StringIO(), stderr=io.StringIO())
                except CommandError as error:
                    alarms.append(str(error))
                checks += 1
                time.sleep(0.25)  # a check now and then, not a second CPU-bound workload
            together = max(result.get()) - start_at
        written = options.processes * options.entries
        print(
            f"{options.processes} concurrent processes: {written} entries in {together:.2f} s "
            f"({written / together:.0f} entries/s overall); verify_audit_chain ran {checks} "
            f"times meanwhile, {len(alarms)} false alarms"
        )

        started = time.perf_counter()
        report = trail.verify_chain()
        verified = time.perf_counter() - started
        total = AuditEntry.objects.count()
        print(
            f"verify_chain: {report.checked} entries in {verified:.2f} s "
            f"({1e6 * verified / max(report.checked, 1):.0f} µs per entry)"
        )
        forks = (
            AuditEntry.objects.values("previous_hash")
            .annotate(n=Count("pk"))
            .filter(n__gt=1)
            .count()
        )
        if not report.ok or report.checked != total or forks or alarms:
            print(f"CHAIN BROKEN: {report}, {total} entries, {forks} forks, alarms: {alarms[:3]}")
            return 1
        print("chain whole, no fork")
        return 0


if __name__ == "__main__":
    sys.exit(main())
