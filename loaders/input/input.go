// Package input owns reading articles from files, folders and standard
// input: plain text (headline on line 1), JSON and JSON Lines with
// metadata, saved HTML pages and feeds. It tells formats apart by
// extension and content and gives every article a stable identity.
package input

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/html"
)

// Item is one article read, or the reason an input was rejected.
type Item struct {
	Article doc.Article
	// Source names the input (path, path:line or stdin) for messages.
	Source string
	Err    error
}

// MaxInputBytes bounds one input file, or one JSON value in a file of
// several; larger inputs are rejected rather than allowed to exhaust
// memory.
const MaxInputBytes = 64 << 20

// Walk reads every article under paths ("-" is stdin) and calls emit for
// each, in order. It stops early when emit returns false. A bad input is
// emitted as an Item with Err set, and the walk goes on.
func Walk(paths []string, stdin io.Reader, emit func(Item) bool) {
	for _, p := range paths {
		if p == "-" {
			if !readStream(stdin, "stdin", "", emit) {
				return
			}
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			if !emit(Item{Source: p, Err: fmt.Errorf("%s: cannot read: %w", p, err)}) {
				return
			}
			continue
		}
		if !st.IsDir() {
			if !readFile(p, emit) {
				return
			}
			continue
		}
		if !walkFolder(p, emit) {
			return
		}
	}
}

// walkFolder reads every supported file under root, in path order. It
// follows symbolic links to folders, root itself included, and refuses
// a link that leads back to a folder it is inside (a loop); a folder
// reached twice through links is read once.
func walkFolder(root string, emit func(Item) bool) bool {
	w := folderWalk{visited: map[string]bool{}}
	real, err := filepath.EvalSymlinks(root)
	if err != nil {
		return emit(Item{Source: root, Err: fmt.Errorf("%s: cannot read the folder: %w", root, err)})
	}
	w.walk(real, root, nil)
	for _, it := range w.problems {
		if !emit(it) {
			return false
		}
	}
	if len(w.files) == 0 && len(w.problems) == 0 {
		return emit(Item{Source: root, Err: fmt.Errorf("%s: no articles there: the folder holds no file with an extension claimgraph reads (%s)", root, strings.Join(supportedExts, ", "))})
	}
	sort.Strings(w.files)
	for _, f := range w.files {
		if !readFile(f, emit) {
			return false
		}
	}
	return true
}

// folderWalk collects a folder's files under the names the user gave.
type folderWalk struct {
	visited  map[string]bool // real paths of the folders read
	files    []string
	problems []Item
}

// walk reads the folder whose real path is real, shown as shown;
// inside lists the real paths of the folders it is in.
func (w *folderWalk) walk(real, shown string, inside []string) {
	if w.visited[real] {
		return
	}
	w.visited[real] = true
	entries, err := os.ReadDir(real)
	if err != nil {
		w.problems = append(w.problems, Item{Source: shown, Err: fmt.Errorf("%s: cannot read the folder: %w", shown, err)})
		return
	}
	inside = append(inside, real)
	for _, e := range entries {
		name, path := e.Name(), filepath.Join(real, e.Name())
		if strings.HasPrefix(name, ".") {
			continue
		}
		show := filepath.Join(shown, name)
		typ := e.Type()
		if typ&fs.ModeSymlink != 0 {
			target, err := filepath.EvalSymlinks(path)
			if err != nil && !Supported(name) {
				continue // a broken link that would not be read anyway
			}
			if err != nil {
				w.problems = append(w.problems, Item{Source: show, Err: fmt.Errorf("%s: cannot follow the link: %w", show, err)})
				continue
			}
			st, err := os.Stat(target)
			if err != nil {
				w.problems = append(w.problems, Item{Source: show, Err: fmt.Errorf("%s: cannot read: %w", show, err)})
				continue
			}
			if st.IsDir() {
				if slices.Contains(inside, target) {
					w.problems = append(w.problems, Item{Source: show, Err: fmt.Errorf("%s: a link back to %s, a folder it is in; not followed, as it would loop", show, target)})
					continue
				}
				w.walk(target, show, inside)
				continue
			}
		} else if e.IsDir() {
			w.walk(path, show, inside)
			continue
		}
		if Supported(name) {
			w.files = append(w.files, show)
		}
	}
}

