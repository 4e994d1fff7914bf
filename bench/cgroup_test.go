package bench

import (
	"fmt"
	"os"
	"os/exec"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseSize(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int64
	}{
		{"1G", 1 << 30}, {"1g", 1 << 30}, {"512M", 512 << 20}, {"512MiB", 512 << 20},
		{"64k", 64 << 10}, {"1000", 1000}, {" 2G ", 2 << 30},
	} {
		got, err := ParseSize(tc.in)
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.want, got, tc.in)
	}
	for _, bad := range []string{"", "G", "-1G", "0", "lots", "1T"} {
		_, err := ParseSize(bad)
		assert.Error(t, err, bad)
	}
}

// A process started inside a group is charged there: one that touches
// more anonymous memory than the limit is killed, one that stays under
// it is not. Needs root and a memory controller, which CI's machine has;
// elsewhere it skips.
func TestMemoryGroupLimitsAChild(t *testing.T) {
	g, err := NewMemoryGroup(fmt.Sprintf("claimgraph-test-%d", os.Getpid()), "64M")
	if err != nil {
		t.Skipf("no memory cgroup here: %v", err)
	}
	defer g.Remove()
	run := func(mb int) error {
		require.NoError(t, g.Enter(os.Getpid()))
		// dd with a block of mb MiB holds that buffer in memory.
		c := exec.Command("dd", "if=/dev/zero", "of=/dev/null", fmt.Sprintf("bs=%dM", mb), "count=1")
		err := c.Start()
		require.NoError(t, g.Leave(os.Getpid()))
		require.NoError(t, err)
		return c.Wait()
	}
	assert.NoError(t, run(16), "16 MiB fits under 64 MiB")
	assert.Error(t, run(256), "256 MiB does not")
	st := g.Stats()
	assert.Equal(t, int64(64<<20), st.Limit)
	assert.Positive(t, st.LimitHits+st.OOMKills, "the kernel counted the overrun")
}
