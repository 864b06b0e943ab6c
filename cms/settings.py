"""Settings for Tiwizi, read from the environment.

Secure by default: DEBUG is off unless set, and with DEBUG off there is no SECRET_KEY default and the
site assumes HTTPS. With nothing set but DEBUG, it runs on one machine with no server: SQLite under
var/, local media, a local-memory cache and the database task queue. Each real service is switched
on by one variable (DATABASE_URL, REDIS_URL, S3_BUCKET). Every variable is listed in .env.example.
"""

import ipaddress
import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name, default=None):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {raw!r}.")


def env_int(name, default):
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}.") from None


def env_list(name, default=()):
    raw = os.environ.get(name)
    if raw is None:
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_secret(name, default=None):
    """A secret from NAME, or from the file named by NAME_FILE (Docker/Kubernetes secrets)."""
    path = os.environ.get(f"{name}_FILE")
    if path:
        try:
            return Path(path).read_text().strip()
        except OSError as exc:
            raise ImproperlyConfigured(
                f"{name}_FILE names {path!r}, which cannot be read: {exc}"
            ) from None
    return os.environ.get(name, default)


# --- Core -----------------------------------------------------------------------------------------

DEBUG = env_bool("DEBUG", False)

SECRET_KEY = env_secret("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "insecure-development-key-only-used-with-DEBUG-on"  # noqa: S105

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

VAR_DIR = Path(env_str("VAR_DIR", str(BASE_DIR / "var")))

INSTALLED_APPS = [
    # The wiring itself, for its start-up guards (cms/apps.py); no models.
    "cms",
    "home",
    "proposals",
    "casework",
    # Reads casework and proposals; gives the public only released, suppressed aggregates.
    "indicators",
    "audit",
    "accounts",
    # Before django_tasks_db: its `db_worker` command adds the heartbeat the health check reads.
    "ops",
    # Synthetic content for every app above (`load_demo_data`); it may import them all.
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    # Wagtail's users admin without the confidential roles (accounts/users.py).
    "accounts.apps.UsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "guardian",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp_webauthn",
    "axes",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Early, so that redirects made by the middleware below (the home page's language) carry it.
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Before WhiteNoise, so that the static files it serves carry the headers too.
    "cms.security.ContentSecurityPolicyMiddleware",
    "cms.security.PermissionsPolicyMiddleware",
    "cms.security.RejectNullCharactersMiddleware",
    "accounts.addresses.ClientAddressMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "home.middleware.PublicSiteLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.twofactor.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After the messages: an admin session past its absolute lifetime ends with a message.
    "accounts.sessions.AdminSessionLifetimeMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
    "accounts.lockout.KnownDeviceMiddleware",
    # Last, so that it sees a view's exception first.
    "cms.security.IncompleteFormMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

AUTHENTICATION_BACKENDS = [
    # First: refuses a locked username before any password is checked (django-axes).
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "guardian.backends.ObjectPermissionBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Casework secrets -----------------------------------------------------------------------------


def dev_secret(name, generate):
    """With DEBUG on and NAME unset, a secret generated once into VAR_DIR (never in production)."""
    path = VAR_DIR / f"{name.lower()}.dev-secret"
    if not path.exists():
        VAR_DIR.mkdir(mode=0o700, parents=True, exist_ok=True)
        path.write_text(generate())
        path.chmod(0o600)
    return path.read_text().strip()


def _fernet_key():
    from cryptography.fernet import Fernet

    return Fernet.generate_key().decode()


def _random_key():
    import secrets

    return secrets.token_urlsafe(48)


# Fernet keys of the confidential fields and files, newest first; separate from SECRET_KEY.
CASEWORK_ENCRYPTION_KEYS = [
    key.strip() for key in (env_secret("CASEWORK_ENCRYPTION_KEYS") or "").split(",") if key.strip()
]
# HMAC key of the blind indexes (exact-match search without plaintext). Never rotated.
CASEWORK_BLIND_INDEX_KEY = env_secret("CASEWORK_BLIND_INDEX_KEY")
if not CASEWORK_ENCRYPTION_KEYS:
    if not DEBUG:
        raise ImproperlyConfigured("CASEWORK_ENCRYPTION_KEYS must be set when DEBUG is off.")
    CASEWORK_ENCRYPTION_KEYS = [dev_secret("CASEWORK_ENCRYPTION_KEYS", _fernet_key)]
if not CASEWORK_BLIND_INDEX_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("CASEWORK_BLIND_INDEX_KEY must be set when DEBUG is off.")
    CASEWORK_BLIND_INDEX_KEY = dev_secret("CASEWORK_BLIND_INDEX_KEY", _random_key)

# Closed cases are anonymised this many days after closure by `manage.py apply_retention`.
CASEWORK_RETENTION_DAYS = env_int("CASEWORK_RETENTION_DAYS", 5 * 365)

# --- Youth proposals ------------------------------------------------------------------------------

# Contact data of a closed proposal is erased this many days after it closed
# (`manage.py erase_proposal_contacts`).
PROPOSALS_CONTACT_RETENTION_DAYS = env_int("PROPOSALS_CONTACT_RETENTION_DAYS", 365)
# Per client address and hour: proposals sent, and tracking-code lookups.
PROPOSALS_SUBMISSIONS_PER_HOUR = env_int("PROPOSALS_SUBMISSIONS_PER_HOUR", 5)
PROPOSALS_LOOKUPS_PER_HOUR = env_int("PROPOSALS_LOOKUPS_PER_HOUR", 20)
# Per e-mail address and day: confirmations of proposals sent (anyone can type any address).
PROPOSALS_CONFIRMATIONS_PER_ADDRESS_PER_DAY = env_int(
    "PROPOSALS_CONFIRMATIONS_PER_ADDRESS_PER_DAY", 3
)
# A failing mail server: the e-mail task tries again later, this many times in all.
PROPOSALS_EMAIL_MAX_ATTEMPTS = env_int("PROPOSALS_EMAIL_MAX_ATTEMPTS", 8)

# --- Database -------------------------------------------------------------------------------------

DATABASE_URL = env_str("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'tiwizi.sqlite3'}"
try:
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 60), conn_health_checks=True
        )
    }
except ValueError as exc:
    raise ImproperlyConfigured(f"DATABASE_URL is not a database address: {exc}") from None
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Django's backend, creating the database file 0600 (cms/db/base.py).
    DATABASES["default"]["ENGINE"] = "cms.db"
    # Concurrent requests and the task worker share one SQLite file: wait for locks instead of
    # failing at once, and let readers proceed while a write is in progress. secure_delete: a
    # value erased (retention, an erasure on request) is overwritten with zeros in the file, so
    # no freed page of it reaches a later backup (casework/rights.py).
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA secure_delete=ON;"
        ),
    }

