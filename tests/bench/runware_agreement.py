"""Agreement counts of each published model's generated validator with Runware's own schema (the
oracle of tests/compiler/test_runware_models.py: jsonschema on the published document, and the
x-constraints bounds beside it), on drawn instances and on single-point mutations of them.
Derandomized, so a run gives the same counts. Run:
.venv/bin/python -m tests.bench.runware_agreement [--drawn N] [--mutated N]
"""

from __future__ import annotations

import argparse
from typing import Any

from hypothesis import HealthCheck, given, settings

from tests.compiler.test_runware_models import PUBLISHED, _mutated, _mutations, _setup


def count(slug: str, drawn_n: int, mutated_n: int) -> tuple[int, int, int, int, int]:
    """(drawn, drawn agreeing, mutated, mutated agreeing, mutated the oracle rejects)."""
    oracle, validator, drawn = _setup(slug)
    mutations = _mutations(oracle.items)
    tally = [0, 0, 0, 0, 0]

    @settings(max_examples=drawn_n, derandomize=True, database=None, deadline=None,
              suppress_health_check=[HealthCheck.too_slow])
    @given(drawn)
    def draw(payload: Any) -> None:
        tally[0] += 1
        tally[1] += (validator.validate(payload) == []) is oracle.is_valid(payload)

    @settings(max_examples=max(1, mutated_n // len(mutations)), derandomize=True, database=None,
              deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(drawn)
    def mutate(payload: dict[str, Any]) -> None:
        for mutation in mutations:
            mutated = _mutated(payload, mutation)
            expected = oracle.is_valid(mutated)
            tally[2] += 1
            tally[3] += (validator.validate(mutated) == []) is expected
            tally[4] += not expected

    draw()
    mutate()
    return tally[0], tally[1], tally[2], tally[3], tally[4]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--drawn", type=int, default=200)
    parser.add_argument("--mutated", type=int, default=400)
    args = parser.parse_args()
    print(f"{'schema':34s} {'drawn: agree':>14s} {'mutated: agree':>16s} {'(rejected)':>11s}")
    for slug in PUBLISHED:
        d, da, m, ma, rejected = count(slug, args.drawn, args.mutated)
        print(f"{slug:34s} {da:>6d}/{d:<7d} {ma:>7d}/{m:<8d} {rejected:>10d}")


if __name__ == "__main__":
    main()
