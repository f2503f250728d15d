package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
)

var (
	followedLine      = regexp.MustCompile(`^L2 block (\d+)\s+txs \d+\s+hash (0x[0-9a-f]{64}) .* matches the host$`)
	l1HTTPLine        = regexp.MustCompile(`L1 HTTP RPC\s+(http://\S+)`)
	devnetMetricsLine = regexp.MustCompile(`metrics\s+(http://\S+)`)
	hostLine          = regexp.MustCompile(`host\s+MyRollup at (0x[0-9a-fA-F]{40})`)
	l2HTTPLine        = regexp.MustCompile(`L2 HTTP RPC\s+(http://\S+)`)
	settledLine       = regexp.MustCompile(`^L2 block (\d+)\s+txs (\d+) .* settled`)
)

// devnetProc is a running `nr devnet` whose stdout lines arrive on lines.
type devnetProc struct {
	cmd     *exec.Cmd
	l1      string
	host    string
	metrics string
	l2      string
	lines   chan string
	logs    *syncBuffer
	done    chan struct{}
}

// spawnNR starts `nr args...`; its stdout lines arrive on lines, its stderr in logs.
func spawnNR(t testing.TB, args ...string) *devnetProc {
	t.Helper()
	p := &devnetProc{cmd: exec.Command(buildNR(t), args...), lines: make(chan string, 4096), logs: new(syncBuffer), done: make(chan struct{})}
	p.cmd.Stderr = p.logs
	stdout, err := p.cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, p.cmd.Start())
	t.Cleanup(func() {
		if p.cmd.ProcessState == nil {
			p.cmd.Process.Kill()
			<-p.done
		}
	})
	go func() {
		defer close(p.done)
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			select {
			case p.lines <- sc.Text():
			default:
			}
		}
		close(p.lines)
		p.cmd.Wait()
	}()
	return p
}

func startDevnetProc(t testing.TB, args ...string) *devnetProc {
	t.Helper()
	p := spawnNR(t, append([]string{"devnet"}, args...)...)
	p.waitLine(t, 60*time.Second, func(line string) bool {
		if m := l2HTTPLine.FindStringSubmatch(line); m != nil {
			p.l2 = m[1]
		}
		if m := l1HTTPLine.FindStringSubmatch(line); m != nil {
			p.l1 = m[1]
		}
		if m := hostLine.FindStringSubmatch(line); m != nil {
			p.host = m[1]
		}
		if m := devnetMetricsLine.FindStringSubmatch(line); m != nil {
			p.metrics = m[1]
		}
		return strings.HasPrefix(line, "Sequencing:")
	})
	require.NotEmpty(t, p.l2, "no L2 HTTP RPC in the banner")
	return p
}

// waitLine reads stdout until match holds for a line.
func (p *devnetProc) waitLine(t testing.TB, timeout time.Duration, match func(string) bool) string {
	t.Helper()
	deadline := time.After(timeout)
	for {
		select {
		case line, ok := <-p.lines:
			require.True(t, ok, "nr devnet exited:\n%s", p.logs)
			if match(line) {
				return line
			}
		case <-deadline:
			t.Fatalf("nr devnet: no expected line in %s:\n%s", timeout, p.logs)
		}
	}
}

// TestDevnetCommand runs the real `nr devnet` binary on free ports: it prints
// its endpoints, settles L2 blocks on L1 (one status line each), includes an L2
// transfer sent to the L2 JSON-RPC it printed and settles that block, and stops
// cleanly on SIGINT.
func TestDevnetCommand(t *testing.T) {
	p := startDevnetProc(t, "--http.port", "0", "--ws.port", "0", "--l2.http.port", "0", "--l2.authrpc.port", "0", "--metrics", "--metrics.port", "0")
	require.NotEmpty(t, p.metrics, "no metrics URL in the banner")
	p.waitLine(t, 30*time.Second, func(l string) bool { return settledLine.MatchString(l) })

	ec := dialGeth(t, p.l2)
	ctx := context.Background()
	key := l2.DevKey(3)
	head, err := ec.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	to := common.Address{0xbe, 0xef}
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(big.NewInt(l2.DefaultChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(l2.DefaultChainID), Nonce: 0, GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(params.GWei)), Gas: params.TxGas, To: &to, Value: big.NewInt(params.Ether),
	})
	require.NoError(t, err)
	require.NoError(t, ec.SendTransaction(ctx, tx))
	var receipt *types.Receipt
	require.Eventually(t, func() bool {
		receipt, err = ec.TransactionReceipt(ctx, tx.Hash())
		return err == nil
	}, 20*time.Second, 50*time.Millisecond, "the L2 transfer was not included")
	require.Equal(t, types.ReceiptStatusSuccessful, receipt.Status)
	want := fmt.Sprint(receipt.BlockNumber)
	line := p.waitLine(t, 30*time.Second, func(l string) bool {
		m := settledLine.FindStringSubmatch(l)
		return m != nil && m[1] == want
	})
	require.Equal(t, "1", settledLine.FindStringSubmatch(line)[2], "the transfer's block settled with its one transaction: %s", line)
	bal, err := ec.BalanceAt(ctx, to, nil)
	require.NoError(t, err)
	require.Equal(t, big.NewInt(params.Ether), bal)

	res, err := http.Get(p.metrics)
	require.NoError(t, err)
	body, err := io.ReadAll(res.Body)
	res.Body.Close()
	require.NoError(t, err)
	require.Regexp(t, `(?m)^nr_rollup_settlement_blocks [1-9]`, string(body))
	require.Regexp(t, `(?m)^nr_rollup_settlement_txs [1-9]`, string(body), "the transfer is counted")

	require.NoError(t, p.cmd.Process.Signal(syscall.SIGINT))
	p.waitLine(t, 30*time.Second, func(l string) bool { return l == "devnet stopped" })
	<-p.done
	require.True(t, p.cmd.ProcessState.Success(), "nr devnet exit: %v\n%s", p.cmd.ProcessState, p.logs)
}

