package input

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func walk(t *testing.T, paths []string, stdin string) []Item {
	t.Helper()
	var out []Item
	Walk(paths, strings.NewReader(stdin), func(it Item) bool { out = append(out, it); return true })
	return out
}

func TestPlainText(t *testing.T) {
	tests := []struct {
		name, in, title, body string
		err                   error
	}{
		{"headline and body", "Head line\n\nBody text.", "Head line", "Body text.", nil},
		{"crlf", "Head\r\n\r\nBody.", "Head", "Body.", nil},
		{"headline only", "Just a headline", "Just a headline", "", nil},
		{"bom", "\ufeffHead\nBody.", "Head", "Body.", nil},
		{"empty", "  \n\t", "", "", ErrEmpty},
		{"binary", "PK\x00\x03", "", "", ErrBinary},
		{"latin-1", "Caf\xe9 said", "", "", ErrNotUTF8},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := PlainText([]byte(tc.in))
			if tc.err != nil {
				require.ErrorIs(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.title, a.Title)
			assert.Equal(t, tc.body, a.Text[a.BodyStart:])
			assert.Equal(t, strings.TrimPrefix(tc.in, "\ufeff"), a.Text, "the text is the whole file, so offsets index it")
		})
	}
}

func TestWalkFolder(t *testing.T) {
	items := walk(t, []string{"testdata"}, "")
	var ids, errs []string
	for _, it := range items {
		if it.Err != nil {
			errs = append(errs, it.Err.Error())
			continue
		}
		ids = append(ids, it.Article.ID)
	}
	assert.Equal(t, []string{"7", plainID(t), "a1", "a2", "https://example.org/x"}, ids)
	require.Len(t, errs, 1)
	assert.Contains(t, errs[0], "array.json[1]")
	assert.Contains(t, errs[0], `no "body"`)

	var a2 Item
	for _, it := range items {
		if it.Article.ID == "a2" {
			a2 = it
		}
	}
	assert.Equal(t, "Two", a2.Article.Title)
	assert.Equal(t, "2026-01-03", a2.Article.Published)
	assert.Equal(t, "Wire", a2.Article.Publisher)
	assert.Equal(t, "A, B", a2.Article.Author)
	assert.Equal(t, "testdata/wire.jsonl:3", a2.Source)
}

func plainID(t *testing.T) string {
	b, err := os.ReadFile("testdata/plain.txt")
	require.NoError(t, err)
	sum := sha256.Sum256(b)
	return "sha256-" + hex.EncodeToString(sum[:12])
}

func TestStdinSniffing(t *testing.T) {
	tests := []struct {
		name, in, wantTitle, wantErr string
	}{
		{"json line", `{"id":"s1","title":"T","body":"He said so."}`, "T", ""},
		{"plain", "Title here\n\nHe said so.", "Title here", ""},
		{"broken json", "{\"id\": \"x\", \"body\": \"unfinished", "", "stdin:1"},
		{"not an object", "{\"body\": \"ok\"}\n[1, 2]\n", "", "stdin:2: not an article object"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			items := walk(t, []string{"-"}, tc.in)
			require.NotEmpty(t, items)
			last := items[len(items)-1]
			if tc.wantErr != "" {
				require.Error(t, last.Err)
				assert.Contains(t, last.Err.Error(), tc.wantErr)
				return
			}
			require.NoError(t, last.Err)
			assert.Equal(t, tc.wantTitle, last.Article.Title)
		})
	}
}

func TestMissingPathIsNamed(t *testing.T) {
	items := walk(t, []string{"testdata/nope.txt", "testdata/plain.txt"}, "")
	require.Len(t, items, 2)
	require.Error(t, items[0].Err)
	assert.Contains(t, items[0].Err.Error(), "testdata/nope.txt")
	require.NoError(t, items[1].Err, "the rest of the batch goes on")
}

func TestIdentityIsStable(t *testing.T) {
	a := walk(t, []string{"-"}, "Same\n\nText.")[0].Article.ID
	b := walk(t, []string{"-"}, "Same\n\nText.")[0].Article.ID
	c := walk(t, []string{"-"}, "Same\n\nOther text.")[0].Article.ID
	assert.Equal(t, a, b)
	assert.NotEqual(t, a, c)
}
