package entity_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSpokespersonSieve(t *testing.T) {
	tests := []struct {
		name, text, content, want string
	}{
		{"a spokesman for a named body speaks for it",
			`The Department for Rural Affairs (DRA) was criticised. A spokesman for the DRA said the department had acted.`,
			"the department had acted", "spokesperson: Department for Rural Affairs"},
		{"the spokesman after a body's spokesman speaks for the same body",
			`Harlow Mining cut jobs. A Harlow Mining spokesman said the cuts were needed. The spokesman said more would follow.`,
			"more would follow", "spokesperson: Harlow Mining"},
		{"a company spokesman speaks for the company the story leads with",
			"Harlow Mining Corp said profits rose.\n\nSales grew in Asia.\n\nCosts fell.\n\nPrices held.\n\nA company spokesman said the mine would reopen.",
			"the mine would reopen", "spokesperson: Harlow Mining Corp"},
		{"the company far from the lead is still the lead's company",
			"Harlow Mining Corp said profits rose.\n\nSales grew in Asia.\n\nCosts fell.\n\nPrices held.\n\nThe mine will reopen, the company said.",
			"The mine will reopen", "description: Harlow Mining Corp"},
		{"a spokesman with no body speaks for the sentence's subject",
			`Harlow Mining Corp denied a report that it would buy Kell Foods. "We have no interest in Kell," a spokesman told Reuters.`,
			"We have no interest in Kell", "spokesperson: Harlow Mining Corp"},
		{"a spokesman with no body speaks for the last spokesperson's body",
			`Traders said Harlow Mining held talks, a Harlow Mining spokesman said. Kell Foods shares rose and dealers said Kell was restricted. "We have no talks with anyone," a spokesman said.`,
			"We have no talks with anyone", "spokesperson: Harlow Mining"},
		{"a spokesman with no body and no subject body stays unresolved",
			`Traders said prices fell. "It was a quiet day," a spokesman said.`,
			"It was a quiet day", ": a spokesman"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := speakers(tt.text)
			assert.Equal(t, tt.want, got[tt.content], "%v", got)
		})
	}
}
