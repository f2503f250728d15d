package main

import (
	"context"
	"math/big"
	"os/exec"
	"regexp"
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
