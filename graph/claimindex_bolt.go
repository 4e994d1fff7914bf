package graph

import (
	"bytes"
	"context"
	"sort"
	"strconv"
	"strings"

	boltdb "github.com/boltdb/bolt"
)

// boltIndex keeps the claim index in three buckets of the store's own
// bolt file, beside Cayley's.
type boltIndex struct{ db *boltdb.DB }

var (
	// idxMain: kind \0 node \0 sortKey → act \0 claim.
	idxMain = []byte("cg_claim_index")
	// idxByArticle: article \0 main key → nothing, to drop an article's
	// entries whatever its old quads were.
	idxByArticle = []byte("cg_claim_index_articles")
	// idxMeta: "ready" once built; "w\0"+token for each write applied.
	idxMeta  = []byte("cg_claim_index_meta")
	keyReady = []byte("ready")
	// idxWords: word \0 quotation → nothing (claimindex_quotes.go).
	idxWords = []byte("cg_claim_index_words")
)

func mainKey(e indexEntry) []byte {
	return []byte(e.Kind + "\x00" + e.Node + "\x00" + e.sortKey())
}

func (b boltIndex) replace(ctx context.Context, articles []string, adds []indexEntry, token string) error {
	return b.db.Update(func(tx *boltdb.Tx) error { return b.replaceIn(tx, articles, adds, token) })
}

// replaceIn is replace inside a transaction the caller commits: the
// direct kv writer's, so that an article's quads and its index entries
// are one commit.
func (b boltIndex) replaceIn(tx *boltdb.Tx, articles []string, adds []indexEntry, token string) error {
	{
		m, a, meta, err := idxBuckets(tx)
		if err != nil {
			return err
		}
		adds, words := splitWordEntries(adds)
		if err := putWords(tx, words); err != nil {
			return err
		}
		for _, art := range articles {
			pre := []byte(art + "\x00")
			var drop [][]byte
			c := a.Cursor()
			for k, _ := c.Seek(pre); k != nil && bytes.HasPrefix(k, pre); k, _ = c.Next() {
				drop = append(drop, append([]byte(nil), k...))
			}
			for _, k := range drop {
				if err := m.Delete(k[len(pre):]); err != nil {
					return err
				}
				if err := a.Delete(k); err != nil {
					return err
				}
			}
		}
		// Keys go in in order: bolt inserts into a leaf's sorted slice, so
		// a transaction of unordered keys copies its big leaves again and
		// again (60% of a rebuild's time).
		mk := make([]keyVal, len(adds))
		ak := make([]keyVal, len(adds))
		for i, e := range adds {
			k := mainKey(e)
			mk[i] = keyVal{k, []byte(e.Act + "\x00" + e.Claim + "\x00" + e.Extra)}
			ak[i] = keyVal{append([]byte(e.Article+"\x00"), k...), nil}
		}
		if err := putSorted(m, mk); err != nil {
			return err
		}
		if err := putSorted(a, ak); err != nil {
			return err
		}
		if token != "" {
			return meta.Put([]byte("w\x00"+token), nil)
		}
		return nil
	}
}

type keyVal struct{ k, v []byte }

func putSorted(b *boltdb.Bucket, kvs []keyVal) error {
	sort.Slice(kvs, func(i, j int) bool { return bytes.Compare(kvs[i].k, kvs[j].k) < 0 })
	for _, x := range kvs {
		if err := b.Put(x.k, x.v); err != nil {
			return err
		}
	}
	return nil
}

func idxBuckets(tx *boltdb.Tx) (m, a, meta *boltdb.Bucket, err error) {
	if m, err = tx.CreateBucketIfNotExists(idxMain); err != nil {
		return
	}
	if a, err = tx.CreateBucketIfNotExists(idxByArticle); err != nil {
		return
	}
	meta, err = tx.CreateBucketIfNotExists(idxMeta)
	return
}

func (b boltIndex) scan(ctx context.Context, kind, node, from string, fn func(indexEntry) bool) error {
	return b.db.View(func(tx *boltdb.Tx) error {
		m := tx.Bucket(idxMain)
		if m == nil {
			return nil
		}
		pre := []byte(kind + "\x00" + node + "\x00")
		c := m.Cursor()
		n := 0
		for k, v := c.Seek(append(append([]byte(nil), pre...), from...)); k != nil && bytes.HasPrefix(k, pre); k, v = c.Next() {
			if n++; n%4096 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			if !fn(decodeEntry(kind, node, k[len(pre):], v)) {
				return nil
			}
		}
		return nil
	})
}

