package eest

import "testing"

// TestCorpus runs the whole public EEST corpus through the stateless executor, one
// subtest per test id. Every block's expectation must be met.
func TestCorpus(t *testing.T) { RunCorpusForTest(t, Stateless) }
