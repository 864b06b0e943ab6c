"""The indicators: the three of the partnership's roadmap (2022-2026) with their targets (women
victims of violence followed by the listening centre, 150 over five years; young people with
disabilities followed by the day centre, 43 women and 51 men a year; African migrants at the
commune's information meetings, 6 women and 46 men a year), then every other measure of
indicators.measures, without a target. The roadmap's, the shelter stays and the youth
participation's are published in releases; the others stay on the coordinator's dashboard until
she decides otherwise."""

from django.db import migrations

ROADMAP = [
    # measure, order, [(row, each_year, value)]
    ("listening_followed", 10, [("F", False, 150)]),
    ("daycentre_followed", 20, [("F", True, 43), ("M", True, 51)]),
    ("information_meetings", 30, [("F", True, 6), ("M", True, 46)]),
]
# measure, published in releases
OTHERS = [
    ("migrants_followed", False),
    ("shelter_stays", True),
    ("shelter_children", False),
    ("listening_sessions", False),
    ("migrants_sessions", False),
    ("daycentre_sessions", False),
    ("listening_referrals", False),
    ("migrants_referrals", False),
    ("daycentre_referrals", False),
    ("proposals", True),
    ("selected_projects", True),
    ("proposal_members", False),
    ("forum_attendance", True),
]


def seed(apps, schema_editor):
    Indicator = apps.get_model("indicators", "Indicator")
    Target = apps.get_model("indicators", "Target")
    for measure, order, targets in ROADMAP:
        indicator, created = Indicator.objects.get_or_create(
            measure=measure, defaults={"sort_order": order, "public": True}
        )
        if not created:
            continue
        for position, (row, each_year, value) in enumerate(targets):
            Target.objects.create(
                indicator=indicator,
                sort_order=position,
                row=row,
                first_year=2022,
                last_year=2026,
                each_year=each_year,
                value=value,
            )
    for order, (measure, public) in enumerate(OTHERS, start=4):
        Indicator.objects.get_or_create(
            measure=measure, defaults={"sort_order": order * 10, "public": public}
        )


class Migration(migrations.Migration):
    dependencies = [("indicators", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
