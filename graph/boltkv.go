package graph

import (
	"context"
	"reflect"
	"unsafe"

	boltdb "github.com/boltdb/bolt"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// bucketKV is hidalgo's bolt adapter with each transaction's top-level
// buckets looked up once. Cayley's kv store addresses every key as
// (bucket, key), and the adapter finds the bucket again for every Get
// and Put: a seek in the root bucket, and for a Put a CreateBucket
// attempt first (bolt's CreateBucketIfNotExists). On the 21k-article
// load those root seeks were 19 of the 239 CPU seconds of writing.
// Everything else (iterators, commit) is the adapter's own.
type bucketKV struct{ *hbolt.DB }

// boltTxLayoutOK says that hidalgo's Tx is one *bolt.Tx field, which it
// does not export; bucketKV is used only when that is its whole layout
// (see newBucketKV), so that a hidalgo upgrade that changes it falls back
// to the plain adapter instead of reading the wrong memory.
var boltTxLayoutOK = func() bool {
	t := reflect.TypeOf(hbolt.Tx{})
	return t.NumField() == 1 && t.Field(0).Type == reflect.TypeOf((*boltdb.Tx)(nil)) && t.Field(0).Offset == 0
}()

// newBucketKV wraps db, or returns it as it is when hidalgo's Tx layout
// is not the one bucketKV knows.
func newBucketKV(db *hbolt.DB) hkv.KV {
	if !boltTxLayoutOK {
		return db
	}
	return bucketKV{db}
}

func (d bucketKV) Tx(ctx context.Context, rw bool) (hkv.Tx, error) {
	t, err := d.DB.Tx(ctx, rw)
	if err != nil {
		return nil, err
	}
	ht := t.(*hbolt.Tx)
	btx := *(**boltdb.Tx)(unsafe.Pointer(ht))
	return &bucketTx{Tx: ht, tx: btx, buckets: map[string]*boltdb.Bucket{}}, nil
}

func (d bucketKV) View(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.View(ctx, d, fn)
}

func (d bucketKV) Update(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.Update(ctx, d, fn)
}

// bucketTx answers two-part keys (bucket, key) from its cache of
// buckets and hands every other call to hidalgo's Tx.
type bucketTx struct {
	*hbolt.Tx
	tx      *boltdb.Tx
	buckets map[string]*boltdb.Bucket // never nil values: a bucket may be created later in the tx
}

// bucket returns the top-level bucket name, creating it when create is
// set (in a writable transaction).
func (t *bucketTx) bucket(name []byte, create bool) (*boltdb.Bucket, error) {
	if b := t.buckets[string(name)]; b != nil {
		return b, nil
	}
	var b *boltdb.Bucket
	var err error
	if create {
		b, err = t.tx.CreateBucketIfNotExists(name)
	} else {
		b = t.tx.Bucket(name)
	}
	if b != nil {
		t.buckets[string(name)] = b
	}
	return b, err
}

func (t *bucketTx) Get(ctx context.Context, key hkv.Key) (hkv.Value, error) {
	if len(key) != 2 {
		return t.Tx.Get(ctx, key)
	}
	b, _ := t.bucket(key[0], false)
	if b == nil {
		return nil, hkv.ErrNotFound
	}
	v := b.Get(key[1])
	if v == nil {
		return nil, hkv.ErrNotFound
	}
	return v, nil
}

func (t *bucketTx) GetBatch(ctx context.Context, keys []hkv.Key) ([]hkv.Value, error) {
	vals := make([]hkv.Value, len(keys))
	for i, key := range keys {
		if len(key) != 2 {
			v, err := t.Tx.Get(ctx, key)
			if err != nil && err != hkv.ErrNotFound {
				return nil, err
			}
			vals[i] = v
			continue
		}
		if b, _ := t.bucket(key[0], false); b != nil {
			vals[i] = b.Get(key[1])
		}
	}
	return vals, nil
}

func (t *bucketTx) Put(ctx context.Context, key hkv.Key, v hkv.Value) error {
	if len(key) != 2 || !t.tx.Writable() {
		return t.Tx.Put(ctx, key, v)
	}
	b, err := t.bucket(key[0], true)
	if err != nil {
		return err
	}
	if len(key[1]) == 0 && len(v) == 0 {
		return nil // creating the bucket was all
	}
	return b.Put(key[1], v)
}

func (t *bucketTx) Del(ctx context.Context, key hkv.Key) error {
	if len(key) != 2 || !t.tx.Writable() {
		return t.Tx.Del(ctx, key)
	}
	b, _ := t.bucket(key[0], false)
	if b == nil {
		return nil
	}
	return b.Delete(key[1])
}
