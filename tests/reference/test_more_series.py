"""Drug, police, finance, military, partner and RCEP series: names as sources write them, and sourced editions."""

from __future__ import annotations

import datetime as dt

import pytest

from asean_records.reference import edition, find_edition, gazetteer, resolve_series


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("ASEAN Ministerial Meeting on Drug Matters", "AMMD"),
        ("ASEAN Senior Officials on Drug Matters", "ASOD"),
        ("ASEAN Senior Officials Meeting on Drug Matters", "ASOD"),
        ("ASEAN Chiefs of Police Conference", "ASEANAPOL"),
        ("ASEANAPOL Conference", "ASEANAPOL"),
        ("ASEAN Central Bank Governors' Meeting", "ACGM"),
        ("ASEAN Central Bank Governors and Finance Ministers' Meeting", "AFMGM"),
        ("AEM-CER Consultations", "AEM-CER"),
        ("AEM-METI Consultations", "AEM-METI"),
        ("AEM-EU Trade Commissioner Consultation", "AEM-EU"),
        ("AEM-USTR Consultation", "AEM-USTR"),
        ("AEM+3 Consultations", "AEM+3"),
        ("ASEAN-EU Ministerial Meeting", "AEMM"),
        ("EU-ASEAN Ministerial Meeting", "AEMM"),
        ("ASEAN-Russia Summit", "ASEAN-Russia Summit"),
        ("ASEAN-EU Summit", "ASEAN-EU Summit"),
        ("ASEAN-GCC Summit", "ASEAN-GCC Summit"),
        ("Regional Comprehensive Economic Partnership Summit", "RCEP Summit"),
        ("RCEP Ministers' Meeting", "RCEP Ministers' Meeting"),
        ("Regional Comprehensive Economic Partnership Ministerial Meeting", "RCEP Ministerial Meeting"),
        ("ASEAN Chiefs of Defence Forces Meeting", "ACDFM"),
        ("ASEAN Chiefs of Defense Forces Informal Meeting", "ACDFM"),
        ("ASEAN Chiefs of Army Multilateral Meeting", "ACAMM"),
        ("ASEAN Energy Business Forum", "AEBF"),
        ("ASEAN Ministers of Energy Meeting", "AMEM"),
        ("ASEAN Connectivity Coordinating Committee", "ACCC"),
        ("ASEAN Regional Forum Senior Officials' Meeting", "ARF SOM"),
        ("ARF Senior Officials Meeting", "ARF SOM"),
    ],
)
def test_names_resolve(text: str, key: str) -> None:
    """Each name, as the cited sources write it, resolves to its series."""
    assert resolve_series(text).key == key


def test_rcep_ministers_under_the_agreement_are_numbered_anew() -> None:
    """The negotiations' RCEP Ministerial Meetings and the Parties' RCEP Ministers' Meetings are two series."""
    assert resolve_series("RCEP Ministerial Meeting").key != resolve_series("RCEP Ministers Meeting").key
    assert edition("RCEP Ministers' Meeting", 1).year == 2022
    assert edition("RCEP Ministerial Meeting", 8).year == 2020


def test_acronym_shared_with_an_australian_commission_is_flagged() -> None:
    """ACCC also names the Australian Competition and Consumer Commission."""
    assert ("ACCC", "ACCC") in {(e.surface, e.key) for e in gazetteer() if e.ambiguous}


@pytest.mark.parametrize(
    ("key", "ordinal", "year", "city", "host"),
    [
        ("AMMD", 3, 2014, "Jakarta", "ID"),
        ("AMMD", 5, 2016, "Singapore", "SG"),
        ("ASOD", 39, 2018, "Bandar Seri Begawan", "BN"),
        ("ASEANAPOL", 1, 1981, "Manila", "PH"),
        ("ASEANAPOL", 29, 2009, "Hanoi", "VN"),
        ("ACGM", 6, 2010, "Nha Trang", "VN"),
        ("AEM-CER", 12, 2007, "Makati City", "PH"),
        ("AEM-METI", 16, 2010, "Da Nang", "VN"),
        ("AEM-EU", 6, 2005, "Ha Long", "VN"),
        ("AEMM", 21, 2016, "Bangkok", "TH"),
        ("AEMM", 22, 2019, "Brussels", "BE"),
        ("ASEAN-Russia Summit", 3, 2018, "Singapore", "SG"),
        ("ASEAN-GCC Summit", 1, 2023, "Riyadh", "SA"),
        ("RCEP Summit", 1, 2017, "Manila", "PH"),
        ("ACDFM", 20, 2023, "Bali", "ID"),
        ("ACAMM", 23, 2022, "Hanoi", "VN"),
        ("AEBF", 24, 2024, "Vientiane", "LA"),
    ],
)
def test_sourced_editions(key: str, ordinal: int, year: int, city: str, host: str) -> None:
    """Editions carry the year, city and host their source gives."""
    e = edition(key, ordinal)
    assert (e.year, e.city, e.host) == (year, city, host)


def test_edition_days_and_virtual_meetings() -> None:
    """Days where the source gives them; meetings held by videoconference are marked virtual."""
    assert edition("AFMGM", 6).start == dt.date(2020, 10, 1)
    assert edition("AFMGM", 6).virtual is True
    assert edition("RCEP Summit", 4).start == dt.date(2020, 11, 15)
    assert edition("ACDFM", 17).virtual is True
    assert edition("AEMM", 23).virtual is True
    assert edition("ASOD", 44).virtual is True
    assert find_edition("ASEAN-Russia Summit", 4) is None  # not yet recorded here
