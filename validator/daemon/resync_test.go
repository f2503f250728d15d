package daemon_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/validator/daemon"
	"github.com/nativerollup/nr/validator/l1calls"
)

// fakeL1 serves a linear chain of empty blocks 0..head; while 'resync' is
// set it answers like a node that restarted and is syncing from scratch
// (head 0, no block above 0).
type fakeL1 struct {
	mu     sync.Mutex
	head   uint64
	resync bool
	chain  uint64 // which chain: every block hash, genesis included, differs per chain
}

func (f *fakeL1) hashOf(n uint64) common.Hash {
	return common.BigToHash(new(hexutil.Big).ToInt().SetUint64(n + 1000 + f.chain<<32))
}

type ethAPI struct{ f *fakeL1 }

func (e *ethAPI) BlockNumber() hexutil.Uint64 {
	e.f.mu.Lock()
	defer e.f.mu.Unlock()
	if e.f.resync {
		return 0
	}
	return hexutil.Uint64(e.f.head)
}

func (e *ethAPI) GetBlockByNumber(n hexutil.Uint64, full bool) map[string]any {
	e.f.mu.Lock()
	defer e.f.mu.Unlock()
	if uint64(n) > e.f.head || (e.f.resync && n > 0) {
		return nil
	}
	return map[string]any{"number": hexutil.Uint64(n), "hash": e.f.hashOf(uint64(n)), "parentHash": e.f.hashOf(uint64(n) - 1), "timestamp": hexutil.Uint64(n), "gasLimit": hexutil.Uint64(30_000_000), "transactions": []common.Hash{}}
}

type debugAPI struct{}

func (debugAPI) TraceBlockByHash(h common.Hash, cfg map[string]any) []l1calls.TxTrace {
	return []l1calls.TxTrace{}
}

// TestResyncingNodeKeepsVerdicts: a node that does not (yet) serve the
// verified tip's height (restarted and resyncing, a lagging backend behind a
// load balancer) is no reorg: the daemon waits and keeps every stored
// verdict, and carries on from its tip once the node serves the chain again.
func TestResyncingNodeKeepsVerdicts(t *testing.T) {
	f := &fakeL1{head: 5}
	srv := rpc.NewServer()
	require.NoError(t, srv.RegisterName("eth", &ethAPI{f}))
	require.NoError(t, srv.RegisterName("debug", debugAPI{}))
	client := l1calls.NewClient(rpc.DialInProc(srv))
	store, err := daemon.OpenStore("")
	require.NoError(t, err)
	d := daemon.New(daemon.Config{Policy: reexecPolicy(), L1: l2.L1Config(), Workers: 2, Poll: 10 * time.Millisecond}, client, store)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- d.Run(ctx) }()
	require.Eventually(t, func() bool { tip, _ := store.Tip(); return tip != nil && tip.Number == 5 }, 5*time.Second, 10*time.Millisecond)

	f.mu.Lock()
	f.resync = true // the node restarts and resyncs; nothing reorged
	f.mu.Unlock()
	time.Sleep(300 * time.Millisecond)
	tip, err := store.Tip()
	require.NoError(t, err)
	require.NotNil(t, tip, "the verdicts are kept")
	require.Equal(t, uint64(5), tip.Number)
	_, err = store.Block(3)
	require.NoError(t, err)

	f.mu.Lock()
	f.resync, f.head = false, 7 // synced again, and grown
	f.mu.Unlock()
	require.Eventually(t, func() bool { tip, _ := store.Tip(); return tip != nil && tip.Number == 7 }, 5*time.Second, 10*time.Millisecond)
	cancel()
	require.NoError(t, <-done)
}

// TestOtherChainRefused: a datadir holding the verdicts of another L1 (a
// mainnet validator's datadir given to a testnet node by mistake) is
// refused at start, naming both genesis hashes, before a single verdict is
// deleted; by the reorg rules every stored block would differ from the
// node's and the walk back would erase them all.
func TestOtherChainRefused(t *testing.T) {
	store, err := daemon.OpenStore(t.TempDir())
	require.NoError(t, err)
	defer store.Close()
	run := func(f *fakeL1) (context.CancelFunc, chan error) {
		srv := rpc.NewServer()
		require.NoError(t, srv.RegisterName("eth", &ethAPI{f}))
		require.NoError(t, srv.RegisterName("debug", debugAPI{}))
		d := daemon.New(daemon.Config{Policy: reexecPolicy(), L1: l2.L1Config(), Poll: 10 * time.Millisecond}, l1calls.NewClient(rpc.DialInProc(srv)), store)
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- d.Run(ctx) }()
		return cancel, done
	}
	cancel, done := run(&fakeL1{head: 5})
	require.Eventually(t, func() bool { tip, _ := store.Tip(); return tip != nil && tip.Number == 5 }, 5*time.Second, 10*time.Millisecond)
	cancel()
	require.NoError(t, <-done)

	cancel, done = run(&fakeL1{head: 9, chain: 1})
	defer cancel()
	select {
	case err := <-done:
		require.ErrorIs(t, err, daemon.ErrOtherChain)
		require.ErrorContains(t, err, "--datadir")
	case <-time.After(5 * time.Second):
		t.Fatal("the daemon runs on another chain's datadir")
	}
	tip, err := store.Tip()
	require.NoError(t, err)
	require.Equal(t, uint64(5), tip.Number, "the verdicts are kept")
	_, err = store.Block(3)
	require.NoError(t, err)
}
