package pipeline

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// TestRelativeEventTimes: a publication date written as a feed or a page
// writes it is normalised before the events stage, so "last month" in
// the text becomes the month before, as it does after an ISO date.
func TestRelativeEventTimes(t *testing.T) {
	for _, pub := range []string{"2026-03-04", "Wed, 04 Mar 2026 10:00:00 GMT", "March 4, 2026"} {
		x, err := Extract(doc.Article{ID: "x", Published: pub,
			Text: "Talks resume\n\nPeace talks were held in Kabul last month, officials said."})
		require.NoError(t, err)
		times := []string{}
		for _, ev := range x.Events {
			times = append(times, ev.Time)
		}
		assert.Contains(t, times, "2026-02", pub)
		assert.Equal(t, "2026-03-04", x.Published[:10], pub)
	}
}
