"""Errors whose text is built when first read (stdlib only; copied into the generated package).

A validator reports every error of a payload, but building each message (path text, value
rendering, did-you-mean) costs more than finding the error. ``deferred(make, *args)`` returns an
error that keeps the builder and its arguments and renders the whole error the first time any of
its fields is read, so a caller that only counts errors or checks ``rule`` pays little; the
rendered error is identical to ``make(*args)``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .messages import SUGGESTIONS_PER_OBJECT, unexpected
from .validation import ValidationError

_FIELDS = frozenset(ValidationError.__slots__)


class DeferredError(ValidationError):
    """A ``ValidationError`` whose fields come from its builder on first access. Constructed with
    ``ValidationError``'s arguments it is an ordinary, eager error (``type(e)(...)`` copies work)."""

    __slots__ = ("_make",)
    _make: tuple[Callable[..., ValidationError], tuple[Any, ...]]

    def __getattr__(self, name: str) -> Any:
        # Only called while the ValidationError slots are still unset.
        if name not in _FIELDS:
            raise AttributeError(name)
        make, args = object.__getattribute__(self, "_make")
        real = make(*args)
        for slot in _FIELDS:
            setattr(self, slot, getattr(real, slot))
        return getattr(real, name)

    def __repr__(self) -> str:
        return f"ValidationError(path={self.path!r}, rule={self.rule!r}, message={self.message!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ValidationError):
            return NotImplemented
        return all(getattr(self, s) == getattr(other, s) for s in ValidationError.__slots__)


_new = object.__new__


def deferred(make: Callable[..., ValidationError], *args: Any) -> ValidationError:
    """The error ``make(*args)`` will build, built when first read."""
    error: DeferredError = _new(DeferredError)
    error._make = (make, args)
    return error


def _unexpected(path: Any, key: object, value: Any, known: list[str], where: str, rule: str,
                suggest: bool) -> ValidationError:
    return unexpected(path, key, value, known, where, rule, suggest=suggest)


def deferred_unexpected_keys(path: Any, obj: dict[Any, Any], known_keys: frozenset[str], known: list[str],
                             where: str, rule: str = "additionalProperties") -> list[ValidationError]:
    """``unexpected_keys`` built when read: the same errors, the same bound on did-you-mean work."""
    out: list[ValidationError] = []
    for key, value in obj.items():
        if key not in known_keys:
            out.append(deferred(_unexpected, path, key, value, known, where, rule,
                                len(out) < SUGGESTIONS_PER_OBJECT))
    return out
