package cputime_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/internal/cputime"
)

var sink uint64

// A fixed amount of work costs CPU however busy the machine is; a sleep
// of the same length costs next to none.
func TestOfCountsWorkNotSleep(t *testing.T) {
	busy, err := cputime.Of(func() {
		x := uint64(1)
		for i := 0; i < 50_000_000; i++ {
			x = x*6364136223846793005 + 1442695040888963407
		}
		sink = x
	})
	require.NoError(t, err)
	idle, err := cputime.Of(func() { time.Sleep(busy) })
	require.NoError(t, err)
	assert.Greater(t, busy, time.Millisecond, "50 million multiplications use CPU")
	assert.Less(t, idle, busy/2, "sleeping as long uses less than half the CPU")
}