// TestL2FollowCommand runs `nr devnet` and `nr l2 --follow` against it, two
// processes: the follower, given only the devnet's L1 URL and host address,
// rebuilds the settled L2 blocks from L1 data and prints each as matching the
// host's hash; a wrong genesis setting is refused at start; both stop cleanly.
func TestL2FollowCommand(t *testing.T) {
	dev := startDevnetProc(t, "--http.port", "0", "--ws.port", "0", "--l2.http.port", "0", "--l2.authrpc.port", "0")
	require.NotEmpty(t, dev.host)
	require.NotEmpty(t, dev.l1)
	dev.waitLine(t, 30*time.Second, func(l string) bool {
		m := settledLine.FindStringSubmatch(l)
		return m != nil && m[1] == "3"
	})

	out, err := exec.Command(buildNR(t), "l2", "--follow", "--l1.rpc", dev.l1, "--host", dev.host, "--http.port", "0", "--dev.accounts", "3").CombinedOutput()
	require.Error(t, err)
	require.Contains(t, string(out), "pass the devnet's settings")
	out, err = exec.Command(buildNR(t), "l2", "--l1.rpc", dev.l1, "--host", dev.host).CombinedOutput()
	require.Error(t, err)
	require.Contains(t, string(out), "pass --follow")

	f := spawnNR(t, "l2", "--follow", "--l1.rpc", dev.l1, "--host", dev.host, "--http.port", "0")
	line := f.waitLine(t, 60*time.Second, func(l string) bool {
		m := followedLine.FindStringSubmatch(l)
		return m != nil && m[1] == "3"
	})
	ec := dialGeth(t, dev.l2)
	h, err := ec.HeaderByNumber(context.Background(), big.NewInt(3))
	require.NoError(t, err)
	require.Equal(t, h.Hash().Hex(), followedLine.FindStringSubmatch(line)[2], "the follower's block 3 is the sequencer's")

	require.NoError(t, f.cmd.Process.Signal(syscall.SIGINT))
	f.waitLine(t, 30*time.Second, func(l string) bool { return l == "follower stopped" })
	<-f.done
	require.True(t, f.cmd.ProcessState.Success(), "nr l2 exit: %v\n%s", f.cmd.ProcessState, f.logs)
	require.NoError(t, dev.cmd.Process.Signal(syscall.SIGINT))
	<-dev.done
	require.True(t, dev.cmd.ProcessState.Success(), "nr devnet exit: %v\n%s", dev.cmd.ProcessState, dev.logs)
}

// TestDepositWithdrawCommands: `nr deposit` on the devnet's L1 for an address
// with no L2 ETH is claimed by the devnet's relayer (its line names the
// deposit), the recipient holds the value less the fee on L2; `nr withdraw`
// sends 1 ETH from L2, waits for settlement and is paid on L1.
func TestDepositWithdrawCommands(t *testing.T) {
	dev := startDevnetProc(t, "--http.port", "0", "--ws.port", "0", "--l2.http.port", "0", "--l2.authrpc.port", "0")
	bin := buildNR(t)
	newcomer := "0x00000000000000000000000000000000000Ca11e"
	out, err := exec.Command(bin, "deposit", "--l1.rpc", dev.l1, "--host", dev.host, "--dev.key", "3", "--to", newcomer, "--value", "2", "--fee", "0.1").CombinedOutput()
	require.NoError(t, err, "%s", out)
	m := regexp.MustCompile(`^deposit (0x[0-9a-f]{64}): nonce 1, 2000000000000000000 wei`).FindSubmatch(out)
	require.NotNil(t, m, "%s", out)
	dev.waitLine(t, 60*time.Second, func(l string) bool {
		return strings.HasPrefix(l, "deposit "+string(m[1])+": ") && strings.Contains(l, "claimed on L2")
	})
	ec := dialGeth(t, dev.l2)
	bal, err := ec.BalanceAt(context.Background(), common.HexToAddress(newcomer), nil)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Mul(big.NewInt(19), big.NewInt(params.Ether/10)), bal, "2 ETH less the 0.1 ETH relayer fee")

	l1Recipient := "0x00000000000000000000000000000000c0ffee02"
	out, err = exec.Command(bin, "withdraw", "--l1.rpc", dev.l1, "--l2.rpc", dev.l2, "--host", dev.host, "--dev.key", "3", "--to", l1Recipient, "--value", "1").CombinedOutput()
	require.NoError(t, err, "%s", out)
	require.Contains(t, string(out), "paid on L1")
	l1 := dialGeth(t, dev.l1)
	bal, err = l1.BalanceAt(context.Background(), common.HexToAddress(l1Recipient), nil)
	require.NoError(t, err)
	require.Equal(t, big.NewInt(params.Ether), bal)

	out, err = exec.Command(bin, "deposit", "--l1.rpc", dev.l1, "--host", dev.host, "--to", newcomer, "--value", "1.0000000000000000001").CombinedOutput()
	require.Error(t, err)
	require.Contains(t, string(out), "at most 18 decimals")
}