# --- Cache, sessions ------------------------------------------------------------------------------

REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "tiwizi",
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cache"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    SESSION_ENGINE = "django.contrib.sessions.backends.db"
# Counts every process must share (the public forms' rate limits, the e-mails per address): a
# local-memory cache counts per gunicorn worker. Redis when set, else a table of the database,
# which `createcachetable` makes after every `migrate` (ops.apps). Past MAX_ENTRIES rows the
# table drops its expired counts first; Django's default of 300 would soon let a flood of new
# keys push out the live counts that hold an address back.
if REDIS_URL:
    CACHES["limits"] = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "tiwizi-limits",
    }
else:
    CACHES["limits"] = {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "tiwizi_limits",
        "OPTIONS": {"MAX_ENTRIES": 100_000},
    }

# Django's default session lasts two weeks; an admin that holds confidential files must not.
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 60 * 60)
SESSION_SAVE_EVERY_REQUEST = True
# However active, an admin session ends this many hours after sign-in (accounts.sessions): a
# working day, so that a shared computer left signed in, or a stolen session kept busy, does not
# stay open for days.
ADMIN_SESSION_MAX_AGE_HOURS = env_int("ADMIN_SESSION_MAX_AGE_HOURS", 10)
if ADMIN_SESSION_MAX_AGE_HOURS < 1:
    raise ImproperlyConfigured("ADMIN_SESSION_MAX_AGE_HOURS must be 1 or more.")
ADMIN_SESSION_MAX_AGE = ADMIN_SESSION_MAX_AGE_HOURS * 60 * 60
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

# --- Authentication security ----------------------------------------------------------------------

