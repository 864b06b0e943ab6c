"""The running servers of the acceptance stack (tests/acceptance/run.py prepared them): the
rendered tiwizi-web and tiwizi-worker units, nginx with the rendered site, an SMTP sink keeping
every message in a Maildir; and what a test may do to them.

    python -m tests.acceptance.stack DIR

starts them on a prepared directory and serves until interrupted (run.py --serve does it), for a
walk through the production stack in a browser.
"""

import json
import mailbox
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.acceptance.units import Unit


class Stack:
    """The running servers, and what a test may do to them."""

    def __init__(self, work):
        self.work = Path(work)
        self.info = json.loads((self.work / "stack.json").read_text())
        self.base_url = self.info["base_url"]
        self.logs = self.work / "logs"
        units = Path(self.info["rendered"]) / "etc/systemd/system"
        self.unit = lambda name: Unit(units / f"tiwizi-{name}")
        self.processes = {}

    def start(self, name):
        self.processes[name] = self.unit(f"{name}.service").start(self.logs / f"{name}.log")

    def stop(self, name):
        self.processes.pop(name).stop()

    def kill(self, name):
        """SIGKILL, as a crash or the kernel's out-of-memory killer would: no clean-up at all."""
        process = self.processes.pop(name)
        process.popen.kill()
        process.popen.wait()
        process.log.close()

    def start_smtp(self):
        self.smtp = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "aiosmtpd",
                "-n",
                "-l",
                f"127.0.0.1:{self.info['ports']['smtp']}",
                "-c",
                "aiosmtpd.handlers.Mailbox",
                str(self.work / "mail"),
            ],
            stdout=open(self.logs / "smtp.log", "ab"),  # noqa: SIM115
            stderr=subprocess.STDOUT,
        )

    def stop_smtp(self):
        self.smtp.terminate()
        self.smtp.wait(timeout=15)
        self.smtp = None

    def start_all(self):
        self.start_smtp()
        self.start("web")
        self.start("worker")
        self.nginx = subprocess.Popen(
            [shutil.which("nginx") or "/usr/sbin/nginx", "-c", str(self.work / "nginx.conf")],
            stdout=open(self.logs / "nginx.log", "ab"),  # noqa: SIM115
            stderr=subprocess.STDOUT,
        )

    def stop_all(self):
        for name in list(self.processes):
            self.stop(name)
        for process in filter(None, (getattr(self, "nginx", None), getattr(self, "smtp", None))):
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def health(self):
        try:
            with urllib.request.urlopen(f"{self.base_url}/healthz", timeout=5) as response:  # noqa: S310
                return response.status, json.load(response)
        except urllib.error.HTTPError as error:
            try:
                return error.code, json.load(error)
            except ValueError:  # nginx's own page: gunicorn is not up yet
                return error.code, {}
        except OSError:
            return None, {}

    def wait_for(self, condition, timeout, what):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            result = condition()
            if result:
                return result
            time.sleep(0.5)
        raise AssertionError(f"waited {timeout} s for {what}; logs in {self.logs}")

    def wait_until_idle(self, timeout=300):
        """Healthy, with no task left waiting for the worker (the demo queues ~1,700 index
        updates; a page published in a test queues its own)."""

        def idle():
            status, body = self.health()
            return status == 200 and body.get("worker", {}).get("waiting_tasks") == 0

        return self.wait_for(idle, timeout, "the worker to empty the queue")

    def messages(self):
        return list(mailbox.Maildir(self.work / "mail", create=False))

    def run_job(self, name):
        """One run of a timer's service, as systemd would start it: the completed processes."""
        return self.unit(f"{name}.service").run()

    def tail(self, name, lines=40):
        path = self.logs / f"{name}.log"
        if not path.exists():
            return ""
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


def serve(work):
    def stop(signum, frame):
        raise KeyboardInterrupt

    # A handler, not a blocked signal: the servers started below inherit a process's blocked
    # signals, and would then ignore the SIGTERM that stops them.
    signal.signal(signal.SIGTERM, stop)
    stack = Stack(work)
    try:
        stack.start_all()
        stack.wait_for(lambda: stack.health()[0] in (200, 503), 60, "nginx and gunicorn")
        print(f"Tiwizi in production mode at {stack.base_url}/ (admin: {stack.base_url}/admin/);")
        print(f"every demo persona's password: {stack.info['demo_password']}; Ctrl-C stops.")
        while True:
            signal.pause()
    except KeyboardInterrupt:
        pass
    finally:
        stack.stop_all()


if __name__ == "__main__":
    serve(sys.argv[1])
