package main

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
)

// startL2Engine runs `nr geth` in network mode as an external L2 engine: a data
// directory initialised with `nr devnet genesis`, debug and testing served over
// HTTP, and the builder's gas ceiling and least tip an L2 wants. It returns the
// process, its Engine API URL and JWT secret file.
func startL2Engine(t *testing.T, genesisArgs ...string) (p *gethProc, engineURL, jwtFile string) {
	t.Helper()
	bin, dir := buildNR(t), t.TempDir()
	out, err := exec.Command(bin, append([]string{"devnet", "genesis"}, genesisArgs...)...).Output()
	require.NoError(t, err)
	genesis := filepath.Join(dir, "l2.json")
	require.NoError(t, os.WriteFile(genesis, out, 0o644))
	data := filepath.Join(dir, "l2data")
	out, err = exec.Command(bin, "geth", "init", genesis, "--datadir", data, "--gcmode", "archive").CombinedOutput()
	require.NoError(t, err, "%s", out)
	require.Contains(t, string(out), fmt.Sprintf("(chain id %d)", l2.DefaultChainID))
	p = startGeth(t, "--datadir", data, "--gcmode", "archive", "--http.port", "0", "--ws.port", "0", "--authrpc.port", "0", "--port", "0",
		"--nodiscover", "--maxpeers", "0", "--verbosity", "2", "--http.api", "eth,net,web3,txpool,debug,testing",
		"--miner.gaslimit", fmt.Sprint(l2.GenesisGasLimit), "--miner.gasprice", "1")
	m := engineLine.FindStringSubmatch(p.banner)
	require.NotNil(t, m, "no Engine API line in\n%s", p.banner)
	return p, m[1], m[2]
}

// TestDevnetExternalEngine runs the L2 engine as its own `nr geth` process in
// network mode and `nr devnet --l2.engine` driving it over the JWT-authenticated
// Engine API: an L2 transfer sent to the engine's JSON-RPC is sequenced and
// settled on L1, and `nr l2 --follow --l2.engine` rebuilds that block from L1
// into a second external engine. Misconfigurations are refused at start, each with its fix: a
// wrong JWT secret, an engine without the testing API, an engine on another
// genesis.
func TestDevnetExternalEngine(t *testing.T) {
	engine, engineURL, jwtFile := startL2Engine(t)
	free := []string{"--http.port", "0", "--ws.port", "0", "--verbosity", "1"}
	bin := buildNR(t)

	wrongSecret := filepath.Join(t.TempDir(), "jwt")
	require.NoError(t, os.WriteFile(wrongSecret, []byte(common.Hash{1}.Hex()), 0o600))
	other, otherURL, otherJWT := startL2Engine(t, "--dev.accounts", "2")
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"wrong JWT secret", []string{"--l2.engine", engineURL, "--l2.jwtsecret", wrongSecret, "--l2.rpc", engine.http}, "does not answer engine_exchangeCapabilities"},
		{"no --l2.rpc", []string{"--l2.engine", engineURL, "--l2.jwtsecret", jwtFile}, "--l2.engine needs --l2.rpc too"},
		{"--l2.rpc without --l2.engine", []string{"--l2.rpc", engine.http}, "go with --l2.engine"},
		{"Engine API as --l2.rpc", []string{"--l2.engine", engineURL, "--l2.jwtsecret", jwtFile, "--l2.rpc", engineURL}, "does not answer rpc_modules"},
		{"another genesis", []string{"--l2.engine", otherURL, "--l2.jwtsecret", otherJWT, "--l2.rpc", other.http}, "initialise a new engine data directory with the L2 genesis"},
	} {
		out, err := exec.Command(bin, append(append([]string{"devnet"}, free...), c.args...)...).CombinedOutput()
		require.Error(t, err, "%s: nr devnet started:\n%s", c.name, out)
		require.Contains(t, string(out), c.want, c.name)
	}

	p := startDevnetProc(t, append(free, "--l2.engine", engineURL, "--l2.jwtsecret", jwtFile, "--l2.rpc", engine.http)...)
	require.Equal(t, engine.http, p.l2, "the banner names the external engine's JSON-RPC")
	p.waitLine(t, 60*time.Second, func(l string) bool { return settledLine.MatchString(l) })

	ec := dialGeth(t, engine.http)
	ctx := context.Background()
	head, err := ec.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	to := common.Address{0xe0, 0x91}
	tx, err := types.SignNewTx(l2.DevKey(4), types.LatestSignerForChainID(big.NewInt(l2.DefaultChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(l2.DefaultChainID), Nonce: 0, GasTipCap: big.NewInt(1),
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(1)), Gas: params.TxGas, To: &to, Value: big.NewInt(params.Ether),
	})
	require.NoError(t, err)
	require.NoError(t, ec.SendTransaction(ctx, tx))
	var receipt *types.Receipt
	require.Eventually(t, func() bool {
		receipt, err = ec.TransactionReceipt(ctx, tx.Hash())
		return err == nil
	}, 60*time.Second, 50*time.Millisecond, "the L2 transfer was not included by the external engine")
	want := fmt.Sprint(receipt.BlockNumber)
	line := p.waitLine(t, 60*time.Second, func(l string) bool {
		m := settledLine.FindStringSubmatch(l)
		return m != nil && m[1] == want
	})
	require.Equal(t, "1", settledLine.FindStringSubmatch(line)[2], "the transfer's block settled with its one transaction: %s", line)
	head, err = ec.HeaderByNumber(ctx, receipt.BlockNumber)
	require.NoError(t, err)
	require.Equal(t, uint64(l2.GenesisGasLimit), head.GasLimit, "--miner.gaslimit keeps the L2 gas limit")

	// A follower rebuilds the chain from L1 into an external engine of its own.
	fengine, fengineURL, fjwt := startL2Engine(t)
	f := spawnNR(t, "l2", "--follow", "--l1.rpc", p.l1, "--host", p.host, "--l2.engine", fengineURL, "--l2.jwtsecret", fjwt, "--l2.rpc", fengine.http)
	fline := f.waitLine(t, 60*time.Second, func(l string) bool {
		m := followedLine.FindStringSubmatch(l)
		return m != nil && m[1] == want
	})
	require.Equal(t, head.Hash().Hex(), followedLine.FindStringSubmatch(fline)[2], "the follower's engine holds the sequencer's block")
	require.NoError(t, f.cmd.Process.Signal(syscall.SIGINT))
	f.waitLine(t, 30*time.Second, func(l string) bool { return l == "follower stopped" })
	<-f.done
	require.True(t, f.cmd.ProcessState.Success(), "nr l2 exit: %v\n%s", f.cmd.ProcessState, f.logs)
	require.NoError(t, fengine.stop(t, syscall.SIGTERM))

	require.NoError(t, p.cmd.Process.Signal(syscall.SIGINT))
	p.waitLine(t, 30*time.Second, func(l string) bool { return l == "devnet stopped" })
	<-p.done
	require.True(t, p.cmd.ProcessState.Success(), "nr devnet exit: %v\n%s", p.cmd.ProcessState, p.logs)
	require.NoError(t, engine.stop(t, syscall.SIGTERM), "the engine outlives the devnet and stops cleanly")
}
