package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"testing"

	"github.com/stretchr/testify/require"
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
	require.NoError(t, runExecute(context.Background(), &out, "example", input, 0))
	require.Contains(t, out.String(), "verdict   VALID")

	out.Reset()
	err = runExecute(context.Background(), &out, "example", input, 7)
	require.ErrorContains(t, err, "--l2.chainid is 7")

	out.Reset()
	counts, err := runVectors(context.Background(), &out, &bytes.Buffer{}, "", "", "")
	require.NoError(t, err)
	require.Zero(t, counts.Failed)
	require.Positive(t, counts.Passed)
	require.Regexp(t, `\n\d+ passed, 0 failed\n$`, out.String())
}

func TestExecuteInputErrors(t *testing.T) {
	_, err := readExecuteInput("0xzz")
	require.ErrorContains(t, err, "starts with 0x but is not hex")
	_, err = readExecuteInput("/nonexistent/input")
	require.ErrorContains(t, err, "pass a vector .json, an input file or 0x-hex")
}

func TestVectorsUnreachableNode(t *testing.T) {
	_, _, err := vectorTarget(context.Background(), "http://127.0.0.1:1")
	require.ErrorContains(t, err, "does not answer eth_chainId")
	require.ErrorContains(t, err, "--http")
}
