"""Sectoral and partner meeting series: names as sources write them, and the editions the sources give."""

from __future__ import annotations

import datetime as dt

import pytest

from asean_records.reference import edition, find_edition, gazetteer, resolve_series


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("ASEAN Free Trade Area Council", "AFTA Council"),
        ("AFTA Council", "AFTA Council"),
        ("ASEAN Free Trade Area (AFTA) Council", "AFTA Council"),
        ("Meeting of the ASEAN Free Trade Area (AFTA) Council", "AFTA Council"),
        ("COP to the AATHP", "COP-AATHP"),
        ("Conference of the Parties to the ASEAN Agreement on Transboundary Haze Pollution", "COP-AATHP"),
        (
            "Meeting of the Conference of the Parties to the ASEAN Agreement on Transboundary Haze Pollution",
            "COP-AATHP",
        ),
        ("COP to AADMER", "COP-AADMER"),
        ("Conference of the Parties to AADMER", "COP-AADMER"),
        (
            "Meeting of the Conference of the Parties to the ASEAN Agreement on Disaster Management and Emergency "
            "Response",
            "COP-AADMER",
        ),
        ("East Asia Summit Energy Ministers Meeting", "EAS EMM"),
        ("EAS Energy Ministers Meeting", "EAS EMM"),
        ("East Asia Summit Economic Ministers' Meeting", "EAS Economic Ministers' Meeting"),
        ("EAS Economic Ministers Meeting", "EAS Economic Ministers' Meeting"),
        ("ASEAN Plus Three Health Ministers Meeting", "AHMM+3"),
        ("APTHMM", "AHMM+3"),
        ("ASEAN Senior Officials Meeting on Health Development", "SOMHD"),
        ("SOMHD Plus Three", "SOMHD+3"),
        ("ASEAN Plus Three Senior Officials Meeting on Health Development", "SOMHD+3"),
        ("ASEAN and China Transport Ministers Meeting", "ATM+China"),
        ("ASEAN-China Transport Ministers Meeting", "ATM+China"),
        ("ASEAN and Japan Transport Ministers Meeting", "ATM+Japan"),
        ("ASEAN-Japan Transport Ministers Meeting", "ATM+Japan"),
        ("ASEAN-ROK Transport Ministers Meeting", "ATM+ROK"),
        ("ASEAN and Republic of Korea Transport Ministers Meeting", "ATM+ROK"),
        ("Informal ASEAN Ministerial Meeting on Science and Technology", "IAMMST"),
        ("Informal ASEAN Ministerial Meeting on Science, Technology and Innovation", "IAMMST"),
        ("IAMMSTI", "IAMMST"),
        ("ASEAN Tourism Forum", "ATF"),
        ("AEM-MOFCOM Consultations", "AEM-MOFCOM"),
        ("AEM-MOFCOM Consultation", "AEM-MOFCOM"),
        ("ASEAN Plus Three Senior Officials Meeting on Rural Development and Poverty Eradication", "SOMRDPE+3"),
        # aliases of series that were already there
        ("ASEAN Plus Three Ministerial Meeting for Social Welfare and Development", "AMMSWD+3"),
        ("ASEAN Telecommunications and IT Ministers Meeting", "TELMIN"),
        ("ASEAN Telecommunications & IT Ministers Meeting", "TELMIN"),
        ("COST", "COSTI"),
        ("ASEAN+3 EMM", "APT EMM"),
    ],
)
def test_sectoral_series_names_resolve(text: str, key: str) -> None:
    """Each name, as the cited sources write it, resolves to its series."""
    assert resolve_series(text).key == key


def test_older_names_stay_with_their_renamed_series() -> None:
    """AMMST and COST were renamed AMMSTI and COSTI (numbering continued); the old names find the new series."""
    assert resolve_series("ASEAN Ministerial Meeting on Science and Technology").key == "AMMSTI"
    assert resolve_series("AMMST").key == "AMMSTI"
    assert resolve_series("ASEAN Committee on Science and Technology").key == "COSTI"


def test_ambiguous_acronyms_are_flagged() -> None:
    """Acronyms that also name something else are flagged for the parser.

    ATF is also a US agency, COST the word in capitals, and EAS EMM is written for the EAS Economic and Education
    Ministers' Meetings too.
    """
    flagged = {(e.surface, e.key) for e in gazetteer() if e.ambiguous}
    assert {("ATF", "ATF"), ("COST", "COSTI"), ("EAS EMM", "EAS EMM")} <= flagged


@pytest.mark.parametrize(
    ("key", "ordinal", "year", "city", "host"),
    [
        ("AFTA Council", 18, 2004, "Jakarta", "ID"),
        ("AFTA Council", 19, 2005, "Vientiane", "LA"),
        ("AFTA Council", 38, 2024, "Vientiane", "LA"),
        ("COP-AATHP", 1, 2004, "Hanoi", "VN"),
        ("COP-AATHP", 12, 2016, "Kuala Lumpur", "MY"),
        ("COP-AATHP", 14, 2018, "Naypyidaw", "MM"),
        ("COP-AATHP", 20, 2025, "Langkawi", "MY"),
        ("COP-AADMER", 7, 2018, "Putrajaya", "MY"),
        ("COP-AADMER", 11, 2022, "Bangkok", "TH"),
        ("EAS EMM", 1, 2007, "Singapore", "SG"),
        ("EAS Economic Ministers' Meeting", 6, 2018, "Singapore", "SG"),
        ("AHMM+3", 2, 2006, "Yangon", "MM"),
        ("AHMM+3", 4, 2010, "Singapore", "SG"),
        ("SOMHD", 18, 2024, "Vientiane", "LA"),
        ("SOMHD+3", 9, 2019, "Siem Reap", "KH"),
        ("ATM+China", 3, 2004, "Phnom Penh", "KH"),
        ("ATM+China", 7, 2008, "Manila", "PH"),
        ("ATM+Japan", 4, 2007, "Bangkok", "TH"),
        ("ATM+Japan", 17, 2019, "Hanoi", "VN"),
        ("ATM+ROK", 1, 2009, "Hanoi", "VN"),
        ("ATM+ROK", 9, 2018, "Bangkok", "TH"),
        ("IAMMST", 4, 2006, "Kuantan", "MY"),
        ("IAMMST", 6, 2010, "Krabi", "TH"),
        ("ATF", 1, 1981, "Kuala Lumpur", "MY"),
        ("AEM-MOFCOM", 6, 2007, "Makati City", "PH"),
        ("AEM-MOFCOM", 10, 2011, "Manado", "ID"),
        ("AEM-MOFCOM", 24, 2025, "Kuala Lumpur", "MY"),
        ("SOMRDPE+3", 4, 2011, "Bandar Seri Begawan", "BN"),
    ],
)
def test_sourced_editions(key: str, ordinal: int, year: int, city: str, host: str) -> None:
    """Editions carry the year, city and host their source gives."""
    e = edition(key, ordinal)
    assert (e.year, e.city, e.host) == (year, city, host)


def test_edition_days_and_virtual_meetings() -> None:
    """Days where the source gives them; meetings held by videoconference are marked virtual."""
    assert edition("AFTA Council", 38).start == dt.date(2024, 9, 16)
    assert edition("COP-AATHP", 17).start == dt.date(2022, 10, 20)
    assert edition("COP-AADMER", 9).virtual is True
    assert edition("COP-AADMER", 10).start == dt.date(2021, 10, 14)
    assert edition("IAMMST", 11).virtual is True
    assert edition("AEM-MOFCOM", 19).virtual is True
    assert find_edition("COP-AATHP", 19) is None  # its year is not on the page that numbers it
