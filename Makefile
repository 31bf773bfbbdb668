# Two entry points for a fresh machine: `make demo` and `make test` (see README.md).
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	@if [ -x scripts/install-system-packages ]; then scripts/install-system-packages; fi
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[all,dev]'
	touch $(STAMP)

# The seed matter: draft the letter from its facts (text and EDGAR HTML), review the drafts,
# then print the record extracted from the draft; finally review a letter written by hand.
demo: setup
	mkdir -p out/demo
	$(BIN)/exhibit5 draft examples/hemacare-1995.yaml --format text -o out/demo/hemacare-ex5.txt
	$(BIN)/exhibit5 draft examples/hemacare-1995.yaml --format html -o out/demo/hemacare-ex5.htm
	$(BIN)/exhibit5 review out/demo/hemacare-ex5.txt out/demo/hemacare-ex5.htm
	$(BIN)/exhibit5 extract out/demo/hemacare-ex5.htm
	$(BIN)/exhibit5 review examples/letters/larkspur-s8.txt

lint: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy src

test: lint
	$(BIN)/pytest -n auto

bench: setup
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/read_throughput.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
