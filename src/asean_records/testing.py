"""Hypothesis strategies for every model type.

Downstream projects can property-test their own code against valid records::

    from hypothesis import given
    from asean_records.testing import meetings

    @given(meetings())
    def test_my_export(meeting): ...

Needs the ``hypothesis`` package (``pip install 'asean-records[testing]'``).
"""

from __future__ import annotations

import datetime
import time
from collections.abc import Callable

import pendulum
from hypothesis import strategies as st

from asean_records.model import (
    Action,
    Basis,
    DateRange,
    Dating,
    Delegation,
    DocumentAction,
    DocumentKind,
    Entity,
    EntityKind,
    Extraction,
    FieldProvenance,
    Figure,
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

__all__ = [
    "ADVERSARIAL_UNITS",
    "adversarial_text",
    "bases",
    "cost_ratio",
    "date_ranges",
    "datings",
    "delegations",
    "documents",
    "entities",
    "extractions",
    "figures",
    "meetings",
    "partial_dates",
    "people",
    "plans",
    "provenances",
    "sources",
    "spans",
    "statements",
    "texts",
]

ADVERSARIAL_UNITS: dict[str, str] = {
    "digits": "1234567890",
    "dots": ".",
    "capitals": "ABCDEFGHIJ ",
    "honorifics": "H.E. ",
    "asean": "ASEAN ",
    "unclosed-quotes": '"unclosed quote ',
    "meeting-words": "Meeting ",
    "of-the": "of the ",
    "ordinals": "1st 2nd 3rd 4th ",
    "open-parens": "(",
    "unclosed-tags": "<a ",
    "capitalised-words": "Minister Foreign Affairs Senior Officials ",
    "dates": "12 March 2020 ",
    "one-long-word": "x",
    "run-on-clauses": "the ministers discussed cooperation on trade, health and the environment at the ASEAN Summit; ",
    "press-release": "The 23rd ASEAN Summit was held in Ha Noi, Viet Nam on 12 March 2020; H.E. Nguyen Van An spoke. ",
}
"""Repeating units that stress a parser's patterns and loops (long runs, no closing token), by name.

The linear-time tests and the scaling benchmark both repeat each unit to a size with :func:`adversarial_text`.
"""


def adversarial_text(unit: str, size: int) -> str:
    """``unit`` repeated to exactly ``size`` characters (one line, no paragraph breaks)."""
    return (unit * (size // len(unit) + 1))[:size]


def cost_ratio(work: Callable[[str], object], small: str, large: str, *, repeat: int = 3) -> float:
    """How many times the CPU time of ``work(small)`` ``work(large)`` costs (best of ``repeat`` runs each).

    CPU time of this process, not wall time, so other programs on a busy machine do not skew the ratio; the small
    run counts as at least a millisecond so timer noise on tiny inputs cannot inflate it.

    Examples:
        >>> cost_ratio(str.upper, "ab" * 1000, "ab" * 10000) < 50
        True
    """

    def best(text: str) -> float:
        out = float("inf")
        for _ in range(repeat):
            t0 = time.process_time()
            work(text)
            out = min(out, time.process_time() - t0)
        return out

    return best(large) / max(best(small), 1e-3)


_ALPHA2 = ("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL", "US", "CN", "JP", "KR", "AU", "NZ")


def texts(*, min_size: int = 1, max_size: int = 60) -> st.SearchStrategy[str]:
    """Non-empty names in any script (Latin with diacritics, Thai, Khmer, Burmese, CJK, emoji)."""
    return st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=min_size, max_size=max_size
    ).filter(lambda s: s.strip() != "")


@st.composite
def partial_dates(draw: st.DrawFn, *, min_year: int = 1967, max_year: int = 2035) -> PartialDate:
    """Partial dates of every precision (year, month, day), all real calendar values."""
    year = draw(st.integers(min_year, max_year))
    precision = draw(st.sampled_from(("year", "month", "day")))
    if precision == "year":
        return PartialDate(year)
    month = draw(st.integers(1, 12))
    if precision == "month":
        return PartialDate(year, month)
    day = draw(st.integers(1, pendulum.date(year, month, 1).days_in_month))
    return PartialDate(year, month, day)


@st.composite
def date_ranges(draw: st.DrawFn) -> DateRange:
    """Valid closed ranges: the end never falls before the start."""
    start = draw(partial_dates())
    days = draw(st.integers(0, 400))
    last = start.earliest + datetime.timedelta(days=days)
    end_floor = max(last, start.latest) if draw(st.booleans()) else last
    end_floor = max(end_floor, start.earliest)
    candidates = [
        PartialDate(end_floor.year),
        PartialDate(end_floor.year, end_floor.month),
        PartialDate(end_floor.year, end_floor.month, end_floor.day),
    ]
    # a coarser end must not reach back before the start
    valid = [c for c in candidates if c.earliest >= start.earliest]
    end = draw(st.sampled_from(valid))
    return DateRange(start, end)


def datings() -> st.SearchStrategy[Dating]:
    """Either a partial date or a range."""
    return st.one_of(partial_dates(), date_ranges())


@st.composite
def spans(draw: st.DrawFn, *, text_length: int = 10_000) -> Span:
    """Spans inside a text of ``text_length`` characters."""
    start = draw(st.integers(0, text_length))
    end = draw(st.integers(start, text_length))
    return Span(start, end)


def bases() -> st.SearchStrategy[Basis]:
    """Stated bases and inferred bases with every reason."""
    return st.one_of(
        st.builds(Basis.stated, st.text(max_size=40)),
        st.builds(Basis.inferred, st.sampled_from(InferenceReason), st.text(max_size=40)),
    )


def provenances(*, text_length: int = 10_000) -> st.SearchStrategy[Provenance]:
    """Provenance with 0-3 spans and any basis."""
    return st.builds(
        Provenance,
        spans=st.lists(spans(text_length=text_length), max_size=3).map(lambda xs: tuple(sorted(xs))),
        basis=bases(),
    )


def _field_provenance(fields: tuple[str, ...]) -> st.SearchStrategy[tuple[FieldProvenance, ...]]:
    return st.lists(
        st.builds(FieldProvenance, st.sampled_from(fields), provenances()), max_size=3, unique_by=lambda fp: fp.field
    ).map(tuple)


def sources() -> st.SearchStrategy[Source]:
    """Sources with optional metadata."""
    return st.builds(
        Source,
        id=texts(max_size=30),
        title=st.none() | texts(),
        url=st.none() | st.just("https://example.org/news/1"),
        published=st.none() | partial_dates(),
        kind=st.none() | st.sampled_from(SourceKind),
    )


_names = st.lists(texts(max_size=30), max_size=3).map(tuple)
_codes = st.lists(st.sampled_from(_ALPHA2), max_size=3, unique=True).map(tuple)


def meetings() -> st.SearchStrategy[Meeting]:
    """Meetings with every optional field sometimes set."""
    return st.builds(
        Meeting,
        name=texts(),
        series=st.none() | st.sampled_from(("AMM", "ASEAN Summit", "EAS", "ARF", "PMC")),
        ordinal=st.none() | st.integers(1, 200),
        date=st.none() | datings(),
        city=st.none() | texts(max_size=30),
        host_country=st.none() | st.sampled_from(_ALPHA2),
        mode=st.none() | st.sampled_from(MeetingMode),
        chairs=_names,
        partners=_codes,
        theme=st.none() | texts(),
        parent=st.none() | st.just("mtg-0123456789abcdef"),
        status=st.none() | st.sampled_from(MeetingStatus),
        provenance=_field_provenance(("name", "date", "city", "chairs.0", "theme")),
    )


def people() -> st.SearchStrategy[Person]:
    """People with honorifics, titles and countries."""
    return st.builds(
        Person,
        name=texts(max_size=40),
        written=texts(max_size=40),
        family_name=st.none() | texts(max_size=20),
        family_name_first=st.booleans(),
        honorifics=_names,
        titles=_names,
        country=st.none() | st.sampled_from(_ALPHA2),
        organisation=st.none() | texts(max_size=30),
        provenance=_field_provenance(("name", "titles.0", "country")),
    )


def delegations() -> st.SearchStrategy[Delegation]:
    """Delegations of a country or body."""
    return st.builds(
        Delegation,
        country=st.none() | st.sampled_from(_ALPHA2),
        body=st.none() | texts(max_size=20),
        head=st.none() | texts(max_size=30),
        members=_names,
        on_behalf_of=st.none() | st.sampled_from(_ALPHA2),
        meeting=st.none() | st.just("mtg-0123456789abcdef"),
        provenance=_field_provenance(("country", "head")),
    )


def statements() -> st.SearchStrategy[Statement]:
    """Statements, quoted or reported."""
    return st.builds(
        Statement,
        speaker=st.none() | texts(max_size=30),
        role=st.none() | texts(max_size=30),
        verb=st.sampled_from(("say", "stress", "propose", "urge", "pledge")),
        content=texts(max_size=200),
        quoted=st.booleans(),
        meeting=st.none() | st.just("mtg-0123456789abcdef"),
        date=st.none() | datings(),
        provenance=_field_provenance(("speaker", "content")),
    )


@st.composite
def plans(draw: st.DrawFn) -> PlanOfAction:
    """Plans of action whose period never ends before it starts."""
    start = draw(st.none() | st.integers(1990, 2035))
    end = None if start is None else draw(st.none() | st.integers(start, start + 10))
    return PlanOfAction(
        name=draw(texts()),
        parties=("ASEAN", *draw(_codes)),
        start_year=start,
        end_year=end,
        status=draw(st.none() | st.sampled_from(PlanStatus)),
        meeting=draw(st.none() | st.just("mtg-0123456789abcdef")),
        provenance=draw(_field_provenance(("name", "status"))),
    )


def documents() -> st.SearchStrategy[DocumentAction]:
    """Documents acted on."""
    return st.builds(
        DocumentAction,
        title=texts(),
        kind=st.sampled_from(DocumentKind),
        action=st.none() | st.sampled_from(Action),
        draft=st.booleans(),
        meeting=st.none() | st.just("mtg-0123456789abcdef"),
        provenance=_field_provenance(("title", "action")),
    )


def figures() -> st.SearchStrategy[Figure]:
    """Non-negative counts."""
    return st.builds(
        Figure,
        what=st.sampled_from(("delegates", "cities", "member_states", "participants")),
        value=st.integers(0, 10**6),
        provenance=_field_provenance(("value",)),
    )


def entities() -> st.SearchStrategy[Entity]:
    """Countries and organisations."""
    return st.one_of(
        st.builds(Entity, kind=st.just(EntityKind.COUNTRY), key=st.sampled_from(_ALPHA2), name=texts(max_size=30)),
        st.builds(
            Entity,
            kind=st.just(EntityKind.ORGANISATION),
            key=st.sampled_from(("ASEAN", "AICHR", "ASEAN Secretariat", "UN")),
            name=texts(max_size=30),
        ),
    )


def extractions() -> st.SearchStrategy[Extraction]:
    """Whole extractions with a few records of every type."""
    return st.builds(
        Extraction,
        source=sources(),
        text=st.none() | st.text(max_size=300),
        meetings=st.lists(meetings(), max_size=3).map(tuple),
        people=st.lists(people(), max_size=3).map(tuple),
        delegations=st.lists(delegations(), max_size=3).map(tuple),
        statements=st.lists(statements(), max_size=3).map(tuple),
        plans=st.lists(plans(), max_size=3).map(tuple),
        documents=st.lists(documents(), max_size=3).map(tuple),
        figures=st.lists(figures(), max_size=3).map(tuple),
        entities=st.lists(entities(), max_size=3).map(tuple),
    )
