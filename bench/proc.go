package bench

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strconv"
	"sync"
	"time"
)

// Mem is one reading of a process's memory from /proc/PID/status, in
// bytes. RSS is RssAnon (heap, stacks: what the process allocated) plus
// RssFile (file pages mapped in, here mostly bolt's mmap of the store,
// which the kernel can drop and read again) plus RssShmem.
type Mem struct {
	RSS      int64 `json:"rss"`
	HWM      int64 `json:"hwm"` // VmHWM: the kernel's peak RSS
	RssAnon  int64 `json:"rss_anon"`
	RssFile  int64 `json:"rss_file"`
	RssShmem int64 `json:"rss_shmem"`
}

// ReadMem reads /proc/PID/status; pid 0 means this process.
func ReadMem(pid int) (Mem, error) {
	path := "/proc/self/status"
	if pid > 0 {
		path = fmt.Sprintf("/proc/%d/status", pid)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return Mem{}, fmt.Errorf("reading memory figures (Linux /proc only): %w", err)
	}
	var m Mem
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		f := bytes.Fields(sc.Bytes())
		if len(f) < 2 {
			continue
		}
		kb, err := strconv.ParseInt(string(f[1]), 10, 64)
		if err != nil {
			continue
		}
		switch string(f[0]) {
		case "VmRSS:":
			m.RSS = kb << 10
		case "VmHWM:":
			m.HWM = kb << 10
		case "RssAnon:":
			m.RssAnon = kb << 10
		case "RssFile:":
			m.RssFile = kb << 10
		case "RssShmem:":
			m.RssShmem = kb << 10
		}
	}
	return m, nil
}

// Peaks are the highest values seen by a Sampler, each on its own (the
// peak anonymous and peak file-backed RSS need not be at the same time).
type Peaks struct {
	RSS      int64  `json:"rss"`
	RssAnon  int64  `json:"rss_anon"`
	RssFile  int64  `json:"rss_file"`
	HWM      int64  `json:"hwm"`
	Samples  int    `json:"samples"`
	Interval string `json:"interval"`
	// AnonAtPeakRSS and FileAtPeakRSS split the highest RSS sample.
	AnonAtPeakRSS int64 `json:"anon_at_peak_rss"`
	FileAtPeakRSS int64 `json:"file_at_peak_rss"`
	// Group is the memory cgroup's own count when the stage ran in one
	// (bench --memory-max).
	Group *GroupStats `json:"memory_group,omitempty"`
}

// Sampler reads a process's memory every interval until stopped.
type Sampler struct {
	pid      int
	interval time.Duration
	mu       sync.Mutex
	p        Peaks
	stop     chan struct{}
	done     chan struct{}
}

// StartSampler samples pid (0: this process) every interval.
func StartSampler(pid int, interval time.Duration) *Sampler {
	s := &Sampler{pid: pid, interval: interval, stop: make(chan struct{}), done: make(chan struct{})}
	s.p.Interval = interval.String()
	go func() {
		defer close(s.done)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			s.sample()
			select {
			case <-s.stop:
				return
			case <-t.C:
			}
		}
	}()
	return s
}

func (s *Sampler) sample() {
	m, err := ReadMem(s.pid)
	if err != nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.p.Samples++
	if m.RSS > s.p.RSS {
		s.p.RSS, s.p.AnonAtPeakRSS, s.p.FileAtPeakRSS = m.RSS, m.RssAnon, m.RssFile
	}
	s.p.RssAnon = max(s.p.RssAnon, m.RssAnon)
	s.p.RssFile = max(s.p.RssFile, m.RssFile)
	s.p.HWM = max(s.p.HWM, m.HWM)
}

// Now returns the peaks so far.
func (s *Sampler) Now() Peaks {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.p
}

// Stop ends sampling and returns the peaks.
func (s *Sampler) Stop() Peaks {
	close(s.stop)
	<-s.done
	return s.Now()
}

// MB formats bytes as mebibytes.
func MB(b int64) string { return fmt.Sprintf("%.0f MB", float64(b)/(1<<20)) }

// Mapping is how much of one file's memory mappings is resident, from
// /proc/PID/smaps: for bolt's read-only mmap of the store every resident
// page is clean page cache, which the kernel reclaims under pressure
// without writing anything.
type Mapping struct {
	RSS   int64 `json:"rss"`
	Dirty int64 `json:"dirty"`
}

// ReadMapping sums the resident and dirty bytes of pid's mappings of the
// file at path (pid 0: this process).
func ReadMapping(pid int, path string) (Mapping, error) {
	src := "/proc/self/smaps"
	if pid > 0 {
		src = fmt.Sprintf("/proc/%d/smaps", pid)
	}
	f, err := os.Open(src)
	if err != nil {
		return Mapping{}, fmt.Errorf("reading memory mappings (Linux /proc only): %w", err)
	}
	defer f.Close()
	var m Mapping
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Bytes()
		fields := bytes.Fields(line)
		if len(fields) == 0 {
			continue
		}
		if !bytes.HasSuffix(fields[0], []byte(":")) {
			// A mapping header: address perms offset dev inode [path].
			in = len(fields) >= 6 && string(fields[len(fields)-1]) == path
			continue
		}
		if !in || len(fields) < 2 {
			continue
		}
		kb, err := strconv.ParseInt(string(fields[1]), 10, 64)
		if err != nil {
			continue
		}
		switch string(fields[0]) {
		case "Rss:":
			m.RSS += kb << 10
		case "Private_Dirty:", "Shared_Dirty:":
			m.Dirty += kb << 10
		}
	}
	return m, sc.Err()
}
