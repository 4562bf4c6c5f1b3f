"""Merge what several sources say about the same meeting, person or plan of action, and explain disagreements.

Nothing is chosen silently. A merged record keeps, for every field, each source's value with its provenance
(:class:`SourcedValue`). Where the values cannot all be true it reports a :class:`Conflict` with a sentence saying
why; where they agree, or one only refines another (``2020-09`` and ``2020-09-09``; one co-chair named and two), the
agreed value is the most precise one.

Matching is by hashed keys, in time linear in the number of records (no comparison of all pairs):

* meetings: the same series, ordinal and partners; otherwise the same normalised name and partners with dates that
  overlap (a meeting with a name or series but no ordinal joins a numbered one when exactly one of them fits);
* people: the same name after case, accents, honorifics, spacing and doubled letters are ignored (``CHHAY Sovann``,
  ``Chhay Sovann``, ``H.E. Chhay Sovann``); the two name orders (``Sovann Chhay``) only when unambiguous: some source
  states the family name, every source that does agrees, and no two sources give different countries;
* plans of action: the same parties and period; a plan with the same parties and no period joins when exactly one
  plan of those parties has a period; plans with neither match by name.
"""

from __future__ import annotations

import datetime
import enum
import functools
import html
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, NamedTuple, TypeVar

import attrs

from asean_records.model import (
    DateRange,
    Extraction,
    FieldProvenance,
    Meeting,
    PartialDate,
    Person,
    PlanOfAction,
    Record,
    key_text,
    record_id,
)
from asean_records.query._text import person_key, person_tokens, sorted_person_key, tokens
from asean_records.query.records import Records, html_table

__all__ = [
    "Conflict",
    "FieldValues",
    "MatchRule",
    "Merged",
    "MergedMeeting",
    "MergedPerson",
    "MergedPlan",
    "SourcedValue",
    "merge",
    "merge_meetings",
    "merge_people",
    "merge_plans",
]

RecordT = TypeVar("RecordT", bound=Record)
MergedT = TypeVar("MergedT", bound="_Merged")
Sourceable = Records[Any] | Iterable[Extraction]
"""What the merge functions accept: a :class:`Records` collection or extractions."""


class MatchRule(enum.Enum):
    """Why records were taken to be the same thing."""

    SERIES_ORDINAL = "series_ordinal"
    """Same series, ordinal and partners."""
    NAME_DATE = "name_date"
    """Same normalised name and partners, overlapping dates."""
    NAME = "name"
    """Same normalised name; no dates to compare (or a plan without parties and period)."""
    PERSON_NAME = "person_name"
    """Same name up to case, accents, honorifics, spacing and doubled letters."""
    PERSON_NAME_ORDER = "person_name_order"
    """Same name written in both orders, with the family name stated and agreed."""
    PARTIES_PERIOD = "parties_period"
    """Same parties and period."""


class SourcedValue(NamedTuple):
    """One source's value for one field: a named tuple ``(source, record, value, provenance)``.

    A tuple rather than an attrs class because merging makes one per field per report; it is just as immutable.

    Attributes:
        source: Id of the source document.
        record: Id of the record in that source.
        value: The value (``None`` when the source does not give one).
        provenance: Where the source's text gives it (the field's entries, and its items' for tuples).
    """

    source: str
    record: str
    value: Any
    provenance: tuple[FieldProvenance, ...] = ()


@attrs.frozen(kw_only=True)
class FieldValues:
    """Every source's value for one field, and the value they agree on.

    Attributes:
        field: The field name.
        values: One entry per source record, in input order, including sources that give no value.
        agreed: The value all sources that give one agree on (the most precise where one refines another);
            ``None`` when none gives a value or they conflict.
    """

    field: str
    values: tuple[SourcedValue, ...]
    agreed: Any = None


@attrs.frozen(kw_only=True)
class Conflict:
    """Sources that disagree on a field, and why their values cannot all be right.

    Attributes:
        field: The field name.
        values: The values given, each with its source.
        explanation: One sentence for a reader.
    """

    field: str
    values: tuple[SourcedValue, ...]
    explanation: str


# --------------------------------------------------------------------------------------------------------------
# Comparing one field across sources.

