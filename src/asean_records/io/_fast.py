"""Generated fast paths for the hot model classes.

Each structure function accepts exactly what the careful cattrs path accepts and
raises on anything else; the converter then reruns the careful path, which
builds the detailed error. Unstructure functions build the dicts the JSON
encoders write (tuples and enums are left to the encoder).
"""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs

from asean_records.model import Basis, BasisKind, DateRange, InferenceReason, PartialDate, parse_dating

__all__ = ["make_fast_structure", "make_fast_unstructure"]

_NONE = type(None)
_MISSING = object()


def _union(tp: Any) -> tuple[Any, ...]:
    if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
        return typing.get_args(tp)
    return ()


def _check_code(tp: Any, var: str, ns: dict[str, Any], fast: dict[type[Any], Callable[[Any], Any]]) -> list[str]:
    """Statements that check ``var`` against ``tp`` and rebind it to the structured value (or raise)."""
    args = _union(tp)
    if args and _NONE in args:
        rest = tuple(a for a in args if a is not _NONE)
        inner = rest[0] if len(rest) == 1 else rest[0] | rest[1]
        body = _check_code(inner, var, ns, fast)
        return [f"if {var} is not None:", *("    " + line for line in body)]
    if set(args) == {PartialDate, DateRange} or tp is PartialDate or tp is DateRange:
        name = f"_date_{tp.__name__}" if isinstance(tp, type) else "_dating"
        ns[name] = ns["_dating_cache"]
        lines = [f"if type({var}) is not str: raise _Fallback", f"{var} = {name}({var})"]
        if tp is PartialDate:
            lines.append(f"if type({var}) is not _PartialDate: raise _Fallback")
        if tp is DateRange:
            lines.append(f"if type({var}) is not _DateRange: raise _Fallback")
        return lines
    if tp is str:
        return [f"if type({var}) is not str: raise _Fallback"]
    if tp is bool:
        return [f"if type({var}) is not bool: raise _Fallback"]
    if tp is int:
        return [f"if type({var}) is not int or not -_MAX_INT <= {var} <= _MAX_INT: raise _Fallback"]
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        name = f"_enum_{tp.__name__}"
        ns[name] = {m.value: m for m in tp}
        return [f"if type({var}) is not str: raise _Fallback", f"{var} = {name}[{var}]"]
    if typing.get_origin(tp) is tuple:
        item = typing.get_args(tp)[0]
        if item is str:
            return [
                f"if type({var}) is not list: raise _Fallback",
                f"for _x in {var}:",
                "    if type(_x) is not str: raise _Fallback",
                f"{var} = tuple({var})",
            ]
        name = f"_fast_{item.__name__}"
        ns[name] = fast[item]
        return [f"if type({var}) is not list: raise _Fallback", f"{var} = tuple([{name}(_x) for _x in {var}])"]
    if isinstance(tp, type) and attrs.has(tp):
        name = f"_fast_{tp.__name__}"
        ns[name] = fast[tp]
        return [f"{var} = {name}({var})"]
    raise TypeError(f"no fast path for {tp!r}")


class Fallback(Exception):
    """Raised by a fast structure function: let the careful path decide (and explain)."""


def _dating_cache() -> Callable[[str], Any]:
    cache: dict[str, Any] = {}

    def dating(text: str) -> Any:
        value = cache.get(text)
        if value is None:
            value = parse_dating(text)
            if len(cache) >= 16384:
                cache.clear()
            cache[text] = value
        return value

    return dating


def _basis_cache(max_int: int) -> Callable[[Any], Basis]:
    kinds = {m.value: m for m in BasisKind}
    reasons = {m.value: m for m in InferenceReason}
    cache: dict[tuple[Any, Any, Any], Basis] = {}

    def fast_basis(data: Any) -> Basis:
        if type(data) is not dict:
            raise Fallback
        key = (data.get("kind", _MISSING), data.get("reason"), data.get("detail", ""))
        basis = cache.get(key)
        if basis is not None and len(data) <= 3 and data.keys() <= {"kind", "reason", "detail"}:
            return basis
        kind, reason, detail = key
        if type(kind) is not str or type(detail) is not str or (reason is not None and type(reason) is not str):
            raise Fallback
        if data.keys() - {"kind", "reason", "detail"}:
            raise Fallback
        basis = Basis(kinds[kind], None if reason is None else reasons[reason], detail)
        if len(cache) >= 4096:
            cache.clear()
        cache[key] = basis
        return basis

    return fast_basis