# Casework roles, the DPO and superusers confirm every login with a TOTP code (django-otp); the
# enforcement is accounts.twofactor.TwoFactorMiddleware. The issuer names the account in their app.
OTP_TOTP_ISSUER = env_str("TOTP_ISSUER", "Tiwizi")
# Each wrong code doubles the wait before the next one is checked (1 s, 2 s, 4 s...).
OTP_TOTP_THROTTLE_FACTOR = 1

# Repeated failed passwords pause sign-in (django-axes, accounts/lockout.py), counted over the last
# LOGIN_LOCKOUT_MINUTES: LOGIN_FAILURE_LIMIT from one address for one username pauses that pair
# only; LOGIN_ADDRESS_FAILURE_LIMIT from one address, whatever the usernames, pauses the address;
# LOGIN_ACCOUNT_FAILURE_LIMIT for one username, whatever the addresses, pauses the username. The
# last two spare a browser that signed in to that username within LOGIN_KNOWN_DEVICE_DAYS: no one
# can pause a real user in her own browser, except from her own address and for her username.
LOGIN_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
LOGIN_ADDRESS_FAILURE_LIMIT = env_int("LOGIN_ADDRESS_FAILURE_LIMIT", 20)
LOGIN_ACCOUNT_FAILURE_LIMIT = env_int("LOGIN_ACCOUNT_FAILURE_LIMIT", 20)
LOGIN_LOCKOUT_MINUTES = env_int("LOGIN_LOCKOUT_MINUTES", 30)
LOGIN_KNOWN_DEVICE_DAYS = env_int("LOGIN_KNOWN_DEVICE_DAYS", 90)
if min(LOGIN_FAILURE_LIMIT, LOGIN_LOCKOUT_MINUTES, LOGIN_KNOWN_DEVICE_DAYS) < 1:
    raise ImproperlyConfigured(
        "LOGIN_FAILURE_LIMIT, LOGIN_LOCKOUT_MINUTES and LOGIN_KNOWN_DEVICE_DAYS must be 1 or more."
    )
if min(LOGIN_ADDRESS_FAILURE_LIMIT, LOGIN_ACCOUNT_FAILURE_LIMIT) < LOGIN_FAILURE_LIMIT:
    raise ImproperlyConfigured(
        "LOGIN_ADDRESS_FAILURE_LIMIT and LOGIN_ACCOUNT_FAILURE_LIMIT must be at least "
        "LOGIN_FAILURE_LIMIT."
    )
AXES_HANDLER = "accounts.lockout.LockoutHandler"
AXES_LOCKOUT_PARAMETERS = "accounts.lockout.lockout_parameters"
# Axes' single limit is the pair's; the handler measures the other combinations against theirs.
AXES_FAILURE_LIMIT = LOGIN_FAILURE_LIMIT
AXES_COOLOFF_TIME = LOGIN_LOCKOUT_MINUTES / 60  # hours
# Failures during a pause do not extend it; a right password clears its own pair's count.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True
# The same page and words whether or not the username exists (templates/accounts/two_factor/).
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
AXES_COOLOFF_MESSAGE = _("Too many failed sign-in attempts. Sign-in is paused; try again later.")
AXES_HTTP_RESPONSE_CODE = 429
# Reverse proxies in front of the app servers, each appending to X-Forwarded-For (0: clients
# connect directly). Without the right count the proxy's address stands for every client.
REVERSE_PROXY_COUNT = env_int("REVERSE_PROXY_COUNT", 0)
if REVERSE_PROXY_COUNT < 0:
    raise ImproperlyConfigured("REVERSE_PROXY_COUNT must be 0 or more.")
# Axes, the audit trail and the rate limits read the client's address with one function.
AXES_CLIENT_IP_CALLABLE = "accounts.addresses.client_address"
# The audit trail records logins and logouts; no second copy in axes' access log.
AXES_DISABLE_ACCESS_LOG = True

# --- Background tasks -----------------------------------------------------------------------------

TASKS = {
    "default": {
        "BACKEND": env_str("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}

# --- Health check and backups --------------------------------------------------------------------

# /healthz answers 503 when the task worker has sent no heartbeat, or has left a ready task waiting,
# for longer than this many seconds (e-mails and search indexing wait for it).
HEALTH_WORKER_MAX_DELAY = env_int("HEALTH_WORKER_MAX_DELAY", 300)
# How often a running worker writes its heartbeat.
WORKER_HEARTBEAT_SECONDS = env_int("WORKER_HEARTBEAT_SECONDS", 15)
if HEALTH_WORKER_MAX_DELAY < 1 or WORKER_HEARTBEAT_SECONDS < 1:
    raise ImproperlyConfigured(
        "HEALTH_WORKER_MAX_DELAY and WORKER_HEARTBEAT_SECONDS must be 1 or more."
    )

# `manage.py backup` encrypts every archive to these age public keys (age1..., comma-separated).
# The matching secret keys never live on the server: `manage.py restore --identity FILE`.
BACKUP_RECIPIENTS = env_list("BACKUP_RECIPIENTS")
# Where `manage.py backup` writes its archives, and how many it keeps there.
BACKUP_DIR = Path(env_str("BACKUP_DIR", str(VAR_DIR / "backups")))
BACKUP_KEEP = env_int("BACKUP_KEEP", 14)

# --- Security -------------------------------------------------------------------------------------

# With DEBUG off the site assumes HTTPS; each of these can be turned off to run a production-mode
# server over plain HTTP on 127.0.0.1 (tests, benchmarks).
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 60 * 60 * 24 * 365)
# Both on by default, so that `check --deploy --fail-level WARNING` passes. A browser applies
# includeSubDomains to the host that sent the header and the names below it: served from
# tiwizi.belfaa.ma, it covers *.tiwizi.belfaa.ma only, never the commune's other hosts. preload
# does nothing by itself: only the registrable domain (belfaa.ma) can be submitted to the
# browsers' preload list, by its owner. Set both to false only when the site is served from the
# bare domain while other hosts of that domain still speak plain HTTP.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
if env_bool("USE_X_FORWARDED_PROTO", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# --- Languages ------------------------------------------------------------------------------------

# Django knows French, Arabic and English but not Standard Moroccan Tamazight; a LANG_INFO entry
# and the compiled catalogue in locale/zgh/ make it a full language (see RECIPES.md).
LANG_INFO["zgh"] = {
    "bidi": False,
    "code": "zgh",
    "name": "Standard Moroccan Tamazight",
    "name_local": "ⵜⴰⵎⴰⵣⵉⵖⵜ",
}

LANGUAGE_CODE = "fr"
LANGUAGES = [
    ("fr", _("French")),
    ("ar", _("Arabic")),
    ("zgh", _("Standard Moroccan Tamazight")),
    ("en", _("English")),
]
LANGUAGES_BIDI = ["ar"]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Formats Django lacks for a language (cms/formats/<code>/formats.py).
FORMAT_MODULE_PATH = ["cms.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Africa/Casablanca"

WAGTAIL_I18N_ENABLED = True
# "Translate this page" makes a draft: wagtail-localize's default publishes at once a copy whose
# untranslated strings are the source's, French under lang="en" with no notice. Until the draft
# is published, the page stays the marked fallback (home/fallbacks.py).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    ("fr", "Français"),
    ("ar", "العربية"),
    ("en", "English"),
]

# --- Static files and media -----------------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "static")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = env_str("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))

# One S3-compatible endpoint and account for the public and the private bucket.
_S3_CONNECTION = {
    "endpoint_url": env_str("S3_ENDPOINT_URL"),
    "region_name": env_str("S3_REGION"),
    "access_key": env_secret("S3_ACCESS_KEY_ID"),
    "secret_key": env_secret("S3_SECRET_ACCESS_KEY"),
    "file_overwrite": False,
    "default_acl": None,
}

S3_BUCKET = env_str("S3_BUCKET")
if S3_BUCKET:
    _media_storage = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_S3_CONNECTION,
            "bucket_name": S3_BUCKET,
            "custom_domain": env_str("S3_CUSTOM_DOMAIN"),
            "querystring_auth": False,
        },
    }
else:
    # Public media: readable by the service's user and by its folder's group, nobody else. On a
    # server, deploy/install gives MEDIA_ROOT the group of nginx's workers with the setgid bit,
    # so what the application writes here is nginx's to read (it serves the renditions itself)
    # and no other account's: documents of private collections are here too.
    _media_storage = {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"file_permissions_mode": 0o640, "directory_permissions_mode": 0o750},
    }
