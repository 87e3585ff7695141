# landscape — set-up, build, run and test on Debian/Ubuntu with Swift 6.
#
#   make run    installs what is missing, builds, and runs the main job on an example landscape
#   make test   the same set-up, then the whole test suite
#   make bench  benchmarks beside igraph, NetworKit, rustworkx (long; not part of make test)
#   make fuzz, make sanitize, make render-soak   robustness runs (long; docs/robustness.md)
#   make soak-server   a shared server on PostgreSQL under load, killed and restarted (a few minutes)

SWIFT   ?= swift
CONFIG  ?= debug
BIN      = .build/$(CONFIG)/landscape
EXAMPLE ?= graphs/weimar.yaml
# Debian packages the tool and its tests need (Graphviz for the diagrams, Chromium to look at and
# print the report, Chromium and its WebDriver for the pages' end-to-end test, poppler-utils to
# count the printed report's pages, PostgreSQL for the store's tests on its second database).
APT_PACKAGES = pkg-config libgraphviz-dev graphviz fonts-dejavu-core chromium chromium-driver poppler-utils postgresql
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup build run serve test clean bench lint docs install uninstall soak-server

setup:
	@command -v $(SWIFT) >/dev/null 2>&1 || { echo "Swift 6 is missing: install it from https://www.swift.org/install/linux/ first."; exit 1; }
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi
	@python3 -c "import networkx, yaml, numpy, openpyxl" 2>/dev/null || python3 -m pip install --quiet networkx pyyaml numpy openpyxl 2>/dev/null \
	  || echo "note: python3 with networkx and openpyxl is missing; the tests that compare with networkx or open workbooks will be skipped"

build: setup
	$(SWIFT) build -c $(CONFIG) --product landscape