_LABELS = {
    "host_country": "host country",
    "start_year": "first year",
    "end_year": "last year",
    "family_name": "family name",
}


def _show(value: Any) -> str:
    if isinstance(value, PartialDate | DateRange):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, tuple):
        return "(" + ", ".join(_show(v) for v in value) + ")"
    return repr(value)


def _describe(groups: Sequence[Sequence[SourcedValue]]) -> str:
    parts = [f"{_show(g[0].value)} ({', '.join(dict.fromkeys(v.source for v in g))})" for g in groups]
    return "; ".join(parts)


def _norm(value: Any) -> Any:
    return key_text(value) if isinstance(value, str) else value


def _grouped(values: Sequence[SourcedValue], norm: Callable[[Any], Any]) -> list[list[SourcedValue]]:
    groups: dict[Any, list[SourcedValue]] = {}
    for v in values:
        groups.setdefault(norm(v.value), []).append(v)
    return list(groups.values())


def _scalar(field: str, given: Sequence[SourcedValue]) -> tuple[Any, Conflict | None]:
    groups = _grouped(given, _norm)
    if len(groups) == 1:
        return groups[0][0].value, None
    label = _LABELS.get(field, field.replace("_", " "))
    return None, Conflict(
        field=field, values=tuple(given), explanation=f"Sources disagree on the {label}: {_describe(groups)}."
    )


def _variant(field: str, given: Sequence[SourcedValue]) -> tuple[Any, Conflict | None]:
    groups = _grouped(given, lambda v: " ".join(tokens(v)) if isinstance(v, str) else v)
    best = max(groups, key=len)  # ties: the first given
    return best[0].value, None


def _date(field: str, given: Sequence[SourcedValue]) -> tuple[Any, Conflict | None]:
    dates: list[PartialDate | DateRange] = [v.value for v in given]
    if len(dates) == 1:
        return dates[0], None
    bounds = [_day_bounds(d) for d in dates]
    lo, hi = min(bounds, key=lambda b: b[1] - b[0])
    if all(b[0] <= lo and hi <= b[1] for b in bounds):
        return dates[bounds.index((lo, hi))], None
    groups = _grouped(given, lambda d: d)
    latest_start = max(dates, key=lambda d: d.earliest)
    earliest_end = min(dates, key=lambda d: d.latest)
    if latest_start.earliest > earliest_end.latest:
        why = f"{latest_start.isoformat()} begins after {earliest_end.isoformat()} ends"
    else:
        why = "they overlap but neither lies within the other"
    return None, Conflict(
        field=field,
        values=tuple(given),
        explanation=f"Sources give dates that cannot all be right ({why}): {_describe(groups)}.",
    )


def _members_of(norm: Callable[[str], str]) -> Callable[[str, Sequence[SourcedValue]], tuple[Any, Conflict | None]]:
    def compare(field: str, given: Sequence[SourcedValue]) -> tuple[Any, Conflict | None]:
        widest = max(given, key=lambda v: len({norm(x) for x in v.value}))
        union = {norm(x) for x in widest.value}
        if all({norm(x) for x in v.value} <= union for v in given):
            return widest.value, None
        groups = _grouped(given, lambda t: frozenset(norm(x) for x in t))
        label = _LABELS.get(field, field.replace("_", " "))
        return None, Conflict(
            field=field,
            values=tuple(given),
            explanation=f"Sources name different {label} and none names them all: {_describe(groups)}.",
        )

    return compare


def _union(field: str, given: Sequence[SourcedValue]) -> tuple[Any, Conflict | None]:
    seen: dict[str, str] = {}
    for v in given:
        for item in v.value:
            seen.setdefault(key_text(item), item)
    return tuple(seen.values()), None


_Compare = Callable[[str, Sequence[SourcedValue]], tuple[Any, Conflict | None]]


def _is_given(value: Any) -> bool:
    return value is not None and value != () and value != ""


def _provenance_by_field(record: Record) -> dict[str, tuple[FieldProvenance, ...]]:
    found: dict[str, list[FieldProvenance]] = {}
    for item in record.provenance:
        found.setdefault(item.field.partition(".")[0], []).append(item)
    return {name: tuple(items) for name, items in found.items()}


