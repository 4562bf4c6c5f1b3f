"""Tests for the documents stage: titles, kinds, actions, drafts, counted lists, and plans left out."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from asean_records.model import Action, DocumentAction, DocumentKind
from asean_records.parse.pipeline import parse


def _docs(text: str) -> tuple[DocumentAction, ...]:
    return parse(text, source="t").documents


def test_titled_documents_and_coordinated_actions() -> None:
    """Possessive owner before a short title, a titled work plan and a described budget joined by "and"."""
    docs = _docs(
        "The Ministers noted the 2019 ASEAN Committee on Women (ACW)'s Annual Report and adopted the "
        "Three-Year Work Plan of the ACW 2020-2022 and the budget for Regional Activities of the ACW for 2020."
    )
    by_title = {d.title: d for d in docs}
    assert by_title["ACW Annual Report 2019"].action == Action.NOTED
    assert by_title["ACW Annual Report 2019"].kind == DocumentKind.REPORT
    work_plan = by_title["Three-Year Work Plan of the ACW 2020-2022"]
    assert (work_plan.kind, work_plan.action) == (DocumentKind.WORK_PLAN, Action.ADOPTED)
    budget = by_title["Budget for Regional Activities of the ACW for 2020"]
    assert (budget.kind, budget.action) == (DocumentKind.BUDGET, Action.ADOPTED)


def test_support_for_a_draft_is_endorsed_and_a_mention_has_no_action() -> None:
    """Reads "expressed support for the draft X" -> endorsed, draft; "looked forward to the conclusion of" -> None."""
    docs = _docs(
        "She expressed support for the draft Joint Statement on Digital Skills. "
        "The Meeting looked forward to the conclusion of the ASEAN-India Trade in Goods Agreement."
    )
    statement, agreement = docs
    assert statement.title == "Joint Statement on Digital Skills"
    assert (statement.kind, statement.action, statement.draft) == (DocumentKind.JOINT_STATEMENT, Action.ENDORSED, True)
    assert agreement.kind == DocumentKind.AGREEMENT
    assert agreement.action is None


def test_counted_list_gives_one_document_per_item() -> None:
    """Reads "approved two concept papers ... The papers include A and B" -> two concept papers."""
    docs = _docs(
        "The working group approved two concept papers proposed by Laos. "
        "The papers include joint training on disaster relief and sharing of maritime data."
    )
    assert [d.title for d in docs] == [
        "Concept paper on joint training on disaster relief",
        "Concept paper on sharing of maritime data",
    ]
    assert all(d.action is Action.APPROVED and d.kind is DocumentKind.CONCEPT_PAPER for d in docs)


def test_counted_list_with_wrong_count_gives_nothing() -> None:
    """When the items do not match the count, no document is guessed."""
    docs = _docs("The meeting adopted three discussion papers. The papers include border health and youth exchange.")
    assert docs == ()


def test_plans_of_action_and_future_signing_are_not_documents() -> None:
    """A plan of action is not a document, and "agreed to sign an MoU" acts on no titled document."""
    docs = _docs(
        "The Meeting adopted the Plan of Action to Implement the Joint Declaration on ASEAN-Japan Friendship "
        "2024-2028. The two ministries agreed to sign an MoU."
    )
    assert docs == ()


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("Joint Statement on X adopted the draft budget for Y, and.\n ")), max_size=300
    )
)
def test_never_raises_and_titles_are_quoted(text: str) -> None:
    """On arbitrary text the stage never raises and each title span lies inside the text."""
    extraction = parse(text, source="t")
    for d in extraction.documents:
        prov = d.provenance_of("title")
        assert prov is not None
        assert all(0 <= s.start <= s.end <= len(text) for s in prov.spans)
