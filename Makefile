# Every target installs what it needs first: a virtual environment in .venv/ built from pyproject.toml.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

SHARED ?= ../shared

.PHONY: generate check test bench spec clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	touch $(STAMP)

generate: $(STAMP)
	$(BIN)/python -m generator generate

check: $(STAMP)
	$(BIN)/python -m generator check
	$(BIN)/ruff check generator tests
	$(BIN)/mypy --strict generated/runware_bindings
	$(BIN)/mypy --strict generator

test: $(STAMP)
	$(BIN)/python -m pytest -n 2 -q

# Re-ingest the model specs from the docs pages (overlays in spec/overlays/ are applied).
spec: $(STAMP)
	$(BIN)/python -m generator ingest $(SHARED)/seeds/krea-2-medium.md -o spec/models/krea-2-medium.yaml
	$(BIN)/python -m generator ingest $(SHARED)/docs/openai-gpt-image-2.md -o spec/models/gpt-image-2.yaml

bench: $(STAMP)
	$(BIN)/python tests/bench_validators.py
	$(BIN)/python tests/bench_client.py
	$(BIN)/python tests/bench_compiler.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
