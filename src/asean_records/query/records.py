"""``Records``: an immutable collection of records from many extractions, with composable, indexed filters.

Every filter returns a new :class:`Records`; nothing is computed until the result is needed (``len``, iteration,
indexing). Then the filters are planned: the most selective one yields candidate rows from an inverted index
(key -> sorted array of row ids), and the others only check those candidates against per-row columns. Indexes are
built once per collection, on first use, and shared by every collection derived from it.

Dates use the partial-date semantics of the model: a meeting dated ``2020-09`` *possibly* falls in a window when
any day of September 2020 does, and *certainly* falls in it when every day of September 2020 does.
"""

from __future__ import annotations

import bisect
import datetime
import itertools
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Generic, Literal, TypeVar, cast, overload

from asean_records.errors import ModelError, QueryError, UnknownReferenceError
from asean_records.model import (
    DateRange,
    Delegation,
    DocumentAction,
    Entity,
    EntityKind,
    Extraction,
    Figure,
    Meeting,
    MeetingMode,
    MeetingStatus,
    PartialDate,
    Person,
    PlanOfAction,
    Record,
    Source,
    Statement,
    key_text,
)
from asean_records.model._display import html_rows
from asean_records.query._text import person_key, sorted_person_key, tokens

__all__ = ["Certainty", "CountryRole", "Records", "dating_of", "label_of"]

R = TypeVar("R", bound=Record, covariant=True)
T = TypeVar("T", bound=Record)

Certainty = Literal["possibly", "certainly"]
"""How sure a date-window match must be: ``possibly`` (may overlap) or ``certainly`` (wholly inside)."""

CountryRole = Literal["any", "host", "chair", "partner", "participant", "own"]
"""The part a country plays for a record; see :meth:`Records.country`."""

_ROLES: tuple[str, ...] = ("host", "chair", "partner", "participant", "own")
_REPR_ROWS = 10
_REPR_LABEL = 50
_NO_DATE = -1


def dating_of(record: Record) -> PartialDate | DateRange | None:
    """The date a record carries: a meeting's or statement's date, a plan's period as years; else ``None``."""
    if isinstance(record, Meeting | Statement):
        return record.date
    if isinstance(record, PlanOfAction) and record.start_year is not None:
        end = record.end_year if record.end_year is not None else record.start_year
        return DateRange(PartialDate(record.start_year), PartialDate(end))
    return None


def label_of(record: Record) -> str:
    """A short human label for any record (a meeting's name, a statement's speaker and words ...)."""
    if isinstance(record, Meeting | Person | PlanOfAction):
        return record.name
    if isinstance(record, DocumentAction):
        return record.title
    if isinstance(record, Statement):
        content = record.content if len(record.content) <= 60 else record.content[:59] + "…"
        return f"{record.speaker or '?'} ({record.verb}): {content}"
    if isinstance(record, Delegation):
        who = record.country or record.body or "?"
        return f"{who} delegation" + (f" led by {record.head}" if record.head else "")
    if isinstance(record, Figure):
        return f"{record.what} = {record.value}"
    if isinstance(record, Entity):
        return record.name or record.key
    return record.id


def _country_of(record: Record) -> str:
    if isinstance(record, Meeting):
        return record.host_country or ""
    if isinstance(record, Person | Delegation):
        return record.country or ""
    if isinstance(record, Entity) and record.kind is EntityKind.COUNTRY:
        return record.key
    return ""


# --------------------------------------------------------------------------------------------------------------
# The store: rows, columns and lazily built indexes, shared by every collection derived from one source.


