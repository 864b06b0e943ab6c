"""How lists name the people they show: by name to the staff who may open the case, decrypted
for the rows shown only; by initials for a case marked "hide name" (Primero's GBV default for the
most sensitive files); by pseudonym alone while the screen-privacy switch is on, for an office
where visitors sit nearby. Callers pass only cases the user may open."""

from casework.models import Person

# The screen-privacy switch, per signed-in session (the next sign-in starts with names shown).
PRIVACY_SESSION_KEY = "casework_hide_names"


def names_hidden(request):
    return bool(request.session.get(PRIVACY_SESSION_KEY))


def initials(person):
    """ "Malika Aït Brahim" gives "M. A. B."."""
    words = person.full_name.replace("-", " ").split()
    return " ".join(f"{word[0].upper()}." for word in words)


def attach_names(cases, request):
    """Set `shown_name` on each of `cases` (a page of them, already fetched): the name, the
    initials, or "" while names are hidden. One query for the persons, whose names alone are
    decrypted."""
    cases = list(cases)
    if names_hidden(request):
        persons = {}
    else:
        ids = {case.person_id for case in cases}
        persons = Person.objects.filter(pk__in=ids).only("pk", "first_name", "last_name")
        persons = {person.pk: person for person in persons}
    for case in cases:
        person = persons.get(case.person_id)
        if person is None:
            case.shown_name = ""
        else:
            case.shown_name = initials(person) if case.hide_name else person.full_name
    return cases
