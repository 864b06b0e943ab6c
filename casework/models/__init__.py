"""Casework records. One module per aggregate; everything is re-exported here."""

from casework.models.access import EmergencyAccess
from casework.models.activities import ActivityKind, GroupActivity
from casework.models.attachments import Attachment
from casework.models.cases import (
    Case,
    CaseStatus,
    CaseUserObjectPermission,
    ClosureReason,
    RiskLevel,
)
from casework.models.incidents import (
    AggressorRelationship,
    ComplaintOutcome,
    ComplaintStage,
    Incident,
    PlaceType,
    ViolenceType,
)
from casework.models.people import Disability, MigrantStatus, Person, PersonNameToken, Sex
from casework.models.records import (
    SERVICE_SESSION_KINDS,
    CaseSession,
    Consent,
    ConsentScope,
    FollowUp,
    PartnerKind,
    Referral,
    ReferralStatus,
    SessionKind,
)
from casework.models.rights import RequestKind, RequestStatus, RightsRequest
from casework.models.roles import Role, RoleChange, RoleChangeKind, RoleChangeStatus
from casework.models.services import Service, ServiceKind
from casework.models.versioning import StaleEdit, VersionedModel

__all__ = [
    "AggressorRelationship",
    "ComplaintOutcome",
    "ComplaintStage",
    "Incident",
    "PlaceType",
    "ViolenceType",
    "ActivityKind",
    "Attachment",
    "Case",
    "CaseSession",
    "CaseStatus",
    "CaseUserObjectPermission",
    "ClosureReason",
    "Consent",
    "ConsentScope",
    "Disability",
    "EmergencyAccess",
    "FollowUp",
    "GroupActivity",
    "MigrantStatus",
    "PartnerKind",
    "Person",
    "PersonNameToken",
    "Referral",
    "ReferralStatus",
    "RequestKind",
    "RequestStatus",
    "RightsRequest",
    "RiskLevel",
    "Role",
    "RoleChange",
    "RoleChangeKind",
    "RoleChangeStatus",
    "SERVICE_SESSION_KINDS",
    "Service",
    "ServiceKind",
    "SessionKind",
    "Sex",
    "StaleEdit",
    "VersionedModel",
]
