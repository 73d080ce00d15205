# Two commands do all set-up on a fresh machine with Python 3.11:
#   make demo   venv, install, ingest the bundled sample corpus, show what was found,
#               then serve the web UI and API on http://127.0.0.1:8000
#   make test   venv (if missing), install with test extras, lint, run the whole suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
DB ?= warta.db

.PHONY: demo test lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

demo: $(VENV)/.installed
	$(BIN)/warta --db $(DB) ingest warta/sample
	$(BIN)/warta --db $(DB) stats
	$(BIN)/warta --db $(DB) articles --limit 20
	$(BIN)/warta --db $(DB) events --limit 20
	$(BIN)/warta --db $(DB) serve

test: $(VENV)/.installed
	$(BIN)/ruff check warta tests
	$(BIN)/pytest -q

lint: $(VENV)/.installed
	$(BIN)/ruff check warta tests
	$(BIN)/ruff format --check warta tests

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache .ruff_cache
