package graph

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/queries"
	"github.com/claimgraph/claimgraph/schema"
)

// ErrBadParam means a parameter's value cannot be used (a limit that is
// not a number, an unknown act).
var ErrBadParam = errors.New("bad parameter")

// Answer is a stored query's answer.
type Answer struct {
	Rows []any
	// Truncated: the result cap stopped the answer.
	Truncated bool
	// Paged: the query pages a claim list, and Total, AtLeast and
	// Offset describe it.
	Paged  bool
	Offset int
	// Total is how many rows the query has in all pages; with AtLeast,
	// counting stopped there and there are at least that many.
	Total   int
	AtLeast bool
}

// RunStored binds and runs a stored query. A query with an index header
// gets its page of claims from the claim index first (ClaimPage).
func (s *Store) RunStored(ctx context.Context, set *queries.Set, q queries.Query, params map[string]string, limit int, timeout time.Duration) (Answer, error) {
	if _, err := set.Bind(q, params); err != nil { // checks the parameters
		return Answer{}, err
	}
	if limit <= 0 {
		limit = 1000
	}
	if timeout > 0 {
		// The page is read within the query's time too.
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	var a Answer
	var extra map[string]any
	if q.Index != "" {
		// A page larger than the result cap is read one row past it, so
		// that the cap cuts it and the answer says so (truncated).
		pageParams := params
		if n, err := intParam(params, "limit", 0); err == nil && n > limit {
			pageParams = map[string]string{}
			for k, v := range params {
				pageParams[k] = v
			}
			pageParams["limit"] = strconv.Itoa(limit + 1)
		}
		p, err := s.ClaimPage(ctx, q.Index, pageParams)
		if errors.Is(err, context.DeadlineExceeded) {
			return Answer{}, fmt.Errorf("query %s: the query ran past its %s timeout: %w", q.Name, timeout, err)
		}
		if err != nil {
			return Answer{}, fmt.Errorf("query %s: %w", q.Name, err)
		}
		a.Paged, a.Offset, a.Total, a.AtLeast = true, p.Offset, p.Total, p.AtLeast
		extra = map[string]any{"claims": p.Claims, "about_of": p.AboutOf, "total": p.Total, "items": p.Items, "pairs": p.Pairs}
	}
	code, err := set.BindWith(q, params, extra)
	if err != nil {
		return Answer{}, err
	}
	a.Rows, a.Truncated, err = RunGizmoCapped(ctx, s.QS, code, limit, timeout)
	return a, err
}

// ClaimPage is one page of the claim index, as a stored query with an
// index header gets it.
type ClaimPage struct {
	Claims  []string          // the claims' IRIs (<…>), in order
	Dates   []string          // their publication dates
	AboutOf map[string]string // claim → the node it was found under
	Offset  int
	Total   int  // every claim the page is part of
	AtLeast bool // counting stopped at Total
	// Items are the page's rows as the index lists them, for lists of
	// things other than claims (an entity in an article).
	Items []Item
	// Pairs are conflicting's rows: about, denial, affirmation.
	Pairs [][3]string
}

// Item is one entry of a page: a claim, non-comment or entity, its
// article and the node whose list it was found in.
type Item struct {
	ID      string `json:"id"`
	Article string `json:"article"`
	Node    string `json:"node"`
	// Extra is what the list keeps beside the entry: a quotation's first
	// appearance, an appearance's quotation.
	Extra string `json:"extra,omitempty"`
}

// countBeyond bounds how far past the page a single list is counted;
// past it the total is "at least". The list of all claims of a large
// store is the one that reaches it.
const countBeyond = 10000

// ClaimPage resolves a query's names to nodes and pages their claim
// lists: ordered by date (then article, then position in it), filtered
// by act, from and to, each claim once. kind is the query's index
// header: "speaker" or "about".
func (s *Store) ClaimPage(ctx context.Context, kind string, params map[string]string) (ClaimPage, error) {
	r := ClaimPage{AboutOf: map[string]string{}, Claims: []string{}}
	def := 20
	switch kind {
	case "conflict":
		def = 10
	case "quotehistory":
		def = 50
	}
	lim, err := intParam(params, "limit", def)
	if err != nil {
		return r, err
	}
	if r.Offset, err = intParam(params, "offset", 0); err != nil {
		return r, err
	}
	if a := params["act"]; a != "" && !validActs(a) {
		return r, fmt.Errorf("%w: act %q is not one of speech, belief, intention, evidence, action, negated or all (several: speech,belief)", ErrBadParam, a)
	}
	switch kind {
	case "organization":
		return s.organizationPage(ctx, params, r, lim)
	case "noncomment":
		return s.nonCommentPage(ctx, params, r, lim)
	case "silent":
		return s.silentPage(ctx, params, r, lim)
	case "conflict":
		return s.conflictPage(ctx, params, r, lim)
	case "repeated":
		return s.repeatedPage(ctx, params, r, lim)
	case "firstsaid":
		return s.firstSaidPage(ctx, params, r, lim)
	case "quotehistory":
		return s.quoteHistoryPage(ctx, params, r, lim)
	case "misattributed":
		return s.misattributedPage(ctx, params, r, lim)
	}
	lists, err := s.listsFor(ctx, kind, params)
	if err != nil {
		return r, err
	}
	from, to := day(params["from"]), day(params["to"])
	keep := func(e indexEntry) bool {
		if !actMatches(e.Act, params["act"]) {
			return false
		}
		if from == "" && to == "" {
			return true
		}
		d := day(e.Date)
		return d != "" && (from == "" || d >= from) && (to == "" || d <= to)
	}
	var stop func(indexEntry) bool
	if to != "" {
		stop = func(e indexEntry) bool { return e.Date != "" && day(e.Date) > to } // later dates only from here
	}
	return s.pageMerged(ctx, lists, from, stop, keep, from != "" || to != "", r, lim)
}

// pageMerged pages the lists merged in order: it reads up to the page,
// then counts on up to countBeyond entries past it. stop, when given,
// ends the lists at the first entry it is true of.
//
// Past the page, entries are counted from their values alone (no date,
// article or position) unless stop is given or keep reads the date
// (dated).
func (s *Store) pageMerged(ctx context.Context, lists [][2]string, from string, stop, keep func(indexEntry) bool, dated bool, r ClaimPage, lim int) (ClaimPage, error) {
	n, end := 0, r.Offset+lim+countBeyond
	light := func() bool { return stop == nil && !dated && n >= r.Offset+lim }
	err := s.index.merge(ctx, lists, from, light, func(e indexEntry) bool {
		if stop != nil && stop(e) {
			return false
		}
		if keep != nil && !keep(e) {
			return true
		}
		if n >= r.Offset && n < r.Offset+lim {
			r.Claims, r.Dates = append(r.Claims, e.Claim), append(r.Dates, e.Date)
			r.AboutOf[e.Claim] = e.Node
			r.Items = append(r.Items, Item{ID: e.Claim, Article: e.Article, Node: e.Node, Extra: e.Extra})
		}
		n++
		return n < end
	})
	if err != nil {
		return r, fmt.Errorf("reading the claim index: %w", err)
	}
	r.Total, r.AtLeast = n, n >= end
	return r, nil
}

// listsFor names the index lists (kind, node) a query reads.
func (s *Store) listsFor(ctx context.Context, kind string, params map[string]string) ([][2]string, error) {
	var nodes []quad.Value
	var err error
	var typeList [2]string
	switch kind {
	case "speaker":
		if strings.TrimSpace(params["speaker"]) == "" {
			return [][2]string{{byAll, ""}}, nil
		}
		nodes, err = s.FindEntities(ctx, params["speaker"])
	case "about":
		if nodes, err = s.FindEntities(ctx, params["entity"]); err == nil && strings.TrimSpace(params["event"]) != "" {
			// Events of that name or type: one list, however many events.
			typeList = [2]string{byEventType, strings.ToLower(strings.TrimSpace(params["event"]))}
		}
	default:
		return nil, fmt.Errorf("the query's index %q is not speaker or about", kind)
	}
	if err != nil {
		return nil, fmt.Errorf("finding %s: %w", kind, err)
	}
	k := bySpeaker
	if kind == "about" {
		k = byAbout
	}
	var out [][2]string
	if typeList[0] != "" {
		out = append(out, typeList)
	}
	seen := map[string]bool{}
	for _, n := range nodes {
		if !seen[n.String()] {
			seen[n.String()] = true
			out = append(out, [2]string{k, n.String()})
		}
	}
	return out, nil
}

func intParam(params map[string]string, name string, def int) (int, error) {
	v := strings.TrimSpace(params[name])
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("%w: %s %q is not a whole number of rows", ErrBadParam, name, v)
	}
	if n == 0 && name == "limit" {
		return def, nil
	}
	return n, nil
}

