package entity_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/entity"
	"github.com/claimgraph/claimgraph/loaders/quotes"
	"github.com/claimgraph/claimgraph/loaders/segment"
)

// prepare runs the stages before Recognize and Recognize itself.
func prepare(text string) *doc.Document {
	d := doc.New(doc.Article{ID: "t", Text: text})
	segment.Segment(d)
	quotes.Find(d)
	entity.Recognize(d)
	return d
}

// find returns the span of the nth (from 1) whole-word occurrence of phrase.
func find(t *testing.T, text, phrase string, nth int) doc.Span {
	t.Helper()
	from, k := 0, 0
	for {
		i := strings.Index(text[from:], phrase)
		require.GreaterOrEqual(t, i, 0, "%q occurrence %d not in text", phrase, nth)
		s, e := from+i, from+i+len(phrase)
		from = s + 1
		if s > 0 && isWordByte(text[s-1]) || e < len(text) && isWordByte(text[e]) {
			continue
		}
		if k++; k == nth {
			return doc.Span{Start: s, End: e}
		}
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// mentionOf returns the entity of the name mention exactly at sp, or nil.
func mentionOf(d *doc.Document, sp doc.Span) *doc.Entity {
	for _, m := range d.Mentions {
		if m.Span == sp && m.Entity >= 0 {
			return &d.Entities[m.Entity]
		}
	}
	return nil
}

func TestRecognize(t *testing.T) {
	type want struct {
		surface string
		nth     int
		id      string // "" means: no mention here
		typ     doc.EntityType
	}
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"transliterated name and acronym", "Tehreek-e-Taliban Pakistan (TTP) attacks rose sharply. The TTP denied it.",
			[]want{{"Tehreek-e-Taliban Pakistan", 1, "org/tehreek-e-taliban-pakistan", doc.Organization}, {"TTP", 2, "org/tehreek-e-taliban-pakistan", doc.Organization}}},
		{"title stripped, surname joins full name", "Prime Minister Tony Blair spoke first. Mr Blair said he was pleased.",
			[]want{{"Tony Blair", 1, "person/tony-blair", doc.Person}, {"Blair", 2, "person/tony-blair", doc.Person}}},
		{"abbreviated title stripped", "Deputy PM Jane Harrow spoke first. PM Tom Kell said he was pleased.",
			[]want{{"Jane Harrow", 1, "person/jane-harrow", doc.Person}, {"Tom Kell", 1, "person/tom-kell", doc.Person}}},
		{"descriptor noun before a two-word name", "Power returned, the grid operator Harlow Power said. The operator John Dale said so too.",
			[]want{{"Harlow Power", 1, "org/harlow-power", doc.Organization}, {"John Dale", 1, "person/john-dale", doc.Person}}},
		{"two companies joined by and", "Harlow Oil Inc and Harlow Energy Partners LP halted trading. Kell Oil and Gas Inc did not.",
			[]want{{"Harlow Oil Inc", 1, "org/harlow-oil-inc", doc.Organization}, {"Harlow Energy Partners LP", 1, "org/harlow-energy-partners-lp", doc.Organization},
				{"Kell Oil and Gas Inc", 1, "org/kell-oil-and-gas-inc", doc.Organization}}},
		{"hyphenated title splits the employer off", "Wage deals were not neutral, Bundesbank Vice-President Helmut Kessler said.",
			[]want{{"Bundesbank", 1, "org/bundesbank", doc.Organization}, {"Helmut Kessler", 1, "person/helmut-kessler", doc.Person}}},
		{"party member before a name", "Mergers have been disastrous, Ohio Democrat Howard Metzen said.",
			[]want{{"Howard Metzen", 1, "person/howard-metzen", doc.Person}}},
		{"hyphenated role noun before a long name", "The guilder is strong, bank vice-director Jan-Hendrik Du Marchie Saarvas said.",
			[]want{{"Jan-Hendrik Du Marchie Saarvas", 1, "person/jan-hendrik-du-marchie-saarvas", doc.Person}}},
		{"well-known surname alone", "Mr Blair said the plan was wrong.",
			[]want{{"Blair", 1, "person/tony-blair", doc.Person}}},
		{"unknown surname alone is partial", "Mr Quenby said the plan was wrong.",
			[]want{{"Quenby", 1, "person/~quenby", doc.Person}}},
		{"possessive capital as rulers", "Kabul’s new rulers said they wanted calm.",
			[]want{{"Kabul", 1, "gov/afghanistan", doc.Government}}},
		{"capital as place", "Talks were held in Kabul on Monday.",
			[]want{{"Kabul", 1, "place/kabul", doc.Place}, {"Talks", 1, "", ""}, {"Monday", 1, "", ""}}},
		{"capital as speaker", "Islamabad has increasingly complained of attacks.",
			[]want{{"Islamabad", 1, "gov/pakistan", doc.Government}}},
		{"demonym officials", "Pakistani officials said nothing. Later the Pakistani government said more.",
			[]want{{"Pakistani officials", 1, "gov/pakistan", doc.Government}, {"Pakistani government", 1, "gov/pakistan", doc.Government}}},
		{"news agency", "The report was confirmed, Reuters reported. An activist told AFP so.",
			[]want{{"Reuters", 1, "org/reuters", doc.NewsAgency}, {"AFP", 1, "org/agence-france-presse", doc.NewsAgency}}},
		{"direction and place", "A strike in eastern Afghanistan killed nine.",
			[]want{{"eastern Afghanistan", 1, "place/eastern-afghanistan", doc.Place}}},
		{"initials dropped from ID", "George W. Bush met aides. George Bush then left.",
			[]want{{"George W. Bush", 1, "person/george-bush", doc.Person}, {"George Bush", 1, "person/george-bush", doc.Person}}},
		{"hyphenated adjective is no name", "A Taliban-inspired group said it would talk.",
			[]want{{"Taliban-inspired", 1, "", ""}}},
		{"acronym that is also a word", "The Cold Homes Action Trust (CHAT) said so. People like to chat. CHAT disagreed.",
			[]want{{"CHAT", 2, "org/cold-homes-action-trust", doc.Organization}, {"chat", 1, "", ""}}},
		{"ruling group owns its government", "Since the Afghan Taliban returned to power, Afghan officials have said little.",
			[]want{{"Afghan officials", 1, "org/afghan-taliban", doc.Organization}}},
		// Cities and subdivisions from the generated tables are places
		// where the text bears it out, and words, people and sentence
		// openers that share their names are not.
		{"common words that are towns", "Reading is fun, she said. Mobile phones are everywhere. Nice weather helped. Bath time is over. Of the 12 players, three were hurt.",
			[]want{{"Reading", 1, "", ""}, {"Mobile", 1, "", ""}, {"Nice", 1, "", ""}, {"Bath", 1, "", ""}, {"Of", 1, "", ""}}},
		{"the same towns with a preposition", "Officials in Reading said the road was closed. They met in Nice on Monday. He grew up near Bath.",
			[]want{{"Reading", 1, "place/reading", doc.Place}, {"Nice", 1, "place/nice", doc.Place}, {"Bath", 1, "place/bath", doc.Place}}},
		{"a weak preposition is not enough for a word", "You need to Buy a ticket first.",
			[]want{{"Buy", 1, "", ""}}},
		{"city, state", "The port of Mobile, Alabama, reopened on Friday.",
			[]want{{"Mobile", 1, "place/mobile", doc.Place}, {"Alabama", 1, "place/alabama", doc.Place}}},
		{"US states", "Protests spread across Ohio and Texas this week.",
			[]want{{"Ohio", 1, "place/ohio", doc.Place}, {"Texas", 1, "place/texas", doc.Place}}},
		{"a big city starting a sentence", "Kandahar was quiet on Friday.",
			[]want{{"Kandahar", 1, "place/kandahar", doc.Place}}},
		{"a surname that is a city", "Jackson said he would stay. Phil Jackson said the team was tired.",
			[]want{{"Jackson", 1, "person/phil-jackson", doc.Person}, {"Phil Jackson", 1, "person/phil-jackson", doc.Person}}},
		{"a city starting a longer name", "The New York Times reported the deal.",
			[]want{{"New York Times", 1, "org/new-york-times", doc.Organization}}},
		{"a rank that starts a company's name", "General Motors said it would cut jobs. The Justice Department said the Harbour General Trust had no case.",
			[]want{{"General Motors", 1, "org/general-motors", doc.Organization}, {"Justice Department", 1, "org/justice-department", doc.Organization}}},
		{"a rank before an industry word names a company", "General Electric said profits rose. Admiral Dynamics and Harlow Mining said nothing. General Marsh said he would stay.",
			[]want{{"General Electric", 1, "org/general-electric", doc.Organization}, {"Admiral Dynamics", 1, "org/admiral-dynamics", doc.Organization},
				{"Harlow Mining", 1, "org/harlow-mining", doc.Organization}, {"Marsh", 1, "person/~marsh", doc.Person}}},
		{"an honorific before a possessive stays out", "Mr Harrow's Kell Holdings said it would cut jobs.",
			[]want{{"Mr Harrow's Kell Holdings", 1, "", ""}}},
		{"a legal form with its full stop closes a company before another name", "Shares rose after the deal with Cosmo Dynamics Corp. Bastian Holdings said it would buy the rest.",
			[]want{{"Cosmo Dynamics Corp.", 1, "org/cosmo-dynamics-corp", doc.Organization}, {"Bastian Holdings", 1, "org/bastian-holdings", doc.Organization}}},
		{"a title or another legal form after it stays in the run", "Harlow Foods Co. Ltd. said sales fell. Kell Mining Corp. Chairman Ann Dale said so too.",
			[]want{{"Harlow Foods Co. Ltd.", 1, "org/harlow-foods-co-ltd", doc.Organization}, {"Ann Dale", 1, "person/ann-dale", doc.Person}}},
		{"initials stand for the one organization they begin", "Harlow Kell Mining said sales fell. HKM said it would cut jobs. Bastian Dale Foods said nothing.",
			[]want{{"HKM", 1, "org/harlow-kell-mining", doc.Organization}}},
		{"a person's name after a title with a preposition in it", "Undersecretary of State for Trade Affairs Allen Harrow said talks went well. Institute for Fiscal Research Ann Dale agreed.",
			[]want{{"Allen Harrow", 1, "person/allen-harrow", doc.Person}, {"Ann Dale", 1, "person/ann-dale", doc.Person}}},
		{"a person's name after a role that is no title", "Trade Representative Clayton Harrow spoke. Harrow said talks went well.",
			[]want{{"Clayton Harrow", 1, "person/clayton-harrow", doc.Person}, {"Harrow", 2, "person/clayton-harrow", doc.Person}}},
		{"capital letters joined by and are one name", "Ratings fell, S and P said. S and P cut Harlow Mining.",
			[]want{{"S and P", 1, "org/s-and-p", doc.Organization}, {"S and P", 2, "org/s-and-p", doc.Organization}}},
		{"a legal form alone at a sentence start names nothing", "It hired auditors, Harlow Kell and Co. The auditors said so.",
			[]want{{"Co.", 1, "", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := prepare(tc.text)
			for _, w := range tc.want {
				e := mentionOf(d, find(t, tc.text, w.surface, w.nth))
				if w.id == "" {
					assert.Nil(t, e, "%q should not be a name", w.surface)
					continue
				}
				require.NotNil(t, e, "%q not recognised", w.surface)
				assert.Equal(t, w.id, e.ID, w.surface)
				assert.Equal(t, w.typ, e.Type, w.surface)
			}
		})
	}
}

func TestRoleAndAffiliation(t *testing.T) {
	tests := []struct {
		text, person, role, affiliation string
	}{
		{"He met Afghanistan's foreign minister Amir Khan Muttaqi on Monday.", "person/amir-khan-muttaqi", "foreign minister", "gov/afghanistan"},
		{"Sarah Jones, a spokeswoman for Oxfam, said the aid was late.", "person/sarah-jones", "spokeswoman", "org/oxfam"},
		{"The move was welcomed by Labour MP John Smith on Friday.", "person/john-smith", "MP", "org/labour-party"},
		{"It was announced by Turkish Foreign Minister Ali Demir.", "person/ali-demir", "foreign minister", "gov/turkey"},
		{"Asked about it, Tory leader Michael Howard said no.", "person/michael-howard", "leader", "org/conservative-party"},
		{"He spoke to Hamid Karzai of Afghanistan yesterday.", "person/hamid-karzai", "", "gov/afghanistan"},
		// Sport, business and tech titles and roles; the team or company
		// before them is the affiliation ("" when there is none).
		{"Harbor Foods chief executive Anna Reyes said the plant would close.", "person/anna-reyes", "chief executive", "org/harbor-foods"},
		{"He was hurt. Browns DL Sheldon Richardson said he was fine.", "person/sheldon-richardson", "defensive lineman", "org/browns"},
		{"Sales rose. Apple CEO Tim Cook said so.", "person/tim-cook", "chief executive", "org/apple"},
		{"The move was praised by Acme chief operating officer Jane Doe.", "person/jane-doe", "chief operating officer", "org/acme"},
		{"Former Labour minister Tom Elridge said no.", "person/tom-elridge", "minister", "org/labour-party"},
		{"The team's quarterback Tom Brady said little.", "person/tom-brady", "quarterback", ""},
		{"Afterwards head coach Bill Belichick said nothing.", "person/bill-belichick", "head coach", ""},
	}
	for _, tc := range tests {
		t.Run(tc.person, func(t *testing.T) {
			d := prepare(tc.text)
			var p *doc.Entity
			for i := range d.Entities {
				if d.Entities[i].ID == tc.person {
					p = &d.Entities[i]
				}
			}
			require.NotNil(t, p, "no %s in %+v", tc.person, d.Entities)
			assert.Equal(t, tc.role, p.Role)
			if tc.affiliation == "" {
				return
			}
			require.GreaterOrEqual(t, p.Affiliation, 0, "no affiliation")
			assert.Equal(t, tc.affiliation, d.Entities[p.Affiliation].ID)
		})
	}
}

// resolveCase is one speaker phrase and the entity ID it must resolve to
// ("" for none).
type resolveCase struct {
	phrase string
	nth    int
	want   string
}

const rebels = `Northern Rebels Front (NRF) fighters attacked a convoy on Monday. The group said it would fight on.

An army spokesman, Colonel Amit Rao, said troops had repelled the attack.

“We will not surrender,” he said.

In a statement, the NRF said the convoy carried weapons. The statement said talks were impossible.

Sources said the army lost two trucks. New Delhi has complained about the attacks. A spokesman for the NRF declined to comment.`

func TestResolve(t *testing.T) {
	cases := []resolveCase{
		{"The group", 1, "org/northern-rebels-front"},
		{"it", 1, "org/northern-rebels-front"},
		{"Colonel Amit Rao", 1, "person/amit-rao"},
		{"he", 1, "person/amit-rao"},
		{"the NRF", 1, "org/northern-rebels-front"},
		{"The statement", 1, "org/northern-rebels-front"},
		{"Sources", 1, ""},
		{"New Delhi", 1, "gov/india"},
	}
	d := prepare(rebels)
	for _, c := range cases {
		sp := find(t, rebels, c.phrase, c.nth)
		d.Attributions = append(d.Attributions, doc.Attribution{Speaker: sp, Cue: doc.Span{Start: sp.End + 1, End: sp.End + 2}, SpeakerEntity: -1})
	}
	who := find(t, rebels, "A spokesman for the NRF", 1)
	d.NonComments = append(d.NonComments, doc.NonComment{Who: who, Entity: -1})
	named := len(d.Mentions)
	entity.Resolve(d)
	for i, c := range cases {
		got := ""
		if e := d.Attributions[i].SpeakerEntity; e >= 0 {
			got = d.Entities[e].ID
		}
		assert.Equal(t, c.want, got, "speaker %q", c.phrase)
	}
	require.GreaterOrEqual(t, d.NonComments[0].Entity, 0)
	assert.Equal(t, "org/northern-rebels-front", d.Entities[d.NonComments[0].Entity].ID)
	// Pronouns and nominals that resolved became mentions of their entity.
	assert.Greater(t, len(d.Mentions), named)
	for _, m := range d.Mentions[named:] {
		assert.NotEqual(t, doc.NameMention, m.Kind)
		assert.Contains(t, d.Entities[m.Entity].Mentions, indexOf(d.Mentions, m))
	}
}

func indexOf(ms []doc.Mention, m doc.Mention) int {
	for i, x := range ms {
		if x == m {
			return i
		}
	}
	return -1
}

func TestResolveAnonymousStaysUnresolved(t *testing.T) {
	text := "An activist source told AFP that talks were going well."
	d := prepare(text)
	sp := find(t, text, "An activist source", 1)
	d.Attributions = []doc.Attribution{{Speaker: sp, SpeakerEntity: -1, Anonymous: true, Cue: find(t, text, "told", 1)}}
	entity.Resolve(d)
	assert.Equal(t, -1, d.Attributions[0].SpeakerEntity)
}

// "The Dunmore city council" is not the Dunmore Rowing Association: a
// one-word name before a body noun is not an organization's short form.
func TestPlaceWordBeforeABody(t *testing.T) {
	text := "The Dunmore city council met. Ann Roe of the Dunmore Rowing Association said the plan was wrong."
	d := prepare(text)
	assoc := mentionOf(d, find(t, text, "Dunmore Rowing Association", 1))
	require.NotNil(t, assoc)
	assert.Equal(t, "org/dunmore-rowing-association", assoc.ID)
	if e := mentionOf(d, find(t, text, "Dunmore", 1)); e != nil {
		assert.NotEqual(t, assoc.ID, e.ID)
	}
}

// People somewhere are not the place: the speaker stays unresolved,
// while the place itself is still recognized as a place.
func TestResolvePeopleInAPlace(t *testing.T) {
	text := "Storm cuts power\n\nResidents in the village of Dunmore said they had no power. The town of Dunmore said it would help."
	d := prepare(text)
	people := find(t, text, "Residents in the village of Dunmore", 1)
	town := find(t, text, "The town of Dunmore", 1)
	d.Attributions = []doc.Attribution{
		{Speaker: people, SpeakerEntity: -1, Cue: find(t, text, "said", 1)},
		{Speaker: town, SpeakerEntity: -1, Cue: find(t, text, "said", 2)},
	}
	entity.Resolve(d)
	assert.Equal(t, -1, d.Attributions[0].SpeakerEntity)
	require.GreaterOrEqual(t, d.Attributions[1].SpeakerEntity, 0)
	assert.Equal(t, "place/dunmore", d.Entities[d.Attributions[1].SpeakerEntity].ID)
}

func TestLink(t *testing.T) {
	text := "Pakistan said the peace talks with the TTP in Kabul were going well."
	d := prepare(text)
	d.Events = []doc.Event{{ID: "t#event-1", Type: "talks", Trigger: find(t, text, "peace talks", 1), Mentions: []doc.Span{find(t, text, "peace talks", 1)}}}
	content := doc.Span{Start: find(t, text, "the peace", 1).Start, End: len(text) - 1}
	d.Attributions = []doc.Attribution{{Speaker: find(t, text, "Pakistan", 1), SpeakerEntity: -1, Content: content}}
	entity.Resolve(d)
	entity.Link(d)
	var ids []string
	for _, e := range d.Attributions[0].AboutEntities {
		ids = append(ids, d.Entities[e].ID)
	}
	assert.ElementsMatch(t, []string{"org/tehreek-e-taliban-pakistan", "place/kabul"}, ids)
	assert.Equal(t, []int{0}, d.Attributions[0].AboutEvents)
}

func TestNoPanicOnOddInput(t *testing.T) {
	for _, text := range []string{"", " ", "\n\n", "Mr", "Mr.", "(", "“", "’s", "A (B) C", "Kabul’s", "THE TTP SAID", "of of of", "\xff\xfe", "Tehreek-e-", "-e-Taliban",
		"The Bank of England and the Bank of Japan and the Bank of Canada said so. The Bank said no."} {
		d := prepare(text)
		d.Attributions = []doc.Attribution{{Speaker: doc.Span{Start: 0, End: len(text)}, SpeakerEntity: -1, Content: doc.Span{Start: 0, End: len(text)}}}
		d.NonComments = []doc.NonComment{{Who: doc.Span{Start: 0, End: len(text)}, Entity: -1}}
		entity.Resolve(d)
		entity.Link(d)
	}
}

func TestRoleFromSpeakerPhrase(t *testing.T) {
	text := "The plan was praised. BT chief executive Ben Verwaayen said it was bold."
	d := prepare(text)
	d.Attributions = []doc.Attribution{{Speaker: find(t, text, "BT chief executive Ben Verwaayen", 1), SpeakerEntity: -1}}
	entity.Resolve(d)
	e := d.Attributions[0].SpeakerEntity
	require.GreaterOrEqual(t, e, 0)
	assert.Equal(t, "person/ben-verwaayen", d.Entities[e].ID)
	assert.Equal(t, "chief executive", d.Entities[e].Role)
	if assert.GreaterOrEqual(t, d.Entities[e].Affiliation, 0) {
		assert.Equal(t, "org/bt", d.Entities[d.Entities[e].Affiliation].ID)
	}
}

func TestResolveRelativePronoun(t *testing.T) {
	text := "The plan was attacked by Tory leader Michael Howard, who said it would fail."
	d := prepare(text)
	d.Attributions = []doc.Attribution{{Speaker: find(t, text, "who", 1), SpeakerEntity: -1}}
	entity.Resolve(d)
	e := d.Attributions[0].SpeakerEntity
	require.GreaterOrEqual(t, e, 0)
	assert.Equal(t, "person/michael-howard", d.Entities[e].ID)
}

func TestResolveTheGovernment(t *testing.T) {
	text := "Fuel prices rose in Britain again. Critics were angry.\n\nLater the government said it would act."
	d := prepare(text)
	d.Attributions = []doc.Attribution{{Speaker: find(t, text, "the government", 1), SpeakerEntity: -1}}
	entity.Resolve(d)
	e := d.Attributions[0].SpeakerEntity
	require.GreaterOrEqual(t, e, 0)
	assert.Equal(t, "gov/united-kingdom", d.Entities[e].ID)
}
