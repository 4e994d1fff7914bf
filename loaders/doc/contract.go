package doc

import "unicode/utf8"

// Extraction is the pipeline's output for one article: the JSON contract
// that `claimgraph extract` prints and that the graph writer stores.
// Every offset is a Unicode code point into Text, end exclusive.
type Extraction struct {
	ID           string          `json:"id"`
	URL          string          `json:"url,omitempty"`
	Title        string          `json:"title,omitempty"`
	Published    string          `json:"published,omitempty"`
	Publisher    string          `json:"publisher,omitempty"`
	Author       string          `json:"author,omitempty"`
	Lang         string          `json:"lang,omitempty"`
	Text         string          `json:"text"`
	Headline     *TextSpan       `json:"headline,omitempty"`
	Boilerplate  *TextSpan       `json:"boilerplate,omitempty"`
	Attributions []OutAttr       `json:"attributions"`
	NonComments  []OutNonComment `json:"non_comments"`
	Entities     []OutEntity     `json:"entities"`
	Events       []OutEvent      `json:"events"`
}

// TextSpan is a stretch of Text with its code-point offsets.
type TextSpan struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// EntityRef names the entity a mention resolves to.
type EntityRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Type string `json:"type"`
}

// MentionRef is a mention with the entity it resolves to, if any, and
// the rule that resolved it.
type MentionRef struct {
	TextSpan
	Entity *EntityRef `json:"entity,omitempty"`
	Rule   string     `json:"rule,omitempty"`
}

// OutAttr is an attribution in the contract.
type OutAttr struct {
	Speaker *MentionRef `json:"speaker"`
	Cue     TextSpan    `json:"cue"`
	// Content is the content as news attribution corpora mark it: with
	// the quotation marks around it, the punctuation inside the closing
	// mark and an introducing "that" (“We will win,” she said; said
	// that the talks failed).
	Content TextSpan `json:"content"`
	// Claim is the content's own words, which the graph stores and
	// shows: without those marks, that "that" or the trailing
	// punctuation.
	Claim         TextSpan   `json:"claim"`
	Kind          string     `json:"kind"`
	Lemma         string     `json:"lemma,omitempty"`
	Rule          string     `json:"rule,omitempty"`
	Act           string     `json:"act,omitempty"`
	Role          string     `json:"role,omitempty"`
	Affiliation   *EntityRef `json:"affiliation,omitempty"`
	Channel       string     `json:"channel,omitempty"`
	Addressee     string     `json:"addressee,omitempty"`
	Anonymous     bool       `json:"anonymous,omitempty"`
	Negated       bool       `json:"negated,omitempty"`
	AboutEntities []string   `json:"about_entities,omitempty"`
	AboutEvents   []string   `json:"about_events,omitempty"`
}

// OutNonComment is a non-comment in the contract.
type OutNonComment struct {
	EntityMention TextSpan   `json:"entity_mention"`
	Entity        *EntityRef `json:"entity"`
	Cue           TextSpan   `json:"cue"`
	Topic         *TextSpan  `json:"topic"`
	// Spokesperson is the named person who declined for the entity, when
	// the text names one.
	Spokesperson *MentionRef `json:"spokesperson,omitempty"`
}

// OutEntity is an entity in the contract.
type OutEntity struct {
	ID          string     `json:"id"`
	Name        string     `json:"name"`
	Type        string     `json:"type"`
	Aliases     []string   `json:"aliases"`
	Role        string     `json:"role,omitempty"`
	Affiliation *EntityRef `json:"affiliation,omitempty"`
	Mentions    []Offsets  `json:"mentions"`
}

// Offsets is a bare code-point range.
type Offsets struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// OutEvent is an event in the contract.
type OutEvent struct {
	ID           string      `json:"id"`
	Name         string      `json:"name"`
	Type         string      `json:"type"`
	Trigger      TextSpan    `json:"trigger"`
	Participants []EntityRef `json:"participants,omitempty"`
	Places       []EntityRef `json:"places,omitempty"`
	Time         string      `json:"time,omitempty"`
	TimeText     *TextSpan   `json:"time_text,omitempty"`
	Quantity     string      `json:"quantity,omitempty"`
}

// RuneIndex maps byte offsets of one text to code-point offsets.
type RuneIndex struct {
	text string
	// at[i] is the code-point offset of byte i; only filled for non-ASCII
	// texts, since for ASCII the two are the same.
	at []int32
}

// NewRuneIndex indexes text once so that each conversion is O(1).
func NewRuneIndex(text string) *RuneIndex {
	ri := &RuneIndex{text: text}
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return ri
	}
	ri.at = make([]int32, len(text)+1)
	n := int32(0)
	for i := 0; i < len(text); {
		_, size := utf8.DecodeRuneInString(text[i:])
		for k := 0; k < size; k++ {
			ri.at[i+k] = n
		}
		i += size
		n++
	}
	ri.at[len(text)] = n
	return ri
}

// Rune converts a byte offset to a code-point offset.
func (ri *RuneIndex) Rune(b int) int {
	if b < 0 {
		return 0
	}
	if b > len(ri.text) {
		b = len(ri.text)
	}
	if ri.at == nil {
		return b
	}
	return int(ri.at[b])
}

