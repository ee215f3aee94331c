# numfacts: `make demo` and `make test` set up everything they need on a fresh machine.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install bytecode browser demo test eval bench figures lint check clean

# The virtual environment with numfacts and every extra its tests, benchmarks and plots use.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,bench,dask,dev]'
	$(MAKE) --no-print-directory browser
	touch $(STAMP)

install: $(STAMP) bytecode

# numfacts' own bytecode, as `pip install` writes it for a regular install: the editable install
# leaves it to the first import, which never caches it where PYTHONDONTWRITEBYTECODE is set, and
# then every run compiles the whole package again (about 0.1 s of a one-line run). Fast when current.
bytecode: $(STAMP)
	$(BIN)/python -m compileall -q src/numfacts

# Headless Chromium and its driver for tests/test_browser.py (Debian's packages; needs root).
browser:
	@if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then :; \
	elif command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	else echo "numfacts: no chromium and no root to install it: tests/test_browser.py will be skipped"; fi

demo: $(STAMP) bytecode
	mkdir -p figures
	$(BIN)/numfacts extract data/aleppo-2016-12-11.txt --reference-date 2016-12-11 -o figures/demo-aleppo.csv
	$(BIN)/python -c "import pandas as pd; pd.set_option('display.width', 220); pd.set_option('display.max_columns', 12); print(pd.read_csv('figures/demo-aleppo.csv')[['text','kind','value','low','high','qualifier','unit','entity','date','duration','attribution']].to_string())"

test: $(STAMP) bytecode
	$(BIN)/python -m pytest

eval: $(STAMP) bytecode
	$(BIN)/python tools/eval.py
	$(BIN)/python tools/eval_verify.py

bench: $(STAMP) bytecode
	$(BIN)/python bench/bench.py
	$(BIN)/python bench/scale.py
	$(BIN)/python bench/store.py
	$(BIN)/python bench/dateparser_spans.py

figures: $(STAMP)
	$(BIN)/python tools/figures.py

lint: $(STAMP)
	$(BIN)/ruff check src tests tools bench

check: test lint

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build src/*.egg-info
