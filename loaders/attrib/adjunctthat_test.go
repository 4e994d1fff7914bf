package attrib_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// An adjunct or an addressee between the cue and the "that" of its
// complement is left out of the content; a "that" that opens a relative
// clause after an infinitive, or a particle the cue takes, leaves the
// content alone.
func TestContentStartsAtThatAfterAdjunct(t *testing.T) {
	tests := []struct {
		name, text, cue, want string
	}{
		{"place and day", "The mayor said in Dover on Monday that the pier would reopen.", "said", "the pier would reopen"},
		{"addressee", "The clerk wrote to the harbour board last week that the minutes were lost.", "wrote", "the minutes were lost"},
		{"comma after that", "The mayor said after the vote that, in his view, the fares were fair.", "said", "in his view, the fares were fair"},
		{"aside after a comma", "The clerk testified, for example, that the minutes were lost.", "testified", "the minutes were lost"},
		{"in an interview", "The mayor said in an interview with the Gazette that the pier would reopen.", "said", "the pier would reopen"},
		{"adverb", "The mayor said only that the pier would reopen.", "said", "the pier would reopen"},
		{"adverb before a noun phrase", "The audit found virtually nothing about the pier that was new.", "found", "virtually nothing about the pier that was new"},
		{"infinitive", "The council voted to close the pier that the ferries used.", "voted", "to close the pier that the ferries used"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, []string{tt.want}, contentsOfCue(tt.text, tt.cue))
		})
	}
}