def _compare_fields(
    members: Sequence[tuple[Record, str]], specs: Sequence[tuple[str, _Compare]]
) -> tuple[tuple[FieldValues, ...], tuple[Conflict, ...]]:
    fields: list[FieldValues] = []
    conflicts: list[Conflict] = []
    provenance = [_provenance_by_field(record) if record.provenance else {} for record, _ in members]
    for name, compare in specs:
        values = tuple(
            SourcedValue(source, record.id, getattr(record, name), prov.get(name, ()))
            for (record, source), prov in zip(members, provenance, strict=True)
        )
        given = [v for v in values if _is_given(v.value)]
        agreed, conflict = compare(name, given) if given else (None, None)
        fields.append(FieldValues(field=name, values=values, agreed=agreed))
        if conflict is not None:
            conflicts.append(conflict)
    return tuple(fields), tuple(conflicts)


# --------------------------------------------------------------------------------------------------------------
# Merged records.


@attrs.frozen(kw_only=True, repr=False)
class _Merged:
    id: str
    rule: MatchRule
    sources: tuple[str, ...]
    fields: tuple[FieldValues, ...]
    conflicts: tuple[Conflict, ...]
    members: tuple[Record, ...]

    def values(self, field: str) -> tuple[SourcedValue, ...]:
        """Every source's value for ``field`` with its provenance.

        Raises:
            KeyError: The field is not compared for this record type.
        """
        return self.field(field).values

    def field(self, field: str) -> FieldValues:
        """The :class:`FieldValues` of ``field``.

        Raises:
            KeyError: The field is not compared for this record type.
        """
        for item in self.fields:
            if item.field == field:
                return item
        raise KeyError(field)

    def agreed(self, field: str) -> Any:
        """The value the sources agree on for ``field``; ``None`` if none gives one or they conflict."""
        return self.field(field).agreed

    @property
    def has_conflicts(self) -> bool:
        """True when some sources disagree."""
        return bool(self.conflicts)

    def _title(self) -> str:
        return str(self.agreed("name"))

    def _record(self, kind: type[RecordT], **extra: Any) -> RecordT:
        """A ``kind`` of the agreed values, then ``extra``, without provenance.

        A field none agrees on keeps its default (``None``, or an empty tuple); a required one is passed as ``None``.
        """
        fields = attrs.fields_dict(kind)
        agreed = {
            item.field: item.agreed
            for item in self.fields
            if item.agreed is not None or fields[item.field].default is attrs.NOTHING
        }
        return kind(**{**agreed, **extra, "id": self.id})

    def _head(self) -> str:
        n = len(dict.fromkeys(self.sources))
        conflicts = f", {len(self.conflicts)} conflict{'s' if len(self.conflicts) != 1 else ''}"
        return (
            f"{type(self).__name__} {self.id} {self._title()!r} from {n} source{'s' if n != 1 else ''}"
            f" ({self.rule.value}){conflicts if self.conflicts else ''}"
        )

    def _rows(self) -> list[list[str]]:
        rows: list[list[str]] = []
        conflicted = {c.field for c in self.conflicts}
        for item in self.fields:
            given = [v for v in item.values if _is_given(v.value)]
            if not given:
                continue
            groups = _grouped(given, lambda v: v)
            text = "; ".join(f"{_show(g[0].value)} ({', '.join(v.source for v in g)})" for g in groups)
            rows.append([item.field, text, "CONFLICT" if item.field in conflicted else ""])
        return rows

    def __repr__(self) -> str:
        lines = [f"<{self._head()}>"]
        lines.extend(f"  {f}: {text}{'  <- conflict' if flag else ''}" for f, text, flag in self._rows())
        lines.extend(f"  ! {c.explanation}" for c in self.conflicts)
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        table = html_table(("field", "values (sources)", ""), self._rows(), caption=self._head())
        notes = "".join(f"<p><b>Conflict:</b> {html.escape(c.explanation)}</p>" for c in self.conflicts)
        return table + notes


