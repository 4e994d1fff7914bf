// Package pgtest gives tests a fresh, empty PostgreSQL database of their
// own on the server that CI provides, so that tests running at once (and
// several checkouts on one machine) never see each other's quads.
package pgtest

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"testing"
	"time"

	_ "github.com/lib/pq" // the driver Cayley's postgres backend uses
)

// DefaultServer is the PostgreSQL server this machine runs before every
// session and CI run: trust auth, database test.
const DefaultServer = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"

// Server is the connection string of the maintenance database, from
// CLAIMGRAPH_TEST_POSTGRES or DefaultServer.
func Server() string {
	if s := os.Getenv("CLAIMGRAPH_TEST_POSTGRES"); s != "" {
		return s
	}
	return DefaultServer
}

// Fresh creates an empty database, drops it when the test ends, and
// returns its connection string. Without a server it skips the test,
// except under CI=true, where the server is part of the contract and its
// absence fails the test.
func Fresh(t testing.TB) string {
	t.Helper()
	admin, err := sql.Open("postgres", Server())
	if err == nil {
		err = ping(admin)
	}
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("PostgreSQL at %s is not answering (CI=true needs it): %v", Server(), err)
		}
		t.Skipf("no PostgreSQL at %s: %v", Server(), err)
	}
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	name := "claimgraph_test_" + hex.EncodeToString(b)
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		admin.Close()
		t.Fatalf("creating the test database %s: %v", name, err)
	}
	t.Cleanup(func() {
		// WITH (FORCE) ends connections a killed child process left open.
		if _, err := admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			t.Logf("dropping the test database %s: %v", name, err)
		}
		admin.Close()
	})
	u, err := url.Parse(Server())
	if err != nil {
		t.Fatalf("parsing %s: %v", Server(), err)
	}
	u.Path = "/" + name
	return u.String()
}

func ping(db *sql.DB) error {
	deadline := time.Now().Add(5 * time.Second)
	for {
		err := db.Ping()
		if err == nil || time.Now().After(deadline) {
			if err != nil {
				return fmt.Errorf("ping: %w", err)
			}
			return nil
		}
		time.Sleep(200 * time.Millisecond)
	}
}
