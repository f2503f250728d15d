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
	"strings"

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
	same := flag.String("same-abi", "", "comma-separated Contract=Base pairs: Contract's ABI must equal Base's and it gets no binding of its own (abigen would declare Base's output types twice); Go code uses Base's")
	flag.Parse()
	if err := run(*dir, *out, *pkg, *same); err != nil {
		fmt.Fprintln(os.Stderr, "abigen:", err)
		os.Exit(1)
	}
}

func run(dir, out, pkg, same string) error {
	sameAs := map[string]string{}
	for _, pair := range strings.Split(same, ",") {
		if pair == "" {
			continue
		}
		name, base, ok := strings.Cut(pair, "=")
		if !ok {
			return fmt.Errorf("-same-abi %q: want Contract=Base", pair)
		}
		sameAs[name] = base
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no artifacts in %s; run build.sh, which compiles them first", dir)
	}
	sort.Strings(files)
	var types, abis, bytecodes []string
	abiOf := map[string]string{}
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		var a artifact
		if err := json.Unmarshal(raw, &a); err != nil {
			return fmt.Errorf("%s: %w", file, err)
		}
		abiOf[a.ContractName] = string(a.ABI)
		if _, ok := sameAs[a.ContractName]; ok {
			continue
		}
		types = append(types, a.ContractName)
		abis = append(abis, string(a.ABI))
		bytecodes = append(bytecodes, a.Bytecode)
	}
	for name, base := range sameAs {
		if abiOf[name] == "" || abiOf[name] != abiOf[base] {
			return fmt.Errorf("-same-abi %s=%s: the two artifacts' ABIs differ (or one is missing): give %s a binding of its own", name, base, name)
		}
	}
	code, err := abigen.BindV2(types, abis, bytecodes, pkg, map[string]string{}, map[string]string{})
	if err != nil {
		return err
	}
	return os.WriteFile(out, []byte(code), 0o644)
}
