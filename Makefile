# numfacts: `make demo` and `make test` set up everything they need on a fresh machine.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test eval bench check figures clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,bench]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/numfacts extract data/aleppo-2016-12-11.txt --reference-date 2016-12-11 --format csv -o figures/demo-aleppo.csv
	$(BIN)/python -c "import pandas as pd; pd.set_option('display.width', 200); pd.set_option('display.max_columns', 12); print(pd.read_csv('figures/demo-aleppo.csv')[['text','kind','value','low','high','qualifier','unit','entity','date','duration']].to_string())"

test: $(STAMP)
	$(BIN)/python -m pytest

eval: $(STAMP)
	$(BIN)/python tools/eval.py

bench: $(STAMP)
	$(BIN)/python bench/bench.py

check: test

clean:
	rm -rf $(VENV) .pytest_cache build src/*.egg-info
