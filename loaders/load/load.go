// Package load owns the load loop shared by `claimgraph load` and the
// benchmark: articles are read and extracted on one goroutine per core,
// gathered into transactions of about Options.BatchQuads quads, and
// written through a graph.Writer (a local store, a server, or the
// benchmark's recorder), with the per-article limits that keep one
// transaction bounded.
package load

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/input"
	"github.com/claimgraph/claimgraph/loaders/pipeline"
	"github.com/claimgraph/claimgraph/schema"
)

// Options set how a load runs.
type Options struct {
	// Workers is the number of extraction goroutines (0: one per core).
	Workers int
	// BatchQuads is the size a transaction is filled to (0: 10000).
	BatchQuads int
	// Progress draws a one-line progress report on errw (for a terminal).
	Progress bool
	Limits   Limits
	// CommitMarks, when set, gets a line "writing N SOURCE" before each
	// batch is written (N articles in it) and "committed N SOURCE" after
	// (N articles so far); SOURCE is the batch's last article.
	CommitMarks io.Writer
}

// Summary is what a load did, printed as one line at the end.
type Summary struct {
	Loaded, Replaced, Unchanged, Rejected, NonEnglish int
	Truncated                                         int // articles cut to max_article_claims
	Removed                                           int // quads removed by replaces
	Quads                                             int
	Elapsed                                           time.Duration
	LastCommitted                                     string
}

func (s Summary) String() string {
	line := fmt.Sprintf("loaded %s (%d new, %d replaced), rejected %d; %s written in %.1fs",
		plural(s.Loaded, "article"), s.Loaded-s.Replaced, s.Replaced, s.Rejected, plural(s.Quads, "quad"), s.Elapsed.Seconds())
	if s.NonEnglish > 0 {
		line += fmt.Sprintf("; %d not in English, stored without claims", s.NonEnglish)
	}
	if s.Truncated > 0 {
		line += fmt.Sprintf("; %d truncated to max_article_claims", s.Truncated)
	}
	return line
}

type extracted struct {
	seq    int
	source string
	bundle schema.Bundle
	lang   string
	note   string // what the article's limits left out
	err    error
}

// Articles streams articles through extraction workers (one per core)
// into one batching writer. The channels are small, so readers and
// workers wait when the store falls behind, and memory stays bounded
// whatever the corpus size.
func Articles(ctx context.Context, st graph.Writer, paths []string, stdin io.Reader, errw io.Writer, o Options) (Summary, error) {
	start := time.Now()
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.BatchQuads <= 0 {
		o.BatchQuads = 10000
	}
	interrupted := ctx.Done()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	out := extractAll(ctx, paths, stdin, o)

	b := &batcher{st: st, o: o, errw: errw, start: start, inBatch: map[string]bool{}, prog: newProgress(errw, o.Progress)}
	var werr error
	for x := range out {
		if werr != nil || ctx.Err() != nil {
			continue // drain so workers exit; an interrupted load writes no more
		}
		if werr = b.take(ctx, x); werr != nil {
			cancel()
		}
	}
	if werr == nil && ctx.Err() == nil {
		werr = b.flush(ctx)
	}
	b.prog.clear()
	b.sum.Elapsed = time.Since(start)
	select {
	case <-interrupted:
		// A write cut short by the interrupt fails with the context's
		// error; what the user needs is that they stopped it.
		werr = fmt.Errorf("the load was interrupted. %s", resumeHint(b.sum))
	default:
	}
	return b.sum, werr
}

// extractAll reads the articles under paths and extracts them on
// o.Workers goroutines until ctx ends, handing them on in the order they
// were read; the channel closes when all are done.
//
// Order matters to users: with articles written in input order, a load
// of the same files gives the same batches, so the same graph (which
// quotation an article's claim joins depends on what earlier batches
// founded), and "the last article committed" after a failure means every
// article before it was committed too. The reader may run at most
// window articles ahead of the oldest one not yet handed on, which
// bounds what inOrder holds back behind one slow article.
func extractAll(ctx context.Context, paths []string, stdin io.Reader, o Options) <-chan extracted {
	window := o.Workers * 4
	slots := make(chan struct{}, window)
	items := make(chan numbered, o.Workers*2)
	done := make(chan extracted, o.Workers*2)
	out := make(chan extracted, o.Workers*2)
	go func() {
		defer close(items)
		seq := 0
		input.Walk(paths, stdin, func(it input.Item) bool {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return false
			}
			select {
			case items <- numbered{seq: seq, Item: it}:
				seq++
				return true
			case <-ctx.Done():
				return false
			}
		})
	}()
	var wg sync.WaitGroup
	pl := pipeline.Default()
	for w := 0; w < o.Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// The worker's document is done with once extractItem has
			// its extraction, so the next article reuses its storage.
			run := pl.Runner()
			for it := range items {
				x := extractItem(run, it.Item, o.Limits)
				x.seq = it.seq
				done <- x
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()
	go inOrder(done, out, slots)
	return out
}

// numbered is an input item with its place in the input.
type numbered struct {
	seq int
	input.Item
}

// inOrder hands extracted articles on in input order (seq 0, 1, 2 …),
// holding back those that finish before an earlier one, and frees one of
// the reader's slots per article handed on. in carries every seq from 0
// up without gaps, since the reader numbers only what it sends.
func inOrder(in <-chan extracted, out chan<- extracted, slots <-chan struct{}) {
	defer close(out)
	held := make(map[int]extracted)
	next := 0
	for x := range in {
		held[x.seq] = x
		for {
			y, ok := held[next]
			if !ok {
				break
			}
			delete(held, next)
			out <- y
			<-slots
			next++
		}
	}
}

