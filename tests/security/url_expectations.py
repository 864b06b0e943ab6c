"""What each identity must get from each URL: the table of test_url_matrix.py.

`TABLE[route] = (GET, POST)`, or `{variant: (GET, POST)}` for a route asked with several kinds of
object (a reserved and an open group, each bulk action...); each a rule read left to right: `class=code` pairs, the first
class the identity belongs to decides, `*` for everyone else. The classes:

- `anonymous`; `password-only` (cw-listening, second step not taken); `out` is both;
- a persona by its username (`editor`, `youth-officer`, `dpo`...); `emergency`, the superuser
  under an emergency access on the listening centre's case (for every other case he is `admin`);
- `comms` (editor, comms-lead); `caseworkers` (cw-*), `supervisors` (sup-*), `casework` (both);
- for a URL asked once per service (a case, an activity, a referral of that service's case):
  `owner` (the case's caseworker), `supervisor` (of that service), `team` (both), `service` (every
  caseworker and the supervisor of that service), `receiving` (the staff of the service the
  referral goes to).

Codes: 200 shown; 302 sent elsewhere (to the sign-in or second step when `out`, to the dashboard
with "permission denied" for Wagtail's own screens, back to the case after an action); 400 a
malformed request; 403 may see but not do; 404 may not know it exists; 405 wrong method.
"""

from tests.security.url_world import OWNERS, REFERRED_TO, SERVICES

PASSWORD_ONLY = "cw-listening, password only"
EMERGENCY = "admin under emergency access"


def service_of(username):
    for kind in SERVICES:
        if username.endswith(kind) or username == f"{OWNERS[kind]}-2":
            return kind
    return None


def classes(identity, variant):
    """The classes `identity` belongs to for a URL of `variant`, most specific first."""
    if identity == "anonymous":
        return ["anonymous", "out"]
    if identity == PASSWORD_ONLY:
        return ["password-only", "out"]
    if identity == EMERGENCY:
        return (["emergency"] if variant in ("", "listening") else []) + ["admin"]
    found = [identity]
    kind = service_of(identity)
    if variant in SERVICES:
        if identity == OWNERS[variant]:
            found += ["owner", "team"]
        if identity == f"sup-{variant}":
            found += ["supervisor", "team"]
        if kind == variant:
            found.append("service")
        if kind == REFERRED_TO[variant]:
            found.append("receiving")
    if identity in ("editor", "comms-lead"):
        found.append("comms")
    if identity.startswith("cw-"):
        found += ["caseworkers", "casework"]
    if identity.startswith("sup-"):
        found += ["supervisors", "casework"]
    return found


def expected(rule, identity, variant):
    pairs = [pair.split("=") for pair in rule.split()]
    mine = classes(identity, variant)
    for name, code in pairs:
        if name == "*" or name in mine:
            return int(code)
    raise AssertionError(f"rule {rule!r} says nothing of {identity!r}")


def compare(seen):
    """Every answer that differs from the table, one line each."""
    wrong = []
    for (route, variant, method), answers in sorted(seen.items()):
        entry = TABLE[route]
        if isinstance(entry, dict):  # one rule pair per variant (a group of each kind...)
            entry = entry[variant]
        rule = entry[0 if method == "get" else 1]
        for identity, code in sorted(answers.items()):
            want = expected(rule, identity, variant)
            if code != want:
                where = f"{method.upper()} {route} [{variant}]" if variant else route
                wrong.append(f"{where}: {identity} got {code}, the table says {want}")
    return wrong


