package input

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/internal/sharedtest"
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
	assert.Contains(t, errs[0], "array.json:1[1]", "an array element is named by its line and index")
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
		{"not an object", "{\"body\": \"ok\"}\n[1, 2]\n", "", "stdin:2[1]: not an article object"},
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

// TestJSONRecovery checks that one broken article in a JSON input costs
// only itself: it is rejected with its own line, and every other article
// loads.
func TestJSONRecovery(t *testing.T) {
	art := func(id string) string { return `{"id": "` + id + `", "body": "Officials said it rained."}` }
	cut := art("b")[:30]
	tests := []struct {
		name, file, in string
		ids            []string
		rejected       []string // the Source of each rejection, in order
	}{
		{"jsonl truncated line", "a.jsonl", art("a") + "\n" + cut + "\n" + art("c") + "\n" + art("d") + "\n",
			[]string{"a", "c", "d"}, []string{"a.jsonl:2"}},
		{"ndjson truncated line", "a.ndjson", art("a") + "\n" + cut + "\n" + art("c") + "\n",
			[]string{"a", "c"}, []string{"a.ndjson:2"}},
		{"jsonl missing brace", "a.jsonl", art("a") + "\n" + strings.TrimSuffix(art("b"), "}") + "\n" + art("c") + "\n",
			[]string{"a", "c"}, []string{"a.jsonl:2"}},
		{"jsonl unescaped quote", "a.jsonl", art("a") + "\n" + `{"id": "b", "body": "He said "no" today."}` + "\n" + art("c") + "\n",
			[]string{"a", "c"}, []string{"a.jsonl:2"}},
		{"jsonl broken line then an indented one", "a.jsonl", art("a") + "\n" + cut + "\n  " + art("c") + "\n",
			[]string{"a", "c"}, []string{"a.jsonl:2"}},
		{"jsonl truncated last line", "a.jsonl", art("a") + "\n" + cut,
			[]string{"a"}, []string{"a.jsonl:2"}},
		{"json lines named .json", "a.json", art("a") + "\n" + cut + "\n" + art("c") + "\n",
			[]string{"a", "c"}, []string{"a.json:2"}},
		{"pretty objects, one truncated", "a.json",
			"{\n  \"id\": \"a\",\n  \"body\": \"He said so.\"\n}\n{\n  \"id\": \"b\",\n  \"body\": \"He sa\n{\n  \"id\": \"c\",\n  \"body\": \"She said so.\"\n}\n",
			[]string{"a", "c"}, []string{"a.json:5"}},
		{"pretty objects, one unclosed", "a.json",
			"{\n  \"id\": \"a\",\n  \"body\": \"He said so.\"\n\n{\n  \"id\": \"c\",\n  \"body\": \"She said so.\"\n}\n",
			[]string{"c"}, []string{"a.json:1"}},
		{"array, one element broken", "a.json", "[" + art("a") + ", " + `{"id": "b", "body": "He said "no"."}` + ", " + art("c") + "]",
			[]string{"a", "c"}, []string{"a.json:1[1]"}},
		{"pretty array, one element truncated", "a.json",
			"[\n  " + art("a") + ",\n  " + cut + "\n  " + art("c") + "\n]\n",
			[]string{"a", "c"}, []string{"a.json:3[1]"}},
		{"array cut short", "a.json", "[" + art("a") + ", " + art("b") + ", " + cut,
			[]string{"a", "b"}, []string{"a.json:1[2]"}},
		{"byte order mark", "a.jsonl", "\ufeff" + art("a") + "\n" + art("b") + "\n",
			[]string{"a", "b"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := dir + "/" + tc.file
			require.NoError(t, os.WriteFile(path, []byte(tc.in), 0o644))
			var ids, rejected []string
			for _, it := range walk(t, []string{path}, "") {
				if it.Err != nil {
					rejected = append(rejected, strings.TrimPrefix(it.Source, dir+"/"))
					assert.True(t, strings.HasPrefix(it.Err.Error(), it.Source+": "), "the reason starts with its source: %v", it.Err)
					continue
				}
				ids = append(ids, it.Article.ID)
			}
			assert.Equal(t, tc.ids, ids)
			assert.Equal(t, tc.rejected, rejected)
		})
	}
}

func TestJSONRecoveryStdin(t *testing.T) {
	in := `{"id": "a", "body": "He said so."}` + "\n" + `{"id": "b", "body": "He sa` + "\n" + `{"id": "c", "body": "She said so."}` + "\n"
	items := walk(t, []string{"-"}, in)
	require.Len(t, items, 3)
	assert.Equal(t, "a", items[0].Article.ID)
	require.Error(t, items[1].Err)
	assert.Contains(t, items[1].Err.Error(), "stdin:2: broken JSON")
	assert.Equal(t, "c", items[2].Article.ID)
}

