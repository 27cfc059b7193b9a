"""The model -> every generated file: takes ``ModelSpec``s, gives the ``generated/`` tree in memory
(Jinja2 environment, black, validators, TypedDicts, strategies, client methods, provenance) and
writes it atomically, replacing only what it wrote itself (``outputs.py``); a whole catalogue in a
process pool, unchanged models from the render cache (``build.py``, ``cache.py``)."""
