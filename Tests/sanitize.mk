# Sanitizers and the repeated-render soak (docs/robustness.md). Included by the
# Makefile (`-include Tests/sanitize.mk`); each target has its own scratch folder, so it can run
# beside `make test` (.build) without the two builds disturbing each other.
#
#   make sanitize            both runs below, one after the other
#   make sanitize-address    the whole test suite under AddressSanitizer + LeakSanitizer
#   make sanitize-thread     the whole test suite under ThreadSanitizer
#   make render-soak         one landscape rendered 1,000 times from one process, each in a worker
#                            child (release); the parent's memory printed
#
# `--sanitize=` (not only `-Xswiftc -sanitize=`) instruments the C of the dependencies too and links
# the runtime into every product, so the `landscape` binary that the CLI tests and the report's
# worker processes start (found beside the test bundle, in the same scratch folder) is instrumented
# as well, and inherits the options below. Reports inside Graphviz or the toolchain that are not
# ours are suppressed, each with its reason, in Tests/sanitizers/. --disable-xctest: every test
# is a Swift Testing test, and the empty XCTest pass would only add XCTest's own exit-time leak.
#
#   make sanitize-address SANITIZE_FILTER=LandscapeGraphvizTests   one target or suite only

SWIFT           ?= swift
SANITIZE_FILTER ?=
SANITIZERS_DIR   = $(CURDIR)/Tests/sanitizers
SANITIZE_TEST_ARGS = $(if $(SANITIZE_FILTER),--filter '$(SANITIZE_FILTER)')

# detect_leaks: LeakSanitizer at the exit of the test runner and of every child `landscape` (a
# leak makes a child exit with status 1, which the CLI tests see). fast_unwind_on_malloc=0: Graphviz is
# built without frame pointers, so the fast unwinder stops at its first frame and the
# suppressions, which name Graphviz functions, would match nothing.
ASAN_ENV = LANDSCAPE_SANITIZER=address ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:fast_unwind_on_malloc=0:malloc_context_size=30 \
           LSAN_OPTIONS=suppressions=$(SANITIZERS_DIR)/lsan.supp:print_suppressions=0
# halt_on_error=1: a data race fails the run (and names the test) instead of scrolling past.
TSAN_ENV = LANDSCAPE_SANITIZER=thread TSAN_OPTIONS=suppressions=$(SANITIZERS_DIR)/tsan.supp:halt_on_error=1:second_deadlock_stack=1

SOAK_SCRATCH ?= .build-soak
SOAK_BIN      = $(SOAK_SCRATCH)/release/render-soak
SOAK_RENDERS ?= 1000
SOAK_INPUT   ?= graphs/thueringen.yaml

.PHONY: sanitize sanitize-address sanitize-thread render-soak

sanitize: sanitize-address sanitize-thread

sanitize-address: setup
	$(SWIFT) build --build-tests --scratch-path .build-asan --sanitize=address
	$(ASAN_ENV) $(SWIFT) test --skip-build --scratch-path .build-asan --sanitize=address --disable-xctest $(SANITIZE_TEST_ARGS)

sanitize-thread: setup
	$(SWIFT) build --build-tests --scratch-path .build-tsan --sanitize=thread
	$(TSAN_ENV) $(SWIFT) test --skip-build --scratch-path .build-tsan --sanitize=thread --disable-xctest $(SANITIZE_TEST_ARGS)

# Compare RSS and heap in use after render 100 and render 1,000: the parent (the server's
# situation) must stay flat; what Graphviz 2.42 loses (Tests/sanitizers/lsan.supp) goes with
# each worker. Other inputs: make render-soak SOAK_INPUT=graphs/weimar.yaml
render-soak: setup
	$(SWIFT) build -c release --scratch-path $(SOAK_SCRATCH) --product render-soak
	$(SOAK_BIN) --renders $(SOAK_RENDERS) $(SOAK_INPUT)
