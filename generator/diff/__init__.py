"""What changed between two versions of a model spec, as breaking / warning / info changes."""

from .changes import LEVELS, RULES, Change
from .compare import compare_models

__all__ = ["LEVELS", "RULES", "Change", "compare_models"]
