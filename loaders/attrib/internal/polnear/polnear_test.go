package polnear

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// Gold spans count code points; Read gives byte spans, keeps the primary
// annotator's records, and names the line it cannot read.
func TestRead(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "gold.jsonl")
	lines := `{"doc_id":"a","text":"“Oui,” dit-il.","primary":true,"attributions":[{"source":{"spans":[[11,13]]},"cue":{"spans":[[7,10]]},"content":{"spans":[[1,4]]}}]}
{"doc_id":"a","text":"“Oui,” dit-il.","primary":false,"attributions":[]}
{"doc_id":"b","text":"He said so.","attributions":[{"source":null,"cue":{"spans":[]},"content":{"spans":[[8,10]]}}]}
`
	require.NoError(t, os.WriteFile(path, []byte(lines), 0o644))
	var got []Doc
	require.NoError(t, Read(path, func(d Doc) { got = append(got, d) }))
	require.Len(t, got, 2)
	a := got[0].Attrs[0]
	assert.Equal(t, "dit", got[0].Text[a.Cue[0].Start:a.Cue[0].End])
	assert.Equal(t, "Oui", got[0].Text[a.Content[0].Start:a.Content[0].End])
	b := got[1].Attrs[0]
	assert.Nil(t, b.Source)
	assert.NotNil(t, b.Cue)
	assert.Empty(t, b.Cue)
	assert.True(t, Overlaps(b.Content, doc.Span{Start: 9, End: 12}))
	assert.False(t, Overlaps(b.Content, doc.Span{Start: 0, End: 8}))

	require.NoError(t, os.WriteFile(path, []byte(lines+"not json\n"), 0o644))
	err := Read(path, func(Doc) {})
	assert.ErrorContains(t, err, "line 4 of")
}
