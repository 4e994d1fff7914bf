package htmlbench

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/html"
)

// PublishedF1 is the body F1 that an extractor's authors or the
// benchmark's maintainers published on the same 181 pages, to print
// beside ours. go-trafilatura's was measured with its fallbacks on and
// go-shiori's with its defaults.
func PublishedF1(ex html.Extractor) (float64, bool) {
	switch ex {
	case html.TrafilaturaFallback:
		return 0.960, true
	case html.Shiori:
		return 0.934, true
	}
	return 0, false
}

// PageResult is one AEB page's outcome.
type PageResult struct {
	ID     string
	Counts Counts
	Err    error
}

// BodyReport is the AEB outcome for one extractor.
type BodyReport struct {
	Extractor html.Extractor
	Pages     []PageResult
	PRF
	CI       PRF
	Failed   int // pages that gave an error (scored as an empty prediction)
	Elapsed  time.Duration
	PagesPer float64 // pages per second, one goroutine
	MBPer    float64 // input megabytes per second
}

type truth struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
}

// Config says what to run.
type Config struct {
	Extractor html.Extractor
	// Limit caps how many pages a run reads (0 = all), so tests can take
	// a deterministic subset.
	Limit int
	// RawMetadata scores the library's own metadata without our fallbacks.
	RawMetadata bool
	// RawText scores the library's own body text without our clean-up.
	RawText bool
}

// RunAEB extracts every page listed in dir/ground-truth.json from
// dir/html/ID.html (or .html.gz) and scores it.
func RunAEB(dir string, cfg Config) (BodyReport, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return BodyReport{}, fmt.Errorf("cannot read the AEB ground truth (is %s the benchmark folder?): %w", dir, err)
	}
	var gt map[string]truth
	if err := json.Unmarshal(raw, &gt); err != nil {
		return BodyReport{}, fmt.Errorf("%s/ground-truth.json is not valid JSON: %w", dir, err)
	}
	ids := make([]string, 0, len(gt))
	for id := range gt {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	if cfg.Limit > 0 && cfg.Limit < len(ids) {
		ids = ids[:cfg.Limit]
	}
	rep := BodyReport{Extractor: cfg.Extractor}
	var bytesRead int
	for _, id := range ids {
		path := filepath.Join(dir, "html", id+".html")
		data, err := os.ReadFile(path)
		if errors.Is(err, os.ErrNotExist) {
			path += ".gz"
			data, err = os.ReadFile(path)
		}
		if err != nil {
			return rep, fmt.Errorf("cannot read AEB page %s: %w", id, err)
		}
		bytesRead += len(data)
		start := time.Now()
		a, err := html.ReadPageWith(data, path, html.Options{Extractor: cfg.Extractor, RawMetadata: cfg.RawMetadata, RawText: cfg.RawText})
		rep.Elapsed += time.Since(start)
		pr := PageResult{ID: id, Err: err}
		if err != nil {
			rep.Failed++
		}
		pr.Counts = Match(gt[id].ArticleBody, a.Text)
		rep.Pages = append(rep.Pages, pr)
	}
	counts := make([]Counts, len(rep.Pages))
	for i, p := range rep.Pages {
		counts[i] = p.Counts
	}
	rep.PRF = Score(counts)
	rep.CI = CI(counts, 1000, 1)
	if s := rep.Elapsed.Seconds(); s > 0 {
		rep.PagesPer = float64(len(ids)) / s
		rep.MBPer = float64(bytesRead) / 1e6 / s
	}
	return rep, nil
}

// Fields scored on the readability pages, in report order.
var Fields = []string{"title", "byline", "siteName", "publishedTime", "lang"}

// FieldScore counts, for one field, the pages whose expected metadata has
// a value and how many of those we got right.
type FieldScore struct {
	Field        string
	Right, Total int
	Misses       []string // "dir: want X, got Y"
}

// Rate is Right/Total, or 1 when no page has the field.
func (f FieldScore) Rate() float64 {
	if f.Total == 0 {
		return 1
	}
	return float64(f.Right) / float64(f.Total)
}

// MetaReport is the metadata outcome for one extractor.
type MetaReport struct {
	Extractor html.Extractor
	Pages     int
	Failed    []string
	Fields    map[string]*FieldScore
}

type expectedMeta struct {
	Title         string `json:"title"`
	Byline        string `json:"byline"`
	SiteName      string `json:"siteName"`
	PublishedTime string `json:"publishedTime"`
	Lang          string `json:"lang"`
}

// RunMetadata reads dir/*/source.html and scores it against
// dir/*/expected-metadata.json.
func RunMetadata(dir string, cfg Config) (MetaReport, error) {
	matches, err := filepath.Glob(filepath.Join(dir, "*", "expected-metadata.json"))
	if err != nil {
		return MetaReport{}, err
	}
	if len(matches) == 0 {
		return MetaReport{}, fmt.Errorf("no */expected-metadata.json under %s: is it the readability test-pages folder?", dir)
	}
	sort.Strings(matches)
	if cfg.Limit > 0 && cfg.Limit < len(matches) {
		matches = matches[:cfg.Limit]
	}
	rep := MetaReport{Extractor: cfg.Extractor, Fields: map[string]*FieldScore{}}
	for _, f := range Fields {
		rep.Fields[f] = &FieldScore{Field: f}
	}
	for _, m := range matches {
		pageDir := filepath.Dir(m)
		name := filepath.Base(pageDir)
		raw, err := os.ReadFile(m)
		if err != nil {
			return rep, err
		}
		var want expectedMeta
		if err := json.Unmarshal(raw, &want); err != nil {
			return rep, fmt.Errorf("%s is not valid JSON: %w", m, err)
		}
		src := filepath.Join(pageDir, "source.html")
		data, err := os.ReadFile(src)
		if err != nil {
			return rep, err
		}
		rep.Pages++
		got, err := html.ReadPageWith(data, src, html.Options{Extractor: cfg.Extractor, RawMetadata: cfg.RawMetadata, RawText: cfg.RawText})
		if err != nil {
			rep.Failed = append(rep.Failed, name+": "+err.Error())
		}
		scoreMeta(rep.Fields, name, want, got)
	}
	return rep, nil
}

func scoreMeta(fields map[string]*FieldScore, name string, want expectedMeta, got doc.Article) {
	check := func(field, w, g string, same func(w, g string) bool) {
		if strings.TrimSpace(w) == "" {
			return
		}
		fs := fields[field]
		fs.Total++
		if same(w, g) {
			fs.Right++
			return
		}
		fs.Misses = append(fs.Misses, fmt.Sprintf("%s: want %q, got %q", name, w, g))
	}
	text := func(w, g string) bool { return NormText(w) == NormText(g) }
	check("title", want.Title, got.Title, text)
	check("byline", want.Byline, got.Author, SameByline)
	check("siteName", want.SiteName, got.Publisher, text)
	check("publishedTime", want.PublishedTime, got.Published, SameDate)
	check("lang", want.Lang, got.Lang, SameLang)
}
