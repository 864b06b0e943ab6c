"""The files an administrator installs on a Debian server (deploy/), rendered from a site.conf
as deploy/install does: nginx and systemd accept them, and they say what the README promises.

The acceptance suite (tests/acceptance/) then runs these same files as a server would."""

import datetime
import getpass
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "deploy"))
from render import read_assignments  # noqa: E402

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
JOBS = {
    "publish-scheduled": ("publish_scheduled", "minutely"),
    "erase-proposal-contacts": ("erase_proposal_contacts", "Mon *-*-* 03:15"),
    "apply-retention": ("apply_retention", "Mon *-*-* 03:45"),
    "clear-sessions": ("clearsessions", "*-*-* 04:15"),
    "audit-anchor": ("verify_audit_chain --print-anchor", "*-*-* 04:30"),
    "backup": ("backup", "*-*-* 02:30"),
}


def render(config, root):
    """deploy/render.py, as deploy/install runs it."""
    return subprocess.run(
        [sys.executable, ROOT / "deploy/render.py", "--config", config, "--root", root],
        capture_output=True,
        text=True,
    )


def self_signed_certificate(directory):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "tiwizi.test")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    (directory / "tls.crt").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    (directory / "tls.key").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """deploy/templates/ rendered for a server whose checkout is this one."""
    work = tmp_path_factory.mktemp("server")
    self_signed_certificate(work)
    env_file = work / "tiwizi.env"
    env_file.write_text(f"DEBUG=false\nVAR_DIR={work}/var\nDEFAULT_FROM_EMAIL=Tiwizi <a@b.c>\n")
    config = work / "site.conf"
    config.write_text(
        (ROOT / "deploy/site.conf").read_text()
        + f"""
TLS_CERTIFICATE={work}/tls.crt
TLS_CERTIFICATE_KEY={work}/tls.key
APP_DIR={ROOT}
APP_USER={getpass.getuser()}
ENV_FILE={env_file}
NGINX_LOG_DIR={work}/logs
LOG_DIR={work}/logs
"""
    )
    (work / "logs").mkdir()
    assert render(config, work / "root").returncode == 0
    return work


def units(server, pattern="*"):
    return sorted((server / "root/etc/systemd/system").glob(f"tiwizi-{pattern}"))


