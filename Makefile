# The two commands of the README: `make demo` runs the main job on the
# embedded default store with the example articles; `make test` runs the
# tests (CI calls it too).
GO ?= go
BIN := bin/claimgraph

.PHONY: build demo test clean

build:
	$(GO) build -o $(BIN) ./cmd/claimgraph

demo: build
	rm -f out/demo.bolt out/demo.bolt.owner
	mkdir -p out
	./$(BIN) --db out/demo.bolt load examples/
	./$(BIN) --db out/demo.bolt query run who-said-what
	./$(BIN) --db out/demo.bolt query run no-comment

test:
	$(GO) test -count=1 -timeout 15m ./...

clean:
	rm -rf bin out
