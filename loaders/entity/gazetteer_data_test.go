package entity_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/entity"
)

// TestGeneratedPlaces: cities and subdivisions from the generated tables
// are places where the text bears it out, and words, people and sentence
// openers that share their names are not.
func TestGeneratedPlaces(t *testing.T) {
	type want struct {
		surface string
		nth     int
		id      string // "" for no entity
	}
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"common words that are towns", "Reading is fun, she said. Mobile phones are everywhere. Nice weather helped. Bath time is over. Of the 12 players, three were hurt.",
			[]want{{"Reading", 1, ""}, {"Mobile", 1, ""}, {"Nice", 1, ""}, {"Bath", 1, ""}, {"Of", 1, ""}}},
		{"the same towns with a preposition", "Officials in Reading said the road was closed. They met in Nice on Monday. He grew up near Bath.",
			[]want{{"Reading", 1, "place/reading"}, {"Nice", 1, "place/nice"}, {"Bath", 1, "place/bath"}}},
		{"a weak preposition is not enough for a word", "You need to Buy a ticket first.",
			[]want{{"Buy", 1, ""}}},
		{"city, state", "The port of Mobile, Alabama, reopened on Friday.",
			[]want{{"Mobile", 1, "place/mobile"}, {"Alabama", 1, "place/alabama"}}},
		{"US states", "Protests spread across Ohio and Texas this week.",
			[]want{{"Ohio", 1, "place/ohio"}, {"Texas", 1, "place/texas"}}},
		{"a big city starting a sentence", "Kandahar was quiet on Friday.",
			[]want{{"Kandahar", 1, "place/kandahar"}}},
		{"a surname that is a city", "Jackson said he would stay. Phil Jackson said the team was tired.",
			[]want{{"Jackson", 1, "person/phil-jackson"}, {"Phil Jackson", 1, "person/phil-jackson"}}},
		{"a city starting a longer name", "The New York Times reported the deal.",
			[]want{{"New York Times", 1, "org/new-york-times"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := prepare(tc.text)
			for _, w := range tc.want {
				e := mentionOf(d, find(t, tc.text, w.surface, w.nth))
				if w.id == "" {
					assert.Nil(t, e, "%q should not be an entity", w.surface)
					continue
				}
				require.NotNil(t, e, "%q not recognised", w.surface)
				assert.Equal(t, w.id, e.ID, w.surface)
			}
		})
	}
}

// TestRolesBeforeNames: sport, business and tech titles and roles before
// a name give the person's role, and the team or company before them the
// affiliation.
func TestRolesBeforeNames(t *testing.T) {
	tests := []struct {
		text, person, role, affiliation string
	}{
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
			if tc.affiliation != "" {
				require.GreaterOrEqual(t, p.Affiliation, 0, "no affiliation")
				assert.Equal(t, tc.affiliation, d.Entities[p.Affiliation].ID)
			}
		})
	}
}

// TestJunkIsNoEntity: site furniture, imperatives and other capitalised
// common words never become entities.
func TestJunkIsNoEntity(t *testing.T) {
	tests := []struct{ text, surface string }{
		{"Shares fell on Monday.\n\nContinue Reading Below\n\nThe index closed lower.", "Continue Reading Below"},
		{"Shares fell on Monday.\n\nRead More\n\nThe index closed lower.", "Read More"},
		{"Shares fell on Monday.\n\nRelated\n\nThe index closed lower.", "Related"},
		{"Police forced the door.\n\n\"Hands! Let me see your hands!\" an officer ordered.", "Let"},
		{"Sign up for our newsletter to get the news.", "Sign"},
		{"Watch the video below.", "Watch"},
	}
	for _, tc := range tests {
		t.Run(tc.surface, func(t *testing.T) {
			d := prepare(tc.text)
			sp := find(t, tc.text, tc.surface, 1)
			for _, m := range d.Mentions {
				if m.Span.Start < sp.End && sp.Start < m.Span.End && m.Entity >= 0 {
					t.Errorf("%q became %s %q", tc.surface, d.Entities[m.Entity].Type, d.Entities[m.Entity].Name)
				}
			}
		})
	}
}

func TestGivenNameGender(t *testing.T) {
	for name, want := range map[string]byte{"Anna": 'f', "Sheldon": 'm', "Myles": 'm', "Tony": 0, "Nicky": 0, "Kim": 0, "Theresa": 'f', "anna": 0, "Zzyzx": 0} {
		assert.Equal(t, string(rune(want)), string(rune(entity.GivenNameGender(name))), name)
	}
}

func TestRole(t *testing.T) {
	tests := []struct {
		words []string
		role  string
		ok    bool
	}{
		{[]string{"DL"}, "defensive lineman", true},
		{[]string{"CEO"}, "chief executive", true},
		{[]string{"chief", "executive"}, "chief executive", true},
		{[]string{"Chief", "Operating", "Officer"}, "chief operating officer", true},
		{[]string{"head", "coach"}, "head coach", true},
		{[]string{"founder"}, "founder", true},
		{[]string{"analyst"}, "analyst", true},
		{[]string{"Browns"}, "", false},
		{[]string{"Labour", "minister"}, "", false},
		{nil, "", false},
	}
	for _, tc := range tests {
		role, ok := entity.Role(tc.words)
		assert.Equal(t, tc.ok, ok, "%v", tc.words)
		assert.Equal(t, tc.role, role, "%v", tc.words)
	}
}

// TestGeneratedTablesSayTheirSource: every generated table names its
// sources with version, checksum and license, and all of them together
// stay small enough to embed.
func TestGeneratedTablesSayTheirSource(t *testing.T) {
	total := 0
	for _, f := range []string{"countries.tsv", "cities.tsv", "regions.tsv", "givennames.tsv", "commonwords.tsv"} {
		b, err := os.ReadFile(filepath.Join("data", f))
		require.NoError(t, err)
		total += len(b)
		head := string(b[:min(len(b), 2000)])
		assert.True(t, strings.HasPrefix(head, "# Generated by loaders/entity/internal/gengaz"), f)
		assert.Contains(t, head, "# Source: npm package ", f)
		assert.Contains(t, head, "(sha512-", f)
		assert.Contains(t, head, "license ", f)
	}
	assert.Less(t, total, 1500*1024, "generated tables too big to embed")
}
