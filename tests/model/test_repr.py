"""Text and HTML views of records, extractions and collections: readable, capped, and always escaped."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import attrs
import hypothesis.strategies as st
from hypothesis import HealthCheck, given, settings

from asean_records.model import (
    Basis,
    DocumentAction,
    DocumentKind,
    Entity,
    EntityKind,
    Extraction,
    FieldProvenance,
    InferenceReason,
    Meeting,
    MeetingMode,
    PartialDate,
    Person,
    PlanOfAction,
    Provenance,
    Source,
    Statement,
)
from asean_records.query import Records, merge
from asean_records.query.timeline import timeline

TAGS = {"table", "caption", "thead", "tbody", "tr", "th", "td", "b", "small", "code", "div", "p"}
ENTITIES = re.compile(r"&(?:amp|lt|gt|quot|#x27);")
# text that looks like markup, entities and attribute breakers, mixed with any character at all
HOSTILE = st.text(
    alphabet=st.one_of(st.sampled_from("<>&\"'=/;# a"), st.characters(exclude_categories=["Cs"])),
    min_size=1,
    max_size=40,
)


class _Reader(HTMLParser):
    """Collects the tags and the (unescaped) text of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text: list[str] = []
        self.other: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.text.extend(value for _name, value in attrs if value)

    def handle_endtag(self, tag: str) -> None:
        self.tags.append("/" + tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def handle_comment(self, data: str) -> None:
        self.other.append(data)

    def handle_decl(self, decl: str) -> None:
        self.other.append(decl)

    def handle_pi(self, data: str) -> None:
        self.other.append(data)

    def unknown_decl(self, data: str) -> None:
        self.other.append(data)


def assert_safe(markup: str, *values: str) -> None:
    """Every ``<`` in ``markup`` opens one of our tags, every ``&`` an entity, and each value reads back intact."""
    tags = re.findall(r"<(/?)([a-zA-Z]+)[\s>/]", markup)
    assert markup.count("<") == len(tags), markup
    assert {name for _slash, name in tags} <= TAGS, markup
    assert "&" not in ENTITIES.sub("", markup), markup
    reader = _Reader()
    reader.feed(markup)
    reader.close()
    assert not reader.other
    assert {tag.lstrip("/") for tag in reader.tags} <= TAGS
    assert reader.tags.count("table") == reader.tags.count("/table")
    text = "\x00".join(reader.text)
    for value in values:
        # the reader sees the value itself: escaped on the way out, nothing of it taken as markup
        assert value.replace("\r\n", "\n").replace("\r", "\n") in text.replace("\r\n", "\n").replace("\r", "\n")


INFERRED = Provenance(basis=Basis.inferred(InferenceReason.HOST_FROM_CHAIR_YEAR, "chair in <2024> & so on"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=HOSTILE, theme=HOSTILE, city=HOSTILE, chair=HOSTILE, source=HOSTILE, detail=HOSTILE)
def test_html_escapes_whatever_the_text_holds(
    name: str, theme: str, city: str, chair: str, source: str, detail: str
) -> None:
    """Names, themes, cities, chairs, source ids and inference notes from web pages never become markup."""
    why = Provenance(basis=Basis.inferred(InferenceReason.COREFERENCE, detail))
    meeting = Meeting(
        name=name,
        theme=theme,
        city=city,
        chairs=(chair,),
        host_country="VN",
        date=PartialDate(2024, 3),
        provenance=(FieldProvenance("chairs.0", why), FieldProvenance("theme", why)),
    )
    person = Person(name=name, written=chair, titles=(theme,))
    document = DocumentAction(title=theme, kind=DocumentKind.DECLARATION)
    extraction = Extraction(source=Source(id=source), meetings=(meeting,), people=(person,), documents=(document,))

    assert_safe(meeting._repr_html_(), name, theme, city, chair, detail)
    assert_safe(person._repr_html_(), name, chair, theme)
    assert_safe(document._repr_html_(), theme)
    assert_safe(extraction._repr_html_(), name, city, source)
    records = Records.from_extractions([extraction])
    assert_safe(records._repr_html_(), name, source)
    assert_safe(timeline(records)._repr_html_(), name, source)
    # a second report of the same meeting from another source, with another theme: a merge with a conflict
    other = Extraction(source=Source(id=source + "2"), meetings=(attrs.evolve(meeting, theme=theme + "x"),))
    merged = merge([extraction, other])
    # (merged values are shown as Python reprs, so only the markup is checked, not the text read back)
    assert_safe(merged._repr_html_())
    assert_safe(merged.meetings[0]._repr_html_())
    # the text reprs are one line per row whatever the names hold
    assert repr(records).count("\n") == 3
    assert repr(extraction).splitlines()[0].startswith("<Extraction from ")


def test_meeting_html_flags_inferred_values_and_keeps_precision() -> None:
    """The HTML shows the date as written (month precision), marks the inferred host and its reason."""
    meeting = Meeting(
        name="53rd ASEAN Foreign Ministers' Meeting",
        series="AMM",
        ordinal=53,
        date=PartialDate(2020, 9),
        host_country="VN",
        mode=MeetingMode.VIRTUAL,
        provenance=(FieldProvenance("host_country", INFERRED),),
    )
    html = meeting._repr_html_()
    assert "<b>53rd ASEAN Foreign Ministers&#x27; Meeting</b>" in html
    assert "<td style='text-align:left'>2020-09</td>" in html
    assert "(inferred: host_from_chair_year)" in html
    assert "title='chair in &lt;2024&gt; &amp; so on'" in html
    assert f"<code>{meeting.id}</code>" in html
    assert_safe(html, meeting.name)


def test_record_repr_is_compact_and_evaluates_back() -> None:
    """``repr`` lists only the fields that are set, then the id, and evaluates to the same record."""
    meeting = Meeting(
        name="3rd ASEAN Smart Ports Forum", ordinal=3, date=PartialDate(2023, 8, 21), mode=MeetingMode.HYBRID
    )
    text = repr(meeting)
    assert text.startswith("Meeting(name='3rd ASEAN Smart Ports Forum', ordinal=3, date=PartialDate(")
    assert "mode=MeetingMode.HYBRID" in text
    assert "city=" not in text
    assert "provenance" not in text
    assert text.endswith(f"id='{meeting.id}')")
    namespace = {"Meeting": Meeting, "MeetingMode": MeetingMode, "PartialDate": PartialDate}
    assert eval(text, namespace) == meeting
    entity = Entity(kind=EntityKind.COUNTRY, key="VN", name="Viet Nam")
    assert repr(entity) == f"Entity(kind=EntityKind.COUNTRY, key='VN', name='Viet Nam', id='{entity.id}')"


def test_every_record_type_has_html() -> None:
    """Each record type renders as a captioned table with its id; empty fields are left out."""
    records = [
        Person(name="Chhay Sovann", honorifics=("H.E.",), country="KH"),
        Statement(speaker="Chhay Sovann", verb="stress", content="Widgets & gadgets < everything", quoted=True),
        PlanOfAction(name="ASEAN-Japan Plan of Action 2021-2025", parties=("ASEAN", "JP"), start_year=2021),
        Entity(kind=EntityKind.ORGANISATION, key="ASEC", name="ASEAN Secretariat"),
    ]
    for record in records:
        html = record._repr_html_()
        assert html.startswith("<table><caption")
        assert f"<b>{type(record).__name__}" in html
        assert record.id in html
        assert "<th style='text-align:left'>provenance</th>" not in html
        assert_safe(html)
    statement_html = records[1]._repr_html_()
    assert "Widgets &amp; gadgets &lt; everything" in statement_html
    assert "<th style='text-align:left'>role</th>" not in statement_html


def test_extraction_views_are_capped() -> None:
    """An extraction with many meetings shows the first 20 and counts the rest; the text is not shown."""
    meetings = tuple(Meeting(name=f"Widget Forum {i}", series="WF", ordinal=i) for i in range(1, 31))
    extraction = Extraction(source=Source(id="press-1"), text="x" * 10_000, meetings=meetings)
    text = repr(extraction)
    assert text.splitlines()[0] == "<Extraction from 'press-1': 30 meetings>"
    assert "… 10 more meetings" in text
    assert "xxxx" not in text
    html = extraction._repr_html_()
    assert html.count("<tr>") == 1 + 20 + 1
    assert "… 10 more" in html
    empty = Extraction(source=Source(id="feature"))
    assert repr(empty) == "<Extraction from 'feature': no records>"
    assert "<table>" not in empty._repr_html_()


def test_records_views_are_capped_and_aligned() -> None:
    """A collection shows counts and at most 10 aligned rows, with long labels clipped."""
    long_name = "ASEAN Ministerial Meeting on Widget Interoperability, Standards and Mutual Recognition"
    meetings = tuple(
        Meeting(name=f"{i}th {long_name}", series="WM", ordinal=i, date=PartialDate(2020 + i), host_country="LA")
        for i in range(1, 26)
    )
    records = Records.from_extractions([Extraction(source=Source(id="a"), meetings=meetings)])
    text = repr(records)
    lines = text.splitlines()
    assert lines[0] == "<Records: 25 records (25 Meeting) from 1 source>"
    assert len(lines) == 1 + 10 + 1
    assert lines[-1] == "  … 15 more"
    assert len({line.index(" LA ") for line in lines[1:-1]}) == 1
    assert all(len(line) < 140 for line in lines)
    html = records._repr_html_()
    assert html.count("<tr>") == 1 + 10 + 1
    assert "… 15 more" in html
    assert repr(records.country("TH")) == "<Records: 0 records from 0 sources>"


def test_model_imports_no_other_subpackage() -> None:
    """The reprs live in ``model`` itself: no module of the package imports parse, io, query or reference."""
    import ast
    from pathlib import Path

    import asean_records.model

    allowed = ("asean_records.model", "asean_records.errors")
    for path in Path(asean_records.model.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom) and node.level == 0
                else []
            )
            for name in names:
                if name.startswith("asean_records"):
                    assert name.startswith(allowed), f"{path.name} imports {name}"
