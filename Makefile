# Two commands on a fresh machine: `make demo` and `make test`.
# Both create .venv when it is missing and install the locked environment
# (requirements-test.lock: exact versions with hashes, for the tests and the benchmark) when the lock changes,
# so a new release of any dependency cannot change what runs here or in CI.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= out
LOCK := requirements-test.lock
# The lock tool, pinned so `make lock` is reproducible too.
UV_VERSION := 0.13.9

.PHONY: bench-live demo test test-latest lock messages docs images site-images bench bench-tools clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Everything from the lock (hash-checked), then the project itself with nothing more.
$(VENV)/.installed: $(LOCK) pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r $(LOCK)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $@

demo: $(VENV)/.installed
	@echo "== journeymap check examples/"
	@$(BIN)/journeymap check examples/
	@echo
	@echo "== journeymap render examples/*.yaml (SVG, HTML, PNG) into $(OUT)/"
	@mkdir -p $(OUT)
	@$(BIN)/journeymap render examples/*.yaml -o $(OUT)/
	@$(BIN)/journeymap render examples/*.yaml -o $(OUT)/ --format html
	@$(BIN)/journeymap render examples/*.yaml -o $(OUT)/ --format png
	@echo
	@echo "Posters are in $(OUT)/ (open the .html files in a browser)."
	@echo "journeymap is installed in $(BIN)/journeymap; every command has --help."

test: $(VENV)/.installed
	$(BIN)/lint-imports
	$(BIN)/python -m pytest

# The suite against the newest release of every dependency, in a separate venv:
# drift is seen on purpose here, before `make lock` takes it into the lock.
test-latest:
	rm -rf .venv-latest
	$(PYTHON) -m venv .venv-latest
	.venv-latest/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	.venv-latest/bin/python -m pip install --quiet --disable-pip-version-check --upgrade --upgrade-strategy eager -e '.[test]'
	.venv-latest/bin/python -m pip list --format=freeze --disable-pip-version-check > .venv-latest/versions.txt
	.venv-latest/bin/python -m pytest

# Resolve pyproject.toml's ranges again into exact, hashed versions; review the diff.
lock: | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"
	$(BIN)/uv pip compile pyproject.toml --extra test --extra bench --group build --generate-hashes --universal \
	  --python-version 3.11 --custom-compile-command "make lock" --upgrade --quiet -o $(LOCK)

# The message catalogues (tools/messages.py, with Babel): extract every message of the code into
# journeymap/locale/journeymap.pot, merge it into each language's .po (a new message appears
# untranslated), compile the .mo files that ship in the wheel. Translate in
# journeymap/locale/<lang>/LC_MESSAGES/journeymap.po, then run it again; a test fails while any
# message lacks its Japanese translation.
messages: $(VENV)/.installed
	$(BIN)/python tools/messages.py

docs: $(VENV)/.installed
	$(BIN)/python tools/gen_docs.py

# Mermaid's CLI for the side-by-side comparison; it uses the system's Chromium (optional).
bench-tools:
	@if command -v npm >/dev/null 2>&1 && command -v chromium >/dev/null 2>&1; then \
	  PUPPETEER_SKIP_DOWNLOAD=1 npm install --silent --no-save --no-audit --no-fund --prefix bench @mermaid-js/mermaid-cli \
	    || echo "Mermaid's CLI could not be installed; the benchmark runs without it."; \
	else echo "npm or chromium missing: the benchmark runs without Mermaid's CLI."; fi

bench: $(VENV)/.installed
	@[ -x bench/node_modules/.bin/mmdc ] || $(MAKE) --no-print-directory bench-tools
	$(BIN)/python bench/bench.py
	@command -v chromium >/dev/null 2>&1 && $(BIN)/python bench/live.py || echo "no Chromium: save-to-picture not measured"

# From a save of the YAML to the new picture on a `serve` page, in headless Chromium (median of 10).
bench-live: $(VENV)/.installed
	$(BIN)/python bench/live.py

# Pictures for the README and docs/rendering.md: the posters, a 16:9 projector fit, and serve at 1920 × 1080 (needs Chromium).
images: $(VENV)/.installed
	$(BIN)/journeymap render examples/coffee-subscription.ja.yaml examples/weak-signup.yaml -o docs/images --format png
	$(BIN)/journeymap render examples/coffee-subscription.ja.yaml --fit 16:9 --audience client -o docs/images/coffee-subscription.ja.16x9.png
	$(BIN)/python tools/serve_images.py
	$(BIN)/journeymap render examples/store-returns.ja.yaml examples/call-centre-support.yaml --view blueprint -o docs/images --format png
	$(BIN)/journeymap render examples/meal-kit.future.yaml --compare examples/meal-kit.current.yaml -o docs/images/meal-kit.compare.png
	$(BIN)/journeymap render examples/online-grocery.future.ja.yaml --compare examples/online-grocery.current.ja.yaml -o docs/images/online-grocery.ja.compare.png

# Screenshots of the examples' site (index, a persona, a department) for README and docs/site.md; needs Chromium.
site-images: $(VENV)/.installed
	$(BIN)/python tools/site_images.py

clean:
	rm -rf $(VENV) .venv-latest $(OUT)
