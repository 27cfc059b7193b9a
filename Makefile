# Every target installs what it needs first: a virtual environment in .venv/ built from pyproject.toml.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

SHARED ?= ../shared
SCHEMA_MODELS := alibaba-qwen3-tts-1-7b-base bfl-flux-2-klein-9b bria-video-background-removal clarity \
	klingai-video-2-6-pro meta-muse-image openai-gpt-image-2-5-sunburst tripo-v3-1

.PHONY: generate check test fuzz bench spec clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	@# setuptools' editable finder always adds a note about same-named folders in the working
	@# directory: here those folders are the packages themselves.
	PYTHONWARNINGS="ignore:Editable installation" \
		$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,bench]'
	touch $(STAMP)

generate: $(STAMP)
	$(BIN)/python -m generator generate

check: $(STAMP)
	$(BIN)/python -m generator check
	$(BIN)/ruff check generator tests
	$(BIN)/mypy --strict generated/runware_bindings
	$(BIN)/mypy --strict generator

# Deterministic: the same Hypothesis examples on every run, no example database (tests/conftest.py).
test: $(STAMP)
	HYPOTHESIS_PROFILE=deterministic $(BIN)/python -m pytest -n 2 -q

# Random exploration: new examples on each run, more of them; a failure it finds is saved in
# .hypothesis/ and replayed by the next `make fuzz` until fixed (then add it as an @example).
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=explore $(BIN)/python -m pytest -n 2 -q

# Re-ingest the model specs from the docs pages (overlays in spec/overlays/ are applied).
spec: $(STAMP)
	$(BIN)/python -m generator ingest $(SHARED)/seeds/krea-2-medium.md -o spec/models/krea-2-medium.yaml
	$(BIN)/python -m generator ingest $(SHARED)/docs/openai-gpt-image-2.md -o spec/models/gpt-image-2.yaml
	@# The published schema.json of each model Runware publishes one for (../shared/runware-schemas/).
	for slug in $(SCHEMA_MODELS); do \
		$(BIN)/python -m generator ingest $(SHARED)/runware-schemas/$$slug.schema.json -o spec/models/$$slug.yaml || exit 2; \
	done

bench: $(STAMP)
	$(BIN)/python -m tests.bench.bench_validators
	$(BIN)/python -m tests.bench.bench_client
	$(BIN)/python -m tests.bench.bench_compiler
	$(BIN)/python -m tests.bench.bench_catalogue

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
