package html

import (
	"strings"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockAtoms start a new paragraph. Everything else flows inline.
var blockAtoms = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true,
	atom.Section: true, atom.Article: true, atom.Header: true,
	atom.Footer: true, atom.Figure: true, atom.Figcaption: true,
	atom.Aside: true, atom.Main: true, atom.Hr: true, atom.Caption: true,
	atom.Details: true, atom.Summary: true, atom.Address: true,
	atom.Form: true, atom.Fieldset: true, atom.Nav: true,
}

// skipAtoms never hold article text.
var skipAtoms = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true,
	atom.Template: true, atom.Svg: true, atom.Math: true, atom.Head: true,
	atom.Iframe: true, atom.Object: true, atom.Button: true, atom.Select: true,
	atom.Textarea: true,
}

// nodeText renders an extracted subtree as plain text: one paragraph per
// block element, paragraphs separated by a blank line, runs of white
// space collapsed, <br> kept as a line break inside a paragraph.
func nodeText(n *xhtml.Node) string {
	var w textWriter
	w.walk(n, false)
	w.endPara()
	return strings.Join(w.paras, "\n\n")
}

// trimmedNodeText renders a tree whose text nodes were trimmed of their
// white space, as go-trafilatura leaves them: every element boundary may
// have been a space, so one is put back unless punctuation says
// otherwise. Without this, "see the <a>report</a> here" reads
// "see thereporthere".
func trimmedNodeText(n *xhtml.Node) string {
	w := textWriter{trimmed: true}
	w.walk(n, false)
	w.endPara()
	return strings.Join(w.paras, "\n\n")
}

type textWriter struct {
	paras []string
	cur   strings.Builder
	space bool // a space is owed before the next word
	// trimmed means element boundaries stand for lost white space.
	trimmed bool
}

// elemAtom is the element's atom, also for nodes that a library built by
// hand with only Data set.
func elemAtom(n *xhtml.Node) atom.Atom {
	if n.DataAtom != 0 {
		return n.DataAtom
	}
	return atom.Lookup([]byte(strings.ToLower(n.Data)))
}

func (w *textWriter) walk(n *xhtml.Node, pre bool) {
	switch n.Type {
	case xhtml.TextNode:
		w.text(n.Data, pre)
		return
	case xhtml.ElementNode:
		a := elemAtom(n)
		if skipAtoms[a] {
			return
		}
		if w.trimmed {
			w.space = true
			defer func() { w.space = true }()
		}
		switch a {
		case atom.Br:
			w.lineBreak()
			return
		case atom.Td, atom.Th:
			w.space = true
		case atom.Pre:
			pre = true
		}
	case xhtml.CommentNode, xhtml.DoctypeNode:
		return
	}
	block := n.Type == xhtml.ElementNode && blockAtoms[elemAtom(n)]
	if block {
		w.endPara()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, pre)
	}
	if block {
		w.endPara()
	}
}

func (w *textWriter) text(s string, pre bool) {
	if pre {
		lines := strings.Split(s, "\n")
		for i, l := range lines {
			if i > 0 {
				w.lineBreak()
			}
			w.text(l, false)
		}
		return
	}
	if s == "" {
		return
	}
	if isSpace(s[0]) {
		w.space = true
	}
	fields := strings.Fields(s)
	for i, f := range fields {
		if i > 0 || w.space && w.wantSpace(f) {
			if w.cur.Len() > 0 && !strings.HasSuffix(w.cur.String(), "\n") {
				w.cur.WriteByte(' ')
			}
		}
		w.cur.WriteString(f)
		w.space = false
	}
	if len(fields) > 0 && isSpace(s[len(s)-1]) {
		w.space = true
	}
}

// wantSpace says whether an owed space goes before next. In trimmed
// trees the space is only a guess, and punctuation decides against it.
func (w *textWriter) wantSpace(next string) bool {
	if !w.trimmed {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(next); strings.ContainsRune(".,;:!?)]}%\u201d\u2019\u00bb", r) {
		return false
	}
	cur := w.cur.String()
	if r, _ := utf8.DecodeLastRuneInString(cur); strings.ContainsRune("([{/\u201c\u2018\u00ab", r) {
		return false
	}
	return true
}

func (w *textWriter) lineBreak() {
	if w.cur.Len() > 0 && !strings.HasSuffix(w.cur.String(), "\n") {
		w.cur.WriteByte('\n')
	}
	w.space = false
}

func (w *textWriter) endPara() {
	p := strings.TrimSpace(w.cur.String())
	if p != "" {
		w.paras = append(w.paras, p)
	}
	w.cur.Reset()
	w.space = false
}

func isSpace(b byte) bool {
	return b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f'
}

// normalizeParagraphs makes any plain text follow our paragraph shape:
// blank-line separated paragraphs with no stray white space. Libraries
// that hand back text with single newlines between blocks get one
// paragraph per line.
func normalizeParagraphs(s string) string {
	var paras []string
	for _, line := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		if l := collapse(line); l != "" {
			paras = append(paras, l)
		}
	}
	return strings.Join(paras, "\n\n")
}