@attrs.frozen(kw_only=True, repr=False)
class MergedMeeting(_Merged):
    """One meeting as reported by one or more sources.

    Attributes:
        id: Stable id: the model's record id when series and ordinal are known, else hashed from the normalised
            name, partners and the first day of the merged dates.
        rule: Why the reports were taken to be the same meeting.
        sources: The source id of each member, in input order.
        fields: Every source's value for each field, and the agreed value.
        conflicts: The fields where sources disagree, explained.
        members: The meeting records merged, in input order.
    """

    members: tuple[Meeting, ...]

    def to_meeting(self) -> Meeting:
        """A :class:`Meeting` of the agreed values; conflicting fields are left empty.

        The result carries no provenance, because its values may come from different texts: use :meth:`values`.
        """
        return self._record(Meeting)


@attrs.frozen(kw_only=True, repr=False)
class MergedPerson(_Merged):
    """One person as named by one or more sources.

    Attributes:
        id: Stable id hashed from the folded name, family name first when it is known.
        rule: Why the names were taken to be the same person.
        sources: The source id of each member, in input order.
        fields: Every source's value for each field, and the agreed value.
        conflicts: The fields where sources disagree, explained.
        members: The person records merged, in input order.
    """

    members: tuple[Person, ...]

    @property
    def variants(self) -> tuple[str, ...]:
        """Every distinct way the sources wrote the name."""
        return tuple(dict.fromkeys(n for p in self.members for n in (p.written, p.name) if n))

    def to_person(self) -> Person:
        """A :class:`Person` of the agreed values, without provenance; conflicting fields are left empty."""
        first = self.members[0]
        return self._record(Person, written=first.written, family_name_first=first.family_name_first)


@attrs.frozen(kw_only=True, repr=False)
class MergedPlan(_Merged):
    """One plan of action as reported by one or more sources.

    Attributes:
        id: Stable id: the model's record id (parties and period) when they are known, else hashed from the name.
        rule: Why the reports were taken to be the same plan.
        sources: The source id of each member, in input order.
        fields: Every source's value for each field, and the agreed value.
        conflicts: The fields where sources disagree, explained.
        members: The plan records merged, in input order.
    """

    members: tuple[PlanOfAction, ...]

    def to_plan(self) -> PlanOfAction:
        """A :class:`PlanOfAction` of the agreed values, without provenance; conflicting fields are left empty."""
        start, end = self.agreed("start_year"), self.agreed("end_year")
        if start is not None and end is not None and end < start:
            return self._record(PlanOfAction, end_year=None)
        return self._record(PlanOfAction)


@attrs.frozen(kw_only=True, repr=False)
class Merged:
    """The result of :func:`merge`: merged meetings, people and plans.

    Attributes:
        meetings: Merged meetings, in order of first report.
        people: Merged people, in order of first mention.
        plans: Merged plans of action, in order of first report.
    """

    meetings: tuple[MergedMeeting, ...]
    people: tuple[MergedPerson, ...]
    plans: tuple[MergedPlan, ...]

    @property
    def conflicts(self) -> tuple[tuple[str, Conflict], ...]:
        """Every conflict, with the id of the merged record it belongs to."""
        return tuple(
            (item.id, conflict)
            for group in (self.meetings, self.people, self.plans)
            for item in group
            for conflict in item.conflicts
        )

    def _counts(self) -> str:
        return (
            f"Merged: {len(self.meetings):,} meetings, {len(self.people):,} people, {len(self.plans):,} plans,"
            f" {len(self.conflicts):,} conflicts"
        )

    def __repr__(self) -> str:
        lines = [f"<{self._counts()}>"]
        for group in (self.meetings, self.people, self.plans):
            lines.extend(f"  {item._head()}" for item in group[:5])
            if len(group) > 5:
                lines.append(f"  … {len(group) - 5:,} more")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        body = [
            [type(item).__name__, item.id, item._title(), str(len(item.members)), str(len(item.conflicts))]
            for group in (self.meetings, self.people, self.plans)
            for item in group[:10]
        ]
        return html_table(("type", "id", "name", "reports", "conflicts"), body, caption=self._counts())


# --------------------------------------------------------------------------------------------------------------
# Grouping.


def _pairs(source: Sourceable, kind: type[RecordT], field: str) -> Iterator[tuple[RecordT, str]]:
    if isinstance(source, Records):
        for record, extraction in source.of_type(kind).items():
            yield record, extraction.source.id
        return
    for extraction in source:
        for record in getattr(extraction, field):
            yield record, extraction.source.id