// supportedExts are the extensions Walk reads when it walks a folder.
var supportedExts = []string{".txt", ".text", ".json", ".jsonl", ".ndjson", ".html", ".htm", ".xhtml", ".rss", ".atom", ".xml"}

// Supported reports whether a file's extension is one Walk reads when it
// walks a folder (given explicitly, any file is tried).
func Supported(path string) bool {
	return slices.Contains(supportedExts, strings.ToLower(filepath.Ext(path)))
}

func readFile(path string, emit func(Item) bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return emit(Item{Source: path, Err: fmt.Errorf("%s: cannot read: %w", path, err)})
	}
	defer f.Close()
	return readStream(f, path, strings.ToLower(filepath.Ext(path)), emit)
}

// readStream reads one input of unknown or known (ext) format.
func readStream(r io.Reader, source, ext string, emit func(Item) bool) bool {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(512)
	trimmed := bytes.TrimLeft(head, " \t\r\n\ufeff")
	switch {
	case ext == ".jsonl" || ext == ".ndjson" || ext == ".json" || (ext == "" || ext == ".txt") && len(trimmed) > 0 && trimmed[0] == '{' || ext == "" && len(trimmed) > 0 && trimmed[0] == '[':
		return readJSON(br, source, ext == ".jsonl" || ext == ".ndjson", emit)
	}
	data, err := io.ReadAll(io.LimitReader(br, MaxInputBytes+1))
	if err != nil {
		return emit(Item{Source: source, Err: fmt.Errorf("%s: cannot read: %w", source, err)})
	}
	if len(data) > MaxInputBytes {
		return emit(Item{Source: source, Err: fmt.Errorf("%s: larger than %d MB; split it into articles", source, MaxInputBytes>>20)})
	}
	isFeed := ext == ".rss" || ext == ".atom" || (ext == ".xml" || ext == "") && looksLikeFeed(data)
	isHTML := ext == ".html" || ext == ".htm" || ext == ".xhtml" || ext == "" && looksLikeHTML(data)
	switch {
	case isFeed:
		arts, err := html.ReadFeed(data, source)
		if err != nil {
			return emit(Item{Source: source, Err: fmt.Errorf("%s: %w", source, err)})
		}
		for i, a := range arts {
			src := fmt.Sprintf("%s#item%d", source, i+1)
			a.Source = src
			if !emit(finish(a, src)) {
				return false
			}
		}
		return true
	case isHTML:
		a, err := html.ReadPage(data, source)
		if err != nil {
			return emit(Item{Source: source, Err: fmt.Errorf("%s: %w", source, err)})
		}
		return emit(finish(a, source))
	}
	a, err := PlainText(data)
	if err != nil {
		return emit(Item{Source: source, Err: fmt.Errorf("%s: %w", source, err)})
	}
	return emit(finish(a, source))
}

func looksLikeHTML(b []byte) bool {
	h := bytes.ToLower(b[:min(len(b), 1024)])
	return bytes.Contains(h, []byte("<html")) || bytes.Contains(h, []byte("<!doctype html")) || bytes.Contains(h, []byte("<body"))
}

func looksLikeFeed(b []byte) bool {
	h := bytes.ToLower(b[:min(len(b), 1024)])
	return bytes.Contains(h, []byte("<rss")) || bytes.Contains(h, []byte("<feed"))
}

// ErrEmpty and friends say why an input is not an article.
var (
	ErrEmpty   = errors.New("no article text (the input is empty)")
	ErrBinary  = errors.New("not text: the input holds NUL bytes (is it a binary file?)")
	ErrNotUTF8 = errors.New("not UTF-8 text: convert it to UTF-8 first (for example with iconv)")
)

