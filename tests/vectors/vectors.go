// Package vectors embeds the committed conformance vectors, so the nr binary
// carries them wherever it runs: `nr execute` with no argument and
// `nr conformance run` without --vectors use these copies.
package vectors

import (
	"embed"
	"io/fs"
)

// The whole directory: vectors are <name>.json, large ones <name>.json.gz.
//
//go:embed execute
var embedded embed.FS

// ExampleExecute is the vector `nr execute` runs when given no input.
const ExampleExecute = "valid-calls-storage-logs.json"

// Execute returns the EXECUTE vectors (spec/conformance.md), one file per
// vector; read them with execute.LoadFS.
func Execute() fs.FS {
	sub, err := fs.Sub(embedded, "execute")
	if err != nil {
		panic(err) // "execute" is a valid path; fs.Sub fails only on invalid ones
	}
	return sub
}