class _DateIndex:
    """Rows sorted by earliest day, in buckets of similar length so a window needs only a short bisected slice."""

    _LIMITS = (0, 31, 366)

    def __init__(self, datings: Sequence[PartialDate | DateRange | None]) -> None:
        cache: dict[PartialDate | DateRange, tuple[int, int]] = {}
        earliest = array("l", itertools.repeat(_NO_DATE, len(datings)))
        latest = array("l", itertools.repeat(_NO_DATE, len(datings)))
        groups: list[list[int]] = [[] for _ in range(len(self._LIMITS) + 1)]
        for row, dating in enumerate(datings):
            if dating is None:
                continue
            bounds = cache.get(dating)
            if bounds is None:
                bounds = cache[dating] = (dating.earliest.toordinal(), dating.latest.toordinal())
            earliest[row], latest[row] = bounds
            span = bounds[1] - bounds[0]
            groups[bisect.bisect_left(self._LIMITS, span)].append(row)
        self.earliest = earliest
        self.latest = latest
        self.buckets: list[tuple[int, array[int], array[int]]] = []
        for rows in groups:
            if not rows:
                continue
            rows.sort(key=earliest.__getitem__)
            starts = array("l", (earliest[r] for r in rows))
            widest = max(latest[r] - earliest[r] for r in rows)
            self.buckets.append((widest, starts, array("l", rows)))

    def _slices(self, lo: int, hi: int, certainty: str) -> Iterator[array[int]]:
        for widest, starts, rows in self.buckets:
            first = lo if certainty == "certainly" else lo - widest
            yield rows[bisect.bisect_left(starts, first) : bisect.bisect_right(starts, hi)]

    def estimate(self, lo: int, hi: int, certainty: str) -> int:
        return sum(len(s) for s in self._slices(lo, hi, certainty))

    def candidates(self, lo: int, hi: int, certainty: str) -> list[int]:
        latest = self.latest
        out: list[int] = []
        for widest, starts, rows in self.buckets:
            end = bisect.bisect_right(starts, hi)
            inside = bisect.bisect_left(starts, lo)  # rows from here on start inside the window
            if certainty == "certainly":
                sure = bisect.bisect_right(starts, hi - widest)  # ... and these also end inside it
                out.extend(rows[inside:sure])
                out.extend([r for r in rows[max(inside, sure) : end] if latest[r] <= hi])
            else:
                first = bisect.bisect_left(starts, lo - widest)
                out.extend([r for r in rows[first:inside] if latest[r] >= lo])  # start before, may reach in
                out.extend(rows[inside:end])  # start inside: they overlap it whatever their length
        return out

    def keep(self, rows: list[int], lo: int, hi: int, certainty: str) -> list[int]:
        earliest, latest = self.earliest, self.latest
        if certainty == "certainly":
            return [r for r in rows if earliest[r] >= lo and latest[r] <= hi and earliest[r] != _NO_DATE]
        return [r for r in rows if earliest[r] <= hi and latest[r] >= lo and earliest[r] != _NO_DATE]


_Index = dict[Any, "array[int]"]


class _Store:
    """The rows of a collection: every record, the extraction it came from, and the indexes over them."""

    def __init__(self, extractions: Iterable[Extraction]) -> None:
        self.extractions: tuple[Extraction, ...] = tuple(extractions)
        records: list[Record] = []
        origin = array("l")
        for number, extraction in enumerate(self.extractions):
            before = len(records)
            records.extend(extraction.records())
            origin.extend(itertools.repeat(number, len(records) - before))
        self.records = records
        self.origin = origin
        self._columns: dict[str, list[Any]] = {}
        self._indexes: dict[str, _Index] = {}
        self._dates: _DateIndex | None = None
        self._positions: dict[int, int] | None = None

    def __len__(self) -> int:
        return len(self.records)

    # columns: one value per row, for the single-valued fields
    def column(self, name: str) -> list[Any]:
        col = self._columns.get(name)
        if col is None:
            col = self._columns[name] = _COLUMNS[name](self)
        return col

    def index(self, name: str) -> _Index:
        idx = self._indexes.get(name)
        if idx is None:
            idx = _index_column(self.column(name)) if name in _COLUMNS else _index_multi(_MULTI[name](self))
            self._indexes[name] = idx
        return idx

    def dates(self) -> _DateIndex:
        if self._dates is None:
            self._dates = _DateIndex([dating_of(r) for r in self.records])
        return self._dates

    def position(self, record: Record) -> int:
        if self._positions is None:
            self._positions = {id(r): i for i, r in enumerate(self.records)}
        row = self._positions.get(id(record))
        if row is None:
            raise ModelError(f"{type(record).__name__} {record.id!r} is not in this collection")
        return row

    def extraction(self, row: int) -> Extraction:
        return self.extractions[self.origin[row]]


