package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/claimgraph/claimgraph/loaders/html"
	"github.com/claimgraph/claimgraph/loaders/html/htmlbench"
)

// newHTMLCmd measures the HTML reader: body extraction on the Zyte
// article extraction benchmark, metadata on readability's test pages,
// and pages per second, for one extractor or all of them.
func newHTMLCmd() *cobra.Command {
	var (
		aebDir, readDir, extractor string
		raw, rawText, verbose      bool
	)
	cmd := &cobra.Command{
		Use:   "html",
		Short: "Benchmark HTML article extraction (body F1, metadata, speed)",
		Long: `html scores the HTML reader on two sets of saved pages.

Body: the Zyte (Scrapinghub) article extraction benchmark, scored as its
evaluate.py does: precision, recall and F1 over 4-word shingles of \w+
tokens, normalised per page, precision averaged over pages with a
prediction, recall over pages with an expected body, F1 from the means.
± is the bootstrap 95% half-width (1000 rounds).

Metadata: Mozilla readability's test pages. A field counts only on pages
whose expected-metadata.json has it. Title, byline and site name match
when equal after lowercasing and normalising white space, quotes, dashes
and surrounding punctuation; publishedTime matches on the same calendar
date as each side writes it; lang on the same primary subtag.

--extractor all compares every extractor; pages/s is single-threaded.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			names := []html.Extractor{html.Extractor(extractor)}
			if extractor == "all" {
				names = nil
				for _, n := range html.ExtractorNames() {
					names = append(names, html.Extractor(n))
				}
			}
			out := cmd.OutOrStdout()
			var bodies []htmlbench.BodyReport
			var metas []htmlbench.MetaReport
			for _, ex := range names {
				cfg := htmlbench.Config{Extractor: ex, RawMetadata: raw, RawText: rawText}
				if aebDir != "" {
					b, err := htmlbench.RunAEB(aebDir, cfg)
					if err != nil {
						return err
					}
					bodies = append(bodies, b)
				}
				if readDir != "" {
					m, err := htmlbench.RunMetadata(readDir, cfg)
					if err != nil {
						return err
					}
					metas = append(metas, m)
				}
			}
			printBodies(out, bodies, verbose)
			printMetas(out, metas, verbose)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&aebDir, "aeb", "../shared/data/html/aeb", "article extraction benchmark folder (ground-truth.json, html/); empty to skip")
	f.StringVar(&readDir, "readability", "../shared/data/html/readability", "readability test pages folder (*/source.html, */expected-metadata.json); empty to skip")
	f.StringVar(&extractor, "extractor", string(html.DefaultExtractor), "extractor to score: "+strings.Join(html.ExtractorNames(), ", ")+", or all")
	f.BoolVar(&raw, "raw-metadata", false, "score the library's own metadata, without our meta-tag and JSON-LD fallbacks")
	f.BoolVar(&rawText, "raw-text", false, "score the library's own body text, without our headline and related-links clean-up")
	f.BoolVarP(&verbose, "verbose", "v", false, "list failed pages and metadata misses")
	return cmd
}

func printBodies(w io.Writer, reps []htmlbench.BodyReport, verbose bool) {
	if len(reps) == 0 {
		return
	}
	fmt.Fprintf(w, "Body extraction, %d AEB pages\n", len(reps[0].Pages))
	fmt.Fprintf(w, "%-21s %-15s %-15s %-15s %-9s %6s %8s %7s\n", "extractor", "precision", "recall", "F1", "published", "errors", "pages/s", "MB/s")
	for _, r := range reps {
		pub := "-"
		if p, ok := htmlbench.PublishedF1(r.Extractor); ok {
			pub = fmt.Sprintf("%.3f", p)
		}
		fmt.Fprintf(w, "%-21s %.3f ± %.3f   %.3f ± %.3f   %.3f ± %.3f   %-9s %6d %8.1f %7.2f\n",
			r.Extractor, r.Precision, r.CI.Precision, r.Recall, r.CI.Recall, r.F1, r.CI.F1, pub, r.Failed, r.PagesPer, r.MBPer)
		if verbose {
			for _, p := range r.Pages {
				if p.Err != nil {
					fmt.Fprintf(w, "  error: %v\n", p.Err)
				}
			}
		}
	}
	fmt.Fprintln(w)
}

func printMetas(w io.Writer, reps []htmlbench.MetaReport, verbose bool) {
	if len(reps) == 0 {
		return
	}
	fmt.Fprintf(w, "Metadata, %d readability pages (right/pages that have the field)\n", reps[0].Pages)
	fmt.Fprintf(w, "%-21s", "extractor")
	for _, f := range htmlbench.Fields {
		fmt.Fprintf(w, " %-16s", f)
	}
	fmt.Fprintln(w)
	for _, r := range reps {
		fmt.Fprintf(w, "%-21s", r.Extractor)
		for _, f := range htmlbench.Fields {
			fs := r.Fields[f]
			fmt.Fprintf(w, " %-16s", fmt.Sprintf("%d/%d %5.1f%%", fs.Right, fs.Total, 100*fs.Rate()))
		}
		fmt.Fprintln(w)
		if verbose {
			for _, e := range r.Failed {
				fmt.Fprintf(w, "  error: %s\n", e)
			}
			for _, f := range htmlbench.Fields {
				for _, m := range r.Fields[f].Misses {
					fmt.Fprintf(w, "  %s miss: %s\n", f, m)
				}
			}
		}
	}
}
