// Package dates owns the normalisation of publication dates: whatever a
// feed, a page or a JSON field gives ("Wed, 04 Mar 2026 10:00:00 GMT",
// "March 4, 2026", "04/03/2026 10:00 CET") becomes ISO 8601, so that the
// events stage can place relative times ("last month") against it and
// exports can type it as xsd:date or xsd:dateTime.
//
// Parsing is go-dateparser's (a port of Scrapinghub's dateparser), not a
// list of layouts of our own.
package dates

import (
	"strings"
	"time"
	"unicode"

	dateparser "github.com/markusmobius/go-dateparser"
	"github.com/markusmobius/go-dateparser/date"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// Normalize is the pipeline stage: it rewrites d.Published in ISO 8601,
// and leaves it as given when it is no date.
func Normalize(d *doc.Document) {
	if iso, ok := ISO(d.Published); ok {
		d.Published = iso
	}
}

// ISO returns s as "YYYY-MM-DD", or as RFC 3339 in its own offset when s
// gives a time of day and a time zone: a time without a zone is no
// instant, and the calendar date is all it vouches for. A relative date
// ("yesterday", "3 days ago") or one without a year is refused: a
// publication date must say when, not when relative to the day it is
// read.
func ISO(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" || !hasYear(s) {
		return "", false
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.Format(time.RFC3339), true
	}
	if t, ok := parseLocalISO(s); ok {
		return t.Format(time.DateOnly), true
	}
	return parseGeneral(s)
}

// localISOLayouts are ISO 8601 dates and date-times without a zone, the
// form data sets and JSON feeds give most (Reuters-21578's
// "1987-02-26T15:01:01"). go-dateparser reads them too, to the same
// calendar date, but through its regular expressions at about 2.6 ms a
// call, which made dates a large share of a load's extraction; time.Parse
// takes a microsecond. A fractional second after the seconds is accepted
// by time.Parse without a layout of its own.
var localISOLayouts = [...]string{time.DateOnly, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02 15:04"}

// parseLocalISO parses s by one of localISOLayouts: a time of day
// without a zone vouches only for its calendar date.
func parseLocalISO(s string) (time.Time, bool) {
	for _, layout := range localISOLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// parseGeneral is go-dateparser's reading of every other form: names of
// months and days, RFC 1123 with a named zone, day-first numbers.
func parseGeneral(s string) (string, bool) {
	cfg := &dateparser.Configuration{
		Languages:          []string{"en"},
		DefaultLanguages:   []string{"en"},
		StrictParsing:      true,
		ReturnTimeAsPeriod: true,
		DefaultTimezone:    time.UTC,
		// A fixed "now" keeps the result independent of the day it runs.
		CurrentTime: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC),
	}
	dt, err := dateparser.Parse(cfg, s)
	if err != nil || dt.IsZero() || dt.Period > date.Day {
		return "", false
	}
	if _, zone, offset := dateparser.PopTzOffset(s); dt.Period.IsTime() && (zone != "" || offset != 0) {
		return dt.Time.Format(time.RFC3339), true
	}
	return dt.Time.Format(time.DateOnly), true
}

// hasYear reports whether s holds a run of four digits: without a year a
// string is either relative ("last Tuesday") or incomplete ("4 March").
func hasYear(s string) bool {
	run := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			run++
			if run == 4 {
				return true
			}
			continue
		}
		run = 0
	}
	return false
}
