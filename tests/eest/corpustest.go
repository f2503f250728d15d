package eest

import (
	"os"
	"testing"
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
