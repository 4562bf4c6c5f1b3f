"""Shared example data for the io tests (invented, realistic)."""

from __future__ import annotations

from asean_records.model import (
    Basis,
    DateRange,
    DocumentAction,
    DocumentKind,
    Entity,
    EntityKind,
    Extraction,
    FieldProvenance,
    InferenceReason,
    Meeting,
    MeetingMode,
    MeetingStatus,
    PartialDate,
    Person,
    PlanOfAction,
    PlanStatus,
    Provenance,
    Source,
    SourceKind,
    Span,
    Statement,
)


def sample_extraction() -> Extraction:
    """A small extraction with every record type that has dates, plans and provenance."""
    meeting = Meeting(
        name="7th ASEAN Widget Ministers' Meeting",
        series="Widget Ministers",
        ordinal=7,
        date=DateRange(PartialDate(2024, 5, 8), PartialDate(2024, 5, 9)),
        city="Luang Prabang",
        host_country="LA",
        mode=MeetingMode.HYBRID,
        chairs=("Thongchanh Vilayvong",),
        partners=("JP",),
        status=MeetingStatus.HELD,
        provenance=(
            FieldProvenance("date", Provenance((Span(40, 52),), Basis.inferred(InferenceReason.RANGE_END_SAME_MONTH))),
        ),
    )
    return Extraction(
        source=Source(
            id="widget-2024-05", title="Widget ministers meet", published=PartialDate(2024, 5), kind=SourceKind.NEWS
        ),
        text="Ministers met in Luang Prabang on 8-9 May.",
        meetings=(meeting,),
        people=(Person(name="Thongchanh Vilayvong", written="THONGCHANH Vilayvong", country="LA"),),
        statements=(
            Statement(
                speaker="Thongchanh Vilayvong",
                verb="urge",
                content="Keep the widget corridor open.",
                date=PartialDate(2024, 5, 8),
            ),
        ),
        plans=(
            PlanOfAction(
                name="Widget Plan of Action 2025-2030",
                parties=("ASEAN", "JP"),
                start_year=2025,
                end_year=2030,
                status=PlanStatus.ADOPTED,
            ),
        ),
        documents=(DocumentAction(title="Luang Prabang Widget Statement", kind=DocumentKind.JOINT_STATEMENT),),
        entities=(Entity(kind=EntityKind.COUNTRY, key="LA", name="Lao PDR"),),
    )
