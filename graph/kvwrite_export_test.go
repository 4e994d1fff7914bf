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