def _index_column(column: list[Any]) -> _Index:
    lists: dict[Any, list[int]] = {}
    for row, value in enumerate(column):
        if value is not None:
            lists.setdefault(value, []).append(row)
    return {key: array("l", rows) for key, rows in lists.items()}


def _index_multi(pairs: Iterable[tuple[int, Iterable[Any]]]) -> _Index:
    lists: dict[Any, list[int]] = {}
    for row, keys in pairs:
        for key in set(keys):
            lists.setdefault(key, []).append(row)
    return {key: array("l", rows) for key, rows in lists.items()}


def _meeting_column(getter: Callable[[Meeting], Any]) -> Callable[[_Store], list[Any]]:
    def build(store: _Store) -> list[Any]:
        return [getter(r) if type(r) is Meeting else None for r in store.records]

    return build


def _status_of(record: Record) -> Any:
    if isinstance(record, Meeting | PlanOfAction):
        return record.status
    return None


_COLUMNS: dict[str, Callable[[_Store], list[Any]]] = {
    "type": lambda store: [type(r).__name__ for r in store.records],
    "series": _meeting_column(lambda m: key_text(m.series) if m.series is not None else None),
    "ordinal": _meeting_column(lambda m: m.ordinal),
    "host": _meeting_column(lambda m: m.host_country),
    "mode": _meeting_column(lambda m: m.mode),
    "status": lambda store: [_status_of(r) for r in store.records],
    "source": lambda store: [store.extractions[o].source.id for o in store.origin],
}


def _by_extraction(store: _Store) -> Iterator[tuple[Extraction, range]]:
    start = 0
    for number, group in itertools.groupby(store.origin):
        count = sum(1 for _ in group)
        yield store.extractions[number], range(start, start + count)
        start += count


def _chair_countries(store: _Store) -> Iterator[tuple[int, Iterable[str]]]:
    for extraction, rows in _by_extraction(store):
        if not extraction.people or not any(m.chairs for m in extraction.meetings):
            continue
        exact: dict[str, str] = {}
        loose: dict[str, str] = {}
        for p in extraction.people:
            if p.country is not None:
                for name in (p.name, p.written):
                    if name:
                        exact.setdefault(person_key(name), p.country)
                        loose.setdefault(sorted_person_key(name), p.country)
        for row in rows:
            record = store.records[row]
            if isinstance(record, Meeting) and record.chairs:
                found = (exact.get(person_key(c)) or loose.get(sorted_person_key(c)) for c in record.chairs)
                yield row, [c for c in found if c is not None]


def _partners(store: _Store) -> Iterator[tuple[int, Iterable[str]]]:
    for row, record in enumerate(store.records):
        if isinstance(record, Meeting) and record.partners:
            yield row, record.partners


def _participants(store: _Store) -> Iterator[tuple[int, Iterable[str]]]:
    for extraction, rows in _by_extraction(store):
        countries = extraction.countries
        if countries:
            for row in rows:
                yield row, countries


def _own_countries(store: _Store) -> Iterator[tuple[int, Iterable[str]]]:
    for row, record in enumerate(store.records):
        if isinstance(record, Person | Delegation):
            keys = [k for k in (record.country, record.on_behalf_of if isinstance(record, Delegation) else None) if k]
            yield row, keys
        elif isinstance(record, Entity) and record.kind is EntityKind.COUNTRY:
            yield row, (record.key,)
        elif isinstance(record, PlanOfAction):
            yield row, record.parties


def _people(store: _Store) -> Iterator[tuple[int, Iterable[str]]]:
    for extraction, rows in _by_extraction(store):
        named = {sorted_person_key(n) for p in extraction.people for n in (p.name, p.written) if n}
        for row in rows:
            record = store.records[row]
            if isinstance(record, Meeting):
                yield row, named.union(sorted_person_key(c) for c in record.chairs)
            elif isinstance(record, Person):
                yield row, [sorted_person_key(n) for n in (record.name, record.written) if n]
            elif isinstance(record, Statement) and record.speaker:
                yield row, (sorted_person_key(record.speaker),)
            elif isinstance(record, Delegation):
                yield row, [sorted_person_key(n) for n in (record.head, *record.members) if n]


