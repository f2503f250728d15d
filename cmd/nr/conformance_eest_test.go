package main

import (
	"bytes"
	"context"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/tests/eest"
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
	require.Contains(t, errOut.String(), "100%  0 failed\n")

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
	require.Empty(t, out.String(), "nothing is reported as complete when the JUnit file cannot be written")
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
	require.Contains(t, errOut.String(), "100%  0 failed\n")

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
