package attrib

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/quotes"
	"github.com/claimgraph/claimgraph/loaders/segment"
)

func TestFilterModel(t *testing.T) {
	require.Greater(t, len(filter.w), 100, "filter.tsv holds no weights: retrain it (see filter.go)")
	require.GreaterOrEqual(t, filter.threshold, 0.0)
	// A plain "X said that …" must pass; a candidate the rules mark as
	// nested inside another report's content scores lower.
	plain := []string{"lemma=say", "form=said", "pos=pre", "src=name", "kind=indirect"}
	assert.Greater(t, filter.Prob(plain), filter.threshold)

	start := time.Now()
	m := parseModel(filterData)
	assert.Less(t, time.Since(start), time.Second, "loading the filter must be fast")
	assert.Equal(t, len(filter.w), len(m.w))
}

func TestParseModelIgnoresJunk(t *testing.T) {
	m := parseModel("# comment\n_bias\t0.5\n_threshold\t0.3\na=b\t1.5\nbroken line\nc\tnotanumber\n")
	assert.Equal(t, 0.5, m.bias)
	assert.Equal(t, 0.3, m.threshold)
	assert.Equal(t, map[string]float64{"a=b": 1.5}, m.w)
	assert.True(t, parseModel("").keep([]string{"x"}), "an empty model keeps everything")
}

// Extract's scoring sums the same weights, in the same order, as the
// probability of the named features.
func TestKeepScoredMatchesNamedFeatures(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "harbor-strike.txt"))
	require.NoError(t, err)
	d := doc.New(doc.Article{Text: string(raw)})
	segment.Segment(d)
	quotes.Find(d)
	x := newCtx(d)
	n := 0
	x.candidates(func(s doc.Sentence, first, k int) {
		fs := featureSet{m: &filter, z: filter.bias}
		x.nameFeatures(&fs, s, first, k)
		named := x.features(s, first, k)
		assert.Equal(t, filter.Prob(named), 1/(1+math.Exp(-fs.z)))
		assert.Equal(t, filter.keep(named), filter.keepScored(x, s, first, k))
		n++
	})
	assert.Greater(t, n, 5)
}

// A free word may itself be '=' (a punctuation token): the stored
// feature still splits into the values that scoring looks up.
func TestScoredFeatureWithEqualsSign(t *testing.T) {
	m := parseModel("_bias\t0\n_threshold\t0.5\nprev|lemma===say\t2\nweak|prev=named===\t3\nform==\t5\n")
	fs := featureSet{m: &m}
	fs.add(fPrevLemma, fs.str("="), fs.str("say"))
	assert.Equal(t, 2.0, fs.z)
	fs.add(fWeakPrev, fs.str("named"), fs.str("=="))
	assert.Equal(t, 5.0, fs.z)
	fs.add(fForm, fs.str("="))
	assert.Equal(t, 10.0, fs.z)
	fs.add(fPrevLemma, fs.str("=="), fs.str("say"))
	fs.add(fPrevLemma, fs.str(""), fs.str("=say"))
	assert.Equal(t, 10.0, fs.z, "a feature the model does not name weighs nothing")
}

func TestFieldsOfMatchesFields(t *testing.T) {
	for _, s := range []string{"", " ", "Mr. Smith", "  the  prime\tminister\n", "one", "a\u00a0b\u2003c ", "bad \xff utf8", "x\u0085y"} {
		f, want := fieldsOf(s), strings.Fields(s)
		require.Equal(t, len(want), f.n, s)
		if len(want) > 0 {
			assert.Equal(t, want[0], f.first, s)
			assert.Equal(t, want[len(want)-1], f.last, s)
		}
	}
}
