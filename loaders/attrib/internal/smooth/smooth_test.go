package smooth

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestBestCentre(t *testing.T) {
	// A lone spike at 1 loses to the broad top around 5.
	ints := []int{0, 9, 0, 0, 4, 5, 4, 0, 0}
	assert.Equal(t, 5, BestCentre(ints, 0, len(ints)-1, 1))
	// Ties go to the first centre.
	flat := []float64{1, 1, 1, 1, 1}
	assert.Equal(t, 1, BestCentre(flat, 0, len(flat)-1, 1))
	// Only centres whose window fits in [lo, hi] count.
	assert.Equal(t, 4, BestCentre([]int{9, 9, 0, 1, 1, 1, 0}, 2, 6, 1))
	// An empty range gives its first centre.
	assert.Equal(t, 2, BestCentre([]int{1, 2, 3}, 0, 2, 2))
}