# Any other file an upload writes to disk: the service's user alone.
FILE_UPLOAD_PERMISSIONS = 0o600
FILE_UPLOAD_DIRECTORY_PERMISSIONS = 0o700

S3_PRIVATE_BUCKET = env_str("S3_PRIVATE_BUCKET")


def _private_storage(folder, bucket_prefix=None):
    """A storage that no URL serves: its files are read only through a permission-checked view
    or as renditions. In the private bucket under `bucket_prefix`, with signed, expiring links;
    or on disk in VAR_DIR/`folder`, outside MEDIA_ROOT, readable by the service's user alone (not
    the web server's, not another account's on the same machine)."""
    if S3_PRIVATE_BUCKET:
        options = {
            **_S3_CONNECTION,
            "bucket_name": S3_PRIVATE_BUCKET,
            "custom_domain": None,
            "querystring_auth": True,
        }
        if bucket_prefix:
            options["location"] = bucket_prefix
        return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}
    return {
        "BACKEND": "cms.storage.PrivateFileSystemStorage",
        "OPTIONS": {
            "location": str(VAR_DIR / folder),
            "file_permissions_mode": 0o600,
            "directory_permissions_mode": 0o700,
        },
    }


STORAGES = {
    "default": _media_storage,
    # Casework attachments: only the audited download view reads them.
    "casework": _private_storage("private"),
    # Attachments of the youth proposals (proposals.models.ProposalAttachment): officers open
    # them through a permission-checked view.
    "proposals": _private_storage("private-proposals", bucket_prefix="proposals"),
    # Originals of the site's images (home.models.images.SiteImage): the site shows renditions.
    "private_media": _private_storage("private-media", bucket_prefix="site-images"),
    # Hashed, compressed file names (cached for a year by browsers) once collectstatic has run.
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage",
        "OPTIONS": {"file_permissions_mode": 0o644, "directory_permissions_mode": 0o755},
    },
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Security headers ------------------------------------------------------------------------------

# Content-Security-Policy (django-csp; cms.security picks the admin's under ADMIN_URL_PREFIX).
# Public pages load nothing but this site's own files: no inline script or style, no eval (every
# script and style is a file under static/). Pictures and sound may come from the media bucket;
# the only frames are the two video players, loaded when a visitor presses play
# (home.templatetags.public_content.video_embed).
ADMIN_URL_PREFIX = "/admin/"
VIDEO_PLAYER_ORIGINS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]


def _media_origins():
    """Where public media is fetched from when it is not this site (S3_BUCKET)."""
    if not S3_BUCKET:
        return []
    if custom_domain := env_str("S3_CUSTOM_DOMAIN"):
        return [f"https://{custom_domain}"]
    endpoint = urlsplit(env_str("S3_ENDPOINT_URL") or "https://s3.amazonaws.com")
    # Path-style and virtual-host-style addresses of the bucket.
    return [
        f"{endpoint.scheme}://{endpoint.netloc}",
        f"{endpoint.scheme}://{S3_BUCKET}.{endpoint.netloc}",
    ]


_SELF = "'self'"
_NONE = "'none'"
MEDIA_ORIGINS = _media_origins()
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [_SELF],
        "script-src": [_SELF],
        "style-src": [_SELF],
        # data: for the empty icon of base.html (<link rel="icon" href="data:,">, which spares
        # a request for /favicon.ico); a picture cannot run a script.
        "img-src": [_SELF, "data:", *MEDIA_ORIGINS],
        "media-src": [_SELF, *MEDIA_ORIGINS],
        "font-src": [_SELF],
        "connect-src": [_SELF],
        "frame-src": VIDEO_PLAYER_ORIGINS,
        "object-src": [_NONE],
        "base-uri": [_NONE],
        "form-action": [_SELF],
        "frame-ancestors": [_NONE],
    }
}
# The admin (every URL under ADMIN_URL_PREFIX: two-step pages and lockout page included) is as
# loose as Wagtail 8 needs, and no looser. Measured in Chromium with 'self' alone
# (tests/cms/test_content_security_policy_browser.py): Wagtail writes inline <script> elements
# (the page editor's date pickers and InlinePanels, the listings of the page explorer, casework
# and proposals, the choosers' modal HTML that its jQuery runs), and its bundled editor code
# (vendor.js: Draftail, tooltips) adds <style> elements: 18 violations on a StreamField page's
# editor, 2 on each listing. Hence 'unsafe-inline' for script-src and style-src; never
# 'unsafe-eval' (nothing asked for it). blob: pictures are the previews of the images chosen for
# upload; the preview panel frames the admin's own preview URL.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [_SELF, "'unsafe-inline'"],
        "style-src": [_SELF, "'unsafe-inline'"],
        "img-src": [_SELF, "blob:", *MEDIA_ORIGINS],
        "frame-src": [_SELF],
        "base-uri": [_SELF],
        "frame-ancestors": [_SELF],
    }
}

