# Two commands do everything on a fresh Debian/Ubuntu machine (or macOS with Homebrew):
#   make run   - install what is missing, then start the app on http://localhost:8501
#   make test  - install what is missing (incl. Chromium for browser tests), then run every test
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 8501

# French and English read ANEF; Arabic, Persian, Russian and Ukrainian read pages a
# browser translated; osd tells which script a page is written in.
OCR_LANGS := fra eng ara fas rus ukr osd
OCR_APT := tesseract-ocr $(addprefix tesseract-ocr-,$(OCR_LANGS))
# libfribidi0 lets Pillow lay out right-to-left text in the tests' generated images.
# nginx (1.5 MB) and openssl run deploy/nginx.conf on loopback in front of the app.
TEST_APT := chromium fonts-noto-core fonts-dejavu-core libfribidi0 nginx openssl

.PHONY: run test setup ocr-deps browser-deps eval bench samples clean

run: setup
	OMP_THREAD_LIMIT=1 $(BIN)/streamlit run streamlit_app.py --server.address localhost --server.port $(PORT)

test: setup browser-deps tests/e2e/node_modules/.installed
	$(BIN)/ruff check .
	OMP_THREAD_LIMIT=1 $(BIN)/python -m pytest

# The package's bytecode is written here, as a regular install does: where
# PYTHONDONTWRITEBYTECODE is set (containers, CI) every command would compile
# the package again, about a quarter of the command line's start-up.
setup: ocr-deps $(STAMP)
	$(BIN)/python -m compileall -q troubleshoot

# Installs a system package list with whatever this machine allows, or says
# exactly what to run when it cannot (no root, no sudo).
define system_install
	if [ "$$(uname)" = "Darwin" ]; then \
	  brew install $(2); \
	elif [ "$$(id -u)" = "0" ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(1); \
	elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then \
	  sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(1); \
	else \
	  echo "Missing system packages. Run:  sudo apt-get install $(1)   (macOS: brew install $(2))"; exit 1; \
	fi
endef

ocr-deps:
	@have="$$(tesseract --list-langs 2>/dev/null)"; missing=0; \
	for lang in $(OCR_LANGS); do grep -qx "$$lang" <<<"$$have" || missing=1; done; \
	if [ "$$missing" = 0 ]; then :; else \
	  echo "Installing Tesseract with its language data ($(OCR_LANGS))..."; \
	  $(call system_install,$(OCR_APT),tesseract tesseract-lang); \
	fi
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11 or newer is needed."; exit 1; }
	@$(PYTHON) -m venv --help >/dev/null 2>&1 && $(PYTHON) -c 'import ensurepip' 2>/dev/null || { \
	  echo "Installing python3-venv..."; $(call system_install,python3-venv,python); }

browser-deps:
	@if [ "$$(uname)" = "Darwin" ] || { command -v chromium >/dev/null && fc-list 2>/dev/null | grep -qi "Noto Sans Arabic" \
	    && ldconfig -p 2>/dev/null | grep -q libfribidi && { command -v nginx || test -x /usr/sbin/nginx; } >/dev/null \
	    && command -v openssl >/dev/null; }; then :; else \
	  echo "Installing Chromium, fonts and nginx for the browser and proxy tests..."; \
	  $(call system_install,$(TEST_APT),chromium nginx); \
	fi

# axe-core for the accessibility check of the browser tests, from the npm registry
# (pinned by tests/e2e/package-lock.json); the tests inject it from node_modules.
tests/e2e/node_modules/.installed: tests/e2e/package.json tests/e2e/package-lock.json
	@command -v npm >/dev/null || { echo "Installing npm for the browser tests..."; $(call system_install,npm,node); }
	cd tests/e2e && npm ci --no-audit --no-fund
	touch $@

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

eval: setup
	OMP_THREAD_LIMIT=1 $(BIN)/troubleshoot eval samples/

bench: setup
	OMP_THREAD_LIMIT=1 $(BIN)/python benchmarks/run.py

# Regenerates the sample screenshots (needs npm for the DSFR styles and Chromium).
samples: setup browser-deps
	cd samples/generator && npm ci --no-audit --no-fund
	$(BIN)/python samples/generator/make_screens.py

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache tests/e2e/node_modules
