package main

import (
	"os/exec"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestOptimisticDevnetCommand runs `nr devnet --host optimistic` with a faulty
// second proposal: it prints the optimistic host and the blob endpoint, the
// challenger defeats proposal 2, L2 blocks finalize with one line each, and
// `nr l2 --follow --l1.blobs` rebuilds them from the blobs, flagging proposal
// 2's output as wrong and the others as matching, and its own challenger
// (--challenge.key) agrees with proposal 3. Both stop cleanly on SIGINT.
func TestOptimisticDevnetCommand(t *testing.T) {
	var host, blobs string
	hostRe := regexp.MustCompile(`host\s+OptimisticNativeRollup at (0x[0-9a-fA-F]{40})`)
	blobsRe := regexp.MustCompile(`blobs\s+(http://\S+)/blobs/`)
	dev := spawnNR(t, "devnet", "--host", "optimistic", "--dev.faulty-proposal", "2", "--challenge.window", "4s",
		"--http.port", "0", "--ws.port", "0", "--l2.http.port", "0", "--l2.authrpc.port", "0", "--blobs.port", "0")
	dev.waitLine(t, 60*time.Second, func(l string) bool {
		if m := l1HTTPLine.FindStringSubmatch(l); m != nil {
			dev.l1 = m[1]
		}
		if m := hostRe.FindStringSubmatch(l); m != nil {
			host = m[1]
		}
		if m := blobsRe.FindStringSubmatch(l); m != nil {
			blobs = m[1]
		}
		return strings.HasPrefix(l, "Sequencing:")
	})
	require.NotEmpty(t, host)
	require.NotEmpty(t, blobs)
	dev.waitLine(t, 90*time.Second, func(l string) bool {
		return strings.HasPrefix(l, "challenger  proposal 2 ") && strings.Contains(l, "won: the proposal is defeated")
	})
	finalized := regexp.MustCompile(`^L2 block (\d+)\s+txs \d+ .* proposal (\d+) .* finalized$`)
	dev.waitLine(t, 60*time.Second, func(l string) bool {
		m := finalized.FindStringSubmatch(l)
		return m != nil && m[2] == "3"
	})

	out, err := exec.Command(buildNR(t), "l2", "--follow", "--l1.rpc", dev.l1, "--host", host, "--http.port", "0").CombinedOutput()
	require.Error(t, err)
	require.Contains(t, string(out), "pass --l1.blobs URL")
	// Following with a challenger of its own (dev key 3): it judges by the
	// derived chain, finds proposal 3 right and leaves it alone.
	f := spawnNR(t, "l2", "--follow", "--l1.rpc", dev.l1, "--host", host, "--l1.blobs", blobs, "--http.port", "0",
		"--challenge.key", "0x66d414e1cdbb9c834de6b7be2166328ffd53f157ebf12a311dfbcf187f9acb7d")
	var wrong, right, agreed bool
	f.waitLine(t, 60*time.Second, func(l string) bool {
		wrong = wrong || (strings.HasPrefix(l, "proposal 2 ") && strings.Contains(l, "WRONG OUTPUT"))
		right = right || (strings.HasPrefix(l, "proposal 3 ") && strings.Contains(l, "matches the blobs"))
		agreed = agreed || (strings.HasPrefix(l, "challenger  proposal 3 ") && strings.Contains(l, "agrees"))
		return wrong && right && agreed
	})

	require.NoError(t, f.cmd.Process.Signal(syscall.SIGINT))
	f.waitLine(t, 30*time.Second, func(l string) bool { return l == "follower stopped" })
	<-f.done
	require.True(t, f.cmd.ProcessState.Success(), "nr l2 exit: %v\n%s", f.cmd.ProcessState, f.logs)
	require.NoError(t, dev.cmd.Process.Signal(syscall.SIGINT))
	<-dev.done
	require.True(t, dev.cmd.ProcessState.Success(), "nr devnet exit: %v\n%s", dev.cmd.ProcessState, dev.logs)
}
