// Package smooth owns how the attribution stage's trainers pick a
// threshold from a held-out curve: not its single highest point, which
// noise moves by more than a rule change moves the scores, but the
// centre of the window of neighbouring cuts whose sum is highest.
package smooth

// BestCentre returns the index s in [lo+window, hi-window] whose values
// v[s-window..s+window] sum highest, the first such s on a tie. It
// returns lo+window when that range is empty.
func BestCentre[T int | float64](v []T, lo, hi, window int) int {
	best := lo + window
	var bestSum T
	for s := lo + window; s <= hi-window; s++ {
		var sum T
		for d := -window; d <= window; d++ {
			sum += v[s+d]
		}
		if s == lo+window || sum > bestSum {
			best, bestSum = s, sum
		}
	}
	return best
}
