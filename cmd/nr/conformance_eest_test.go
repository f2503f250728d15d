package main

import (
	"bytes"
	"context"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/tests/eest"
	"github.com/nativerollup/nr/tests/eestexecute"
	"github.com/nativerollup/nr/tests/execute"
	"github.com/nativerollup/nr/tests/vectors"
)

func TestConformanceEESTSelection(t *testing.T) {
	corpus := eest.CorpusForTest(t)
	junit := filepath.Join(t.TempDir(), "eest.xml")
	var out, errOut bytes.Buffer
	counts, err := runConformanceEEST(context.Background(), &out, &errOut, eestOptions{
		corpus: corpus, junit: junit, run: `eip4788_beacon_root/.*fork_Prague`,
	})
	require.NoError(t, err)
	require.Positive(t, counts.Passed)
	require.Zero(t, counts.Failed)

	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	require.Regexp(t, `^\d+ passed, 0 failed$`, lines[len(lines)-1])
	require.Contains(t, out.String(), "cancun/eip4788_beacon_root")
	require.Empty(t, errOut.String(), "no progress bar when stderr is not a terminal")
	require.True(t, strings.HasPrefix(out.String(), "target: in-process reference\n"), out.String())

	data, err := os.ReadFile(junit)
	require.NoError(t, err)
	var doc struct {
		Tests    int `xml:"tests,attr"`
		Failures int `xml:"failures,attr"`
	}
	require.NoError(t, xml.Unmarshal(data, &doc))
	require.Equal(t, counts.Passed, doc.Tests)
	require.Zero(t, doc.Failures)
}

func TestConformanceEESTBadOptions(t *testing.T) {
	var out, errOut bytes.Buffer
	_, err := runConformanceEEST(context.Background(), &out, &errOut, eestOptions{corpus: t.TempDir()})
	require.ErrorIs(t, err, eest.ErrCorpusMissing)
	require.ErrorContains(t, err, "point --corpus (or NR_CORPUS)")

	_, err = runConformanceEEST(context.Background(), &out, &errOut, eestOptions{corpus: t.TempDir(), run: "("})
	require.ErrorContains(t, err, `--run "(" is not a valid regular expression`)

	corpus := eest.CorpusForTest(t)
	_, err = runConformanceEEST(context.Background(), &out, &errOut, eestOptions{corpus: corpus, run: "no-such-test"})
	require.ErrorContains(t, err, `--run "no-such-test" matches none of the corpus's test ids`)

	_, err = runConformanceEEST(context.Background(), &out, &errOut, eestOptions{
		corpus: corpus, run: "eip4788_beacon_root/.*fork_Prague", junit: filepath.Join(t.TempDir(), "missing", "x.xml"),
	})
	require.ErrorContains(t, err, "creating the JUnit file")
	require.NotContains(t, out.String(), "passed", "nothing is reported as complete when the JUnit file cannot be written")
}

func TestConformanceEESTViaPrecompile(t *testing.T) {
	corpus := eest.CorpusForTest(t)
	junit := filepath.Join(t.TempDir(), "eest-execute.xml")
	var out, errOut bytes.Buffer
	counts, err := runConformanceEEST(context.Background(), &out, &errOut, eestOptions{
		corpus: corpus, junit: junit, run: `eip4895_withdrawals/.*fork_Osaka`, via: viaPrecompile,
	})
	require.NoError(t, err)
	require.Positive(t, counts.Passed)
	require.Zero(t, counts.Failed, out.String())

	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	require.Regexp(t, `^\d+ passed, 0 failed$`, lines[len(lines)-1])
	require.Regexp(t, `valid: EXECUTE fails by ErrWithdrawalsNotAllowed \(L2 policy\)\s+\d+`, out.String())
	require.Regexp(t, `valid: EXECUTE \(true, block hash\)\s+\d+`, out.String())
	require.Empty(t, errOut.String(), "no progress bar when stderr is not a terminal")
	require.True(t, strings.HasPrefix(out.String(), "target: in-process reference\n"), out.String())

	data, err := os.ReadFile(junit)
	require.NoError(t, err)
	var doc struct {
		Name  string `xml:"name,attr"`
		Tests int    `xml:"tests,attr"`
	}
	require.NoError(t, xml.Unmarshal(data, &doc))
	require.Equal(t, "eest-execute", doc.Name)
	require.Equal(t, counts.Passed, doc.Tests)

	_, err = runConformanceEEST(context.Background(), &out, &errOut, eestOptions{corpus: corpus, via: "execute"})
	require.ErrorContains(t, err, `--via "execute": want stateless or precompile`)
}

