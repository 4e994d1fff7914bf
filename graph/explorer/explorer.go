// Package explorer is the browser page claimgraph serve shows at "/": one
// self-contained HTML file (no CDN, works offline) that calls the stored
// queries over the same origin.
package explorer

import (
	_ "embed"
	"net/http"
)

//go:embed index.html
var page []byte

// Handler serves the explorer page. The page keeps its state in the URL
// hash, so one route serves every view.
func Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("X-Frame-Options", "DENY")
		// Same-origin only: the page loads nothing from elsewhere.
		w.Header().Set("Content-Security-Policy", "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src 'self' data:; connect-src 'self'")
		_, _ = w.Write(page)
	})
}
