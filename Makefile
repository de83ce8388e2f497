# Two commands on a fresh machine: `make demo` and `make test`.
# Both create .venv when it is missing and (re)install when pyproject.toml changes.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= out

.PHONY: demo test docs bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	@echo "== journeymap check examples/"
	@$(BIN)/journeymap check examples/
	@echo
	@echo "journeymap is installed in $(BIN)/journeymap; every command has --help."

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

docs: $(VENV)/.installed
	$(BIN)/python tools/gen_docs.py

clean:
	rm -rf $(VENV) $(OUT)
