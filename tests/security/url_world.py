"""Every URL the site serves, with real ids, for the URL-by-persona table (test_url_matrix.py).

`routes()` walks Django's resolver: the public patterns, Wagtail's admin and every viewset,
report, chooser and API a hook registered. `World` is the demo (every part of load_demo_data) plus
one record of each casework kind in a case of each service, a pending role change, a page in
moderation and a redirect; `World.urls(route)` gives the URL or URLs a route is asked with: one per
service for a casework route (its case, its activity, its referral), one per registered bulk action
for the bulk route, a group of each kind and a user of each kind for the Users and Groups admin.
"""

import datetime
from dataclasses import dataclass

from django.urls import URLResolver, get_resolver, reverse

SERVICES = ("listening", "migrants", "daycentre")
# The caseworker who owns the world's case of each service.
OWNERS = {"listening": "cw-listening", "migrants": "cw-migrants", "daycentre": "cw-daycentre"}
# Where each service's internal referral goes.
REFERRED_TO = {"listening": "migrants", "migrants": "daycentre", "daycentre": "listening"}
# The verbs a release answers to (indicators.views.ReleaseActionView), each asked once.
RELEASE_VERBS = ("prepare", "submit", "delete", "publish", "send_back")


@dataclass(frozen=True)
class Route:
    route: str  # the pattern as written, the key of the expectation table
    name: str | None  # namespace:name, for reverse()
    kwargs: tuple[str, ...]


@dataclass(frozen=True)
class Instance:
    route: str
    url: str
    variant: str = ""  # "listening", "reserved group", an action name...


def routes():
    """Every URL pattern of the site, once each."""

    def walk(patterns, prefix="", namespace=None):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = ":".join(n for n in (namespace, pattern.namespace) if n) or None
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
            else:
                name = pattern.name and (
                    f"{namespace}:{pattern.name}" if namespace else pattern.name
                )
                kwargs = tuple(sorted(pattern.pattern.regex.groupindex))
                yield Route(prefix + str(pattern.pattern), name, kwargs)

    return list(walk(get_resolver().url_patterns))


