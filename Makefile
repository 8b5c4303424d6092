# Eczema Explained — every target creates the virtual environment when it is missing.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
ARGS   ?=

.PHONY: help run test lint imports typecheck content pytest bench bench-tricks soak bench-installer screenshots layout-matrix translations \
        installer installer-test clean mutate thai-words

help:
	@echo "make run              open the program (creates .venv when missing)"
	@echo "make test             ruff, import layers, mypy, content check and pytest (offscreen)"
	@echo "make lint | imports | typecheck | content | pytest   one part of make test"
	@echo "make bench            performance budget against a bare PySide6 window"
	@echo "make bench-tricks     what each start-up trick saves, with and without it"
	@echo "make soak             10,000 page visits, 1,000 searches, 200 handouts in one process:"
	@echo "                      memory growth (<= 10 MB) and Qt warnings (none); takes minutes"
	@echo "make installer        standalone bundle (dist/eczema-explained/) and this platform's"
	@echo "                      package (Linux: .deb and .tar.gz) from a clean build/venv"
	@echo "make installer-test   make installer, then the smoke tests of the frozen program"
	@echo "make bench-installer  bundle size, .deb size and frozen start against a bare bundle"
	@echo "make mutate           mutation testing of edu_app/core with the fast tests: kill rate"
	@echo "                      and survivors (slow; MODULES=\"search check\" MINUTES=30)"
	@echo "make layout-matrix    check-layout at all 336 sizes, languages, text sizes, contrasts"
	@echo "                      and modes (about 15 minutes); each problem with where it shows"
	@echo "make thai-words       remake resources/content/th/words.txt after changing Thai text"
	@echo "make screenshots | translations | clean"

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/edu-app $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check edu_app tests benchmarks packaging

# The layers and no import cycles (contracts in pyproject.toml; see docs/architecture.md).
imports: $(STAMP)
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy
	$(BIN)/mypy packaging
	$(BIN)/mypy benchmarks

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

content: $(STAMP)
	$(BIN)/edu-app check-content

test: lint imports typecheck content pytest

# Mutation testing (not part of make test): mutmut over edu_app/core, see tests/mutate.py.
MODULES ?=
MINUTES ?= 0
mutate: $(STAMP)
	$(BIN)/python -c "import mutmut" 2>/dev/null || $(BIN)/python -m pip install --quiet -e ".[mutate]"
	$(BIN)/python tests/mutate.py --minutes $(MINUTES) $(MODULES)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

# What each start-up trick saves: the program with and without it, interleaved (docs/performance.md).
bench-tricks: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/tricks.py

# A long session in one process (not part of make test): memory must stay flat, Qt quiet.
soak: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/soak.py

# The standalone program: packaging/make_installer.py makes its own clean environment (build/venv) with
# only the runtime dependencies and PyInstaller, so it needs no .venv.
installer:
	$(PYTHON) packaging/make_installer.py

# The frozen program's smoke tests (self-test, a handout, the .deb unpacked and run), run by CI.
installer-test: installer $(STAMP)
	QT_QPA_PLATFORM=offscreen EDU_APP_BUNDLE=dist/eczema-explained \
		$(BIN)/python -m pytest tests/packaging -m slow -p no:cacheprovider

bench-installer: $(STAMP)
	test -d dist/eczema-explained || $(PYTHON) packaging/make_installer.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py --installer

# check-layout over all 336 combinations of size, language, text size, contrast and mode
layout-matrix: $(STAMP)
	$(BIN)/python packaging/layout_matrix.py

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/ui/test_screenshots.py -q

# Interface translations: collect strings into the .ts files (edit them with pyside6-linguist),
# then compile the .qm files the program loads. Both are committed; a test checks they agree.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate edu_app/ui/*.py edu_app/ui/kiosk/*.py edu_app/ui/clinician/*.py edu_app/printing/*.py edu_app/paint/*.py -ts resources/translations/edu_app_th.ts
	$(BIN)/pyside6-lrelease resources/translations/edu_app_th.ts -qm resources/translations/edu_app_th.qm

# The Thai word list the program wraps lines and searches with (PyThaiNLP, a test dependency,
# cuts the Thai content; a test fails until the list is current). See docs/search.md.
thai-words: $(STAMP)
	$(BIN)/python packaging/thai_words.py

clean:
	rm -rf build dist .mypy_cache .pytest_cache .ruff_cache screenshots mutants
