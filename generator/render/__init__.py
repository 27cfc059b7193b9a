"""The model -> every generated file: takes ``ModelSpec``s, gives the ``generated/`` tree in memory
(Jinja2 environment, black, validators, TypedDicts, strategies, client methods, provenance) and
writes it atomically, replacing only what it wrote itself (``outputs.py``)."""