// Span converts a byte span to a TextSpan.
func (ri *RuneIndex) Span(s Span) TextSpan {
	if s.Start < 0 {
		s.Start = 0
	}
	if s.End > len(ri.text) {
		s.End = len(ri.text)
	}
	if s.End < s.Start {
		s.End = s.Start
	}
	return TextSpan{Text: ri.text[s.Start:s.End], Start: ri.Rune(s.Start), End: ri.Rune(s.End)}
}

// ByteOffset converts a code-point offset back to a byte offset; it is
// used by readers of gold files.
func ByteOffset(text string, r int) int {
	n := 0
	for i := range text {
		if n == r {
			return i
		}
		n++
	}
	return len(text)
}

func (d *Document) ref(i int) *EntityRef {
	if i < 0 || i >= len(d.Entities) {
		return nil
	}
	e := d.Entities[i]
	return &EntityRef{ID: e.ID, Name: e.Name, Type: string(e.Type)}
}

// outAttr converts one attribution to the contract: its content as the
// corpora mark it, its claim as the stages read it.
func (d *Document) outAttr(ri *RuneIndex, marks contentMarks, a Attribution) OutAttr {
	o := OutAttr{
		Cue: ri.Span(a.Cue), Content: ri.Span(marks.widen(a.Content, a.Cue)), Claim: ri.Span(claimSpan(a, d.Text)),
		Kind: a.Kind, Lemma: a.Lemma, Rule: a.Rule, Act: a.ActOrSpeech(),
		Role: a.Role, Channel: a.Channel, Addressee: a.Addressee, Anonymous: a.Anonymous, Negated: a.Negated,
	}
	if !a.Speaker.Empty() {
		o.Speaker = &MentionRef{TextSpan: ri.Span(a.Speaker), Entity: d.ref(a.SpeakerEntity), Rule: a.Resolution}
		if a.SpeakerEntity >= 0 && a.SpeakerEntity < len(d.Entities) {
			o.Affiliation = d.ref(d.Entities[a.SpeakerEntity].Affiliation)
		}
	}
	for _, e := range a.AboutEntities {
		if r := d.ref(e); r != nil {
			o.AboutEntities = append(o.AboutEntities, r.ID)
		}
	}
	for _, e := range a.AboutEvents {
		if e >= 0 && e < len(d.Events) {
			o.AboutEvents = append(o.AboutEvents, d.Events[e].ID)
		}
	}
	return o
}

// Extraction converts the annotated document to the contract.
func (d *Document) Extraction() Extraction {
	ri := NewRuneIndex(d.Text)
	x := Extraction{
		ID: d.ID, URL: d.URL, Title: d.Title, Published: d.Published,
		Publisher: d.Publisher, Author: d.Author, Lang: d.Lang, Text: d.Text,
		Attributions: []OutAttr{}, NonComments: []OutNonComment{},
		Entities: []OutEntity{}, Events: []OutEvent{},
	}
	if d.BodyStart > 0 {
		end := d.BodyStart
		for end > 0 && (d.Text[end-1] == '\n' || d.Text[end-1] == '\r') {
			end--
		}
		h := ri.Span(Span{0, end})
		x.Headline = &h
	}
	if d.BodyEnd < len(d.Text) {
		b := ri.Span(Span{d.BodyEnd, len(d.Text)})
		x.Boilerplate = &b
	}
	marks := newContentMarks(d)
	for _, a := range d.Attributions {
		x.Attributions = append(x.Attributions, d.outAttr(ri, marks, a))
	}
	for _, n := range d.NonComments {
		o := OutNonComment{EntityMention: ri.Span(n.Who), Entity: d.ref(n.Entity), Cue: ri.Span(n.Cue)}
		if !n.Topic.Empty() {
			t := ri.Span(n.Topic)
			o.Topic = &t
		}
		if !n.Spokesperson.Empty() {
			o.Spokesperson = &MentionRef{TextSpan: ri.Span(n.Spokesperson), Entity: d.ref(d.EntityAt(n.Spokesperson))}
		}
		x.NonComments = append(x.NonComments, o)
	}
	for _, e := range d.Entities {
		o := OutEntity{ID: e.ID, Name: e.Name, Type: string(e.Type), Aliases: e.Aliases, Role: e.Role, Affiliation: d.ref(e.Affiliation)}
		if o.Aliases == nil {
			o.Aliases = []string{}
		}
		for _, m := range e.Mentions {
			if m >= 0 && m < len(d.Mentions) {
				s := d.Mentions[m].Span
				o.Mentions = append(o.Mentions, Offsets{ri.Rune(s.Start), ri.Rune(s.End)})
			}
		}
		if o.Mentions == nil {
			o.Mentions = []Offsets{}
		}
		x.Entities = append(x.Entities, o)
	}
	for _, ev := range d.Events {
		o := OutEvent{ID: ev.ID, Name: ev.Name, Type: ev.Type, Trigger: ri.Span(ev.Trigger), Time: ev.Time, Quantity: ev.Quantity}
		for _, p := range ev.Participants {
			if r := d.ref(p); r != nil {
				o.Participants = append(o.Participants, *r)
			}
		}
		for _, p := range ev.Places {
			if r := d.ref(p); r != nil {
				o.Places = append(o.Places, *r)
			}
		}
		if !ev.TimeText.Empty() {
			t := ri.Span(ev.TimeText)
			o.TimeText = &t
		}
		x.Events = append(x.Events, o)
	}
	return x
}
