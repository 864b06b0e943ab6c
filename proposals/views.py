"""Public views of the youth proposals: the form, its confirmation, the status page, the results
of a forum. No page of the tree: they live under /<language>/propositions/."""

from django.conf import settings
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe
from wagtail.models import Page

from proposals import ratelimit
from proposals.forms import ProposalForm, StatusLookupForm
from proposals.models import Forum, Proposal
from proposals.utils import format_code

HONEYPOT = "website"
SESSION_KEY = "proposals_last_code"
# Set once the code has been shown: a reload or the back button says the proposal is received,
# without the code (a shared phone or a cybercafé's computer keeps the session for an hour).
SHOWN_KEY = "proposals_code_shown"


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def submit(request):
    """The public form. A filled honeypot, or an address over the hourly limit, creates nothing."""
    limit = settings.PROPOSALS_SUBMISSIONS_PER_HOUR
    if request.method != "POST":
        return render(request, "proposals/submit.html", {"form": ProposalForm()})
    who = ratelimit.client(request)
    if request.POST.get(HONEYPOT):
        ratelimit.take("submit", who, limit)
        return render(request, "proposals/refused.html", status=400)
    form = ProposalForm(request.POST, request.FILES)
    # Taken before saving, not counted after: simultaneous posts cannot all pass the check.
    slot = ratelimit.take("submit", who, limit)
    if slot is None:
        return render(
            request, "proposals/submit.html", {"form": form, "rate_limited": True}, status=429
        )
    if not form.is_valid():
        # A form sent back with errors does not count against the group.
        ratelimit.give_back(slot)
        context = {"form": form, "files_sent": bool(request.FILES)}
        return render(request, "proposals/submit.html", context, status=400)
    proposal = form.save_proposal(language=translation.get_language())
    # The code travels in the session, not the address: it stays out of logs and referrers.
    request.session[SESSION_KEY] = proposal.tracking_code
    return redirect("proposals:thanks")


@never_cache
@require_safe
def thanks(request):
    """The tracking code, shown once: the session forgets it as the page is sent."""
    # A HEAD (a link checker, a prefetch) must not use up the one showing.
    read = request.session.get if request.method == "HEAD" else request.session.pop
    code = read(SESSION_KEY, None)
    if code:
        request.session[SHOWN_KEY] = True
        return render(request, "proposals/thanks.html", {"code": format_code(code)})
    if request.session.get(SHOWN_KEY):
        return render(request, "proposals/thanks.html", {"code": None})
    return redirect("proposals:submit")


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def status(request):
    """The status of a proposal, for whoever holds its tracking code. Posted, so the code stays
    out of addresses and logs; every attempt counts against the address's hourly limit."""
    next_forum = Forum.objects.upcoming().first()
    context = {"next_forum": next_forum}
    if request.method != "POST":
        context["form"] = StatusLookupForm()
        return render(request, "proposals/status.html", context)
    form = StatusLookupForm(request.POST)
    context["form"] = form
    if not ratelimit.take("lookup", ratelimit.client(request), settings.PROPOSALS_LOOKUPS_PER_HOUR):
        context["rate_limited"] = True
        return render(request, "proposals/status.html", context, status=429)
    if not form.is_valid():
        return render(request, "proposals/status.html", context, status=400)
    # An indexed equality on a random code: the answer takes the same path found or not.
    proposal = Proposal.objects.with_code(form.cleaned_data["code"]).first()
    if proposal is None:
        context["not_found"] = True
        return render(request, "proposals/status.html", context, status=404)
    context.update(
        proposal=proposal,
        answers=proposal.answers.all(),
        presentation=proposal.presentations.select_related("forum").order_by("-pk").first(),
    )
    return render(request, "proposals/status.html", context)


@require_safe
def forum_results(request, pk):
    """The tally of a closed forum, with its event in the agenda and the project page of each
    selected proposal, in the visitor's language where it is translated."""
    forum = get_object_or_404(Forum.objects.closed().select_related("event"), pk=pk)
    results = list(forum.results().select_related("proposal__project_page"))
    pages = _public_pages([result.proposal.project_page for result in results])
    for result in results:
        page = result.proposal.project_page
        result.project_page = pages.get(page.translation_key) if page else None
    return render(
        request,
        "proposals/forum_results.html",
        {
            "forum": forum,
            "event": _public_pages([forum.event]).get(_key(forum.event)),
            "results": results,
        },
    )


def _key(page):
    return page.translation_key if page is not None else None


def _public_pages(pages):
    """{translation key: the live public copy of each page in the active language, else the
    page itself if it is live and public} (one query)."""
    pages = [page for page in pages if page is not None]
    if not pages:
        return {}
    code = translation.get_language()
    found = {}
    copies = (
        Page.objects.live()
        .public()
        .filter(translation_key__in={page.translation_key for page in pages})
        .select_related("locale")
    )
    by_pk = {page.pk for page in pages}
    for copy in copies:
        if copy.locale.language_code == code or (
            copy.pk in by_pk and copy.translation_key not in found
        ):
            found[copy.translation_key] = copy
    return found


@require_safe
def forums(request):
    # Each forum's event in the visitor's language: Forum.public_event.
    upcoming = list(Forum.objects.upcoming().select_related("event"))
    return render(
        request,
        "proposals/forums.html",
        {"upcoming": upcoming, "closed": Forum.objects.closed().order_by("-date")},
    )
