"""The demo personas: one account per role of DESIGN.md, with the groups that role needs.

Their names and addresses are synthetic. Features add their groups here as they arrive.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Persona:
    username: str
    first_name: str
    last_name: str
    role: str
    groups: tuple = field(default_factory=tuple)
    superuser: bool = False

    @property
    def email(self):
        return f"{self.username}@demo.tiwizi.invalid"


PERSONAS = [
    Persona("editor", "Salma", "Aït Demo", "communications editor", ("Communications editors",)),
    Persona(
        "comms-lead", "Youssef", "Idrissi Demo", "communications lead", ("Communications leads",)
    ),
    Persona(
        "youth-officer",
        "Hanane",
        "Oubella Demo",
        "youth programme officer",
        ("Youth programme officers",),
    ),
    Persona(
        "cw-listening",
        "Fatima",
        "Bakrim Demo",
        "caseworker, listening centre",
        ("Listening centre caseworkers",),
    ),
    Persona(
        "cw-listening-2",
        "Khadija",
        "Ouhmad Demo",
        "caseworker, listening centre",
        ("Listening centre caseworkers",),
    ),
    Persona(
        "cw-migrants",
        "Aminata",
        "Diallo Demo",
        "caseworker, migrant reception office",
        ("Migrant office caseworkers",),
    ),
    Persona(
        "cw-daycentre",
        "Rachid",
        "Amzil Demo",
        "caseworker, day centre",
        ("Day centre caseworkers",),
    ),
    Persona(
        "sup-listening",
        "Naima",
        "Ouchen Demo",
        "supervisor, listening centre",
        ("Listening centre supervisors",),
    ),
    Persona(
        "sup-migrants",
        "Abdellah",
        "Naciri Demo",
        "supervisor, migrant reception office",
        ("Migrant office supervisors",),
    ),
    Persona(
        "sup-daycentre",
        "Souad",
        "Lahlou Demo",
        "supervisor, day centre",
        ("Day centre supervisors",),
    ),
    Persona(
        "coordinator",
        "Lotte",
        "Peeters Demo",
        "partnership coordinator",
        ("Partnership coordinators",),
    ),
    Persona(
        "dpo", "Karim", "Belhaj Demo", "data protection officer", ("Data protection officers",)
    ),
    Persona("admin", "Omar", "Tech Demo", "technical administrator", superuser=True),
]
