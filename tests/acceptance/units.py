"""Run the systemd units deploy/render.py wrote, as systemd would, on a machine without systemd:
the [Service] section's user-independent settings (WorkingDirectory, Environment,
EnvironmentFile, UMask, ExecStartPre, ExecStart, KillSignal). The acceptance suite starts the web
application and the worker, and runs each job once, from exactly these files."""

import os
import shlex
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "deploy"))
from render import read_assignments  # noqa: E402 (the deployment's own reading of an env file)


class Unit:
    def __init__(self, path):
        self.path = Path(path)
        self.name = self.path.name
        self.sections = {}
        section = None
        for line in self.path.read_text().splitlines():
            line = line.strip()
            if not line or line[0] in "#;":
                continue
            if line.startswith("[") and line.endswith("]"):
                section = self.sections.setdefault(line[1:-1], {})
                continue
            key, _sep, value = line.partition("=")
            section.setdefault(key.strip(), []).append(value.strip())

    def get(self, key, section="Service", default=None):
        values = self.sections.get(section, {}).get(key)
        return values[-1] if values else default

    def commands(self, key):
        # A leading "-" (failure ignored) or "@" would change the meaning: none is used.
        return [shlex.split(line) for line in self.sections.get("Service", {}).get(key, [])]

    def environment(self, extra=None):
        environment = dict(os.environ)
        for assignment in self.sections.get("Service", {}).get("Environment", []):
            for pair in shlex.split(assignment):
                name, _sep, value = pair.partition("=")
                environment[name] = value
        for path in self.sections.get("Service", {}).get("EnvironmentFile", []):
            environment.update(read_assignments(path))
        environment.update(extra or {})
        return environment

    def _popen_kwargs(self, extra_env, log):
        umask = int(self.get("UMask", default="0022"), 8)
        return {
            "cwd": self.get("WorkingDirectory"),
            "env": self.environment(extra_env),
            "preexec_fn": lambda: os.umask(umask),
            "stdout": log,
            "stderr": subprocess.STDOUT if log is not None else None,
        }

    def run(self, extra_env=None, timeout=600):
        """A oneshot service: every ExecStart in turn; the completed processes."""
        done = []
        for argv in self.commands("ExecStartPre") + self.commands("ExecStart"):
            done.append(
                subprocess.run(
                    argv,
                    timeout=timeout,
                    text=True,
                    capture_output=True,
                    **{
                        k: v
                        for k, v in self._popen_kwargs(extra_env, None).items()
                        if k not in ("stdout", "stderr")
                    },
                )
            )
            if done[-1].returncode:
                break
        output = self.get("StandardOutput", default="")
        if output.startswith("append:"):
            with open(output.removeprefix("append:"), "a") as log:
                log.writelines(process.stdout for process in done)
        return done

    def start(self, log_path, extra_env=None):
        """A long-running service: its ExecStartPre lines must succeed, then ExecStart runs in the
        background. The running process."""
        log = open(log_path, "ab")  # noqa: SIM115 (kept open for the process's life)
        for argv in self.commands("ExecStartPre"):
            subprocess.run(argv, check=True, **self._popen_kwargs(extra_env, log))
        (argv,) = self.commands("ExecStart")
        return Process(self, subprocess.Popen(argv, **self._popen_kwargs(extra_env, log)), log)


class Process:
    def __init__(self, unit, popen, log):
        self.unit, self.popen, self.log = unit, popen, log

    def stop(self, timeout=None):
        """As `systemctl stop`: the unit's KillSignal, then SIGKILL after TimeoutStopSec."""
        if self.popen.poll() is None:
            name = self.unit.get("KillSignal", default="SIGTERM")
            self.popen.send_signal(getattr(signal, name))
            try:
                self.popen.wait(timeout or float(self.unit.get("TimeoutStopSec", default="90")))
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait()
        self.log.close()
        return self.popen.returncode
