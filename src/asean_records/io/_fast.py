"""Generated fast paths for structuring and unstructuring the model classes.

**Structuring.** For each model class one function is generated that checks a
parsed JSON value and builds the record, with every nested class (field
provenance, provenance, spans ...) inlined into it. It accepts exactly what the
careful cattrs path accepts and gives an equal value; on anything else it raises
(any exception), and the converter reruns the careful path, which builds the
detailed error. The checks are the converter's strict ones: exact types (a bool is
not an int, a float is not an int), integers within ``max_int``, enums by value,
dates through :func:`~asean_records.model.parse_dating`, unknown keys refused when
``forbid_extra_keys``. A missing key with a default takes the JSON form of the
default; a missing required key raises.

Records are built the way their attrs ``__init__`` builds them: slot values set in
field order, then the field validators (unless attrs validators are globally
disabled), then ``__attrs_post_init__``. Writing the slots directly instead of
calling ``__init__`` is done only for frozen, slotted classes whose ``__init__``
is the one attrs generated, with no converters, no ``__attrs_pre_init__`` and no
slot besides the fields (see :func:`_can_build_directly`); any other class is
built by calling it. A field whose default is a factory (a record's computed
``id``) falls back to calling the class when the key is absent.

Two immutable values are shared through bounded caches: parsed dates (by their
text) and :class:`~asean_records.model.Basis` values (by kind, reason and detail).

**Unstructuring.** One function per class builds the dicts the JSON encoders
write, nested classes inlined: enums become their values, dates ISO 8601 text,
tuples of scalars stay tuples (both encoders write them as arrays).
"""

from __future__ import annotations

import enum
import functools
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs
from attr import _config

from asean_records.model import Basis, BasisKind, DateRange, InferenceReason, PartialDate, Span, parse_dating

__all__ = ["Fallback", "iso_dating", "jsonable", "make_fast_structure", "make_fast_unstructure"]

_NONE = type(None)
_MISSING = object()
_DATE_CACHE_SIZE = 16384
_BASIS_CACHE_SIZE = 4096
_BASIS_DETAIL_CACHED = 200


class Fallback(Exception):
    """Raised by a fast structure function: let the careful path decide (and explain)."""


def _union(tp: Any) -> tuple[Any, ...]:
    if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
        return typing.get_args(tp)
    return ()


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


def jsonable(value: Any) -> Any:
    """The JSON form of a default value (what the writer stores for it)."""
    if value is None or type(value) in (str, int, bool):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, PartialDate | DateRange):
        return value.isoformat()
    if isinstance(value, tuple):
        return [jsonable(item) for item in value]
    if attrs.has(type(value)):
        return {f.name: jsonable(getattr(value, f.name)) for f in attrs.fields(type(value))}
    raise TypeError(f"no JSON form for {value!r}")


class _DateCache(dict[str, Any]):
    """Date text -> parsed date; a miss parses (raising on bad text) and stores, within a bounded size."""

    def __missing__(self, text: str) -> Any:
        value = parse_dating(text)
        if len(self) >= _DATE_CACHE_SIZE:
            self.clear()
        self[text] = value
        return value


class _BasisCache(dict[tuple[Any, Any, Any], Basis]):
    """(kind, reason, detail) as stored -> Basis; a miss checks the three values and builds the Basis."""

    def __init__(self) -> None:
        super().__init__()
        self._kinds = {m.value: m for m in BasisKind}
        self._reasons = {m.value: m for m in InferenceReason}

    def __missing__(self, key: tuple[Any, Any, Any]) -> Basis:
        kind, reason, detail = key
        if type(kind) is not str or type(detail) is not str or (reason is not None and type(reason) is not str):
            raise Fallback
        basis = Basis(self._kinds[kind], None if reason is None else self._reasons[reason], detail)
        if len(detail) <= _BASIS_DETAIL_CACHED:  # untrusted input must not pin large texts in memory
            if len(self) >= _BASIS_CACHE_SIZE:
                self.clear()
            self[key] = basis
        return basis


