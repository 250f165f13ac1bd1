# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test eval bench install system-deps clean

$(STAMP): pyproject.toml
	@command -v $(PY) >/dev/null 2>&1 || { echo "Python 3.11 not found; set PY=/path/to/python3.11"; exit 1; }
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

# Debian tools the tests use for real: headless Chromium (viewer) and rapper (RDF validation).
system-deps:
	@if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
	  if ! command -v chromium >/dev/null 2>&1 || ! command -v rapper >/dev/null 2>&1; then \
	    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium raptor2-utils >/dev/null \
	      || echo "warning: could not install chromium/raptor2-utils; their tests will skip"; \
	  fi; \
	else echo "note: not root or no apt-get; browser and rapper tests skip if the tools are missing"; fi

run: $(STAMP)
	$(BIN)/kg build seeds -o output

test: $(STAMP) system-deps
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(BIN)/kg eval
	@for set in heldout heldout2 heldout3 heldout4; do \
	  echo "== benchmarks/$$set (unseen papers: measure, never tune)"; \
	  $(BIN)/kg extract benchmarks/$$set/papers.jsonl -o output/$$set.pred.jsonl 2>/dev/null && \
	  $(BIN)/kg eval benchmarks/$$set/gold.jsonl output/$$set.pred.jsonl; \
	done
	@echo "== confidence calibration on the measure-only sets"
	$(BIN)/python benchmarks/confidence_calibration.py

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) output/* build *.egg-info
