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
def login(client):
    """Log `user` into the admin with a verified second factor, as after a real TOTP login."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    def _login(user):
        device, _created = TOTPDevice.objects.get_or_create(
            user=user, name="test phone", defaults={"confirmed": True}
        )
        client.force_login(user)
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
        return client

    return _login


@pytest.fixture
def daycentre_case(cw_daycentre):
    return CaseFactory(service=service("daycentre"), owner=cw_daycentre)
