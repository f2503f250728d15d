package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/tests/execute"
)

// The in-process commands install nr's precompiles into go-ethereum's global maps,
// which the EEST-through-EXECUTE test in this package must not see, so they run in
// a child process of the test binary.
const childEnv = "NR_TEST_CHILD"

func TestExecuteAndVectorsInChild(t *testing.T) {
	if os.Getenv(childEnv) != "" {
		t.Skip("only in the parent")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestChildExecuteAndVectors$", "-test.v")
	cmd.Env = append(os.Environ(), childEnv+"=1")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	require.Contains(t, string(out), "--- PASS: TestChildExecuteAndVectors")
}

func TestChildExecuteAndVectors(t *testing.T) {
	if os.Getenv(childEnv) == "" {
		t.Skip("runs as a child of TestExecuteAndVectorsInChild")
	}
	input, err := readExampleInput()
	require.NoError(t, err)
	var out bytes.Buffer
	example := executeSource{name: "example", input: input}
	require.NoError(t, runExecute(context.Background(), &out, example, 0, false))
	require.Contains(t, out.String(), "verdict   VALID")

	// A --l2.chainid mismatch is a refusal of the filter, not a revert.
	out.Reset()
	err = runExecute(context.Background(), &out, example, 7, false)
	require.ErrorContains(t, err, "not run: the input is for L2 chain 901 and --l2.chainid is 7")
	require.ErrorContains(t, err, "not an EXECUTE failure")
	require.NotContains(t, out.String(), "reverts")

	// --json: one object.
	out.Reset()
	require.NoError(t, runExecute(context.Background(), &out, example, 901, true))
	var rep executeJSON
	require.NoError(t, json.Unmarshal(out.Bytes(), &rep), out.String())
	require.Equal(t, "valid", rep.Verdict)
	require.Equal(t, uint64(901), rep.ChainID)
	require.Len(t, rep.Output, 2+128)

	// A vector file's expected outcome and gas are checked (they used to be ignored).
	dir := t.TempDir()
	writeVector := func(name string, edit func(v *execute.Vector)) string {
		v, err := execute.LoadFile(filepath.Join("..", "..", "tests", "vectors", "execute", "valid-empty.json"))
		require.NoError(t, err)
		v.Name = name
		edit(v)
		_, b, err := execute.EncodeFile(v)
		require.NoError(t, err)
		p := filepath.Join(dir, name+".json")
		require.NoError(t, os.WriteFile(p, b, 0o644))
		return p
	}
	run := func(arg string, stdin string) (string, error) {
		src, err := readExecuteSource(arg, strings.NewReader(stdin))
		if err != nil {
			return "", err
		}
		var out bytes.Buffer
		err = runExecute(context.Background(), &out, src, 0, false)
		return out.String(), err
	}
	text, err := run(writeVector("same", func(*execute.Vector) {}), "")
	require.NoError(t, err)
	require.Contains(t, text, "vector    matches same (success, output and gas)")
	_, err = run(writeVector("other-hash", func(v *execute.Vector) { v.Output[63] ^= 1 }), "")
	require.ErrorContains(t, err, "the outcome differs from vector other-hash: output valid=true blockHash=")
	_, err = run(writeVector("other-gas", func(v *execute.Vector) { v.Gas++ }), "")
	require.Regexp(t, `gas \d+, the vector expects \d+`, err)
	_, err = run(writeVector("expects-failure", func(v *execute.Vector) { v.Kind, v.Success, v.Output = "failure", false, nil }), "")
	require.ErrorContains(t, err, "the call succeeded with valid=true")

	// Standard input: a vector, hex with or without 0x; a hex file without 0x is hex.
	vec, err := os.ReadFile(writeVector("stdin", func(*execute.Vector) {}))
	require.NoError(t, err)
	text, err = run("-", string(vec))
	require.NoError(t, err)
	require.Contains(t, text, "vector    matches stdin")
	require.Contains(t, text, "input     standard input")
	for _, h := range []string{hex.EncodeToString(input), "0x" + hex.EncodeToString(input) + "\n"} {
		text, err = run("-", h)
		require.NoError(t, err)
		require.Contains(t, text, "verdict   VALID")
		p := filepath.Join(dir, "input.hex")
		require.NoError(t, os.WriteFile(p, []byte(h), 0o644))
		text, err = run(p, "")
		require.NoError(t, err, "a hex file without 0x is hex, not raw bytes")
		require.Contains(t, text, fmt.Sprintf("(%d bytes)", len(input)))
	}
	raw := filepath.Join(dir, "input.bin")
	require.NoError(t, os.WriteFile(raw, input, 0o644))
	text, err = run(raw, "")
	require.NoError(t, err)
	require.Contains(t, text, "verdict   VALID")

	out.Reset()
	counts, err := runVectors(context.Background(), &out, &bytes.Buffer{}, vectorOptions{})
	require.NoError(t, err)
	require.Zero(t, counts.Failed)
	require.Positive(t, counts.Passed)
	require.Regexp(t, `\n\d+ passed, 0 failed\n$`, out.String())
	require.True(t, strings.HasPrefix(out.String(), "target: in-process reference\n"), out.String())
}

func TestExecuteInputErrors(t *testing.T) {
	_, err := readExecuteSource("0xzz", strings.NewReader(""))
	require.ErrorContains(t, err, "starts with 0x but is not hex")
	_, err = readExecuteSource("/nonexistent/input", strings.NewReader(""))
	require.ErrorContains(t, err, "pass a vector .json, an input file, 0x-hex or - for stdin")

	// A huge file is refused before it is read whole (sparse: no disk, no memory).
	huge := filepath.Join(t.TempDir(), "huge.bin")
	f, err := os.Create(huge)
	require.NoError(t, err)
	require.NoError(t, f.Truncate(1<<30))
	require.NoError(t, f.Close())
	_, err = readExecuteSource(huge, strings.NewReader(""))
	require.ErrorContains(t, err, "is 1073741824 bytes, over the")
	_, err = readExecuteSource("-", strings.NewReader(strings.Repeat("0", execute.MaxFileSize+1)))
	require.ErrorContains(t, err, "standard input is over the")
	_, err = readExecuteSource("-", strings.NewReader("{}"))
	require.ErrorContains(t, err, "standard input is not an EXECUTE vector: it lacks the field(s) name")
}

func TestVectorsUnreachableNode(t *testing.T) {
	_, _, _, err := vectorTarget(context.Background(), "http://127.0.0.1:1", time.Second)
	require.ErrorContains(t, err, "does not answer eth_chainId")
	require.ErrorContains(t, err, "--http")
}
