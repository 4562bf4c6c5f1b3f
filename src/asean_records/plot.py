"""Draw meetings on a timeline with matplotlib (extra ``plot``).

Each dated meeting is a horizontal bar from the first to the last day it may
have been held on, so a date known only to the month shows as a month-long pale
bar and a date known to the day as a short solid one: the picture claims no more
than the text.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

from asean_records.errors import MissingDependencyError
from asean_records.model import DateRange, Meeting, PartialDate, Precision

__all__ = ["plot_timeline"]

_ALPHA = {Precision.DAY: 1.0, Precision.MONTH: 0.45, Precision.YEAR: 0.2}


def _bounds(dating: PartialDate | DateRange) -> tuple[datetime.date, datetime.date]:
    first, last = dating.earliest, dating.latest
    return datetime.date(first.year, first.month, first.day), datetime.date(last.year, last.month, last.day)


def plot_timeline(meetings: Iterable[Meeting], ax: Any = None, *, title: str = "ASEAN meetings") -> Any:
    """Plot dated meetings as bars spanning the days each may have been held on.

    Args:
        meetings: Meetings (a :class:`~asean_records.query.Records` of meetings works too); undated ones are skipped.
        ax: A matplotlib ``Axes`` to draw on; a new figure is made when ``None``.
        title: The axes title.

    Returns:
        The ``Axes`` drawn on.

    Raises:
        MissingDependencyError: matplotlib is not installed (extra ``plot``).
    """
    try:
        import matplotlib.dates as mdates
        import matplotlib.pyplot as plt
    except ImportError as exc:
        raise MissingDependencyError("timeline plots", "plot") from exc
    date2num: Any = mdates.date2num  # untyped in matplotlib's stubs
    rows = []
    for meeting in meetings:
        if meeting.date is not None:
            first, last = _bounds(meeting.date)
            rows.append((first, last, meeting))
    rows.sort(key=lambda row: (row[0], row[1], row[2].name))
    if ax is None:
        _fig, ax = plt.subplots(figsize=(9, 0.45 * max(len(rows), 2) + 1))
    for y, (first, last, meeting) in enumerate(rows):
        start = date2num(first)
        width = date2num(last + datetime.timedelta(days=1)) - start
        assert meeting.date is not None
        ax.barh(y, width, left=start, height=0.6, alpha=_ALPHA[meeting.date.precision], color="tab:blue")
        ax.text(start + width, y, f"  {meeting.name}", va="center", fontsize=8)
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels([m.date.isoformat() if m.date else "" for _f, _l, m in rows], fontsize=8)
    ax.invert_yaxis()
    ax.xaxis_date()
    ax.set_title(title)
    return ax
