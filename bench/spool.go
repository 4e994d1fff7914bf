package bench

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/internal/cputime"
	"github.com/claimgraph/claimgraph/schema"
)

// Point is the load's progress at one multiple of the curve step.
type Point struct {
	Articles int     `json:"articles"`
	Quads    int64   `json:"quads"` // quads submitted so far (owned + shared)
	Elapsed  float64 `json:"elapsed_s"`
	// Window rates are over the articles since the previous point.
	ArticlesPerSec float64 `json:"articles_per_s"`
	QuadsPerSec    float64 `json:"quads_per_s"`
	WriteSec       float64 `json:"write_s"` // time inside Store.Write in the window
	RSS            int64   `json:"rss"`
	RssAnon        int64   `json:"rss_anon"`
	RssFile        int64   `json:"rss_file"`
	// StoreMapped is the resident part of bolt's mmap of the store, and
	// StoreDirty its dirty part (zero: bolt maps the file read-only).
	StoreMapped int64 `json:"store_mapped"`
	StoreDirty  int64 `json:"store_dirty"`
	// CPUSec is the process's CPU time (user + system) in the window: on a
	// shared machine the wall-clock rates say as much about the
	// neighbours as about the load, this does not.
	CPUSec float64 `json:"cpu_s"`
	// StoreBytes is the store file's size at the point, and LoadAvg the
	// machine's one-minute load average then.
	StoreBytes int64   `json:"store_bytes"`
	LoadAvg    float64 `json:"load_avg"`
}

// Recorder is a graph.Writer that passes batches to the store and notes,
// for every step articles committed, the time and rates; with a spool it
// also writes each batch's quads to an N-Quads file from another
// goroutine, so that RawWrite can write the same transactions again.
type Recorder struct {
	next graph.Writer
	// StorePath, when set, is the bolt file whose mapping is measured at
	// each point.
	StorePath string
	// Log, when set, gets one line per point as it is noted, so that a
	// run of hours shows its curve while it runs and keeps what it
	// measured if it is stopped.
	Log   io.Writer
	step  int
	start time.Time

	articles  int
	quads     int64
	writeTime time.Duration
	last      Point
	lastWrite time.Duration
	lastCPU   time.Duration
	Curve     []Point

	spool   chan []schema.Bundle
	spoolWG sync.WaitGroup
	spoolF  *os.File
	spoolW  *bufio.Writer
	spoolQW *nquads.Writer
	spoolN  []int
	spoolE  error
}

// NewRecorder wraps next, noting a curve point every step articles and
// spooling quads to spoolPath unless it is empty.
func NewRecorder(next graph.Writer, step int, spoolPath string) (*Recorder, error) {
	r := &Recorder{next: next, step: step, start: time.Now()}
	if spoolPath == "" {
		return r, nil
	}
	f, err := os.Create(spoolPath)
	if err != nil {
		return nil, fmt.Errorf("creating the quad spool %s: %w", spoolPath, err)
	}
	r.spoolF, r.spoolW = f, bufio.NewWriterSize(f, 1<<20)
	r.spoolQW = nquads.NewWriter(r.spoolW)
	// A small buffer: if the spool falls behind, the load waits rather
	// than holding batches in memory.
	r.spool = make(chan []schema.Bundle, 2)
	r.spoolWG.Add(1)
	go func() {
		defer r.spoolWG.Done()
		for b := range r.spool {
			if r.spoolE != nil {
				continue
			}
			n := 0
			for _, x := range b {
				for _, qs := range [][]quad.Quad{x.Owned, x.Shared} {
					for _, q := range qs {
						if err := r.spoolQW.WriteQuad(q); err != nil {
							r.spoolE = err
						}
						n++
					}
				}
			}
			r.spoolN = append(r.spoolN, n)
		}
	}()
	return r, nil
}

// Start resets the clock; call it just before the load starts.
func (r *Recorder) Start() {
	r.start = time.Now()
	r.lastCPU, _ = cputime.Used()
}

// Write implements graph.Writer.
func (r *Recorder) Write(ctx context.Context, batch []schema.Bundle) ([]graph.WriteResult, error) {
	t := time.Now()
	res, err := r.next.Write(ctx, batch)
	r.writeTime += time.Since(t)
	if err != nil {
		return res, err
	}
	if r.spool != nil {
		r.spool <- append([]schema.Bundle(nil), batch...)
	}
	for _, b := range batch {
		r.quads += int64(b.Len())
	}
	before := r.articles
	r.articles += len(batch)
	if r.step > 0 && r.articles/r.step > before/r.step {
		r.mark()
	}
	return res, nil
}

