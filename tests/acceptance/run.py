"""`make acceptance`: the production stack of one server, as deploy/ installs it, driven through
nginx by a real browser.

Run under scripts/with-postgres (which sets DATABASE_URL). It writes a server's configuration
into a temporary directory (the application's environment file, deploy/site.conf's values),
renders deploy/templates/ with deploy/render.py, prepares the application with the rendered
`tiwizi-manage` exactly as the README's deployment section does (migrate, collectstatic, the
demo), then runs pytest on tests/acceptance/, whose session fixture starts the rendered
tiwizi-web and tiwizi-worker units, nginx with the rendered site, and an SMTP sink.

    scripts/with-postgres .venv/bin/python tests/acceptance/run.py [PYTEST ARGS...]

TIWIZI_ACCEPTANCE_KEEP=1 keeps the directory (logs, mail, rendered files) for a post-mortem;
TIWIZI_ACCEPTANCE_DIR=DIR then runs the tests again on that prepared server (same database).
`--serve` instead starts the stack and serves it until Ctrl-C, to walk through it in a browser.
"""

import getpass
import json
import mailbox
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "deploy"))
from render import read_assignments, render  # noqa: E402

DEMO_PASSWORD = "acceptance-demo-password"  # noqa: S105 (synthetic personas, throw-away server)
DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXP"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def write_lines(path, pairs, mode=0o600):
    path.write_text("".join(f"{name}={value}\n" for name, value in pairs.items()))
    path.chmod(mode)


