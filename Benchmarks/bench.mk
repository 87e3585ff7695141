# `make bench`: generate the benchmark landscapes (seeded), time ours (landscape-bench), then the
# peers (igraph, NetworKit, rustworkx, networkx, a plain C Brandes) on the same files, and print
# one table of ratios ours / theirs; then rendering beside the Graphviz binary (bench-render), and
# the commands as a user types them (bench-commands), and the web server's figures (bench-serve). Not
# part of `make test`. Included by the Makefile.
#
#   make bench                                  the standard set (about 45 minutes on 2 cores)
#   make bench BENCH_GRAPHS="sbm-2k" BENCH_RUNS=5
#   make bench-data                             only the CSV landscapes (Benchmarks/data/, git-ignored)
#   make bench-commands BENCH_COMMAND_GRAPHS=sbm-20k   only the commands, on these landscapes
#   make bench-serve                            only the server: map page, edit, 50 readers, 2,000-actor overview

BENCH_DATA    ?= Benchmarks/data
BENCH_OUT     ?= Benchmarks/results
BENCH_GRAPHS  ?= sbm-2k ba-10k sbm-20k sbm-200k
BENCH_RUNS    ?= 3
BENCH_THREADS ?= 2
# ε of approximate betweenness, ours and NetworKit's KADABRA (δ = 0.1 for both).
BENCH_EPSILON ?= 0.05
BENCH_SCRATCH ?= .build
BENCH_BIN      = $(BENCH_SCRATCH)/release/landscape-bench
BENCH_CC      ?= cc
PEER_PACKAGES  = igraph networkit rustworkx networkx

# Rendering (layout in the worker child) beside the layout engine's binary, on this graph, over this many seeds.
BENCH_RENDER_GRAPH ?= sbm-2k
BENCH_RENDER_SEEDS ?= 6

# The commands (check, central, stats, communities, gaps, suggest, whatif, report, render
# --overview, diff) as a user types them, once each on these landscapes (sbm-20k, whose overview
# has a target of its own, and sbm-200k; else the largest of BENCH_GRAPHS), each stopped after
# BENCH_COMMAND_LIMIT seconds.
BENCH_COMMAND_GRAPHS ?= $(or $(filter sbm-20k sbm-200k,$(BENCH_GRAPHS)),$(lastword $(BENCH_GRAPHS)))
BENCH_COMMAND_LIMIT  ?= 300

.PHONY: bench bench-data bench-ours bench-peers bench-render bench-commands bench-serve bench-setup

bench-data:
	python3 Benchmarks/generate.py --out $(BENCH_DATA)

Benchmarks/baseline/brandes: Benchmarks/baseline/brandes.c
	$(BENCH_CC) -O3 -march=native -o $@ $<

bench-setup:
	@python3 -c "import igraph, networkit, rustworkx, networkx" 2>/dev/null || python3 -m pip install --quiet $(PEER_PACKAGES)
	@command -v /usr/bin/time >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq time >/dev/null; }

bench-ours: bench-data
	$(SWIFT) build -c release --scratch-path $(BENCH_SCRATCH) --product landscape-bench
	@mkdir -p $(BENCH_OUT)
	$(BENCH_BIN) --runs $(BENCH_RUNS) --workers $(BENCH_THREADS) --epsilon $(BENCH_EPSILON) --json $(BENCH_OUT)/ours.json $(addprefix $(BENCH_DATA)/,$(BENCH_GRAPHS)) | tee $(BENCH_OUT)/ours.txt
	@echo "== peak memory of load + validate, the largest graph alone"
	/usr/bin/time -f "load+validate $(lastword $(BENCH_GRAPHS)): %e s wall, %M KB peak RSS" \
	  $(BENCH_BIN) --runs 1 --ops load $(BENCH_DATA)/$(lastword $(BENCH_GRAPHS)) 2>&1 | grep -v '^ ' | tee -a $(BENCH_OUT)/ours.txt

bench-peers: bench-setup Benchmarks/baseline/brandes
	python3 Benchmarks/peers.py --ours $(BENCH_OUT)/ours.json --runs $(BENCH_RUNS) --threads $(BENCH_THREADS) --epsilon $(BENCH_EPSILON) \
	  --c-baseline Benchmarks/baseline/brandes --out $(BENCH_OUT)/peers

bench-render: bench-data
	$(SWIFT) build -c release --scratch-path $(BENCH_SCRATCH) --product landscape
	@mkdir -p $(BENCH_OUT)
	python3 Benchmarks/render_vs_binary.py --landscape $(BENCH_SCRATCH)/release/landscape \
	  --graph $(BENCH_DATA)/$(BENCH_RENDER_GRAPH) --seeds $(BENCH_RENDER_SEEDS) --out $(BENCH_OUT)/render

bench-commands: bench-data
	@command -v /usr/bin/time >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq time >/dev/null; }
	$(SWIFT) build -c release --scratch-path $(BENCH_SCRATCH) --product landscape
	@mkdir -p $(BENCH_OUT)
	LIMIT=$(BENCH_COMMAND_LIMIT) Benchmarks/commands.sh $(BENCH_SCRATCH)/release/landscape $(BENCH_OUT)/commands.md \
	  $(addprefix $(BENCH_DATA)/,$(BENCH_COMMAND_GRAPHS))

# The server on loopback (Benchmarks/serve_bench.py): a 300-actor landscape's map page, an edit to
# the updated map, concurrent readers (wrk, installed here when Debian has it; else a bounded client
# of the script's own), and opening a 2,000-actor landscape's overview, beside their targets.
bench-serve:
	@command -v wrk >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq wrk >/dev/null; } || echo "wrk is not installed: the script's own client reads"
	$(SWIFT) build -c release --scratch-path $(BENCH_SCRATCH) --product landscape
	@mkdir -p $(BENCH_OUT)
	python3 Benchmarks/serve_bench.py --landscape $(BENCH_SCRATCH)/release/landscape --data $(BENCH_DATA) --out $(BENCH_OUT)/serve.md

bench: bench-setup bench-ours bench-peers bench-render bench-commands bench-serve
	@echo "Tables: $(BENCH_OUT)/ours.txt, $(BENCH_OUT)/peers.md, $(BENCH_OUT)/render.md, $(BENCH_OUT)/commands.md and $(BENCH_OUT)/serve.md"
