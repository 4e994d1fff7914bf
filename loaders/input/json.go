package input

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// jsonSplitter cuts a JSON input into articles without decoding it as a
// whole, so that one broken article costs only itself: JSON Lines, one
// object or several objects (pretty-printed or not), or an array of
// objects, whose elements are then the units.
//
// It tracks nesting and strings byte by byte. A unit ends when its
// brackets close; it is broken when a string runs into a line break
// (JSON strings cannot hold one), when, in JSON Lines, its line ends
// first, or when a line starts a new object at or left of the column
// where the unit began (the next record of JSON Lines, or of a
// pretty-printed sequence). After a broken unit the splitter skips to such
// a line and goes on from there.
type jsonSplitter struct {
	source string
	// lines: every line is one record (.jsonl, .ndjson).
	lines bool
	emit  func(Item) bool

	line, col int  // of the byte being read; line is 1-based
	blank     bool // nothing but white space so far on this line

	base     int // depth at which units start: 1 inside a top-level array
	depth    int
	inString bool
	escaped  bool

	unit      []byte
	open      bool // a unit is being read
	scalar    bool // the unit is not an object or array
	oversize  bool // the unit outgrew MaxInputBytes and is only scanned
	unitLine  int
	unitCol   int
	element   int // index of the unit in its array
	skipping  bool
	skipCol   int
	arrayLine int // line of the top-level array's '[', 0 outside one
}

// readJSON reads JSON articles from br; see jsonSplitter.
func readJSON(br *bufio.Reader, source string, lines bool, emit func(Item) bool) bool {
	s := &jsonSplitter{source: source, lines: lines, emit: emit, line: 1, blank: true}
	if bom, _ := br.Peek(3); bytes.Equal(bom, []byte("\ufeff")) {
		_, _ = br.Discard(3)
	}
	for {
		chunk, err := br.ReadSlice('\n')
		for _, c := range chunk {
			if !s.byte(c) {
				return false
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil {
			if s.open && !s.oversize && s.scalar && !s.inString {
				return s.finish()
			}
			if s.open {
				return s.reject(s.unitLine, s.brokenReason(errors.New("the input ends inside it (a truncated file?)")))
			}
			if err != io.EOF {
				return s.emit(Item{Source: s.source, Err: fmt.Errorf("%s: cannot read: %w", s.source, err)})
			}
			return true
		}
	}
}

// byte advances over one input byte; false stops the walk.
func (s *jsonSplitter) byte(c byte) bool {
	if c == '\n' {
		ok := s.newline()
		s.line, s.col, s.blank = s.line+1, 0, true
		return ok
	}
	s.col++
	lineStart := s.blank && !isSpace(c)
	if lineStart {
		s.blank = false
	}
	if s.skipping {
		if !lineStart || c != '{' || s.col > s.skipCol {
			return true
		}
		s.skipping = false
	} else if s.open && lineStart && c == '{' && !s.inString && s.depth > s.base && s.col <= s.unitCol {
		// A new record starts while this one is still open: this one is
		// broken, and the new one is read from here.
		if !s.reject(s.unitLine, s.brokenReason(nil)) {
			return false
		}
		s.depth, s.open = s.base, false
	}
	if !s.open {
		return s.between(c)
	}
	return s.inUnit(c)
}

// newline handles a line break: it ends a scalar, breaks a string, and
// in JSON Lines ends whatever is open.
func (s *jsonSplitter) newline() bool {
	switch {
	case !s.open:
		if s.lines {
			s.skipping, s.base, s.depth, s.arrayLine = false, 0, 0, 0
		}
		return true
	case s.scalar && !s.inString:
		return s.finish()
	case s.inString || s.lines:
		ok := s.reject(s.unitLine, s.brokenReason(nil))
		s.open, s.inString, s.escaped = false, false, false
		if s.lines {
			s.base, s.depth, s.arrayLine = 0, 0, 0
		} else {
			s.skipping, s.skipCol, s.depth = true, s.unitCol, s.base
		}
		return ok
	}
	s.add('\n')
	return true
}

// between handles a byte outside any unit: white space, an array's
// punctuation, or the start of a unit.
func (s *jsonSplitter) between(c byte) bool {
	switch {
	case isSpace(c):
		return true
	case s.base == 1 && c == ',':
		return true
	case s.base == 1 && c == ']':
		s.base, s.depth, s.arrayLine = 0, 0, 0
		return true
	case s.base == 0 && c == '[':
		s.base, s.depth, s.element, s.arrayLine = 1, 1, 0, s.line
		return true
	}
	s.open, s.oversize, s.scalar = true, false, c != '{' && c != '['
	s.unit, s.unitLine, s.unitCol = s.unit[:0], s.line, s.col
	return s.inUnit(c)
}

// inUnit handles a byte of the unit being read.
func (s *jsonSplitter) inUnit(c byte) bool {
	switch {
	case s.inString:
		switch {
		case s.escaped:
			s.escaped = false
		case c == '\\':
			s.escaped = true
		case c == '"':
			s.inString = false
		}
	case c == '"':
		s.inString = true
	case s.scalar && s.base == 1 && len(s.unit) > 0 && (c == ',' || c == ']' || isSpace(c)):
		// An element of an array ends at its separator; at the top, a
		// line that holds no object is one rejection, ended by newline.
		if !s.finish() {
			return false
		}
		return s.between(c)
	case c == '{' || c == '[':
		s.depth++
	case c == '}' || c == ']':
		s.depth--
		if s.depth <= s.base {
			s.add(c)
			s.depth = s.base
			return s.finish()
		}
	}
	s.add(c)
	return true
}

func (s *jsonSplitter) add(c byte) {
	if s.oversize {
		return
	}
	if len(s.unit) >= MaxInputBytes {
		s.oversize, s.unit = true, nil
		return
	}
	s.unit = append(s.unit, c)
}

// finish hands a complete unit on: decoded when it is valid JSON,
// rejected with the decoder's reason when not.
func (s *jsonSplitter) finish() bool {
	s.open = false
	src := s.unitSource()
	if s.base == 1 {
		s.element++
	}
	if s.oversize {
		return s.emit(Item{Source: src, Err: fmt.Errorf("%s: a JSON value larger than %d MB; split it into articles", src, MaxInputBytes>>20)})
	}
	return emitJSON(s.unit, src, s.emit)
}

// reject names a broken unit; the walk goes on after it.
func (s *jsonSplitter) reject(line int, reason error) bool {
	src := s.unitSource()
	if s.base == 1 {
		s.element++
	}
	return s.emit(Item{Source: src, Err: fmt.Errorf("%s: %w", src, reason)})
}

// brokenReason explains a unit that did not end: the decoder's own
// words when it has some, else why.
func (s *jsonSplitter) brokenReason(why error) error {
	if !s.oversize {
		if err := json.Unmarshal(s.unit, new(any)); err != nil {
			return fmt.Errorf("broken JSON: %w", err)
		}
	}
	if why == nil {
		why = errors.New("a line break or the next article comes before its end")
	}
	return fmt.Errorf("broken JSON: %w", why)
}

// unitSource names the unit being read: path:line, and for an element
// of an array its index, path:line[i].
func (s *jsonSplitter) unitSource() string {
	src := fmt.Sprintf("%s:%d", s.source, s.unitLine)
	if s.base == 1 {
		src += fmt.Sprintf("[%d]", s.element)
	}
	return src
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }
