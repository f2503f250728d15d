package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/tests/eest"
)

// readmeSteps returns the commands of README.md's "For client teams" section,
// one per fenced block, in order.
func readmeSteps(t *testing.T) []string {
	b, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	text := string(b)
	start := strings.Index(text, "## For client teams")
	require.GreaterOrEqual(t, start, 0, "README.md has no \"For client teams\" section")
	section := text[start:]
	if end := strings.Index(section[3:], "\n## "); end >= 0 {
		section = section[:end+3]
	}
	var cmds []string
	for _, m := range regexp.MustCompile("(?s)```\\n(.*?)```").FindAllStringSubmatch(section, -1) {
		cmds = append(cmds, strings.TrimSpace(m[1]))
	}
	return cmds
}

// TestClientTeamSteps runs README's "For client teams" steps, exactly as
// written, against `nr geth --dev`: the vectors over JSON-RPC (all pass, the
// target named first) and the EEST corpus through EXECUTE on the node (all pass).
func TestClientTeamSteps(t *testing.T) {
	steps := readmeSteps(t)
	require.Equal(t, []string{
		"nr conformance run --rpc $RPC --junit vectors.xml",
		"nr conformance eest --via precompile --rpc $RPC --corpus $CORPUS --junit eest.xml",
	}, steps, "README's client-team steps changed: update this test with them")
	corpus := eest.CorpusForTest(t)
	p := startGeth(t, "--dev", "--http.port", "0", "--ws.port", "0", "--verbosity", "1")
	dir := t.TempDir()
	for _, step := range steps {
		args := strings.Fields(strings.NewReplacer("$RPC", p.http, "$CORPUS", corpus).Replace(step))
		require.Equal(t, "nr", args[0])
		cmd := exec.Command(buildNR(t), args[1:]...)
		cmd.Dir = dir
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		require.NoError(t, cmd.Run(), "%s\n%s\n%s", step, stdout.String(), stderr.String())
		lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
		require.Regexp(t, `^target: `+regexp.QuoteMeta(p.http)+` \(Geth/nr/v1\.17\.10`, lines[0], step)
		require.Regexp(t, `^[1-9]\d* passed, 0 failed$`, lines[len(lines)-1], "%s\n%s", step, stdout.String())
		require.Empty(t, stderr.String(), "no progress frames when stderr is not a terminal")
	}
	require.FileExists(t, filepath.Join(dir, "vectors.xml"))
	require.FileExists(t, filepath.Join(dir, "eest.xml"))
}

// TestSpecGenesis: the genesis JSON in spec/conformance.md, "Node
// configuration", is what `nr geth dumpgenesis --dev.accounts 0` prints.
func TestSpecGenesis(t *testing.T) {
	spec, err := os.ReadFile("../../spec/conformance.md")
	require.NoError(t, err)
	section := string(spec)[strings.Index(string(spec), "## Node configuration"):]
	m := regexp.MustCompile("(?s)```json\\n(.*?)```").FindStringSubmatch(section)
	require.NotNil(t, m, "spec/conformance.md's Node configuration has no ```json block")
	out, code := runNR(t, "", "geth", "dumpgenesis", "--dev.accounts", "0")
	require.Zero(t, code, out)
	var inSpec, printed any
	require.NoError(t, json.Unmarshal([]byte(m[1]), &inSpec))
	require.NoError(t, json.Unmarshal([]byte(out), &printed))
	require.Equal(t, printed, inSpec, "spec/conformance.md's genesis is stale: paste `nr geth dumpgenesis --dev.accounts 0`")
}
