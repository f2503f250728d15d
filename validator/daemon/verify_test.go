package daemon_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/validator"
	"github.com/nativerollup/nr/validator/daemon"
	"github.com/nativerollup/nr/validator/l1calls"
)

// TestVerifyBlockRules: one L1 block's calls under the daemon's rules, in
// order: a call given less gas than EXECUTE's price is unverified (out of
// gas) and takes no budget; an input failing the precheck that L1 failed is
// agree without re-execution; the re-execution cap is taken in call order,
// so with room for one block's gas limit the first valid call is
// re-executed (agree) and the next is unverified over the cap; a block with
// an unverified call is unverified.
func TestVerifyBlockRules(t *testing.T) {
	calls := benchCalls(t, 2, 1)
	outOfGas := calls[0]
	outOfGas.Tx, outOfGas.Gas, outOfGas.Call = common.Hash{0xaa}, 100, validator.Call{Input: calls[0].Call.Input, Success: false}
	garbage := l1calls.Found{Tx: common.Hash{0xbb}, Gas: 1 << 24, Call: validator.Call{Input: []byte{1, 2, 3}, Success: false}}
	block := []l1calls.Found{outOfGas, garbage, calls[0], calls[1]}

	p := reexecPolicy()
	p.ReexecGasCap = benchGasLimit // one call's declared gas
	store, err := daemon.OpenStore("")
	require.NoError(t, err)
	d := daemon.New(daemon.Config{Policy: p, L1: l2.L1Config(), Workers: 2}, nil, store)
	rec, crecs, halt := d.VerifyBlock(context.Background(), &l1calls.Header{Number: 7}, block)
	require.Empty(t, halt)
	want := []struct{ result, reason string }{
		{"unverified", "ran out of gas"},
		{"agree", "input fails before execution"},
		{"agree", "re-execution"},
		{"unverified", "over the re-execution gas cap"},
	}
	for i, w := range want {
		require.Equal(t, w.result, crecs[i].Result, "call %d: %s", i, crecs[i].Reason)
		require.Contains(t, crecs[i].Reason, w.reason, "call %d", i)
	}
	require.Equal(t, "unverified", rec.Result)
	require.Equal(t, 2, rec.Agree)
	require.Equal(t, 2, rec.Unverified)
}

// gate is a re-execution verifier that records how many calls it runs at
// once, holding each until 'hold' calls are in (or a timeout).
type gate struct {
	mu        sync.Mutex
	in, max   int
	hold      int
	full      chan struct{}
	inner     validator.Verifier
	closeOnce sync.Once
}

func (g *gate) Verify(ctx context.Context, call *validator.Call, d *precompile.Decoded) validator.Verdict {
	g.mu.Lock()
	g.in++
	g.max = max(g.max, g.in)
	if g.in == g.hold {
		g.closeOnce.Do(func() { close(g.full) })
	}
	g.mu.Unlock()
	select {
	case <-g.full:
	case <-time.After(2 * time.Second):
	}
	v := g.inner.Verify(ctx, call, d)
	g.mu.Lock()
	g.in--
	g.mu.Unlock()
	return v
}

// TestWorkerPool: the re-executions of one L1 block run on the pool, as many
// at once as there are workers and never more, whatever the machine's load
// (the benchmarks measure the speedup this gives).
func TestWorkerPool(t *testing.T) {
	calls := benchCalls(t, 6, 1)
	for _, workers := range []int{1, 2, 3} {
		g := &gate{hold: workers, full: make(chan struct{}), inner: validator.NewReexecVerifier(l2.L1Config())}
		store, err := daemon.OpenStore("")
		require.NoError(t, err)
		p := reexecPolicy()
		p.ReexecGasCap = 6 * benchGasLimit
		d := daemon.New(daemon.Config{Policy: p, L1: l2.L1Config(), Workers: workers, Reexec: g}, nil, store)
		rec, _, _ := d.VerifyBlock(context.Background(), &l1calls.Header{Number: 1}, calls)
		require.Equal(t, 6, rec.Agree, rec.Reason)
		require.Equal(t, workers, g.max, "re-executions in flight with %d workers", workers)
	}
}
