package entity_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/pipeline"
)

// speakers runs the stages up to resolution and returns, for each
// attribution whose content holds want's quote, "sieve: entity name".
func speakers(text string) map[string]string {
	d, err := pipeline.Default().Upto("resolve").Run(doc.Article{Text: text})
	if err != nil {
		return map[string]string{"error": err.Error()}
	}
	out := map[string]string{}
	for _, a := range d.Attributions {
		name := d.Slice(a.Speaker)
		if a.SpeakerEntity >= 0 {
			name = d.Entities[a.SpeakerEntity].Name
		}
		out[d.Slice(a.Content)] = fmt.Sprintf("%s: %s", a.Resolution, name)
	}
	return out
}

func TestMisspeltSurname(t *testing.T) {
	tests := []struct {
		name, text, content, want string
	}{
		{"a swapped pair of letters",
			"Sonaptic's managing director David Monteith spoke. \"We focused on Japan,\" said Mr Montieth.",
			"We focused on Japan", "name: David Monteith"},
		{"a letter too many",
			"Analyst Sarah Greenwood spoke. \"Prices will fall,\" said Ms Greenwoood.",
			"Prices will fall", "name: Sarah Greenwood"},
		{"a short surname is never guessed",
			"Analyst Tom Lee spoke. \"Prices will fall,\" said Mr Lea.",
			"Prices will fall", "name: Lea"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := speakers(tt.text)
			assert.Equal(t, tt.want, got[tt.content], "%v", got)
		})
	}
}

func TestPeersKeepTheirTitles(t *testing.T) {
	got := speakers("Lord Carrick opened the debate. \"The bill is flawed,\" said Lord Carrick. \"We must wait,\" Carrick added.\n\nOn Monday Crown Prince Frederik spoke. \"Andersen is an icon,\" said Prince Frederik.")
	assert.Equal(t, "name: Lord Carrick", got["The bill is flawed"])
	assert.Equal(t, "name: Lord Carrick", got["We must wait"])
	assert.Equal(t, "name: Crown Prince Frederik", got["Andersen is an icon"])
}
