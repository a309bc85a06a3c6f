# diplograph — the everyday commands. Each target is a script in scripts/ that also works alone.
#
#   make samples   render Samples/ into Graphs/ (.dot, .json, .svg, the clustered and diff examples,
#                  report.html and its screenshot report.png); installs libgraphviz-dev if missing
#                  (and chromium for the screenshot)
#   make test      build and run every test; installs libgraphviz-dev if missing
#   make browser-test  load Graphs/report.html in headless Chromium and check it (installs chromium)
#   make eval      score the extraction on ../shared/eval/dev and PLOVER's sentences (skipped when absent)
#   make build     release build of the diplograph binary
#   make bench     benchmarks: extraction speed, corpus scaling, memory, rendering (prints figures;
#                  generates its corpus under /tmp once)
#
# SCRATCH_PATH=<dir> builds in <dir> instead of .build (e.g. make test SCRATCH_PATH=.build-ci).

.PHONY: all samples test eval build clean browser-test bench

export SCRATCH_PATH

all: build

samples:
	scripts/render-samples.sh

test:
	scripts/test.sh

eval:
	scripts/eval.sh

bench:
	scripts/bench.sh

browser-test:
	scripts/browser-test.sh Graphs/report.html

build:
	scripts/ensure-graphviz.sh
	swift build -c release --product diplograph $(if $(SCRATCH_PATH),--scratch-path $(SCRATCH_PATH))

clean:
	swift package clean $(if $(SCRATCH_PATH),--scratch-path $(SCRATCH_PATH))
