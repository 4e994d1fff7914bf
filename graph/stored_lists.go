package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/schema"
)

// The pages of speakers-of, no-comment, silent-mentioned and
// conflicting, from the claim index's lists (claimindex_lists.go).

// organizationPage pages an organization's claims, oldest first: those
// of the people an article gives it as their affiliation, and those an
// article gives it as their speaker's affiliation.
func (s *Store) organizationPage(ctx context.Context, params map[string]string, r ClaimPage, lim int) (ClaimPage, error) {
	orgs, err := s.FindEntities(ctx, params["organization"])
	if err != nil {
		return r, fmt.Errorf("finding organization: %w", err)
	}
	var lists [][2]string
	seen := map[string]bool{}
	for _, o := range orgs {
		lists = append(lists, [2]string{byAffiliation, o.String()})
		err := s.index.scan(ctx, byMember, o.String(), "", func(e indexEntry) bool {
			if !seen[e.Claim] {
				seen[e.Claim] = true
				lists = append(lists, [2]string{bySpeaker, e.Claim})
			}
			return true
		})
		if err != nil {
			return r, fmt.Errorf("reading the claim index: %w", err)
		}
	}
	act := params["act"]
	return s.pageMerged(ctx, lists, "", nil, func(e indexEntry) bool { return actMatches(e.Act, act) }, false, r, lim)
}

// nonCommentPage pages non-comments, oldest first: an entity's, or all,
// filtered by topic words and dates.
func (s *Store) nonCommentPage(ctx context.Context, params map[string]string, r ClaimPage, lim int) (ClaimPage, error) {
	lists := [][2]string{{allNonComment, ""}}
	if strings.TrimSpace(params["entity"]) != "" {
		nodes, err := s.FindEntities(ctx, params["entity"])
		if err != nil {
			return r, fmt.Errorf("finding entity: %w", err)
		}
		lists = lists[:0]
		for _, n := range nodes {
			lists = append(lists, [2]string{byWho, n.String()})
		}
	}
	from, to := day(params["from"]), day(params["to"])
	topic := strings.ToLower(strings.TrimSpace(params["topic"]))
	keep := func(e indexEntry) bool {
		if topic != "" && !strings.Contains(strings.ToLower(e.Extra), topic) {
			return false
		}
		d := day(e.Date)
		return (from == "" && to == "") || (d != "" && (from == "" || d >= from) && (to == "" || d <= to))
	}
	var stop func(indexEntry) bool
	if to != "" {
		stop = func(e indexEntry) bool { return e.Date != "" && day(e.Date) > to }
	}
	return s.pageMerged(ctx, lists, from, stop, keep, from != "" || to != "", r, lim)
}

// silentPage pages (entity, article) pairs where the article mentions
// the entity and quotes nobody from it, oldest first: one article's, one
// entity's, or all.
func (s *Store) silentPage(ctx context.Context, params map[string]string, r ClaimPage, lim int) (ClaimPage, error) {
	var only map[string]bool
	lists := [][2]string{{allSilent, ""}}
	if strings.TrimSpace(params["entity"]) != "" {
		nodes, err := s.FindEntities(ctx, params["entity"])
		if err != nil {
			return r, fmt.Errorf("finding entity: %w", err)
		}
		only, lists = map[string]bool{}, lists[:0]
		for _, n := range nodes {
			only[n.String()] = true
			lists = append(lists, [2]string{bySilent, n.String()})
		}
	}
	id := strings.TrimSpace(params["article"])
	if id == "" {
		return s.pageMerged(ctx, lists, "", nil, nil, false, r, lim)
	}
	// One article: its entries in the list of all, from its date on.
	art, date, err := s.articleByID(ctx, id)
	if err != nil || art == "" {
		return r, err
	}
	if date == "" {
		date = undated
	}
	stop := func(e indexEntry) bool { return e.Article != art }
	keep := func(e indexEntry) bool { return only == nil || only[e.Claim] }
	return s.pageMerged(ctx, [][2]string{{allSilent, ""}}, date+"\x01"+art+"\x01", stop, keep, false, r, lim)
}

