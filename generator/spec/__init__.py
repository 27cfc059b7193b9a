"""Spec files -> the checked in-memory model: takes ``spec/`` (YAML with line numbers, cross-file
``$ref`` bundling, the meta-schema, contradiction checks), gives ``ModelSpec``s or ``SpecErrors``
naming file, line and JSON pointer. Knows nothing of rendering, the CLI, ingest or the server."""
