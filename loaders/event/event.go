// Package event owns event mentions: their trigger, type, participants,
// places, times and quantities, and which later words ("the talks", "that
// truce") refer back to an event already found.
//
// Event IDs are "<article-id>#event-N", N counting from 1 in order of the
// event's first mention: stable for one article, and not joined across
// articles, because nothing in a single article says that two articles'
// "talks" are the same talks.
package event

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/claimgraph/claimgraph/loaders/dates"
	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/entity"
	"github.com/claimgraph/claimgraph/loaders/vocab"
)

// triggers maps a trigger word to its event type.
var triggers = map[string]string{
	"talks": "talks", "negotiations": "talks", "negotiation": "talks", "dialogue": "talks",
	"truce": "truce", "ceasefire": "truce", "cease-fire": "truce", "armistice": "truce",
	"attack": "attack", "attacks": "attack", "strike": "attack", "airstrike": "attack", "airstrikes": "attack",
	"air-strike": "attack", "bombing": "attack", "assault": "attack", "assaults": "attack", "raid": "attack",
	"shelling": "attack", "offensive": "attack", "ambush": "attack", "blast": "attack", "explosion": "attack",
	"shooting": "attack", "strikes": "attack",
	"election": "election", "elections": "election", "referendum": "election", "by-election": "election",
	"protest": "protest", "protests": "protest", "demonstration": "protest", "demonstrations": "protest", "rally": "protest",
	"meeting": "meeting", "summit": "meeting", "conference": "meeting",
	"agreement": "agreement", "deal": "agreement", "accord": "agreement", "treaty": "agreement", "pact": "agreement",
	"visit": "visit", "arrest": "arrest", "arrests": "arrest", "trial": "trial", "verdict": "trial", "ruling": "trial",
	"announcement": "announcement", "merger": "agreement", "takeover": "agreement", "acquisition": "agreement",
	"coup": "power", "war": "conflict", "conflict": "conflict",
}

// verbTriggers are verbs that report an event; the name is the noun.
var verbTriggers = map[string][2]string{
	"attacked": {"attack", "attack"}, "bombed": {"attack", "bombing"}, "raided": {"attack", "raid"},
	"shelled": {"attack", "shelling"}, "stormed": {"attack", "assault"}, "arrested": {"arrest", "arrest"},
	"detained": {"arrest", "arrest"}, "visited": {"visit", "visit"}, "protested": {"protest", "protest"},
}

// triggerWords are the keys of triggers and verbTriggers, in one table
// by vocabulary id (doc.View.Word).
var triggerWords = vocab.NewTable(func() map[string]bool {
	m := make(map[string]bool, len(triggers)+len(verbTriggers))
	for w := range triggers {
		m[w] = true
	}
	for w := range verbTriggers {
		m[w] = true
	}
	return m
}())

// pluralGeneric are plural triggers that, bare, name a kind of event
// rather than one event ("to mount assaults").
var pluralGeneric = map[string]bool{
	"attacks": true, "assaults": true, "airstrikes": true, "strikes": true, "protests": true, "elections": true,
	"arrests": true, "demonstrations": true,
}

// modifiers may stand before a trigger and belong to the event's name.
var modifiers = map[string]bool{
	"peace": true, "air": true, "suicide": true, "bomb": true, "missile": true, "drone": true, "rocket": true,
	"general": true, "presidential": true, "parliamentary": true, "trade": true, "nuclear": true, "official": true,
	"direct": true, "formal": true, "bilateral": true, "military": true, "militant": true, "terror": true,
	"terrorist": true, "ground": true, "local": true, "national": true, "state": true, "emergency": true,
	"budget": true, "strategic": true,
}

var determiners = map[string]bool{"the": true, "that": true, "this": true, "these": true, "those": true}

var speech = map[string]bool{"said": true, "says": true, "told": true, "announced": true, "added": true, "stated": true, "claimed": true, "reported": true}