// TestConformanceEESTViaRPC: `conformance eest --via precompile --rpc` sends
// each block's EXECUTE input to the node and compares with the in-process
// reference; a node that computes the reference's answers passes, one that
// answers valid=false everywhere fails with the decoded difference, and the
// target is named first and in the JUnit report.
func TestConformanceEESTViaRPC(t *testing.T) {
	corpus := eest.CorpusForTest(t)
	ref := precompile.NewExecute(l2.L1Config())
	honest := honestFake(t)
	honest.call = func(input []byte) (hexutil.Bytes, error) {
		out, err := ref.Run(input)
		if err != nil {
			return nil, callError{err.Error()}
		}
		return out, nil
	}
	url := startFake(t, honest)
	junit := filepath.Join(t.TempDir(), "eest.xml")
	var out, errOut bytes.Buffer
	opts := eestOptions{corpus: corpus, junit: junit, run: `eip4895_withdrawals/.*fork_Osaka`, via: viaPrecompile, rpc: url}
	counts, err := runConformanceEEST(context.Background(), &out, &errOut, opts)
	require.NoError(t, err)
	require.Zero(t, counts.Failed, out.String())
	require.Positive(t, counts.Passed)
	require.True(t, strings.HasPrefix(out.String(), "target: "+url+" (FakeClient/v0.1)\n"), out.String())
	data, err := os.ReadFile(junit)
	require.NoError(t, err)
	require.Contains(t, string(data), `<property name="target" value="`+url+` (FakeClient/v0.1)">`)

	// --rpc.gascap: an input whose call needs more is noted and not sent.
	out.Reset()
	sent := 0
	counted := honestFake(t)
	counted.call = func(input []byte) (hexutil.Bytes, error) { sent++; return honest.call(input) }
	capped := opts
	capped.rpc, capped.junit, capped.gasCap = startFake(t, counted), "", 100_000
	counts, err = runConformanceEEST(context.Background(), &out, &errOut, capped)
	require.NoError(t, err)
	require.Zero(t, counts.Failed, out.String())
	require.Zero(t, sent, "every block of the selection needs more than 100,000 gas")
	require.Contains(t, out.String(), "(not sent to the node: the call needs over 100000 gas, its eth_call gas cap)")

	liar := honestFake(t)
	liar.call = func([]byte) (hexutil.Bytes, error) { return hexutil.Bytes(make([]byte, 64)), nil }
	out.Reset()
	opts.rpc, opts.junit = startFake(t, liar), ""
	counts, err = runConformanceEEST(context.Background(), &out, &errOut, opts)
	require.NoError(t, err)
	require.Positive(t, counts.Failed)
	require.Contains(t, out.String(), "got: success, valid=false blockHash=0x0000000000000000000000000000000000000000000000000000000000000000; want: ")

	// The node is diagnosed first: without EXECUTE nothing runs.
	missing := honestFake(t)
	missing.emptyRun = func() (hexutil.Bytes, error) { return hexutil.Bytes{}, nil }
	opts.rpc = startFake(t, missing)
	_, err = runConformanceEEST(context.Background(), &out, &errOut, opts)
	require.ErrorContains(t, err, "EXECUTE is not installed at 0x0000000000000000000000000000000000000101")

	opts.via = viaStateless
	_, err = runConformanceEEST(context.Background(), &out, &errOut, opts)
	require.ErrorContains(t, err, "--rpc sends EXECUTE inputs to a node: it needs --via precompile")
}

// TestConformanceManifestCommand: `nr conformance manifest DIR` writes a
// manifest the eest runner loads, refuses to replace one without --force and
// says so when the folder holds no blockchain test.
func TestConformanceManifestCommand(t *testing.T) {
	dir := t.TempDir()
	legacy := `{"t_Cancun": {"network": "Cancun", "genesisRLP": "0xc0", "blocks": [{"rlp": "0x00", "expectException": "TR_NoFunds"}]}}`
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "ValidBlocks"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "ValidBlocks", "a.json"), []byte(legacy), 0o644))
	var out bytes.Buffer
	require.NoError(t, writeManifest(&out, dir, "", "ethereum/tests", "v17", false))
	require.Contains(t, out.String(), "1 tests from 1 files")
	rows, err := eest.LoadManifest(dir)
	require.NoError(t, err)
	require.Equal(t, []eest.Expectation{eest.ExpectRejectTx}, rows[0].Expected)
	err = writeManifest(&out, dir, "", "", "", false)
	require.ErrorContains(t, err, "exists: pass --force")
	require.NoError(t, writeManifest(&out, dir, "", "", "", true))
	err = writeManifest(&out, t.TempDir(), "", "", "", false)
	require.ErrorContains(t, err, "no blockchain test in")
}

// TestReferenceChild: the hidden `nr conformance reference` that eest --rpc runs
// answers like the reference, with nr's precompiles installed.
func TestReferenceChild(t *testing.T) {
	child, err := startReference(buildNR(t))
	require.NoError(t, err)
	defer child.close()
	set, err := execute.LoadFS(vectors.Execute())
	require.NoError(t, err)
	for _, name := range []string{"valid-empty", "false-receipts-root", "fail-trailing-byte"} {
		var v *execute.Vector
		for i := range set {
			if set[i].Name == name {
				v = &set[i]
			}
		}
		out, err := child.run(context.Background(), v.Input)
		if v.Success {
			require.NoError(t, err, name)
			require.Equal(t, []byte(v.Output), out, name)
		} else {
			require.ErrorIs(t, err, eestexecute.ErrReferenceFailed, name)
		}
	}
}
