"""Hypothesis profiles: ``make test`` and CI are deterministic; exploration is a separate, explicit run.

- "deterministic" (the default): the same examples on every run and machine (``derandomize``), and
  no example database, so a failure found once cannot leak into later runs; examples that once
  failed are kept as explicit ``@example`` cases. Timing health checks are off: a loaded machine
  must not fail a test.
- "explore" (``make fuzz``, or ``HYPOTHESIS_PROFILE=explore``): random examples, more of them, and
  the example database in ``.hypothesis/`` so a failure it finds replays until fixed.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings
from hypothesis.database import DirectoryBasedExampleDatabase

PROFILES = ("deterministic", "explore")

settings.register_profile(
    "deterministic", max_examples=150, deadline=None, derandomize=True, database=None,
    print_blob=True, suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "explore", max_examples=1000, deadline=None, derandomize=False, print_blob=True,
    database=DirectoryBasedExampleDatabase(os.path.join(os.path.dirname(os.path.dirname(__file__)),
                                                        ".hypothesis", "examples")),
    suppress_health_check=[HealthCheck.too_slow],
)

_profile = os.environ.get("HYPOTHESIS_PROFILE", "deterministic")
if _profile not in PROFILES:
    raise SystemExit(f"HYPOTHESIS_PROFILE={_profile!r}: expected one of {', '.join(PROFILES)}")
settings.load_profile(_profile)