// speechWords, weekdayWords and monthWords are speech, weekdays and
// months by vocabulary id: timeIn reads every token of a sentence.
var (
	speechWords  = vocab.NewTable(speech)
	weekdayWords = vocab.NewTable(okValues(weekdays))
	monthWords   = vocab.NewTable(okValues(months))
)

// okValue is a table's value and whether the table holds the word, as
// a map's two results.
type okValue[V any] struct {
	v  V
	ok bool
}

// okValues wraps a word list's values for a vocab.Table, whose lookup
// returns a zero value for a word it lacks: ok tells a listed word whose
// value is zero (time.Sunday) from an absent one.
func okValues[V any](m map[string]V) map[string]okValue[V] {
	out := make(map[string]okValue[V], len(m))
	for w, v := range m {
		out[w] = okValue[V]{v, true}
	}
	return out
}

var weekdays = map[string]time.Weekday{"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday}

var months = map[string]time.Month{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2,
	"mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}

var casualtyWords = map[string]string{"killed": "killed", "killing": "killed", "dead": "killed", "died": "killed",
	"deaths": "killed", "wounded": "wounded", "injured": "injured", "injuring": "injured", "wounding": "wounded"}

// mention is one trigger found in the text.
type mention struct {
	span     doc.Span
	typ      string
	name     string
	definite bool
	verb     bool // a verb trigger: its subject is adjacent
	sent     int
	tok      int
}

type extractor struct {
	d      *doc.Document
	lower  []string
	word   []int32       // vocabulary ids of lower
	ments  []doc.Mention // name mentions, by start
	pub    time.Time
	hasPub bool
}

type mentsKey struct{}

// Extract fills d.Events. It reads each sentence's tokens once and looks a
// bounded number of tokens around each trigger.
func Extract(d *doc.Document) {
	d.Events = d.Events[:0]
	x := &extractor{d: d, lower: d.View.Lower, word: d.View.Word}
	if !d.View.Indexed(len(d.Tokens)) {
		// (Segment lower-cases once for every stage.)
		x.lower = make([]string, len(d.Tokens))
		for i, t := range d.Tokens {
			x.lower[i] = doc.Lower(t.Text)
		}
		x.word = vocab.IDs(x.lower)
	}
	// The copy's storage goes from article to article (doc.Scratch).
	kept := doc.ScratchSlice[doc.Mention](&d.Scratch, mentsKey{})
	*kept = append(*kept, d.Mentions...)
	x.ments = *kept
	slices.SortStableFunc(x.ments, func(a, b doc.Mention) int { return cmp.Compare(a.Start, b.Start) })
	x.pub, x.hasPub = published(d.Published)
	for si, s := range d.Sentences {
		if s.First < 0 || s.Last > len(d.Tokens) || s.Start >= d.BodyEnd {
			continue
		}
		for i := s.First; i < s.Last; i++ {
			if !x.mayTrigger(i) {
				// Most words: one lookup, and no empty mention returned.
				continue
			}
			m, ok := x.trigger(i, s, si)
			if !ok {
				continue
			}
			x.add(m, s)
		}
	}
	x.inheritSides()
	prefix := d.ID
	if prefix != "" {
		prefix += "#"
	}
	for i := range d.Events {
		d.Events[i].ID = fmt.Sprintf("%sevent-%d", prefix, i+1)
	}
}

// published reads the publication date, which the pipeline's dates
// stage has already written in ISO 8601 (dates.ISO accepts either form).
func published(s string) (time.Time, bool) {
	iso, ok := dates.ISO(s)
	if !ok {
		return time.Time{}, false
	}
	if t, err := time.Parse(time.RFC3339, iso); err == nil {
		return t, true
	}
	t, err := time.Parse(time.DateOnly, iso)
	return t, err == nil
}

// mayTrigger reports whether token i is a word of any trigger table:
// one lookup, not one in each table.
func (x *extractor) mayTrigger(i int) bool {
	return triggerWords.Get(x.word[i], x.lower[i]) || x.lower[i] == "power"
}

// trigger reads an event trigger at token i, which mayTrigger let
// through.
func (x *extractor) trigger(i int, s doc.Sentence, si int) (mention, bool) {
	d := x.d
	w := x.lower[i]
	typ, ok := triggers[w]
	// "returned to power", "regained power", "seized power"
	if !ok && (w == "power") && i > s.First {
		k := i - 1
		if x.lower[k] == "to" && k > s.First {
			k--
		}
		switch x.lower[k] {
		case "returned", "regained", "seized", "took", "came", "retook", "swept":
			return mention{span: doc.Span{Start: d.Tokens[k].Start, End: d.Tokens[i].End}, typ: "power",
				name: "return to power", sent: si, tok: k}, true
		}
	}
	if !ok && i > s.First {
		// "were arrested" and "attacked" alike; "the attacked convoy" is no report.
		if vt, isVerb := verbTriggers[w]; isVerb && !determiners[x.lower[i-1]] && x.lower[i-1] != "a" {
			return mention{span: d.Tokens[i].Span, typ: vt[0], name: vt[1], sent: si, tok: i, verb: true}, true
		}
	}
	if !ok || d.Tokens[i].Kind != doc.Word {
		return mention{}, false
	}
	// "strike" the verb, "deal with", "talks" in "he talks": keep nouns
	// by their left neighbour.
	prev := ""
	if i > s.First {
		prev = x.lower[i-1]
	}
	if prev == "to" || prev == "will" || prev == "would" || prev == "could" || prev == "he" || prev == "she" || prev == "it" {
		if w != "talks" || prev == "he" || prev == "she" || prev == "it" {
			return mention{}, false
		}
	}
	if w == "deal" && i+1 < s.Last && x.lower[i+1] == "with" {
		return mention{}, false
	}
	start := i
	for start > s.First && start > i-2 && (modifiers[x.lower[start-1]] || strings.HasSuffix(x.lower[start-1], "-long")) {
		start--
	}
	definite := start > s.First && (determiners[x.lower[start-1]] || x.lower[start-1] == "its")
	if pluralGeneric[w] && start == i {
		// Bare plural: generic unless a number or determiner introduces it.
		if start == s.First || !(determiners[prev] || d.Tokens[i-1].Kind == doc.Number || prev == "two" || prev == "three" || prev == "several") {
			return mention{}, false
		}
	}
	name := strings.ToLower(d.Text[d.Tokens[start].Start:d.Tokens[i].End])
	return mention{span: doc.Span{Start: d.Tokens[start].Start, End: d.Tokens[i].End}, typ: typ, name: name,
		definite: definite, sent: si, tok: i}, true
}

// add merges a trigger into an earlier event of its type when it refers
// back to it, else starts a new event.
func (x *extractor) add(m mention, s doc.Sentence) {
	d := x.d
	timeText, timeVal := x.timeIn(s, m)
	parts := x.participants(m, s)
	var places []int
	if !m.definite {
		// "Speaking in Ankara, he said the talks…": where a talk about
		// the event is given is not where it happens.
		places = x.places(m, s)
	}
	qty := x.quantity(s)
	target := -1
	for e := len(d.Events) - 1; e >= 0; e-- {
		ev := d.Events[e]
		if ev.Type != m.typ {
			continue
		}
		switch {
		case x.headlineOnly(ev):
			// A headline names the event the body then tells about.
			target = e
		case m.typ == "power" && overlap(ev.Participants, parts):
			target = e
		case m.definite:
			target = e
		case timeText.Empty() || ev.TimeText.Empty() && false || d.Slice(ev.TimeText) == d.Slice(timeText):
			target = e
		}
		break
	}
	if target < 0 {
		d.Events = append(d.Events, doc.Event{Name: m.name, Type: m.typ, Trigger: m.span, Mentions: []doc.Span{m.span},
			Participants: parts, Places: places, Time: timeVal, TimeText: timeText, Quantity: qty})
		return
	}
	ev := &d.Events[target]
	ev.Mentions = append(ev.Mentions, m.span)
	ev.Participants = union(ev.Participants, parts)
	ev.Places = union(ev.Places, places)
	if ev.TimeText.Empty() && !timeText.Empty() {
		ev.TimeText, ev.Time = timeText, timeVal
	}
	if ev.Quantity == "" {
		ev.Quantity = qty
	}
	if fieldCount(m.name) > fieldCount(ev.Name) && !m.definite {
		ev.Name = m.name
	}
}

// fieldCount is len(strings.Fields(s)), without making the slice.
func fieldCount(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}

func overlap(a, b []int) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

func union(a, b []int) []int {
	for _, y := range b {
		found := false
		for _, x := range a {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			a = append(a, y)
		}
	}
	return a
}

// mentionsIn returns the name mentions inside [from, to).
func (x *extractor) mentionsIn(from, to int) []doc.Mention {
	k := sort.Search(len(x.ments), func(i int) bool { return x.ments[i].Start >= from })
	var out []doc.Mention
	for ; k < len(x.ments) && x.ments[k].Start < to; k++ {
		if x.ments[k].Entity >= 0 && x.ments[k].Entity < len(x.d.Entities) {
			out = append(out, x.ments[k])
		}
	}
	return out
}

func (x *extractor) mentionAt(tok int) (doc.Mention, bool) {
	t := x.d.Tokens[tok]
	ms := x.mentionsIn(t.Start, t.End)
	if len(ms) == 0 {
		return doc.Mention{}, false
	}
	return ms[0], true
}

var groupTypes = map[string]bool{"talks": true, "truce": true, "agreement": true, "meeting": true, "conflict": true}

// participants reads "between X and Y", "with X", the subject before the
// verb that governs the trigger, and a demonym before it.
func (x *extractor) participants(m mention, s doc.Sentence) []int {
	ps := participantSet{d: x.d, typ: m.typ}
	between := x.complementParticipants(&ps, m, s)
	first := x.subjectStart(m, s)
	x.verbObject(&ps, m, s)
	if !between && !m.definite {
		x.subjectParticipants(&ps, m, s, first)
	}
	// "a Pakistani airstrike"
	for k := m.tok - 1; k >= s.First && k >= m.tok-3; k-- {
		if g := entity.GovernmentOfDemonym(x.d, x.d.Tokens[k].Text); g >= 0 {
			ps.add(g)
			break
		}
	}
	return ps.out
}

// participantSet collects an event's participants. Places stand for
// their governments in group events, attacks and changes of power, and
// are no participants otherwise.
type participantSet struct {
	d   *doc.Document
	typ string
	out []int
}

func (ps *participantSet) add(e int) {
	if e < 0 {
		return
	}
	if groupTypes[ps.typ] || ps.typ == "attack" || ps.typ == "power" {
		if ps.d.Entities[e].Type == doc.Place {
			e = entity.Government(ps.d, e)
		}
	}
	if ps.d.Entities[e].Type == doc.Place {
		return
	}
	ps.out = union(ps.out, []int{e})
}

// complementParticipants reads "talks between A and B" (up to the
// clause's end) and "talks with/against A"; it reports whether the
// trigger took "between", whose sides leave a third party before the
// trigger out.
func (x *extractor) complementParticipants(ps *participantSet, m mention, s doc.Sentence) bool {
	end := m.tok + 1
	if end >= s.Last {
		return false
	}
	switch x.lower[end] {
	case "between":
		stop := end + 1
		for stop < s.Last && stop < end+16 && x.d.Tokens[stop].Kind != doc.Punct {
			stop++
		}
		for _, mm := range x.mentionsIn(x.d.Tokens[end].End, x.d.Tokens[stop-1].End) {
			ps.add(mm.Entity)
		}
		return true
	case "with", "against":
		for k := end + 1; k < s.Last && k < end+4; k++ {
			if mm, ok := x.mentionAt(k); ok {
				ps.add(mm.Entity)
				break
			}
		}
	}
	return false
}

// subjectStart steps back over the trigger's modifiers ("long-awaited
// peace talks") to where its subject would end; a change of power keeps
// its own token ("the Taliban returned to power").
func (x *extractor) subjectStart(m mention, s doc.Sentence) int {
	if m.typ == "power" {
		return m.tok
	}
	first := m.tok
	for first > s.First && first > m.tok-3 && x.modifierAt(first-1) {
		first--
	}
	return first
}

func (x *extractor) modifierAt(k int) bool {
	w := x.lower[k]
	return modifiers[w] || strings.HasSuffix(w, "-long") || determiners[w] || w == "a" || w == "an"
}

// verbObject reads the object of a verb trigger: "bombed the TTP".
func (x *extractor) verbObject(ps *participantSet, m mention, s doc.Sentence) {
	k := m.tok + 1
	if !m.verb || k >= s.Last {
		return
	}
	if x.lower[k] == "the" {
		k++
	}
	if k < s.Last {
		if mm, ok := x.mentionAt(k); ok {
			ps.add(mm.Entity)
		}
	}
}

// subjectParticipants reads the subject before the trigger ("Pakistan
// held peace talks") with its coordinated mentions ("Turkey and Greece
// will hold talks"). A speaker before "said" is no subject, and "the
// strike" in a later sentence is commented on, not carried out, by that
// sentence's subject (the caller skips definite mentions).
func (x *extractor) subjectParticipants(ps *participantSet, m mention, s doc.Sentence, first int) {
	for k := first - 1; k >= s.First && k >= first-4; k-- {
		t := x.d.Tokens[k]
		if t.Kind == doc.Punct || t.Kind == doc.QuoteMark || speech[x.lower[k]] || x.lower[k] == "that" {
			return
		}
		mm, ok := x.mentionAt(k)
		if !ok {
			continue
		}
		if k < first-1 || m.typ == "power" || m.verb {
			ps.add(mm.Entity)
			x.coordinated(ps, s, k)
		}
		return
	}
}

// coordinated adds the mentions joined to the one at k by "and" or ",".
func (x *extractor) coordinated(ps *participantSet, s doc.Sentence, k int) {
	for b := k - 1; b > s.First && b >= k-8; b-- {
		if x.lower[b] != "and" && x.lower[b] != "," {
			if _, ok := x.mentionAt(b); !ok {
				return
			}
			continue
		}
		if o, ok := x.mentionAt(b - 1); ok {
			ps.add(o.Entity)
		}
	}
}

// places reads "in X", "at X" in the trigger's sentence, nearest first.
func (x *extractor) places(m mention, s doc.Sentence) []int {
	d := x.d
	best, dist := -1, 1<<30
	for k := s.First; k+1 < s.Last; k++ {
		switch x.lower[k] {
		case "in", "at", "near", "across":
		default:
			continue
		}
		mm, ok := x.mentionAt(k + 1)
		if !ok || d.Entities[mm.Entity].Type != doc.Place {
			continue
		}
		dd := k - m.tok
		if dd < 0 {
			dd = -dd
		}
		if dd < dist && dd < 14 {
			best, dist = mm.Entity, dd
		}
	}
	if best < 0 {
		return nil
	}
	return []int{best}
}

// quantity reads casualties: "killed 47 people", "47 people were killed".
func (x *extractor) quantity(s doc.Sentence) string {
	d := x.d
	for k := s.First; k < s.Last; k++ {
		what, ok := casualtyWords[x.lower[k]]
		if !ok {
			continue
		}
		for j := k + 1; j < s.Last && j <= k+3; j++ {
			if d.Tokens[j].Kind == doc.Number {
				return d.Tokens[j].Text + " " + what
			}
		}
		for j := k - 1; j >= s.First && j >= k-4; j-- {
			if d.Tokens[j].Kind == doc.Number {
				return d.Tokens[j].Text + " " + what
			}
		}
	}
	return ""
}

// timeIn finds the time expression of the trigger's sentence, skipping
// one that dates the reporting ("said Wednesday"), and normalises it.
func (x *extractor) timeIn(s doc.Sentence, m mention) (doc.Span, string) {
	d := x.d
	future := false
	for k := s.First; k < s.Last; k++ {
		switch x.lower[k] {
		case "will", "would", "could", "might", "shall", "until", "next", "upcoming", "tomorrow", "planned", "scheduled", "due", "by":
			future = true
		}
	}
	for k := s.First; k < s.Last; k++ {
		w, id := x.lower[k], x.word[k]
		if len(w) > 0 && w[len(w)-1] == '.' {
			w = w[:len(w)-1]
			id = vocab.ID(w)
		}
		if k > s.First && speechWords.Get(x.word[k-1], x.lower[k-1]) {
			continue
		}
		if k > s.First+1 && x.lower[k-1] == "on" && speechWords.Get(x.word[k-2], x.lower[k-2]) {
			continue
		}
		if wd := weekdayWords.Get(id, w); wd.ok {
			wd := wd.v
			sp := d.Tokens[k].Span
			return sp, x.weekday(wd, future, d.Slice(sp))
		}
		if w == "last" || w == "next" || w == "this" {
			if k+1 < s.Last {
				switch x.lower[k+1] {
				case "week", "month", "year":
					sp := doc.Span{Start: d.Tokens[k].Start, End: d.Tokens[k+1].End}
					return sp, x.relative(w, x.lower[k+1], d.Slice(sp))
				}
			}
		}
		switch w {
		case "yesterday", "today", "tomorrow":
			sp := d.Tokens[k].Span
			return sp, x.dayOffset(w, d.Slice(sp))
		}
		if mo := monthWords.Get(id, w); mo.ok && len(w) >= 3 && d.Tokens[k].Text[0] >= 'A' && d.Tokens[k].Text[0] <= 'Z' {
			if w == "may" && !(k+1 < s.Last && d.Tokens[k+1].Kind == doc.Number) && !(k > s.First && (x.lower[k-1] == "in" || x.lower[k-1] == "until" || x.lower[k-1] == "since")) {
				continue
			}
			from := k
			until := k > s.First && (x.lower[k-1] == "until" || x.lower[k-1] == "till" || x.lower[k-1] == "through")
			if until {
				from = k - 1
				future = true
			}
			day := 0
			to := k
			if k+1 < s.Last && d.Tokens[k+1].Kind == doc.Number {
				if n, err := strconv.Atoi(d.Tokens[k+1].Text); err == nil && n >= 1 && n <= 31 {
					day, to = n, k+1
				}
			} else if k > s.First && d.Tokens[k-1].Kind == doc.Number {
				if n, err := strconv.Atoi(d.Tokens[k-1].Text); err == nil && n >= 1 && n <= 31 {
					day = n
					if !until {
						from = k - 1
					}
				}
			}
			sp := doc.Span{Start: d.Tokens[from].Start, End: d.Tokens[to].End}
			return sp, x.monthDay(mo.v, day, future, until, d.Slice(sp))
		}
		if d.Tokens[k].Kind == doc.Number && len(w) == 4 && k > s.First && (x.lower[k-1] == "in" || x.lower[k-1] == "since") {
			if y, err := strconv.Atoi(w); err == nil && y > 1900 && y < 2100 {
				return d.Tokens[k].Span, w
			}
		}
	}
	return doc.Span{}, ""
}

func day(t time.Time) string { return t.Format("2006-01-02") }

func (x *extractor) weekday(wd time.Weekday, future bool, text string) string {
	if !x.hasPub {
		return text
	}
	t := x.pub
	if future {
		for t.Weekday() != wd {
			t = t.AddDate(0, 0, 1)
		}
	} else {
		for t.Weekday() != wd {
			t = t.AddDate(0, 0, -1)
		}
	}
	return day(t)
}

func (x *extractor) dayOffset(w, text string) string {
	if !x.hasPub {
		return text
	}
	switch w {
	case "yesterday":
		return day(x.pub.AddDate(0, 0, -1))
	case "tomorrow":
		return day(x.pub.AddDate(0, 0, 1))
	}
	return day(x.pub)
}

// relative turns "last month" into a month, "last year" into a year and
// "last week" into a seven-day interval.
func (x *extractor) relative(which, unit, text string) string {
	if !x.hasPub {
		return text
	}
	n := map[string]int{"last": -1, "this": 0, "next": 1}[which]
	p := x.pub
	switch unit {
	case "year":
		return strconv.Itoa(p.Year() + n)
	case "month":
		first := time.Date(p.Year(), p.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, n, 0)
		return first.Format("2006-01")
	}
	// ISO weeks start on Monday.
	off := (int(p.Weekday()) + 6) % 7
	mon := time.Date(p.Year(), p.Month(), p.Day(), 0, 0, 0, 0, time.UTC).AddDate(0, 0, -off+7*n)
	return day(mon) + "/" + day(mon.AddDate(0, 0, 6))
}

// monthDay resolves "May 30" (or "August") against the publication date:
// the last such date before it in a past sentence, the next one in a
// future sentence. "until" makes an open interval ending then.
func (x *extractor) monthDay(mo time.Month, dd int, future, until bool, text string) string {
	if !x.hasPub {
		return text
	}
	p := x.pub
	y := p.Year()
	var out string
	if dd == 0 {
		if future && mo < p.Month() {
			y++
		}
		if !future && mo > p.Month() {
			y--
		}
		out = fmt.Sprintf("%04d-%02d", y, int(mo))
	} else {
		t := time.Date(y, mo, dd, 0, 0, 0, 0, time.UTC)
		pd := time.Date(p.Year(), p.Month(), p.Day(), 0, 0, 0, 0, time.UTC)
		if future && t.Before(pd) {
			t = t.AddDate(1, 0, 0)
		}
		if !future && t.After(pd) {
			t = t.AddDate(-1, 0, 0)
		}
		out = day(t)
	}
	if until {
		return "../" + out
	}
	return out
}

// inheritSides gives a truce or an agreement that names no sides those of
// the talks just before it, which it came out of.
func (x *extractor) inheritSides() {
	d := x.d
	for i := range d.Events {
		ev := &d.Events[i]
		if ev.Type != "truce" && ev.Type != "agreement" || len(ev.Participants) > 1 {
			continue
		}
		best, bestEnd := -1, -1
		for j, t := range d.Events {
			if t.Type != "talks" {
				continue
			}
			for _, m := range t.Mentions {
				if m.End <= ev.Trigger.Start && m.End > bestEnd && ev.Trigger.Start-m.End < 1500 {
					best, bestEnd = j, m.End
				}
			}
		}
		if best >= 0 {
			ev.Participants = union(ev.Participants, d.Events[best].Participants)
		}
	}
}

func (x *extractor) headlineOnly(ev doc.Event) bool {
	if x.d.BodyStart <= 0 {
		return false
	}
	for _, m := range ev.Mentions {
		if m.Start >= x.d.BodyStart {
			return false
		}
	}
	return true
}

// VocabWords lists the trigger words, for loaders/vocab's generator.
func VocabWords() []string {
	ws := make([]string, 0, len(triggers)+len(verbTriggers))
	for w := range triggers {
		ws = append(ws, w)
	}
	for w := range verbTriggers {
		ws = append(ws, w)
	}
	for w := range speech {
		ws = append(ws, w)
	}
	for w := range weekdays {
		ws = append(ws, w)
	}
	for w := range months {
		ws = append(ws, w)
	}
	return ws
}
