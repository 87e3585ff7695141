# Fuzzing (issue 9): a libFuzzer target per reader, in the package Fuzz/ (see Fuzz/README.md).
#
#   make fuzz                                  every target for 10 minutes, one after the other
#   make fuzz FUZZ_SECONDS=60 FUZZ_TARGETS="yaml dot"
#
# The Makefile includes this file; SWIFT, BIN and `build` come from there.

FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?= yaml csv json graphml gexf dot xlsx
FUZZ_MAX_LEN ?= 65536

.PHONY: fuzz fuzz-build fuzz-corpus

# The fuzz package, built with libFuzzer and AddressSanitizer into Fuzz/.build (ld.gold's
# "Cannot export local symbol" warnings are expected and kept out of the way in the log).
fuzz-build: setup
	@mkdir -p Fuzz/logs
	@echo "== building the fuzz targets (libFuzzer + AddressSanitizer; log: Fuzz/logs/build.log)"
	@$(SWIFT) build --package-path Fuzz --sanitize fuzzer --sanitize address > Fuzz/logs/build.log 2>&1 \
	  || { grep -v 'Cannot export local symbol' Fuzz/logs/build.log | tail -40; exit 1; }

# The seed corpus (examples, fixtures, and the examples converted by the CLI) into Fuzz/corpus/.
fuzz-corpus: build
	@Fuzz/seed-corpus.sh $(BIN)

fuzz: fuzz-build fuzz-corpus
	@FUZZ_MAX_LEN=$(FUZZ_MAX_LEN) Fuzz/fuzz.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)
