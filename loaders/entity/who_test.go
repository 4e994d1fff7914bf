package entity_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/pipeline"
)

// TestNonCommentWho resolves who declined from the phrase the non-comment
// stage hands over, through the whole pipeline.
func TestNonCommentWho(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"spokeswoman for", "Delta Mills Inc cut 200 jobs. A spokeswoman for Delta Mills Inc declined to comment.", "Delta Mills Inc"},
		{"unnamed spokesman", "Mitsubishi Motors confirmed talks with Peugeot. But a spokesman refused to comment on the price.", "Mitsubishi Motors"},
		{"he after a spokesman", "\"Talks went well,\" a United Technologies spokesman told Reuters. He declined to elaborate.", "United Technologies"},
		{"short name", "Northwind Textiles buys yarn from the plant. Northwind spokesmen said they had nothing to add.", "Northwind Textiles"},
		{"metonym keeps its name", "Mr Blair spoke in Leeds. Downing Street would not be drawn on the claim.", "Downing Street"},
		{"peer keeps his title", "Borel said profits rose. Borel chairman Lord Carrick could not be reached.", "Lord Carrick"},
		{"description", "Gordon Brown made an appeal for unity. The chancellor would not comment on the reports.", "Gordon Brown"},
		{"person speaks for himself", "Delta Mills chief executive Richard Orme declined to comment.", "Richard Orme"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, err := pipeline.Extract(doc.Article{Text: tt.text})
			assert.NoError(t, err)
			if assert.NotEmpty(t, x.NonComments) && assert.NotNil(t, x.NonComments[len(x.NonComments)-1].Entity) {
				assert.Equal(t, tt.want, x.NonComments[len(x.NonComments)-1].Entity.Name)
			}
		})
	}
}
