package sortedset

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIntersect(t *testing.T) {
	tests := []struct {
		a, b []int
		want int
	}{
		{nil, nil, 0},
		{[]int{1, 2, 3}, nil, 0},
		{[]int{1, 2, 3}, []int{2, 3, 4}, 2},
		{[]int{1, 5, 9}, []int{2, 6, 10}, 0},
		{[]int{1, 2, 3}, []int{1, 2, 3}, 3},
		{[]int{7}, []int{1, 3, 5, 7, 9}, 1},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, Intersect(tc.a, tc.b), "%v ∩ %v", tc.a, tc.b)
		assert.Equal(t, tc.want, Intersect(tc.b, tc.a), "%v ∩ %v", tc.b, tc.a)
	}
}
