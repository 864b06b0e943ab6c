#!/usr/bin/env python3
"""Write the server's files (nginx site, systemd units and timers, the tiwizi-manage command)
from deploy/templates/, with the names and paths of deploy/site.conf.

    deploy/render.py [--config deploy/site.conf] [--root /] [--list]
    deploy/render.py [--config deploy/site.conf] --print NAME [NAME...]

A template names a value as @NAME@. The values are those of the config file, plus, read from
the application's environment file (ENV_FILE) so that nginx serves the folders the application
writes: VAR_DIR, STATIC_ROOT, MEDIA_ROOT and BACKUP_DIR, with the defaults of cms/settings.py.
`--root` writes under another directory (the acceptance tests render into a temporary one); the
files that name each other do so through @ROOT@. Standard library only: it runs before the
application is installed.
"""

import argparse
import os
import re
import stat
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
NAMED_VALUE = re.compile(r"@([A-Z][A-Z0-9_]*)@")
REQUIRED = [
    "SERVER_NAME",
    "TLS_CERTIFICATE",
    "TLS_CERTIFICATE_KEY",
    "APP_DIR",
    "APP_USER",
    "ENV_FILE",
    "APP_BIND",
    "WEB_WORKERS",
    "NGINX_LOG_DIR",
    "LOG_DIR",
]


def read_assignments(path):
    """NAME=value lines, as systemd reads an EnvironmentFile: comments (# or ;) and blank lines
    skipped, one pair of surrounding quotes removed."""
    values = {}
    for number, line in enumerate(Path(path).read_text().splitlines(), start=1):
        line = line.strip()
        if not line or line[0] in "#;":
            continue
        name, sep, value = line.partition("=")
        name, value = name.strip(), value.strip()
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise SystemExit(f"{path}, line {number}: expected NAME=value")
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        values[name] = value
    return values


# Values site.conf may leave out.
DEFAULTS = {
    # The user nginx's workers run as (Debian's nginx.conf: www-data).
    "NGINX_USER": "www-data",
}


def values_for(config_path, root):
    values = {**DEFAULTS, **read_assignments(config_path)}
    missing = [name for name in REQUIRED if not values.get(name)]
    if missing:
        raise SystemExit(f"{config_path} does not set {', '.join(missing)}.")
    env_file = Path(values["ENV_FILE"])
    if not env_file.is_file():
        raise SystemExit(
            f"ENV_FILE {env_file} does not exist: write the application's settings first "
            "(see .env.example)."
        )
    app = read_assignments(env_file)
    var_dir = app.get("VAR_DIR") or str(Path(values["APP_DIR"]) / "var")
    values["VAR_DIR"] = var_dir
    values["STATIC_ROOT"] = app.get("STATIC_ROOT") or f"{var_dir}/static"
    values["MEDIA_ROOT"] = app.get("MEDIA_ROOT") or f"{var_dir}/media"
    values["BACKUP_DIR"] = app.get("BACKUP_DIR") or f"{var_dir}/backups"
    values["ROOT"] = "" if root == Path("/") else str(root)
    return values


def render(text, values, source):
    def substitute(match):
        name = match.group(1)
        if name not in values:
            raise SystemExit(f"{source} uses @{name}@, which is not set.")
        return values[name]

    return NAMED_VALUE.sub(substitute, text)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", default=str(HERE / "site.conf"))
    parser.add_argument("--root", default="/", help="write under this directory (default /)")
    parser.add_argument("--list", action="store_true", help="only list the files written")
    parser.add_argument(
        "--print",
        nargs="+",
        metavar="NAME",
        help="only print these values, one a line (deploy/install reads them so)",
    )
    options = parser.parse_args(argv)
    root = Path(options.root).resolve()
    values = values_for(options.config, root)
    if options.print:
        for name in options.print:
            if name not in values:
                raise SystemExit(f"{name} is not one of the values: {', '.join(sorted(values))}.")
            print(values[name])
        return 0
    for template in sorted(path for path in TEMPLATES.rglob("*") if path.is_file()):
        relative = template.relative_to(TEMPLATES)
        target = root / relative
        if options.list:
            print(target)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(render(template.read_text(), values, relative))
        executable = template.stat().st_mode & stat.S_IXUSR
        os.chmod(target, 0o755 if executable else 0o644)
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
