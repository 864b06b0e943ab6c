# Tiwizi. `make run` serves the demo on 127.0.0.1:8000; `make test` runs everything CI runs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
# Only for the local demo that `make run` serves with DEBUG on.
DEMO_PASSWORD ?= tiwizi-demo
# The demo personas' shared second-step secret (base32): add it to an authenticator app, or read
# the current code with `DEBUG=true .venv/bin/python manage.py demo_totp_code USERNAME`.
DEMO_TOTP_SECRET ?= JBSWY3DPEHPK3PXP
DEV := DEBUG=true

.PHONY: install install-test catalogues run serve test test-sqlite test-postgres acceptance resilience scan lint format check audit-deps bench mutants mutants-permissions clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(PY)
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml package.json package-lock.json $(VENV)/.installed
	$(BIN)/pip install --quiet -e ".[test]"
	scripts/install-test-system-packages
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# var/ holds the database, the development keys and the private files: its owner's alone.
install: $(VENV)/.installed catalogues
	mkdir -p -m 0700 var

install-test: $(VENV)/.installed-test install

catalogues: | $(PY)
	$(PY) scripts/compile_catalogues.py

run: install
	$(DEV) $(PY) manage.py migrate --noinput
	$(DEV) $(PY) manage.py load_demo_data --demo-password "$(DEMO_PASSWORD)" --demo-totp-secret "$(DEMO_TOTP_SECRET)"
	$(DEV) scripts/serve-dev

# The SQLite and PostgreSQL runs side by side (one process each, on two cores), their lines kept
# whole; each has its own VAR_DIR for the files tests write.
test: install-test
	$(MAKE) --no-print-directory -j2 --output-sync=line test-sqlite test-postgres
	$(MAKE) --no-print-directory acceptance
	$(MAKE) --no-print-directory check
	$(MAKE) --no-print-directory lint

test-sqlite:
	@echo "== Test suite on SQLite"
	env -u DATABASE_URL TIWIZI_LANE=sqlite $(PY) -m pytest

test-postgres:
	@echo "== Test suite on PostgreSQL"
	VAR_DIR=$(CURDIR)/var/test-postgres TIWIZI_LANE=postgres scripts/with-postgres $(PY) -m pytest

# The production stack of one server as deploy/ installs it (nginx, gunicorn, the task worker,
# PostgreSQL, an SMTP sink), driven through nginx by Chromium (tests/acceptance/run.py).
acceptance: install-test
	@echo "== Acceptance suite: deploy/'s nginx, gunicorn and worker on PostgreSQL, in Chromium"
	scripts/with-postgres $(PY) tests/acceptance/run.py -m "not scanner and not resilience"

# Load with faults on a stack of its own (tests/acceptance/test_resilience.py): 50 locust users
# for 60 s while PostgreSQL restarts, the worker is killed and the mail server stops; no request
# may fail outside the database's restart, the site must answer within 5 s of each fault, nothing
# accepted may be lost, every confirmation e-mail arrives once. About 5 minutes.
resilience: install-test
	@echo "== Load with faults: 50 users for 60 s while PostgreSQL, the worker and the mail server fail"
	scripts/with-postgres $(PY) tests/acceptance/run.py -m resilience -s tests/acceptance/test_resilience.py

# wapiti, an outside scanner, against the same stack (tests/acceptance/test_outside_scanner.py):
# about ten minutes, so not part of `make test`. It lives in its own virtualenv: its pinned
# dependencies (httpx, aiohttp...) are not the application's.
WAPITI := .venv-scan/bin/wapiti
$(WAPITI):
	$(PYTHON) -m venv .venv-scan
	.venv-scan/bin/pip install --quiet wapiti3==3.2.3

scan: install-test $(WAPITI)
	@echo "== Outside scanner: wapiti against the acceptance stack, as a visitor and a caseworker"
	scripts/with-postgres $(PY) tests/acceptance/run.py -m scanner -s tests/acceptance/test_outside_scanner.py

# bandit fails on any medium or high finding without a `# nosec BXXX` and its reason.
check: install-test
	$(DEV) $(PY) manage.py check
	$(DEV) $(PY) manage.py makemigrations --check --dry-run
	$(BIN)/bandit -c pyproject.toml -r . --severity-level medium --quiet

# Known vulnerabilities of the installed packages (pip-audit). Needs the Internet: where the
# vulnerability data cannot be reached it says NOTHING WAS CHECKED and fails, never a pass.
audit-deps: install-test
	$(PY) scripts/audit-deps

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates

format: install-test
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

bench: install-test
	$(PY) bench/run_all.py

# Mutation testing of the rules (README, "Mutation testing"): mutmut changes the permission
# decisions, the audit chain and the crypto helpers one small edit at a time and runs the tests
# that cover each; scripts/mutants_report.py prints the figures and fails on a mutant that no
# test caught unless tests/mutants/equivalent.md says why it cannot be caught. Each run starts
# from an empty mutants/: mutmut 3 never refreshes the copies of files it does not mutate, so a
# kept copy would test stale code. One migrated SQLite file is copied for every test session
# (tests/mutants/database.py). MUTANTS_JOBS test processes at once.
MUTANTS_JOBS ?= 2
MUTMUT := env -u DATABASE_URL TIWIZI_MUTANTS_DB_TEMPLATE=$(CURDIR)/var/mutants/template.sqlite3 $(BIN)/mutmut

mutants: install-test
	rm -rf mutants var/mutants
	$(MUTMUT) run --max-children $(MUTANTS_JOBS)
	$(PY) scripts/mutants_report.py

# casework/permissions.py alone (its mutants, with the same tests).
mutants-permissions: install-test
	rm -rf mutants var/mutants
	$(MUTMUT) run --max-children $(MUTANTS_JOBS) "casework.permissions.*"
	$(PY) scripts/mutants_report.py casework/permissions.py

clean:
	rm -rf $(VENV) node_modules var/test var/test-postgres var/mutants mutants