def _can_build_directly(cls: type[Any]) -> bool:
    """True when writing the slots, then validating, is exactly what ``cls.__init__`` does."""
    if cls.__dict__.get("__new__", object.__new__) is not object.__new__ or any(
        "__new__" in k.__dict__ for k in cls.__mro__[:-1]
    ):
        return False
    if getattr(cls, "__attrs_pre_init__", None) is not None:
        return False
    if getattr(cls.__setattr__, "__name__", "") != "_frozen_setattrs":
        return False
    code = getattr(cls.__init__, "__code__", None)
    if code is None or not code.co_filename.startswith("<attrs generated"):
        return False
    fields = attrs.fields(cls)
    if any(not f.init or f.converter is not None for f in fields):
        return False
    slots: set[str] = set()
    for klass in cls.__mro__:
        declared = klass.__dict__.get("__slots__", ())
        slots.update((declared,) if isinstance(declared, str) else declared)
    if "__dict__" in slots or slots - {"__weakref__"} != {f.name for f in fields}:
        return False
    return all(isinstance(getattr(cls, f.name, None), types.MemberDescriptorType) for f in fields)


@functools.cache
def _span_check_is_inline() -> bool:
    """True when ``0 <= start <= end`` passes exactly where Span's validators pass (probed on small values).

    Span is the most numerous object in stored data; testing the two integers inline instead of calling its
    validator twice per span is the largest single saving when loading. The probe keeps that honest if the
    model's validation ever changes: the generic path (which calls the validators) is used then.
    """
    fields = attrs.fields(Span)
    if [f.name for f in fields] != ["start", "end"] or not _can_build_directly(Span):
        return False
    if getattr(Span, "__attrs_post_init__", None) is not None:
        return False
    for start in range(-3, 4):
        for end in range(-3, 4):
            span = object.__new__(Span)
            object.__setattr__(span, "start", start)
            object.__setattr__(span, "end", end)
            try:
                for field in fields:
                    if field.validator is not None:
                        field.validator(span, field, getattr(span, field.name))
            except Exception:
                valid = False
            else:
                valid = True
            if valid != (0 <= start <= end):
                return False
    return True


