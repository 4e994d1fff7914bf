package html_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/internal/sharedtest"
	"github.com/claimgraph/claimgraph/loaders/html"
)

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return data
}

func TestReadPage(t *testing.T) {
	tests := []struct {
		file      string
		wantErr   error
		contains  []string // in Text
		absent    []string // not in Text
		title     string
		author    string
		publisher string
		published string
		url       string
		lang      string
	}{
		{
			file:      "article.html",
			contains:  []string{"The harbour council voted on Tuesday", "\n\n\"This is the day the islands", "declined to comment on the vote."},
			absent:    []string{"Most read", "All rights reserved", "Sport", "Harbour council approves new ferry link"},
			title:     "Harbour council approves new ferry link",
			author:    "Mara Lindqvist",
			publisher: "The Coastal Ledger",
			published: "2024-03-05T09:30:00+01:00",
			url:       "https://ledger.example/news/ferry-link",
			lang:      "en",
		},
		{
			// windows-1252 declared only in a meta http-equiv: curly
			// apostrophes (0x92), guillemets and the euro sign (0x80) must
			// come out as the right code points.
			file:      "cp1252.html",
			contains:  []string{"budget de l\u2019année prochaine", "\u00ab C\u2019est un budget prudent", "300 000 \u20ac", "1,2 million d\u2019euros \u2013 soit"},
			publisher: "Le Petit Courrier",
			lang:      "fr",
		},
		{
			// ISO-8859-1 declared after the <title>: decoded as windows-1252,
			// its superset, as the HTML spec says.
			file:     "latin1.html",
			contains: []string{"Der Stadtrat hat am Donnerstag beschlossen", "Straßen für alle sicherer", "Bürgermeisterin"},
			title:    "Stadtrat beschließt neue Radwege",
			lang:     "de",
		},
		{
			// The file stops mid-word: we keep what is there.
			file:     "truncated.html",
			contains: []string{"Repairs to the river bridge", "working through the night and at weekends to make up for lost t"},
			title:    "Bridge repairs delayed again",
			lang:     "en",
		},
		{
			// Unclosed and misnested tags, a <title> never closed
			// properly, stray end tags.
			file:     "malformed.html",
			contains: []string{"The city library will open until eight", "Sunday is the only quiet day to study", "decide whether to keep them"},
			lang:     "en",
		},
		{
			// Declared English by a site template, written in French.
			file:     "french-declared-en.html",
			contains: []string{"Les syndicats des transports publics"},
			lang:     "fr",
		},
		{file: "no-article.html", wantErr: html.ErrNoArticle},
		{file: "empty.html", wantErr: html.ErrNoArticle},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			src := filepath.Join("testdata", tt.file)
			a, err := html.ReadPage(readTestdata(t, tt.file), src)
			if tt.wantErr != nil {
				require.ErrorIs(t, err, tt.wantErr)
				require.Contains(t, err.Error(), src, "the error names the file")
				return
			}
			require.NoError(t, err)
			require.Equal(t, src, a.Source)
			require.Empty(t, a.ID, "the caller derives the ID")
			require.True(t, utf8.ValidString(a.Text))
			require.NotContains(t, a.Text, "\uFFFD")
			for _, s := range tt.contains {
				require.Contains(t, a.Text, s)
			}
			for _, s := range tt.absent {
				require.NotContains(t, a.Text, s)
			}
			require.NotContains(t, a.Text, "\n\n\n", "paragraphs are separated by exactly one blank line")
			require.Equal(t, strings.TrimSpace(a.Text), a.Text)
			check := func(field, want, got string) {
				if want != "" {
					require.Equal(t, want, got, field)
				}
			}
			check("title", tt.title, a.Title)
			check("author", tt.author, a.Author)
			check("publisher", tt.publisher, a.Publisher)
			check("published", tt.published, a.Published)
			check("url", tt.url, a.URL)
			check("lang", tt.lang, a.Lang)
		})
	}
}

func TestReadPageRejects(t *testing.T) {
	article := readTestdata(t, "article.html")
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	_, err := zw.Write(article)
	require.NoError(t, err)
	require.NoError(t, zw.Close())

	// A 20 MB page whose bulk is one inline image: a real, if bloated,
	// article page, which must still load.
	cut := bytes.Index(article, []byte("</article>"))
	var bloated bytes.Buffer
	bloated.Write(article[:cut])
	bloated.WriteString(`<img alt="chart" src="data:image/png;base64,`)
	bloated.WriteString(strings.Repeat("iVBORw0KGgo", 20<<20/11))
	bloated.WriteString(`">`)
	bloated.Write(article[cut:])

	// A 20 MB page of a million tiny elements: refused quickly with a
	// reason, rather than hours of extraction.
	var swamp bytes.Buffer
	swamp.Write(article[:cut])
	for swamp.Len() < 20<<20 {
		swamp.WriteString("<div><a href=/x>x</a></div>")
	}
	swamp.Write(article[cut:])

	tests := []struct {
		name    string
		data    []byte
		wantErr error
		reason  string
	}{
		{"gzip-compressed page", gz.Bytes(), nil, ""},
		{"20 MB page with an inline image", bloated.Bytes(), nil, ""},
		{"20 MB page of tiny elements", swamp.Bytes(), html.ErrTooLarge, "HTML elements"},
		{"over the size limit", append(bytes.Repeat([]byte(" "), html.MaxPageBytes), article...), html.ErrTooLarge, "MiB"},
		{"a PNG image", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 64)...), html.ErrNotHTML, "image/png"},
		{"a PDF", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"), html.ErrNotHTML, "application/pdf"},
		{"white space only", []byte("  \n\t  \n"), html.ErrNoArticle, ""},
		{"a damaged gzip file", gz.Bytes()[:40], nil, "gzip"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := html.ReadPage(tt.data, "page.html")
			switch {
			case tt.wantErr == nil && tt.reason == "":
				require.NoError(t, err)
				require.Contains(t, a.Text, "The harbour council voted on Tuesday")
			case tt.wantErr != nil:
				require.ErrorIs(t, err, tt.wantErr)
				require.Contains(t, err.Error(), "page.html")
				require.Contains(t, err.Error(), tt.reason)
			default:
				require.Error(t, err)
				require.Contains(t, err.Error(), tt.reason)
			}
		})
	}
}

