package graph

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	boltdb "github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	graphlog "github.com/cayleygraph/cayley/graph/log"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"google.golang.org/protobuf/proto"
)

// kvWriter writes additions to a bolt store in Cayley's kv layout
// (github.com/cayleygraph/cayley/graph/kv, indexing.go) directly, with
// the same keys, values and ids Cayley's writer gives them, so that
// Cayley's QuadStore reads the store unchanged. What it leaves out is
// the reads Cayley's writer makes without its bloom filters (which
// claimgraph keeps off: 765 MB whatever the store's size): Cayley looks
// every node, quad and index key of a transaction up in bolt before
// writing it, through hidalgo's adapter, which seeks the root bucket on
// every call. kvWriter skips a read when it can prove the key absent:
//
//   - a node, quad or index key its keyFilter has never seen (the filter
//     holds every such key in the store: it is filled by scanning the
//     keys when a load opens a store that is not empty, and by every
//     write after that);
//   - a quad labelled with an article that had no quads before this
//     write (diffBatch's new articles), or naming a node created in
//     this transaction: it cannot be stored yet.
//
// Only additions take this path; a transaction with removals (an
// article loaded again) goes through Cayley's writer, and the filter
// then learns what that transaction added (learn).
//
// kvWriter keeps no node ids between transactions, so that nothing it
// holds can go stale when Cayley's writer deletes a node; the filter
// can only err towards "maybe present", which costs a read.
type kvWriter struct {
	mu      sync.Mutex // a server's write and recount may overlap
	db      *boltdb.DB
	indexes []kvIndex
	// filter is nil until the first write (or after a failed learn):
	// then every key is read.
	filter *keyFilter
	// scan: a write may build the filter by scanning a store that is
	// not empty (a load; a server's occasional write does not pay for
	// it); tried: the filter was built or refused once.
	scan, tried bool
	// keepTrimmed bounds the mapped pages while the filter is built by
	// a scan (Store.trimWhileReading).
	keepTrimmed func() (stop func())
	// pace, when set, is called every paceEvery reads and puts of a
	// transaction, in the writing goroutine (kvAdd.tick).
	pace func()
	// tally notes what the recount would find, while a load that
	// started on an empty store writes (kvwrite_tally.go); tallyOff: it
	// ended, or was never possible, and does not start again.
	tally    *derivedTally
	tallyOff bool
	hashes   tallyHashes
}

// kvIndex is one of the store's quad indexes (meta "indexes").
type kvIndex struct {
	dirs []quad.Direction
	name []byte // its bucket: the directions' prefixes
}

var (
	kvMeta    = []byte("meta")
	kvLog     = []byte("log")
	kvHorizon = []byte("horizon")
	kvSize    = []byte("size")
	kvNodeTag = []byte("v") // the filter's tag for node hashes
)