def _bounds(dating: PartialDate | DateRange | None) -> tuple[int, int] | None:
    if dating is None:
        return None
    return _day_bounds(dating)


@functools.lru_cache(maxsize=1 << 16)
def _day_bounds(dating: PartialDate | DateRange) -> tuple[int, int]:
    return dating.earliest.toordinal(), dating.latest.toordinal()


def _merged(
    kind: type[MergedT],
    group_id: str,
    rule: MatchRule,
    members: Sequence[tuple[Any, str]],
    specs: Sequence[tuple[str, _Compare]],
) -> MergedT:
    """The ``kind`` of ``members`` (record and source pairs, in input order), comparing the fields of ``specs``."""
    fields, conflicts = _compare_fields(members, specs)
    return kind(
        id=group_id,
        rule=rule,
        sources=tuple(src for _, src in members),
        fields=fields,
        conflicts=conflicts,
        members=tuple(record for record, _ in members),
    )


_MEETING_FIELDS: tuple[tuple[str, _Compare], ...] = (
    ("name", _variant),
    ("series", _scalar),
    ("ordinal", _scalar),
    ("date", _date),
    ("city", _scalar),
    ("host_country", _scalar),
    ("mode", _scalar),
    ("chairs", _members_of(person_key)),
    ("partners", _members_of(key_text)),
    ("theme", _scalar),
    ("parent", _scalar),
    ("status", _scalar),
)


class _Group:
    __slots__ = ("hi", "id", "lo", "members", "rule")

    def __init__(self, group_id: str, rule: MatchRule) -> None:
        self.id = group_id
        self.rule = rule
        self.members: list[tuple[Meeting, str]] = []
        self.lo: int | None = None
        self.hi: int | None = None

    def add(self, meeting: Meeting, source: str) -> None:
        self.members.append((meeting, source))
        bounds = _bounds(meeting.date)
        if bounds is not None:
            self.lo = bounds[0] if self.lo is None else min(self.lo, bounds[0])
            self.hi = bounds[1] if self.hi is None else max(self.hi, bounds[1])

    def years(self) -> range:
        if self.lo is None or self.hi is None:
            return range(0)
        return range(_from_ordinal(self.lo).year, _from_ordinal(self.hi).year + 1)

    def overlaps(self, bounds: tuple[int, int]) -> bool:
        return self.lo is not None and self.hi is not None and self.lo <= bounds[1] and bounds[0] <= self.hi


def _from_ordinal(day: int) -> datetime.date:
    return datetime.date.fromordinal(day)


def _name_key(meeting: Meeting) -> tuple[str, tuple[str, ...]]:
    return " ".join(tokens(meeting.name)), tuple(sorted(key_text(p) for p in meeting.partners))


def _years_of(bounds: tuple[int, int]) -> range:
    return range(_from_ordinal(bounds[0]).year, _from_ordinal(bounds[1]).year + 1)


def _unique_fit(candidates: Iterable[_Group], bounds: tuple[int, int] | None) -> _Group | None:
    found = {id(g): g for g in candidates if bounds is None or g.overlaps(bounds)}
    return next(iter(found.values())) if len(found) == 1 else None


