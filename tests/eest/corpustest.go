package eest

import (
	"context"
	"os"
	"testing"

	"github.com/nativerollup/nr/tests/report"
)

// CorpusForTest returns the corpus directory for a test. When the corpus is
// absent the test is skipped with a message saying how to point NR_CORPUS at EEST
// fixtures, except under CI=true, where a missing corpus fails the test: CI must
// run the corpus, never skip it.
func CorpusForTest(tb testing.TB) string {
	tb.Helper()
	dir, err := ResolveCorpus()
	if err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("CI=true and the corpus is missing: %v", err)
		}
		tb.Skip(err)
	}
	return dir
}

// RunCorpusForTest runs every test of the manifest through verify, one subtest
// per test id, each failing when an expectation of its blocks is unmet, and logs
// the final line and the count of every outcome kind.
func RunCorpusForTest(t *testing.T, verify Verifier) {
	t.Helper()
	dir := CorpusForTest(t)
	rows, err := LoadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 {
		t.Fatalf("the manifest in %s lists no tests", dir)
	}
	cases := RunRowsWith(context.Background(), dir, rows, 0, verify, nil)
	if len(cases) != len(rows) {
		t.Fatalf("%d cases for %d manifest rows", len(cases), len(rows))
	}
	for i, c := range cases {
		if c.Name != rows[i].Test {
			t.Fatalf("case %d is %s, manifest row %s: cases must come back in manifest order", i, c.Name, rows[i].Test)
		}
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