def _organisations(store: _Store) -> Iterator[tuple[int, Iterable[str]]]:
    for extraction, rows in _by_extraction(store):
        named = [key_text(k) for k in extraction.organisations]
        for row in rows:
            record = store.records[row]
            own: list[str] = []
            if isinstance(record, Person) and record.organisation:
                own.append(record.organisation)
            elif isinstance(record, Delegation) and record.body:
                own.append(record.body)
            elif isinstance(record, Meeting):
                own.extend(record.partners)
            elif isinstance(record, PlanOfAction):
                own.extend(record.parties)
            if own or named:
                yield row, [*named, *(key_text(k) for k in own)]


def _words(store: _Store) -> Iterator[tuple[int, Iterable[str]]]:
    for row, record in enumerate(store.records):
        if isinstance(record, Meeting):
            texts: tuple[str | None, ...] = (record.name, record.theme)
        elif isinstance(record, Person):
            texts = (record.name, record.written)
        elif isinstance(record, PlanOfAction):
            texts = (record.name,)
        elif isinstance(record, DocumentAction):
            texts = (record.title,)
        elif isinstance(record, Entity):
            texts = (record.name,)
        else:
            continue
        yield row, [t for text in texts if text for t in tokens(text)]


_MULTI: dict[str, Callable[[_Store], Iterable[tuple[int, Iterable[Any]]]]] = {
    "chair": _chair_countries,
    "partner": _partners,
    "participant": _participants,
    "own": _own_countries,
    "person": _people,
    "organisation": _organisations,
    "word": _words,
}


# --------------------------------------------------------------------------------------------------------------
# Constraints: each can estimate its size, list its rows from an index, and check given rows.


class _Constraint:
    def estimate(self, store: _Store) -> int:
        raise NotImplementedError

    def candidates(self, store: _Store) -> list[int]:
        raise NotImplementedError

    def keep(self, store: _Store, rows: list[int]) -> list[int]:
        raise NotImplementedError


class _Keys(_Constraint):
    """Rows whose index ``name`` holds any of ``keys``."""

    def __init__(self, name: str, keys: Iterable[Any]) -> None:
        self.name = name
        self.keys = frozenset(keys)
        self._set: set[int] | None = None

    def estimate(self, store: _Store) -> int:
        index = store.index(self.name)
        return sum(len(index.get(k, ())) for k in self.keys)

    def candidates(self, store: _Store) -> list[int]:
        index = store.index(self.name)
        if len(self.keys) == 1:
            return list(index.get(next(iter(self.keys)), ()))
        return sorted(set().union(*(index.get(k, ()) for k in self.keys)))

    def keep(self, store: _Store, rows: list[int]) -> list[int]:
        if self.name in _COLUMNS:
            column, keys = store.column(self.name), self.keys
            if len(keys) == 1:
                key = next(iter(keys))
                return [r for r in rows if column[r] == key]
            return [r for r in rows if column[r] in keys]
        if self._set is None:
            self._set = set(self.candidates(store))
        allowed = self._set
        return [r for r in rows if r in allowed]


class _AllKeys(_Constraint):
    """Rows whose index ``name`` holds every one of ``keys`` (all words of a search)."""

    def __init__(self, name: str, keys: Iterable[Any]) -> None:
        self.parts = [_Keys(name, (k,)) for k in dict.fromkeys(keys)]

    def estimate(self, store: _Store) -> int:
        return min((p.estimate(store) for p in self.parts), default=0)

    def candidates(self, store: _Store) -> list[int]:
        parts = sorted(self.parts, key=lambda p: p.estimate(store))
        if not parts:
            return []
        rows = parts[0].candidates(store)
        for part in parts[1:]:
            rows = part.keep(store, rows)
        return rows

    def keep(self, store: _Store, rows: list[int]) -> list[int]:
        for part in self.parts:
            rows = part.keep(store, rows)
        return rows


class _AnyOf(_Constraint):
    """Rows that any of several constraints accepts."""

    def __init__(self, parts: Sequence[_Constraint]) -> None:
        self.parts = parts

    def estimate(self, store: _Store) -> int:
        return sum(p.estimate(store) for p in self.parts)

    def candidates(self, store: _Store) -> list[int]:
        return sorted(set().union(*(p.candidates(store) for p in self.parts)))

    def keep(self, store: _Store, rows: list[int]) -> list[int]:
        accepted: set[int] = set()
        for part in self.parts:
            accepted.update(part.keep(store, rows))
        return [r for r in rows if r in accepted]


