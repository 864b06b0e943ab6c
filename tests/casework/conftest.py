"""Casework fixtures.

The team: `cw_listening` owns `listening_case` (a case of the listening centre), where
`cw_listening_2` is her colleague in the same service without access; `sup_listening`
supervises the listening centre; `cw_migrants` owns `migrants_case` at the migrant office;
`cw_daycentre` works at the day centre. Personas come from tests/conftest.py.
"""

import pytest

from tests.factories import CaseFactory, CaseSessionFactory, service


@pytest.fixture
def listening_case(cw_listening, cw_listening_2, sup_listening):
    case = CaseFactory(service=service("listening"), owner=cw_listening)
    CaseSessionFactory(case=case, recorded_by=cw_listening)
    return case


@pytest.fixture
def migrants_case(cw_migrants):
    return CaseFactory(service=service("migrants"), owner=cw_migrants)


@pytest.fixture
def login(verified_client):
    """`login(user)`: the admin client signed in past both steps (tests/conftest.py)."""
    return verified_client


@pytest.fixture
def daycentre_case(cw_daycentre):
    return CaseFactory(service=service("daycentre"), owner=cw_daycentre)
