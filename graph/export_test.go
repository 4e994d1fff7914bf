package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/piprate/json-gold/ld"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/input"
	"github.com/claimgraph/claimgraph/loaders/pipeline"
	"github.com/claimgraph/claimgraph/schema"
)

// exportStore holds the example articles through the real pipeline, the
// derived counts, and one article with every awkward value: a date-time
// with a zone, a relative url, an anonymous source, quotes, a newline and
// non-ASCII text, an event with an interval and one with free text.
func exportStore(t *testing.T) *graph.Store {
	t.Helper()
	st := memStore(t)
	pl := pipeline.Default()
	var bundles []schema.Bundle
	input.Walk([]string{filepath.Join("..", "examples")}, nil, func(it input.Item) bool {
		require.NoError(t, it.Err)
		d, err := pl.Run(it.Article)
		require.NoError(t, err)
		bundles = append(bundles, schema.FromExtraction(d.Extraction()))
		return true
	})
	sp := &doc.EntityRef{ID: "gov/ruritania", Name: "Ruritania", Type: "Government"}
	bundles = append(bundles, schema.FromExtraction(doc.Extraction{
		ID: "odd one", URL: "/relative/path", Title: "Zoë's \"odd\" story", Published: "2026-03-04T10:00:00Z",
		Text: "Line one\nsaid \"x\" <b>&</b> \\ done",
		Attributions: []doc.OutAttr{{
			Speaker: &doc.MentionRef{TextSpan: doc.TextSpan{Text: "officials", Start: 9, End: 13}, Entity: sp},
			Cue:     doc.TextSpan{Text: "said", Start: 9, End: 13}, Content: doc.TextSpan{Text: "\"x\" <b>&</b> \\", Start: 14, End: 28},
			Kind: "direct", Anonymous: true, Affiliation: &doc.EntityRef{ID: "org/agency", Name: "Agency", Type: "NewsAgency"},
		}},
		Entities: []doc.OutEntity{{ID: sp.ID, Name: sp.Name, Type: "Government", Role: "cabinet", Affiliation: &doc.EntityRef{ID: "org/un", Name: "UN", Type: "Organization"}}},
		Events: []doc.OutEvent{
			{ID: "e1", Name: "talks", Type: "talks", Time: "2026-02-23/2026-03-01", TimeText: &doc.TextSpan{Text: "last week"}},
			{ID: "e2", Name: "strike", Type: "attack", Time: "last year"},
		},
	}))
	_, err := st.Write(context.Background(), bundles)
	require.NoError(t, err)
	require.NoError(t, st.RefreshDerived(context.Background()))
	return st
}

// noNetwork refuses every remote context: exports must embed theirs.
type noNetwork struct{}

func (noNetwork) LoadDocument(u string) (*ld.RemoteDocument, error) {
	return nil, fmt.Errorf("the export asked to load %s: contexts must be embedded", u)
}

// TestExportsAreValidRDF parses every export format with a JSON-LD and
// N-Quads processor (json-gold) and, when installed, with rdflib, and
// fails on any ill-typed literal, unknown datatype or relative IRI. The
// JSON-LD must hold exactly the N-Quads' quads.
func TestExportsAreValidRDF(t *testing.T) {
	st := exportStore(t)
	dir := t.TempDir()
	sets := map[string]map[string]bool{}
	for _, format := range graph.ExportFormats {
		var buf bytes.Buffer
		n, err := st.Export(context.Background(), &buf, format)
		require.NoError(t, err, format)
		require.Positive(t, n, format)
		ext := map[string]string{"nquads": ".nq", "jsonld": ".jsonld", "claimreview": ".claimreview.jsonld"}[format]
		require.NoError(t, os.WriteFile(filepath.Join(dir, "export"+ext), buf.Bytes(), 0o644))

		var ds *ld.RDFDataset
		if format == "nquads" {
			ds, err = ld.ParseNQuadsFrom(buf.String())
			require.NoError(t, err, "N-Quads parse")
		} else {
			var docu any
			require.NoError(t, json.Unmarshal(buf.Bytes(), &docu), "%s is JSON", format)
			opts := ld.NewJsonLdOptions("")
			opts.DocumentLoader = noNetwork{}
			opts.SafeMode = true // a key or value that does not expand is an error, not dropped
			out, err := ld.NewJsonLdProcessor().ToRDF(docu, opts)
			require.NoError(t, err, "%s to RDF", format)
			ds = out.(*ld.RDFDataset)
		}
		set := map[string]bool{}
		for g, qs := range ds.Graphs {
			for _, q := range qs {
				for _, node := range []ld.Node{q.Subject, q.Predicate, q.Object, q.Graph} {
					if msg := badNode(node); msg != "" {
						t.Errorf("%s: %s in %s", format, msg, quadString(q, g))
					}
				}
				set[quadString(q, g)] = true
			}
		}
		sets[format] = set
		t.Logf("%s: %d quads", format, len(set))
	}
	assert.Equal(t, sorted(sets["nquads"]), sorted(sets["jsonld"]), "the JSON-LD export holds the N-Quads export's quads, no more, no fewer")
	rdflibCheck(t, dir)
}

