package entity

import "testing"

// BenchmarkLoadGazetteer times parsing the embedded tables, which every
// process that imports this package pays once at start-up.
func BenchmarkLoadGazetteer(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		loadGazetteer()
	}
}
