package graph

import "context"

// QuotationsWithin is the quotation search checking at most bound
// quotations, so that a test can reach the bound with a few articles.
func QuotationsWithin(ctx context.Context, s *Store, text string, bound int) ([]string, error) {
	return s.quotationsWithin(ctx, text, bound)
}
