package bench

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// A MemoryGroup is a memory cgroup with a hard limit that counts page
// cache (bolt's mmap of the store included) as well as heap. A stage run
// in it completes only if whatever it holds above the limit can be
// reclaimed, which is what a peak-RSS figure alone cannot show.
//
// It writes the cgroup files directly (cgroup v1's memory controller, or
// v2 with the memory controller enabled) rather than going through
// systemd-run, so that it works on machines without systemd as init;
// both need root.
type MemoryGroup struct {
	dir   string
	root  string // where a process goes back to
	v2    bool
	Limit int64
}

// The mount points looked at, v1 first.
const (
	cgroupV1Root = "/sys/fs/cgroup/memory"
	cgroupV2Root = "/sys/fs/cgroup"
)

// NewMemoryGroup creates a memory cgroup named name with the given
// limit (a size such as "1G", "512M" or a byte count).
func NewMemoryGroup(name, limit string) (*MemoryGroup, error) {
	n, err := ParseSize(limit)
	if err != nil {
		return nil, err
	}
	g := &MemoryGroup{Limit: n}
	switch {
	case fileExists(filepath.Join(cgroupV1Root, "memory.limit_in_bytes")):
		g.root = cgroupV1Root
	case strings.Contains(readTrim(filepath.Join(cgroupV2Root, "cgroup.subtree_control")), "memory"):
		g.root, g.v2 = cgroupV2Root, true
	default:
		return nil, errors.New("no memory cgroup controller is mounted at /sys/fs/cgroup/memory (v1) or enabled at /sys/fs/cgroup (v2); run without --memory-max")
	}
	g.dir = filepath.Join(g.root, name)
	if err := os.Mkdir(g.dir, 0o755); err != nil && !os.IsExist(err) {
		return nil, fmt.Errorf("creating the memory cgroup %s (this needs root): %w", g.dir, err)
	}
	file, value := "memory.limit_in_bytes", strconv.FormatInt(n, 10)
	if g.v2 {
		file = "memory.max"
	}
	if err := os.WriteFile(filepath.Join(g.dir, file), []byte(value), 0o644); err != nil {
		g.Remove()
		return nil, fmt.Errorf("setting the memory limit of %s: %w", g.dir, err)
	}
	if g.v2 {
		// Without swap off, v2 would push anonymous memory to swap
		// instead of failing.
		_ = os.WriteFile(filepath.Join(g.dir, "memory.swap.max"), []byte("0"), 0o644)
	}
	return g, nil
}

// Enter moves the process pid into the group; children it starts
// afterwards are born in it.
func (g *MemoryGroup) Enter(pid int) error {
	return writePid(filepath.Join(g.dir, "cgroup.procs"), pid)
}

// Leave moves the process pid back to the root group.
func (g *MemoryGroup) Leave(pid int) error {
	return writePid(filepath.Join(g.root, "cgroup.procs"), pid)
}

// GroupStats are what the kernel counted for the group: its peak charge
// (heap and page cache together), how often it hit the limit, and how
// many processes the OOM killer ended in it.
type GroupStats struct {
	Limit     int64 `json:"limit"`
	MaxUsage  int64 `json:"max_usage"` // 0 where the kernel does not keep it (v2 before 5.19)
	LimitHits int64 `json:"limit_hits"`
	OOMKills  int64 `json:"oom_kills"`
}

// Stats reads the group's counters.
func (g *MemoryGroup) Stats() GroupStats {
	s := GroupStats{Limit: g.Limit}
	if g.v2 {
		s.MaxUsage = readInt(filepath.Join(g.dir, "memory.peak"))
		ev := keyed(filepath.Join(g.dir, "memory.events"))
		s.LimitHits, s.OOMKills = ev["max"], ev["oom_kill"]
		return s
	}
	s.MaxUsage = readInt(filepath.Join(g.dir, "memory.max_usage_in_bytes"))
	s.LimitHits = readInt(filepath.Join(g.dir, "memory.failcnt"))
	s.OOMKills = keyed(filepath.Join(g.dir, "memory.oom_control"))["oom_kill"]
	return s
}

// Remove deletes the group; it must be empty.
func (g *MemoryGroup) Remove() error {
	if err := os.Remove(g.dir); err != nil && !os.IsNotExist(err) {
		return fmt.Errorf("removing the memory cgroup %s: %w", g.dir, err)
	}
	return nil
}

// ParseSize reads "1G", "512M", "64k" or a plain byte count.
func ParseSize(s string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	t = strings.TrimSuffix(strings.TrimSuffix(t, "B"), "I")
	mult := int64(1)
	if t != "" {
		switch t[len(t)-1] {
		case 'K':
			mult = 1 << 10
		case 'M':
			mult = 1 << 20
		case 'G':
			mult = 1 << 30
		}
		if mult > 1 {
			t = t[:len(t)-1]
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("%q is not a memory size (write it as 1G, 512M or a byte count)", s)
	}
	return n * mult, nil
}

func writePid(path string, pid int) error {
	if err := os.WriteFile(path, []byte(strconv.Itoa(pid)), 0o644); err != nil {
		return fmt.Errorf("moving process %d into %s: %w", pid, filepath.Dir(path), err)
	}
	return nil
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func readTrim(path string) string {
	b, _ := os.ReadFile(path)
	return strings.TrimSpace(string(b))
}

func readInt(path string) int64 {
	n, _ := strconv.ParseInt(readTrim(path), 10, 64)
	return n
}

// keyed reads a "key value" per line file such as memory.events.
func keyed(path string) map[string]int64 {
	out := map[string]int64{}
	for _, line := range strings.Split(readTrim(path), "\n") {
		k, v, ok := strings.Cut(line, " ")
		if !ok {
			continue
		}
		if n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64); err == nil {
			out[k] = n
		}
	}
	return out
}
