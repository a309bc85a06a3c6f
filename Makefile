# diplograph — the everyday commands. Each target is a script in scripts/ that also works alone.
#
#   make samples   render Samples/ into Graphs/ (.dot, .json, .svg); installs libgraphviz-dev if missing
#   make test      build and run every test; installs libgraphviz-dev if missing
#   make eval      score the extraction on ../shared/eval/dev (skipped when absent)
#   make build     release build of the diplograph binary
#
# SCRATCH_PATH=<dir> builds in <dir> instead of .build (e.g. make test SCRATCH_PATH=.build-ci).

.PHONY: all samples test eval build clean

export SCRATCH_PATH

all: build

samples:
	scripts/render-samples.sh

test:
	scripts/test.sh

eval:
	scripts/eval.sh

build:
	scripts/ensure-graphviz.sh
	swift build -c release --product diplograph $(if $(SCRATCH_PATH),--scratch-path $(SCRATCH_PATH))

clean:
	swift package clean $(if $(SCRATCH_PATH),--scratch-path $(SCRATCH_PATH))
