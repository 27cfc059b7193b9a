"""Runware model bindings generated from the specs in ``spec/``; do not edit by hand.

Validate any task payload with :func:`validate` (it dispatches on ``payload["model"]``)::

    from runware_bindings import validate
    for error in validate(payload):
        print(error)

Models: krea:krea@2-medium, openai:gpt-image@2.
"""

from ._runtime.validation import ValidationError, ValidationReport, ValidationWarning
from .registry import MODELS, check, validate, validate_response

__all__ = [
    "MODELS",
    "ValidationError",
    "ValidationReport",
    "ValidationWarning",
    "check",
    "validate",
    "validate_response",
]