func (r *Recorder) mark() {
	el := time.Since(r.start)
	p := Point{Articles: r.articles, Quads: r.quads, Elapsed: el.Seconds()}
	dt := el.Seconds() - r.last.Elapsed
	if dt > 0 {
		p.ArticlesPerSec = float64(p.Articles-r.last.Articles) / dt
		p.QuadsPerSec = float64(p.Quads-r.last.Quads) / dt
	}
	p.WriteSec = (r.writeTime - r.lastWrite).Seconds()
	if m, err := ReadMem(0); err == nil {
		p.RSS, p.RssAnon, p.RssFile = m.RSS, m.RssAnon, m.RssFile
	}
	r.measureStore(&p)
	if cpu, err := cputime.Used(); err == nil {
		p.CPUSec = (cpu - r.lastCPU).Seconds()
		r.lastCPU = cpu
	}
	p.LoadAvg = loadAverage()
	r.Curve = append(r.Curve, p)
	r.last, r.lastWrite = p, r.writeTime
	if r.Log != nil {
		fmt.Fprintf(r.Log, "curve: %d articles, %.1f s, %.0f quads/s, write %.1f s, cpu %.1f s, RSS %d MB, store %d MB, load %.1f\n",
			p.Articles, p.Elapsed, p.QuadsPerSec, p.WriteSec, p.CPUSec, p.RSS>>20, p.StoreBytes>>20, p.LoadAvg)
	}
}

func (r *Recorder) measureStore(p *Point) {
	if r.StorePath == "" {
		return
	}
	if mm, err := ReadMapping(0, r.StorePath); err == nil {
		p.StoreMapped, p.StoreDirty = mm.RSS, mm.Dirty
	}
	if fi, err := os.Stat(r.StorePath); err == nil {
		p.StoreBytes = fi.Size()
	}
}

// loadAverage is the one-minute load average, 0 where /proc has none.
func loadAverage() float64 {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0
	}
	var l float64
	if _, err := fmt.Sscan(string(b), &l); err != nil {
		return 0
	}
	return l
}

// Finish notes the last, partial step and closes the spool. It returns
// the number of quads of each batch spooled, in order.
func (r *Recorder) Finish() ([]int, error) {
	if r.articles > r.last.Articles {
		r.mark()
	}
	if r.spool == nil {
		return nil, nil
	}
	close(r.spool)
	r.spoolWG.Wait()
	err := r.spoolE
	if e := r.spoolW.Flush(); err == nil {
		err = e
	}
	if e := r.spoolF.Close(); err == nil {
		err = e
	}
	if err != nil {
		return nil, fmt.Errorf("writing the quad spool: %w", err)
	}
	return r.spoolN, nil
}

// Totals are the articles and quads written and the time inside
// Store.Write.
func (r *Recorder) Totals() (articles int, quads int64, write time.Duration) {
	return r.articles, r.quads, r.writeTime
}

// RawResult is the time to write spooled quads without extraction.
type RawResult struct {
	Batches     int     `json:"batches"`
	Quads       int64   `json:"quads"`
	WriteSec    float64 `json:"write_s"` // inside ApplyTransaction only
	TotalSec    float64 `json:"total_s"` // including reading the spool
	QuadsPerSec float64 `json:"quads_per_s"`
}

// RawWrite writes the spooled quads into qs, one transaction per batch of
// the sizes given, through the same "single" quad writer and options as
// graph.Store. Only ApplyTransaction is timed: the spool is read and the
// transaction built before the clock starts.
func RawWrite(ctx context.Context, qs cgraph.QuadStore, spoolPath string, batches []int) (RawResult, error) {
	var res RawResult
	f, err := os.Open(spoolPath)
	if err != nil {
		return res, fmt.Errorf("opening the quad spool: %w", err)
	}
	defer f.Close()
	w, err := cgraph.NewQuadWriter("single", qs, cgraph.Options{"ignore_duplicate": true, "ignore_missing": true})
	if err != nil {
		return res, fmt.Errorf("opening a quad writer: %w", err)
	}
	defer w.Close()
	rd := nquads.NewReader(bufio.NewReaderSize(f, 1<<20), false)
	start := time.Now()
	for i, n := range batches {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		tx := cgraph.NewTransaction()
		for j := 0; j < n; j++ {
			q, err := rd.ReadQuad()
			if err != nil {
				if errors.Is(err, io.EOF) {
					err = io.ErrUnexpectedEOF
				}
				return res, fmt.Errorf("reading batch %d of the quad spool: %w", i+1, err)
			}
			tx.AddQuad(q)
		}
		t := time.Now()
		if err := w.ApplyTransaction(tx); err != nil {
			return res, fmt.Errorf("writing batch %d: %w", i+1, err)
		}
		res.WriteSec += time.Since(t).Seconds()
		res.Batches++
		res.Quads += int64(n)
	}
	res.TotalSec = time.Since(start).Seconds()
	if res.WriteSec > 0 {
		res.QuadsPerSec = float64(res.Quads) / res.WriteSec
	}
	return res, nil
}
