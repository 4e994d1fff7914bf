package html

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestToUTF8(t *testing.T) {
	tests := []struct {
		name     string
		data     []byte
		want     string
		encoding string
	}{
		{"utf-8, undeclared", []byte("<p>café</p>"), "<p>café</p>", "utf-8"},
		{"windows-1252, declared late", []byte(strings.Repeat(" ", 2000) + `<meta charset="windows-1252"><p>caf` + "\xe9 \x93x\x94 \x80</p>"),
			strings.Repeat(" ", 2000) + `<meta charset="windows-1252"><p>café “x” €</p>`, "windows-1252"},
		{"latin-1 via http-equiv", []byte(`<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>Stra` + "\xdfe"),
			`<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>Straße`, "windows-1252"},
		// Saved by a browser: bytes re-encoded as UTF-8, old declaration kept.
		{"utf-8 bytes, latin-1 declared", []byte(`<meta charset="iso-8859-1"><p>café`), `<meta charset="iso-8859-1"><p>café`, "utf-8"},
		{"undeclared, not utf-8", []byte("<p>caf\xe9</p>"), "<p>café</p>", "windows-1252"},
		{"utf-16 declared in an ascii file", []byte(`<meta charset="utf-16"><p>x</p>`), `<meta charset="utf-16"><p>x</p>`, "utf-8"},
		{"utf-16le with BOM", []byte("\xff\xfe<\x00p\x00>\x00\xe9\x00"), "<p>é", "utf-16le"},
		{"utf-8 declared, broken bytes", []byte(`<meta charset=utf-8><p>a` + "\xff" + `b`), `<meta charset=utf-8><p>a` + "\uFFFD" + `b`, "utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, err := toUTF8(tt.data)
			require.NoError(t, err)
			require.Equal(t, tt.want, got)
			require.Equal(t, tt.encoding, enc)
		})
	}
}

func TestDetectLang(t *testing.T) {
	en := "The council said on Tuesday that it would not change the plan, and the mayor told reporters that the vote had been fair. They were not happy with the result but they have accepted it, he said."
	fr := "Le conseil a indiqué mardi qu'il ne changerait pas le projet, et la maire a déclaré que le vote était juste. Les élus de l'opposition ne sont pas satisfaits du résultat, mais ils ont dit qu'ils l'acceptaient."
	de := "Der Stadtrat hat am Dienstag gesagt, dass er den Plan nicht ändern wird, und die Bürgermeisterin sagte, dass die Abstimmung fair war. Die Opposition ist mit dem Ergebnis nicht zufrieden, aber sie hat es akzeptiert."
	es := "El consejo dijo el martes que no cambiaría el plan, y la alcaldesa afirmó que la votación había sido justa. La oposición no está contenta con el resultado, pero lo ha aceptado, según fuentes del partido."
	ja := "市議会は火曜日、計画を変更しないと発表した。市長は記者団に対し、投票は公正だったと述べた。野党は結果に不満を示したが、受け入れたという。"
	tests := []struct {
		name, text, declared, want string
	}{
		{"english", en, "", "en"},
		{"french under an English template", fr, "en-US", "fr"},
		{"german", de, "", "de"},
		{"spanish", es, "es-ES", "es"},
		{"japanese, declared", ja, "ja", "ja"},
		{"japanese, undeclared", ja, "", "ja"},
		{"too short to tell: declaration wins", "Breaking news", "pt-BR", "pt"},
		{"too short, undeclared", "OK", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.want, detectLang(tt.text, tt.declared))
		})
	}
}

func TestNormDate(t *testing.T) {
	tests := map[string]string{
		"2024-03-05T09:30:00+01:00":     "2024-03-05T09:30:00+01:00",
		"2019-01-03T07:00:02.000Z":      "2019-01-03T07:00:02Z",
		"2016-12-22T10:43:37-0800":      "2016-12-22T10:43:37-08:00",
		"2018-04-05T06:00":              "2018-04-05",
		"2017-11-03 03:01:00.000000":    "2017-11-03",
		"2019/04/28":                    "2019-04-28",
		"2019-13-45":                    "",
		"April 5, 2018":                 "",
		"":                              "",
		"  2015-04-30T07:19:58+02:00  ": "2015-04-30T07:19:58+02:00",
	}
	for in, want := range tests {
		require.Equal(t, want, normDate(in), in)
	}
}

func TestParseLD(t *testing.T) {
	ld := parseLD(`{"@context":"https://schema.org","@graph":[
		{"@type":"WebSite","name":"The Ledger"},
		{"@type":["NewsArticle"],"headline":"Ferry link approved","datePublished":"2024-03-05",
		 "author":[{"@type":"Person","name":"A. One"},{"name":"B. Two"}],"publisher":{"name":"Ledger Media"}}]}`)
	require.Equal(t, ldInfo{headline: "Ferry link approved", datePublished: "2024-03-05", author: "A. One, B. Two",
		publisher: "Ledger Media", siteName: "The Ledger"}, ld)
	require.Equal(t, ldInfo{}, parseLD(`{"@type": "NewsArticle", broken`))
}

func TestCleanBody(t *testing.T) {
	body := strings.Join([]string{
		"Ferry link approved",
		"Councillors voted seven to two.",
		"The council voted on Tuesday to approve the ferry link, ending a long debate.",
		"Storm closes coastal road",
		"School meals price rise",
		"Weather: rain all week",
	}, "\n\n")
	got := cleanBody(body, "Ferry link approved", "Councillors voted seven to two.", allCleanSteps)
	require.Equal(t, "The council voted on Tuesday to approve the ferry link, ending a long debate.", got)
	require.Equal(t, body, cleanBody(body, "Ferry link approved", "", 0))
	// A body that is only short lines is left alone rather than emptied.
	short := "One line\n\nAnother line\n\nA third line"
	require.Equal(t, short, cleanBody(short, "", "", allCleanSteps))
}

func TestNodeTextParagraphs(t *testing.T) {
	require.Equal(t, "Para one, with a link.\n\nLine one\nline two\n\nItem a\n\nItem b",
		fragmentText("<p>Para one, with <a href=#>a link</a>.</p><p>Line one<br>line two</p><ul><li>Item a</li><li>Item b</li></ul>"))
}

func TestPageAddress(t *testing.T) {
	tests := []struct{ canonical, og, want string }{
		{"https://a.example/x", "https://b.example/y", "https://a.example/x"},
		{"/news/x", "https://a.example/other", "https://a.example/news/x"},
		{"", "https://a.example/y", "https://a.example/y"},
		{"/news/x", "", "/news/x"},
		{"", "", ""},
	}
	for _, tt := range tests {
		got, _ := pageAddress(tt.canonical, tt.og)
		require.Equal(t, tt.want, got, tt)
	}
}

func TestFragmentTextPlain(t *testing.T) {
	require.Equal(t, "First paragraph, two lines.\n\nSecond & last.", fragmentText("First paragraph,\ntwo lines.\n\nSecond &amp; last.\n"))
}
