package bench

import (
	"sort"
	"time"
)

// Latency summarises the durations of repeated runs of one query.
type Latency struct {
	Runs int     `json:"runs"`
	P50  float64 `json:"p50_ms"`
	P95  float64 `json:"p95_ms"`
	Min  float64 `json:"min_ms"`
	Max  float64 `json:"max_ms"`
}

// Summarise returns the nearest-rank percentiles of ds in milliseconds.
func Summarise(ds []time.Duration) Latency {
	if len(ds) == 0 {
		return Latency{}
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	return Latency{Runs: len(s), P50: ms(rank(s, 50)), P95: ms(rank(s, 95)), Min: ms(s[0]), Max: ms(s[len(s)-1])}
}

// rank is the nearest-rank percentile: the smallest value with at least
// p% of the values at or below it.
func rank(s []time.Duration, p int) time.Duration {
	i := (p*len(s) + 99) / 100
	if i < 1 {
		i = 1
	}
	return s[i-1]
}
