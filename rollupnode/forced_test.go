package rollupnode_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/rollupnode"
	"github.com/nativerollup/nr/solidity/bindings"
)

// TestDevnetForcedTransaction: L2 transactions that never reach the L2's
// transaction pool, only the host's forced-inclusion queue on L1, are handled by
// the devnet's sequencer long before they are due: one that cannot execute (its
// nonce is ahead of its sender's) is proven so on L1 and skipped, and the one
// queued after it is put first in an L2 block, which takes it off the queue when
// it settles.
func TestDevnetForcedTransaction(t *testing.T) {
	d := startDevnet(t)
	ctx := context.Background()
	l1c, err := ethclient.Dial(d.L1.HTTPEndpoint())
	require.NoError(t, err)
	defer l1c.Close()
	l2c, err := ethclient.Dial(d.L2.HTTPEndpoint())
	require.NoError(t, err)
	defer l2c.Close()

	key := l2.DevKey(2)
	nonce, err := l2c.NonceAt(ctx, crypto.PubkeyToAddress(key.PublicKey), nil)
	require.NoError(t, err)
	head, err := l2c.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	to := common.HexToAddress("0x00000000000000000000000000000000000f0ace")
	sign := func(nonce uint64) (*types.Transaction, []byte) {
		tx, err := types.SignNewTx(key, types.LatestSignerForChainID(big.NewInt(l2.DefaultChainID)), &types.DynamicFeeTx{
			ChainID: big.NewInt(l2.DefaultChainID), Nonce: nonce, GasTipCap: big.NewInt(params.GWei),
			GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(4)), big.NewInt(params.GWei)),
			Gas:       params.TxGas, To: &to, Value: big.NewInt(params.GWei),
		})
		require.NoError(t, err)
		raw, err := tx.MarshalBinary()
		require.NoError(t, err)
		return tx, raw
	}
	_, aheadRaw := sign(nonce + 5)
	tx, raw := sign(nonce)

	_, err = rollupnode.QueueForcedTransaction(ctx, l1c, d.Host, l2.DevKey(3), aheadRaw)
	require.NoError(t, err)
	queued, err := rollupnode.QueueForcedTransaction(ctx, l1c, d.Host, l2.DevKey(3), raw)
	require.NoError(t, err)
	require.Equal(t, tx.Hash(), common.Hash(queued.TxHash))
	require.Equal(t, uint64(1), queued.Index.Uint64())

	r := waitReceipt(t, l2c, tx.Hash())
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	require.Zero(t, r.TransactionIndex, "a queued transaction goes first in its block")
	d.waitSettled(t, r.BlockNumber.Uint64(), 60*time.Second)
	block, err := l2c.HeaderByNumber(ctx, r.BlockNumber)
	require.NoError(t, err)
	require.Less(t, block.Time, queued.DueAt.Uint64(), "included before the deadline")

	my := bindings.NewMyRollup()
	out, err := l1c.CallContract(ctx, ethereum.CallMsg{To: &d.Host, Data: my.PackForcedHead()}, nil)
	require.NoError(t, err)
	forcedHead, err := my.UnpackForcedHead(out)
	require.NoError(t, err)
	require.Equal(t, uint64(2), forcedHead, "the skip and the settled block took both off the queue")
	logs, err := l1c.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{d.Host}, FromBlock: big.NewInt(0),
		Topics: [][]common.Hash{{my.GetABI().Events["ForcedTransactionSkipped"].ID}}})
	require.NoError(t, err)
	require.Len(t, logs, 1)
	skipped, err := my.UnpackForcedTransactionSkippedEvent(&logs[0])
	require.NoError(t, err)
	require.Zero(t, skipped.Index.Uint64())
	require.Equal(t, uint8(0), skipped.Reason, "skipped for its nonce")
}

// rpcProxy passes JSON-RPC over HTTP to a node and counts the requests and
// the calls by method. With hold set it keeps eth_sendRawTransaction from the
// node, answering with the transaction's hash, as a node does for a
// transaction its chain has not included yet, until release sends them on.
type rpcProxy struct {
	t        *testing.T
	target   string
	url      string
	mu       sync.Mutex
	requests int
	calls    map[string]int
	hold     bool
	held     []hexutil.Bytes
}

type rpcMessage struct {
	ID     json.RawMessage   `json:"id"`
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
}

func newRPCProxy(t *testing.T, target string) *rpcProxy {
	p := &rpcProxy{t: t, target: target, calls: map[string]int{}}
	srv := httptest.NewServer(http.HandlerFunc(p.serve))
	t.Cleanup(srv.Close)
	p.url = srv.URL
	return p
}

