"""Run the parser over millions of documents with Dask, and write meetings to Parquet.

Everything here is a plain module-level function without global state, so Dask can pickle it to worker processes
or a cluster: :func:`extract_bag` makes a ``dask.bag.Bag`` of :class:`~asean_records.model.Extraction` objects, one
per input, and :func:`to_parquet` writes one Parquet file per partition with the schema of
:func:`asean_records.query.export.arrow_schema`. :func:`parse_partition` and :func:`partition_table` are the same
steps for other engines (Spark's ``mapPartitions``).

Needs the ``dask`` extra (``dask[bag]`` and ``pyarrow``).
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterable
from typing import Any, Literal

from asean_records.errors import AseanRecordsError, MissingDependencyError
from asean_records.model import Extraction

__all__ = ["extract_bag", "meeting_rows_bag", "parse_partition", "partition_table", "to_parquet"]

Parse = Callable[[Any], Extraction]
"""A function from one input (a path or a text) to its extraction; it must be picklable (defined at module level)."""


def _parse_file(path: Any) -> Extraction:
    from asean_records.parse import parse_file  # type: ignore[attr-defined, unused-ignore]

    result: Extraction = parse_file(path)
    return result


def parse_partition(
    items: Iterable[Any], parse: Parse | None = None, on_error: Literal["raise", "skip"] = "raise"
) -> list[Extraction]:
    """Parse every item of one partition.

    Args:
        items: Paths or texts.
        parse: The function applied to each item; by default ``asean_records.parse.parse_file`` (items are paths).
        on_error: ``raise``: the first library error stops the job. ``skip``: inputs the parser rejects (any
            :class:`~asean_records.errors.AseanRecordsError`, such as an undecodable file) are left out.

    Returns:
        The extractions, in input order.
    """
    function = parse or _parse_file
    out: list[Extraction] = []
    for item in items:
        try:
            out.append(function(item))
        except AseanRecordsError:
            if on_error == "raise":
                raise
    return out


def _bag_module() -> Any:
    try:
        import dask.bag
    except ImportError as exc:
        raise MissingDependencyError("Dask processing", "dask") from exc
    return dask.bag


def extract_bag(
    items: Iterable[str | os.PathLike[str]],
    *,
    parse: Parse | None = None,
    partition_size: int = 100,
    on_error: Literal["raise", "skip"] = "raise",
) -> Any:
    """A lazy ``dask.bag.Bag`` of extractions, one per input.

    Args:
        items: Paths (with the default ``parse``) or texts (with ``parse=asean_records.parse.parse``).
        parse: A picklable function from one item to an :class:`~asean_records.model.Extraction`; by default
            ``asean_records.parse.parse_file``, imported on the worker.
        partition_size: Inputs per partition (per task).
        on_error: ``raise`` or ``skip`` inputs the parser rejects; see :func:`parse_partition`.

    Returns:
        The bag; nothing runs until it is computed or written.

    Raises:
        MissingDependencyError: Dask is not installed (extra ``dask``).
    """
    bag = _bag_module()
    paths = [os.fspath(item) if isinstance(item, os.PathLike) else item for item in items]
    return bag.from_sequence(paths, partition_size=partition_size).map_partitions(parse_partition, parse, on_error)


def _rows(extractions: Iterable[Extraction]) -> list[dict[str, Any]]:
    from asean_records.query.export import meeting_rows

    return meeting_rows(list(extractions))


def meeting_rows_bag(extractions: Any) -> Any:
    """A bag of meeting rows from a bag of extractions.

    Each row is a dict with the keys of :data:`asean_records.query.export.COLUMNS`; use the bag with
    ``dask.dataframe`` or your own writer.
    """
    return extractions.map_partitions(_rows)


def partition_table(extractions: Iterable[Extraction]) -> Any:
    """A ``pyarrow.Table`` of the meetings of one partition of extractions.

    Raises:
        MissingDependencyError: pyarrow is not installed (extra ``parquet``).
    """
    from asean_records.query.export import to_arrow

    return to_arrow(list(extractions))


def _write_partition(extractions: Iterable[Extraction], path: str, number: int, options: dict[str, Any]) -> str:
    import pyarrow.parquet as pq

    target = os.path.join(path, f"part-{number:05d}.parquet")
    pq.write_table(partition_table(extractions), target, **options)
    return target


def to_parquet(
    extractions: Any, path: str | os.PathLike[str], *, scheduler: str | None = None, **options: Any
) -> list[str]:
    """Write the meetings of a bag of extractions to a directory of Parquet files, one per partition.

    Args:
        extractions: A bag from :func:`extract_bag`.
        path: The directory (created if missing); files are named ``part-00000.parquet`` ...
        scheduler: A Dask scheduler name (``"threads"``, ``"processes"``, ``"synchronous"``); by default the
            current one (a distributed client when one is active).
        **options: Passed to ``pyarrow.parquet.write_table`` (``compression="zstd"``).

    Returns:
        The paths written, in partition order. Read them back with ``pyarrow.parquet.read_table(path)``.

    Raises:
        MissingDependencyError: Dask or pyarrow is not installed (extra ``dask``).
    """
    _bag_module()
    try:
        import pyarrow  # noqa: F401 - checked before any task is sent
    except ImportError as exc:
        raise MissingDependencyError("Parquet output", "dask") from exc
    dask: Any = importlib.import_module("dask")  # untyped API, used through Any
    directory = os.fspath(path)
    os.makedirs(directory, exist_ok=True)
    tasks = [
        dask.delayed(_write_partition)(part, directory, number, options)
        for number, part in enumerate(extractions.to_delayed())
    ]
    written: tuple[str, ...] = dask.compute(*tasks, scheduler=scheduler)
    return list(written)
