package event_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/entity"
	"github.com/claimgraph/claimgraph/loaders/event"
	"github.com/claimgraph/claimgraph/loaders/quotes"
	"github.com/claimgraph/claimgraph/loaders/segment"
)

func extract(text, published string) *doc.Document {
	d := doc.New(doc.Article{ID: "a1", Text: text, Published: published})
	segment.Segment(d)
	quotes.Find(d)
	entity.Recognize(d)
	entity.Resolve(d)
	event.Extract(d)
	return d
}

func TestTimes(t *testing.T) {
	// 2022-05-18 is a Wednesday.
	tests := []struct {
		name, text, published, time, timeText string
	}{
		{"weekday in a past sentence", "Rebels attacked a convoy on Monday.", "2022-05-18", "2022-05-16", "Monday"},
		{"weekday in a future sentence", "The summit will open on Friday.", "2022-05-18", "2022-05-20", "Friday"},
		{"same weekday, past", "Rebels attacked a convoy on Wednesday.", "2022-05-18T10:00:00Z", "2022-05-18", "Wednesday"},
		{"until a date, future", "A truce will be extended until May 30.", "2022-05-18", "../2022-05-30", "until May 30"},
		{"until a date already past this year", "A truce will be extended until May 2.", "2022-05-18", "../2023-05-02", "until May 2"},
		{"date in a past sentence", "The deal was signed on June 3.", "2022-05-18", "2021-06-03", "June 3"},
		{"day before month", "The deal was signed on 3 June.", "2022-05-18", "2021-06-03", "3 June"},
		{"month alone, past", "The Taliban seized power in August.", "2022-05-18", "2021-08", "August"},
		{"last month", "Last month, an airstrike killed 47 people.", "2022-05-18", "2022-04", "Last month"},
		{"last year", "Last year, Pakistan held peace talks.", "2022-05-18", "2021", "Last year"},
		{"last week", "Last week, protesters held a rally.", "2022-05-18", "2022-05-09/2022-05-15", "Last week"},
		{"next month", "The election will be held next month.", "2022-12-18", "2023-01", "next month"},
		{"yesterday", "A blast hit the market yesterday.", "2022-05-18", "2022-05-17", "yesterday"},
		{"no publication date keeps the text", "Rebels attacked a convoy on Monday.", "", "Monday", "Monday"},
		{"the reporting day is not the event's", "Officials said Wednesday an airstrike killed nine.", "2022-05-18", "", ""},
		{"a year", "The merger was agreed in 2004.", "", "2004", "2004"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := extract(tc.text, tc.published)
			require.NotEmpty(t, d.Events, "no event in %q", tc.text)
			ev := d.Events[0]
			assert.Equal(t, tc.time, ev.Time)
			assert.Equal(t, tc.timeText, d.Slice(ev.TimeText))
		})
	}
}

func TestEvents(t *testing.T) {
	text := "Pakistan held peace talks with the TTP in Kabul on Monday. The talks ended without a deal.\n\n" +
		"Last month, a Pakistani airstrike in eastern Afghanistan killed 47 people. Pakistan did not comment on the strike.\n\n" +
		"Rebels vowed to mount attacks. Turkey and Greece will hold talks next month."
	d := extract(text, "2022-05-18")
	ids := func(es []int) []string {
		var out []string
		for _, e := range es {
			out = append(out, d.Entities[e].ID)
		}
		return out
	}
	require.Len(t, d.Events, 4, "%+v", d.Events)
	talks := d.Events[0]
	assert.Equal(t, "a1#event-1", talks.ID)
	assert.Equal(t, "talks", talks.Type)
	assert.Equal(t, "peace talks", talks.Name)
	assert.ElementsMatch(t, []string{"gov/pakistan", "org/tehreek-e-taliban-pakistan"}, ids(talks.Participants))
	assert.Equal(t, []string{"place/kabul"}, ids(talks.Places))
	assert.Equal(t, "2022-05-16", talks.Time)
	assert.Len(t, talks.Mentions, 2, "“the talks” refers back")

	assert.Equal(t, "agreement", d.Events[1].Type)

	strike := d.Events[2]
	assert.Equal(t, "attack", strike.Type)
	assert.Equal(t, "47 killed", strike.Quantity)
	assert.Equal(t, []string{"gov/pakistan"}, ids(strike.Participants))
	assert.Equal(t, []string{"place/eastern-afghanistan"}, ids(strike.Places))
	assert.Equal(t, "2022-04", strike.Time)
	assert.Len(t, strike.Mentions, 2, "“the strike” refers back")

	// "to mount attacks" is generic; next month's talks are new talks.
	other := d.Events[3]
	assert.Equal(t, "talks", other.Type)
	assert.Equal(t, "2022-06", other.Time)
	assert.ElementsMatch(t, []string{"gov/turkey", "gov/greece"}, ids(other.Participants))
}

func TestExtractOddInput(t *testing.T) {
	for _, text := range []string{"", "talks", "the talks", "until May", "May 99 talks", "killed 5", "Last", "returned to power"} {
		extract(text, "2022-05-18")
		extract(text, "not a date")
	}
}
