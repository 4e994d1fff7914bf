// Package explorer is the browser page claimgraph serve shows at "/": one
// self-contained HTML file (no CDN, works offline; its charts are SVG drawn
// in the page) that calls the stored queries over the same origin, and the
// overview its landing page reads (/api/overview: counts and top lists
// read from the store's indexes, which no Gizmo query does fast enough).
//
// Every view has its own link: #/ (the overview), #/entity/ID (a speaker
// or entity: claims timeline, claims in context, non-comments),
// #/article/ID (the text with its claims, speakers and non-comments
// highlighted), #/event/NAME, #/find/NAME and #/query/NAME.
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