// newKVWriter reads the store's index list; it is called after the
// store is initialised, so the list is there.
func newKVWriter(db *boltdb.DB, scan bool) (*kvWriter, error) {
	var raw []byte
	err := db.View(func(tx *boltdb.Tx) error {
		if m := tx.Bucket(kvMeta); m != nil {
			raw = append(raw, m.Get([]byte("indexes"))...)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	var list []kv.QuadIndex
	if len(raw) == 0 {
		return nil, errors.New("the store records no quad indexes")
	}
	if err := json.Unmarshal(raw, &list); err != nil || len(list) == 0 {
		return nil, fmt.Errorf("reading the store's quad indexes: %q: %w", raw, err)
	}
	w := &kvWriter{db: db, scan: scan, hashes: newTallyHashes()}
	for _, ind := range list {
		name := make([]byte, len(ind.Dirs))
		for i, d := range ind.Dirs {
			name[i] = d.Prefix()
		}
		w.indexes = append(w.indexes, kvIndex{dirs: ind.Dirs, name: name})
	}
	return w, nil
}

// addsOnly reports whether a transaction only adds quads.
func addsOnly(deltas []cgraph.Delta) bool {
	for _, d := range deltas {
		if d.Action != cgraph.Add {
			return false
		}
	}
	return true
}

// write applies additions as Cayley's ApplyDeltas does with
// IgnoreDup: fresh holds the labels (article IRIs) no stored quad has.
// also, when set, writes more in the same transaction (the claim index).
func (w *kvWriter) write(in []cgraph.Delta, fresh map[quad.Value]bool, also func(*boltdb.Tx) error) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if err := w.ensureFilter(); err != nil {
		return err
	}
	var noted *derivedTally
	if w.tally != nil {
		noted = newDerivedTally()
	}
	err := w.db.Update(func(tx *boltdb.Tx) error {
		a := &kvAdd{w: w, tx: tx, fresh: fresh, now: time.Now().UnixNano(), tally: noted}
		if err := a.apply(in); err != nil || also == nil {
			return err
		}
		return also(tx)
	})
	switch {
	case err != nil:
		w.endTally() // it may have noted quads that did not commit
	case noted != nil:
		w.tally.merge(noted)
	}
	return err
}

// kvAdd is one transaction of kvWriter.
type kvAdd struct {
	w     *kvWriter
	tx    *boltdb.Tx
	fresh map[quad.Value]bool
	now   int64
	nodes map[refs.ValueHash]kvNode
	// horizon is the store's before this transaction: a node id above
	// it was created by this transaction.
	horizon uint64
	mem     slab
	tally   *derivedTally // nil: nothing to note
	ops     int           // reads and puts so far, for tick
}

// paceEvery is how many reads and puts of a transaction pass between two
// calls of kvWriter.pace: one look at /proc/self/statm costs a few
// microseconds, 4,096 bolt operations some milliseconds.
const paceEvery = 4096

// tick counts one bolt read or put and calls the writer's pace every
// paceEvery of them. The store's pace drops the mapped pages of the file
// when too many are resident: a goroutine on a timer does that too, but on
// a busy machine it may not run for a while, and a write maps pages at
// hundreds of megabytes a second (the 106k-article bench peaked at 1,042
// MB with 560 MB of them beside another job's load). Called from the write
// itself, the bound holds however the threads are scheduled.
func (a *kvAdd) tick() {
	a.ops++
	if a.ops%paceEvery == 0 && a.w.pace != nil {
		a.w.pace()
	}
}

// slab hands out the byte slices a transaction puts. Bolt keeps every
// key and value put until the commit, so each needs its own memory; one
// allocation per 64 KB instead of two per put takes work off the
// garbage collector (it had a tenth of a load's CPU time).
type slab struct{ buf []byte }

func (s *slab) take(n int) []byte {
	if cap(s.buf)-len(s.buf) < n {
		s.buf = make([]byte, 0, max(64<<10, n))
	}
	i := len(s.buf)
	s.buf = s.buf[:i+n]
	return s.buf[i : i+n : i+n]
}

func (s *slab) copy(p []byte) []byte {
	b := s.take(len(p))
	copy(b, p)
	return b
}

func (s *slab) uvarint(v uint64) []byte {
	var tmp [binary.MaxVarintLen64]byte
	return s.copy(tmp[:binary.PutUvarint(tmp[:], v)])
}

type kvNode struct {
	id    uint64
	isNew bool
}

func (a *kvAdd) apply(in []cgraph.Delta) error {
	d := graphlog.SplitDeltas(in)
	ins, err := a.resolveNodes(d.IncNode)
	if err != nil {
		return err
	}
	horizon, err := a.metaInt(kvHorizon)
	if err != nil {
		return err
	}
	a.horizon = horizon
	// Cayley numbers a transaction's new nodes first (in hash order, as
	// SplitDeltas sorts them), then its new quads.
	for i, n := range ins {
		a.tick()
		id := horizon + 1 + uint64(i)
		a.nodes[n.Hash] = kvNode{id: id, isNew: true}
		if err := a.putNode(n, id); err != nil {
			return err
		}
	}
	links, hashes, err := a.newLinks(in, d.QuadAdd)
	if err != nil {
		return err
	}
	start := horizon + 1 + uint64(len(ins))
	for i, p := range links {
		p.ID = start + uint64(i)
		p.Timestamp = a.now
		if a.tally != nil {
			a.tally.note(&a.w.hashes, hashes[i], p)
		}
	}
	if n := uint64(len(ins) + len(links)); n > 0 {
		if err := a.putMetaInt(kvHorizon, horizon+n); err != nil {
			return err
		}
	}
	if err := a.indexLinks(links); err != nil {
		return err
	}
	if len(links) == 0 {
		return nil
	}
	size, err := a.metaInt(kvSize)
	if err != nil {
		return err
	}
	return a.putMetaInt(kvSize, size+uint64(len(links)))
}

// resolveNodes finds the id of every node the transaction names,
// updates the reference counts of those stored, and returns the others
// (Cayley's incNodes, less the reads the filter proves unneeded).
func (a *kvAdd) resolveNodes(deltas []graphlog.NodeUpdate) (ins []graphlog.NodeUpdate, err error) {
	a.nodes = make(map[refs.ValueHash]kvNode, len(deltas))
	f := a.w.filter
	for _, d := range deltas {
		a.tick()
		var id uint64
		if f == nil || f.has(kvNodeTag, d.Hash[:]) {
			if b := a.bucket(nodeBucket('v', d.Hash)); b != nil {
				id, _ = binary.Uvarint(b.Get(d.Hash[:]))
			}
		}
		if id == 0 {
			ins = append(ins, d)
			continue
		}
		a.nodes[d.Hash] = kvNode{id: id}
		if err := a.addRefs(d, true); err != nil {
			return nil, err
		}
	}
	for _, d := range ins {
		a.tick()
		if err := a.addRefs(d, false); err != nil {
			return nil, err
		}
	}
	return ins, nil
}

// addRefs adds a node's new references to its count ('n' buckets).
func (a *kvAdd) addRefs(d graphlog.NodeUpdate, stored bool) error {
	b, err := a.create(nodeBucket('n', d.Hash))
	if err != nil {
		return err
	}
	key := a.mem.copy(d.Hash[:])
	n := int64(d.RefInc)
	if stored {
		old, _ := binary.Uvarint(b.Get(key))
		n += int64(old)
		if n <= 0 {
			return b.Delete(key)
		}
	}
	return b.Put(key, a.mem.uvarint(uint64(n)))
}

// putNode stores a new node: its id by hash and its primitive in the log.
func (a *kvAdd) putNode(n graphlog.NodeUpdate, id uint64) error {
	val, err := pquads.MarshalValue(n.Val)
	if err != nil {
		return fmt.Errorf("encoding the node %v: %w", n.Val, err)
	}
	b, err := a.create(nodeBucket('v', n.Hash))
	if err != nil {
		return err
	}
	if err := b.Put(a.mem.copy(n.Hash[:]), a.mem.uvarint(id)); err != nil {
		return err
	}
	if a.w.filter != nil {
		a.w.filter.add(kvNodeTag, n.Hash[:])
	}
	return a.putLog(&cproto.Primitive{ID: id, Value: val, Timestamp: a.now})
}

func (a *kvAdd) putLog(p *cproto.Primitive) error {
	buf, err := proto.MarshalOptions{}.MarshalAppend(a.mem.take(proto.Size(p))[:0], p)
	if err != nil {
		return fmt.Errorf("encoding primitive %d: %w", p.ID, err)
	}
	b, err := a.create(kvLog)
	if err != nil {
		return err
	}
	b.FillPercent = appendFill
	key := a.mem.take(8)
	binary.BigEndian.PutUint64(key, p.ID)
	return b.Put(key, buf)
}

// newLinks returns the quads to add: those not in the transaction twice
// and not stored (Cayley's applyAddDeltas with IgnoreDup).
// It also returns each one's hashes, for the tally.
func (a *kvAdd) newLinks(in []cgraph.Delta, adds []graphlog.QuadUpdate) ([]*cproto.Primitive, []refs.QuadHash, error) {
	links := make([]*cproto.Primitive, 0, len(adds))
	var hashes []refs.QuadHash
	if a.tally != nil {
		hashes = make([]refs.QuadHash, 0, len(adds))
	}
	seen := make(map[[4]uint64]struct{}, len(adds))
	for _, q := range adds {
		link := &cproto.Primitive{}
		var key [4]uint64
		mustBeNew := false
		for i, dir := range quad.Directions {
			n, ok := a.nodes[q.Quad.Get(dir)]
			if !ok {
				continue
			}
			mustBeNew = mustBeNew || n.isNew
			link.SetDirection(dir, n.id)
			key[i] = n.id
		}
		if _, dup := seen[key]; dup {
			continue
		}
		seen[key] = struct{}{}
		if !mustBeNew && !a.fresh[in[q.Ind].Quad.Label] {
			a.tick()
			stored, err := a.stored(link)
			if err != nil {
				return nil, nil, err
			}
			if stored {
				continue
			}
		}
		links = append(links, link)
		if a.tally != nil {
			hashes = append(hashes, q.Quad)
		}
	}
	return links, hashes, nil
}

// stored reports whether a live quad links the same nodes (Cayley's
// hasPrimitive): the intersection of its index lists, checked in the log.
func (a *kvAdd) stored(p *cproto.Primitive) (bool, error) {
	var options []uint64
	for i, ind := range a.w.indexes {
		key := indexKey(ind.dirs, p)
		if f := a.w.filter; f != nil && !f.has(ind.name, key) {
			return false, nil // a stored quad has every one of its index keys
		}
		var list []uint64
		if b := a.bucket(ind.name); b != nil {
			var err error
			if list, err = decodeList(b.Get(key)); err != nil {
				return false, fmt.Errorf("reading index %s: %w", ind.name, err)
			}
		}
		if i == 0 {
			options = list
		} else {
			options = intersectSorted(options, list)
		}
		if len(options) == 0 {
			return false, nil
		}
	}
	log := a.bucket(kvLog)
	for i := len(options) - 1; i >= 0; i-- {
		var v []byte
		if log != nil {
			v = log.Get(binary.BigEndian.AppendUint64(nil, options[i]))
		}
		if v == nil {
			return false, fmt.Errorf("quad %d is indexed but not in the log", options[i])
		}
		var prim cproto.Primitive
		if err := proto.Unmarshal(v, &prim); err != nil {
			return false, fmt.Errorf("decoding quad %d: %w", options[i], err)
		}
		if !prim.Deleted && prim.IsSameLink(p) {
			return true, nil
		}
	}
	return false, nil
}

// indexLinks stores new quads in the log and appends their ids to
// their index lists, one put per list and key order per bucket (Cayley's
// indexLinks and flushMapBucket).
func (a *kvAdd) indexLinks(links []*cproto.Primitive) error {
	for _, p := range links {
		a.tick()
		if err := a.putLog(p); err != nil {
			return err
		}
	}
	for _, ind := range a.w.indexes {
		lists := make(map[string][]uint64, len(links))
		for _, p := range links {
			k := string(indexKey(ind.dirs, p))
			lists[k] = append(lists[k], p.ID)
		}
		if err := a.appendLists(ind, lists); err != nil {
			return err
		}
	}
	return nil
}

func (a *kvAdd) appendLists(ind kvIndex, lists map[string][]uint64) error {
	if len(lists) == 0 {
		return nil
	}
	name := ind.name
	keys := make([]string, 0, len(lists))
	for k := range lists {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b, err := a.create(name)
	if err != nil {
		return err
	}
	if ind.dirs[0] == quad.Label {
		b.FillPercent = appendFill
	}
	f := a.w.filter
	for _, k := range keys {
		a.tick()
		key := a.mem.copy([]byte(k))
		var val []byte
		if !a.namesNew(key) && (f == nil || f.has(name, key)) {
			val = b.Get(key)
		}
		buf := a.mem.take(len(val) + binary.MaxVarintLen64*len(lists[k]))[:len(val)]
		copy(buf, val)
		for _, id := range lists[k] {
			buf = binary.AppendUvarint(buf, id)
		}
		if err := b.Put(key, buf); err != nil {
			return err
		}
		if f != nil {
			f.add(name, key)
		}
	}
	return nil
}

// namesNew reports whether an index key names a node this transaction
// created: no stored list can have that key, and the transaction puts
// each key once (indexLinks gathers its lists by key).
func (a *kvAdd) namesNew(key []byte) bool {
	for i := 0; i+8 <= len(key); i += 8 {
		if binary.BigEndian.Uint64(key[i:]) > a.horizon {
			return true
		}
	}
	return false
}

func (a *kvAdd) metaInt(key []byte) (uint64, error) {
	b := a.bucket(kvMeta)
	if b == nil {
		return 0, nil
	}
	v := b.Get(key)
	if v == nil {
		return 0, nil
	}
	if len(v) != 8 {
		return 0, fmt.Errorf("the store's %s is %d bytes, not 8", key, len(v))
	}
	return binary.LittleEndian.Uint64(v), nil
}

func (a *kvAdd) putMetaInt(key []byte, v uint64) error {
	b, err := a.create(kvMeta)
	if err != nil {
		return err
	}
	return b.Put(key, binary.LittleEndian.AppendUint64(nil, v))
}

// appendFill is the FillPercent of a bucket whose new keys go after all
// stored ones, so that its pages are left full: the log (ids ascend) and
// an index led by the label (a batch's articles are new nodes, with ids
// above every stored one). Other buckets keep bolt's default, which
// leaves room in a page for keys inserted among the stored ones (the
// subject-led index filled full took more pages, not fewer).
const appendFill = 1.0

// bucket is a top-level bucket or nil; bolt caches a writable
// transaction's buckets, so a repeated look-up is a map read.
func (a *kvAdd) bucket(name []byte) *boltdb.Bucket { return a.tx.Bucket(name) }

func (a *kvAdd) create(name []byte) (*boltdb.Bucket, error) {
	if b := a.tx.Bucket(name); b != nil {
		return b, nil
	}
	b, err := a.tx.CreateBucket(name)
	if err != nil {
		return nil, fmt.Errorf("creating bucket %q: %w", name, err)
	}
	return b, nil
}

// nodeBucket is the bucket of a node's id ('v') or reference count
// ('n'): one per first two bytes of its hash.
func nodeBucket(kind byte, h refs.ValueHash) []byte { return []byte{kind, h[0], h[1]} }

// indexKey is a quad's key in an index: its ids in the index's order.
func indexKey(dirs []quad.Direction, p *cproto.Primitive) []byte {
	key := make([]byte, 0, 8*len(dirs))
	for _, d := range dirs {
		key = binary.BigEndian.AppendUint64(key, p.GetDirection(d))
	}
	return key
}

func decodeList(b []byte) ([]uint64, error) {
	var out []uint64
	for len(b) > 0 {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			return out, errors.New("bad varint in an index list")
		}
		out = append(out, v)
		b = b[n:]
	}
	return out, nil
}

func intersectSorted(a, b []uint64) []uint64 {
	var c []uint64
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			c = append(c, a[i])
			i++
			j++
		}
	}
	return c
}

// isNodeBucket reports whether a top-level bucket holds node ids.
func isNodeBucket(name []byte) bool { return len(name) == 3 && name[0] == 'v' }