// merge reads several lists in one read transaction, a cursor on each,
// and calls fn with their entries as one list in order.
func (b boltIndex) merge(ctx context.Context, lists [][2]string, from string, light func() bool, fn func(indexEntry) bool) error {
	return b.db.View(func(tx *boltdb.Tx) error {
		m := tx.Bucket(idxMain)
		if m == nil {
			return nil
		}
		h := make(mergeHeap, 0, len(lists))
		for _, l := range lists {
			c := &boltCursor{c: m.Cursor(), pre: []byte(l[0] + "\x00" + l[1] + "\x00"), kind: l[0], node: l[1]}
			if c.seek(from) {
				h = append(h, c)
			}
		}
		return runMerge(ctx, &h, light, fn)
	})
}

// boltCursor walks one list of the index.
type boltCursor struct {
	c          *boltdb.Cursor
	pre        []byte
	kind, node string
	sk, v      []byte
}

func (c *boltCursor) seek(from string) bool {
	k, v := c.c.Seek(append(append([]byte(nil), c.pre...), from...))
	return c.set(k, v)
}

func (c *boltCursor) next() bool { k, v := c.c.Next(); return c.set(k, v) }

func (c *boltCursor) set(k, v []byte) bool {
	if k == nil || !bytes.HasPrefix(k, c.pre) {
		return false
	}
	c.sk, c.v = k[len(c.pre):], v
	return true
}

func (c *boltCursor) key() []byte       { return c.sk }
func (c *boltCursor) entry() indexEntry { return decodeEntry(c.kind, c.node, c.sk, c.v) }

func (c *boltCursor) lightEntry() indexEntry {
	e := indexEntry{Kind: c.kind, Node: c.node}
	decodeValue(&e, c.v)
	return e
}

// decodeEntry reads an entry back from its sort key and value.
func decodeEntry(kind, node string, sk, v []byte) indexEntry {
	e := indexEntry{Kind: kind, Node: node}
	parts := strings.SplitN(string(sk), "\x01", 3)
	if len(parts) == 3 {
		e.Date, e.Article = parts[0], parts[1]
		e.Seq, _ = strconv.ParseInt(parts[2], 10, 64)
	}
	if e.Date == undated {
		e.Date = ""
	}
	decodeValue(&e, v)
	return e
}

// decodeValue reads an entry's act, claim and extra from its value.
func decodeValue(e *indexEntry, v []byte) {
	f := strings.SplitN(string(v), "\x00", 3)
	e.Act = f[0]
	if len(f) > 1 {
		e.Claim = f[1]
	}
	if len(f) > 2 {
		e.Extra = f[2]
	}
}

func (b boltIndex) ready(ctx context.Context) (bool, error) {
	ok := false
	err := b.db.View(func(tx *boltdb.Tx) error {
		if meta := tx.Bucket(idxMeta); meta != nil {
			ok = string(meta.Get(keyReady)) == indexVersion
		}
		return nil
	})
	return ok, err
}

func (b boltIndex) reset(ctx context.Context) error {
	return b.db.Update(func(tx *boltdb.Tx) error {
		for _, name := range [][]byte{idxMain, idxByArticle, idxMeta, idxWords} {
			if tx.Bucket(name) != nil {
				if err := tx.DeleteBucket(name); err != nil {
					return err
				}
			}
		}
		_, _, _, err := idxBuckets(tx)
		return err
	})
}

func (b boltIndex) markReady(ctx context.Context) error {
	return b.db.Update(func(tx *boltdb.Tx) error {
		_, _, meta, err := idxBuckets(tx)
		if err != nil {
			return err
		}
		return meta.Put(keyReady, []byte(indexVersion))
	})
}

func (b boltIndex) missed(ctx context.Context, tokens []string) (bool, error) {
	missed := false
	err := b.db.View(func(tx *boltdb.Tx) error {
		meta := tx.Bucket(idxMeta)
		for _, t := range tokens {
			if meta == nil || meta.Get([]byte("w\x00"+t)) == nil {
				missed = true
			}
		}
		return nil
	})
	return missed, err
}

