package eval

import "testing"

// A follow-on quotation that reads as a title (a show, a slogan, a
// campaign's name) is not folded into the content of the attribution
// whose cue it shares; a quotation of someone's words is.
func TestTitleLike(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"“Harbour Nights,”", true},
		{"“Fish & Chips Today”", true},
		{"“The Voice of the Pier.”", true},
		{"\"Tides 2030\"", true},
		{"“We will stay out,”", false},
		{"“unfair”", false},
		{"“It Is Not Over Until The Last Ferry Has Sailed Tonight”", false},
		{"“”", false},
	}
	for _, tt := range tests {
		if got := titleLike(tt.q); got != tt.want {
			t.Errorf("titleLike(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
