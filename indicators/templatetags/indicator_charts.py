"""`{% chart chart %}`: an indicators.charts chart as a figure, its SVG and the table of its
figures. Link static/css/charts.css on the page."""

from django import template

from indicators.charts import clean_label

register = template.Library()


def _next_id(context):
    """chart-1, chart-2... unique on the page: counted on the request, which every part of a
    page shares (included templates and blocks get contexts of their own), or else on the
    context being rendered."""
    request = context.get("request")
    if request is not None:
        count = request._indicator_charts = getattr(request, "_indicator_charts", 0) + 1
    else:
        root = context.dicts[0]
        count = root["_indicator_charts"] = root.get("_indicator_charts", 0) + 1
    return f"chart-{count}"


@register.inclusion_tag("indicators/components/chart.html", takes_context=True)
def chart(context, chart, id=None):
    """Render `chart` (a BarChart or ProgressChart); `id` names it, or one is made up."""
    uid = id or _next_id(context)
    return {
        "uid": uid,
        "note": clean_label(chart.description),
        "svg": chart.svg(uid),
        "table": chart.table(),
    }
