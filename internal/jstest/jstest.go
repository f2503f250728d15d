// Package jstest prepares the JavaScript clients (ethers from npm, pinned by a
// package-lock.json) that end-to-end tests run against nr's nodes.
package jstest

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Install runs `npm ci` in dir (relative to the test's package) and returns its
// absolute path. Without npm or node the test fails under CI=true (CI must run
// the JavaScript client) and skips otherwise, saying what to install; -short
// skips it. what names the check, e.g. "nr geth against ethers v6".
func Install(ctx context.Context, t testing.TB, dir, what string) string {
	t.Helper()
	for _, tool := range []string{"npm", "node"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatalf("%s not found: CI must check %s; install Node.js 20+", tool, what)
			}
			t.Skipf("%s not found: install Node.js 20+ to check %s", tool, what)
		}
	}
	if testing.Short() {
		t.Skip("npm ci and a Node.js client take a few seconds; run without -short")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	install := exec.CommandContext(ctx, "npm", "ci", "--no-audit", "--no-fund")
	install.Dir = abs
	if out, err := install.CombinedOutput(); err != nil {
		t.Fatalf("npm ci in %s (is the npm registry reachable?): %v\n%s", abs, err, out)
	}
	return abs
}
