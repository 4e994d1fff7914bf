package entity_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPronounSieve(t *testing.T) {
	tests := []struct {
		name, text, content, want string
	}{
		{"a participle's subject speaks, and a name in its phrase does not",
			"Mr Pound says he rang Lucy at once. Describing that first meeting at London's King Cross station, he said: \"The earth went from under my feet.\"",
			"The earth went from under my feet", "pronoun: Pound"},
		{"an unnamed spokeswoman's pronoun speaks for her body",
			"A BBC spokeswoman said Andi Peters would stay on as producer. She said the time slot was still to be decided.",
			"the time slot was still to be decided", "pronoun: BBC"},
		{"a pronoun after a sentence whose subject is a person",
			"Mr Campbell said: \"I am glad we won the injunction.\"\n\nBut Mark Morrison is determined the album will be released. He said: \"The injunction is ludicrous.\"",
			"The injunction is ludicrous", "pronoun: Mark Morrison"},
		{"a pronoun after a quote continues the speaker",
			`"It will be fine," said Dr Alastair Brydon. "Rates will double," he added.`,
			"Rates will double", "pronoun: Alastair Brydon"},
		{"a spokesman two sentences back still speaks after his own quotation",
			"A Harlow Foods spokesman told reporters the firm had kept its prices. Sales in the north fell for a third month. \"We will hold our prices. We have the stock to do it,\" he said.",
			"We will hold our prices. We have the stock to do it", "pronoun: Harlow Foods"},
		{"a person named in between takes the pronoun from the spokesman",
			"A Harlow Foods spokesman told reporters the firm had kept its prices. Then Mark Ferris joined the board. \"We will hold our prices,\" he said.",
			"We will hold our prices", "pronoun: Mark Ferris"},
		{"a person named inside the spokesman's own words does not",
			"A Harlow Foods spokesman said Mark Ferris had joined the board. \"We will hold our prices,\" he said.",
			"We will hold our prices", "pronoun: Harlow Foods"},
		{"her, like his, is a person's",
			"Stephanie Grisham spoke on Monday. Grisham, by her own accounting, has given \"plenty of statements that were true.\"",
			"plenty of statements that were true.", "pronoun: Stephanie Grisham"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := speakers(tt.text)
			assert.Equal(t, tt.want, got[tt.content], "%v", got)
		})
	}
}
