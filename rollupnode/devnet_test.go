package rollupnode_test

import (
	"context"
	"crypto/ecdsa"
	"io"
	"math/big"
	"net/http"
	"regexp"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/rollupnode"
	"github.com/nativerollup/nr/solidity/bindings"
)

// storeCode deploys a contract whose runtime stores its first calldata word in
// slot 0: PUSH1 0 CALLDATALOAD PUSH1 0 SSTORE STOP, behind an init code that
// copies and returns it.
var storeCode = common.FromHex("0x6007600c60003960076000f3" + "60003560005500")

// devnet starts an in-memory devnet on free ports and collects what it settles.
type devnet struct {
	*rollupnode.Devnet
	mu      sync.Mutex
	settled []*rollupnode.Settled
}

func startDevnet(t *testing.T, opts ...func(*rollupnode.DevnetConfig)) *devnet {
	t.Helper()
	cfg := rollupnode.DefaultDevnetConfig()
	for _, o := range opts {
		o(&cfg)
	}
	cfg.L1.HTTPPort, cfg.L1.WSPort, cfg.L2HTTPPort, cfg.L2AuthPort = 0, 0, 0, 0
	d := &devnet{}
	cfg.OnSettled = func(s *rollupnode.Settled) {
		d.mu.Lock()
		d.settled = append(d.settled, s)
		d.mu.Unlock()
		t.Log(rollupnode.StatusLine(s))
	}
	var err error
	d.Devnet, err = rollupnode.StartDevnet(cfg)
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, d.Close()) })
	t.Log("\n" + d.Banner())
	return d
}

// lastSettled is the highest settled L2 block number (0: none yet).
func (d *devnet) lastSettled() uint64 {
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(d.settled) == 0 {
		return 0
	}
	return d.settled[len(d.settled)-1].Block.NumberU64()
}