# Browser features: none of them on any page, but what passkeys need (the admin's second step)
# and what the video players need once a visitor has pressed play.
_VIDEO = ["self", *(f'"{origin}"' for origin in VIDEO_PLAYER_ORIGINS)]
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": _VIDEO,
    "camera": [],
    "display-capture": [],
    "encrypted-media": _VIDEO,
    "fullscreen": _VIDEO,
    "geolocation": [],
    "gyroscope": [],
    "hid": [],
    "idle-detection": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "picture-in-picture": _VIDEO,
    "publickey-credentials-create": ["self"],
    "publickey-credentials-get": ["self"],
    "screen-wake-lock": [],
    "serial": [],
    "usb": [],
    "xr-spatial-tracking": [],
}
# No other site may embed this one's pages, pictures or files.
CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"

# --- E-mail ---------------------------------------------------------------------------------------

EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_secret("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Tiwizi <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Logging --------------------------------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        # Request errors would otherwise carry POST bodies and URLs into logs; the message and
        # status are enough to find a fault.
        "django.request": {"level": "ERROR", "propagate": True},
    },
}

# --- Wagtail --------------------------------------------------------------------------------------

WAGTAIL_SITE_NAME = "Tiwizi"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")

# Passkeys (django-otp-webauthn) may replace the app's code at the second step; never the password.
# Browsers bind a passkey to a domain name (the relying party id), never to an IP address: by
# default the admin's host, or "localhost" when the admin is reached by address (the demo then
# offers passkeys at http://localhost:8000/admin/).
_admin_url = urlsplit(WAGTAILADMIN_BASE_URL)
_admin_host = _admin_url.hostname or "localhost"
try:
    ipaddress.ip_address(_admin_host)
    _admin_host = "localhost"
except ValueError:
    pass  # a domain name: passkeys are bound to it
OTP_WEBAUTHN_RP_ID = env_str("WEBAUTHN_RP_ID", _admin_host)
OTP_WEBAUTHN_RP_NAME = env_str("WEBAUTHN_RP_NAME", "Tiwizi")
_admin_port = f":{_admin_url.port}" if _admin_url.port else ""
OTP_WEBAUTHN_ALLOWED_ORIGINS = env_list(
    "WEBAUTHN_ALLOWED_ORIGINS", [f"{_admin_url.scheme}://{OTP_WEBAUTHN_RP_ID}{_admin_port}"]
)
OTP_WEBAUTHN_ALLOW_PASSWORDLESS_LOGIN = False
# Passkeys are stored encrypted (accounts/models.py), not in the library's own tables.
OTP_WEBAUTHN_CREDENTIAL_MODEL = "accounts.Passkey"
OTP_WEBAUTHN_ATTESTATION_MODEL = "accounts.PasskeyAttestation"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# No request to an outside host from any page, admin included (Gravatar would be one).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# A credit and a "shows people" flag on every image (home.models.images).
WAGTAILIMAGES_IMAGE_MODEL = "home.SiteImage"
# Moderation mail goes to the groups of each workflow step (home/migrations/0006), not also to the
# technical administrator, who is not on the communications team.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False

GUARDIAN_RAISE_403 = False
GUARDIAN_RENDER_403 = False
ANONYMOUS_USER_NAME = None

# In development (and tests) WhiteNoise serves straight from the source folders, no collectstatic.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG
