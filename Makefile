# Two commands: `make demo` runs the main job on bundled example data, `make test` runs the tests.
# Both build .venv from requirements.lock (exact versions with hashes) on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck check lock venv clean bench

venv: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m thesisledger.demo

test: $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadfile -q

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy --strict src/thesisledger

check: test lint typecheck

# Regenerate the lock after editing pyproject.toml (needs network to PyPI).
lock:
	$(PYTHON) -m pip install --quiet "uv==0.13.9" --target .uv-tool
	PYTHONPATH=.uv-tool .uv-tool/bin/uv pip compile pyproject.toml --extra dev \
	  --python-version 3.11 --generate-hashes -o requirements.lock

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