class _Window(_Constraint):
    """Rows whose date possibly or certainly falls in ``[lo, hi]`` (proleptic ordinals)."""

    def __init__(self, lo: int, hi: int, certainty: str) -> None:
        self.lo, self.hi, self.certainty = lo, hi, certainty

    def estimate(self, store: _Store) -> int:
        return store.dates().estimate(self.lo, self.hi, self.certainty)

    def candidates(self, store: _Store) -> list[int]:
        return store.dates().candidates(self.lo, self.hi, self.certainty)

    def keep(self, store: _Store, rows: list[int]) -> list[int]:
        return store.dates().keep(rows, self.lo, self.hi, self.certainty)


class _Rows(_Constraint):
    """A fixed set of rows (a materialised parent, or a slice)."""

    def __init__(self, rows: list[int]) -> None:
        self.rows = rows
        self._set: set[int] | None = None

    def estimate(self, store: _Store) -> int:
        return len(self.rows)

    def candidates(self, store: _Store) -> list[int]:
        return list(self.rows)

    def keep(self, store: _Store, rows: list[int]) -> list[int]:
        if self._set is None:
            self._set = set(self.rows)
        allowed = self._set
        return [r for r in rows if r in allowed]


class _Where(_Constraint):
    """Rows whose record a predicate accepts; never indexed, so it only checks what other filters leave."""

    def __init__(self, predicate: Callable[[Any], bool]) -> None:
        self.predicate = predicate

    def estimate(self, store: _Store) -> int:
        return 2 * len(store) + 1

    def candidates(self, store: _Store) -> list[int]:
        return self.keep(store, list(range(len(store))))

    def keep(self, store: _Store, rows: list[int]) -> list[int]:
        records, predicate = store.records, self.predicate
        return [r for r in rows if predicate(records[r])]


# --------------------------------------------------------------------------------------------------------------
# The public collection.


def _day(value: datetime.date | PartialDate, *, end: bool) -> int:
    if isinstance(value, PartialDate):
        return (value.latest if end else value.earliest).toordinal()
    if isinstance(value, datetime.date):
        return value.toordinal()
    raise QueryError(f"a window bound must be a date or a PartialDate, got {type(value).__name__}")


def _country_code(country: str) -> str:
    text = country.strip()
    if len(text) == 2 and text.isascii() and text.isalpha():
        return text.upper()
    try:
        from asean_records.reference import find_country
    except ImportError:  # pragma: no cover - the knowledge base ships with the package
        found = None
    else:
        found = find_country(text)
    if found is None:
        raise UnknownReferenceError("country", country, "give an ISO 3166-1 alpha-2 code such as 'VN'")
    return str(found.alpha2)


def _enum_value(kind: type[Any], value: Any, what: str) -> Any:
    if isinstance(value, kind):
        return value
    try:
        return kind(value)
    except ValueError:
        choices = ", ".join(repr(m.value) for m in kind)
        raise QueryError(f"unknown {what} {value!r}; choose one of {choices}") from None