// TestDevnetCommandRestart: `nr devnet --datadir DIR` stopped with SIGINT and
// started again on DIR uses the same host and settles the next L2 blocks.
func TestDevnetCommandRestart(t *testing.T) {
	dir := t.TempDir()
	args := []string{"--datadir", dir, "--http.port", "0", "--ws.port", "0", "--l2.http.port", "0", "--l2.authrpc.port", "0"}
	p := startDevnetProc(t, args...)
	last := 0
	p.waitLine(t, 30*time.Second, func(l string) bool {
		m := settledLine.FindStringSubmatch(l)
		if m != nil {
			last, _ = strconv.Atoi(m[1])
		}
		return last >= 2
	})
	require.NoError(t, p.cmd.Process.Signal(syscall.SIGINT))
	p.waitLine(t, 30*time.Second, func(l string) bool {
		if m := settledLine.FindStringSubmatch(l); m != nil {
			last, _ = strconv.Atoi(m[1])
		}
		return l == "devnet stopped"
	})
	<-p.done
	require.True(t, p.cmd.ProcessState.Success(), "%s", p.logs)

	again := startDevnetProc(t, args...)
	require.Equal(t, p.host, again.host, "the same host after the restart")
	line := again.waitLine(t, 30*time.Second, func(l string) bool { return settledLine.MatchString(l) })
	require.Equal(t, strconv.Itoa(last+1), settledLine.FindStringSubmatch(line)[1], "the first block settled after the restart follows the last one before it")
	require.NoError(t, again.cmd.Process.Signal(syscall.SIGINT))
	<-again.done
	require.True(t, again.cmd.ProcessState.Success(), "%s", again.logs)
}

// TestDevnetSettingErrors: bad settings fail before anything starts, naming the setting.
func TestDevnetSettingErrors(t *testing.T) {
	bin := buildNR(t)
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"--l2.blocktime", "500ms"}, "must be at least 1s"},
		{[]string{"--l2.blocktime", "fast"}, `--l2.blocktime="fast": want a duration`},
		{[]string{"--l2.gaslimit", "20000000"}, "MyRollup accepts L2 blocks of 1,000,000 to 12,000,000 gas"},
		{[]string{"--host", "zk"}, `--host "zk": want native (MyRollup), optimistic (OptimisticNativeRollup) or market (MyMarketRollup)`},
		{[]string{"--host", "optimistic", "--challenge.window", "1500ms"}, `--challenge.window="1500ms": want whole seconds`},
		{[]string{"--host", "optimistic", "--forced.delay", "90.5s"}, `--forced.delay="90.5s": want whole seconds`},
	}
	for _, c := range cases {
		out, err := exec.Command(bin, append([]string{"devnet", "--http.port", "0", "--ws.port", "0", "--l2.http.port", "0", "--l2.authrpc.port", "0"}, c.args...)...).CombinedOutput()
		require.Error(t, err, "%v", c.args)
		require.Contains(t, string(out), c.want, "%v", c.args)
	}
}

// BenchmarkDevnetStartup times `nr devnet` (the real binary, in memory) from
// exec to the first L2 block settled on L1. docs/BENCHMARKS.md "nr devnet":
//
//	go test ./cmd/nr -run '^$' -bench DevnetStartup -benchtime 5x
func BenchmarkDevnetStartup(b *testing.B) {
	buildNR(b)
	args := []string{"--http.port", "0", "--ws.port", "0", "--l2.http.port", "0", "--l2.authrpc.port", "0", "--verbosity", "1"}
	b.ResetTimer()
	for range b.N {
		p := startDevnetProc(b, args...)
		p.waitLine(b, 60*time.Second, func(l string) bool { return settledLine.MatchString(l) })
		b.StopTimer()
		p.cmd.Process.Signal(syscall.SIGTERM)
		<-p.done
		b.StartTimer()
	}
}
