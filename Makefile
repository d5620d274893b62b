# peristiwa: the two set-up commands of the README live here.
#   make demo   ingest the bundled demo articles into an embedded DuckDB store, list and export them
#   make test   run the whole test suite
# Both create .venv in the checkout if it is missing.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test lint data stems models ner bench clean

$(BIN)/peristiwa: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

demo: $(BIN)/peristiwa
	$(BIN)/peristiwa ingest demo/*.txt --db demo-out/peristiwa.duckdb
	$(BIN)/peristiwa events --db demo-out/peristiwa.duckdb --limit 15
	$(BIN)/peristiwa export --format gdelt --db demo-out/peristiwa.duckdb demo-out/events.gdelt.tsv
	$(BIN)/peristiwa export --format plover --db demo-out/peristiwa.duckdb demo-out/events.plover.jsonl
	@echo "Browse them: $(BIN)/peristiwa serve --db demo-out/peristiwa.duckdb  (dashboard at http://127.0.0.1:8000/)"

# Tests run in as many processes as there are cores (at most 4); an idle process
# takes queued tests from a busy one (worksteal), so no long module holds up the end;
# `pytest tests/test_x.py` runs one file in this process.
test: $(BIN)/peristiwa
	$(BIN)/pytest -q -n auto --maxprocesses 4 --dist worksteal

lint: $(BIN)/peristiwa
	$(BIN)/ruff check src tests scripts bench training

# Rebuild the generated lexicons and tables from ../shared/data.
data: $(BIN)/peristiwa
	$(BIN)/python scripts/build_data.py
	$(MAKE) stems

# The Sastrawi stem table (data/stems-sastrawi.txt.gz) for the Indonesian vocabulary:
# the lexicons, the UD and NER corpora in ../shared/data and wordfreq's list
# (wordfreq is used here only, never at run time). About a minute.
stems: $(BIN)/peristiwa
	$(BIN)/pip install --quiet wordfreq
	$(BIN)/python scripts/build_stems.py

# Retrain the tagger-parsers from ../shared/data/ud (about 1.5 hours on 2 cores).
# The recipes are in training/, outside the installed package; they install the
# models into src/peristiwa/syntax/models/.
models: $(BIN)/peristiwa
	$(BIN)/python -m training.train --lang id en

# Retrain the named-entity recognisers (PER/ORG/LOC) from ../shared/data/ner-id and
# ner-en (one thread; about 13 minutes).
ner: $(BIN)/peristiwa
	$(BIN)/python -m training.ner_train --lang id en

bench: $(BIN)/peristiwa
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
