package daemon_test

import (
	"context"
	"fmt"
	"math/big"
	"runtime"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/internal/cputime"
	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/validator"
	"github.com/nativerollup/nr/validator/daemon"
	"github.com/nativerollup/nr/validator/l1calls"
)

// benchGasLimit is the L2 gas limit of the benchmark's blocks: 16 calls
// declare 59.2M gas, within one 60M-gas L1 block and the default
// re-execution cap (EXECUTE charges one L1 gas per declared L2 gas).
const benchGasLimit = 3_700_000

// benchCalls is n EXECUTE calls of n consecutive L2 blocks of txs transfers
// each, with the outputs L1 gives them.
func benchCalls(b testing.TB, n, txs int) []l1calls.Found {
	genesis := l2.Genesis(l2.DefaultChainID, l2.DevAlloc(8))
	genesis.GasLimit = benchGasLimit
	c, err := l2.NewChainFromGenesis(l2.DefaultChainID, genesis)
	require.NoError(b, err)
	defer c.Close()
	blocks, err := c.AddBlocks(n, func(_ int, g *core.BlockGen) {
		for range txs {
			to := common.Address{0xbe, 0xef}
			tx, err := types.SignNewTx(l2.DevKey(2), g.Signer(), &types.DynamicFeeTx{
				ChainID: big.NewInt(l2.DefaultChainID), Nonce: g.TxNonce(l2.DevAddress(2)),
				GasTipCap: big.NewInt(params.GWei), GasFeeCap: new(big.Int).Add(g.BaseFee(), big.NewInt(params.GWei)),
				Gas: 21_000, To: &to, Value: big.NewInt(1),
			})
			require.NoError(b, err)
			g.AddTx(tx)
		}
	})
	require.NoError(b, err)
	exec := precompile.NewExecute(l2.L1Config())
	out := make([]l1calls.Found, n)
	for i, blk := range blocks {
		input := blk.Input.Encode()
		v, err := exec.Verify(context.Background(), input)
		require.NoError(b, err)
		out[i] = l1calls.Found{Tx: common.Hash{byte(i)}, Index: 0, Type: "STATICCALL", Gas: 1 << 24,
			Call: validator.Call{Input: input, Success: true, Output: v.Output()}}
	}
	return out
}

// BenchmarkVerifyBlock is the verification latency of one L1 block holding
// N EXECUTE calls (each an L2 block of 150 transfers, 3.15M gas) in reexec
// mode: the daemon's VerifyBlock, as it runs per L1 block, without the RPC.
// Three ways: cores=1 is sequential verification on one core (GOMAXPROCS 1,
// one worker, one call judged at a time: the baseline of the parallel
// speedup); workers=1 is one re-execution at a time on both cores (the
// prechecks and the garbage collector still use the second); workers=2 is
// the daemon's default on this machine. docs/BENCHMARKS.md has the figures.
func BenchmarkVerifyBlock(b *testing.B) {
	for _, n := range []int{1, 4, 16} {
		calls := benchCalls(b, n, 150)
		for _, c := range []struct {
			name                   string
			procs, workers, judges int
		}{{"cores=1", 1, 1, 1}, {"workers=1", 2, 1, 0}, {"workers=2", 2, 2, 0}} {
			b.Run(fmt.Sprintf("calls=%d/%s", n, c.name), func(b *testing.B) {
				defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(c.procs))
				store, err := daemon.OpenStore("")
				require.NoError(b, err)
				d := daemon.New(daemon.Config{Policy: reexecPolicy(), L1: l2.L1Config(), Workers: c.workers, Judges: c.judges}, nil, store)
				h := &l1calls.Header{Number: 1}
				runtime.GC()
				b.ResetTimer()
				start, cpu0 := time.Now(), cputime.Process()
				for range b.N {
					rec, _, _ := d.VerifyBlock(context.Background(), h, calls)
					if rec.Agree != n {
						b.Fatalf("block verdict %s: %s", rec.Result, rec.Reason)
					}
				}
				wall := time.Since(start)
				b.ReportMetric(float64(wall.Microseconds())/1000/float64(b.N), "ms/block")
				b.ReportMetric(float64((cputime.Process()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/block")
				b.ReportMetric(float64(n)*3.15*float64(b.N)/wall.Seconds(), "Mgas/s")
			})
		}
	}
}

// BenchmarkCatchUp is `nr validator` catching up with an L1 of 8 blocks,
// each holding one direct EXECUTE call of an L2 block of 150 transfers, over
// JSON-RPC from the in-process dev node (header, trace, verify, store), with
// 1 worker and with 2 (blocks verified concurrently, stored in order).
func BenchmarkCatchUp(b *testing.B) {
	dn := newDevnet(b)
	genesis := l2.Genesis(l2.DefaultChainID, l2.DevAlloc(8))
	genesis.GasLimit = benchGasLimit
	c, err := l2.NewChainFromGenesis(l2.DefaultChainID, genesis)
	require.NoError(b, err)
	defer c.Close()
	dn.other = c
	for range 8 {
		dn.direct(150)
	}
	head := dn.head()
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("blocks=%d/workers=%d", head, workers), func(b *testing.B) {
			client, err := l1calls.Dial(context.Background(), dn.node.HTTPEndpoint())
			require.NoError(b, err)
			defer client.Close()
			start, cpu0 := time.Now(), cputime.Process()
			for range b.N {
				store, err := daemon.OpenStore("")
				require.NoError(b, err)
				d := daemon.New(daemon.Config{Policy: reexecPolicy(), L1: l2.L1Config(), Workers: workers, Poll: time.Millisecond}, client, store)
				ctx, cancel := context.WithCancel(context.Background())
				done := make(chan error, 1)
				go func() { done <- d.Run(ctx) }()
				for {
					tip, err := store.Tip()
					require.NoError(b, err)
					if tip != nil && tip.Number >= head {
						break
					}
					time.Sleep(200 * time.Microsecond)
				}
				cancel()
				require.NoError(b, <-done)
			}
			wall := time.Since(start)
			b.ReportMetric(float64(wall.Microseconds())/1000/float64(b.N), "ms/catch-up")
			b.ReportMetric(float64((cputime.Process()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/catch-up")
		})
	}
}
