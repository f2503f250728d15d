package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/stretchr/testify/require"
)

// runNR runs the built binary and returns its combined output and exit code.
func runNR(t *testing.T, stdin string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(buildNR(t), args...)
	cmd.Env = os.Environ()
	if stdin != "" {
		cmd.Stdin = strings.NewReader(stdin)
	}
	out, err := cmd.CombinedOutput()
	if exitErr, ok := err.(*exec.ExitError); ok {
		return string(out), exitErr.ExitCode()
	}
	require.NoError(t, err, "%s", out)
	return string(out), 0
}

// TestUnknownSubcommandFails: a typo in a subcommand (`nr conformance runn`)
// exits non-zero naming the nearest subcommand, for every command of the tree
// that only groups subcommands, where cobra's default printed the help and exited 0.
func TestUnknownSubcommandFails(t *testing.T) {
	out, code := runNR(t, "", "conformance", "runn")
	require.Equal(t, 1, code, out)
	require.Contains(t, out, `unknown subcommand "runn" for `+"`nr conformance`"+`; did you mean "run"?`)

	out, code = runNR(t, "", "conformance")
	require.Equal(t, 1, code, out)
	require.Contains(t, out, "`nr conformance` needs a subcommand")

	var groups [][]string
	var walk func(c *cobra.Command, path []string)
	walk = func(c *cobra.Command, path []string) {
		if c.HasSubCommands() {
			groups = append(groups, path)
		}
		for _, sub := range c.Commands() {
			walk(sub, append(append([]string{}, path...), sub.Name()))
		}
	}
	walk(rootCmd, nil)
	require.GreaterOrEqual(t, len(groups), 3, "nr, nr conformance, nr derive, nr geth")
	for _, path := range groups {
		args := append(append([]string{}, path...), "nosuchsubcommand")
		out, code := runNR(t, "", args...)
		require.NotZero(t, code, "nr %s exited 0:\n%s", strings.Join(args, " "), out)
		require.Contains(t, out, `"nosuchsubcommand"`, "nr %s", strings.Join(args, " "))
	}
}

// TestConfigUnknownKey: a misspelt config key (rcp for rpc) is an error naming
// the key and the nearest flag for every command, not a run with the default
// (the in-process reference instead of the node).
func TestConfigUnknownKey(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
		return p
	}
	cases := []struct {
		args    []string
		file    string
		key     string
		nearest string
	}{
		{[]string{"conformance", "run"}, write("run.toml", "rcp = \"http://127.0.0.1:1\"\n"), "rcp", "rpc"},
		{[]string{"conformance", "eest"}, write("eest.yaml", "corpsu: /tmp\n"), "corpsu", "corpus"},
		{[]string{"conformance", "gen"}, write("gen.json", `{"outt": "x"}`), "outt", "out"},
		{[]string{"execute"}, write("exec.toml", "[l2]\nchainidd = 5\n"), "l2.chainidd", "l2.chainid"},
		{[]string{"geth", "dumpgenesis"}, write("dump.toml", "[dev]\naccount = 2\n"), "dev.account", "dev.accounts"},
	}
	for _, c := range cases {
		out, code := runNR(t, "", append(c.args, "--config", c.file)...)
		require.Equal(t, 1, code, "nr %v: %s", c.args, out)
		require.Contains(t, out, `unknown key "`+c.key+`"`, "nr %v", c.args)
		require.Contains(t, out, `did you mean "`+c.nearest+`"`, "nr %v", c.args)
	}
	// Known keys still work, for a command with the shared loader and for nr geth's own.
	out, code := runNR(t, "", "geth", "dumpgenesis", "--config", write("ok.toml", "[dev]\naccounts = 1\n"))
	require.Equal(t, 0, code, out)
	require.Contains(t, out, `"config"`)
}
