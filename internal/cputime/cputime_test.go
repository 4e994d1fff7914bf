package cputime_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/internal/cputime"
)

func TestOfCountsWorkNotSleep(t *testing.T) {
	busy, err := cputime.Of(func() {
		for start := time.Now(); time.Since(start) < 50*time.Millisecond; {
		}
	})
	require.NoError(t, err)
	idle, err := cputime.Of(func() { time.Sleep(50 * time.Millisecond) })
	require.NoError(t, err)
	assert.Greater(t, busy, 20*time.Millisecond, "a busy loop of 50 ms uses CPU")
	assert.Less(t, idle, busy, "sleeping uses less CPU than spinning")
}