TABLE = {
    # The public site, its files and the platform's health check: the same for everyone.
    "healthz": ("*=200", "*=405"),
    # Sign-in's second step and passkeys: only for a password-checked session (`password-only`).
    "admin/two-factor/setup/": ("*=302", "*=302"),
    "admin/two-factor/verify/": (
        "anonymous=302 password-only=200 *=302",
        "anonymous=302 password-only=200 *=302",
    ),
    "admin/two-factor/": (
        "anonymous=404 password-only=302 comms=404 youth-officer=404 *=200",
        "anonymous=404 password-only=302 *=404",
    ),
    "admin/two-factor/passkeys/registration/begin/": (
        "anonymous=403 password-only=302 comms=403 youth-officer=403 *=405",
        "anonymous=403 password-only=302 comms=403 youth-officer=403 *=200",
    ),
    "admin/two-factor/passkeys/registration/complete/": (
        "anonymous=403 password-only=302 comms=403 youth-officer=403 *=405",
        "anonymous=403 password-only=302 comms=403 youth-officer=403 *=400",
    ),
    "admin/two-factor/passkeys/authentication/begin/": (
        "anonymous=403 password-only=405 *=405",
        "anonymous=403 password-only=200 *=200",
    ),
    "admin/two-factor/passkeys/authentication/complete/": (
        "anonymous=403 password-only=405 *=405",
        "anonymous=403 password-only=400 *=400",
    ),
    "admin/two-factor/passkeys/jsi18n/": ("*=200", "*=405"),
    # Wagtail's deliberate-error page is not served (cms/views.py); the external-link chooser
    # answers a post without its field with the form's error (cms/views.py).
    "admin/failwhale/": (
        "anonymous=404 password-only=302 *=404",
        "anonymous=404 password-only=302 *=404",
    ),
    "admin/choose-external-link/": ("out=302 *=200", "out=302 *=200"),
    "admin/": ("out=302 *=200", "out=302 *=405"),
    "admin/test404/": ("out=302 *=200", "out=302 *=405"),
    "admin/api/main/^pages/": ("out=302 *=200", "out=302 *=405"),
    "admin/api/main/^pages/<int:pk>/": ("out=302 comms=200 admin=200 *=404", "out=302 *=405"),
    "admin/api/main/^pages/find/": ("out=302 *=404", "out=302 *=405"),
    "admin/api/main/^pages/<int:pk>/action/<str:action_name>/": ("out=302 *=405", "out=302 *=404"),
    "admin/api/main/^documents/": ("out=302 *=200", "out=302 *=405"),
    "admin/api/main/^documents/<int:pk>/": ("out=302 *=200", "out=302 *=405"),
    "admin/api/main/^documents/find/": ("out=302 *=404", "out=302 *=405"),
    "admin/api/main/^images/": ("out=302 *=400", "out=302 *=405"),
    "admin/api/main/^images/<int:pk>/": ("out=302 *=400", "out=302 *=405"),
    "admin/api/main/^images/find/": ("out=302 *=404", "out=302 *=405"),
    # Wagtail's page screens: communications and the superuser; anyone else is sent to the
    # dashboard ("permission denied"). Three Wagtail quirks shown to every admin user, which reveal
    # only public page titles and act on nothing (a caseworker's post is refused and changes no
    # page, checked by hand): the bulk actions' confirmation, the move confirmation, the
    # parent chooser of page creation.
    "admin/pages/": ("comms=200 admin=200 *=302", "comms=405 admin=405 *=302"),
    "admin/pages/<int:parent_page_id>/": ("comms=200 admin=200 *=302", "comms=405 admin=405 *=302"),
    "admin/pages/<int:parent_page_id>/results/": (
        "comms=200 admin=200 *=302",
        "comms=405 admin=405 *=302",
    ),
    "admin/bulk/<str:app_label>/<str:model_name>/<str:action>/": {
        "user assign_role": ("admin=200 *=302", "admin=200 *=302"),
        "user delete": ("admin=200 *=302", "*=302"),
        "user set_active_state": ("admin=200 *=302", "admin=200 *=302"),
        "siteimage add_tags": ("out=302 *=200", "out=302 *=200"),
        "siteimage add_to_collection": ("out=302 *=200", "out=302 *=200"),
        "siteimage delete": ("out=302 *=200", "*=302"),
        "page delete": ("out=302 *=200", "*=302"),
        "page move": ("out=302 *=200", "out=302 *=200"),
        "page publish": ("out=302 *=200", "*=302"),
        "page unpublish": ("out=302 *=200", "*=302"),
        "document add_tags": ("out=302 *=200", "out=302 *=200"),
        "document add_to_collection": ("out=302 *=200", "out=302 *=200"),
        "document delete": ("out=302 *=200", "*=302"),
        "topic delete": ("out=302 *=200", "*=302"),
        "contactdetails delete": ("out=302 *=200", "*=302"),
    },
    "admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/": (
        "comms=200 admin=200 *=302",
        "comms=400 admin=400 *=302",
    ),
    "admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/preview/": (
        "comms=200 admin=200 *=302",
        "comms=200 admin=200 *=302",
    ),
    "admin/pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/": (
        "comms=200 admin=200 *=302",
        "comms=405 admin=405 *=302",
    ),
    "admin/pages/create/<slug:app_label>/<slug:model_name>": (
        "out=302 comms=302 admin=302 *=200",
        "out=302 *=200",
    ),
    "admin/pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/results/": (
        "comms=200 admin=200 *=302",
        "comms=405 admin=405 *=302",
    ),
    "admin/pages/<int:page_id>/usage/": ("comms=200 admin=200 *=302", "comms=405 admin=405 *=302"),
    "admin/pages/<int:page_id>/edit/": ("comms=200 admin=200 *=302", "comms=400 admin=400 *=302"),
    "admin/pages/<int:page_id>/edit/preview/": (
        "comms=200 admin=200 *=302",
        "comms=200 admin=200 *=302",
    ),
    "admin/pages/<int:page_id>/view_draft/": (
        "comms=200 admin=200 *=302",
        "comms=200 admin=200 *=302",
    ),
    "admin/pages/<int:parent_page_id>/add_subpage/": ("*=302", "*=302"),
    "admin/pages/<int:page_id>/delete/": ("admin=200 comms-lead=200 *=302", "*=302"),
    "admin/pages/<int:page_id>/unpublish/": ("admin=200 comms-lead=200 *=302", "*=302"),
    "admin/pages/<int:page_id>/convert_alias/": ("out=302 *=404", "out=302 *=404"),
    "admin/pages/search/": ("comms=200 admin=200 *=302", "comms=405 admin=405 *=302"),
    "admin/pages/search/results/": ("comms=200 admin=200 *=302", "comms=405 admin=405 *=302"),
    "admin/pages/<int:page_to_move_id>/move/": (
        "admin=200 comms-lead=200 *=302",
        "admin=200 comms-lead=200 *=302",
    ),
    "admin/pages/<int:page_to_move_id>/move/<int:destination_id>/confirm/": (
        "out=302 *=200",
        "*=302",
    ),
    "admin/pages/<int:page_to_move_id>/set_position/": (
        "out=302 *=405",
        "admin=200 comms-lead=200 *=302",
    ),
    "admin/pages/<int:page_id>/copy/": ("comms=200 admin=200 *=302", "comms=400 admin=400 *=302"),
    "admin/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/": (
        "admin=200 comms-lead=200 *=302",
        "*=302",
    ),
    "admin/pages/workflow/collect_action_data/<int:page_id>/<slug:action_name>/<int:task_state_id>/": (
        "admin=200 comms-lead=200 *=302",
        "admin=200 comms-lead=200 *=302",
    ),
    "admin/pages/workflow/confirm_cancellation/<int:page_id>/": ("out=302 *=200", "out=302 *=200"),
    "admin/pages/workflow/preview/<int:page_id>/<int:task_id>/": (
        "admin=200 comms-lead=200 *=302",
        "out=302 *=405",
    ),
    "admin/pages/<int:page_id>/privacy/": (
        "admin=200 comms-lead=200 *=302",
        "admin=200 comms-lead=200 *=302",
    ),
    "admin/pages/<int:page_id>/lock/": ("out=302 *=405", "*=302"),
    "admin/pages/<int:page_id>/unlock/": ("out=302 *=405", "*=302"),
    "admin/pages/<int:page_id>/revisions/": ("*=302", "*=302"),
    "admin/pages/<int:page_id>/revisions/<int:revision_id>/view/": (
        "comms=200 admin=200 *=302",
        "comms=405 admin=405 *=302",
    ),
    "admin/pages/<int:page_id>/revisions/<int:revision_id>/revert/": (
        "comms=200 admin=200 *=302",
        "comms=400 admin=400 *=302",
    ),
    "admin/pages/<int:page_id>/revisions/<int:revision_id>/unschedule/": (
        "admin=200 comms-lead=200 *=302",
        "*=302",
    ),
    "admin/pages/^(?P<pk>\\d+)/revisions/compare/(?P<revision_id_a>live|earliest|\\d+)\\.\\.\\.(?P<revision_id_b>live|latest|\\d+)/$": (
        "comms=200 admin=200 *=302",
        "comms=405 admin=405 *=302",
    ),
    "admin/pages/<int:page_id>/workflow_history/": (
        "comms=200 admin=200 *=302",
        "comms=405 admin=405 *=302",
    ),
    "admin/pages/<int:page_id>/workflow_history/detail/<int:workflow_state_id>/": (
        "comms=200 admin=200 *=302",
        "comms=405 admin=405 *=302",
    ),
    "admin/pages/<int:page_id>/history/": (
        "comms=200 admin=200 *=302",
        "comms=405 admin=405 *=302",
    ),
    "admin/pages/<int:page_id>/history/results/": (
        "comms=200 admin=200 *=302",
        "comms=405 admin=405 *=302",
    ),
    "admin/choose-page/": ("out=302 *=200", "out=302 *=405"),
    "admin/choose-page/<int:parent_page_id>/": ("out=302 *=200", "out=302 *=405"),
    "admin/choose-page/search/": ("out=302 *=200", "out=302 *=405"),
    "admin/choose-page/chosen-multiple/": ("out=302 *=200", "out=302 *=405"),
    "admin/choose-email-link/": ("out=302 *=200", "out=302 *=200"),
    "admin/choose-phone-link/": ("out=302 *=200", "out=302 *=200"),
    "admin/choose-anchor-link/": ("out=302 *=200", "out=302 *=200"),
    "admin/tag-autocomplete/": ("out=302 *=200", "out=302 *=200"),
    "admin/tag-autocomplete/<slug:app_name>/<slug:model_name>/": ("out=302 *=404", "out=302 *=404"),
    "admin/collections/": ("admin=200 *=302", "admin=405 *=302"),
    "admin/collections/add/": ("admin=200 *=302", "admin=200 *=302"),
    "admin/collections/<int:pk>/": ("admin=404 *=302", "admin=404 *=302"),
    "admin/collections/<int:pk>/delete/": ("out=302 *=404", "out=302 *=404"),
    "admin/collections/<int:collection_id>/privacy/": ("admin=200 *=302", "admin=200 *=302"),
    "admin/workflows/list/": ("admin=200 *=302", "admin=405 *=302"),
    "admin/workflows/list/results/": ("admin=200 *=302", "admin=405 *=302"),
    "admin/workflows/add/": ("admin=200 *=302", "admin=200 *=302"),
    "admin/workflows/enable/<int:pk>/": ("out=302 *=405", "*=302"),
    "admin/workflows/disable/<int:pk>/": ("admin=200 *=302", "*=302"),
    "admin/workflows/edit/<int:pk>/": ("admin=200 *=302", "admin=200 *=302"),
    "admin/workflows/usage/<int:pk>/": ("admin=200 *=302", "admin=405 *=302"),
    "admin/workflows/usage/<int:pk>/results/": ("admin=200 *=302", "admin=405 *=302"),
    "admin/workflows/remove/<int:page_pk>/": ("out=302 *=405", "*=302"),
    "admin/workflows/remove/<int:page_pk>/<int:workflow_pk>/": ("out=302 *=405", "*=302"),
    "admin/workflows/tasks/add/<str:app_label>/<str:model_name>/": (
        "admin=200 *=302",
        "admin=200 *=302",
    ),
    "admin/workflows/tasks/select_type/": ("*=302", "*=302"),
    "admin/workflows/tasks/index/": ("admin=200 *=302", "admin=405 *=302"),
    "admin/workflows/tasks/index/results/": ("admin=200 *=302", "admin=405 *=302"),
    "admin/workflows/tasks/edit/<int:pk>/": ("admin=200 *=302", "admin=200 *=302"),
    "admin/workflows/tasks/disable/<int:pk>/": ("admin=200 *=302", "*=302"),
    "admin/workflows/tasks/enable/<int:pk>/": ("out=302 *=405", "*=302"),
    "admin/workflows/task_chooser/": ("out=302 *=200", "out=302 *=405"),
    "admin/workflows/task_chooser/results/": ("out=302 *=200", "out=302 *=405"),
    "admin/workflows/task_chooser/create/": ("out=302 *=200", "out=302 admin=200 *=400"),
    "admin/workflows/task_chooser/<int:task_id>/": ("out=302 *=200", "out=302 *=200"),
    "admin/reports/locked/": ("admin=200 comms-lead=200 *=302", "admin=405 comms-lead=405 *=302"),
    "admin/reports/locked/results/": (
        "admin=200 comms-lead=200 *=302",
        "admin=405 comms-lead=405 *=302",
    ),
    "admin/reports/workflow/": ("comms=200 admin=200 *=302", "comms=405 admin=405 *=302"),
    "admin/reports/workflow/results/": ("comms=200 admin=200 *=302", "comms=405 admin=405 *=302"),
    "admin/reports/workflow_tasks/": ("comms=200 admin=200 *=302", "comms=405 admin=405 *=302"),
    "admin/reports/workflow_tasks/results/": (
        "comms=200 admin=200 *=302",
        "comms=405 admin=405 *=302",
    ),
    "admin/reports/site-history/": ("out=302 *=200", "out=302 *=405"),
    "admin/reports/site-history/results/": ("out=302 *=200", "out=302 *=405"),
    # The pages' translation status (home/reports.py): for those who edit pages.
    "admin/reports/translation-status/": ("comms=200 admin=200 *=302", "comms=405 admin=405 *=302"),
    "admin/reports/translation-status/results/": (
        "comms=200 admin=200 *=302",
        "comms=405 admin=405 *=302",
    ),
    "admin/reports/aging-pages/": ("comms=200 admin=200 *=302", "comms=405 admin=405 *=302"),
    "admin/reports/aging-pages/results/": (
        "comms=200 admin=200 *=302",
        "comms=405 admin=405 *=302",
    ),
    "admin/reports/page-types-usage/": ("comms=200 admin=200 *=302", "comms=405 admin=405 *=302"),
    "admin/reports/page-types-usage/results/": (
        "comms=200 admin=200 *=302",
        "comms=405 admin=405 *=302",
    ),
    "admin/account/": ("out=302 *=200", "out=302 *=200"),
    "admin/logout/": ("anonymous=302 password-only=405 *=405", "*=302"),
    "admin/dismissibles/": ("out=302 *=200", "out=302 *=405"),
    "admin/editing-sessions/ping/<str:app_label>/<str:model_name>/<str:object_id>/<int:session_id>/": (
        "out=302 *=405",
        "out=302 comms=200 admin=200 *=404",
    ),
    "admin/editing-sessions/release/<int:session_id>/": ("out=302 *=405", "out=302 *=200"),
    "admin/block-preview/": ("out=302 *=404", "out=302 *=405"),
    "admin/withheld-images/<str:signature>/<int:image_id>/<str:filter_spec>/": (
        "out=302 *=404",
        "out=302 *=404",
    ),
    # Casework roles (casework/viewsets/roles.py): the DPO and supervisors; the pending change
    # asked by the DPO for the migrant office is confirmed by its supervisor (302 back), and the
    # DPO's own confirmation is refused (302 back with the reason).
    "admin/casework/roles/": (
        "out=302 supervisors=200 dpo=200 *=404",
        "out=302 supervisors=200 dpo=200 *=404",
    ),
    "admin/casework/roles/<int:pk>/<slug:decision>/": (
        "out=302 *=405",
        "out=302 sup-migrants=302 dpo=302 *=404",
    ),
    # A person's data rights (casework/viewsets/rights.py): the DPO only, asked on the demo's
    # waiting access request: its rectification and erasure screens are refused (403), an
    # empty export or refusal returns to the request (302), an empty new request shows its
    # errors (200).
    "admin/casework/rights/": ("out=302 dpo=200 *=404", "out=302 dpo=405 *=404"),
    "admin/casework/rights/new/": ("out=302 dpo=200 *=404", "out=302 dpo=200 *=404"),
    "admin/casework/rights/<int:pk>/": ("out=302 dpo=200 *=404", "out=302 dpo=405 *=404"),
    "admin/casework/rights/<int:pk>/export/": ("out=302 dpo=405 *=404", "out=302 dpo=302 *=404"),
    "admin/casework/rights/<int:pk>/rectify/": ("out=302 dpo=403 *=404", "out=302 dpo=403 *=404"),
    "admin/casework/rights/<int:pk>/erase/": ("out=302 dpo=403 *=404", "out=302 dpo=403 *=404"),
    "admin/casework/rights/<int:pk>/refuse/": ("out=302 dpo=405 *=404", "out=302 dpo=302 *=404"),
    # A case's legal hold: placed by its team (an empty reason: the form again), 403 to the
    # administrator under emergency access, who may read the case only.
    "admin/casework/cases/<int:pk>/legal-hold/": (
        "out=302 emergency=403 team=200 *=404",
        "out=302 emergency=403 team=200 *=404",
    ),
    "admin/localize/jsi18n/": ("out=302 *=200", "out=302 *=405"),
    "admin/localize/submit/page/<int:page_id>/": (
        "comms=200 admin=200 *=302",
        "comms=200 admin=200 *=302",
    ),
    "admin/localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/": (
        "comms=404 admin=404 *=302",
        "comms=404 admin=404 *=302",
    ),
    "admin/localize/update/<int:translation_source_id>/": ("comms=200 admin=200 *=302", "*=302"),
    "admin/localize/translate/<int:translation_id>/strings/<int:string_segment_id>/edit/": (
        "out=302 *=405",
        "out=302 *=405",
    ),
    "admin/localize/translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/": (
        "out=302 *=405",
        "out=302 *=405",
    ),
    "admin/localize/translate/<int:translation_id>/pofile/download/": (
        "comms=200 admin=200 *=302",
        "comms=200 admin=200 *=302",
    ),
    "admin/localize/translate/<int:translation_id>/pofile/upload/": (
        "out=302 *=405",
        "comms=400 admin=400 *=302",
    ),
    "admin/localize/translate/<int:translation_id>/machine_translate/": (
        "out=302 *=405",
        "out=302 *=404",
    ),
    "admin/localize/translate/<int:translation_id>/preview/": (
        "comms=200 admin=200 *=302",
        "comms=200 admin=200 *=302",
    ),
    "admin/localize/translate/<int:translation_id>/preview/<str:mode>/": (
        "comms=404 admin=404 *=302",
        "comms=404 admin=404 *=302",
    ),
    "admin/localize/translate/<int:translation_id>/disable/": ("out=302 *=405", "*=302"),
    "admin/localize/page/<int:page_id>/convert_to_alias/": (
        "comms=404 admin=404 *=302",
        "comms=404 admin=404 *=302",
    ),
    "admin/localize/reports/translations/": ("out=302 *=200", "out=302 *=405"),
    "admin/localize/api/snippets/<slug:app_label>/<slug:model_name>/": (
        "out=302 *=404",
        "out=302 *=405",
    ),
    "admin/localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/": (
        "out=302 *=404",
        "out=302 *=405",
    ),
    "admin/localize/reports/translations/results/": ("out=302 *=200", "out=302 *=405"),
    "admin/settings/<slug:app_name>/<slug:model_name>/": ("*=302", "*=302"),
    "admin/settings/<slug:app_name>/<slug:model_name>/<int:pk>/": (
        "admin=200 *=302",
        "admin=400 *=302",
    ),
    "admin/settings/<slug:app_name>/<slug:model_name>/<int:pk>/preview/": (
        "admin=404 *=302",
        "admin=404 *=302",
    ),
    "admin/redirects/": ("admin=200 *=302", "admin=405 *=302"),
    "admin/redirects/results/": ("admin=200 *=302", "admin=405 *=302"),
    "admin/redirects/add/": ("admin=200 *=302", "admin=200 *=302"),
    "admin/redirects/<int:redirect_id>/": ("admin=200 *=302", "admin=200 *=302"),
    "admin/redirects/<int:redirect_id>/delete/": ("admin=200 *=302", "*=302"),
    "admin/redirects/import/": ("admin=200 *=302", "admin=200 *=302"),
    "admin/redirects/import/process/": ("admin=405 *=302", "admin=400 *=302"),
    "admin/embeds/chooser/": ("out=302 *=200", "out=302 *=200"),
    "admin/embeds/chooser/upload/": ("out=302 *=200", "out=302 *=200"),
    # The translatable snippets (home/snippets.py): the communications team edits and translates
    # them, leads also delete; their choosers list public texts to every staff member, as the
    # image and document choosers do, and create nothing.
    "admin/snippets/": ("comms=200 admin=200 *=302", "comms=405 admin=405 *=302"),
    "admin/snippets/home/topic/": ("comms=200 admin=200 *=302", "comms=405 admin=405 *=302"),
    "admin/snippets/home/topic/results/": (
        "comms=200 admin=200 *=302",
        "comms=405 admin=405 *=302",
    ),
    "admin/snippets/home/topic/add/": ("comms=200 admin=200 *=302", "comms=200 admin=200 *=302"),
    "admin/snippets/home/topic/edit/<int:pk>/": (
        "comms=200 admin=200 *=302",
        "comms=200 admin=200 *=302",
    ),
    "admin/snippets/home/topic/delete/<int:pk>/": ("comms-lead=200 admin=200 *=302", "*=302"),
    "admin/snippets/home/topic/usage/<int:pk>/": (
        "comms=200 admin=200 *=302",
        "comms=405 admin=405 *=302",
    ),
    "admin/snippets/home/topic/history/<int:pk>/": (
        "comms=200 admin=200 *=302",
        "comms=405 admin=405 *=302",
    ),
    "admin/snippets/home/topic/history-results/<int:pk>/": (
        "comms=200 admin=200 *=302",
        "comms=405 admin=405 *=302",
    ),
    "admin/snippets/home/topic/copy/<int:pk>/": (
        "comms=200 admin=200 *=302",
        "comms=200 admin=200 *=302",
    ),
    "admin/snippets/choose/home/topic/": ("out=302 *=200", "out=302 *=405"),
    "admin/snippets/choose/home/topic/results/": ("out=302 *=200", "out=302 *=405"),
    "admin/snippets/choose/home/topic/chosen/<str:pk>/": ("out=302 *=200", "out=302 *=405"),
    "admin/snippets/choose/home/topic/chosen-multiple/": ("out=302 *=200", "out=302 *=405"),
    "admin/snippets/choose/home/topic/create/": ("out=302 *=404", "out=302 *=404"),
    "admin/snippets/home/contactdetails/": (
        "comms=200 admin=200 *=302",
        "comms=405 admin=405 *=302",
    ),
    "admin/snippets/home/contactdetails/results/": (
        "comms=200 admin=200 *=302",
        "comms=405 admin=405 *=302",
    ),
    "admin/snippets/home/contactdetails/add/": (
        "comms=200 admin=200 *=302",
        "comms=200 admin=200 *=302",
    ),
    "admin/snippets/home/contactdetails/edit/<int:pk>/": (
        "comms=200 admin=200 *=302",
        "comms=200 admin=200 *=302",
    ),
    "admin/snippets/home/contactdetails/delete/<int:pk>/": (
        "comms-lead=200 admin=200 *=302",
        "*=302",
    ),
    "admin/snippets/home/contactdetails/usage/<int:pk>/": (
        "comms=200 admin=200 *=302",
        "comms=405 admin=405 *=302",
    ),
    "admin/snippets/home/contactdetails/history/<int:pk>/": (
        "comms=200 admin=200 *=302",
        "comms=405 admin=405 *=302",
    ),
    "admin/snippets/home/contactdetails/history-results/<int:pk>/": (
        "comms=200 admin=200 *=302",
        "comms=405 admin=405 *=302",
    ),
    "admin/snippets/home/contactdetails/copy/<int:pk>/": (
        "comms=200 admin=200 *=302",
        "comms=200 admin=200 *=302",
    ),
    "admin/snippets/choose/home/contactdetails/": ("out=302 *=200", "out=302 *=405"),
    "admin/snippets/choose/home/contactdetails/results/": ("out=302 *=200", "out=302 *=405"),
    "admin/snippets/choose/home/contactdetails/chosen/<str:pk>/": (
        "out=302 *=200",
        "out=302 *=405",
    ),
    "admin/snippets/choose/home/contactdetails/chosen-multiple/": (
        "out=302 *=200",
        "out=302 *=405",
    ),
    "admin/snippets/choose/home/contactdetails/create/": ("out=302 *=404", "out=302 *=404"),
    "admin/documents/": ("comms=200 admin=200 *=302", "comms=405 admin=405 *=302"),
    "admin/documents/results/": ("comms=200 admin=200 *=302", "comms=405 admin=405 *=302"),
    "admin/documents/add/": ("comms=200 admin=200 *=302", "comms=200 admin=200 *=302"),
    "admin/documents/edit/<int:document_id>/": (
        "comms=200 admin=200 *=302",
        "comms=200 admin=200 *=302",
    ),
    "admin/documents/delete/<int:document_id>/": ("comms=200 admin=200 *=302", "*=302"),
    "admin/documents/multiple/add/": ("comms=200 admin=200 *=302", "comms=400 admin=400 *=302"),
    "admin/documents/multiple/<int:doc_id>/": ("out=302 *=405", "comms=200 admin=200 *=302"),
    "admin/documents/multiple/create_from_uploaded_document/<int:uploaded_file_id>/": (
        "out=302 *=405",
        "out=302 *=404",
    ),
    "admin/documents/multiple/<int:doc_id>/delete/": ("out=302 *=405", "comms=200 admin=200 *=302"),
    "admin/documents/multiple/delete_upload/<int:uploaded_file_id>/": (
        "out=302 *=405",
        "out=302 *=404",
    ),
    "admin/documents/usage/<int:document_id>/": (
        "comms=200 admin=200 *=302",
        "comms=405 admin=405 *=302",
    ),
    "admin/images/": ("comms=200 admin=200 *=302", "comms=405 admin=405 *=302"),
    "admin/images/results/": ("comms=200 admin=200 *=302", "comms=405 admin=405 *=302"),
    "admin/images/<int:image_id>/": ("comms=200 admin=200 *=302", "comms=200 admin=200 *=302"),
    "admin/images/<int:image_id>/delete/": ("comms=200 admin=200 *=302", "*=302"),
    "admin/images/<int:image_id>/generate_url/": (
        "comms=404 admin=404 *=302",
        "comms=405 admin=405 *=302",
    ),
    "admin/images/<int:image_id>/generate_url/output/": (
        "comms=404 admin=404 *=302",
        "comms=405 admin=405 *=302",
    ),
    "admin/images/<int:image_id>/preview/<str:filter_spec>/": (
        "comms=200 admin=200 *=302",
        "comms=200 admin=200 *=302",
    ),
    "admin/images/add/": ("comms=200 admin=200 *=302", "comms=200 admin=200 *=302"),
    "admin/images/usage/<int:image_id>/": (
        "comms=200 admin=200 *=302",
        "comms=405 admin=405 *=302",
    ),
    "admin/images/multiple/add/": ("comms=200 admin=200 *=302", "comms=400 admin=400 *=302"),
    "admin/images/multiple/<int:image_id>/": ("out=302 *=405", "comms=200 admin=200 *=302"),
    "admin/images/multiple/create_from_uploaded_image/<int:uploaded_file_id>/": (
        "out=302 *=405",
        "out=302 *=404",
    ),
    "admin/images/multiple/<int:image_id>/delete/": ("out=302 *=405", "comms=200 admin=200 *=302"),
    "admin/images/multiple/delete_upload/<int:uploaded_file_id>/": (
        "out=302 *=405",
        "out=302 *=404",
    ),
    # Youth proposals: the youth officer and the superuser; 404 for everyone else.
    "admin/proposals/": (
        "out=302 admin=200 youth-officer=200 *=404",
        "out=302 admin=405 youth-officer=405 *=404",
    ),
    "admin/proposals/results/": (
        "out=302 admin=200 youth-officer=200 *=404",
        "out=302 admin=405 youth-officer=405 *=404",
    ),
    "admin/proposals/new/": (
        "out=302 admin=200 youth-officer=200 *=404",
        "out=302 admin=200 youth-officer=200 *=404",
    ),
    "admin/proposals/edit/<int:pk>/": (
        "out=302 admin=200 youth-officer=200 *=404",
        "out=302 admin=200 youth-officer=200 *=404",
    ),
    "admin/proposals/delete/<int:pk>/": (
        "out=302 admin=200 youth-officer=302 *=404",
        "out=302 admin=302 youth-officer=302 *=404",
    ),
    "admin/proposals/history/<int:pk>/": (
        "out=302 admin=200 youth-officer=200 *=404",
        "out=302 admin=405 youth-officer=405 *=404",
    ),
    "admin/proposals/history-results/<int:pk>/": (
        "out=302 admin=200 youth-officer=200 *=404",
        "out=302 admin=405 youth-officer=405 *=404",
    ),
    "admin/proposals/usage/<int:pk>/": (
        "out=302 admin=200 youth-officer=200 *=404",
        "out=302 admin=405 youth-officer=405 *=404",
    ),
    "admin/proposals/inspect/<int:pk>/": (
        "out=302 admin=200 youth-officer=200 *=404",
        "out=302 admin=405 youth-officer=405 *=404",
    ),
    "admin/proposals/act/<int:pk>/<slug:action>/": (
        "out=302 admin=200 youth-officer=200 *=404",
        "out=302 admin=302 youth-officer=302 *=404",
    ),
    "admin/proposals/attachment/<int:pk>/<int:attachment_pk>/": (
        "out=302 *=404",
        "out=302 admin=405 youth-officer=405 *=404",
    ),
    "admin/youth-forums/": (
        "out=302 admin=200 youth-officer=200 *=404",
        "out=302 admin=405 youth-officer=405 *=404",
    ),
    "admin/youth-forums/results/": (
        "out=302 admin=200 youth-officer=200 *=404",
        "out=302 admin=405 youth-officer=405 *=404",
    ),
    "admin/youth-forums/new/": (
        "out=302 admin=200 youth-officer=200 *=404",
        "out=302 admin=200 youth-officer=200 *=404",
    ),
    "admin/youth-forums/edit/<int:pk>/": (
        "out=302 admin=200 youth-officer=200 *=404",
        "out=302 admin=200 youth-officer=200 *=404",
    ),
    "admin/youth-forums/delete/<int:pk>/": (
        "out=302 admin=200 youth-officer=302 *=404",
        "out=302 admin=302 youth-officer=302 *=404",
    ),
    "admin/youth-forums/history/<int:pk>/": (
        "out=302 admin=200 youth-officer=200 *=404",
        "out=302 admin=405 youth-officer=405 *=404",
    ),
    "admin/youth-forums/history-results/<int:pk>/": (
        "out=302 admin=200 youth-officer=200 *=404",
        "out=302 admin=405 youth-officer=405 *=404",
    ),
    "admin/youth-forums/usage/<int:pk>/": (
        "out=302 admin=200 youth-officer=200 *=404",
        "out=302 admin=405 youth-officer=405 *=404",
    ),
    "admin/youth-forums/inspect/<int:pk>/": (
        "out=302 admin=200 youth-officer=200 *=404",
        "out=302 admin=405 youth-officer=405 *=404",
    ),
    "admin/youth-forums/close/<int:pk>/": (
        "out=302 admin=200 youth-officer=200 *=404",
        "out=302 admin=200 youth-officer=200 *=404",
    ),
    # Casework: the case's team; the superuser only under an emergency access, read-only (403 to
    # every change); 404 to everyone else, the superuser included. Referrals: the receiving
    # service answers and reads, the sending team revokes.
    "admin/casework/cases/": (
        "out=302 emergency=200 comms=302 youth-officer=302 coordinator=302 dpo=302 admin=302 *=200",
        "*=302",
    ),
    "admin/casework/cases/results/": (
        "out=302 emergency=200 comms=302 youth-officer=302 coordinator=302 dpo=302 admin=302 *=200",
        "*=302",
    ),
    "admin/casework/cases/new/": ("casework=200 *=302", "casework=200 *=302"),
    # The screen-privacy switch: a POST for casework staff, which returns to the listing.
    "admin/casework/cases/privacy/": ("out=302 *=405", "out=302 casework=302 *=404"),
    "admin/casework/cases/edit/<int:pk>/": (
        "out=302 emergency=403 team=200 *=404",
        "out=302 emergency=403 team=200 *=404",
    ),
    "admin/casework/cases/delete/<int:pk>/": (
        "out=302 emergency=403 team=403 *=404",
        "out=302 emergency=403 team=403 *=404",
    ),
    "admin/casework/cases/history/<int:pk>/": (
        "out=302 emergency=200 team=200 *=404",
        "out=302 emergency=405 team=405 *=404",
    ),
    "admin/casework/cases/inspect/<int:pk>/": (
        "out=302 emergency=200 team=200 *=404",
        "out=302 emergency=405 team=405 *=404",
    ),
    "admin/casework/cases/<int:pk>/sessions/new/": (
        "out=302 emergency=403 team=200 *=404",
        "out=302 emergency=403 team=200 *=404",
    ),
    "admin/casework/cases/<int:pk>/sessions/<int:record_pk>/edit/": (
        "out=302 emergency=403 team=200 *=404",
        "out=302 emergency=403 team=200 *=404",
    ),
    # Incidents: the listening centre's cases only (404 on the others' for everyone).
    "admin/casework/cases/<int:pk>/incidents/new/": {
        "listening": (
            "out=302 emergency=403 team=200 *=404",
            "out=302 emergency=403 team=200 *=404",
        ),
        "migrants": ("out=302 *=404", "out=302 *=404"),
        "daycentre": ("out=302 *=404", "out=302 *=404"),
    },
    "admin/casework/cases/<int:pk>/incidents/<int:record_pk>/edit/": {
        "listening": (
            "out=302 emergency=403 team=200 *=404",
            "out=302 emergency=403 team=200 *=404",
        ),
        "migrants": ("out=302 *=404", "out=302 *=404"),
        "daycentre": ("out=302 *=404", "out=302 *=404"),
    },
    "admin/casework/cases/<int:pk>/followups/new/": (
        "out=302 emergency=403 team=200 *=404",
        "out=302 emergency=403 team=200 *=404",
    ),
    "admin/casework/cases/<int:pk>/followups/<int:record_pk>/done/": (
        "out=302 emergency=403 team=405 *=404",
        "out=302 emergency=403 team=302 *=404",
    ),
    "admin/casework/cases/<int:pk>/consents/new/": (
        "out=302 emergency=403 team=200 *=404",
        "out=302 emergency=403 team=200 *=404",
    ),
    "admin/casework/cases/<int:pk>/consents/<int:record_pk>/withdraw/": (
        "out=302 emergency=403 team=405 *=404",
        "out=302 emergency=403 team=302 *=404",
    ),
    "admin/casework/cases/<int:pk>/referrals/new/": (
        "out=302 emergency=403 team=200 *=404",
        "out=302 emergency=403 team=200 *=404",
    ),
    "admin/casework/cases/<int:pk>/referrals/<int:record_pk>/revoke/": (
        "out=302 *=405",
        "out=302 emergency=403 receiving=403 team=302 *=404",
    ),
    "admin/casework/cases/<int:pk>/attachments/new/": (
        "out=302 emergency=403 team=200 *=404",
        "out=302 emergency=403 team=200 *=404",
    ),
    "admin/casework/cases/<int:pk>/attachments/<int:record_pk>/download/": (
        "out=302 emergency=403 team=200 *=404",
        "out=302 emergency=403 team=405 *=404",
    ),
    "admin/casework/cases/<int:pk>/closure/request/": (
        "out=302 emergency=403 team=200 *=404",
        "out=302 emergency=403 team=200 *=404",
    ),
    "admin/casework/cases/<int:pk>/closure/approve/": (
        "out=302 emergency=403 owner=403 supervisor=405 *=404",
        "out=302 emergency=403 owner=403 supervisor=302 *=404",
    ),
    "admin/casework/cases/<int:pk>/closure/reject/": (
        "out=302 emergency=403 owner=403 supervisor=405 *=404",
        "out=302 emergency=403 owner=403 supervisor=302 *=404",
    ),
    "admin/casework/cases/<int:pk>/reopen/": (
        "out=302 emergency=403 team=405 *=404",
        "out=302 emergency=403 team=302 *=404",
    ),
    "admin/casework/cases/<int:pk>/person/edit/": (
        "out=302 emergency=403 team=200 *=404",
        "out=302 emergency=403 team=200 *=404",
    ),
    "admin/casework/cases/referrals/<int:referral_pk>/": (
        "out=302 emergency=200 receiving=200 team=200 *=404",
        "out=302 emergency=405 receiving=405 team=405 *=404",
    ),
    "admin/casework/cases/referrals/<int:referral_pk>/<slug:answer>/": (
        "out=302 *=405",
        "out=302 emergency=403 receiving=302 team=403 *=404",
    ),
    "admin/casework/cases/emergency/": ("admin=200 *=302", "admin=200 *=302"),
    "admin/casework/activities/": ("casework=200 *=302", "casework=405 *=302"),
    "admin/casework/activities/results/": ("casework=200 *=302", "casework=405 *=302"),
    "admin/casework/activities/new/": ("casework=200 *=302", "casework=200 *=302"),
    "admin/casework/activities/edit/<int:pk>/": (
        "service=200 casework=404 *=302",
        "service=200 casework=404 *=302",
    ),
    "admin/casework/activities/delete/<int:pk>/": (
        "out=302 service=200 *=404",
        "out=302 service=302 *=404",
    ),
    # The audit trail: the DPO alone.
    # Indicators: live figures for the coordinator only; a submitted release for her and the
    # communications leads; a verb on it by whoever may do it (a coordinator's verb on a release
    # already submitted is refused with a message: 302), 403 for the other of the two.
    "admin/indicators/": ("out=302 coordinator=200 *=404", "out=302 coordinator=405 *=404"),
    "admin/indicators/releases/": (
        "out=302 coordinator=200 comms-lead=200 *=404",
        "out=302 coordinator=405 comms-lead=405 *=404",
    ),
    "admin/indicators/releases/new/": (
        "out=302 coordinator=200 *=404",
        "out=302 coordinator=200 *=404",
    ),
    "admin/indicators/releases/<int:pk>/": (
        "out=302 coordinator=200 comms-lead=200 *=404",
        "out=302 coordinator=405 comms-lead=405 *=404",
    ),
    "admin/indicators/releases/<int:pk>/<slug:action>/": {
        **dict.fromkeys(
            ("prepare", "submit", "delete"),
            (
                "out=302 coordinator=405 comms-lead=405 *=404",
                "out=302 coordinator=302 comms-lead=403 *=404",
            ),
        ),
        **dict.fromkeys(
            ("publish", "send_back"),
            (
                "out=302 coordinator=405 comms-lead=405 *=404",
                "out=302 comms-lead=302 coordinator=403 *=404",
            ),
        ),
    },
    # Definitions and targets: Wagtail's viewset, for the coordinator; its refusal is Wagtail's.
    "admin/indicators/definitions/": ("coordinator=200 *=302", "coordinator=405 *=302"),
    "admin/indicators/definitions/results/": ("coordinator=200 *=302", "coordinator=405 *=302"),
    "admin/indicators/definitions/new/": ("coordinator=200 *=302", "coordinator=200 *=302"),
    "admin/indicators/definitions/edit/<int:pk>/": (
        "coordinator=200 *=302",
        "coordinator=200 *=302",
    ),
    "admin/indicators/definitions/delete/<int:pk>/": ("coordinator=200 *=302", "*=302"),
    "admin/indicators/definitions/history/<int:pk>/": (
        "coordinator=200 *=302",
        "coordinator=405 *=302",
    ),
    "admin/indicators/definitions/history-results/<int:pk>/": (
        "coordinator=200 *=302",
        "coordinator=405 *=302",
    ),
    "admin/indicators/definitions/usage/<int:pk>/": (
        "coordinator=200 *=302",
        "coordinator=405 *=302",
    ),
    "admin/audit-trail/": ("out=302 dpo=200 *=404", "out=302 dpo=405 *=404"),
    "admin/audit-trail/results/": ("out=302 dpo=200 *=404", "out=302 dpo=405 *=404"),
    "admin/audit-trail/inspect/<int:pk>/": ("out=302 dpo=200 *=404", "out=302 dpo=405 *=404"),
    # The register of processing (casework/viewsets/register.py): the DPO alone, as the trail.
    "admin/casework/register/": ("out=302 dpo=200 *=404", "out=302 dpo=405 *=404"),
    "admin/casework/register/print/": ("out=302 dpo=200 *=404", "out=302 dpo=405 *=404"),
    "admin/locales/": ("admin=200 *=302", "admin=405 *=302"),
    "admin/locales/results/": ("admin=200 *=302", "admin=405 *=302"),
    "admin/locales/new/": ("admin=200 *=302", "admin=200 *=302"),
    "admin/locales/edit/<int:pk>/": ("admin=200 *=302", "admin=200 *=302"),
    "admin/locales/delete/<int:pk>/": ("admin=200 *=302", "admin=200 *=302"),
    "admin/locales/history/<int:pk>/": ("admin=200 *=302", "admin=405 *=302"),
    "admin/locales/history-results/<int:pk>/": ("admin=200 *=302", "admin=405 *=302"),
    "admin/locales/usage/<int:pk>/": ("admin=200 *=302", "admin=405 *=302"),
    "admin/locales/copy/<int:pk>/": ("admin=200 *=302", "admin=200 *=302"),
    "admin/sites/": ("admin=200 *=302", "admin=405 *=302"),
    "admin/sites/results/": ("admin=200 *=302", "admin=405 *=302"),
    "admin/sites/new/": ("admin=200 *=302", "admin=200 *=302"),
    "admin/sites/edit/<int:pk>/": ("admin=200 *=302", "admin=200 *=302"),
    "admin/sites/delete/<int:pk>/": ("admin=200 *=302", "*=302"),
    "admin/sites/history/<int:pk>/": ("admin=200 *=302", "admin=405 *=302"),
    "admin/sites/history-results/<int:pk>/": ("admin=200 *=302", "admin=405 *=302"),
    "admin/sites/usage/<int:pk>/": ("admin=200 *=302", "admin=405 *=302"),
    "admin/sites/copy/<int:pk>/": ("admin=200 *=302", "admin=200 *=302"),
    # Users and groups: the superuser alone; reserved (casework and DPO) groups are neither
    # edited nor deleted, and an account holding one is not deleted.
    "admin/users/": ("admin=200 *=302", "admin=405 *=302"),
    "admin/users/results/": ("admin=200 *=302", "admin=405 *=302"),
    "admin/users/new/": ("admin=200 *=302", "admin=200 *=302"),
    "admin/users/edit/<int:pk>/": ("admin=200 *=302", "admin=200 *=302"),
    "admin/users/delete/<int:pk>/": {
        "open account": ("admin=200 *=302", "*=302"),
        "role holder": ("*=302", "*=302"),
    },
    "admin/users/history/<int:pk>/": ("admin=200 *=302", "admin=405 *=302"),
    "admin/users/history-results/<int:pk>/": ("admin=200 *=302", "admin=405 *=302"),
    "admin/users/usage/<int:pk>/": ("admin=200 *=302", "admin=405 *=302"),
    "admin/users/copy/<int:pk>/": ("admin=200 *=302", "admin=200 *=302"),
    "admin/groups/": ("admin=200 *=302", "admin=405 *=302"),
    "admin/groups/results/": ("admin=200 *=302", "admin=405 *=302"),
    "admin/groups/new/": ("admin=200 *=302", "admin=200 *=302"),
    "admin/groups/edit/<int:pk>/": {
        "open group": ("admin=200 *=302", "admin=200 *=302"),
        "reserved group": ("admin=404 *=302", "admin=404 *=302"),
    },
    "admin/groups/delete/<int:pk>/": {
        "open group": ("admin=200 *=302", "*=302"),
        "reserved group": ("out=302 *=404", "out=302 *=404"),
    },
    "admin/groups/history/<int:pk>/": ("admin=200 *=302", "admin=405 *=302"),
    "admin/groups/history-results/<int:pk>/": ("admin=200 *=302", "admin=405 *=302"),
    "admin/groups/usage/<int:pk>/": ("admin=200 *=302", "admin=405 *=302"),
    "admin/documents/chooser/": ("out=302 *=200", "out=302 *=405"),
    "admin/documents/chooser/results/": ("out=302 *=200", "out=302 *=405"),
    "admin/documents/chooser/chosen/<str:pk>/": (
        "out=302 youth-officer=302 *=200",
        "out=302 *=405",
    ),
    "admin/documents/chooser/chosen-multiple/": ("out=302 *=200", "out=302 *=405"),
    "admin/documents/chooser/create/": ("comms=200 admin=200 *=302", "comms=200 admin=200 *=302"),
    "admin/images/chooser/": ("out=302 *=200", "out=302 *=405"),
    "admin/images/chooser/results/": ("out=302 *=200", "out=302 *=405"),
    "admin/images/chooser/chosen/<str:pk>/": ("out=302 youth-officer=302 *=200", "out=302 *=405"),
    "admin/images/chooser/chosen-multiple/": ("out=302 *=200", "out=302 *=405"),
    "admin/images/chooser/create/": ("comms=200 admin=200 *=302", "comms=200 admin=200 *=302"),
    "admin/images/chooser/<int:image_id>/select_format/": (
        "out=302 youth-officer=302 *=200",
        "out=302 youth-officer=302 *=200",
    ),
    # Sign-in, password reset and static catalogues.
    "admin/sprite/": ("*=200", "*=200"),
    "admin/login/": ("anonymous=200 password-only=302 *=302", "*=200"),
    "admin/password_reset/": (
        "anonymous=200 password-only=302 *=200",
        "anonymous=200 password-only=302 *=200",
    ),
    "admin/password_reset/done/": (
        "anonymous=200 password-only=302 *=200",
        "anonymous=405 password-only=302 *=405",
    ),
    "admin/password_reset/confirm/<uidb64>/<token>/": (
        "anonymous=200 password-only=302 *=200",
        "anonymous=200 password-only=302 *=200",
    ),
    "admin/password_reset/complete/": (
        "anonymous=200 password-only=302 *=200",
        "anonymous=405 password-only=302 *=405",
    ),
    "admin/jsi18n/": ("*=200", "*=405"),
    "admin/^.*/$": ("out=302 *=404", "out=302 *=404"),
    # Public.
    "documents/^(\\d+)/(.*)$": ("*=200", "*=200"),
    "documents/authenticate_with_password/<int:restriction_id>/": ("*=404", "*=404"),
    "sitemap.xml": ("*=200", "*=200"),
    "robots.txt": ("*=200", "*=405"),
    "fr/search/": ("*=200", "*=405"),
    "fr/propositions/": ("*=200", "*=400"),
    "fr/propositions/merci/": ("*=302", "*=405"),
    "fr/propositions/suivi/": ("*=200", "*=400"),
    "fr/propositions/forums/": ("*=200", "*=405"),
    "fr/propositions/forums/<int:pk>/": ("*=404", "*=405"),
    "fr/^(?P<path>(?:[\\w\\-]+/)*)(?P<filename>[\\w\\-]+\\.ics)$": ("*=200", "*=405"),
    "fr/_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/": (
        "*=404",
        "*=404",
    ),
    "fr/_util/login/": ("*=200", "*=200"),
    "fr/^((?:[\\w\\-]+/)*)$": ("*=200", "*=200"),
}
