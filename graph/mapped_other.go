//go:build !linux

package graph

import boltdb "github.com/boltdb/bolt"

// dropMapped is a no-op where MADV_DONTNEED on a shared file mapping is
// not known to keep the file's pages; see mapped_linux.go.
func dropMapped(db *boltdb.DB) error { return nil }

// residentFileBytes is not read off Linux; dropMapped does nothing there.
func residentFileBytes() (int64, error) { return 0, nil }