def merge_meetings(source: Sourceable) -> tuple[MergedMeeting, ...]:
    """Merge the meetings of many sources: one :class:`MergedMeeting` per meeting, in order of first report.

    Args:
        source: A :class:`Records` collection or extractions.

    Returns:
        The merged meetings; a meeting reported once is a merged meeting with one member.
    """
    pairs = list(_pairs(source, Meeting, "meetings"))
    order: list[_Group] = []
    keyed: dict[tuple[str, int, tuple[str, ...]], _Group] = {}
    rest: list[tuple[Meeting, str]] = []
    for meeting, src in pairs:
        if meeting.series is not None and meeting.ordinal is not None:
            partners = tuple(sorted(meeting.partners, key=key_text))
            key = (key_text(meeting.series), meeting.ordinal, tuple(key_text(p) for p in partners))
            group = keyed.get(key)
            if group is None:
                gid = record_id("mtg", "series", meeting.series, meeting.ordinal, *partners)
                group = keyed[key] = _Group(gid, MatchRule.SERIES_ORDINAL)
                order.append(group)
            group.add(meeting, src)
        else:
            rest.append((meeting, src))

    # numbered meetings by (name, partners, year) and (series, partners, year), for the unnumbered to join
    by_name: dict[tuple[Any, ...], list[_Group]] = {}
    by_series: dict[tuple[Any, ...], list[_Group]] = {}
    undated_names: dict[tuple[Any, ...], list[_Group]] = {}
    for group in keyed.values() if rest else ():
        first = group.members[0][0]
        partners = _name_key(first)[1]
        names = {_name_key(m)[0] for m, _ in group.members}
        for year in group.years():
            by_series.setdefault((key_text(first.series), partners, year), []).append(group)
            for name in names:
                by_name.setdefault((name, partners, year), []).append(group)
        for name in names:
            undated_names.setdefault((name, partners), []).append(group)

    clusters: dict[tuple[str, tuple[str, ...]], list[tuple[Meeting, str]]] = {}
    for meeting, src in rest:
        name, partners = _name_key(meeting)
        bounds = _bounds(meeting.date)
        if bounds is None:
            target = _unique_fit(undated_names.get((name, partners), ()), None)
        else:
            years = _years_of(bounds)
            target = _unique_fit((g for y in years for g in by_name.get((name, partners, y), ())), bounds)
            if target is None and meeting.series is not None:
                series = key_text(meeting.series)
                found = (g for y in years for g in by_series.get((series, partners, y), ()))
                target = _unique_fit(found, bounds)
        if target is not None:
            target.add(meeting, src)
        else:
            clusters.setdefault((name, partners), []).append((meeting, src))

    for (name, partners), members in clusters.items():
        dated = sorted((m for m in members if m[0].date is not None), key=lambda m: _bounds(m[0].date) or (0, 0))
        undated = [m for m in members if m[0].date is None]
        made: list[_Group] = []
        for meeting, src in dated:
            bounds = _bounds(meeting.date)
            if bounds is None:  # pragma: no cover - undated meetings were set apart above
                continue
            if made and made[-1].hi is not None and bounds[0] <= made[-1].hi:
                made[-1].add(meeting, src)
                continue
            day = _from_ordinal(bounds[0]).isoformat()
            group = _Group(record_id("mtg", "name", name, *partners, day), MatchRule.NAME_DATE)
            group.add(meeting, src)
            made.append(group)
        if undated:
            if len(made) == 1:
                for meeting, src in undated:
                    made[0].add(meeting, src)
            else:
                group = _Group(record_id("mtg", "name", name, *partners), MatchRule.NAME)
                for meeting, src in undated:
                    group.add(meeting, src)
                made.append(group)
        order.extend(made)

    position = {id(m): i for i, (m, _) in enumerate(pairs)}
    order.sort(key=lambda g: min(position[id(m)] for m, _ in g.members))
    for group in order:
        group.members.sort(key=lambda pair: position[id(pair[0])])
    return tuple(_merged(MergedMeeting, group.id, group.rule, group.members, _MEETING_FIELDS) for group in order)


_PERSON_FIELDS: tuple[tuple[str, _Compare], ...] = (
    ("name", _variant),
    ("family_name", _scalar),
    ("honorifics", _union),
    ("titles", _union),
    ("country", _scalar),
    ("organisation", _scalar),
)


def _order_variants_agree(groups: Sequence[list[tuple[Person, str]]]) -> bool:
    members = [p for g in groups for p, _ in g]
    families = {" ".join(tokens(p.family_name)) for p in members if p.family_name}
    countries = {p.country for p in members if p.country}
    if len(families) != 1 or len(countries) > 1:
        return False
    family = next(iter(families)).split()
    return all(set(family) <= set(person_tokens(p.name)) for p in members)


def _person_id(members: Sequence[tuple[Person, str]]) -> str:
    first = min((person_tokens(p.name) for p, _ in members), key=" ".join)
    family = next((tokens(p.family_name) for p, _ in members if p.family_name), ())
    if family and set(family) <= set(first):
        first = (*family, *(t for t in first if t not in family))
    return record_id("per", " ".join(first))


