# Two entry points (see README): `make run` and `make test`. Both build .venv from nothing.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: setup run test clean bench

$(STAMP): pyproject.toml
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

test: setup
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV)