// articleByID finds an article by its identifier: its IRI and date.
func (s *Store) articleByID(ctx context.Context, id string) (art, date string, err error) {
	arts, err := path.StartPath(s.QS, quad.String(id)).In(schema.Identifier).Has(schema.Type, schema.NewsArticle).Iterate(ctx).AllValues(s.QS)
	if err != nil || len(arts) == 0 {
		return "", "", err
	}
	ds, err := path.StartPath(s.QS, arts[0]).Out(schema.DatePublished).Iterate(ctx).AllValues(s.QS)
	if err != nil {
		return "", "", err
	}
	if len(ds) > 0 {
		date = literal(ds[0])
	}
	return arts[0].String(), date, nil
}

// conflictBudget bounds how many index entries conflicting reads to
// count its rows; past it the total is "at least".
const conflictBudget = 50000

// conflictPage pages conflicting's rows: each denial (oldest first), for
// each thing it is about, each affirmation about that thing by another
// speaker (oldest first). With about, only denials about those things.
func (s *Store) conflictPage(ctx context.Context, params map[string]string, r ClaimPage, lim int) (ClaimPage, error) {
	c := &conflicts{s: s, ctx: ctx, affirms: map[string][][2]string{}, end: r.Offset + lim + countBeyond}
	var lists [][2]string
	if strings.TrimSpace(params["about"]) != "" {
		nodes, err := s.FindEntities(ctx, params["about"])
		if err != nil {
			return r, fmt.Errorf("finding about: %w", err)
		}
		for _, n := range nodes {
			lists = append(lists, [2]string{byDenial, n.String()})
		}
	} else {
		lists = [][2]string{{allDenials, ""}}
	}
	err := s.index.merge(ctx, lists, "", nil, func(e indexEntry) bool {
		who, abouts := e.Extra, []string{e.Node}
		if e.Kind == allDenials {
			parts := strings.Split(e.Extra, extraSep)
			who, abouts = parts[0], parts[1:]
		}
		for _, about := range abouts {
			if !c.add(about, e.Claim, who, &r, lim) {
				return false
			}
		}
		return true
	})
	if err == nil {
		err = c.err
	}
	if err != nil {
		return r, fmt.Errorf("reading the claim index: %w", err)
	}
	r.Total, r.AtLeast = c.n, c.n >= c.end || c.read >= conflictBudget
	return r, nil
}

// conflicts counts and collects conflicting's rows.
type conflicts struct {
	s       *Store
	ctx     context.Context
	affirms map[string][][2]string // about → its affirmations (claim, speaker), oldest first
	n, end  int                    // rows so far; stop counting here
	read    int                    // index entries read
	err     error
}

// add adds the rows of one denial about one thing; false stops.
func (c *conflicts) add(about, denial, who string, r *ClaimPage, lim int) bool {
	if who == "" {
		return true
	}
	as, err := c.affirmations(about)
	if err != nil {
		c.err = err
		return false
	}
	for _, a := range as {
		if a[1] == who {
			continue
		}
		if c.n >= r.Offset && c.n < r.Offset+lim {
			r.Pairs = append(r.Pairs, [3]string{about, denial, a[0]})
		}
		if c.n++; c.n >= c.end {
			return false
		}
	}
	return c.read < conflictBudget
}

// affirmations lists the affirmations about a thing by a known speaker,
// oldest first, reading its list once.
func (c *conflicts) affirmations(about string) ([][2]string, error) {
	if as, ok := c.affirms[about]; ok {
		return as, nil
	}
	var as [][2]string
	err := c.s.index.scan(c.ctx, byAbout, about, "", func(e indexEntry) bool {
		c.read++
		st, who, _ := strings.Cut(e.Extra, extraSep)
		if st == stanceAffirm && who != "" {
			as = append(as, [2]string{e.Claim, who})
		}
		return c.read < conflictBudget
	})
	c.affirms[about] = as
	return as, err
}
