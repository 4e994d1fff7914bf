package strtab_test

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/claimgraph/claimgraph/internal/strtab"
)

func TestGetAgreesWithTheMap(t *testing.T) {
	m := map[string]int32{"": 7, "said": 1, "told": 2, "w1=and": 3, "Said": 4}
	for i := range 500 {
		m["word"+strconv.Itoa(i)] = int32(100 + i)
	}
	tab := strtab.New(m)
	assert.Equal(t, len(m), tab.Len())
	probes := []string{"", "said", "Said", "SAID", "told", "tol", "toldx", "w1=and", "w1=an", "word0", "word499", "word500", "x"}
	for i := range 1000 {
		probes = append(probes, "word"+strconv.Itoa(i))
	}
	for _, k := range probes {
		want, wantOK := m[k]
		got, ok := tab.Get(k)
		assert.Equal(t, wantOK, ok, k)
		assert.Equal(t, want, got, k)
		got, ok = tab.GetBytes([]byte(k))
		assert.Equal(t, wantOK, ok, k)
		assert.Equal(t, want, got, k)
	}
}

func TestEmptyTable(t *testing.T) {
	var zero strtab.Table[float64]
	v, ok := zero.Get("said")
	assert.False(t, ok)
	assert.Zero(t, v)
	v, ok = zero.GetBytes([]byte("said"))
	assert.False(t, ok)
	assert.Zero(t, v)
	empty := strtab.New(map[string]float64{})
	_, ok = empty.Get("")
	assert.False(t, ok)
}

// The table's point is a lookup cheaper than the map's on a large table
// whose keys are mostly absent; compare with -bench.
func BenchmarkLookup(b *testing.B) {
	m := map[string]float64{}
	for i := range 20000 {
		m["w1="+strconv.Itoa(i*7)] = float64(i)
	}
	probes := make([]string, 4096)
	for i := range probes {
		probes[i] = "w1=" + strconv.Itoa(i*5)
	}
	tab := strtab.New(m)
	b.Run("map", func(b *testing.B) {
		var z float64
		for i := range b.N {
			z += m[probes[i&4095]]
		}
		_ = z
	})
	b.Run("strtab", func(b *testing.B) {
		var z float64
		for i := range b.N {
			v, _ := tab.Get(probes[i&4095])
			z += v
		}
		_ = z
	})
}
