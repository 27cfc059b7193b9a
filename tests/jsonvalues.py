"""Hypothesis strategies for JSON values, shared by the differential and robustness tests."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

KEYS = st.sampled_from(["model", "width", "height", "image", "strength", "inputs", "x", ""]) | st.text(max_size=8)

scalars = (
    st.none() | st.booleans() | st.integers() | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20)
    | st.sampled_from([0, 1, -1, 1.0, 0.5, 1024, 1024.0, 2**63 - 1, 2**63, "", "URL", "krea:krea@2-medium",
                       "5f0c1f38-7d2c-4b51-9a3e-0d5c1e9a2b47", "https://example.com/x", True, False])
)

json_values: st.SearchStrategy[Any] = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(KEYS, inner, max_size=6),
    max_leaves=25,
)
