package speaker_test

import "testing"

func TestContinuation(t *testing.T) {
	runCases(t, []sieveCase{
		{"the next sentence", `"We have won the argument," said Mr Larsson. "People are looking for more than phone calls."`,
			[]string{"continuation: Mr Larsson | said | People are looking for more than phone calls."}},
		{"the next paragraph reopens the mark", "Ann Reyes said: \"The strike is over.\n\n\"Everyone will be back at work on Monday.\"",
			[]string{"continuation: Ann Reyes | said | Everyone will be back at work on Monday."}},
		{"joined paragraphs", `"I didn't threaten anybody," said Vieira. "I had a talk with him and that's it. "They played better than us."`,
			[]string{"continuation: Vieira | said | I had a talk with him and that's it.", "continuation: Vieira | said | They played better than us."}},
		{"a sentence in between breaks the chain", `"We won," said Mr Larsson. The firm lost money. "nice"`,
			nil},
	})
}