// waitSettled waits until L2 block n is settled, failing on a devnet error.
func (d *devnet) waitSettled(t *testing.T, n uint64, timeout time.Duration) {
	t.Helper()
	deadline := time.After(timeout)
	for d.lastSettled() < n {
		select {
		case err := <-d.Err():
			t.Fatalf("the devnet stopped: %v", err)
		case <-deadline:
			t.Fatalf("L2 block %d not settled after %s (last settled: %d)", n, timeout, d.lastSettled())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// metric reads one integer Prometheus metric from url.
func metric(t *testing.T, url, name string) uint64 {
	t.Helper()
	res, err := http.Get(url)
	require.NoError(t, err)
	body, err := io.ReadAll(res.Body)
	res.Body.Close()
	require.NoError(t, err)
	m := regexp.MustCompile(`(?m)^` + name + ` (\d+)`).FindStringSubmatch(string(body))
	require.NotNil(t, m, "metric %s in:\n%s", name, body)
	v, err := strconv.ParseUint(m[1], 10, 64)
	require.NoError(t, err)
	return v
}

func sendL2(t *testing.T, ec *ethclient.Client, key *ecdsa.PrivateKey, to *common.Address, value *big.Int, gas uint64, data []byte) *types.Transaction {
	t.Helper()
	ctx := context.Background()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := ec.PendingNonceAt(ctx, from)
	require.NoError(t, err)
	head, err := ec.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(big.NewInt(l2.DefaultChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(l2.DefaultChainID), Nonce: nonce, GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(params.GWei)),
		Gas:       gas, To: to, Value: value, Data: data,
	})
	require.NoError(t, err)
	require.NoError(t, ec.SendTransaction(ctx, tx), "eth_sendRawTransaction on the L2 RPC")
	return tx
}

func waitReceipt(t *testing.T, ec *ethclient.Client, hash common.Hash) *types.Receipt {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		r, err := ec.TransactionReceipt(context.Background(), hash)
		if err == nil {
			return r
		}
		require.True(t, time.Now().Before(deadline), "L2 transaction %s not included after 30s: %v", hash, err)
		time.Sleep(50 * time.Millisecond)
	}
}

// TestDevnetSettlesEveryBlock: the devnet comes up (dev L1, MyRollup, L2
// engine, sequencer, settlement); transfers, a contract deployment and calls go
// to the L2 over its HTTP JSON-RPC and are included; 20 L2 blocks are made and
// each is settled on L1 by an advance that EXECUTE accepted, in order, with the
// host's BlockAdvanced event naming exactly the L2 engine's canonical block; the
// host's head is the L2 block of its number; and the L2 dev ETH is backed on L1.
func TestDevnetSettlesEveryBlock(t *testing.T) {
	d := startDevnet(t, func(c *rollupnode.DevnetConfig) { c.MetricsAddr = "127.0.0.1:0" })
	ctx := context.Background()
	l2c, err := ethclient.Dial(d.L2.HTTPEndpoint())
	require.NoError(t, err)
	defer l2c.Close()
	l1c, err := ethclient.Dial(d.L1.HTTPEndpoint())
	require.NoError(t, err)
	defer l1c.Close()
	chainID, err := l2c.ChainID(ctx)
	require.NoError(t, err)
	require.Equal(t, uint64(l2.DefaultChainID), chainID.Uint64())

	// Transfers to fresh addresses, a deployment and calls, spread over blocks.
	var txs []*types.Transaction
	recipients := map[common.Address]*big.Int{}
	var contract common.Address
	var lastValue int64
	for round := range 6 {
		for k := 2; k <= 4; k++ {
			to := common.BigToAddress(big.NewInt(int64(0xa000 + 16*round + k)))
			value := big.NewInt(int64(round+1) * params.GWei)
			recipients[to] = value
			txs = append(txs, sendL2(t, l2c, l2.DevKey(k), &to, value, params.TxGas, nil))
		}
		switch {
		case round == 1:
			deploy := sendL2(t, l2c, l2.DevKey(5), nil, nil, 200_000, storeCode)
			txs = append(txs, deploy)
			r := waitReceipt(t, l2c, deploy.Hash())
			require.Equal(t, types.ReceiptStatusSuccessful, r.Status, "deploying the contract on L2")
			contract = r.ContractAddress
			code, err := l2c.CodeAt(ctx, contract, nil)
			require.NoError(t, err)
			require.Equal(t, storeCode[12:], code)
		case round > 1:
			lastValue = int64(1000 + round)
			txs = append(txs, sendL2(t, l2c, l2.DevKey(5), &contract, nil, 100_000, common.BigToHash(big.NewInt(lastValue)).Bytes()))
		}
		waitReceipt(t, l2c, txs[len(txs)-1].Hash())
	}
	var last uint64
	for _, tx := range txs {
		r := waitReceipt(t, l2c, tx.Hash())
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status, "L2 transaction %s", tx.Hash())
		last = max(last, r.BlockNumber.Uint64())
	}
	for to, value := range recipients {
		bal, err := l2c.BalanceAt(ctx, to, nil)
		require.NoError(t, err)
		require.Equal(t, value, bal, "L2 balance of %s", to)
	}
	slot, err := l2c.StorageAt(ctx, contract, common.Hash{}, nil)
	require.NoError(t, err)
	require.Equal(t, common.BigToHash(big.NewInt(lastValue)).Bytes(), slot, "the last call's value is stored")

	target := max(uint64(20), last)
	d.waitSettled(t, target, 90*time.Second)

	// Every L2 block 1..target was settled, in order, as the engine's canonical block.
	d.mu.Lock()
	settled := append([]*rollupnode.Settled(nil), d.settled...)
	d.mu.Unlock()
	included := 0
	for i, s := range settled {
		n := uint64(i + 1)
		require.Equal(t, n, s.Block.NumberU64(), "settled in order, none skipped")
		canonical, err := l2c.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		require.NoError(t, err)
		require.Equal(t, canonical.Hash(), s.Block.Hash(), "settled block %d is the L2 canonical block", n)
		require.Greater(t, s.L1Gas, s.Block.GasLimit(), "the advance paid EXECUTE's declared gas")
		included += len(s.Block.Transactions())
	}
	require.GreaterOrEqual(t, included, len(txs), "every transaction sent was in a settled block")

	// The host's BlockAdvanced events name the same blocks.
	my := bindings.NewMyRollup()
	logs, err := l1c.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{d.Host}, FromBlock: big.NewInt(0)})
	require.NoError(t, err)
	advanced := map[uint64]common.Hash{}
	for _, lg := range logs {
		if ev, err := my.UnpackBlockAdvancedEvent(&lg); err == nil {
			advanced[ev.Number] = ev.BlockHash
		}
	}
	for _, s := range settled {
		require.Equal(t, s.Block.Hash(), advanced[s.Block.NumberU64()], "BlockAdvanced(%d) on L1", s.Block.NumberU64())
	}

	// The host's head is the L2 block of its number.
	out, err := l1c.CallContract(ctx, ethereum.CallMsg{To: &d.Host, Data: my.PackBlockNumber()}, nil)
	require.NoError(t, err)
	hostNumber, err := my.UnpackBlockNumber(out)
	require.NoError(t, err)
	require.GreaterOrEqual(t, hostNumber, target)
	out, err = l1c.CallContract(ctx, ethereum.CallMsg{To: &d.Host, Data: my.PackBlockHash()}, nil)
	require.NoError(t, err)
	hostHash, err := my.UnpackBlockHash(out)
	require.NoError(t, err)
	atHost, err := l2c.HeaderByNumber(ctx, new(big.Int).SetUint64(hostNumber))
	require.NoError(t, err)
	require.Equal(t, atHost.Hash(), common.Hash(hostHash), "the host's head is the L2 engine's block %d", hostNumber)

	// Prometheus metrics count what was settled.
	for _, name := range []string{"nr_rollup_settlement_blocks", "nr_rollup_settlement_head", "nr_rollup_sequencer_head", "nr_rollup_settlement_l1gas"} {
		require.GreaterOrEqual(t, metric(t, d.MetricsURL(), name), target, "%s", name)
	}

	// The L2 dev ETH minted in genesis is backed on L1.
	hostBalance, err := l1c.BalanceAt(ctx, d.Host, nil)
	require.NoError(t, err)
	want := new(big.Int).Mul(rollupnode.DefaultDevnetConfig().DevL2Balance, big.NewInt(int64(rollupnode.DefaultDevnetConfig().DevAccounts+1)))
	require.Equal(t, want, hostBalance)
}