func (b boltIndex) forget(ctx context.Context, tokens []string) error {
	return b.db.Update(func(tx *boltdb.Tx) error {
		meta := tx.Bucket(idxMeta)
		if meta == nil {
			return nil
		}
		for _, t := range tokens {
			if err := meta.Delete([]byte("w\x00" + t)); err != nil {
				return err
			}
		}
		return nil
	})
}

// putWords puts the word-index keys that are not there yet, in order.
func putWords(tx *boltdb.Tx, words []indexEntry) error {
	if len(words) == 0 {
		return nil
	}
	w, err := tx.CreateBucketIfNotExists(idxWords)
	if err != nil {
		return err
	}
	kvs := make([]keyVal, 0, len(words))
	seen := make(map[string]bool, len(words))
	for _, e := range words {
		k := wordKey(e.Node, e.Claim)
		if !seen[k] {
			seen[k] = true
			// A key already there is not put again: a put rewrites its
			// page at the commit.
			if w.Get([]byte(k)) == nil {
				kvs = append(kvs, keyVal{[]byte(k), nil})
			}
		}
	}
	return putSorted(w, kvs)
}

func (b boltIndex) quotationKeys(ctx context.Context, fn func(key, quotation string) bool) error {
	return b.db.View(func(tx *boltdb.Tx) error {
		w := tx.Bucket(idxWords)
		if w == nil {
			return nil
		}
		pre := []byte(keyPrefix)
		c := w.Cursor()
		n := 0
		for k, _ := c.Seek(pre); k != nil && bytes.HasPrefix(k, pre); k, _ = c.Next() {
			if n++; n%4096 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			key, q, _ := bytes.Cut(k, []byte{0})
			if !fn(string(key), string(q)) {
				return nil
			}
		}
		return nil
	})
}

func (b boltIndex) words(ctx context.Context, word string, fn func(string) bool) error {
	return b.db.View(func(tx *boltdb.Tx) error {
		w := tx.Bucket(idxWords)
		if w == nil {
			return nil
		}
		pre := []byte(word + "\x00")
		c := w.Cursor()
		n := 0
		for k, _ := c.Seek(pre); k != nil && bytes.HasPrefix(k, pre); k, _ = c.Next() {
			if n++; n%4096 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			if !fn(string(k[len(pre):])) {
				return nil
			}
		}
		return nil
	})
}

func (b boltIndex) hasWord(ctx context.Context, word string, quotations []string) (map[string]bool, error) {
	out := map[string]bool{}
	err := b.db.View(func(tx *boltdb.Tx) error {
		w := tx.Bucket(idxWords)
		if w == nil {
			return nil
		}
		c := w.Cursor()
		for _, q := range quotations {
			k := []byte(wordKey(word, q))
			if got, _ := c.Seek(k); bytes.Equal(got, k) {
				out[q] = true
			}
		}
		return nil
	})
	return out, err
}

// sync diffs the lists of kinds against want in one transaction.
func (b boltIndex) sync(ctx context.Context, kinds []string, want []indexEntry) error {
	return b.db.Update(func(tx *boltdb.Tx) error {
		m, _, _, err := idxBuckets(tx)
		if err != nil {
			return err
		}
		wanted := make(map[string]string, len(want))
		for _, e := range want {
			wanted[string(mainKey(e))] = e.Act + "\x00" + e.Claim + "\x00" + e.Extra
		}
		var drop [][]byte
		c := m.Cursor()
		for _, kind := range kinds {
			pre := []byte(kind + "\x00")
			for k, v := c.Seek(pre); k != nil && bytes.HasPrefix(k, pre); k, v = c.Next() {
				if wv, ok := wanted[string(k)]; ok && wv == string(v) {
					delete(wanted, string(k)) // there already
					continue
				}
				drop = append(drop, append([]byte(nil), k...))
			}
		}
		for _, k := range drop {
			if err := m.Delete(k); err != nil {
				return err
			}
		}
		kvs := make([]keyVal, 0, len(wanted))
		for k, v := range wanted {
			kvs = append(kvs, keyVal{[]byte(k), []byte(v)})
		}
		return putSorted(m, kvs)
	})
}
