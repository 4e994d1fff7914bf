package graph

// WithoutFastWriter makes s write through Cayley's own postgres writer,
// so that tests and benchmarks can compare the two on the same store.
func (s *Store) WithoutFastWriter() { s.pg = nil }