def merge_people(source: Sourceable) -> tuple[MergedPerson, ...]:
    """Merge the people of many sources: one :class:`MergedPerson` per person, in order of first mention.

    Args:
        source: A :class:`Records` collection or extractions.

    Returns:
        The merged people.
    """
    pairs = list(_pairs(source, Person, "people"))
    by_key: dict[str, list[tuple[Person, str]]] = {}
    for person, src in pairs:
        by_key.setdefault(person_key(person.name), []).append((person, src))
    by_sorted: dict[str, list[list[tuple[Person, str]]]] = {}
    for members in by_key.values():
        by_sorted.setdefault(sorted_person_key(members[0][0].name), []).append(members)

    position = {id(p): i for i, (p, _) in enumerate(pairs)}
    result: list[tuple[int, MergedPerson]] = []
    for groups in by_sorted.values():
        if len(groups) > 1 and _order_variants_agree(groups):
            batches = [([m for g in groups for m in g], MatchRule.PERSON_NAME_ORDER)]
        else:
            batches = [(g, MatchRule.PERSON_NAME) for g in groups]
        for members, rule in batches:
            members.sort(key=lambda pair: position[id(pair[0])])
            merged = _merged(MergedPerson, _person_id(members), rule, members, _PERSON_FIELDS)
            result.append((position[id(members[0][0])], merged))
    result.sort(key=lambda item: item[0])
    return tuple(m for _, m in result)


_PLAN_FIELDS: tuple[tuple[str, _Compare], ...] = (
    ("name", _variant),
    ("parties", _members_of(key_text)),
    ("start_year", _scalar),
    ("end_year", _scalar),
    ("status", _scalar),
    ("meeting", _scalar),
)


def merge_plans(source: Sourceable) -> tuple[MergedPlan, ...]:
    """Merge the plans of action of many sources: one :class:`MergedPlan` per plan, in order of first report.

    Args:
        source: A :class:`Records` collection or extractions.

    Returns:
        The merged plans.
    """
    pairs = list(_pairs(source, PlanOfAction, "plans"))
    groups: dict[tuple[Any, ...], tuple[str, MatchRule, list[tuple[PlanOfAction, str]]]] = {}
    no_period: list[tuple[PlanOfAction, tuple[str, ...], str]] = []
    with_period: dict[tuple[str, ...], set[tuple[Any, ...]]] = {}
    for plan, src in pairs:
        parties = tuple(sorted(key_text(p) for p in plan.parties))
        if plan.start_year is not None:
            key: tuple[Any, ...] = ("period", parties, plan.start_year, plan.end_year)
            if key not in groups:
                groups[key] = (plan.id, MatchRule.PARTIES_PERIOD, [])
            groups[key][2].append((plan, src))
            with_period.setdefault(parties, set()).add(key)
        elif parties:
            no_period.append((plan, parties, src))
        else:
            key = ("name", " ".join(tokens(plan.name)))
            if key not in groups:
                groups[key] = (record_id("poa", plan.name), MatchRule.NAME, [])
            groups[key][2].append((plan, src))
    for plan, parties, src in no_period:
        keys = with_period.get(parties, set())
        key = next(iter(keys)) if len(keys) == 1 else ("parties", parties)
        if key not in groups:
            groups[key] = (plan.id, MatchRule.PARTIES_PERIOD, [])
        groups[key][2].append((plan, src))

    position = {id(p): i for i, (p, _) in enumerate(pairs)}
    result: list[tuple[int, MergedPlan]] = []
    for gid, rule, members in groups.values():
        members.sort(key=lambda pair: position[id(pair[0])])
        merged = _merged(MergedPlan, gid, rule, members, _PLAN_FIELDS)
        result.append((position[id(members[0][0])], merged))
    result.sort(key=lambda item: item[0])
    return tuple(m for _, m in result)


def merge(source: Sourceable) -> Merged:
    """Merge meetings, people and plans of action across sources.

    Args:
        source: A :class:`Records` collection or extractions (an iterator is read once).

    Returns:
        A :class:`Merged` with the three kinds, each in order of first report.
    """
    if not isinstance(source, Records):
        source = tuple(source)
    return Merged(meetings=merge_meetings(source), people=merge_people(source), plans=merge_plans(source))