// TestClaimReviewExport checks one claim as a fact-checker would read it.
func TestClaimReviewExport(t *testing.T) {
	st := exportStore(t)
	var buf bytes.Buffer
	_, err := st.Export(context.Background(), &buf, "claimreview")
	require.NoError(t, err)
	var docu struct {
		Graph []map[string]any `json:"@graph"`
	}
	require.NoError(t, json.Unmarshal(buf.Bytes(), &docu))
	var found map[string]any
	for _, c := range docu.Graph {
		assert.Equal(t, "Claim", c["@type"])
		if c["text"] == "There is no plan, there has never been a plan, and there will be no plan" {
			found = c
		}
	}
	require.NotNil(t, found, "Varga's quote is among the claims")
	assert.Equal(t, map[string]any{"@id": schema.ID + "person/elena-varga", "@type": "Person", "name": "Elena Varga"}, found["author"])
	assert.Equal(t, map[string]any{"@value": "2026-03-04", "@type": "xsd:date"}, found["datePublished"])
	app := found["appearance"].(map[string]any)
	assert.Equal(t, "NewsArticle", app["@type"])
	assert.Equal(t, "Minister denies plan to close northern rail line", app["headline"])
	assert.Equal(t, "Example Wire", app["publisher"])
}

func quadString(q *ld.Quad, g string) string {
	s := []string{q.Subject.GetValue(), q.Predicate.GetValue(), nodeString(q.Object), g}
	return strings.Join(s, " ")
}

func nodeString(n ld.Node) string {
	if l, ok := n.(*ld.Literal); ok {
		return fmt.Sprintf("%q^^%s@%s", l.Value, l.Datatype, l.Language)
	}
	return n.GetValue()
}

func sorted(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

var lexical = map[string]*regexp.Regexp{
	"string":     regexp.MustCompile(`(?s)^.*$`),
	"integer":    regexp.MustCompile(`^[+-]?\d+$`),
	"boolean":    regexp.MustCompile(`^(true|false|1|0)$`),
	"date":       regexp.MustCompile(`^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$`),
	"dateTime":   regexp.MustCompile(`^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]\d{2}:\d{2})$`),
	"gYear":      regexp.MustCompile(`^\d{4}$`),
	"gYearMonth": regexp.MustCompile(`^\d{4}-(0[1-9]|1[0-2])$`),
}

// badNode says what is wrong with an IRI or literal, or "".
func badNode(n ld.Node) string {
	switch x := n.(type) {
	case nil, *ld.BlankNode:
		return ""
	case *ld.IRI:
		return badIRI(x.Value)
	case *ld.Literal:
		if x.Datatype == "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString" {
			return ""
		}
		local, ok := strings.CutPrefix(x.Datatype, schema.XSD)
		re := lexical[local]
		switch {
		case !ok:
			return "a datatype outside XML Schema: " + x.Datatype
		case re == nil:
			return "an XML Schema datatype the exports do not use: " + x.Datatype
		case !re.MatchString(x.Value):
			return fmt.Sprintf("an ill-typed literal %q^^%s", x.Value, x.Datatype)
		}
	}
	return ""
}

func badIRI(s string) string {
	u, err := url.Parse(s)
	switch {
	case err != nil:
		return fmt.Sprintf("an IRI that does not parse (%v): <%s>", err, s)
	case u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "urn" && u.Scheme != "mailto":
		return "a relative IRI or a short form: <" + s + ">"
	case strings.ContainsAny(s, " <>\"{}|^`\\\n"):
		return "an IRI with a character N-Quads forbids: <" + s + ">"
	}
	return ""
}

// rdflibCheck runs scripts/rdfcheck.py over the exports when Python has
// rdflib (Debian's python3-rdflib, which .ci/run installs); under CI=true
// its absence is a failure.
func rdflibCheck(t *testing.T, dir string) {
	t.Helper()
	py := "/usr/bin/python3"
	if err := exec.Command(py, "-c", "import rdflib").Run(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("rdflib is missing (apt-get install -y python3-rdflib): %v", err)
		}
		t.Skipf("rdflib is missing (apt-get install -y python3-rdflib): %v", err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "export*"))
	require.NoError(t, err)
	out, err := exec.Command(py, append([]string{filepath.Join("..", "scripts", "rdfcheck.py")}, files...)...).CombinedOutput()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		t.Fatalf("rdflib rejects the exports:\n%s", out)
	}
	require.NoError(t, err)
	t.Logf("rdflib:\n%s", out)
}

// TestContextServed: the context every JSON-LD export embeds is served at
// a stable path.
func TestContextServed(t *testing.T) {
	_, ts := newTestServer(t, memStore(t), graph.ServeConfig{})
	resp, err := ts.Client().Get(ts.URL + schema.ContextPath)
	require.NoError(t, err)
	defer resp.Body.Close()
	assert.Equal(t, 200, resp.StatusCode)
	assert.Equal(t, "application/ld+json", resp.Header.Get("Content-Type"))
	var got struct {
		Context map[string]any `json:"@context"`
	}
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&got))
	assert.Equal(t, schema.Context(), got.Context)
	assert.Equal(t, "schema:headline", got.Context["headline"])
	assert.Equal(t, map[string]any{"@id": "cg:speaker", "@type": "@id"}, got.Context["speaker"])
}