// TestBBCCutLine cuts line 2 of the BBC corpus in the middle, as the
// reliability probe of issue 16 did: before, one article of 2,225 was
// read and the rejection named the file's last line.
func TestBBCCutLine(t *testing.T) {
	data, err := os.ReadFile(sharedtest.Path(t, "data", "news", "bbc", "articles.jsonl"))
	require.NoError(t, err)
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	lines[1] = lines[1][:len(lines[1])/2]
	for _, name := range []string{"bbc.jsonl", "bbc.json"} {
		t.Run(name, func(t *testing.T) {
			cut := filepath.Join(t.TempDir(), name)
			require.NoError(t, os.WriteFile(cut, []byte(strings.Join(lines, "\n")+"\n"), 0o644))
			var loaded int
			var rejected []string
			for _, it := range walk(t, []string{cut}, "") {
				if it.Err != nil {
					rejected = append(rejected, it.Err.Error())
					continue
				}
				loaded++
			}
			assert.Equal(t, len(lines)-1, loaded, "every other line loads")
			require.Len(t, rejected, 1)
			assert.True(t, strings.HasPrefix(rejected[0], cut+":2: broken JSON"), rejected[0])
		})
	}
}

// FuzzJSON: any input, read as JSON or JSON Lines, ends without a panic,
// and every item is an article or a rejection naming its source.
func FuzzJSON(f *testing.F) {
	for _, s := range []string{`{"body":"x"}`, "[{\"body\":\"a\"},\n{\"body\":\"b", "{\n{\n}\n]", "\ufeff[1,\"x\",{}]", `{"body":"\"}`, "]]}}[[", ""} {
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, data []byte, lines bool) {
		br := bufio.NewReaderSize(bytes.NewReader(data), 16)
		readJSON(br, "f", lines, func(it Item) bool {
			if it.Err != nil && !strings.HasPrefix(it.Err.Error(), it.Source+": ") {
				t.Fatalf("a rejection not naming its source %q: %v", it.Source, it.Err)
			}
			return true
		})
	})
}

// TestWalkSymlinks: a folder named through a symbolic link loads as the
// folder does (issue 16: `claimgraph load link` loaded nothing and exited
// 0), links inside are followed, and loops are refused by name.
func TestWalkSymlinks(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real")
	other := filepath.Join(dir, "other")
	require.NoError(t, os.MkdirAll(filepath.Join(real, "sub"), 0o755))
	require.NoError(t, os.MkdirAll(other, 0o755))
	write := func(path, id string) {
		require.NoError(t, os.WriteFile(path, []byte(`{"id": "`+id+`", "body": "He said so."}`+"\n"), 0o644))
	}
	write(filepath.Join(real, "a.jsonl"), "a")
	write(filepath.Join(real, "sub", "b.jsonl"), "b")
	write(filepath.Join(other, "c.jsonl"), "c")
	require.NoError(t, os.Symlink(real, filepath.Join(dir, "link")))
	require.NoError(t, os.Symlink(filepath.Join(dir, "link"), filepath.Join(dir, "link2")))
	require.NoError(t, os.Symlink(other, filepath.Join(real, "to-other")))
	require.NoError(t, os.Symlink(other, filepath.Join(real, "sub", "to-other-again")))
	require.NoError(t, os.Symlink(real, filepath.Join(real, "sub", "loop")))
	require.NoError(t, os.Symlink(filepath.Join(dir, "self"), filepath.Join(dir, "self")))
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "empty"), 0o755))

	read := func(path string) (ids, sources, errs []string) {
		for _, it := range walk(t, []string{path}, "") {
			if it.Err != nil {
				errs = append(errs, strings.ReplaceAll(it.Err.Error(), dir, "DIR"))
				continue
			}
			ids = append(ids, it.Article.ID)
			sources = append(sources, strings.TrimPrefix(it.Source, dir+"/"))
		}
		return
	}
	loopErr := "DIR/%s/sub/loop: a link back to DIR/real, a folder it is in; not followed, as it would loop"
	for _, name := range []string{"real", "link", "link/", "link2"} {
		t.Run(name, func(t *testing.T) {
			ids, sources, errs := read(filepath.Join(dir, name))
			assert.Equal(t, []string{"a", "b", "c"}, ids, "every article once, the other folder through the first link the walk meets")
			shown := strings.TrimSuffix(name, "/")
			assert.Equal(t, []string{shown + "/a.jsonl:1", shown + "/sub/b.jsonl:1", shown + "/sub/to-other-again/c.jsonl:1"}, sources, "named by the path given")
			assert.Equal(t, []string{fmt.Sprintf(loopErr, shown)}, errs)
		})
	}
	_, _, errs := read(filepath.Join(dir, "self"))
	require.Len(t, errs, 1)
	assert.Contains(t, errs[0], "too many levels of symbolic links")
	_, _, errs = read(filepath.Join(dir, "empty"))
	assert.Equal(t, []string{"DIR/empty: no articles there: the folder holds no file with an extension claimgraph reads (.txt, .text, .json, .jsonl, .ndjson, .html, .htm, .xhtml, .rss, .atom, .xml)"}, errs)
}

// A line of JSON Lines that holds no object is one rejection, whatever
// it holds.
func TestJSONLineOfText(t *testing.T) {
	items := walk(t, []string{"-"}, "{\"id\": \"a\", \"body\": \"He said so.\"}\nnot json at all\n{\"id\": \"b\", \"body\": \"She said so.\"}\n")
	require.Len(t, items, 3)
	assert.Equal(t, "a", items[0].Article.ID)
	require.Error(t, items[1].Err)
	assert.Contains(t, items[1].Err.Error(), "stdin:2: not an article object")
	assert.Equal(t, "b", items[2].Article.ID)
}