func (p *rpcProxy) serve(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var msgs []rpcMessage
	if trimmed := bytes.TrimSpace(body); len(trimmed) > 0 && trimmed[0] == '[' {
		err = json.Unmarshal(body, &msgs)
	} else {
		msgs = make([]rpcMessage, 1)
		err = json.Unmarshal(body, &msgs[0])
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	p.mu.Lock()
	p.requests++
	for _, m := range msgs {
		p.calls[m.Method]++
	}
	if p.hold && len(msgs) == 1 && msgs[0].Method == "eth_sendRawTransaction" {
		var raw hexutil.Bytes
		if err := json.Unmarshal(msgs[0].Params[0], &raw); err != nil {
			p.mu.Unlock()
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		p.held = append(p.held, raw)
		p.mu.Unlock()
		var tx types.Transaction
		if err := tx.UnmarshalBinary(raw); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%s,"result":"%s"}`, msgs[0].ID, tx.Hash())
		return
	}
	p.mu.Unlock()
	res, err := http.Post(p.target, "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer res.Body.Close()
	w.Header().Set("Content-Type", res.Header.Get("Content-Type"))
	w.WriteHeader(res.StatusCode)
	io.Copy(w, res.Body)
}

// take returns the requests and calls counted since the last take.
func (p *rpcProxy) take() (int, map[string]int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	n, calls := p.requests, p.calls
	p.requests, p.calls = 0, map[string]int{}
	return n, calls
}

func (p *rpcProxy) heldCount() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.held)
}

// release stops holding and sends the held transactions to the node.
func (p *rpcProxy) release(ec *ethclient.Client) {
	p.mu.Lock()
	held := p.held
	p.hold, p.held = false, nil
	p.mu.Unlock()
	for _, raw := range held {
		var tx types.Transaction
		require.NoError(p.t, tx.UnmarshalBinary(raw))
		require.NoError(p.t, ec.SendTransaction(context.Background(), &tx))
	}
}

// forcedFixture is a devnet whose own sequencer is idle after L2 block 1 (an
// hour's block time), and a second sequencer on its engine whose forced queue
// reads L1 and L2 through counting proxies, driven block by block.
type forcedFixture struct {
	d        *devnet
	l1c, l2c *ethclient.Client
	l1p, l2p *rpcProxy
	queue    *rollupnode.ForcedQueue
	seq      *rollupnode.Sequencer
}

func newForcedFixture(t *testing.T) *forcedFixture {
	d := startDevnet(t, func(c *rollupnode.DevnetConfig) { c.BlockTime = time.Hour })
	d.waitSettled(t, 1, 30*time.Second)
	d.mu.Lock()
	first := d.settled[0].Sealed
	d.mu.Unlock()
	f := &forcedFixture{d: d, l1p: newRPCProxy(t, d.L1.HTTPEndpoint()), l2p: newRPCProxy(t, d.L2.HTTPEndpoint())}
	var err error
	f.l1c, err = ethclient.Dial(d.L1.HTTPEndpoint())
	require.NoError(t, err)
	t.Cleanup(f.l1c.Close)
	f.l2c, err = ethclient.Dial(d.L2.HTTPEndpoint())
	require.NoError(t, err)
	t.Cleanup(f.l2c.Close)
	pl1, err := ethclient.Dial(f.l1p.url)
	require.NoError(t, err)
	t.Cleanup(pl1.Close)
	pl2, err := rpc.Dial(f.l2p.url)
	require.NoError(t, err)
	t.Cleanup(pl2.Close)
	// The devnet's skip key: its own queue is idle with its sequencer.
	f.queue = rollupnode.NewForcedQueue(pl1, d.Host, pl2, l2.DevKey(rollupnode.DeployerKeyIndex))
	t.Cleanup(func() { rollupnode.WaitSkipForTest(f.queue) })
	f.seq, err = rollupnode.NewSequencer(context.Background(), rollupnode.SequencerConfig{ChainID: l2.DefaultChainID, BlockTime: time.Second, Forced: f.queue},
		rollupnode.NewRPCEngine(d.L2.Attach()), f.l1c, first.Anchor)
	require.NoError(t, err)
	return f
}

// signTransfer signs an L2 transfer of key with nonce, with a fee cap well
// above the L2 head's base fee.
func (f *forcedFixture) signTransfer(t *testing.T, key *ecdsa.PrivateKey, nonce uint64) (*types.Transaction, []byte) {
	head, err := f.l2c.HeaderByNumber(context.Background(), nil)
	require.NoError(t, err)
	to := common.HexToAddress("0x00000000000000000000000000000000000f0ace")
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(big.NewInt(l2.DefaultChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(l2.DefaultChainID), Nonce: nonce, GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(4)), big.NewInt(params.GWei)),
		Gas:       params.TxGas, To: &to, Value: big.NewInt(params.GWei),
	})
	require.NoError(t, err)
	raw, err := tx.MarshalBinary()
	require.NoError(t, err)
	return tx, raw
}

// next makes one L2 block and says how long it took.
func (f *forcedFixture) next(t *testing.T) (*rollupnode.Sealed, time.Duration) {
	start := time.Now()
	b, err := f.seq.Next(context.Background())
	require.NoError(t, err)
	return b, time.Since(start)
}

func (f *forcedFixture) forcedHead(t *testing.T) uint64 {
	my := bindings.NewMyRollup()
	out, err := f.l1c.CallContract(context.Background(), ethereum.CallMsg{To: &f.d.Host, Data: my.PackForcedHead()}, nil)
	require.NoError(t, err)
	head, err := my.UnpackForcedHead(out)
	require.NoError(t, err)
	return head
}

func txHashes(b *rollupnode.Sealed) []common.Hash {
	var out []common.Hash
	for _, tx := range b.Block.Transactions() {
		out = append(out, tx.Hash())
	}
	return out
}

// promptBlock bounds how long a block may take while a skip waits for L1: far
// below the minute sendAndWait waits for a receipt, which the sequencer used
// to wait for under its lock.
const promptBlock = 15 * time.Second

// TestForcedSkipOffBlockPath: a queued transaction that cannot execute (its
// nonce is ahead of its sender's) is proven invalid on L1 in the background.
// While L1 does not include the skip (an RPC proxy holds it back), the
// sequencer keeps making blocks promptly, without the queue and without a
// second skip; once the skip lands, the next block starts with the valid
// transaction queued after it, and the queue no longer holds the skipped
// entry. An L1 reorg that takes the skip back brings the entry back: it is
// read from its event again and skipped again.
func TestForcedSkipOffBlockPath(t *testing.T) {
	f := newForcedFixture(t)
	ctx := context.Background()
	key := l2.DevKey(2)
	nonce, err := f.l2c.NonceAt(ctx, crypto.PubkeyToAddress(key.PublicKey), nil)
	require.NoError(t, err)
	ahead, aheadRaw := f.signTransfer(t, key, nonce+5)
	valid, validRaw := f.signTransfer(t, key, nonce)
	for _, raw := range [][]byte{aheadRaw, validRaw} {
		_, err := rollupnode.QueueForcedTransaction(ctx, f.l1c, f.d.Host, l2.DevKey(3), raw)
		require.NoError(t, err)
	}
	f.l1p.mu.Lock()
	f.l1p.hold = true
	f.l1p.mu.Unlock()

	b, took := f.next(t)
	require.Less(t, took, promptBlock, "a block while the skip is sent")
	require.NotContains(t, txHashes(b), valid.Hash())
	require.NotContains(t, txHashes(b), ahead.Hash())
	require.Eventually(t, func() bool { return f.l1p.heldCount() == 1 }, 30*time.Second, 20*time.Millisecond, "the skip reached L1's RPC")
	for range 3 {
		b, took := f.next(t)
		require.Less(t, took, promptBlock, "a block while the skip waits for L1")
		require.NotContains(t, txHashes(b), valid.Hash(), "the head is not skipped yet, so nothing queued after it goes first")
	}
	_, calls := f.l1p.take()
	require.Equal(t, 1, calls["eth_sendRawTransaction"], "one skip in flight at a time")
	require.Equal(t, uint64(0), f.forcedHead(t), "the skip is not on L1 yet")

	f.l1p.release(f.l1c)
	rollupnode.WaitSkipForTest(f.queue)
	skipped := skippedEvents(t, f.l1c, f.d.Host)
	require.Len(t, skipped, 1)
	require.Zero(t, skipped[0].Index.Uint64())
	require.Equal(t, uint8(0), skipped[0].Reason, "skipped for its nonce")
	require.Equal(t, uint64(1), f.forcedHead(t))

	b, _ = f.next(t)
	require.Equal(t, valid.Hash(), txHashes(b)[0], "the valid queued transaction goes first once the head is skipped")
	require.Equal(t, []uint64{1}, rollupnode.HeldForTest(f.queue), "the skipped entry, below the host's head, is dropped")

	// Take the skip back: the reorged L1 holds entry 0 again at the head.
	skipBlock, err := f.l1c.HeaderByNumber(ctx, new(big.Int).SetUint64(skipped[0].Raw.BlockNumber))
	require.NoError(t, err)
	_, err = f.d.L1.Reorg(ctx, skipBlock.ParentHash, true)
	require.NoError(t, err)
	require.Equal(t, uint64(0), f.forcedHead(t), "the reorg took the skip back")
	f.next(t)
	require.Equal(t, []uint64{0, 1}, rollupnode.HeldForTest(f.queue), "the entry the reorg brought back is read from its event again")
	rollupnode.WaitSkipForTest(f.queue)
	require.Equal(t, uint64(1), f.forcedHead(t), "skipped again on the new branch")
	_, calls = f.l1p.take()
	require.Equal(t, 1, calls["eth_sendRawTransaction"])
}

func skippedEvents(t *testing.T, l1c *ethclient.Client, host common.Address) []*bindings.MyRollupForcedTransactionSkipped {
	my := bindings.NewMyRollup()
	logs, err := l1c.FilterLogs(context.Background(), ethereum.FilterQuery{Addresses: []common.Address{host}, FromBlock: big.NewInt(0),
		Topics: [][]common.Hash{{my.GetABI().Events["ForcedTransactionSkipped"].ID}}})
	require.NoError(t, err)
	var out []*bindings.MyRollupForcedTransactionSkipped
	for i := range logs {
		ev, err := my.UnpackForcedTransactionSkippedEvent(&logs[i])
		require.NoError(t, err)
		out = append(out, ev)
	}
	return out
}

// TestForcedQueueRPCsPerBlock counts what the sequencer's forced queue asks L1
// and L2 per block, with three queued transactions from two senders: reading
// the queue when L1's head changes (one batch for the host's heads, one for the
// new entries' hashes, one eth_getLogs for their bytes), nothing of L1 while its
// head stays, one batch less once the entries are known, and one L2 request
// per block (each sender's nonce and the head entry's sender's settled nonce).
func TestForcedQueueRPCsPerBlock(t *testing.T) {
	f := newForcedFixture(t)
	ctx := context.Background()
	a, b := l2.DevKey(2), l2.DevKey(4)
	nonceA, err := f.l2c.NonceAt(ctx, crypto.PubkeyToAddress(a.PublicKey), nil)
	require.NoError(t, err)
	nonceB, err := f.l2c.NonceAt(ctx, crypto.PubkeyToAddress(b.PublicKey), nil)
	require.NoError(t, err)
	tx0, raw0 := f.signTransfer(t, a, nonceA)
	tx1, raw1 := f.signTransfer(t, b, nonceB)
	tx2, raw2 := f.signTransfer(t, a, nonceA+1)
	for _, raw := range [][]byte{raw0, raw1, raw2} {
		_, err := rollupnode.QueueForcedTransaction(ctx, f.l1c, f.d.Host, l2.DevKey(3), raw)
		require.NoError(t, err)
	}
	f.l1p.take()
	f.l2p.take()

	block, _ := f.next(t)
	require.Equal(t, []common.Hash{tx0.Hash(), tx1.Hash(), tx2.Hash()}, txHashes(block)[:3], "the queued transactions first, in queue order")
	requests, calls := f.l1p.take()
	require.Equal(t, 3, requests, "L1, first read: the host's heads, the entries' hashes, their events")
	require.Equal(t, map[string]int{"eth_call": 6, "eth_getLogs": 1}, calls)
	requests, calls = f.l2p.take()
	require.Equal(t, 1, requests, "L2: one batch per block")
	require.Equal(t, map[string]int{"eth_getTransactionCount": 3}, calls, "two senders and the head's settled nonce")

	for range 3 {
		block, _ = f.next(t)
		require.NotContains(t, txHashes(block), tx0.Hash(), "in a block already, not settled")
		requests, calls = f.l1p.take()
		require.Zero(t, requests, "L1's head did not move: nothing read from L1 (%v)", calls)
		requests, calls = f.l2p.take()
		require.Equal(t, 1, requests)
		require.Equal(t, map[string]int{"eth_getTransactionCount": 3}, calls)
	}

	to := common.Address{0x0f, 0x0e}
	_, err = rollupnode.SendL1ForTest(ctx, f.l1c, l2.DevKey(5), &to, big.NewInt(1))
	require.NoError(t, err)
	f.next(t)
	requests, calls = f.l1p.take()
	require.Equal(t, 1, requests, "a new L1 head: the host's heads and the known entries' hashes in one batch")
	require.Equal(t, map[string]int{"eth_call": 6}, calls)
	requests, _ = f.l2p.take()
	require.Equal(t, 1, requests)
	require.Equal(t, []uint64{0, 1, 2}, rollupnode.HeldForTest(f.queue))
}
