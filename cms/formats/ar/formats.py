# What Django's Arabic formats leave out, so dates and times fall back to the American defaults
# ("12/04/2026 8:16 م", "ديسمبر 4, 2026"): day before month, as everywhere in Morocco, and the
# 24-hour clock of the commune's offices. Django's own Arabic formats give the rest.
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F، Y، H:i"
# The right-to-left marks keep "04/12/2026" in that order inside Arabic text; written as escapes,
# never as invisible characters in the source.
SHORT_DATETIME_FORMAT = "d\u200f/m\u200f/Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