def step(message):
    print(f"== acceptance: {message}", flush=True)


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def main(pytest_args):
    prepared = os.environ.get("TIWIZI_ACCEPTANCE_DIR")
    work = Path(prepared) if prepared else prepare()
    environment = {
        **os.environ,
        **read_assignments(work / "tiwizi.env"),
        "TIWIZI_ACCEPTANCE_DIR": str(work),
        "DJANGO_ALLOW_ASYNC_UNSAFE": "true",
    }
    if pytest_args == ["--serve"]:
        command = [sys.executable, "-m", "tests.acceptance.stack", str(work)]
        server = subprocess.Popen(command, cwd=ROOT, env=environment)
        # SIGTERM as Ctrl-C: stop the servers too, not only this process.
        signal.signal(signal.SIGTERM, _interrupt)
        while True:
            try:
                return server.wait()
            except KeyboardInterrupt:
                # Let it stop its servers (it stops on SIGTERM as on Ctrl-C), then return.
                server.send_signal(signal.SIGTERM)
    step("pytest tests/acceptance")
    status = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "--ds=cms.settings",
            *pytest_args,
            *([] if any(arg.startswith("tests/") for arg in pytest_args) else ["tests/acceptance"]),
        ],
        cwd=ROOT,
        env=environment,
    ).returncode
    if prepared or os.environ.get("TIWIZI_ACCEPTANCE_KEEP"):
        print(f"Kept {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    return status


def prepare():
    """A server's configuration in a new directory, rendered and prepared; the directory."""
    from cryptography.fernet import Fernet
    from pyrage import x25519

    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url.startswith("postgres"):
        raise SystemExit("Run under scripts/with-postgres: the acceptance stack uses PostgreSQL.")
    work = Path(tempfile.mkdtemp(prefix="tiwizi-acceptance-"))
    # nginx's workers run as another user: they cross these directories as "others" do on a
    # server (deploy/install sets the same modes).
    work.chmod(0o711)
    var = work / "var"  # deploy/install makes it, with a server's modes
    for path in (work / "logs", work / "nginx"):
        path.mkdir(mode=0o755)
    mailbox.Maildir(work / "mail", create=True)  # the SMTP sink's
    ports = {"nginx": free_port(), "app": free_port(), "smtp": free_port()}
    base_url = f"http://127.0.0.1:{ports['nginx']}"
    identity = x25519.Identity.generate()
    (work / "backup-identity.txt").write_text(str(identity) + "\n")

    env_file = work / "tiwizi.env"
    write_lines(
        env_file,
        {
            "DEBUG": "false",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "CSRF_TRUSTED_ORIGINS": base_url,
            "DATABASE_URL": database_url,
            "VAR_DIR": str(var),
            "CASEWORK_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
            "CASEWORK_BLIND_INDEX_KEY": secrets.token_urlsafe(48),
            "BACKUP_RECIPIENTS": str(identity.to_public()),
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(ports["smtp"]),
            # Spaces and angle brackets, as a real From: has: systemd reads them unquoted.
            "DEFAULT_FROM_EMAIL": "Tiwizi Belfaa <no-reply@belfaa.example>",
            "WAGTAILADMIN_BASE_URL": base_url,
            "USE_X_FORWARDED_PROTO": "true",
            "REVERSE_PROXY_COUNT": "1",
            # Plain HTTP on 127.0.0.1: the only settings a real server would not have.
            "SECURE_SSL_REDIRECT": "false",
            "SESSION_COOKIE_SECURE": "false",
            "CSRF_COOKIE_SECURE": "false",
            "SECURE_HSTS_SECONDS": "0",
            # Short, so the health check's test need not wait five minutes.
            "HEALTH_WORKER_MAX_DELAY": "8",
            "WORKER_HEARTBEAT_SECONDS": "2",
        },
    )
    site_conf = work / "site.conf"
    write_lines(
        site_conf,
        {
            "SERVER_NAME": "127.0.0.1",
            "TLS_CERTIFICATE": str(work / "tls.crt"),
            "TLS_CERTIFICATE_KEY": str(work / "tls.key"),
            "APP_DIR": str(ROOT),
            "APP_USER": getpass.getuser(),
            "ENV_FILE": str(env_file),
            "APP_BIND": f"127.0.0.1:{ports['app']}",
            "WEB_WORKERS": "2",
            "NGINX_LOG_DIR": str(work / "logs"),
            "LOG_DIR": str(work / "logs"),
        },
        mode=0o644,
    )
    rendered = work / "root"
    (work / "nginx.conf").write_text(
        render(
            (Path(__file__).parent / "nginx.conf.in").read_text(),
            {"WORK": str(work), "ROOT": str(rendered), "PORT": str(ports["nginx"])},
            "nginx.conf.in",
        )
    )
    # What the README's deployment section runs: deploy/install (here under a root of its own,
    # starting nothing), then, for a demonstration server, the demo through tiwizi-manage.
    manage = rendered / "usr/local/bin/tiwizi-manage"
    for what, command in [
        ("deploy/install", [ROOT / "deploy/install", "--config", site_conf, "--root", rendered]),
        (
            # README step 8 does it in Settings > Sites: the address links in e-mails, feeds,
            # calendars and the sitemap are built from.
            "the default site's address",
            [
                manage,
                "shell",
                "-c",
                "from wagtail.models import Site; Site.objects.filter(is_default_site=True)"
                f".update(hostname='127.0.0.1', port={ports['nginx']})",
            ],
        ),
        (
            "tiwizi-manage load_demo_data",
            [
                manage,
                "load_demo_data",
                "--force",
                "--demo-password",
                DEMO_PASSWORD,
                "--demo-totp-secret",
                DEMO_TOTP_SECRET,
            ],
        ),
    ]:
        started = time.monotonic()
        with open(work / "logs" / "prepare.log", "ab") as log:
            done = subprocess.run(command, stdout=log, stderr=subprocess.STDOUT)
        if done.returncode:
            print((work / "logs" / "prepare.log").read_text()[-5000:])
            raise SystemExit(f"{what} failed.")
        step(f"{what}: {time.monotonic() - started:.0f} s")

    (work / "stack.json").write_text(
        json.dumps(
            {
                "base_url": base_url,
                "ports": ports,
                "env_file": str(env_file),
                "rendered": str(rendered),
                "demo_password": DEMO_PASSWORD,
                "backup_identity": str(work / "backup-identity.txt"),
            }
        )
    )
    return work


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