def test_systemd_accepts_every_unit_and_timer(server):
    result = subprocess.run(
        ["systemd-analyze", "verify", *units(server)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "tiwizi" not in result.stderr, result.stderr  # no warning about our files either


def test_nginx_accepts_the_site_with_its_https_server(server):
    main = server / "nginx.conf"
    main.write_text(
        f"""pid {server}/nginx.pid;
error_log {server}/logs/error.log;
events {{}}
http {{
    include /etc/nginx/mime.types;
    include {server}/root/etc/nginx/sites-available/tiwizi.conf;
}}
"""
    )
    result = subprocess.run([NGINX, "-t", "-c", main], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "syntax is ok" in result.stderr


def test_every_job_the_readme_names_has_its_timer(server):
    readme = (ROOT / "README.md").read_text()
    for name, (command, calendar) in JOBS.items():
        service = (server / f"root/etc/systemd/system/tiwizi-{name}.service").read_text()
        timer = (server / f"root/etc/systemd/system/tiwizi-{name}.timer").read_text()
        assert f"manage.py {command}\n" in service, name
        assert f"OnCalendar={calendar}\n" in timer, name
        assert "Persistent=true" in timer, name
        assert f"tiwizi-{name}.timer" in readme, f"the README does not name tiwizi-{name}.timer"


def test_the_web_server_serves_static_files_and_public_media_only(server):
    site = "\n".join(path.read_text() for path in (server / "root/etc/nginx").rglob("*.conf"))
    served = re.findall(r"^\s*(?:alias|root)\s+(\S+);", site, re.MULTILINE)
    assert sorted(served) == sorted(
        [f"{server}/var/static/", f"{server}/var/media/", "/var/www/letsencrypt"]
    )
    assert not any("private" in path for path in served)
    assert re.search(r"location /media/documents/ \{\s*return 404;", site)


def test_an_upload_of_three_5_mb_attachments_fits(server):
    app = (server / "root/etc/nginx/tiwizi/app.conf").read_text()
    (size,) = re.findall(r"client_max_body_size (\d+)m;", app)
    assert int(size) * 1024 * 1024 > 3 * 5 * 1024 * 1024


def test_the_proxy_headers_match_one_trusted_proxy(server):
    app = (server / "root/etc/nginx/tiwizi/app.conf").read_text()
    assert "proxy_set_header X-Forwarded-For $remote_addr;" in app
    assert "proxy_set_header X-Forwarded-Proto $scheme;" in app
    example = read_assignments(ROOT / ".env.example")
    assert example["REVERSE_PROXY_COUNT"] == "1"
    assert example["USE_X_FORWARDED_PROTO"] == "true"


def test_the_access_log_records_no_query_string_or_referrer(server):
    http = (server / "root/etc/nginx/tiwizi/http.conf").read_text()
    (log_format,) = re.findall(r"log_format tiwizi_no_query (.*?);", http, re.DOTALL)
    assert "$uri" in log_format
    for leaky in (
        "$request ",
        '$request"',
        "$request_uri",
        "$args",
        "$query_string",
        "$http_referer",
    ):
        assert leaky not in log_format
    for path in (server / "root/etc/nginx").rglob("*.conf"):
        for line in re.findall(r"^\s*access_log\s+(.*);", path.read_text(), re.MULTILINE):
            assert line == "off" or line.endswith(" tiwizi_no_query"), (path, line)


def test_the_services_run_from_the_checkout_with_the_environment_file(server):
    for unit in units(server, "*.service"):
        text = unit.read_text()
        assert f"WorkingDirectory={ROOT}\n" in text, unit.name
        assert f"EnvironmentFile={server}/tiwizi.env\n" in text, unit.name
        assert "UMask=0027" in text, unit.name
        assert f"ReadWritePaths={server}/var" in text, unit.name


def test_rendering_refuses_a_config_that_lacks_a_value(tmp_path):
    config = tmp_path / "site.conf"
    config.write_text("SERVER_NAME=tiwizi.belfaa.ma\n")
    result = render(config, tmp_path)
    assert result.returncode != 0
    assert "does not set TLS_CERTIFICATE" in result.stderr


def test_rendering_refuses_a_missing_environment_file(server, tmp_path):
    config = tmp_path / "site.conf"
    text = (server / "site.conf").read_text()
    config.write_text(text + f"ENV_FILE={tmp_path}/missing.env\n")
    result = render(config, tmp_path)
    assert result.returncode != 0
    assert "missing.env does not exist" in result.stderr


@pytest.fixture(scope="module")
def plain_nginx():
    """The rendered http.conf and app.conf in a plain-HTTP server on 127.0.0.1, its workers running
    as nginx's user (www-data) as on a server, with folders of deploy/install's modes, a static
    file, and a rendition written by the application's public media storage."""
    import grp
    import os
    import socket
    import tempfile
    import time

    from django.conf import settings
    from django.core.files.base import ContentFile
    from django.core.files.storage import storages

    if os.geteuid() != 0:
        pytest.skip("nginx's workers run as www-data only when nginx starts as root")
    work = Path(tempfile.mkdtemp(prefix="tiwizi-nginx-"))
    work.chmod(0o711)  # nginx's workers cross it, as they cross VAR_DIR
    env_file = work / "tiwizi.env"
    env_file.write_text(f"VAR_DIR={work}/var\n")
    config = work / "site.conf"
    config.write_text(
        (ROOT / "deploy/site.conf").read_text()
        + f"\nAPP_DIR={ROOT}\nENV_FILE={env_file}\nNGINX_LOG_DIR={work}\nLOG_DIR={work}\n"
    )
    assert render(config, work / "root").returncode == 0
    # deploy/install's folders: VAR_DIR 0711, static 0755, public media 2750 in nginx's group.
    var, static, media = work / "var", work / "var/static", work / "var/media"
    var.mkdir(mode=0o711)
    static.mkdir(mode=0o755)
    media.mkdir()
    os.chown(media, os.getuid(), grp.getgrnam("www-data").gr_gid)
    media.chmod(0o2750)
    (static / "site.js").write_text("/* a script */")
    (static / "site.js").chmod(0o644)
    public = settings.STORAGES["default"]
    storage = storages.create_storage(
        {**public, "OPTIONS": {**public["OPTIONS"], "location": str(media)}}
    )
    rendition = media / storage.save("images/fontaine.width-800.jpg", ContentFile(b"\xff\xd8\xff"))

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    (work / "nginx.conf").write_text(
        f"""user www-data;
worker_processes 1;
pid {work}/nginx.pid;
error_log {work}/error.log;
events {{}}
http {{
    include /etc/nginx/mime.types;
    client_body_temp_path {work}/body;
    proxy_temp_path {work}/proxy;
    fastcgi_temp_path {work}/fastcgi;
    uwsgi_temp_path {work}/uwsgi;
    scgi_temp_path {work}/scgi;
    include {work}/root/etc/nginx/tiwizi/http.conf;
    server {{
        listen 127.0.0.1:{port};
        include {work}/root/etc/nginx/tiwizi/app.conf;
    }}
}}
"""
    )
    nginx = subprocess.Popen([NGINX, "-c", work / "nginx.conf", "-g", "daemon off;"])
    for _attempt in range(50):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    yield {"url": f"http://127.0.0.1:{port}", "rendition": rendition, "media": media}
    nginx.terminate()
    nginx.wait(timeout=10)
    shutil.rmtree(work)


def fetch(url):
    from urllib.request import urlopen

    with urlopen(url, timeout=5) as response:  # noqa: S310 (127.0.0.1)
        return response.status, response.headers


def test_nginx_reads_public_media_through_its_group_and_no_one_else_can(plain_nginx):
    import grp
    import stat

    rendition = plain_nginx["rendition"]
    assert stat.S_IMODE(rendition.stat().st_mode) == 0o640
    assert grp.getgrgid(rendition.stat().st_gid).gr_name == "www-data"
    assert grp.getgrgid(rendition.parent.stat().st_gid).gr_name == "www-data"
    assert stat.S_IMODE(rendition.parent.stat().st_mode) & 0o007 == 0
    name = rendition.relative_to(plain_nginx["media"])
    status, _headers = fetch(f"{plain_nginx['url']}/media/{name}")
    assert status == 200


@pytest.mark.parametrize("path", ["/static/site.js", "/media/images/fontaine.width-800.jpg"])
def test_what_nginx_serves_itself_carries_the_resource_and_permissions_policies(plain_nginx, path):
    name = plain_nginx["rendition"].relative_to(plain_nginx["media"])
    path = path.replace("images/fontaine.width-800.jpg", str(name))
    status, headers = fetch(plain_nginx["url"] + path)
    assert status == 200
    assert headers["Cross-Origin-Resource-Policy"] == "same-origin"
    permissions = headers["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in permissions
