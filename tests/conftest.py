"""Shared test settings: Hypothesis without per-example deadlines, so a busy machine gives no false failures."""

from __future__ import annotations

from hypothesis import HealthCheck, settings

settings.register_profile(
    "asean-records",
    deadline=None,
    suppress_health_check=(HealthCheck.too_slow,),
)
settings.load_profile("asean-records")
