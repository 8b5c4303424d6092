# Eczema Explained — every target creates the virtual environment when it is missing.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
ARGS   ?=

.PHONY: run test lint typecheck content pytest bench screenshots translations clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/edu-app $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check edu_app tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

content: $(STAMP)
	$(BIN)/edu-app check-content

test: lint typecheck content pytest

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/ui/test_screenshots.py -q

# Interface translations: collect strings into the .ts files (edit them with pyside6-linguist),
# then compile the .qm files the program loads. Both are committed; a test checks they agree.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate edu_app/ui/*.py edu_app/ui/kiosk/*.py edu_app/printing/*.py -ts resources/translations/edu_app_th.ts
	$(BIN)/pyside6-lrelease resources/translations/edu_app_th.ts -qm resources/translations/edu_app_th.qm

clean:
	rm -rf build dist .mypy_cache .pytest_cache .ruff_cache screenshots
