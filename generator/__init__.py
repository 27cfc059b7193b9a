"""Runware docs -> spec -> exact validators, typed bindings and property tests."""

__version__ = "0.1.0"
