package eest

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/tests/report"
)

// TestCorpus runs the whole public EEST corpus through the stateless executor, one
// subtest per test id. Every block's expectation must be met.
func TestCorpus(t *testing.T) {
	dir := CorpusForTest(t)
	rows, err := LoadManifest(dir)
	require.NoError(t, err)
	require.NotEmpty(t, rows)

	cases := RunRows(context.Background(), dir, rows, 0, nil)
	require.Len(t, cases, len(rows))
	for i, c := range cases {
		require.Equal(t, rows[i].Test, c.Name, "cases come back in manifest order")
		t.Run(c.Name, func(t *testing.T) {
			if !c.Passed() {
				t.Error(c.Failure)
			}
		})
	}
	sum := report.Summarize(cases)
	t.Log(report.FinalLine(sum.Total))
	for _, n := range sum.Notes {
		t.Logf("%5d  %s", n.Count, n.Note)
	}
}