class World:
    """The demo's records, and a record of each kind in a case of each service."""

    def __init__(self):
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group
        from wagtail.contrib.redirects.models import Redirect
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.models import Collection, Locale, Site, Workflow
        from wagtail_localize.models import StringSegment, Translation

        from audit.models import AuditEntry
        from casework.models import Case, GroupActivity, Incident, RightsRequest, RoleChange
        from casework.models.roles import Role
        from home.models import ContactDetails, EventPage, NewsArticlePage, NewsIndexPage, Topic
        from indicators.models import Indicator, Release, ReleaseStatus
        from proposals.models import Forum, Proposal
        from tests.factories import (
            AttachmentFactory,
            CaseSessionFactory,
            FollowUpFactory,
            ReferralFactory,
            service,
        )

        users = get_user_model().objects
        self.user = {u.username: u for u in users.all()}
        self.cases, self.records, self.referrals, self.activities = {}, {}, {}, {}
        for kind in SERVICES:
            owner = self.user[OWNERS[kind]]
            case = Case.objects.filter(service__kind=kind, owner=owner, status="active").first()
            self.cases[kind] = case
            referral = ReferralFactory(case=case, to_service=service(REFERRED_TO[kind]))
            self.referrals[kind] = referral
            self.records[kind] = {
                "session_edit": CaseSessionFactory(case=case, recorded_by=owner).pk,
                "followup_done": FollowUpFactory(case=case).pk,
                "consent_withdraw": referral.consent.pk,
                "referral_revoke": referral.pk,
                "attachment_download": AttachmentFactory(case=case).pk,
            }
            self.activities[kind] = GroupActivity.objects.filter(service__kind=kind).first()
        # Incidents are the listening centre's: the other services' cases are asked for it too
        # (a record of another case: 404).
        incident = Incident.objects.create(
            case=self.cases["listening"],
            acts=["psychological"],
            violence_type="psychological",
            occurred_on=datetime.date(2026, 1, 5),
            place_type="street",
            aggressor_relationship="stranger",
        )
        for kind in SERVICES:
            self.records[kind]["incident_edit"] = incident.pk
        self.role_change = RoleChange.request(
            self.user["cw-listening-2"],
            service=service("migrants"),
            role=Role.CASEWORKER,
            change="grant",
            by=self.user["dpo"],
        )
        self.audit_entry = AuditEntry.objects.order_by("-pk").first()
        self.rights_request = RightsRequest.objects.filter(kind="access", status="open").first()

        self.news = NewsArticlePage.objects.filter(locale__language_code="fr").live().first()
        self.news_index = NewsIndexPage.objects.filter(locale__language_code="fr").first()
        self.event = EventPage.objects.filter(locale__language_code="fr").live().first()
        self.home = self.news.get_parent().get_parent()
        self.revision = self.news.latest_revision
        self.image = get_image_model().objects.first()
        self.document = get_document_model().objects.first()
        self.collection = (
            Collection.objects.filter(depth__gt=1).first() or Collection.get_first_root_node()
        )
        self.locale = Locale.objects.get(language_code="fr")
        self.site = Site.objects.get(is_default_site=True)
        self.snippets = {
            "topic": Topic.objects.filter(locale=self.locale).first(),
            "contactdetails": ContactDetails.objects.filter(locale=self.locale).first(),
        }
        self.workflow = Workflow.objects.filter(active=True).first()
        self.task = self.workflow.tasks.first()
        self.redirect = Redirect.objects.create(old_path="/ancienne-page", redirect_link="/fr/")
        self.translation = Translation.objects.filter(target_locale__language_code="ar").first()
        self.segment = StringSegment.objects.filter(source=self.translation.source).first()
        self.proposal = (
            Proposal.objects.exclude(attachments=None).first() or Proposal.objects.first()
        )
        self.forum = Forum.objects.order_by("-pk").first()
        # The demo's release in preparation, submitted: the coordinator's and the lead's verbs
        # all apply to it.
        self.release = Release.objects.get(status=ReleaseStatus.PREPARING)
        self.release.submit(by=self.user["coordinator"])
        self.indicator = Indicator.objects.get(measure="listening_followed")
        self.groups = {
            "open group": Group.objects.get(name="Editors"),
            "reserved group": Group.objects.get(name=self._reserved_group_name()),
        }
        self.accounts = {
            "open account": self.user["editor"],
            "role holder": self.user["cw-listening"],
        }
        self.moderation = self._page_in_moderation()
        self.public_pages = {"home": self.home, "news": self.news, "event": self.event}

    def _reserved_group_name(self):
        from accounts.roles import reserved_groups

        return sorted(reserved_groups().values_list("name", flat=True))[0]

    def _page_in_moderation(self):
        """A news article the editor submitted to the moderation workflow."""
        from home.models import NewsArticlePage

        page = NewsArticlePage.objects.filter(locale__language_code="fr").live().last()
        state = page.current_workflow_state
        if state is None:
            page.save_revision(user=self.user["editor"])
            state = self.workflow.start(page, self.user["editor"])
        return {"page": page, "state": state, "task_state": state.current_task_state}

    # --- The URLs of a route ----------------------------------------------------------------

    def urls(self, route):
        """The Instances `route` is asked with."""
        r = route.route
        if route.name is None:
            # Wagtail's admin catch-all (its 404 page), and unnamed fixed addresses.
            return [Instance(r, "/admin/no-such-screen/" if "^" in r else f"/{r}")]
        if r.startswith(("admin/casework/cases/", "admin/casework/activities/")) and route.kwargs:
            return [
                Instance(r, self._reverse(route, **self._casework_values(route, kind)), kind)
                for kind in SERVICES
            ]
        if route.name == "wagtaildocs_serve":
            url = reverse(route.name, args=[self.document.pk, self.document.filename])
            return [Instance(r, url)]
        if route.name == "page_file":
            return [Instance(r, self.event.url + "event.ics")]
        if route.name == "wagtail_serve":
            return [Instance(r, page.url, kind) for kind, page in self.public_pages.items()]
        if route.name == "wagtail_bulk_action":
            return list(self._bulk_actions(r))
        if route.name == "indicators_release_action":
            return [
                Instance(r, self._reverse(route, pk=self.release.pk, action=verb), verb)
                for verb in RELEASE_VERBS
            ]
        if route.name.startswith("wagtailusers_groups:") and "pk" in route.kwargs:
            return [
                Instance(r, self._reverse(route, pk=group.pk), variant)
                for variant, group in self.groups.items()
            ]
        if route.name.startswith("wagtailusers_users:") and "pk" in route.kwargs:
            return [
                Instance(r, self._reverse(route, pk=user.pk), variant)
                for variant, user in self.accounts.items()
            ]
        return [Instance(r, self._reverse(route, **self._values(route)))]

    def _reverse(self, route, **values):
        return reverse(route.name, kwargs={k: values[k] for k in route.kwargs})

    def _casework_values(self, route, kind):
        pk = (self.activities if "/activities/" in route.route else self.cases)[kind].pk
        return {
            "pk": pk,
            "record_pk": self.records[kind].get(route.name.split(":")[1]),
            "referral_pk": self.referrals[kind].pk,
            "answer": "accept",
        }

    def _bulk_actions(self, route):
        """One URL per registered bulk action, for one object of its model."""
        from wagtail.admin.views.bulk_action.registry import bulk_action_registry as registry

        registry._scan_for_bulk_actions()
        from django.apps import apps
        from django.contrib.auth import get_user_model

        user_model = get_user_model()._meta
        objects = {
            ("wagtailcore", "page"): self.news,
            (user_model.app_label, user_model.model_name): self.user["cw-listening"],
        }
        for app_label, models in sorted(registry.actions.items()):
            for model_name, actions in sorted(models.items()):
                obj = objects.get((app_label, model_name))
                obj = obj or apps.get_model(app_label, model_name).objects.first()
                for action in sorted(actions):
                    url = reverse("wagtail_bulk_action", args=[app_label, model_name, action])
                    yield Instance(route, f"{url}?id={obj.pk}", f"{model_name} {action}")

    def _values(self, route):
        news, state = self.news, self.moderation
        values = {
            # pages
            "page_id": news.pk,
            "parent_page_id": self.news_index.pk,
            "page_to_move_id": news.pk,
            "destination_id": self.news_index.pk,
            "revision_id": self.revision.pk,
            "revision_id_a": "earliest",
            "revision_id_b": "latest",
            "content_type_app_name": "home",
            "content_type_model_name": "newsarticlepage",
            "app_label": "home",
            "model_name": "newsarticlepage",
            "action_name": "approve",
            "task_state_id": state["task_state"].pk,
            "workflow_state_id": state["state"].pk,
            "task_id": self.task.pk,
            "page_pk": news.pk,
            "workflow_pk": self.workflow.pk,
            "session_id": 1,
            "object_id": str(news.pk),
            "page_view_restriction_id": 1,
            "restriction_id": 1,
            # images and documents
            "image_id": self.image.pk,
            "document_id": self.document.pk,
            "doc_id": self.document.pk,
            "uploaded_file_id": 1,
            "filter_spec": "fill-100x100",
            "signature": "not-a-signature",
            "collection_id": self.collection.pk,
            # wagtail-localize
            "translation_id": self.translation.pk,
            "string_segment_id": self.segment.pk,
            "overridable_segment_id": 1,
            "translation_source_id": self.translation.source_id,
            "mode": "default",
            "redirect_id": self.redirect.pk,
            # accounts
            "uidb64": "MQ",
            "token": "set-password",
            "decision": "confirm",
            "app_name": "home",
        }
        name = route.name
        if name.startswith("wagtailadmin_pages:") and "workflow" in name:
            values["page_id"] = state["page"].pk
        if name.startswith("wagtailadmin_pages:") or name.startswith("wagtailadmin_api:pages"):
            values["pk"] = news.pk
        elif name.startswith("wagtailimages") or name.startswith("wagtailadmin_api:images"):
            values["pk"] = self.image.pk
        elif name.startswith("wagtaildocs") or name.startswith("wagtailadmin_api:documents"):
            values["pk"] = self.document.pk
        elif name.startswith("wagtailadmin_collections:"):
            values["pk"] = self.collection.pk
        elif name.startswith("wagtaillocales:"):
            values["pk"] = self.locale.pk
        elif name.startswith("wagtailsites:"):
            values["pk"] = self.site.pk
        elif name.startswith("wagtailsettings:"):
            values.update(model_name="sitesettings", pk=self.site.pk)
        elif name.startswith("wagtailadmin_workflows:"):
            values["pk"] = self.task.pk if "task" in name else self.workflow.pk
            values.update(app_label="wagtailcore", model_name="groupapprovaltask")
        elif name.startswith("wagtailadmin_editing_sessions:"):
            values.update(app_label="wagtailcore", model_name="page")
        elif name.startswith(("wagtailsnippets_home_", "wagtailsnippetchoosers_home_")):
            values["pk"] = self.snippets[name.split(":")[0].rsplit("_", 1)[1]].pk
        elif name.startswith("wagtail_localize:") and "snippet" in name:
            values.update(model_name="sitesettings", pk=str(self.site.pk))
        elif name.startswith("audit_trail:"):
            values["pk"] = self.audit_entry.pk
        elif name == "casework_role_decision":
            values["pk"] = self.role_change.pk
        elif name.startswith("casework_rights"):
            values["pk"] = self.rights_request.pk
        elif name.startswith("proposals_admin:"):
            values["pk"] = self.proposal.pk
            attachment = self.proposal.attachments.first()
            values["attachment_pk"] = attachment.pk if attachment else 1
            offered = list(self.proposal.transitions_offered())
            values["action"] = offered[0] if offered else "review"
        elif name == "indicators_release":
            values["pk"] = self.release.pk
        elif name.startswith("indicator_definitions:"):
            values["pk"] = self.indicator.pk
        elif name.startswith("proposal_forums:") or name == "proposals:forum_results":
            values["pk"] = self.forum.pk
        return values
