package event

import (
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/loaders/vocab"
)

// The time words by vocabulary id give what their maps give, with
// whether the map holds the word.
func TestTimeWordTables(t *testing.T) {
	for _, w := range []string{"monday", "may", "sept", "said", "reported", "pier", "mayday", ""} {
		id := vocab.ID(w)
		if got, want := speechWords.Get(id, w), speech[w]; got != want {
			t.Errorf("speech %q: %v, want %v", w, got, want)
		}
		wd, ok := weekdays[w]
		if got := weekdayWords.Get(id, w); got != (okValue[time.Weekday]{wd, ok}) {
			t.Errorf("weekday %q: %v, want %v %v", w, got, wd, ok)
		}
		mo, ok := months[w]
		if got := monthWords.Get(id, w); got != (okValue[time.Month]{mo, ok}) {
			t.Errorf("month %q: %v, want %v %v", w, got, mo, ok)
		}
	}
	if len(okValues(map[string]int{"a": 0})) != 1 || !okValues(map[string]int{"a": 0})["a"].ok {
		t.Error("okValues: a zero value is still held")
	}
}