class _StructureGen:
    """Writes the source of the structure functions; constants go into one shared namespace."""

    def __init__(self, forbid_extra_keys: bool, max_int: int) -> None:
        self.forbid = forbid_extra_keys
        self.ns: dict[str, Any] = {
            "_F": Fallback,
            "_MAX": max_int,
            "_MISSING": _MISSING,
            "_new": object.__new__,
            "_config": _config,
            "_DATES": _DateCache(),
            "_BASES": _BasisCache(),
            "_PartialDate": PartialDate,
            "_DateRange": DateRange,
        }
        self.count = 0
        self.names: dict[int, str] = {}

    def const(self, value: Any, hint: str) -> str:
        key = id(value)
        name = self.names.get(key)
        if name is None or self.ns[name] is not value:
            self.count += 1
            name = f"_{hint}{self.count}"
            self.ns[name] = value
            self.names[key] = name
        return name

    def var(self, hint: str = "v") -> str:
        self.count += 1
        return f"{hint}{self.count}"

    def value(self, tp: Any, x: str, out: list[str], ind: str) -> None:
        """Append statements that check ``x`` against ``tp`` and rebind it to the structured value."""
        args = _union(tp)
        if args and _NONE in args:
            rest = tuple(a for a in args if a is not _NONE)
            inner = rest[0] if len(rest) == 1 else typing.Union[rest]  # noqa: UP007 - a runtime union of types
            body: list[str] = []
            self.value(inner, x, body, ind + "    ")
            check = body[0].strip() if len(body) == 1 else ""
            if check.startswith("if ") and check.endswith(": raise _F"):  # one test: fold it into one statement
                out.append(f"{ind}if {x} is not None and ({check[3 : -len(': raise _F')]}): raise _F")
            elif body:
                out.append(f"{ind}if {x} is not None:")
                out.extend(body)
            return
        if set(args) == {PartialDate, DateRange} or tp is PartialDate or tp is DateRange:
            out.append(f"{ind}if type({x}) is not str: raise _F")
            out.append(f"{ind}{x} = _DATES[{x}]")
            if tp is PartialDate:
                out.append(f"{ind}if type({x}) is not _PartialDate: raise _F")
            elif tp is DateRange:
                out.append(f"{ind}if type({x}) is not _DateRange: raise _F")
            return
        if tp is str:
            out.append(f"{ind}if type({x}) is not str: raise _F")
        elif tp is bool:
            out.append(f"{ind}if type({x}) is not bool: raise _F")
        elif tp is int:
            out.append(f"{ind}if type({x}) is not int or {x} > _MAX or {x} < -_MAX: raise _F")
        elif _is_enum(tp):
            members = self.const({m.value: m for m in tp}, f"enum_{tp.__name__}_")
            out.append(f"{ind}if type({x}) is not str: raise _F")
            out.append(f"{ind}{x} = {members}[{x}]")
        elif typing.get_origin(tp) is tuple and len(typing.get_args(tp)) == 2 and typing.get_args(tp)[1] is Ellipsis:
            item_type = typing.get_args(tp)[0]
            out.append(f"{ind}if type({x}) is not list: raise _F")
            if item_type is str:
                item = self.var("s")
                out.append(f"{ind}for {item} in {x}:")
                out.append(f"{ind}    if type({item}) is not str: raise _F")
                out.append(f"{ind}{x} = tuple({x})")
                return
            acc, item = self.var("acc"), self.var("it")
            out.append(f"{ind}{acc} = []")
            out.append(f"{ind}for {item} in {x}:")
            self.value(item_type, item, out, ind + "    ")
            out.append(f"{ind}    {acc}.append({item})")
            out.append(f"{ind}{x} = tuple({acc})")
        elif tp is Basis:
            complete = self.const(self.completer(Basis), "complete_Basis_")
            out.append(f"{ind}if type({x}) is not dict: raise _F")
            out.append(f"{ind}if len({x}) != 3: {x} = {complete}({x})")
            out.append(f"{ind}{x} = _BASES[({x}['kind'], {x}['reason'], {x}['detail'])]")
        elif tp is Span and _span_check_is_inline():
            self.span(x, out, ind)
        elif isinstance(tp, type) and attrs.has(tp):
            self.record(tp, x, out, ind)
        else:
            raise TypeError(f"no fast path for {tp!r}")

    def completer(self, cls: type[Any]) -> Callable[[dict[str, Any]], dict[str, Any]]:
        """A function that fills in the JSON form of absent defaults (and refuses unknown keys, when forbidden)."""
        defaults: dict[str, Any] = {}
        for field in attrs.fields(cls):
            if field.default is attrs.NOTHING:
                continue
            if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
                defaults[field.name] = _MISSING
            else:
                defaults[field.name] = jsonable(field.default)
        size = len(attrs.fields(cls))
        forbid = self.forbid

        def complete(data: dict[str, Any]) -> dict[str, Any]:
            full = {**defaults, **data}
            if forbid and len(full) != size:
                raise Fallback
            return full

        return complete

    def span(self, x: str, out: list[str], ind: str) -> None:
        """A span, its validator inlined: two integers, ``0 <= start <= end <= max_int``.

        Used only when :func:`_span_check_is_inline` found that test equal to the model's validators; a failing
        test then raises and the careful path builds the span through ``__init__`` (and its validators).
        """
        complete = self.const(self.completer(Span), "complete_Span_")
        cls_name = self.const(Span, "cls_Span_")
        start, end, obj = self.var("f"), self.var("f"), self.var("o")
        set_start = self.const(Span.__dict__["start"].__set__, "set_Span_start_")
        set_end = self.const(Span.__dict__["end"].__set__, "set_Span_end_")
        out.append(f"{ind}if type({x}) is not dict: raise _F")
        out.append(f"{ind}if len({x}) != 2: {x} = {complete}({x})")
        out.append(f"{ind}{start} = {x}['start']")
        out.append(f"{ind}{end} = {x}['end']")
        out.append(f"{ind}if type({start}) is not int or type({end}) is not int or not 0 <= {start} <= {end} <= _MAX:")
        out.append(f"{ind}    raise _F")
        out.append(f"{ind}{obj} = _new({cls_name})")
        out.append(f"{ind}{set_start}({obj}, {start})")
        out.append(f"{ind}{set_end}({obj}, {end})")
        out.append(f"{ind}{x} = {obj}")

    def record(self, cls: type[Any], x: str, out: list[str], ind: str) -> None:
        """Statements that check the dict ``x`` and rebind it to an instance of ``cls``."""
        hints = typing.get_type_hints(cls)
        fields = attrs.fields(cls)
        complete = self.const(self.completer(cls), f"complete_{cls.__name__}_")
        out.append(f"{ind}if type({x}) is not dict: raise _F")
        out.append(f"{ind}if len({x}) != {len(fields)}: {x} = {complete}({x})")
        names = [self.var("f") for _ in fields]
        for field, name in zip(fields, names, strict=True):
            out.append(f"{ind}{name} = {x}[{field.name!r}]")
        factories = []
        for field, name in zip(fields, names, strict=True):
            if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
                factories.append(name)
                body: list[str] = []
                self.value(hints[field.name], name, body, ind + "    ")
                out.append(f"{ind}if {name} is not _MISSING:")
                out.extend(body or [f"{ind}    pass"])
            else:
                self.value(hints[field.name], name, out, ind)
        cls_name = self.const(cls, f"cls_{cls.__name__}_")
        call = f"{cls_name}({', '.join(f'{f.alias}={n}' for f, n in zip(fields, names, strict=True))})"
        if not _can_build_directly(cls):
            if factories:
                present = self.const(_call_present, "call_present")
                kwargs = ", ".join(f"{f.alias!r}: {n}" for f, n in zip(fields, names, strict=True))
                out.append(f"{ind}{x} = {present}({cls_name}, {{{kwargs}}})")
            else:
                out.append(f"{ind}{x} = {call}")
            return
        inner = ind
        if factories:
            present = self.const(_call_present, "call_present")
            kwargs = ", ".join(f"{f.alias!r}: {n}" for f, n in zip(fields, names, strict=True))
            out.append(f"{ind}if {' or '.join(f'{n} is _MISSING' for n in factories)}:")
            out.append(f"{ind}    {x} = {present}({cls_name}, {{{kwargs}}})")
            out.append(f"{ind}else:")
            inner = ind + "    "
        obj = self.var("o")
        out.append(f"{inner}{obj} = _new({cls_name})")
        for field, name in zip(fields, names, strict=True):
            setter = self.const(getattr(cls, field.name).__set__, f"set_{cls.__name__}_{field.name}_")
            out.append(f"{inner}{setter}({obj}, {name})")
        validated = [(f, n) for f, n in zip(fields, names, strict=True) if f.validator is not None]
        if validated:
            out.append(f"{inner}if _config._run_validators is True:")
            for field, name in validated:
                check = self.const(field.validator, f"validate_{cls.__name__}_{field.name}_")
                attribute = self.const(field, f"attr_{cls.__name__}_{field.name}_")
                out.append(f"{inner}    {check}({obj}, {attribute}, {name})")
        if getattr(cls, "__attrs_post_init__", None) is not None:
            out.append(f"{inner}{obj}.__attrs_post_init__()")
        out.append(f"{inner}{x} = {obj}")

    def function(self, cls: type[Any]) -> Callable[[Any], Any]:
        lines = [f"def fast_{cls.__name__}(d):"]
        self.value(cls, "d", lines, "    ")
        lines.append("    return d")
        source = "\n".join(lines)
        code = compile(source, f"<asean_records.io fast structure {cls.__name__}>", "exec")
        exec(code, self.ns)
        function: Callable[[Any], Any] = self.ns.pop(f"fast_{cls.__name__}")
        return function


