// Package sharedtest finds the read-only research data that sits beside
// the repository in ../shared (corpora, gold annotations, saved pages).
// That data belongs to its publishers and is never committed, so a test
// that reads it skips on a machine without it; under CI=true its absence
// is a failure instead, so that a CI run cannot go green by skipping.
package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

// Path returns the absolute path of ../shared/<rel...> beside the module
// root (the nearest folder above the test's working directory that holds
// go.mod). When the path does not exist, the test is skipped, or fails
// under CI=true.
func Path(tb testing.TB, rel ...string) string {
	tb.Helper()
	root, err := moduleRoot()
	if err != nil {
		tb.Fatalf("cannot find the module root to locate ../shared: %v", err)
	}
	p := filepath.Join(append([]string{root, "..", "shared"}, rel...)...)
	if _, err := os.Stat(p); err != nil {
		Absent(tb, p, err)
	}
	return p
}

// Absent ends a test that cannot read the shared input named by what
// (err says why): a skip on a developer's machine, a failure under
// CI=true.
func Absent(tb testing.TB, what string, err error) {
	tb.Helper()
	if os.Getenv("CI") == "true" {
		tb.Fatalf("%s is missing (%v); CI needs ../shared beside the repository", what, err)
		return
	}
	tb.Skipf("%s is absent (%v): ../shared is not beside the repository", what, err)
}

func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", os.ErrNotExist
		}
		dir = parent
	}
}
