package rollupnode_test

import (
	"context"
	"math/big"
	"os"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/rollupnode"
)

// BenchmarkDevnetPipeline runs the devnet under a steady load of L2 transfers
// sent over its HTTP JSON-RPC (60 a second from six dev keys, or NR_BENCH_TPS;
// L2 gas limit 10M, or NR_BENCH_GASLIMIT) until 30 L2
// blocks carrying them are settled, and reports the L2-block-to-L1-inclusion
// latency (p50, p99), the L1 gas per L2 transaction and per L2 block, and the
// L2 gas settled per second. docs/BENCHMARKS.md "nr devnet":
//
//	go test ./rollupnode -run '^$' -bench DevnetPipeline -benchtime 1x
func BenchmarkDevnetPipeline(b *testing.B) {
	const blocks = 30
	txsPerSecond := 60
	if v, err := strconv.Atoi(os.Getenv("NR_BENCH_TPS")); err == nil && v > 0 {
		txsPerSecond = v
	}
	for range b.N {
		d := &devnet{}
		cfg := rollupnode.DefaultDevnetConfig()
		cfg.L1.HTTPPort, cfg.L1.WSPort, cfg.L2HTTPPort, cfg.L2AuthPort = 0, 0, 0, 0
		if v, err := strconv.ParseUint(os.Getenv("NR_BENCH_GASLIMIT"), 10, 64); err == nil {
			cfg.L2GasLimit = v
		}
		cfg.OnSettled = func(s *rollupnode.Settled) {
			d.mu.Lock()
			d.settled = append(d.settled, s)
			d.mu.Unlock()
		}
		var err error
		d.Devnet, err = rollupnode.StartDevnet(cfg)
		require.NoError(b, err)
		l2c, err := ethclient.Dial(d.L2.HTTPEndpoint())
		require.NoError(b, err)

		ctx, stop := context.WithCancel(context.Background())
		loaded := transferLoad(ctx, l2c, txsPerSecond)
		start := time.Now()
		deadline := time.After(3 * time.Minute)
		for d.lastSettled() < blocks+2 {
			select {
			case err := <-d.Err():
				b.Fatalf("the devnet stopped: %v", err)
			case <-deadline:
				b.Fatalf("%d blocks not settled in 3 minutes", blocks)
			case <-time.After(100 * time.Millisecond):
			}
		}
		elapsed := time.Since(start)
		stop()
		<-loaded
		l2c.Close()
		require.NoError(b, d.Close())

		// Blocks 3..blocks+2: the load is running from their start.
		var latencies []time.Duration
		var l1Gas, l2Gas, txs uint64
		for _, s := range d.settled[2 : blocks+2] {
			latencies = append(latencies, s.Latency)
			l1Gas += s.L1Gas
			l2Gas += s.Block.GasUsed()
			txs += uint64(len(s.Block.Transactions()))
		}
		slices.Sort(latencies)
		b.ReportMetric(latencies[len(latencies)/2].Seconds(), "p50-settle-s")
		b.ReportMetric(latencies[len(latencies)*99/100].Seconds(), "p99-settle-s")
		b.ReportMetric(float64(l1Gas)/float64(txs), "L1gas/L2tx")
		b.ReportMetric(float64(l1Gas)/blocks, "L1gas/L2block")
		b.ReportMetric(float64(txs)/blocks, "L2txs/block")
		b.ReportMetric(float64(l2Gas)/1e6/elapsed.Seconds(), "L2-Mgas/s")
	}
}

// transferLoad sends tps L2 transfers a second from dev keys 2..7 until ctx
// ends; the returned channel closes when it has stopped.
func transferLoad(ctx context.Context, l2c *ethclient.Client, tps int) <-chan struct{} {
	done := make(chan struct{})
	go func() {
		defer close(done)
		nonces := make([]uint64, 8)
		signer := types.LatestSignerForChainID(big.NewInt(l2.DefaultChainID))
		to := common.Address{0x10, 0xad}
		tick := time.NewTicker(time.Second / time.Duration(tps))
		defer tick.Stop()
		for i := 0; ; i++ {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
			k := 2 + i%6
			tx := types.MustSignNewTx(l2.DevKey(k), signer, &types.DynamicFeeTx{
				ChainID: big.NewInt(l2.DefaultChainID), Nonce: nonces[k], GasTipCap: big.NewInt(params.GWei),
				GasFeeCap: big.NewInt(100 * params.GWei), Gas: params.TxGas, To: &to, Value: big.NewInt(1),
			})
			if err := l2c.SendTransaction(ctx, tx); err == nil {
				nonces[k]++
			}
		}
	}()
	return done
}