// batcher gathers extracted articles into batches of about batch_quads
// and writes each in one transaction, counting what the load did.
type batcher struct {
	st         graph.Writer
	o          Options
	errw       io.Writer
	start      time.Time
	prog       *progress
	sum        Summary
	batch      []schema.Bundle
	batchSrc   []string
	batchQuads int
	inBatch    map[string]bool
}

// take adds one extracted article (or reports its rejection), writing
// the batch when it is full.
func (b *batcher) take(ctx context.Context, x extracted) error {
	if x.err != nil {
		b.sum.Rejected++
		b.prog.clear()
		fmt.Fprintf(b.errw, "rejected %v\n", x.err)
		return nil
	}
	if x.lang != "" && x.lang != "en" {
		b.sum.NonEnglish++
	}
	if x.note != "" {
		b.sum.Truncated++
		b.prog.clear()
		fmt.Fprintln(b.errw, x.note)
	}
	key := string(x.bundle.Article)
	// A batch is flushed before an article that would take it past
	// batch_quads, so that no transaction holds more than the larger of
	// batch_quads and one article (at most max_article_claims × 40
	// quads).
	if b.inBatch[key] || b.batchQuads > 0 && b.batchQuads+x.bundle.Len() > b.o.BatchQuads {
		if err := b.flush(ctx); err != nil {
			return err
		}
	}
	b.inBatch[key] = true
	b.batch = append(b.batch, x.bundle)
	b.batchSrc = append(b.batchSrc, x.source)
	b.batchQuads += x.bundle.Len()
	if b.batchQuads >= b.o.BatchQuads {
		if err := b.flush(ctx); err != nil {
			return err
		}
	}
	b.prog.update(b.sum.Loaded+len(b.batch), b.sum.Rejected, time.Since(b.start))
	return nil
}

// flush writes the batch gathered so far in one transaction.
func (b *batcher) flush(ctx context.Context) error {
	if len(b.batch) == 0 {
		return nil
	}
	last := b.batchSrc[len(b.batchSrc)-1]
	if b.o.CommitMarks != nil {
		fmt.Fprintf(b.o.CommitMarks, "writing %d %s\n", len(b.batch), last)
	}
	res, err := b.st.Write(ctx, b.batch)
	if err != nil {
		return stoppedError{err: err, sum: b.sum}
	}
	for _, r := range res {
		b.sum.Loaded++
		if r.Replaced {
			b.sum.Replaced++
		}
		b.sum.Quads += r.Added
		b.sum.Removed += r.Removed
	}
	b.sum.LastCommitted = last
	b.batch, b.batchSrc, b.batchQuads = b.batch[:0], b.batchSrc[:0], 0
	clear(b.inBatch)
	if b.o.CommitMarks != nil {
		fmt.Fprintf(b.o.CommitMarks, "committed %d %s\n", b.sum.Loaded, b.sum.LastCommitted)
	}
	return nil
}

// stoppedError is a load that its store stopped (a lost connection, a
// full disk): what failed, then what was committed before it.
type stoppedError struct {
	err error
	sum Summary
}

func (e stoppedError) Error() string {
	// Only the first line of the cause: Cayley's SQL errors go on with
	// the query text, which tells a user nothing they can act on.
	cause, _, _ := strings.Cut(e.err.Error(), "\n")
	return fmt.Sprintf("the load stopped: %s. %s", strings.TrimRight(cause, ". "), resumeHint(e.sum))
}

func (e stoppedError) Unwrap() error { return e.err }

// resumeHint tells the user what a stopped load left in the store and
// that running it again is safe: every committed batch holds whole
// articles, and loading an article again replaces it.
func resumeHint(sum Summary) string {
	if sum.LastCommitted == "" {
		return "No article was committed; running the same command again starts the load afresh"
	}
	committed := fmt.Sprintf("%d articles were committed, the last of them", sum.Loaded)
	if sum.Loaded == 1 {
		committed = "1 article was committed,"
	}
	return fmt.Sprintf("%s %s; running the same command again completes the load safely, since articles already stored are replaced, not duplicated",
		committed, sum.LastCommitted)
}

func extractItem(pl *pipeline.Runner, it input.Item, lim Limits) extracted {
	if it.Err != nil {
		return extracted{source: it.Source, err: it.Err}
	}
	a := it.Article
	if err := lim.CheckSize(a); err != nil {
		return extracted{source: it.Source, err: err}
	}
	var x doc.Extraction
	if a.Lang != "" && a.Lang != "en" {
		// We do not pretend to find English attributions in other
		// languages: store the article and its language, nothing more.
		x = doc.New(a).Extraction()
	} else {
		d, err := pl.Run(a)
		if err != nil {
			return extracted{source: it.Source, err: err}
		}
		x = d.Extraction()
	}
	b, note, err := lim.fit(&x, it.Source)
	if err != nil {
		return extracted{source: it.Source, err: err}
	}
	return extracted{source: it.Source, bundle: b, lang: a.Lang, note: note}
}

// progress draws a one-line progress report on a terminal.
type progress struct {
	w    io.Writer
	on   bool
	last time.Time
}

func newProgress(w io.Writer, on bool) *progress { return &progress{w: w, on: on} }

func (p *progress) update(done, rejected int, elapsed time.Duration) {
	if !p.on || time.Since(p.last) < 200*time.Millisecond {
		return
	}
	p.last = time.Now()
	rate := float64(done) / max(elapsed.Seconds(), 0.001)
	fmt.Fprintf(p.w, "\r\033[K%s, %d rejected, %.0f articles/s, %s", plural(done, "article"), rejected, rate, elapsed.Round(time.Second))
}

func (p *progress) clear() {
	if p.on {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

// plural writes a count with its noun: "1 article", "2 articles".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
