"""What the indicators count: every measure, its breakdown and the rule it follows, in the order
the coordinator's page and the results page show them (`MEASURES`).

A measure counts over a period of whole years. Persons followed are counted by these rules:

- a person is followed by a service in a period when a case of hers at that service was open
  during it (opened on or before its last day and not closed before its first day; a case not
  closed is open until today) or when a session recorded on such a case is dated in it;
- she counts once in the period, however many cases and sessions she has, in the row of her sex
  and the column of her age in the first year of the period in which she was followed (her birth
  year unknown: "age unknown"), so a woman followed in 2023 and 2025 counts once in 2022-2026 and
  once in 2023 and in 2025;
- a person whose file was anonymised after retention (casework.retention) still counts: her sex
  and birth year, and the dates and kinds of her records, are kept for this.

Everything else counts events (sessions, referrals, stays, attendances, proposals), each in the
year it happened; events of a period are the sum of its years'.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from casework.models import (
    SERVICE_SESSION_KINDS,
    ComplaintStage,
    PartnerKind,
    ReferralStatus,
    ServiceKind,
    Sex,
    ViolenceType,
)
from home.models import Theme
from indicators import computation
from indicators.computation import ALL, OTHER, UNKNOWN
from indicators.tables import Table
from proposals.models import ProposalStatus


@dataclass(frozen=True)
class Measure:
    """One figure the partnership reports: what it counts (`rule`), for which service (None:
    the youth proposals and forums), broken down by `rows` and `columns` ((key, label) pairs),
    counted by `counter` (indicators.computation)."""

    key: str
    label: str
    service: str | None
    counts_persons: bool
    rows: tuple
    columns: tuple
    rule: str
    counter: object

    @property
    def row_keys(self):
        return tuple(key for key, _label in self.rows)

    @property
    def column_keys(self):
        return tuple(key for key, _label in self.columns)

    def row_label(self, key):
        return dict(self.rows)[key]

    def column_label(self, key):
        return dict(self.columns)[key]

    def compute(self, first_year, last_year):
        """The table of this measure over the years `first_year`..`last_year`."""
        (table,) = self.tables(first_year, last_year, [(first_year, last_year)])
        return table

    def tables(self, first_year, last_year, periods):
        """The tables of several periods within `first_year`..`last_year`, from one query."""
        if first_year > last_year:
            raise ValueError("a period ends after it starts")
        if any(not first_year <= low <= high <= last_year for low, high in periods):
            raise ValueError("every period lies within first_year..last_year")
        counted = self.counter.count(self, first_year, last_year, periods)
        return tuple(
            Table(
                measure=self.key,
                first_year=low,
                last_year=high,
                rows=self.row_keys,
                columns=self.column_keys,
                counts={
                    (row, column): int(counted[(low, high)][(row, column)])
                    for row in self.row_keys
                    for column in self.column_keys
                },
                counts_persons=self.counts_persons,
            )
            for low, high in periods
        )


SEXES = tuple((sex.value, sex.label) for sex in Sex)
WOMEN_AND_MEN = ((Sex.FEMALE.value, Sex.FEMALE.label), (Sex.MALE.value, Sex.MALE.label))
THEMES = tuple((theme.value, theme.label) for theme in Theme)

# Age bands: (lowest age, key, label), youngest first; "age unknown" comes last.
ADULT_BANDS = (
    (0, "0-17", _("Under 18")),
    (18, "18-24", _("18 to 24")),
    (25, "25-34", _("25 to 34")),
    (35, "35-49", _("35 to 49")),
    (50, "50+", _("50 and over")),
)
YOUNG_BANDS = (
    (0, "0-14", _("Under 15")),
    (15, "15-17", _("15 to 17")),
    (18, "18-24", _("18 to 24")),
    (25, "25+", _("25 and over")),
)


def band_columns(bands):
    return tuple((key, label) for _low, key, label in bands) + ((UNKNOWN, _("Age unknown")),)


def followed(service, bands):
    return computation.FollowedPersons(service, tuple((low, key) for low, key, _l in bands))


FOLLOWED_RULE = _(
    "Distinct persons. A person counts when, during the period, a case of hers at the service "
    "was open (a case not closed is open until today) or a session of such a case is dated in "
    "it. She counts once in the period, by her sex and her age in the first year of the period "
    "she was followed; someone followed in 2023 and 2025 counts once in 2022-2026 and once in "
    "each of those years. Files anonymised after retention still count."
)

# The session kinds each service records; any other kind recorded there is counted as "other".
SESSION_KINDS = SERVICE_SESSION_KINDS


def sessions_measure(service, label):
    kinds = tuple((kind.value, kind.label) for kind in SESSION_KINDS[service])
    return Measure(
        key=f"{service}_sessions",
        label=label,
        service=service,
        counts_persons=False,
        rows=SEXES,
        columns=kinds + ((OTHER, _("Other kinds")),),
        rule=_(
            "Sessions recorded on the service's cases and dated in the period, by the sex of "
            "the person and the kind of session. Each session counts, so a person met five "
            "times counts five times."
        ),
        counter=computation.sessions_of(service),
    )


def referrals_measure(service, label):
    return Measure(
        key=f"{service}_referrals",
        label=label,
        service=service,
        counts_persons=False,
        rows=tuple((kind.value, kind.label) for kind in PartnerKind),
        columns=tuple((status.value, status.label) for status in ReferralStatus),
        rule=_(
            "Referrals sent from the service's cases during the period, by destination and by "
            "where each stands today (sent, accepted, done, refused or revoked). Each referral "
            "counts."
        ),
        counter=computation.referrals_of(service),
    )


MEASURES = (
    Measure(
        key="listening_followed",
        label=_("Women followed by the listening centre"),
        service=ServiceKind.LISTENING,
        counts_persons=True,
        rows=SEXES,
        columns=band_columns(ADULT_BANDS),
        rule=FOLLOWED_RULE,
        counter=followed(ServiceKind.LISTENING, ADULT_BANDS),
    ),
    Measure(
        key="daycentre_followed",
        label=_("Young people followed by the day centre"),
        service=ServiceKind.DAYCENTRE,
        counts_persons=True,
        rows=SEXES,
        columns=band_columns(YOUNG_BANDS),
        rule=FOLLOWED_RULE,
        counter=followed(ServiceKind.DAYCENTRE, YOUNG_BANDS),
    ),
    Measure(
        key="migrants_followed",
        label=_("Persons followed by the migrant office"),
        service=ServiceKind.MIGRANTS,
        counts_persons=True,
        rows=SEXES,
        columns=band_columns(ADULT_BANDS),
        rule=FOLLOWED_RULE,
        counter=followed(ServiceKind.MIGRANTS, ADULT_BANDS),
    ),
    Measure(
        key="information_meetings",
        label=_("Attendance at the information meetings for migrants"),
        service=ServiceKind.MIGRANTS,
        counts_persons=False,
        rows=WOMEN_AND_MEN,
        columns=((ALL, _("Attendances")),),
        rule=_(
            "The women and men counted at each information meeting for migrants held in the "
            "period, added up. The meetings record how many came, not who: someone who came "
            "to three meetings counts three times."
        ),
        counter=computation.information_meetings(),
    ),
    sessions_measure(ServiceKind.LISTENING, _("Sessions at the listening centre, by kind")),
    sessions_measure(ServiceKind.MIGRANTS, _("Sessions at the migrant office, by kind")),
    sessions_measure(ServiceKind.DAYCENTRE, _("Sessions at the day centre, by kind")),
    referrals_measure(
        ServiceKind.LISTENING, _("Referrals from the listening centre, by destination and outcome")
    ),
    referrals_measure(
        ServiceKind.MIGRANTS, _("Referrals from the migrant office, by destination and outcome")
    ),
    referrals_measure(
        ServiceKind.DAYCENTRE, _("Referrals from the day centre, by destination and outcome")
    ),
    Measure(
        key="shelter_stays",
        label=_("Shelter stays"),
        service=ServiceKind.LISTENING,
        counts_persons=False,
        rows=((ALL, _("Stays")),),
        columns=(
            ("with_children", _("With children")),
            ("without_children", _("Without children")),
            (UNKNOWN, _("Children not recorded")),
        ),
        rule=_(
            "Shelter stays recorded at the listening centre, in the year each stay began. Each "
            "stay counts: a woman sheltered twice counts twice."
        ),
        counter=computation.shelter_stays(children=False),
    ),
    Measure(
        key="shelter_children",
        label=_("Children sheltered with their mother"),
        service=ServiceKind.LISTENING,
        counts_persons=False,
        rows=((ALL, _("Children")),),
        columns=((ALL, _("Children")),),
        rule=_(
            "The children recorded on each shelter stay at the listening centre, added up over "
            "the stays that began in the period: a child sheltered twice counts twice."
        ),
        counter=computation.shelter_stays(children=True),
    ),
    Measure(
        key="gbv_incidents",
        label=_("Incidents of violence reported to the listening centre"),
        service=ServiceKind.LISTENING,
        counts_persons=False,
        rows=tuple((kind.value, kind.label) for kind in ViolenceType),
        columns=tuple((stage.value, stage.label) for stage in ComplaintStage),
        rule=_(
            "Incidents recorded at the listening centre, in the year each occurred, by their type "
            "(the GBVIMS classification: the first of its six questions answered yes) and by where "
            "the complaint stands today. Each incident counts: a woman who reports two incidents "
            "counts twice."
        ),
        counter=computation.incidents(),
    ),
    Measure(
        key="proposals",
        label=_("Youth proposals by theme and status"),
        service=None,
        counts_persons=False,
        rows=THEMES,
        columns=tuple((status.value, status.label) for status in ProposalStatus),
        rule=_(
            "Youth proposals submitted in the period (online or on paper), by theme and by "
            "their status today."
        ),
        counter=computation.proposals_by_theme_and_status(),
    ),
    Measure(
        key="selected_projects",
        label=_("Projects selected at the forums, by theme"),
        service=None,
        counts_persons=False,
        rows=THEMES,
        columns=tuple(
            (status.value, status.label)
            for status in (
                ProposalStatus.SELECTED,
                ProposalStatus.IN_PROGRESS,
                ProposalStatus.COMPLETED,
            )
        ),
        rule=_(
            "Proposals selected at a forum held in the period, by theme and by where the "
            "project stands today (selected, in progress, completed)."
        ),
        counter=computation.selected_projects(),
    ),
    Measure(
        key="proposal_members",
        label=_("Members of the groups that made proposals, by sex and theme"),
        service=None,
        counts_persons=False,
        rows=WOMEN_AND_MEN,
        columns=THEMES,
        rule=_(
            "The members each group declared, by sex, added up over the proposals submitted in "
            "the period. Groups give numbers, not names: a young person in two groups counts "
            "twice."
        ),
        counter=computation.proposal_members(),
    ),
    Measure(
        key="forum_attendance",
        label=_("Attendance at the youth forums"),
        service=None,
        counts_persons=False,
        rows=WOMEN_AND_MEN,
        columns=((ALL, _("Attendances")),),
        rule=_(
            "The women and men counted at each youth forum held and closed in the period, "
            "added up: someone who came to two forums counts twice."
        ),
        counter=computation.forum_attendance(),
    ),
)

BY_KEY = {measure.key: measure for measure in MEASURES}
