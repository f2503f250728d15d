// Command abigen writes the Go bindings of every artifact in a directory into one
// file, with go-ethereum's abigen v2 generator (accounts/abi/abigen.BindV2) used as
// a library. build.sh runs it after compiling; it is not meant to be run by hand.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
)

// artifact is the subset of artifacts/<Name>.json that the bindings need.
type artifact struct {
	ContractName string          `json:"contractName"`
	ABI          json.RawMessage `json:"abi"`
	Bytecode     string          `json:"bytecode"`
}

func main() {
	dir := flag.String("artifacts", "artifacts", "directory of <Name>.json artifacts written by compile.js")
	out := flag.String("out", "bindings/bindings.go", "Go file to write")
	pkg := flag.String("pkg", "bindings", "Go package name of the generated file")
	flag.Parse()
	if err := run(*dir, *out, *pkg); err != nil {
		fmt.Fprintln(os.Stderr, "abigen:", err)
		os.Exit(1)
	}
}

func run(dir, out, pkg string) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no artifacts in %s; run build.sh, which compiles them first", dir)
	}
	sort.Strings(files)
	var types, abis, bytecodes []string
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		var a artifact
		if err := json.Unmarshal(raw, &a); err != nil {
			return fmt.Errorf("%s: %w", file, err)
		}
		types = append(types, a.ContractName)
		abis = append(abis, string(a.ABI))
		bytecodes = append(bytecodes, a.Bytecode)
	}
	code, err := abigen.BindV2(types, abis, bytecodes, pkg, map[string]string{}, map[string]string{})
	if err != nil {
		return err
	}
	return os.WriteFile(out, []byte(code), 0o644)
}