def _call_present(cls: type[Any], kwargs: dict[str, Any]) -> Any:
    """Call ``cls`` with the keyword arguments that are present (an absent factory default is computed by attrs)."""
    return cls(**{k: v for k, v in kwargs.items() if v is not _MISSING})


def make_fast_structure(
    classes: tuple[type[Any], ...], *, forbid_extra_keys: bool, max_int: int
) -> dict[type[Any], Callable[[Any], Any]]:
    """Fast structure functions for ``classes``; each raises on anything the careful path might treat otherwise.

    Args:
        classes: Model classes to generate functions for.
        forbid_extra_keys: Refuse keys a class does not have (else they are ignored).
        max_int: Largest integer magnitude accepted.
    """
    gen = _StructureGen(forbid_extra_keys, max_int)
    fast: dict[type[Any], Callable[[Any], Any]] = {}
    for cls in classes:
        try:
            fast[cls] = gen.function(cls)
        except TypeError:  # a field type without a fast check: the careful path serves this class
            continue
    return fast


class _Years(dict[int, str]):
    """Year -> four-digit text, filled on first use (at most 9,999 entries)."""

    def __missing__(self, year: int) -> str:
        text = f"{year:04d}"
        if 0 <= year <= 9999:
            self[year] = text
        return text


_YEARS = _Years()
_PARTS: tuple[str, ...] = ("", *(f"-{n:02d}" for n in range(1, 32)))  # "-MM" and "-DD" by number (valid dates only)


