# Two commands on a fresh machine: `make demo` and `make test`.
# Both create .venv when it is missing and (re)install when pyproject.toml changes.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= out

.PHONY: demo test docs images bench clean

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

images: $(VENV)/.installed
	$(BIN)/journeymap render examples/coffee-subscription.ja.yaml examples/weak-signup.yaml -o docs/images --format png

clean:
	rm -rf $(VENV) $(OUT)
