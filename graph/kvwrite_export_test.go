package graph

import "time"

// UseCayleyWriter makes a bolt store write everything through Cayley's
// kv writer, as before the direct writer: the reference it is compared
// with.
func (s *Store) UseCayleyWriter() { s.kv = nil }

// DirectKV reports whether the store writes additions directly, and how
// many keys its filter holds (-1: no filter).
func (s *Store) DirectKV() (on bool, filterKeys int) {
	if s.kv == nil {
		return false, -1
	}
	if s.kv.filter == nil {
		return true, -1
	}
	return true, s.kv.filter.keys
}

// Opened and SetOpened let two stores write the same pending marks.
func (s *Store) Opened() time.Time     { return s.opened }
func (s *Store) SetOpened(t time.Time) { s.opened = t }

// NoTally makes a load scan every quad in its recount, as before the
// direct kv writer tallied what it wrote: the reference the tally is
// compared with.
func (s *Store) NoTally() {
	if s.kv != nil {
		s.kv.mu.Lock()
		s.kv.endTally()
		s.kv.mu.Unlock()
	}
}

// Tallying reports whether the next recount will read the writer's
// tally instead of scanning the store.
func (s *Store) Tallying() bool {
	if s.kv == nil {
		return false
	}
	s.kv.mu.Lock()
	defer s.kv.mu.Unlock()
	return s.kv.tally != nil
}

// SyncsOnClose reports whether the store commits without bolt's fsync
// and syncs the file once on Close.
func (s *Store) SyncsOnClose() bool { return s.syncOnClose && s.bolt != nil && s.bolt.NoSync }

// CountPaces replaces the direct kv writer's pace with a counter and
// returns it; ok is false when the store has no direct writer or opening
// it set no pace.
func (s *Store) CountPaces() (count *int, ok bool) {
	if s.kv == nil || s.kv.pace == nil {
		return nil, false
	}
	n := 0
	s.kv.pace = func() { n++ }
	return &n, true
}

// PaceEvery is how many bolt operations pass between two paces.
const PaceEvery = paceEvery
