"""A listing's search that never travels in a URL.

A name or a phone number typed in a search box must not reach the web server's access log, the
browser's history or a Referer header. The search box posts to the listing; the listing keeps the
query in the session (encrypted, like every identity at rest), one per listing, and redirects to
itself without it, so filters, sorting, pages and exports never carry it. A `q` in a URL (an
old bookmark) is dropped by a redirect, never applied. The audit trail records that a search
was made, never what was searched.
"""

from django.shortcuts import redirect
from wagtail.admin.forms.search import SearchForm

from audit import trail
from audit.models import AuditAction
from casework.forms import ListingSearchForm
from cms import crypto

SESSION_KEY = "casework_searches"
# Query parameters that name a search, a page or Wagtail's fragment request: dropped by the
# redirect after a search (a new search starts at the first page).
_DROPPED_ON_SEARCH = ("q", "p", "_w_filter_fragment")


class SearchInSessionMixin:
    """For a Wagtail IndexView (and its results-only twin, which shares `index_url_name`)."""

    #: What the audit entry names as searched.
    search_audit_name = ""

    @property
    def _search_key(self):
        return self.index_url_name

    def _stored_searches(self):
        return self.request.session.get(SESSION_KEY, {})

    def get(self, request, *args, **kwargs):
        if self.search_kwarg in request.GET:
            params = request.GET.copy()
            params.pop(self.search_kwarg)
            return redirect(f"{request.path}?{params.urlencode()}" if params else request.path)
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        form = ListingSearchForm(request.POST)
        query = form.cleaned_data["q"].strip() if form.is_valid() else ""
        searches = self._stored_searches()
        if query and "clear" not in request.POST:
            searches[self._search_key] = crypto.encrypt_str(query)
            trail.record(AuditAction.SEARCH, request=request, what=self.search_audit_name)
        else:
            searches.pop(self._search_key, None)
        request.session[SESSION_KEY] = searches
        params = request.GET.copy()
        for name in _DROPPED_ON_SEARCH:
            params.pop(name, None)
        return redirect(f"{self.index_url}?{params.urlencode()}" if params else self.index_url)

    def get_search_form(self):
        """Wagtail's search form, bound to the query kept in the session, never to the URL."""
        if not self.is_searchable:
            return None
        token = self._stored_searches().get(self._search_key)
        if token:
            try:
                return SearchForm({self.search_kwarg: crypto.decrypt_str(token)})
            except crypto.DecryptionError:  # encrypted under a key since removed
                pass
        return SearchForm()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The page never shows the query back: an empty box, and whether a search is on.
        context["search_form"] = None
        context["query_string"] = ""
        context["listing_search_form"] = ListingSearchForm()
        return context
