package validator

import (
	"os"
	"path/filepath"
	"testing"
)

// fixturesDir is the shared fixtures root (ssz/, groth16/): NR_FIXTURES, or
// ../../shared/fixtures from this package. Missing fixtures skip the test with
// a hint, except under CI=true, where they fail it.
func fixturesDir(t testing.TB, sub string) string {
	t.Helper()
	root := os.Getenv("NR_FIXTURES")
	if root == "" {
		root = filepath.Join("..", "..", "shared", "fixtures")
	}
	dir := filepath.Join(root, sub)
	if _, err := os.Stat(dir); err != nil {
		msg := "fixtures not found at " + dir + ": set NR_FIXTURES to the directory holding ssz/ and groth16/ (see /work/shared/fixtures/*/README.md)"
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return dir
}
