package graph

import (
	"bytes"
	"encoding/binary"

	boltdb "github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
)

// ensureFilter builds the key filter before the first write: empty for
// an empty store; for one with quads, by scanning the keys of the node
// and index buckets (keys only, no value is decoded) when the writer may
// (a load), or not at all (every key is then read).
func (w *kvWriter) ensureFilter() error {
	if w.filter != nil || w.tried {
		return nil
	}
	w.tried = true
	var horizon uint64
	err := w.db.View(func(tx *boltdb.Tx) error {
		if m := tx.Bucket(kvMeta); m != nil {
			if v := m.Get(kvHorizon); len(v) == 8 {
				horizon = binary.LittleEndian.Uint64(v)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	if horizon == 0 {
		w.filter = newKeyFilter(0)
		if w.scan && !w.tallyOff {
			// A load into an empty store: every quad will pass here.
			w.tally = newDerivedTally()
		}
		return nil
	}
	if !w.scan {
		return nil
	}
	if w.keepTrimmed != nil {
		defer w.keepTrimmed()()
	}
	// The horizon counts every node and quad ever created: about the
	// keys of the largest index plus the nodes, so the first part holds
	// a good share of the keys and the rest grow from it.
	f := newKeyFilter(int(horizon))
	err = w.db.View(func(tx *boltdb.Tx) error {
		c := tx.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if v != nil {
				continue // a value in the root, not a bucket
			}
			tag := w.filterTag(k)
			if tag == nil {
				continue
			}
			err := tx.Bucket(k).ForEach(func(key, _ []byte) error {
				f.add(tag, key)
				return nil
			})
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	w.filter = f
	return nil
}

// filterTag is the filter's tag for the keys of a top-level bucket, nil
// for buckets the filter does not cover.
func (w *kvWriter) filterTag(bucket []byte) []byte {
	if isNodeBucket(bucket) {
		return kvNodeTag
	}
	for _, ind := range w.indexes {
		if bytes.Equal(bucket, ind.name) {
			return ind.name
		}
	}
	return nil
}

// learn adds to the filter the keys a transaction applied by Cayley's
// writer may have created: the nodes of its added quads and those
// quads' index keys (read back by id after the commit). A node it cannot
// find drops the filter, so that no key goes missing from it.
func (w *kvWriter) learn(deltas []cgraph.Delta) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	f := w.filter
	if f == nil {
		return nil
	}
	err := w.db.View(func(tx *boltdb.Tx) error {
		ids := make(map[refs.ValueHash]uint64)
		for _, d := range deltas {
			if d.Action != cgraph.Add {
				continue
			}
			var p cproto.Primitive
			for _, dir := range quad.Directions {
				v := d.Quad.Get(dir)
				if v == nil {
					continue
				}
				h := refs.HashOf(v)
				id, ok := ids[h]
				if !ok {
					if b := tx.Bucket(nodeBucket('v', h)); b != nil {
						id, _ = binary.Uvarint(b.Get(h[:]))
					}
					ids[h] = id
				}
				if id == 0 {
					w.filter = nil
					return nil
				}
				f.add(kvNodeTag, h[:])
				p.SetDirection(dir, id)
			}
			for _, ind := range w.indexes {
				f.add(ind.name, indexKey(ind.dirs, &p))
			}
		}
		return nil
	})
	if err != nil {
		w.filter = nil
	}
	return err
}

// drop frees the filter for good: later writes read every key. A
// recount drops it before it reads the store, since the recount's own
// maps make a load's peak memory.
func (w *kvWriter) drop() {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.filter = nil
	w.tried = true
	w.endTally()
}