class Records(Generic[R]):
    """An immutable collection of records, each kept with the extraction (source) it came from.

    Build one with :meth:`from_extractions`; narrow it with filters that compose, each returning a new collection
    (``records.meetings().series("AMM").country("VN", role="host").between(start, end)``). Iterate, index or call
    ``len()`` to get results; they keep the original order of the records. :meth:`items` and :meth:`extraction_of`
    lead from a record back to its extraction for provenance and quotes.

    Examples:
        >>> from asean_records import Extraction, Meeting, Source
        >>> ex = Extraction(source=Source(id="a"), meetings=(Meeting(name="1st Widget Forum", series="WF", ordinal=1),))
        >>> Records.from_extractions([ex]).meetings().series("WF").ordinal(1)[0].name
        '1st Widget Forum'
    """

    __slots__ = ("_cache", "_constraints", "_store")

    def __init__(self, store: _Store, constraints: tuple[_Constraint, ...] = ()) -> None:
        """Internal: use :meth:`from_extractions` or :meth:`from_records`."""
        self._store = store
        self._constraints = constraints
        self._cache: list[int] | None = None

    # ---- construction

    @classmethod
    def from_extractions(cls, extractions: Iterable[Extraction]) -> Records[Record]:
        """A collection of every record of ``extractions``, in order.

        Args:
            extractions: Extractions, e.g. from the parser or loaded from JSON.

        Returns:
            The collection; its indexes are built on first use.
        """
        return Records(_Store(extractions))

    @classmethod
    def from_records(cls, records: Iterable[Record], *, source: Source | None = None) -> Records[Record]:
        """A collection of loose records (without their extractions), all attributed to one source.

        Args:
            records: Records of any type.
            source: The source to attribute them to; by default ``Source(id="(records)")``.

        Returns:
            The collection, backed by one synthetic extraction.
        """
        groups: dict[str, list[Record]] = {name: [] for name in _FIELD_OF_TYPE.values()}
        for record in records:
            field = _FIELD_OF_TYPE.get(type(record))
            if field is None:
                raise QueryError(f"cannot collect a {type(record).__name__}; give model records")
            groups[field].append(record)
        fields: dict[str, Any] = {field: tuple(items) for field, items in groups.items()}
        extraction = Extraction(source=source or Source(id="(records)"), **fields)
        return Records(_Store((extraction,)))

    def _derive(self, constraint: _Constraint) -> Records[R]:
        base = (_Rows(self._cache),) if self._cache is not None else self._constraints
        return Records(self._store, (*base, constraint))

    def _rows(self) -> list[int]:
        if self._cache is None:
            store = self._store
            if not self._constraints:
                rows = list(range(len(store)))
            else:
                estimates = [(c.estimate(store), i, c) for i, c in enumerate(self._constraints)]
                estimates.sort(key=lambda e: (e[0], e[1]))
                rows = estimates[0][2].candidates(store)
                for estimate, _i, constraint in estimates[1:]:
                    if not rows:
                        break
                    if isinstance(constraint, _Keys) and constraint.name in _COLUMNS and estimate == len(store):
                        continue  # a one-value column where every row has one of the keys: nothing to drop
                    rows = constraint.keep(store, rows)
                rows.sort()
            self._cache = rows
        return self._cache

    # ---- access

    def __len__(self) -> int:
        return len(self._rows())

    def __bool__(self) -> bool:
        return bool(self._rows())

    def __iter__(self) -> Iterator[R]:
        records = self._store.records
        return (cast("R", records[r]) for r in self._rows())

    @overload
    def __getitem__(self, item: int) -> R: ...
    @overload
    def __getitem__(self, item: slice) -> Records[R]: ...
    def __getitem__(self, item: int | slice) -> R | Records[R]:
        rows = self._rows()
        if isinstance(item, slice):
            return Records(self._store, (_Rows(rows[item]),))
        return cast("R", self._store.records[rows[item]])

    def items(self) -> Iterator[tuple[R, Extraction]]:
        """Each record with the extraction it came from."""
        store = self._store
        for row in self._rows():
            yield cast("R", store.records[row]), store.extraction(row)

    def to_list(self) -> list[R]:
        """The records as a new list."""
        return list(self)

    @property
    def extractions(self) -> tuple[Extraction, ...]:
        """The extractions that the selected records come from, in order, each once."""
        store = self._store
        return tuple(store.extractions[n] for n in dict.fromkeys(store.origin[r] for r in self._rows()))

    def extraction_of(self, record: Record) -> Extraction:
        """The extraction ``record`` came from.

        Raises:
            ModelError: ``record`` (this very object) is not in the collection.
        """
        return self._store.extraction(self._store.position(record))

    def source_of(self, record: Record) -> Source:
        """The source document ``record`` came from.

        Raises:
            ModelError: ``record`` is not in the collection.
        """
        return self.extraction_of(record).source

    def quote(self, record: Record, field: str) -> tuple[str, ...]:
        """The passages of its source text that ``record.field`` was read from.

        Raises:
            ModelError: The record is not in the collection, its extraction kept no text, or the field has no
                provenance.
        """
        return self.extraction_of(record).quote(record, field)

    # ---- filters by type

    def of_type(self, kind: type[T]) -> Records[T]:
        """Only the records of one type (``Meeting``, ``Person`` ...)."""
        if kind not in _FIELD_OF_TYPE:
            raise QueryError(f"{kind.__name__} is not a record type of the model")
        return cast("Records[T]", self._derive(_Keys("type", (kind.__name__,))))

    def meetings(self) -> Records[Meeting]:
        """Only the meetings."""
        return self.of_type(Meeting)

    def people(self) -> Records[Person]:
        """Only the people."""
        return self.of_type(Person)

    def delegations(self) -> Records[Delegation]:
        """Only the delegations."""
        return self.of_type(Delegation)

    def statements(self) -> Records[Statement]:
        """Only the statements."""
        return self.of_type(Statement)

    def plans(self) -> Records[PlanOfAction]:
        """Only the plans of action."""
        return self.of_type(PlanOfAction)

    def documents(self) -> Records[DocumentAction]:
        """Only the documents acted on."""
        return self.of_type(DocumentAction)

    def figures(self) -> Records[Figure]:
        """Only the figures."""
        return self.of_type(Figure)

    def entities(self) -> Records[Entity]:
        """Only the named countries and organisations."""
        return self.of_type(Entity)

    # ---- filters by value

    def series(self, *keys: str) -> Records[R]:
        """Meetings of any of the series ``keys`` (``"AMM"``, ``"ASEAN Summit"``), compared case-insensitively."""
        return self._derive(_Keys("series", (key_text(k) for k in keys)))

    def ordinal(self, *numbers: int) -> Records[R]:
        """Meetings numbered any of ``numbers`` in their series."""
        return self._derive(_Keys("ordinal", numbers))

    def country(self, country: str, *, role: CountryRole = "any") -> Records[R]:
        """Records that involve a country in a given role.

        Args:
            country: ISO 3166-1 alpha-2 code (``"VN"``), or a name the knowledge base knows (``"Viet Nam"``).
            role: ``host``: the meeting's host country. ``chair``: a chair of the meeting is a person of that
                country (from the Person records of the same extraction). ``partner``: among the meeting's
                partners. ``participant``: the country is named in the record's extraction (its entities).
                ``own``: the country of a person or delegation, a country entity, a party of a plan. ``any``: any
                of these.

        Raises:
            QueryError: Unknown role.
            UnknownReferenceError: The country is neither a code nor a known name.
        """
        code = _country_code(country)
        if role == "any":
            return self._derive(_AnyOf([_Keys(r, (code,)) for r in _ROLES]))
        if role not in _ROLES:
            raise QueryError(f"unknown country role {role!r}; choose one of 'any', {', '.join(map(repr, _ROLES))}")
        return self._derive(_Keys(role, (code,)))

    def person(self, name: str) -> Records[R]:
        """Records that involve a person, however the name is written (case, accents, honorifics, order).

        A meeting matches when the person chairs it or is named in its extraction; a person record when it is the
        person; a statement when they are the speaker; a delegation when they lead it or are a member.
        """
        return self._derive(_Keys("person", (sorted_person_key(name),)))

    def organisation(self, key: str) -> Records[R]:
        """Records that involve an organisation (a knowledge-base key such as ``"ASEAN Secretariat"``).

        Matches records whose extraction names the organisation, people and delegations of it, meetings with it
        as a partner and plans with it as a party.
        """
        return self._derive(_Keys("organisation", (key_text(key),)))

    def mode(self, mode: MeetingMode | str) -> Records[R]:
        """Meetings held in a mode (``MeetingMode.VIRTUAL`` or ``"virtual"``).

        Raises:
            QueryError: Unknown mode.
        """
        return self._derive(_Keys("mode", (_enum_value(MeetingMode, mode, "meeting mode"),)))

    def status(self, status: MeetingStatus | str) -> Records[R]:
        """Meetings with a status (``"held"`` or ``"scheduled"``).

        Raises:
            QueryError: Unknown status.
        """
        return self._derive(_Keys("status", (_enum_value(MeetingStatus, status, "meeting status"),)))

    def source(self, *source_ids: str) -> Records[R]:
        """Records extracted from any of the sources ``source_ids``."""
        return self._derive(_Keys("source", source_ids))

    def between(
        self,
        start: datetime.date | PartialDate,
        end: datetime.date | PartialDate,
        *,
        certainty: Certainty = "possibly",
    ) -> Records[R]:
        """Records dated inside a window, with partial-date semantics.

        Meetings and statements use their date; plans of action their period of years. Records without a date
        never match.

        Args:
            start: First day of the window (a partial date stands for its earliest day).
            end: Last day of the window, inclusive (a partial date stands for its latest day).
            certainty: ``possibly``: some day the record may stand for lies in the window (its earliest..latest
                overlaps it). ``certainly``: every such day does (earliest..latest lies wholly inside).

        Raises:
            QueryError: The window ends before it starts, or an unknown certainty.
        """
        if certainty not in ("possibly", "certainly"):
            raise QueryError(f"certainty must be 'possibly' or 'certainly', not {certainty!r}")
        lo, hi = _day(start, end=False), _day(end, end=True)
        if hi < lo:
            raise QueryError(f"the window ends ({end}) before it starts ({start})")
        return self._derive(_Window(lo, hi, certainty))

    def search(self, text: str) -> Records[R]:
        """Records whose names, titles or themes contain every word of ``text``.

        Words are compared casefolded and without accents (``"da nang"`` finds ``Đà Nẵng``); whole words only.
        """
        words = tokens(text)
        if not words:
            raise QueryError(f"nothing to search for in {text!r}")
        return self._derive(_AllKeys("word", words))

    def where(self, predicate: Callable[[R], bool]) -> Records[R]:
        """Records that ``predicate`` accepts. Not indexed: put it after the indexed filters."""
        return self._derive(_Where(predicate))

    # ---- display

    def _summary(self) -> str:
        rows = self._rows()
        kinds: dict[str, int] = {}
        types = self._store.column("type") if len(rows) > 1000 else None
        for r in rows:
            name = types[r] if types is not None else type(self._store.records[r]).__name__
            kinds[name] = kinds.get(name, 0) + 1
        parts = ", ".join(f"{n:,} {k}" for k, n in kinds.items())
        sources = len({self._store.origin[r] for r in rows})
        noun = "source" if sources == 1 else "sources"
        count = f"{len(rows):,} record" + ("" if len(rows) == 1 else "s")
        return count + (f" ({parts})" if parts else "") + f" from {sources:,} {noun}"

    def _table(self) -> tuple[list[str], list[list[str]]]:
        head = ["type", "id", "label", "date", "country", "source"]
        body: list[list[str]] = []
        for record, extraction in itertools.islice(self.items(), _REPR_ROWS):
            dating = dating_of(record)
            body.append(
                [
                    type(record).__name__,
                    record.id,
                    label_of(record),
                    dating.isoformat() if dating is not None else "",
                    _country_of(record),
                    extraction.source.id,
                ]
            )
        return head, body

    def __repr__(self) -> str:
        """The counts, then the first rows as aligned columns: type, id, date, country, label, source."""
        _head, body = self._table()
        lines = [f"<Records: {self._summary()}>"]
        # label last but one and clipped, so that long names do not push the source off the line
        rows = [
            [t, i, d or "-", c or "-", _clip(label, _REPR_LABEL), _clip(src, _REPR_LABEL)]
            for t, i, label, d, c, src in body
        ]
        widths = [max((len(row[k]) for row in rows), default=0) for k in range(len(rows[0]) if rows else 0)]
        for row in rows:
            cells = [cell.ljust(width) for cell, width in zip(row[:-1], widths, strict=False)]
            lines.append("  " + "  ".join([*cells, row[-1]]))
        if len(self) > len(body):
            lines.append(f"  … {len(self) - len(body):,} more")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        head, body = self._table()
        more = len(self) - len(body)
        return html_table(head, body, caption=f"Records: {self._summary()}", more=more)


def _clip(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def html_table(head: Sequence[str], body: Sequence[Sequence[str]], *, caption: str, more: int = 0) -> str:
    """A small escaped HTML table for notebook display (the model's table renderer, with a caption)."""
    return html_rows(head, body, more=more, caption=caption)


_FIELD_OF_TYPE: dict[type[Record], str] = {
    Meeting: "meetings",
    Person: "people",
    Delegation: "delegations",
    Statement: "statements",
    PlanOfAction: "plans",
    DocumentAction: "documents",
    Figure: "figures",
    Entity: "entities",
}
