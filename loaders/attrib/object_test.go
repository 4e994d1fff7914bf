package attrib_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A content read right after an object-taking cue starts past the
// object, at the question word that opens the complement ("asked the
// mayor whether …"), or at "about" after "asked"; a question word right
// after the cue, or after a preposition, leaves the content alone.
func TestContentStartsAfterObject(t *testing.T) {
	tests := []struct {
		name, text, cue, want string
	}{
		{"asked whether", "The reporter asked the mayor whether the pier would reopen.", "asked", "whether the pier would reopen"},
		{"asked what", "The reporter asked him what the ferries would cost.", "asked", "what the ferries would cost"},
		{"asked about", "The reporter asked the harbour master about the broken pier.", "asked", "about the broken pier"},
		{"question word first", "The reporter asked what the ferries would cost the town.", "asked", "what the ferries would cost the town"},
		{"after a preposition", "The council pressed the mayor on whether the pier would reopen.", "pressed", "the mayor on whether the pier would reopen"},
		{"said keeps its clause", "The mayor said the engineers knew why the pier had cracked.", "said", "the engineers knew why the pier had cracked"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, []string{tt.want}, contentsOfCue(tt.text, tt.cue))
		})
	}
}

// An aside between commas or dashes right after the cue is left out of
// the content; a comma that closes nothing leaves it alone.
func TestContentStartsAfterParenthetical(t *testing.T) {
	tests := []struct {
		name, text, cue, want string
	}{
		{"however", "The mayor said, however, that the pier would reopen.", "said", "the pier would reopen"},
		{"dashes", "The clerk said — on the radio, as it happens — that the minutes were lost.", "said", "the minutes were lost"},
		{"a place", "The judge noted, from the bench, that the fines were fair.", "noted", "the fines were fair"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, []string{tt.want}, contentsOfCue(tt.text, tt.cue))
		})
	}
}

// contentsOfCue is the content of every attribution of text whose cue
// reads cue.
func contentsOfCue(text, cue string) []string {
	d := run(text, 0)
	var contents []string
	for _, a := range d.Attributions {
		if d.Slice(a.Cue) == cue {
			contents = append(contents, d.Slice(a.Content))
		}
	}
	return contents
}