def iso_dating(value: Any) -> str:
    """``value.isoformat()`` for a partial date or a range, from lookup tables instead of formatting."""
    kind = type(value)
    if kind is PartialDate:
        month: int | None = value.month
        if month is None:
            return _YEARS[value.year]
        day: int | None = value.day
        if day is None:
            return _YEARS[value.year] + _PARTS[month]
        return _YEARS[value.year] + _PARTS[month] + _PARTS[day]
    if kind is DateRange:
        start, end = value.start, value.end
        if type(start) is PartialDate and type(end) is PartialDate:
            month, day = start.month, start.day
            text = _YEARS[start.year] if month is None else _YEARS[start.year] + _PARTS[month]
            if day is not None:
                text += _PARTS[day]
            month, day = end.month, end.day
            text += "/" + (_YEARS[end.year] if month is None else _YEARS[end.year] + _PARTS[month])
            return text if day is None else text + _PARTS[day]
    formatted: str = value.isoformat()
    return formatted


class _UnstructureGen:
    def __init__(self, order: Callable[[type[Any]], list[attrs.Attribute[Any]]]) -> None:
        self.order = order
        self.count = 0

    def var(self, hint: str) -> str:
        self.count += 1
        return f"_{hint}{self.count}"

    def expr(self, tp: Any, e: str, binds: list[tuple[str, str]]) -> str:
        """An expression for the JSON-ready form of ``e`` (of type ``tp``); ``binds`` gets helper bindings."""
        args = _union(tp)
        if args and _NONE in args:
            rest = tuple(a for a in args if a is not _NONE)
            inner_type = rest[0] if len(rest) == 1 else typing.Union[rest]  # noqa: UP007
            inner = self.expr(inner_type, e, binds)
            return e if inner == e else f"(None if {e} is None else {inner})"
        if set(args) == {PartialDate, DateRange} or tp in (PartialDate, DateRange):
            return f"_iso({e})"
        if _is_enum(tp):
            return f"{e}._value_"
        if typing.get_origin(tp) is tuple:
            item_type = typing.get_args(tp)[0]
            item = self.var("x")
            inner_binds: list[tuple[str, str]] = []
            inner = self.expr(item_type, item, inner_binds)
            if inner == item:
                return e
            clauses = "".join(f" for {name} in ({value},)" for name, value in inner_binds)
            return f"[{inner} for {item} in {e}{clauses}]"
        if isinstance(tp, type) and attrs.has(tp):
            if not e.isidentifier():
                name = self.var("v")
                binds.append((name, e))
                e = name
            hints = typing.get_type_hints(tp)
            items = [f"{f.name!r}: {self.expr(hints[f.name], f'{e}.{f.name}', binds)}" for f in self.order(tp)]
            return "{" + ", ".join(items) + "}"
        return e

    def function(self, cls: type[Any]) -> Callable[[Any], Any]:
        binds: list[tuple[str, str]] = []
        body = self.expr(cls, "o", binds)
        lines = [f"def unstructure_{cls.__name__}(o):"]
        lines.extend(f"    {name} = {value}" for name, value in binds)
        lines.append(f"    return {body}")
        ns: dict[str, Any] = {"_iso": iso_dating}
        exec(compile("\n".join(lines), f"<asean_records.io fast unstructure {cls.__name__}>", "exec"), ns)
        function: Callable[[Any], Any] = ns[f"unstructure_{cls.__name__}"]
        return function


def make_fast_unstructure(
    classes: tuple[type[Any], ...], order: Callable[[type[Any]], list[attrs.Attribute[Any]]]
) -> dict[type[Any], Callable[[Any], Any]]:
    """Unstructure functions for the encoders: dicts with enum values and ISO dates; tuples of scalars stay tuples.

    Args:
        classes: Model classes.
        order: The stored field order of a class.
    """
    gen = _UnstructureGen(order)
    fast: dict[type[Any], Callable[[Any], Any]] = {}
    for cls in classes:
        if cls in (PartialDate, DateRange):
            fast[cls] = iso_dating
        else:
            fast[cls] = gen.function(cls)
    return fast