run: build
	@echo "== landscape check: every example landscape"
	@for f in graphs/*.yaml; do $(BIN) check $$f || exit 1; done
	@echo "== landscape check: all examples merged into one landscape"
	@$(BIN) check graphs/*.yaml
	@echo "== $(EXAMPLE) before and after the Bündnis (--at)"
	@$(BIN) check $(EXAMPLE) --at 2017
	@$(BIN) check $(EXAMPLE) --at 2019-08
	@echo "== $(EXAMPLE): what changed from 2017 to 2019-08"
	@$(BIN) diff graphs/weimar.yaml --from 2017 --to 2019-08
	@echo "== $(EXAMPLE): who is central (top 10 by betweenness)"
	@$(BIN) central $(EXAMPLE) --top 10 --measures betweenness,degree,pagerank,constraint
	@echo "== $(EXAMPLE): who brokers between kinds of actors (Gould–Fernandez roles)"
	@$(BIN) central $(EXAMPLE) --top 5 --sort brokerage --measures brokerage
	@echo "== $(EXAMPLE): the whole landscape"
	@$(BIN) stats $(EXAMPLE)
	@echo "== $(EXAMPLE): the most urgent gaps"
	@$(BIN) gaps $(EXAMPLE) --top 6
	@echo "== $(EXAMPLE): who should cooperate (top 5)"
	@$(BIN) suggest $(EXAMPLE) --top 5
	@echo "== the steering-group report"
	@mkdir -p out
	@$(BIN) report $(EXAMPLE) -o out/report.html
	@echo "   open out/report.html in a browser (or print it: A4, one section per page)"
	@echo "== diagrams"
	@$(BIN) render $(EXAMPLE) -o out/$(basename $(notdir $(EXAMPLE))).svg
	@$(BIN) render $(EXAMPLE) -o out/$(basename $(notdir $(EXAMPLE))).png --color-by community --size-by betweenness
	@echo "== the web app: 'make serve' maps $(EXAMPLE) in the browser (http://127.0.0.1:$(PORT)/; its working copy is $(DB))"

# make serve [EXAMPLE=graphs/weimar.yaml] [PORT=8080] [DB=out/landscape.db]: the web app on the
# example (imported into DB when DB is empty); Ctrl-C ends it.
PORT ?= 8080
DB   ?= out/landscape.db
serve: build
	@mkdir -p $(dir $(DB))
	$(BIN) serve $(EXAMPLE) --db $(DB) --port $(PORT)

# make install [PREFIX=/usr/local] [DESTDIR=…]: the release binary, its man page (made by
# swift-argument-parser's generate-manual plugin from the commands' help) and the completions
# for bash, zsh and fish. The binary is self-contained: its words are compiled in, and it is its
# own Graphviz worker.
PREFIX ?= /usr/local
install: setup
	$(SWIFT) build -c release --product landscape
	@mkdir -p .build/man
	$(SWIFT) package --disable-sandbox --allow-writing-to-directory .build/man generate-manual --output-directory .build/man >/dev/null
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 .build/release/landscape $(DESTDIR)$(PREFIX)/bin/landscape
	install -m 644 .build/man/landscape.1 $(DESTDIR)$(PREFIX)/share/man/man1/landscape.1
	.build/release/landscape --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/landscape
	.build/release/landscape --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_landscape
	.build/release/landscape --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/landscape.fish
	@echo "installed $(DESTDIR)$(PREFIX)/bin/landscape, its man page (man landscape) and completions for bash, zsh and fish"

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/landscape $(DESTDIR)$(PREFIX)/share/man/man1/landscape.1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions/landscape $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_landscape \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/landscape.fish

# The tests run beside a throwaway PostgreSQL server (Scripts/with-postgres.sh: a new cluster in a
# temporary folder as an unprivileged user, stopped at the end), so the store's tests run on both databases.
test: setup
	$(SWIFT) build --build-tests
	Scripts/with-postgres.sh $(SWIFT) test --skip-build

# make soak-server [SOAK_ARGS="--seconds 60 --writers 20 --readers 200 --actors 2000"]: a shared
# server on a throwaway PostgreSQL with accounts under concurrent editors and readers (the
# issue's figures are the defaults), killed with SIGKILL halfway and started again, PostgreSQL
# restarted at three quarters; every acknowledged write must be stored, and in the history once,
# reads' p99 outside the faults under 300 ms (Scripts/soak_server.py; a few minutes, not part of
# make test).
SOAK_ARGS ?=
soak-server: setup
	$(SWIFT) build -c release --product landscape
	Scripts/with-postgres.sh python3 Scripts/soak_server.py --binary .build/release/landscape $(SOAK_ARGS)

# The DocC documentation of every library target (swift-docc-plugin), one archive each in
# .build/docs/; `DOCS_TARGETS=LandscapeCore make docs` builds one.
DOCS_TARGETS ?= LandscapeCore LandscapeWording LandscapeIO LandscapeRender LandscapeGraphviz LandscapeReport LandscapeApp
docs: setup
	@mkdir -p .build/docs
	@for t in $(DOCS_TARGETS); do \
	  echo "== $$t"; \
	  $(SWIFT) package --disable-sandbox --allow-writing-to-directory .build/docs generate-documentation --target $$t \
	    --output-path .build/docs/$$t.doccarchive --warnings-as-errors >.build/docs/$$t.log 2>&1 \
	    || { cat .build/docs/$$t.log; exit 1; }; \
	done
	@echo "documentation in .build/docs/ (open an archive with 'docc preview' or Xcode; docs/architecture.md is the map)"

# Structure rules for Sources: no file over 500 lines, no function over 60 (Scripts/lint.py).
lint:
	python3 Scripts/lint.py Sources

clean:
	rm -rf .build out

# Benchmarks (not part of make test): Benchmarks/bench.mk defines `make bench`.
-include Benchmarks/bench.mk
# Robustness (not part of make test): `make fuzz` (Fuzz/fuzz.mk), `make sanitize` and
# `make render-soak` (Tests/sanitize.mk). See docs/robustness.md.
-include Fuzz/fuzz.mk
-include Tests/sanitize.mk
