"""Realistic made-up extractions shared by the query tests (no real texts)."""

from __future__ import annotations

from asean_records.model import (
    DateRange,
    Entity,
    EntityKind,
    Extraction,
    FieldProvenance,
    Meeting,
    MeetingMode,
    MeetingStatus,
    PartialDate,
    Person,
    PlanOfAction,
    Provenance,
    Source,
    Span,
    Statement,
)

TEXT_A = (
    "The 12th Ministerial Meeting on Widgets was held in Đà Nẵng on 9-10 September 2031, chaired by H.E. Tran Minh."
)
WIDGETS_A = Meeting(
    name="12th Ministerial Meeting on Widgets",
    series="MMW",
    ordinal=12,
    date=DateRange(PartialDate(2031, 9, 9), PartialDate(2031, 9, 10)),
    city="Đà Nẵng",
    host_country="VN",
    mode=MeetingMode.IN_PERSON,
    chairs=("H.E. Tran Minh",),
    theme="Resilient Widgets for All",
    status=MeetingStatus.HELD,
    provenance=(
        FieldProvenance("name", Provenance(spans=(Span(4, 39),))),
        FieldProvenance("city", Provenance(spans=(Span(TEXT_A.index("Đà"), TEXT_A.index(" on 9")),))),
    ),
)
TRAN = Person(name="Tran Minh", written="TRAN Minh", family_name="Tran", family_name_first=True, country="VN")
EXTRACTION_A = Extraction(
    source=Source(id="news-a"),
    text=TEXT_A,
    meetings=(WIDGETS_A,),
    people=(TRAN,),
    statements=(Statement(speaker="Tran Minh", verb="stress", content="widgets matter", date=PartialDate(2031, 9, 9)),),
    entities=(Entity(kind=EntityKind.COUNTRY, key="VN", name="Viet Nam"), Entity(kind=EntityKind.COUNTRY, key="LA")),
)

WIDGETS_B = Meeting(
    name="Twelfth Ministerial Meeting on Widgets",
    series="MMW",
    ordinal=12,
    date=PartialDate(2031, 9),
    host_country="TH",
    chairs=("Tran Minh", "Somchai Dee"),
)
EXTRACTION_B = Extraction(
    source=Source(id="press-b"),
    meetings=(
        WIDGETS_B,
        Meeting(
            name="Gadget Forum",
            date=PartialDate(2031),
            host_country="SG",
            partners=("JP",),
            mode=MeetingMode.VIRTUAL,
            status=MeetingStatus.SCHEDULED,
        ),
    ),
    people=(Person(name="Somchai Dee", country="TH", organisation="Widget Council"),),
    plans=(PlanOfAction(name="Widget Plan of Action", parties=("ASEAN", "JP"), start_year=2031, end_year=2035),),
    entities=(Entity(kind=EntityKind.ORGANISATION, key="Widget Council", name="the Widget Council"),),
)

EXTRACTION_C = Extraction(
    source=Source(id="blog-c"),
    meetings=(
        Meeting(name="Sprocket Dialogue", date=PartialDate(2032, 1, 15), host_country="KH", chairs=("Dara Sok",)),
        Meeting(name="Undated Sprocket Talks"),
    ),
    people=(Person(name="Dara Sok", country="KH"),),
)

ALL = (EXTRACTION_A, EXTRACTION_B, EXTRACTION_C)
