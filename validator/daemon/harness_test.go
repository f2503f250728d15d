package daemon_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l1node"
	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/solidity"
	"github.com/nativerollup/nr/solidity/bindings"
	"github.com/nativerollup/nr/validator"
	"github.com/nativerollup/nr/validator/daemon"
	"github.com/nativerollup/nr/validator/l1calls"
)

// maxTxGas is Osaka's per-transaction gas cap (EIP-7825).
const maxTxGas = 1 << 24

// devnet is an in-process `nr geth --dev` with MyRollup deployed and an L2
// (package l2) to advance it with.
type devnet struct {
	t      testing.TB
	node   *l1node.Node
	ec     *ethclient.Client
	host   common.Address
	rollup *l2.Chain // the L2 MyRollup settles
	other  *l2.Chain // an L2 whose blocks are EXECUTE'd directly from an EOA
	anchor *types.Header
	// executeBlocks are the L1 blocks holding EXECUTE calls, in order.
	executeBlocks []uint64
}

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func newDevnet(t testing.TB) *devnet {
	cfg := l1node.DefaultConfig()
	cfg.Dev, cfg.DevAccounts = true, 4
	cfg.HTTPPort, cfg.WSPort = 0, 0
	n, err := l1node.New(cfg)
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, n.Close()) })
	require.NoError(t, n.Start())
	ec, err := ethclient.Dial(n.HTTPEndpoint())
	require.NoError(t, err)
	t.Cleanup(ec.Close)
	d := &devnet{t: t, node: n, ec: ec}

	deployer := l1node.DevKey(0)
	nonce, err := ec.PendingNonceAt(context.Background(), addr(deployer))
	require.NoError(t, err)
	d.host = crypto.CreateAddress(addr(deployer), nonce)
	d.rollup = newL2(t, d.host)
	d.other = newL2(t, common.Address{0x42})
	genesis := d.rollup.Head()
	art, err := solidity.LoadArtifact("MyRollup")
	require.NoError(t, err)
	code := append(common.CopyBytes(art.Bytecode), bindings.NewMyRollup().PackConstructor(genesis.Hash(), genesis.Root(), genesis.Time(), addr(l1node.DevKey(1)))...)
	r := d.send(deployer, nil, 5_000_000, code)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status, "deploying MyRollup")
	d.anchor, err = ec.HeaderByNumber(context.Background(), nil)
	require.NoError(t, err)
	return d
}

// newL2 is the example rollup's L2 with its predeploys bound to host.
func newL2(t testing.TB, host common.Address) *l2.Chain {
	alloc := l2.DevAlloc(8)
	predeploys, err := solidity.Predeploys(host, new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether)))
	require.NoError(t, err)
	for a, acc := range predeploys {
		alloc[a] = acc
	}
	c, err := l2.NewChain(l2.DefaultChainID, alloc)
	require.NoError(t, err)
	t.Cleanup(c.Close)
	return c
}

// l2Block builds one block on c with txs transfers, anchored to the devnet's anchor.
func (d *devnet) l2Block(c *l2.Chain, txs int) *l2.Block {
	blocks, err := c.AddBlocks(1, func(_ int, b *core.BlockGen) {
		b.SetParentBeaconRoot(d.anchor.Hash())
		for range txs {
			to := l2.DevAddress(3)
			tx, err := types.SignNewTx(l2.DevKey(2), b.Signer(), &types.DynamicFeeTx{
				ChainID: big.NewInt(l2.DefaultChainID), Nonce: b.TxNonce(l2.DevAddress(2)),
				GasTipCap: big.NewInt(params.GWei), GasFeeCap: new(big.Int).Add(b.BaseFee(), big.NewInt(params.GWei)),
				Gas: 21_000, To: &to, Value: big.NewInt(params.GWei),
			})
			require.NoError(d.t, err)
			b.AddTx(tx)
		}
	})
	require.NoError(d.t, err)
	return blocks[0]
}

// advance calls MyRollup.advance with the next block of the rollup's L2: the
// rollup calls EXECUTE from inside the contract.
func (d *devnet) advance(txs int) *types.Receipt {
	in := d.l2Block(d.rollup, txs).Input
	env, claims := solidity.ExecuteArgs(in)
	data := bindings.NewMyRollup().PackAdvance(env, d.anchor.Number.Uint64(), claims, in.Transactions, in.Witness)
	r := d.send(l1node.DevKey(1), &d.host, 0, data)
	require.Equal(d.t, types.ReceiptStatusSuccessful, r.Status, "advance")
	d.executeBlocks = append(d.executeBlocks, r.BlockNumber.Uint64())
	return r
}