func validActs(want string) bool {
	for _, w := range strings.Split(strings.ToLower(want), ",") {
		switch strings.TrimSpace(w) {
		case "speech", "belief", "intention", "evidence", "action", "negated", "all":
		default:
			return false
		}
	}
	return true
}

// day is the YYYY-MM-DD part of a date.
func day(d string) string {
	d = strings.TrimSpace(d)
	if len(d) > 10 {
		return d[:10]
	}
	return d
}

// titlePrefix is what users type before a name that entities are stored
// without ("Mr Blair", "Prime Minister Tony Blair"); prelude.js has the
// same list for users' own queries.
var titlePrefix = regexp.MustCompile(`(?i)^(mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|gen|col|capt|rev|president|prime minister|chancellor|minister|secretary|senator|sen|rep|governor|gov|mayor|king|queen|prince|princess|the)\.?\s+`)

// FindEntities returns the nodes whose name or alias is text, as the
// prelude's findEntities does: "id:person/x" names one node; otherwise
// the text as given, in title case, lower and upper case, then without a
// leading title. Lookups go through Cayley's path planner, which reads
// the object-predicate index: a much-quoted name is also the
// cg:speakerText of thousands of claims, which a plain object lookup
// would walk.
func (s *Store) FindEntities(ctx context.Context, text string) ([]quad.Value, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return nil, nil
	}
	if id, ok := strings.CutPrefix(text, "id:"); ok {
		return path.StartPath(s.QS, quad.IRI(schema.ID+id)).Has(schema.Type).Iterate(ctx).AllValues(s.QS)
	}
	found, err := s.namedBy(ctx, uniqStrings([]string{text, titleCase(text), strings.ToLower(text), strings.ToUpper(text)}), schema.Name, schema.AlternateName)
	for err == nil && len(found) == 0 {
		bare := titlePrefix.ReplaceAllString(text, "")
		if bare == text || bare == "" {
			break
		}
		text = bare
		found, err = s.namedBy(ctx, uniqStrings([]string{text, titleCase(text)}), schema.Name, schema.AlternateName)
	}
	return found, err
}

// namedBy returns, once each, the subjects of quads with one of preds
// and one of the string values, one value at a time (Cayley plans an In
// from many nodes as a scan of the predicate).
func (s *Store) namedBy(ctx context.Context, values []string, preds ...interface{}) ([]quad.Value, error) {
	var out []quad.Value
	seen := map[quad.Value]bool{}
	for _, v := range values {
		err := path.StartPath(s.QS, quad.String(v)).In(preds...).Iterate(ctx).EachValue(s.QS, func(n quad.Value) error {
			if !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// titleCase capitalises the first letter of each word, as the prelude's
// titleCase does.
func titleCase(s string) string {
	b := []rune(strings.ToLower(s))
	for i, r := range b {
		if r >= 'a' && r <= 'z' && (i == 0 || strings.ContainsRune(" \t\n-'", b[i-1])) {
			b[i] = r - 'a' + 'A'
		}
	}
	return string(b)
}
