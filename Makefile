# Two commands on a fresh machine: `make demo` and `make test`.
# Both create .venv when it is missing and (re)install when pyproject.toml changes.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= out

.PHONY: demo test docs images bench bench-tools clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[cjk]'
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	@echo "== journeymap check examples/"
	@$(BIN)/journeymap check examples/
	@echo
	@echo "== journeymap render examples/*.yaml (SVG, HTML, PNG) into $(OUT)/"
	@mkdir -p $(OUT)
	@$(BIN)/journeymap render examples/*.yaml -o $(OUT)
	@$(BIN)/journeymap render examples/*.yaml -o $(OUT) --format html
	@$(BIN)/journeymap render examples/*.yaml -o $(OUT) --format png
	@echo
	@echo "Posters are in $(OUT)/ (open the .html files in a browser)."
	@echo "journeymap is installed in $(BIN)/journeymap; every command has --help."

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

docs: $(VENV)/.installed
	$(BIN)/python tools/gen_docs.py

$(VENV)/.installed-bench: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[cjk,bench]'
	@touch $@ $(VENV)/.installed

# Mermaid's CLI for the side-by-side comparison; it uses the system's Chromium (optional).
bench-tools:
	@if command -v npm >/dev/null 2>&1 && command -v chromium >/dev/null 2>&1; then \
	  PUPPETEER_SKIP_DOWNLOAD=1 npm install --silent --no-save --no-audit --no-fund --prefix bench @mermaid-js/mermaid-cli \
	    || echo "Mermaid's CLI could not be installed; the benchmark runs without it."; \
	else echo "npm or chromium missing: the benchmark runs without Mermaid's CLI."; fi

bench: $(VENV)/.installed-bench
	@[ -x bench/node_modules/.bin/mmdc ] || $(MAKE) --no-print-directory bench-tools
	$(BIN)/python bench/bench.py

images: $(VENV)/.installed
	$(BIN)/journeymap render examples/coffee-subscription.ja.yaml examples/weak-signup.yaml -o docs/images --format png

clean:
	rm -rf $(VENV) $(OUT)
