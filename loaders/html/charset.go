package html

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// charsetScanBytes is how far into a page we look for a <meta charset>.
// The HTML spec prescans only 1024 bytes, but saved pages often carry
// long inline scripts before their meta tags, and a late declaration is
// still the author's word on the encoding.
const charsetScanBytes = 64 << 10

var metaCharsetRE = regexp.MustCompile(`(?is)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)

// toUTF8 decodes a page to UTF-8 following its byte order mark or its
// <meta> declaration, and returns the name of the encoding it used.
func toUTF8(data []byte) (string, string, error) {
	if enc, name := bomEncoding(data); enc != nil {
		return decodeWith(data, enc, name)
	}
	head := data
	if len(head) > charsetScanBytes {
		head = head[:charsetScanBytes]
	}
	declared := ""
	if m := metaCharsetRE.FindSubmatch(head); m != nil {
		declared = strings.ToLower(string(m[1]))
	}
	enc, name := charset.Lookup(declared)
	isUTF8 := enc == nil || name == "utf-8"
	if isUTF8 || name == "utf-16le" || name == "utf-16be" {
		// A meta tag claiming UTF-16 in an ASCII-compatible file is a
		// known authoring mistake that the HTML spec says to read as UTF-8.
		if utf8.Valid(data) {
			return string(data), "utf-8", nil
		}
		if declared == "" {
			// Undeclared and not UTF-8: the spec's default for
			// Western pages is windows-1252.
			enc, name = charset.Lookup("windows-1252")
			return decodeWith(data, enc, name)
		}
		return strings.ToValidUTF8(string(data), "\uFFFD"), "utf-8", nil
	}
	// Browsers that save a page rewrite it to UTF-8 but may keep the old
	// declaration; valid multi-byte UTF-8 almost never occurs by chance
	// in legacy-encoded text, so it wins over the declaration.
	if hasMultibyte(data) && utf8.Valid(data) {
		return string(data), "utf-8", nil
	}
	return decodeWith(data, enc, name)
}

func bomEncoding(data []byte) (encoding.Encoding, string) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return unicode.UTF8BOM, "utf-8"
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be"
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le"
	}
	return nil, ""
}

func decodeWith(data []byte, enc encoding.Encoding, name string) (string, string, error) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", name, fmt.Errorf("cannot decode the page as %s: %w", name, err)
	}
	return strings.ToValidUTF8(string(out), "\uFFFD"), name, nil
}

func hasMultibyte(data []byte) bool {
	for _, b := range data {
		if b >= 0x80 {
			return true
		}
	}
	return false
}
