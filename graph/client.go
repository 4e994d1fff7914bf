package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/claimgraph/claimgraph/schema"
)

// Writer stores batches of articles: a *Store directly, or a *Client
// through a running server.
type Writer interface {
	Write(ctx context.Context, batch []schema.Bundle) ([]WriteResult, error)
}

// wireBundle is one article's quads on the wire. Quads travel as N-Quads
// text because quad.Quad's own JSON form loses literal types (an integer
// offset would come back as a string), and the replace diff compares
// quads exactly.
type wireBundle struct {
	Article string `json:"article"`
	Owned   string `json:"owned"`
	Shared  string `json:"shared"`
}

// wireResult is WriteResult on the wire.
type wireResult struct {
	Article  string `json:"article"`
	Replaced bool   `json:"replaced"`
	Added    int    `json:"added"`
	Removed  int    `json:"removed"`
}

func encodeQuads(qs []quad.Quad) (string, error) {
	var buf bytes.Buffer
	w := nquads.NewWriter(&buf)
	if _, err := w.WriteQuads(qs); err != nil {
		return "", err
	}
	if err := w.Close(); err != nil {
		return "", err
	}
	return buf.String(), nil
}

func decodeQuads(s string) ([]quad.Quad, error) {
	r := nquads.NewReader(strings.NewReader(s), false)
	defer r.Close()
	return quad.ReadAll(r)
}

// toWire encodes bundles for POST /api/articles.
func toWire(batch []schema.Bundle) ([]wireBundle, error) {
	out := make([]wireBundle, 0, len(batch))
	for _, b := range batch {
		o, err := encodeQuads(b.Owned)
		if err != nil {
			return nil, fmt.Errorf("encoding %s: %w", b.Article, err)
		}
		s, err := encodeQuads(b.Shared)
		if err != nil {
			return nil, fmt.Errorf("encoding %s: %w", b.Article, err)
		}
		out = append(out, wireBundle{Article: string(b.Article), Owned: o, Shared: s})
	}
	return out, nil
}

// fromWire decodes bundles and checks that each only claims its own
// quads: owned quads carry the article's label and shared ones none, so a
// client cannot replace another article's quads by mislabelling.
func fromWire(ws []wireBundle) ([]schema.Bundle, error) {
	out := make([]schema.Bundle, 0, len(ws))
	for i, w := range ws {
		if !strings.HasPrefix(w.Article, schema.ID+"article/") {
			return nil, fmt.Errorf("bundle %d: article %q is not a claimgraph article IRI (%sarticle/…)", i, w.Article, schema.ID)
		}
		art := quad.IRI(w.Article)
		owned, err := decodeQuads(w.Owned)
		if err != nil {
			return nil, fmt.Errorf("bundle %d (%s): reading its owned quads: %w", i, w.Article, err)
		}
		shared, err := decodeQuads(w.Shared)
		if err != nil {
			return nil, fmt.Errorf("bundle %d (%s): reading its shared quads: %w", i, w.Article, err)
		}
		for _, q := range owned {
			if q.Label != art {
				return nil, fmt.Errorf("bundle %d: an owned quad is labelled %v, not its article %s", i, q.Label, w.Article)
			}
		}
		for _, q := range shared {
			if q.Label != nil {
				return nil, fmt.Errorf("bundle %d (%s): a shared quad carries the label %v; shared quads have none", i, w.Article, q.Label)
			}
		}
		out = append(out, schema.Bundle{Article: art, Owned: owned, Shared: shared})
	}
	return out, nil
}

// Client writes articles through a running `claimgraph serve`, so that a
// load need not stop the server that holds the store.
type Client struct {
	base  string
	token string
	http  *http.Client
}

// NewClient returns a client of the server at baseURL (http://host:port)
// sending token as its bearer token.
func NewClient(baseURL, token string) *Client {
	return &Client{base: strings.TrimRight(baseURL, "/"), token: token, http: &http.Client{Timeout: 5 * time.Minute}}
}

// RefreshDerived asks the server to recount the derived speaker and
// mention values (POST /api/derived), as a local load does at its end.
func (c *Client) RefreshDerived(ctx context.Context) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/api/derived", nil)
	if err != nil {
		return fmt.Errorf("building the request to %s: %w", c.base, err)
	}
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("asking %s to recount the derived values: %w", c.base, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		data, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<16))
		return fmt.Errorf("the server at %s did not recount the derived values (%s): %s", c.base, resp.Status, serverError(data))
	}
	return nil
}

// DerivedStale asks the server whether its derived values miss some
// write (GET /api/derived).
func (c *Client) DerivedStale(ctx context.Context) (bool, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/api/derived", nil)
	if err != nil {
		return false, fmt.Errorf("building the request to %s: %w", c.base, err)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return false, fmt.Errorf("asking %s whether its derived values are up to date: %w", c.base, err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<16))
	if resp.StatusCode != http.StatusOK {
		return false, fmt.Errorf("the server at %s did not say whether its derived values are up to date (%s): %s", c.base, resp.Status, serverError(data))
	}
	var out struct {
		Stale bool `json:"stale"`
	}
	if err := json.Unmarshal(data, &out); err != nil {
		return false, fmt.Errorf("reading the answer of %s: %w", c.base, err)
	}
	return out.Stale, nil
}

// Write posts a batch to /api/articles; the server stores it in one
// transaction with the same replace semantics as Store.Write.
func (c *Client) Write(ctx context.Context, batch []schema.Bundle) ([]WriteResult, error) {
	wire, err := toWire(batch)
	if err != nil {
		return nil, err
	}
	body, err := json.Marshal(map[string]any{"articles": wire})
	if err != nil {
		return nil, fmt.Errorf("encoding the batch: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/api/articles", bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("building the request to %s: %w", c.base, err)
	}
	req.Header.Set("Content-Type", "application/json")
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("sending articles to %s: %w (is `claimgraph serve` running there?)", c.base, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 16<<20))
	if err != nil {
		return nil, fmt.Errorf("reading the answer of %s: %w", c.base, err)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("the server at %s refused the batch (%s): %s", c.base, resp.Status, serverError(data))
	}
	var out struct {
		Results []wireResult `json:"results"`
	}
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, fmt.Errorf("reading the answer of %s: %w", c.base, err)
	}
	res := make([]WriteResult, 0, len(out.Results))
	for _, r := range out.Results {
		res = append(res, WriteResult{Article: quad.IRI(r.Article), Replaced: r.Replaced, Added: r.Added, Removed: r.Removed})
	}
	return res, nil
}

// serverError is the message of a server's JSON error answer, or its
// body as text when it is not one.
func serverError(data []byte) string {
	var e struct {
		Error string `json:"error"`
	}
	if json.Unmarshal(data, &e) == nil && e.Error != "" {
		return e.Error
	}
	return strings.TrimSpace(string(data))
}