// PlainText reads a plain-text article: line 1 is the headline, the rest
// the body. The article's text is the whole input, so that offsets index
// the file as it is.
func PlainText(data []byte) (doc.Article, error) {
	if err := checkText(data); err != nil {
		return doc.Article{}, err
	}
	text := strings.TrimPrefix(string(data), "\ufeff")
	a := doc.Article{Text: text}
	if nl := strings.IndexByte(text, '\n'); nl >= 0 {
		a.Title = strings.TrimSpace(text[:nl])
		body := nl + 1
		for body < len(text) && (text[body] == '\n' || text[body] == '\r') {
			body++
		}
		a.BodyStart = body
	} else {
		// One line: it is the headline, and the body is empty.
		a.Title = strings.TrimSpace(text)
		a.BodyStart = len(text)
	}
	return a, nil
}

func checkText(data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return ErrEmpty
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return ErrBinary
	}
	if !utf8.Valid(data) {
		return ErrNotUTF8
	}
	return nil
}

// jsonArticle is the JSON shape we read, with the field names other
// corpora use accepted as aliases.
type jsonArticle struct {
	ID              any    `json:"id"`
	DocID           string `json:"doc_id"`
	URL             string `json:"url"`
	Title           string `json:"title"`
	Headline        string `json:"headline"`
	Published       string `json:"published"`
	Date            string `json:"date"`
	PublicationDate string `json:"publication_date"`
	Publisher       string `json:"publisher"`
	SourceName      string `json:"source"`
	Author          any    `json:"author"`
	Body            string `json:"body"`
	Text            string `json:"text"`
	Lang            string `json:"lang"`
}

func (j jsonArticle) article() (doc.Article, error) {
	a := doc.Article{
		ID:        firstNonEmpty(idString(j.ID), j.DocID),
		URL:       j.URL,
		Title:     firstNonEmpty(j.Title, j.Headline),
		Published: firstNonEmpty(j.Published, j.Date, j.PublicationDate),
		Publisher: firstNonEmpty(j.Publisher, j.SourceName),
		Author:    authorString(j.Author),
		Text:      firstNonEmpty(j.Body, j.Text),
		Lang:      j.Lang,
	}
	if strings.TrimSpace(a.Text) == "" {
		return a, errors.New(`no "body" (or "text") field with article text`)
	}
	if strings.IndexByte(a.Text, 0) >= 0 {
		return a, ErrBinary
	}
	return a, nil
}

func idString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case float64:
		return fmt.Sprintf("%.0f", x)
	case nil:
		return ""
	}
	return fmt.Sprint(v)
}

func authorString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		var parts []string
		for _, p := range x {
			if s, ok := p.(string); ok {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ", ")
	}
	return ""
}

func firstNonEmpty(xs ...string) string {
	for _, x := range xs {
		if strings.TrimSpace(x) != "" {
			return x
		}
	}
	return ""
}

func emitJSON(raw []byte, source string, emit func(Item) bool) bool {
	var j jsonArticle
	if err := json.Unmarshal(raw, &j); err != nil {
		return emit(Item{Source: source, Err: fmt.Errorf("%s: not an article object: %w", source, err)})
	}
	a, err := j.article()
	if err != nil {
		return emit(Item{Source: source, Err: fmt.Errorf("%s: %w", source, err)})
	}
	return emit(finish(a, source))
}

// finish gives the article its identity: id, else url, else a hash of the
// text, so that loading it again replaces rather than duplicates it.
func finish(a doc.Article, source string) Item {
	a.Source = source
	if a.ID == "" {
		if a.URL != "" {
			a.ID = a.URL
		} else {
			sum := sha256.Sum256([]byte(a.Text))
			a.ID = "sha256-" + hex.EncodeToString(sum[:12])
		}
	}
	if !utf8.ValidString(a.Text) {
		return Item{Source: source, Err: fmt.Errorf("%s: %w", source, ErrNotUTF8)}
	}
	return Item{Article: a, Source: source}
}
