package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/rivo/uniseg"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPlural(t *testing.T) {
	for n, want := range map[int]string{0: "0 rows", 1: "1 row", 2: "2 rows"} {
		assert.Equal(t, want, plural(n, "row"))
	}
}

var sampleRows = []any{
	map[string]any{"who": "Pakistan", "who_text": "Pakistani government officials", "cue": "have yet to comment", "topic": "the talks",
		"article": "sha256-4807476c787bc7d6a69f7c88", "title": "Kabul negotiates peace talks between Pakistani Taliban and Islamabad", "published": "",
		"content": strings.Repeat("a long quote that goes on ", 12)},
	map[string]any{"who": "The harbour authority", "who_text": "The harbour authority", "cue": "declined to comment", "topic": "the dispute",
		"article": "example-wire-1", "title": "", "published": "", "content": "short"},
}

var sampleCols = []string{"who", "who_text", "cue", "topic", "content", "article", "title", "published"}

func TestTableFitsWidth(t *testing.T) {
	t.Setenv("COLUMNS", "140")
	var buf bytes.Buffer
	require.NoError(t, printRows(&buf, "table", sampleCols, sampleRows, false))
	out := buf.String()
	lines := strings.Split(strings.TrimSpace(out), "\n")
	for _, l := range lines {
		assert.LessOrEqual(t, uniseg.StringWidth(l), 140, "line fits 140 columns: %q", l)
	}
	assert.NotContains(t, out, "TITLE", "the headline stands in the article column")
	assert.NotContains(t, out, "sha256-", "no hash where a headline exists")
	assert.Contains(t, out, "example-wire-1", "the id where there is no headline")
	assert.NotContains(t, out, "PUBLISHED", "a column empty in every row is left out")
	assert.Equal(t, 1, strings.Count(out, "The harbour"), "who_text repeats nothing who says:\n%s", out)
	assert.Contains(t, out, "Pakistani gov", "who_text shows when it differs")
	assert.Contains(t, out, "…", "long cells are elided")
	assert.Equal(t, "(2 rows)", lines[len(lines)-1])
}

func TestTableWideAndCSVComplete(t *testing.T) {
	t.Setenv("COLUMNS", "60")
	for _, tt := range []struct {
		format string
		wide   bool
	}{{"table", true}, {"csv", false}, {"json", false}} {
		var buf bytes.Buffer
		require.NoError(t, printRows(&buf, tt.format, sampleCols, sampleRows, tt.wide))
		out := buf.String()
		assert.Contains(t, out, "sha256-4807476c787bc7d6a69f7c88", tt.format)
		assert.Contains(t, out, "Kabul negotiates peace talks between Pakistani Taliban and Islamabad", tt.format)
		assert.Contains(t, out, strings.TrimSpace(strings.Repeat("a long quote that goes on ", 12)), tt.format)
		assert.NotContains(t, out, "…", tt.format)
	}
}

func TestElide(t *testing.T) {
	assert.Equal(t, "abc", elide("abc", 3))
	assert.Equal(t, "ab…", elide("abcd", 3))
	assert.Equal(t, "日…", elide("日本語", 4), "wide characters count two columns")
}