def make_fast_structure(
    classes: tuple[type[Any], ...], *, forbid_extra_keys: bool, max_int: int
) -> dict[type[Any], Callable[[Any], Any]]:
    """Fast structure functions for ``classes`` (listed dependencies first); each raises on anything unusual."""
    fast: dict[type[Any], Callable[[Any], Any]] = {}
    dating = _dating_cache()
    for cls in classes:
        if cls is Basis:
            fast[cls] = _basis_cache(max_int)
            continue
        hints = typing.get_type_hints(cls)
        ns: dict[str, Any] = {
            "_Fallback": Fallback,
            "_MAX_INT": max_int,
            "_cls": cls,
            "_dating_cache": dating,
            "_PartialDate": PartialDate,
            "_DateRange": DateRange,
            "_ALLOWED": frozenset(a.name for a in attrs.fields(cls)),
        }
        lines = [f"def fast_{cls.__name__}(d):", "    if type(d) is not dict: raise _Fallback"]
        lines.append("    m = 0")
        kwargs = []
        for index, field in enumerate(attrs.fields(cls)):
            var = f"v{index}"
            default = field.default
            if default is attrs.NOTHING:
                lines.append(f"    {var} = d[{field.name!r}]")
                check = _check_code(hints[field.name], var, ns, fast)
            elif isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                lines.append(f"    {var} = d.get({field.name!r}, _MISSING)")
                check = [
                    f"if {var} is _MISSING: m += 1",
                    "else:",
                    *("    " + c for c in _check_code(hints[field.name], var, ns, fast)),
                ]
                ns["_MISSING"] = _MISSING
            else:
                ns[f"_default{index}"] = default
                lines.append(f"    {var} = d.get({field.name!r}, _MISSING)")
                ns["_MISSING"] = _MISSING
                check = [
                    f"if {var} is _MISSING: {var} = _default{index}; m += 1",
                    "else:",
                    *("    " + c for c in _check_code(hints[field.name], var, ns, fast)),
                ]
            lines.extend("    " + c for c in check)
            kwargs.append((field, var))
        if forbid_extra_keys:  # every known key read is present or counted missing: more keys are unknown ones
            lines.append(f"    if len(d) + m != {len(kwargs)}: raise _Fallback")
        factory = [(f, v) for f, v in kwargs if isinstance(f.default, attrs.Factory)]  # type: ignore[arg-type]
        plain = ", ".join(f"{f.alias}={v}" for f, v in kwargs if not isinstance(f.default, attrs.Factory))  # type: ignore[arg-type]
        if factory:
            field, var = factory[0]
            lines.append(f"    if {var} is _MISSING: return _cls({plain})")
            lines.append(f"    return _cls({plain}, {field.alias}={var})")
        else:
            lines.append(f"    return _cls({plain})")
        exec("\n".join(lines), ns)
        fast[cls] = ns[f"fast_{cls.__name__}"]
    return fast


def make_fast_unstructure(
    classes: tuple[type[Any], ...], order: Callable[[type[Any]], list[attrs.Attribute[Any]]], *, enums: bool
) -> dict[type[Any], Callable[[Any], Any]]:
    """Unstructure functions for the encoders: dicts whose tuples (and, unless ``enums``, enums) stay as they are.

    Args:
        classes: Model classes, dependencies first.
        order: The stored field order of a class.
        enums: Turn enums into their values (the stdlib encoder needs it; orjson writes enums itself).
    """
    fast: dict[type[Any], Callable[[Any], Any]] = {}
    for cls in classes:
        if cls in (PartialDate, DateRange):
            fast[cls] = cls.isoformat
            continue
        hints = typing.get_type_hints(cls)
        ns: dict[str, Any] = {}
        items = []
        for field in order(cls):
            tp = hints[field.name]
            expr = f"o.{field.name}"
            args = _union(tp)
            inner = tuple(a for a in args if a is not _NONE) if args else (tp,)
            optional = _NONE in args
            if set(inner) <= {PartialDate, DateRange}:
                value = f"{expr}.isoformat()"
            elif len(inner) == 1 and isinstance(inner[0], type) and issubclass(inner[0], enum.Enum):
                value = f"{expr}.value" if enums else expr
            elif len(inner) == 1 and isinstance(inner[0], type) and attrs.has(inner[0]):
                ns[f"_u_{inner[0].__name__}"] = fast[inner[0]]
                value = f"_u_{inner[0].__name__}({expr})"
            elif typing.get_origin(tp) is tuple and attrs.has(typing.get_args(tp)[0]):
                item = typing.get_args(tp)[0]
                ns[f"_u_{item.__name__}"] = fast[item]
                value = f"[_u_{item.__name__}(_x) for _x in {expr}]"
            else:
                value = expr
                optional = False
            if optional:
                value = f"(None if {expr} is None else {value})"
            items.append(f"{field.name!r}: {value}")
        source = f"def unstructure_{cls.__name__}(o):\n    return {{{', '.join(items)}}}"
        exec(source, ns)
        fast[cls] = ns[f"unstructure_{cls.__name__}"]
    return fast
