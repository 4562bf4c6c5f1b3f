"""Tests for the documents stage: titles, kinds, actions, drafts, counted lists, and plans left out."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from asean_records.model import Action, DocumentAction, DocumentKind
from asean_records.parse.pipeline import parse


def _docs(text: str) -> tuple[DocumentAction, ...]:
    return parse(text, source="t").documents


def test_titled_documents_and_coordinated_actions() -> None:
    """A report of a named body, a titled work plan, and a described budget acted on by a second verb after "and"."""
    docs = _docs(
        "The officials noted the 2029 Annual Report of the ASEAN Committee on Women (ACW). They endorsed the "
        "Three-Year Work Plan of the ACW 2030-2032 and approved the budget for Regional Activities of the ACW for 2030."
    )
    by_title = {d.title: d for d in docs}
    report = by_title["Annual Report of the ASEAN Committee on Women (ACW) 2029"]
    assert (report.kind, report.action) == (DocumentKind.REPORT, Action.NOTED)
    work_plan = by_title["Three-Year Work Plan of the ACW 2030-2032"]
    assert (work_plan.kind, work_plan.action) == (DocumentKind.WORK_PLAN, Action.ENDORSED)
    budget = by_title["Budget for Regional Activities of the ACW for 2030"]
    assert (budget.kind, budget.action) == (DocumentKind.BUDGET, Action.APPROVED)


def test_possessive_owner_then_year_then_title() -> None:
    """The owner's possessive may come before the year: "took note of the ACW's 2029 Annual Report"."""
    (report,) = _docs("The Ministers took note of the ACW's 2029 Annual Report.")
    assert (report.title, report.kind, report.action) == ("ACW Annual Report 2029", DocumentKind.REPORT, Action.NOTED)


