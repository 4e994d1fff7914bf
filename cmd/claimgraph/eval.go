package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/claimgraph/claimgraph/loaders/eval"
)

// newEvalCmd scores the attribution engine on PolNeAR-style gold and
// prints the table of shared/eval/score_attributions.py.
func newEvalCmd() *cobra.Command {
	var gold, predOut, speakers, extracted string
	var all, noNonComments bool
	cmd := &cobra.Command{
		Use:   "eval --gold FILE.jsonl [--predictions OUT.jsonl] [--all-annotators] | eval --speakers GOLD.jsonl --extracted EXTRACT.jsonl",
		Short: "Score attribution extraction against PolNeAR-style gold, or quote speakers against hand annotations",
		Long: `eval runs the extraction pipeline on the text of each gold article and
prints role-level (source, cue, content; exact and overlap) and
relation-level (cue+content, full) precision, recall and F1, the same
table as shared/eval/score_attributions.py prints for the predictions
written with --predictions.

With --speakers and --extracted, it scores the output of
'claimgraph extract' against hand-annotated quote speakers (the format of
shared/data/dev/speakers.jsonl) by the rules of score_extract.py's quotes
mode, and prints found and right by the kind of mention that names each
speaker (pronoun, title and surname, bare surname, description, full
name, none).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if speakers != "" {
				return scoreSpeakers(cmd, speakers, extracted)
			}
			if gold == "" {
				return fmt.Errorf("eval needs a gold file: pass --gold FILE.jsonl")
			}
			docs, err := eval.ReadGold(gold, all)
			if err != nil {
				return err
			}
			if len(docs) == 0 {
				return fmt.Errorf("%s has no gold documents to score (with --all-annotators, non-primary records count too)", gold)
			}
			preds, errs := eval.Predict(docs, eval.Options{NonComments: !noNonComments})
			for _, e := range errs {
				fmt.Fprintln(cmd.ErrOrStderr(), "warning:", e)
			}
			if predOut != "" {
				f, err := os.Create(predOut)
				if err != nil {
					return fmt.Errorf("cannot write the predictions: %w", err)
				}
				if err := eval.WritePredictions(f, preds); err != nil {
					f.Close()
					return err
				}
				if err := f.Close(); err != nil {
					return fmt.Errorf("cannot write the predictions: %w", err)
				}
			}
			fmt.Fprint(cmd.OutOrStdout(), eval.Score(docs, preds).String())
			return nil
		},
	}
	cmd.Flags().StringVar(&gold, "gold", "", "PolNeAR-style gold JSON Lines file")
	cmd.Flags().StringVar(&predOut, "predictions", "", "also write the predictions here, in the scorer's input format")
	cmd.Flags().BoolVar(&all, "all-annotators", false, "score every annotator's record, not only the primary one")
	cmd.Flags().BoolVar(&noNonComments, "no-non-comments", false, "do not count non-comments as attributions")
	cmd.Flags().StringVar(&speakers, "speakers", "", "quote-speaker gold (shared/data/dev/speakers.jsonl format); needs --extracted")
	cmd.Flags().StringVar(&extracted, "extracted", "", "'claimgraph extract' output to score against --speakers")
	return cmd
}

// scoreSpeakers prints the quote-speaker table for --speakers.
func scoreSpeakers(cmd *cobra.Command, speakers, extracted string) error {
	if extracted == "" {
		return fmt.Errorf("--speakers needs --extracted FILE: the output of 'claimgraph extract' over the gold's articles")
	}
	gold, err := eval.ReadSpeakerGold(speakers)
	if err != nil {
		return err
	}
	preds, err := eval.ReadExtractions(extracted)
	if err != nil {
		return err
	}
	fmt.Fprint(cmd.OutOrStdout(), eval.ScoreSpeakers(gold, preds).String())
	return nil
}
