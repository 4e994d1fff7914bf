package speaker_test

import "testing"

func TestIntroduced(t *testing.T) {
	runCases(t, []sieveCase{
		{"a person introduced at a sentence's end, then quoted",
			`"We lead the market," said Mr Monteith. The idea grew out of research by the firm's research director Dr Alastair Sibbald. "We are trying to fool your ears into hearing sound from behind."`,
			[]string{"introduced: Alastair Sibbald |  | We are trying to fool your ears into hearing sound from behind."}},
		{"not when the sentence before reports someone",
			`The idea, Mr Lee said, came from Dr Alastair Sibbald. "We are trying to fool your ears into hearing sound from behind."`,
			[]string{"previous-speaker: Mr Lee | said | We are trying to fool your ears into hearing sound from behind."}},
	})
}
