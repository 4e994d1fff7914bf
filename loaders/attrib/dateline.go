package attrib

import (
	"regexp"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// dateline matches a wire story's place line before its first sentence
// ("JERUSALEM - ", "LOS ANGELES, Feb. 2 (UPI) — ", "WASHINGTON (Reuters) -
// "): capitals, maybe a date and an agency, and a dash.
var dateline = regexp.MustCompile(`^[A-Z][A-Z.'’ ]*[A-Z.](?:, [A-Z][a-z]+\.? \d{1,2})?(?: \([A-Za-z]+\))? ?(?:-{1,2}|—|–) +`)

// datelineReach bounds how far into a content the dateline may run.
const datelineReach = 60

// startAfterDateline starts a content that opens with a dateline after
// it: the place and the agency are the paper's, not what was said
// (train: 5 of 5 such gold contents start after the dash).
func (x *ctx) startAfterDateline(a *doc.Attribution) {
	if a.Content.Empty() {
		return
	}
	head := x.d.Text[a.Content.Start:min(a.Content.End, a.Content.Start+datelineReach)]
	if m := dateline.FindStringIndex(head); m != nil && a.Content.Start+m[1] < a.Content.End {
		a.Content.Start += m[1]
	}
}
