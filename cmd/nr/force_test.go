package main

import (
	"context"
	"math/big"
	"os/exec"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"
)

// TestForceCommand: `nr force` queues an L2 transfer on the devnet's L1
// instead of the L2 JSON-RPC; the devnet's sequencer puts it first in an L2
// block, and the command prints that block. A malformed --data is refused.
func TestForceCommand(t *testing.T) {
	dev := startDevnetProc(t, "--http.port", "0", "--ws.port", "0", "--l2.http.port", "0", "--l2.authrpc.port", "0")
	to := "0x00000000000000000000000000000000000f0ace"
	base := []string{"force", "--host", dev.host, "--l1.rpc", dev.l1, "--l2.rpc", dev.l2, "--to", to}

	out, err := exec.Command(buildNR(t), append(base, "--data", "0xzz")...).CombinedOutput()
	require.Error(t, err)
	require.Contains(t, string(out), "hex call data")

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	out, err = exec.CommandContext(ctx, buildNR(t), append(base, "--value", "0.5", "--dev.key", "6")...).CombinedOutput()
	require.NoError(t, err, "%s", out)
	require.Regexp(t, `forced transaction \d+: L2 tx 0x[0-9a-f]{64} \(nonce \d+\) queued in L1 block \d+, due at L1 time \d+ \(\d{4}-\d\d-\d\dT[0-9:]+Z\); waiting for it on L2`, string(out))
	m := regexp.MustCompile(`succeeded in L2 block (\d+) \(position 0\)`).FindStringSubmatch(string(out))
	require.NotNil(t, m, "the forced transaction goes first in its L2 block:\n%s", out)
	bal, err := dialGeth(t, dev.l2).BalanceAt(ctx, common.HexToAddress(to), nil)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Div(big.NewInt(params.Ether), big.NewInt(2)), bal)

	require.NoError(t, dev.cmd.Process.Signal(syscall.SIGINT))
	<-dev.done
}

// TestForceCommandOptimistic: `nr force` against `nr devnet --host optimistic`
// queues on the host's forcedQueue() (the banner names it and --forced.delay);
// the sequencer puts the transaction first in an L2 block, and a proposal's
// outputs then take the queue past it.
func TestForceCommandOptimistic(t *testing.T) {
	hostRe := regexp.MustCompile(`host\s+OptimisticNativeRollup at (0x[0-9a-fA-F]{40})`)
	queueRe := regexp.MustCompile(`forced queue\s+OptimisticForcedQueue at (0x[0-9a-fA-F]{40}) on L1 .* due 1m30s after queueing`)
	var host, queue string
	dev := spawnNR(t, "devnet", "--host", "optimistic", "--forced.delay", "90s", "--challenge.window", "4s",
		"--http.port", "0", "--ws.port", "0", "--l2.http.port", "0", "--l2.authrpc.port", "0", "--blobs.port", "0")
	dev.waitLine(t, 60*time.Second, func(l string) bool {
		if m := l1HTTPLine.FindStringSubmatch(l); m != nil {
			dev.l1 = m[1]
		}
		if m := l2HTTPLine.FindStringSubmatch(l); m != nil {
			dev.l2 = m[1]
		}
		if m := hostRe.FindStringSubmatch(l); m != nil {
			host = m[1]
		}
		if m := queueRe.FindStringSubmatch(l); m != nil {
			queue = m[1]
		}
		return strings.HasPrefix(l, "Sequencing:")
	})
	require.NotEmpty(t, host)
	require.NotEmpty(t, queue, "the banner says where to queue:\n%s", dev.logs)

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	to := "0x00000000000000000000000000000000000f0ace"
	out, err := exec.CommandContext(ctx, buildNR(t), "force", "--host", host, "--l1.rpc", dev.l1, "--l2.rpc", dev.l2, "--to", to, "--value", "0.5", "--dev.key", "6").CombinedOutput()
	require.NoError(t, err, "%s", out)
	require.Regexp(t, `forced transaction 0: L2 tx 0x[0-9a-f]{64} \(nonce \d+\) queued in L1 block \d+`, string(out))
	require.Regexp(t, `succeeded in L2 block \d+ \(position 0\)`, string(out), "the forced transaction goes first in its L2 block")
	dev.waitLine(t, 60*time.Second, func(l string) bool {
		return strings.Contains(l, "forced queue 0..1") && strings.HasSuffix(l, "proposed")
	})
	bal, err := dialGeth(t, dev.l2).BalanceAt(ctx, common.HexToAddress(to), nil)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Div(big.NewInt(params.Ether), big.NewInt(2)), bal)

	require.NoError(t, dev.cmd.Process.Signal(syscall.SIGINT))
	<-dev.done
	require.True(t, dev.cmd.ProcessState.Success(), "nr devnet exit: %v\n%s", dev.cmd.ProcessState, dev.logs)
}
