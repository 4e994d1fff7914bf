package speaker_test

import "testing"

func TestSameSentence(t *testing.T) {
	runCases(t, []sieveCase{
		{"a fragment in a sentence with a cue", `The committee said staff turnover was high and had "seriously interfered" with the work.`,
			nil}, // the cue rule's content already holds it
	})
}
