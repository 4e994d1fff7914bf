# The two commands of the README: `make demo` runs the main job on the
# embedded default store with the example articles (who said what, who
# did not comment, one quote's history across three articles and its
# misattribution); `make test` runs the
# tests (CI calls it too). `make install` puts claimgraph on the PATH;
# `make readme` runs the README's commands as typed.
GO ?= go
BIN := bin/claimgraph
# -buildvcs=auto stamps the commit into the binary (claimgraph version)
# even where GOFLAGS says -buildvcs=false.
BUILDFLAGS := -buildvcs=auto

.PHONY: build demo test install readme clean

build:
	$(GO) build $(BUILDFLAGS) -o $(BIN) ./cmd/claimgraph
	$(GO) build $(BUILDFLAGS) -o bin/claimgraph-bench ./cmd/claimgraph-bench

install:
	$(GO) install $(BUILDFLAGS) ./cmd/claimgraph
	@echo "installed claimgraph in $$($(GO) env GOBIN || true)$$( [ -n "$$($(GO) env GOBIN)" ] || echo "$$($(GO) env GOPATH)/bin")"

demo: build
	rm -f out/demo.bolt out/demo.bolt.owner
	mkdir -p out
	./$(BIN) --db out/demo.bolt load examples/
	./$(BIN) --db out/demo.bolt query run who-said-what
	./$(BIN) --db out/demo.bolt query run no-comment
	./$(BIN) --db out/demo.bolt query run quote-history --param text="there will be no plan"
	./$(BIN) --db out/demo.bolt query run misattributed

test:
	$(GO) test -count=1 -timeout 15m ./...

readme:
	scripts/readme-check.sh

clean:
	rm -rf bin out
