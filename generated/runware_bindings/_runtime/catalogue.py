"""Per-model functions of the bindings, imported on first use.

A catalogue of hundreds of models must cost no more to import than two: the registry knows every
model id and its module name, and imports a model's validator only when a payload for it arrives.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import Generic, TypeVar

F = TypeVar("F")


class LazyFunctions(Mapping[str, F], Generic[F]):
    """Model id -> ``<package>.<module>.<submodule>.<name>``, imported when first looked up.

    Iterating, ``len`` and ``in`` read only the id -> module table; looking a model up imports
    its module once (the import system's own lock makes concurrent first uses safe).
    """

    def __init__(self, modules: Mapping[str, str], package: str, submodule: str, name: str) -> None:
        """``package`` is the bindings' package name (``runware_bindings``, or wherever it was vendored)."""
        self._modules = modules
        self._package = package
        self._submodule = submodule
        self._name = name
        self._loaded: dict[object, F] = {}

    def __getitem__(self, model: str) -> F:
        try:
            return self._loaded[model]
        except KeyError:
            pass
        module = self._modules[model]  # KeyError for an unknown model, as a dict would raise
        fn: F = getattr(importlib.import_module(f"{self._package}.{module}.{self._submodule}"),
                        self._name)
        self._loaded[model] = fn
        return fn

    def lookup(self, model: object) -> F | None:
        """The function for ``model``, or None when no model has that id (whatever its type)."""
        fn = self._loaded.get(model)  # TypeError for an unhashable id, as dict.get raises
        if fn is not None:
            return fn
        if model not in self._modules:
            return None
        assert isinstance(model, str)
        return self[model]

    def get(self, model: object, default: F | None = None) -> F | None:  # type: ignore[override]
        fn = self.lookup(model)
        return default if fn is None else fn

    def __contains__(self, model: object) -> bool:
        return model in self._modules

    def __iter__(self) -> Iterator[str]:
        return iter(self._modules)

    def __len__(self) -> int:
        return len(self._modules)

    def __repr__(self) -> str:
        return f"<{self._submodule}.{self._name} of {len(self)} models, {len(self._loaded)} loaded>"
