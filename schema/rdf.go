package schema

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/quad"
)

// XML Schema datatypes, as full IRIs. Cayley's own values name theirs
// with the short form "xsd:integer", which no RDF tool resolves, so
// exports map every literal through ForExport.
var (
	XSDString     = quad.IRI(XSD + "string")
	XSDInteger    = quad.IRI(XSD + "integer")
	XSDBoolean    = quad.IRI(XSD + "boolean")
	XSDDouble     = quad.IRI(XSD + "double")
	XSDDate       = quad.IRI(XSD + "date")
	XSDDateTime   = quad.IRI(XSD + "dateTime")
	XSDGYear      = quad.IRI(XSD + "gYear")
	XSDGYearMonth = quad.IRI(XSD + "gYearMonth")
)

// dated are the predicates whose string values are dates written in ISO
// 8601 (or free text that could not be normalised): exports type them.
var dated = map[quad.IRI]bool{DatePublished: true, StartDate: true, EndDate: true}

var (
	yearRE      = regexp.MustCompile(`^\d{4}$`)
	yearMonthRE = regexp.MustCompile(`^\d{4}-(0[1-9]|1[0-2])$`)
)

// DateType is the XML Schema datatype of an ISO 8601 date as claimgraph
// stores them ("2026-03-04", "2026-03-04T10:00:00Z", "2026-03", "2026"),
// or false for anything else (free text, an interval).
func DateType(s string) (quad.IRI, bool) {
	switch {
	case yearRE.MatchString(s):
		return XSDGYear, true
	case yearMonthRE.MatchString(s):
		return XSDGYearMonth, true
	case len(s) == 10:
		if _, err := time.Parse(time.DateOnly, s); err == nil {
			return XSDDate, true
		}
	case len(s) > 10:
		if _, err := time.Parse(time.RFC3339, s); err == nil {
			return XSDDateTime, true
		}
	}
	return "", false
}

// ForExport is the value an export writes for o, the object of predicate
// p. The store keeps Cayley's native values (an Int, a Bool), which carry
// no datatype IRI of their own, and dates as ISO 8601 strings, which its
// queries compare as text; exports write them as typed literals with
// full XML Schema IRIs.
func ForExport(p quad.IRI, o quad.Value) quad.Value {
	switch v := o.(type) {
	case quad.Int:
		return quad.TypedString{Value: quad.String(strconv.FormatInt(int64(v), 10)), Type: XSDInteger}
	case quad.Bool:
		return quad.TypedString{Value: quad.String(strconv.FormatBool(bool(v))), Type: XSDBoolean}
	case quad.Float:
		return quad.TypedString{Value: quad.String(strconv.FormatFloat(float64(v), 'E', -1, 64)), Type: XSDDouble}
	case quad.Time:
		return quad.TypedString{Value: quad.String(time.Time(v).Format(time.RFC3339Nano)), Type: XSDDateTime}
	case quad.TypedString:
		v.Type = v.Type.Full()
		return v
	case quad.String:
		if dated[p] {
			if t, ok := DateType(string(v)); ok {
				return quad.TypedString{Value: v, Type: t}
			}
		}
	case quad.IRI:
		return v.Full()
	}
	return o
}

// WebIRI is s as an absolute IRI that N-Quads accepts, or false when s is
// not an absolute URL (a relative link, an id, free text). Characters
// N-Quads forbids inside <…> are percent-encoded.
func WebIRI(s string) (quad.IRI, bool) {
	s = strings.TrimSpace(s)
	u, err := url.Parse(s)
	if err != nil || u.Scheme == "" || (u.Host == "" && u.Opaque == "") {
		return "", false
	}
	var b strings.Builder
	for _, r := range s {
		if r <= ' ' || strings.ContainsRune("<>\"{}|^`\\", r) {
			for _, c := range []byte(string(r)) {
				b.WriteString("%" + strings.ToUpper(strconv.FormatUint(uint64(c)|0x100, 16)[1:]))
			}
			continue
		}
		b.WriteRune(r)
	}
	return quad.IRI(b.String()), true
}
