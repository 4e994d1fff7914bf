package graph

import (
	"sync"
	"time"
)

// answerCache keeps stored-query answers: they depend only on the store,
// which changes through the server's own write routes (they clear it) or,
// with a shared PostgreSQL store, through other processes (the TTL bounds
// how stale an answer can be then).
type answerCache struct {
	mu      sync.Mutex
	max     int
	ttl     time.Duration
	gen     uint64
	entries map[string]cached
}

type cached struct {
	answer
	at time.Time
}

func newAnswerCache(max int, ttl time.Duration) *answerCache {
	return &answerCache{max: max, ttl: ttl, entries: map[string]cached{}}
}

// generation is read before a query runs; put drops the answer if a
// write happened meanwhile.
func (c *answerCache) generation() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.gen
}

func (c *answerCache) get(key string) (answer, bool) {
	if c.max < 0 {
		return answer{}, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[key]
	if !ok || time.Since(e.at) > c.ttl {
		return answer{}, false
	}
	return e.answer, true
}

func (c *answerCache) put(key string, a answer, gen uint64) {
	if c.max < 0 || len(a.body) > 1<<20 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen {
		return
	}
	if len(c.entries) >= c.max {
		// Evict an arbitrary entry: map order is random enough, and a
		// full LRU is not worth its bookkeeping here.
		for k := range c.entries {
			delete(c.entries, k)
			break
		}
	}
	c.entries[key] = cached{answer: a, at: time.Now()}
}

func (c *answerCache) clear() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	clear(c.entries)
}
