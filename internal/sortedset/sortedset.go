// Package sortedset owns the one operation two parts of claimgraph need
// on sets kept as sorted slices without repeats: the size of an
// intersection, in one merge pass (PolNeAR scoring's character sets,
// quotation matching's shingle hashes).
package sortedset

import "cmp"

// Intersect is |a ∩ b| for two sorted slices without repeats.
func Intersect[T cmp.Ordered](a, b []T) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}