func TestReadPageWithEveryExtractor(t *testing.T) {
	data := readTestdata(t, "article.html")
	for _, name := range html.ExtractorNames() {
		t.Run(name, func(t *testing.T) {
			a, err := html.ReadPageWith(data, "article.html", html.Options{Extractor: html.Extractor(name)})
			require.NoError(t, err)
			require.Contains(t, a.Text, "The harbour council voted on Tuesday")
			require.Equal(t, "Harbour council approves new ferry link", a.Title)
		})
	}
	_, err := html.ReadPageWith(data, "article.html", html.Options{Extractor: "nope"})
	require.ErrorContains(t, err, `unknown extractor "nope"`)
}

func TestReadFeed(t *testing.T) {
	t.Run("rss with content:encoded", func(t *testing.T) {
		arts, err := html.ReadFeed(readTestdata(t, "feed-rss.xml"), "feed-rss.xml")
		require.NoError(t, err)
		require.Len(t, arts, 2, "the image-only item carries no text and is skipped")
		a := arts[0]
		require.Equal(t, "Harbour council approves new ferry link", a.Title)
		require.Equal(t, "https://ledger.example/news/ferry-link", a.URL)
		require.Equal(t, "Mara Lindqvist", a.Author)
		require.Equal(t, "The Coastal Ledger", a.Publisher)
		require.Equal(t, "2024-03-05T09:30:00+01:00", a.Published)
		require.Equal(t, "en", a.Lang)
		require.Equal(t, "feed-rss.xml#item1", a.Source)
		require.Empty(t, a.ID)
		require.Equal(t, "The harbour council voted on Tuesday to approve a year-round ferry link to the northern islands.\n\n"+
			"\"This is the day the islands stop being an afterthought,\" said the council leader, Anders Holm.", a.Text)
		require.Equal(t, "feed-rss.xml#item2", arts[1].Source)
	})
	t.Run("atom", func(t *testing.T) {
		arts, err := html.ReadFeed(readTestdata(t, "feed-atom.xml"), "feed-atom.xml")
		require.NoError(t, err)
		require.Len(t, arts, 1)
		require.Equal(t, "Hélène Durand", arts[0].Author)
		require.Equal(t, "2024-03-05T09:00:00+01:00", arts[0].Published)
		require.Contains(t, arts[0].Text, "« C'est un budget prudent », a déclaré la maire.")
	})
	t.Run("errors", func(t *testing.T) {
		_, err := html.ReadFeed(nil, "empty.xml")
		require.ErrorIs(t, err, html.ErrNoArticle)
		_, err = html.ReadFeed(readTestdata(t, "article.html"), "article.html")
		require.ErrorContains(t, err, "article.html: cannot read the file as an RSS, Atom or JSON feed")
		_, err = html.ReadFeed([]byte(`<rss version="2.0"><channel><title>x</title></channel></rss>`), "bare.xml")
		require.ErrorIs(t, err, html.ErrNoArticle)
	})
}

func FuzzReadPage(f *testing.F) {
	entries, err := os.ReadDir("testdata")
	require.NoError(f, err)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".html") {
			f.Add(readTestdata(f, e.Name()))
		}
	}
	f.Add([]byte("<html><body><p>a</p>"))
	f.Add([]byte("\xef\xbb\xbf<meta charset=utf-16><p>x"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := html.ReadPage(data, "fuzz.html")
		if err != nil {
			require.Contains(t, err.Error(), "fuzz.html")
			return
		}
		require.NotEmpty(t, strings.TrimSpace(a.Text))
		require.True(t, utf8.ValidString(a.Text))
		require.Equal(t, "fuzz.html", a.Source)
	})
}

// TestSharedPagesLoad reads every saved page we were given: none may fail
// except as a page with no article.
func TestSharedPagesLoad(t *testing.T) {
	root := sharedtest.Path(t, "data", "html")
	n := 0
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") {
			return err
		}
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		n++
		a, err := html.ReadPage(data, path)
		if errors.Is(err, html.ErrNoArticle) {
			return nil
		}
		require.NoError(t, err, path)
		require.NotEmpty(t, a.Text, path)
		return nil
	})
	require.NoError(t, err)
	require.GreaterOrEqual(t, n, 215)
}