// direct sends an EXECUTE call from an EOA (the transaction's target is 0x…0101).
func (d *devnet) direct(txs int) *types.Receipt {
	input := d.l2Block(d.other, txs).Input.Encode()
	to := precompile.ExecuteAddress
	r := d.send(l1node.DevKey(2), &to, 0, input)
	require.Equal(d.t, types.ReceiptStatusSuccessful, r.Status, "direct EXECUTE")
	d.executeBlocks = append(d.executeBlocks, r.BlockNumber.Uint64())
	return r
}

// send signs and sends a transaction (gas 0: estimated) and waits for its receipt.
func (d *devnet) send(key *ecdsa.PrivateKey, to *common.Address, gas uint64, data []byte) *types.Receipt {
	t, ec, ctx := d.t, d.ec, context.Background()
	if gas == 0 {
		est, err := ec.EstimateGas(ctx, ethereum.CallMsg{From: addr(key), To: to, Data: data})
		var revert rpc.DataError
		if errors.As(err, &revert) {
			head, _ := ec.HeaderByNumber(ctx, nil)
			t.Fatalf("eth_estimateGas: %v, revert data %v (L1 head %v)", err, revert.ErrorData(), head.Number)
		}
		require.NoError(t, err, "eth_estimateGas")
		gas = min(est*11/10, maxTxGas)
	}
	chainID, err := ec.ChainID(ctx)
	require.NoError(t, err)
	nonce, err := ec.PendingNonceAt(ctx, addr(key))
	require.NoError(t, err)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(50 * params.GWei),
		Gas: gas, To: to, Value: new(big.Int), Data: data,
	})
	require.NoError(t, err)
	require.NoError(t, ec.SendTransaction(ctx, tx))
	deadline := time.Now().Add(20 * time.Second)
	for {
		r, err := ec.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			return r
		}
		require.True(t, time.Now().Before(deadline), "transaction %s not mined after 20s: %v", tx.Hash(), err)
		time.Sleep(20 * time.Millisecond)
	}
}

func (d *devnet) head() uint64 {
	n, err := d.ec.BlockNumber(context.Background())
	require.NoError(d.t, err)
	return n
}

// standard is the scenario every test starts from: one direct EXECUTE call
// from an EOA and two MyRollup advances (EXECUTE from inside the contract).
func (d *devnet) standard() {
	d.direct(2)
	d.advance(1)
	d.advance(3)
}

// running is a daemon running in the background.
type running struct {
	d    *daemon.Daemon
	api  *httptest.Server
	done chan error
	stop context.CancelFunc
}

func start(t *testing.T, url string, store *daemon.Store, p validator.Policy, source func(validator.Prover) validator.ProofSource) *running {
	c, err := l1calls.Dial(context.Background(), url)
	require.NoError(t, err)
	t.Cleanup(c.Close)
	d := daemon.New(daemon.Config{Policy: p, L1: l2.L1Config(), Source: source, Poll: 50 * time.Millisecond, Progress: time.Nanosecond}, c, store)
	ctx, cancel := context.WithCancel(context.Background())
	r := &running{d: d, api: httptest.NewServer(d.Handler()), done: make(chan error, 1), stop: cancel}
	t.Cleanup(r.api.Close)
	go func() { r.done <- d.Run(ctx) }()
	t.Cleanup(func() { r.shutdown(t) })
	return r
}

// shutdown stops the daemon and returns Run's error (once).
func (r *running) shutdown(t *testing.T) error {
	r.stop()
	select {
	case err, ok := <-r.done:
		if ok {
			close(r.done)
			return err
		}
		return nil
	case <-time.After(30 * time.Second):
		t.Fatal("the daemon did not stop within 30s")
		return nil
	}
}

// waitTip waits until the daemon has verified block n.
func (r *running) waitTip(t *testing.T, n uint64) {
	deadline := time.Now().Add(60 * time.Second)
	for {
		tip, err := r.d.Store().Tip()
		require.NoError(t, err)
		if tip != nil && tip.Number >= n {
			return
		}
		select {
		case err := <-r.done:
			t.Fatalf("the daemon stopped before block %d: %v", n, err)
		default:
		}
		require.True(t, time.Now().Before(deadline), "block %d not verified within 60s (tip %v)", n, tip)
		time.Sleep(20 * time.Millisecond)
	}
}

func reexecPolicy() validator.Policy {
	return validator.Policy{Mode: validator.ModeReexec, ReexecGasCap: validator.DefaultReexecGasCap,
		ProofTimeout: validator.DefaultProofTimeout, OnDisagreement: validator.DisagreeAlert}
}

func httpText(t *testing.T, url string) string {
	resp, err := http.Get(url)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return string(b)
}

// httptestURL serves h for the rest of the test.
func httptestURL(h http.Handler) string {
	s := httptest.NewServer(h)
	return s.URL
}
