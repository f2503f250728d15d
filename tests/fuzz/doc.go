// Package fuzz runs every fuzz target of the module for a short time. `go test`
// runs a fuzz target's seed corpus only; this package's test starts
// `go test -fuzz` on each target in turn, so that CI (CI=true) mutates inputs for
// every parser and for the executor on every submission. It finds the targets by
// reading the module's test files, so a new fuzzer is fuzzed without being listed.
//
// Outside CI it skips unless NR_FUZZTIME is set (a Go duration per target, or a
// count such as 500x). A failing input is written by go test to the target's
// testdata/fuzz directory, where the package's own test run replays it.
//
// It also holds the byte edits (ApplyEdits) with which a fuzz target mutates a
// real input of several KB without making that input its fuzz value.
package fuzz
