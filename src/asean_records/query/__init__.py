"""Many records at once: an indexed collection, cross-source merging, timelines and exports.

:class:`Records` holds the records of many extractions and narrows them with composable, indexed filters.
:mod:`~asean_records.query.merge` combines what several sources say about the same meeting, person or plan and
explains where they disagree. :mod:`~asean_records.query.timeline` orders meetings by date, showing how precisely
each date is known. :mod:`~asean_records.query.export` writes DataFrames, Arrow, Parquet, CSV and iCalendar; optional
backends are imported only when used. :mod:`asean_records.query.dask` runs the parser over millions of documents.
"""

from asean_records.query.export import (
    to_arrow,
    to_csv,
    to_ics,
    to_pandas,
    to_parquet,
    to_polars,
    write_ics,
)
from asean_records.query.merge import (
    Conflict,
    MatchRule,
    Merged,
    MergedMeeting,
    MergedPerson,
    MergedPlan,
    SourcedValue,
    merge,
    merge_meetings,
    merge_people,
    merge_plans,
)
from asean_records.query.records import Certainty, CountryRole, Records
from asean_records.query.timeline import (
    Timeline,
    TimelineRow,
    date_label,
    timeline,
    timeline_by_country,
    timeline_by_series,
)

__all__ = [
    "Certainty",
    "Conflict",
    "CountryRole",
    "MatchRule",
    "Merged",
    "MergedMeeting",
    "MergedPerson",
    "MergedPlan",
    "Records",
    "SourcedValue",
    "Timeline",
    "TimelineRow",
    "date_label",
    "merge",
    "merge_meetings",
    "merge_people",
    "merge_plans",
    "timeline",
    "timeline_by_country",
    "timeline_by_series",
    "to_arrow",
    "to_csv",
    "to_ics",
    "to_pandas",
    "to_parquet",
    "to_polars",
    "write_ics",
]