def test_support_for_a_draft_is_endorsed_and_a_mention_has_no_action() -> None:
    """Support for a draft ("voiced support for the draft X") -> endorsed, draft; a hoped-for conclusion -> None."""
    docs = _docs(
        "The minister voiced strong support for the draft Joint Statement on Digital Skills. "
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


def test_plans_of_action_acted_on_are_documents_and_future_signing_is_not() -> None:
    """A plan of action endorsed is a document too (kind other); "agreed to sign an MoU" acts on no titled document."""
    docs = _docs(
        "Leaders endorsed the Plan of Action for the ASEAN-Japan Comprehensive Partnership 2024-2028. "
        "The two ministries agreed to sign an MoU."
    )
    assert [(d.title, d.kind, d.action) for d in docs] == [
        ("Plan of Action for the ASEAN-Japan Comprehensive Partnership 2024-2028", DocumentKind.OTHER, Action.ENDORSED)
    ]


def test_plans_of_action_only_mentioned_noted_or_welcomed_are_not_documents() -> None:
    """A plan of action implemented, welcomed or only named is a plan, not a document the meeting acted on."""
    docs = _docs(
        "They welcomed the ASEAN-Chile Plan of Action 2031-2035. Work continued under the ASEAN-Peru Plan of Action "
        "2031-2035. They adopted the Joint Statement on Oceans and the ASEAN-Fiji Plan of Action 2031-2035."
    )
    assert [(d.title, d.action) for d in docs] == [
        ("Joint Statement on Oceans", Action.ADOPTED),
        ("ASEAN-Fiji Plan of Action 2031-2035", Action.ADOPTED),
    ]


def test_a_work_plan_is_a_document_only_when_acted_on() -> None:
    """A work plan or strategic plan only mentioned is not a document; one acted on is."""
    docs = _docs(
        "Activities under the ASEAN Work Plan on Rivers 2031-2035 continued. The Ministers endorsed the ASEAN "
        "Strategic Plan on Lakes 2031-2035 and agreed to develop a new ASEAN Work Plan on Rivers 2036-2040."
    )
    assert [(d.title, d.kind, d.action) for d in docs] == [
        ("ASEAN Strategic Plan on Lakes 2031-2035", DocumentKind.WORK_PLAN, Action.ENDORSED)
    ]


def test_a_report_on_the_implementation_of_a_titled_plan() -> None:
    """Reads "noted the progress report on the implementation of the X" as a report noted, not the X itself."""
    docs = _docs(
        "The Ministers noted the progress report on the implementation of the ASEAN Rivers Agreement and the "
        "final report on the implementation of the ASEAN Lakes Work Programme 2031-2035."
    )
    assert [(d.title, d.kind, d.action) for d in docs] == [
        ("Progress report on the implementation of the ASEAN Rivers Agreement", DocumentKind.REPORT, Action.NOTED),
        (
            "Final report on the implementation of the ASEAN Lakes Work Programme 2031-2035",
            DocumentKind.REPORT,
            Action.NOTED,
        ),
    ]


def test_a_relative_clause_whose_subject_acted_on_the_document() -> None:
    """Reads "the X, which the ministers endorsed earlier" as endorsed; not an act years before or still to come."""
    docs = _docs(
        "The day closed with the launch of the ASEAN Rivers Roadmap, which the ministers endorsed earlier in the day. "
        "They recalled the ASEAN Lakes Roadmap, which the Council adopted ten years ago, and discussed the ASEAN "
        "Seas Roadmap, which is to be adopted next year."
    )
    assert [(d.title, d.action) for d in docs] == [("ASEAN Rivers Roadmap", Action.ENDORSED)]


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


def test_title_grows_left_over_connectors_between_capitalised_words() -> None:
    """Reads "signed the Third Protocol to Amend the ASEAN Trade in Services Agreement" as one signed title."""
    (doc,) = _docs("Ministers signed the Third Protocol to Amend the ASEAN Trade in Services Agreement.")
    assert doc.title == "Third Protocol to Amend the ASEAN Trade in Services Agreement"
    assert (doc.kind, doc.action) == (DocumentKind.AGREEMENT, Action.SIGNED)


def test_title_qualifying_a_lower_case_noun_is_not_a_document() -> None:
    """Reads "negotiations on the X Agreement upgrade": the upgrade is talked about, no document is acted on."""
    assert _docs("The Leaders welcomed the conclusion of negotiations on the ASEAN Services Agreement upgrade.") == ()


def test_head_after_the_keyword_and_a_lower_case_report_give_the_kind() -> None:
    """Reads "Agreement (XYZ) Negotiating Framework" as other and "X Work Plan 2031-2032 progress report" as report."""
    framework, report, review = _docs(
        "Ministers endorsed the ASEAN Green Economy Framework Agreement (AGEFA) Negotiating Framework. "
        "They noted the SEOM Work Plan 2031-2032 progress report and adopted the AEC Blueprint Mid-Term Review "
        "recommendations."
    )
    assert framework.title == "ASEAN Green Economy Framework Agreement (AGEFA) Negotiating Framework"
    assert (framework.kind, framework.action) == (DocumentKind.OTHER, Action.ENDORSED)
    assert (report.title, report.kind, report.action) == (
        "SEOM Work Plan 2031-2032 progress report",
        DocumentKind.REPORT,
        Action.NOTED,
    )
    assert (review.title, review.kind) == ("AEC Blueprint Mid-Term Review recommendations", DocumentKind.REPORT)


def test_communique_outlook_and_owned_annual_report() -> None:
    """A joint communiqué of an ordinal meeting, an acted-on outlook, an owner's lower-case annual report."""
    docs = _docs(
        "They adopted the Joint Communiqué of the 71st AMM. The Forum welcomed the ARF Annual Security Outlook "
        "2031. The Ministers welcomed the ASEAN Food Security Information System (AFSIS) annual report. "
        "She backed the ASEAN Outlook on the Indo-Pacific. The annual report was noted."
    )
    got = [(d.title, d.kind, d.action) for d in docs]
    assert got == [
        ("Joint Communiqué of the 71st AMM", DocumentKind.JOINT_STATEMENT, Action.ADOPTED),
        ("ARF Annual Security Outlook 2031", DocumentKind.REPORT, Action.WELCOMED),
        ("AFSIS annual report", DocumentKind.REPORT, Action.WELCOMED),
    ]


def test_signed_lower_case_memorandum_with_its_subject() -> None:
    """Reads "signed a memorandum of understanding on flood data with X" up to "with"; a bare one needs its subject."""
    docs = _docs(
        "The two agencies signed a memorandum of understanding on flood risk data with Japan. "
        "Both sides also signed an agreement on visa exemption for diplomats."
    )
    got = [(d.title, d.kind, d.action) for d in docs]
    assert got == [
        ("Memorandum of understanding on flood risk data", DocumentKind.AGREEMENT, Action.SIGNED),
        ("Agreement on visa exemption for diplomats", DocumentKind.AGREEMENT, Action.SIGNED),
    ]


def test_cooperation_work_plan_is_also_a_document_noted_through_its_progress() -> None:
    """A work plan that is a plan of action stays a work-plan document; "noted the progress of" notes it."""
    (doc,) = _docs("The leaders noted the progress of the ASEAN Plus Three Cooperation Work Plan 2028-2032.")
    assert (doc.title, doc.kind, doc.action) == (
        "ASEAN Plus Three Cooperation Work Plan 2028-2032",
        DocumentKind.WORK_PLAN,
        Action.NOTED,
    )


def test_signed_when_or_where_is_no_subject_and_between_is_no_head() -> None:
    """Reads "signed an agreement on the sidelines of ..." as no document; "Agreement Between ..." is an agreement."""
    assert _docs("The two ministers signed an agreement on the sidelines of the summit.") == ()
    (doc,) = _docs("They signed the Agreement Between the Government of Japan and ASEAN on Youth Exchange.")
    assert (doc.kind, doc.action) == (DocumentKind.AGREEMENT, Action.SIGNED)


def test_plural_possessive_and_bracketed_acronym_inside_a_title() -> None:
    """Reads "ASEAN Leaders' Declaration on X for a Y" and "... Partnership (RCEP) Agreement" as whole titles."""
    docs = _docs(
        "We adopted the ASEAN Leaders' Declaration on Green Jobs for a Resilient ASEAN Community. "
        "We welcomed the entry into force of the Regional Comprehensive Economic Partnership (RCEP) Agreement."
    )
    assert [d.title for d in docs] == [
        "ASEAN Leaders' Declaration on Green Jobs for a Resilient ASEAN Community",
        "Regional Comprehensive Economic Partnership (RCEP) Agreement",
    ]
    assert docs[0].action == Action.ADOPTED
    assert docs[1].action is None


def test_plural_work_plans_acted_on_are_one_document() -> None:
    """Reads "noted the X Working Groups' Work Plans for the 2031-2034 cycle" as one noted work-plan document."""
    (doc,) = _docs("The Ministers noted the ADMM-Plus Experts' Working Groups' Work Plans for the 2031-2034 cycle.")
    assert doc.title == "ADMM-Plus Experts' Working Groups' Work Plans for the 2031-2034"
    assert (doc.kind, doc.action) == (DocumentKind.WORK_PLAN, Action.NOTED)


def test_and_the_opens_the_next_noun_phrase_unless_between() -> None:
    """Reads "the X Work Plan IV and the Master Plan on Y" as one work plan; "between A and the B" stays whole."""
    docs = _docs(
        "We noted the Initiative for ASEAN Integration (IAI) Work Plan IV and the Master Plan on Rail Links. "
        "We signed the Agreement on Cooperation between ASEAN and the Russian Federation."
    )
    assert [d.title for d in docs] == [
        "Initiative for ASEAN Integration (IAI) Work Plan IV",
        "Master Plan on Rail Links",
        "Agreement on Cooperation between ASEAN and the Russian Federation",
    ]


def test_title_written_out_and_by_acronym_is_one_document() -> None:
    """Reads "X for Y (XY) Work Plan V" and a later "XY Work Plan V" as the same document, action from either."""
    (doc,) = _docs(
        "We noted the Initiative for ASEAN Integration (IAI) Work Plan V. The Ministers adopted the IAI Work Plan V."
    )
    assert (doc.title, doc.action) == ("Initiative for ASEAN Integration (IAI) Work Plan V", Action.NOTED)
    prov = doc.provenance_of("title")
    assert prov is not None
    assert len(prov.spans) == 2


def test_chairs_statement_and_communique_need_an_act() -> None:
    """A chair's statement or a communiqué only mentioned (often the source itself) is no document."""
    docs = _docs(
        "The Chairman's Statement of the 61st ASEAN Summit was issued. The Joint Communiqué of the 72nd AMM "
        "was released. The Leaders adopted the Chairman's Statement."
    )
    assert [(d.title, d.kind, d.action) for d in docs] == [("Chairman's Statement", DocumentKind.OTHER, Action.ADOPTED)]


def test_act_looked_forward_to_is_no_action_and_at_ends_a_title() -> None:
    """Reads "look forward to the adoption of X at the Summit" as X, not acted on; "welcomed the signing" signs."""
    ahead, done = _docs(
        "We look forward to the adoption of the Joint Statement on Space Debris at the Summit. "
        "We welcomed the signing of the ASEAN Agreement on Electric Ferries."
    )
    assert (ahead.title, ahead.action) == ("Joint Statement on Space Debris", None)
    assert (done.title, done.action) == ("ASEAN Agreement on Electric Ferries", Action.SIGNED)


def test_possessive_owner_of_a_lower_case_report() -> None:
    """Reads "noted the ASEAN-Korea Centre's annual report" as that report, noted; "its annual report" is none."""
    docs = _docs("The Ministers noted the ASEAN-Korea Centre's annual report. They also noted its annual report.")
    assert [(d.title, d.kind, d.action) for d in docs] == [
        ("ASEAN-Korea Centre's annual report", DocumentKind.REPORT, Action.NOTED)
    ]


def test_frameworks_strategies_and_visions_acted_on() -> None:
    """Acted-on frameworks, visions and strategies are documents; a bare "the Strategy" or a mention is not."""
    docs = _docs(
        "The Ministers endorsed the AEC Strategic Plan 2036-2040 Monitoring and Evaluation Framework. "
        "We adopted the ASEAN Community Vision 2065 and the ASEAN Blue Economy Strategy. "
        "They also adopted the Strategy. We noted the implementation of the Master Plan on ASEAN Rail 2040."
    )
    assert [(d.title, d.kind, d.action) for d in docs] == [
        ("AEC Strategic Plan 2036-2040 Monitoring and Evaluation Framework", DocumentKind.OTHER, Action.ENDORSED),
        ("ASEAN Community Vision 2065", DocumentKind.OTHER, Action.ADOPTED),
        ("ASEAN Blue Economy Strategy", DocumentKind.OTHER, Action.ADOPTED),
    ]


def test_leading_year_moves_to_the_end_of_the_title() -> None:
    """Reads "adopted the 2031 ASEAN Report" as "ASEAN Report 2031", adopted."""
    (doc,) = _docs("The Ministers adopted the 2031 ASEAN Report.")
    assert (doc.title, doc.action) == ("ASEAN Report 2031", Action.ADOPTED)


def test_a_list_of_documents_after_the_following() -> None:
    """'adopted the following documents:' then one title per line (bullets, numbers, Markdown emphasis)."""
    text = (
        "HUE, 5 May 2031 - The leaders adopted the following documents:\n"
        "- **ASEAN Widget Concord IV**\n"
        "2. Joint Statement on Gadgets;\n"
        "- *8th ASEAN Widget Outlook*\n\n"
        "The meeting closed at noon."
    )
    got = {(d.title, d.kind, d.action) for d in parse(text, format="markdown").documents}
    assert got == {
        ("ASEAN Widget Concord IV", DocumentKind.DECLARATION, Action.ADOPTED),
        ("Joint Statement on Gadgets", DocumentKind.JOINT_STATEMENT, Action.ADOPTED),
        ("8th ASEAN Widget Outlook", DocumentKind.REPORT, Action.ADOPTED),
    }


def test_two_papers_in_one_phrase() -> None:
    """'approved the concept papers on the X and on the Y': two concept papers, both approved."""
    got = {(d.title, d.kind, d.action) for d in _docs("The ministers approved the concept papers on the Widget "
                                                      "Exercise and on the Gadget Workshop.")}  # fmt: skip
    assert got == {
        ("Concept paper on Widget Exercise", DocumentKind.CONCEPT_PAPER, Action.APPROVED),
        ("Concept paper on Gadget Workshop", DocumentKind.CONCEPT_PAPER, Action.APPROVED),
    }


def test_a_following_list_needs_a_colon_and_an_action() -> None:
    """'discussed the following issues' lists no documents."""
    assert _docs("HUE, 5 May 2031 - The leaders discussed the following issues:\nWidget Safety\nGadget Trade\n") == ()


def test_a_statement_on_a_lower_case_topic() -> None:
    """'adopted a joint statement on strengthening cooperation in ... at the summit': titled by its topic, adopted."""
    text = (
        "HUE, 5 May 2031 - The leaders adopted a joint statement on strengthening cooperation in widget safety at it."
    )
    got = {(d.title, d.kind, d.action) for d in _docs(text)}
    assert got == {
        ("Joint statement on strengthening cooperation in widget safety", DocumentKind.JOINT_STATEMENT, Action.ADOPTED)
    }


def test_an_issued_statement_is_reported_without_an_action() -> None:
    """'issued a joint statement on peace and partnership': a document, with no action of the schema's."""
    got = {(d.title, d.action) for d in _docs("The leaders issued a joint statement on peace and partnership.")}
    assert got == {("Joint statement on peace and partnership", None)}


def test_a_statement_only_discussed_is_no_document() -> None:
    """'discussed a joint statement on trade': not acted on, not reported."""
    assert _docs("The ministers discussed a joint statement on trade.") == ()


def test_an_untitled_joint_statement() -> None:
    """'In a joint statement adopted at the summit, ...' is a joint statement, adopted, when none is named."""
    got = {(d.title, d.kind, d.action) for d in _docs("In a joint statement adopted at the summit, leaders agreed.")}
    assert got == {("Joint statement", DocumentKind.JOINT_STATEMENT, Action.ADOPTED)}


def test_an_untitled_joint_statement_acted_on_before_or_quoted_as_a_source() -> None:
    """A lower-case joint statement adopted before it, issued after it, or quoted ("In their joint statement")."""

    def found(text: str) -> set[tuple[str, DocumentKind, Action | None]]:
        return {(d.title, d.kind, d.action) for d in _docs(text)}

    statement = DocumentKind.JOINT_STATEMENT
    assert found("The meeting closed with the adoption of a six-point joint statement.") == {
        ("Joint statement", statement, Action.ADOPTED)
    }
    assert found("Leaders adopted a joint statement of the special widget summit, committing to act.") == {
        ("Joint statement of the special widget summit", statement, Action.ADOPTED)
    }
    assert found("Widgetland chaired it, according to a joint ministerial statement issued after the session.") == {
        ("Joint ministerial statement", statement, None)
    }
    assert found("In their joint press statement, the ministers welcomed the new widget.") == {
        ("Joint press statement", statement, None)
    }
    assert found("A joint statement would be issued later.") == set()


def test_an_untitled_joint_statement_after_a_named_one_is_that_one() -> None:
    """A named joint statement and then 'the joint statement adopted': one document, the named one."""
    text = (
        "The leaders adopted the Joint Statement of the 5th Widget Summit. In the joint statement adopted, they agreed."
    )
    assert [d.title for d in _docs(text)] == ["Joint Statement of the 5th Widget Summit"]


def test_masterplans_concords_and_implementation_plans() -> None:
    """'the ASEAN Widget Masterplan 2035', 'the Widget Concord IV', 'its Implementation Plan 2031-2035'."""
    text = (
        "The ministers adopted the ASEAN Widget Masterplan 2035. The leaders signed the Widget Concord IV. "
        "They welcomed the Widget Implementation Plan 2031-2035."
    )
    got = {(d.title, d.kind, d.action) for d in _docs(text)}
    assert got == {
        ("ASEAN Widget Masterplan 2035", DocumentKind.OTHER, Action.ADOPTED),
        ("Widget Concord IV", DocumentKind.DECLARATION, Action.SIGNED),
        ("Widget Implementation Plan 2031-2035", DocumentKind.OTHER, Action.WELCOMED),
    }


def test_a_subtitle_after_a_colon_belongs_to_the_title() -> None:
    """'the Hue Roadmap: An ASEAN Widget Agenda to ...,' is one title, subtitle and all."""
    ex = parse(
        "The Ministers endorsed the Hue Roadmap: An ASEAN Widget Agenda to Accelerate Recovery and Integration, "
        "which sets out actions. Leaders adopted the Hanoi Declaration on Widgets 2030: Forging Ahead Together. "
        "Dr. Ali Hassan said so."
    )
    assert [d.title for d in ex.documents] == [
        "Hue Roadmap: An ASEAN Widget Agenda to Accelerate Recovery and Integration",
        "Hanoi Declaration on Widgets 2030: Forging Ahead Together",
    ]


def test_a_colon_before_a_new_clause_ends_the_title() -> None:
    """'adopted the Hanoi Declaration: Ministers also met ...': the words after the colon are no subtitle."""
    ex = parse("The Leaders adopted the Hanoi Declaration: Ministers also met partners.")
    assert [d.title for d in ex.documents] == ["Hanoi Declaration"]


def test_an_outlook_on_a_region_is_a_document_when_acted_on() -> None:
    """'adopted the ASEAN Outlook on the Widget Sea': a document; '... the adoption of the Outlook' is it again."""
    ex = parse(
        "The Leaders adopted the ASEAN Outlook on the Widget Sea, which sets out a perspective. The minister said "
        "that the adoption of the Outlook showed unity. Officials discussed the ASEAN Outlook on the Gadget Sea."
    )
    assert [(d.title, d.action) for d in ex.documents] == [("ASEAN Outlook on the Widget Sea", Action.ADOPTED)]
    title = ex.documents[0].provenance_of("title")
    assert title is not None
    assert len(title.spans) == 2


def test_a_preposition_opening_the_sentence_is_no_title_word() -> None:
    """'Under the ASEAN Widget Declaration (AWD), ...': the title starts at ASEAN."""
    ex = parse("Under the ASEAN Widget Declaration (AWD), tariffs fell.")
    assert [d.title for d in ex.documents] == ["ASEAN Widget Declaration (AWD)"]


def test_consensus_convention_and_statements_by_an_author() -> None:
    """'signed the ASEAN Consensus on X', 'ratified' nothing, 'the Joint Statement by the Ministers on X'."""
    ex = parse(
        "The Leaders signed the ASEAN Consensus on the Protection of Widget Workers. The Ministers issued the Joint "
        "Statement by the ASEAN Widget Ministers on Partnering for Security. The Summit met at the Widget Convention "
        "Centre."
    )
    assert [(d.title, d.kind) for d in ex.documents] == [
        ("ASEAN Consensus on the Protection of Widget Workers", DocumentKind.OTHER),
        ("Joint Statement by the ASEAN Widget Ministers on Partnering for Security", DocumentKind.JOINT_STATEMENT),
    ]


def test_a_long_title_with_of_the_and_on_the_is_one_document() -> None:
    """'adopted the ASEAN Leaders' Review and Decision on the Implementation of the Widget Consensus': one title."""
    text = (
        "The leaders adopted the ASEAN Leaders' Review and Decision on the Implementation of the Five-Point Widget "
        "Consensus."
    )
    (d,) = parse(text, source="t").documents
    assert d.title == "ASEAN Leaders' Review and Decision on the Implementation of the Five-Point Widget Consensus"
    assert d.action is Action.ADOPTED


def test_a_conference_of_the_parties_is_no_part_of_the_agreement_s_title() -> None:
    """'the Conference of the Parties to the ASEAN Agreement on Widgets': the agreement's title starts at ASEAN."""
    text = "The 9th Conference of the Parties to the ASEAN Agreement on Widget Pollution was held on 3 May 2031."
    titles = [d.title for d in parse(text, source="t").documents]
    assert all(not t.startswith("Conference") for t in titles)


def test_a_document_handed_to_a_post_holder_is_no_title() -> None:
    """'handed the signed declaration to the Secretary-General of ASEAN': no document named after the post."""
    text = "After the ceremony, the Chair handed the signed declaration to the Secretary-General of ASEAN."
    assert all("Secretary-General" not in d.title for d in parse(text, source="t").documents)


def test_a_sentence_s_opening_conjunction_is_no_title_word() -> None:
    """'But the Widget Concord IV declaration ...': the title does not open with 'But'."""
    text = "But the Widget Concord IV declaration gave the bloc something concrete."
    titles = [d.title for d in parse(text, source="t").documents]
    assert titles
    assert all(not t.startswith("But") for t in titles)


def test_an_agreement_that_is_only_an_instrument_is_no_document() -> None:
    """An agreement nothing acts on, named only as what something else is under or about, is left out.

    "Under the X Agreement", "upgrading the X Agreement", "the Conference of the Parties to the X Agreement" name
    no document the meeting dealt with; "the X Agreement, signed by the leaders" is signed.
    """
    text = (
        "Under the ASEAN Widget Trade Agreement, tariffs fell. The ministers began work on upgrading the ASEAN Gadget "
        "Agreement. The 9th Meeting of the Conference of the Parties to the ASEAN Agreement on Widget Safety met. "
        "Two texts were listed. The Framework Agreement on Widget Cooperation, signed by the leaders, came first."
    )
    assert [(d.title, d.action) for d in _docs(text)] == [("Framework Agreement on Widget Cooperation", Action.SIGNED)]


def test_a_declaration_only_invoked_is_not_a_document_one_adopted_earlier_is() -> None:
    """Reads declarations only invoked as no documents, and one "adopted at the Fifth Meeting" as adopted.

    "the implementation of the X Declaration" and "the principles of the 1971 Y Declaration" only invoke them, and
    "Recalling" opening the sentence is no title word.
    """
    docs = _docs(
        "They called for the full and effective implementation of the Riverside Declaration on Fisheries and "
        "reaffirmed the principles of the 1971 Harbour Declaration. Recalling the Hilltop Declaration on Forests, "
        "adopted at the Fifth Meeting in Kandy, the Ministers agreed to meet again. Recalling the Joint Statement on "
        "Lakes issued by their Leaders in 2029, they agreed to act."
    )
    assert [(d.title, d.kind, d.action) for d in docs] == [
        ("Hilltop Declaration on Forests", DocumentKind.DECLARATION, Action.ADOPTED),
        ("Joint Statement on Lakes", DocumentKind.JOINT_STATEMENT, Action.ADOPTED),
    ]


def test_an_untitled_joint_statement_is_named_after_its_meeting() -> None:
    """'The 13 countries said in a joint statement issued after the talks': the statement of the meeting reported."""
    ex = parse(
        "MANILA, May 3 (Wire) - Widget ministers agreed on Thursday to double the fund.\n\nThe decision was taken at "
        "the 25th ASEAN+3 Widget Ministers' Meeting, held in Manila.\n\nThe 13 countries said in a joint statement "
        "issued after the talks that they agreed.\n"
    )
    assert [d.title for d in ex.documents] == ["Joint statement of the 25th ASEAN+3 Widget Ministers' Meeting"]


def test_an_untitled_joint_statement_after_a_meeting_still_to_come_keeps_its_plain_title() -> None:
    """A joint statement after a sentence about the next meeting is not that meeting's."""
    ex = parse(
        "The ministers adopted a joint statement. The 26th ASEAN Widget Ministers' Meeting will be held in "
        "Hanoi next year."
    )
    assert [d.title for d in ex.documents] == ["Joint statement"]
