"""The domain model: immutable records, partial dates and provenance.

This package knows nothing of parsing or JSON; it only defines values and
their invariants.
"""

from asean_records.model.dates import DateRange, Dating, PartialDate, Precision, parse_dating
from asean_records.model.extraction import Extraction
from asean_records.model.ids import key_text, record_id
from asean_records.model.provenance import (
    Basis,
    BasisKind,
    FieldProvenance,
    InferenceReason,
    Provenance,
    Source,
    SourceKind,
    Span,
)
from asean_records.model.records import (
    Action,
    Delegation,
    DocumentAction,
    DocumentKind,
    Entity,
    EntityKind,
    Figure,
    Meeting,
    MeetingMode,
    MeetingStatus,
    Person,
    PlanOfAction,
    PlanStatus,
    Record,
    Statement,
)

__all__ = [
    "Action",
    "Basis",
    "BasisKind",
    "DateRange",
    "Dating",
    "Delegation",
    "DocumentAction",
    "DocumentKind",
    "Entity",
    "EntityKind",
    "Extraction",
    "FieldProvenance",
    "Figure",
    "InferenceReason",
    "Meeting",
    "MeetingMode",
    "MeetingStatus",
    "PartialDate",
    "Person",
    "PlanOfAction",
    "PlanStatus",
    "Precision",
    "Provenance",
    "Record",
    "Source",
    "SourceKind",
    "Span",
    "Statement",
    "key_text",
    "parse_dating",
    "record_id",
]
