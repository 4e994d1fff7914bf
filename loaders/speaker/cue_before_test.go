package speaker_test

import "testing"

func TestCueBefore(t *testing.T) {
	runCases(t, []sieveCase{
		{"verb and addressee before a colon", `The plan is dead, and Ann Reyes told the BBC: "Nobody wanted it."`,
			nil}, // the cue rules read this one themselves
		{"a name and a colon, no verb", "The show moves in spring.\n\nBBC Two controller Roly Keating: \"It's an exciting new era for the show.\"",
			[]string{"cue-before: BBC Two controller Roly Keating | : | It's an exciting new era for the show."}},
		{"a passive verb reports the asker, not its subject", `Wheelchair user Kevin Donnellon was asked: "Why on earth do you want that?"`,
			nil},
		{"interrupted by its cue", `"We are not afraid," the activist said, "and we will return to the square."`,
			[]string{"cue-before: the activist | said | and we will return to the square."}},
	})
}
