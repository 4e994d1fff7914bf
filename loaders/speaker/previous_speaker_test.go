package speaker_test

import "testing"

func TestPreviousSpeaker(t *testing.T) {
	runCases(t, []sieveCase{
		{"a quote paragraph after an indirect report", "Sonaptic's director David Monteith says his firm is the only one.\n\nHe spoke at length. \"There are quite a few basic technologies out there.\"",
			[]string{"previous-speaker: Sonaptic's director David Monteith | says | There are quite a few basic technologies out there."}},
		{"a thing that suggests utters nothing", "A BBC spokeswoman said the show would move.\n\nIt will sit next to the chart show, which suggests it may air at 1900. \"Hopefully the audience will find it on BBC Two.\"",
			[]string{"previous-speaker: A BBC spokeswoman | said | Hopefully the audience will find it on BBC Two."}},
		{"a scare quote gets no speaker", "Ann Reyes said the plan was dead.\n\nThe \"plan\" was old.",
			nil},
	})
}

func TestTitlesAreNoUtterances(t *testing.T) {
	runCases(t, []sieveCase{
		{"a song title", "Tom Johnston said the band played on.\n\nThe set closed with \"What a Fool Believes.\"",
			nil},
		{"a book title after a comma", `"Financial Freedom: A Proven Path to All the Money You Will Ever Need," used Grant Sabatier as its author.`,
			nil},
	})
}
