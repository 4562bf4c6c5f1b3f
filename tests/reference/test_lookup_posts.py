"""Posts that belong to a body: ``body_of_post``."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from asean_records.reference import bodies, body_of_post


def test_secretariat_posts_resolve_to_the_secretariat() -> None:
    """The Secretary-General and the deputies belong to the ASEAN Secretariat, whatever follows the post."""
    assert body_of_post("Secretary-General of ASEAN") is not None
    assert body_of_post("secretary-general of asean").key == "ASEAN Secretariat"  # type: ignore[union-attr]
    deputy = body_of_post("Deputy Secretary-General of ASEAN for Community and Corporate Affairs")
    assert deputy is not None
    assert deputy.key == "ASEAN Secretariat"


def test_other_titles_belong_to_no_body() -> None:
    """National posts and near misses give nothing."""
    assert body_of_post("Minister of Foreign Affairs") is None
    assert body_of_post("Secretary-General of ASEANAPOL") is None
    assert body_of_post("Secretary-General") is None


def test_every_listed_post_is_cited_and_resolves_to_its_body() -> None:
    """Each post in the data file resolves back to the body that lists it, and that body cites a source."""
    listed = [(post, b) for b in bodies() for post in b.posts]
    assert listed
    for post, body in listed:
        found = body_of_post(post)
        assert found is not None, post
        assert found.key == body.key, post
        assert body.sources


@given(st.text(max_size=80))
def test_body_of_post_never_raises(title: str) -> None:
    """Any text gives a body or None."""
    result = body_of_post(title)
    assert result is None or result.posts
