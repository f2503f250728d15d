package rollupnode_test

import (
	"context"
	"os"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/rollupnode"
)

// BenchmarkL1GasPerL2Tx runs one load (60 L2 transfers a second from six dev
// keys, or NR_BENCH_TPS) through `nr devnet` (MyRollup: one advance per L2
// block, the block in calldata) and then through `nr devnet --host optimistic`
// (batches in blobs, a 10-second challenge window), in one process, and
// reports the L1 cost per L2 transaction of each: for MyRollup the advance
// gas of L2 blocks 3..22; for the optimistic host the execution gas of
// propose + finalize and the blob gas of the three proposals after the first
// (which holds only block 1), with no dispute. docs/BENCHMARKS.md "L1 gas per
// L2 transaction: calldata and blobs":
//
//	go test ./rollupnode -run '^$' -bench L1GasPerL2Tx -benchtime 1x
func BenchmarkL1GasPerL2Tx(b *testing.B) {
	tps := 60
	if v, err := strconv.Atoi(os.Getenv("NR_BENCH_TPS")); err == nil && v > 0 {
		tps = v
	}
	for range b.N {
		// Calldata: MyRollup.
		var mu sync.Mutex
		var settled []*rollupnode.Settled
		cfg := rollupnode.DefaultDevnetConfig()
		cfg.L1.HTTPPort, cfg.L1.WSPort, cfg.L2HTTPPort, cfg.L2AuthPort = 0, 0, 0, 0
		cfg.OnSettled = func(s *rollupnode.Settled) { mu.Lock(); settled = append(settled, s); mu.Unlock() }
		var nativeGas, nativeTxs uint64
		runLoaded(b, cfg, tps, func() bool {
			mu.Lock()
			defer mu.Unlock()
			return len(settled) >= 22
		})
		for _, s := range settled[2:22] {
			nativeGas += s.L1Gas
			nativeTxs += uint64(len(s.Block.Transactions()))
		}

		// Blobs: OptimisticNativeRollup.
		var finalized []*rollupnode.Proposal
		cfg = rollupnode.DefaultDevnetConfig()
		cfg.Host = rollupnode.HostOptimistic
		cfg.Optimistic.ChallengeWindow = 10 * time.Second
		cfg.L1.HTTPPort, cfg.L1.WSPort, cfg.L2HTTPPort, cfg.L2AuthPort, cfg.BlobsAddr = 0, 0, 0, 0, ""
		cfg.OnProposal = func(e rollupnode.ProposerEvent) {
			if e.Kind == "finalized" {
				mu.Lock()
				finalized = append(finalized, e.Proposal)
				mu.Unlock()
			}
		}
		var optGas, blobGas, optTxs, blobs, payload uint64
		runLoaded(b, cfg, tps, func() bool {
			mu.Lock()
			defer mu.Unlock()
			return len(finalized) >= 4
		})
		for _, p := range finalized[1:4] {
			optGas += p.L1Gas + p.FinalizeGas
			blobGas += p.BlobGas
			optTxs += uint64(p.Txs())
			blobs += uint64(len(p.Blobs))
			payload += uint64(p.PayloadBytes)
		}
		b.ReportMetric(float64(nativeGas)/float64(nativeTxs), "calldata-L1gas/L2tx")
		b.ReportMetric(float64(nativeTxs)/20, "calldata-L2txs/block")
		b.ReportMetric(float64(optGas)/float64(optTxs), "blobs-L1gas/L2tx")
		b.ReportMetric(float64(blobGas)/float64(optTxs), "blobs-blobgas/L2tx")
		b.ReportMetric(float64(payload)/float64(optTxs), "blobs-payloadB/L2tx")
		b.ReportMetric(float64(optTxs)/3, "blobs-L2txs/proposal")
		b.ReportMetric(float64(blobs)/3, "blobs/proposal")
	}
}

// runLoaded starts a devnet with cfg, sends tps transfers a second to it until
// done holds (3 minutes at most), and stops it.
func runLoaded(b *testing.B, cfg rollupnode.DevnetConfig, tps int, done func() bool) {
	b.Helper()
	d, err := rollupnode.StartDevnet(cfg)
	require.NoError(b, err)
	defer func() { require.NoError(b, d.Close()) }()
	l2c, err := ethclient.Dial(d.L2.HTTPEndpoint())
	require.NoError(b, err)
	defer l2c.Close()
	ctx, stop := context.WithCancel(context.Background())
	loaded := transferLoad(ctx, l2c, tps)
	defer func() { stop(); <-loaded }()
	deadline := time.After(3 * time.Minute)
	for !done() {
		select {
		case err := <-d.Err():
			b.Fatalf("the %s devnet stopped: %v", cfg.Host, err)
		case <-deadline:
			b.Fatalf("the %s devnet did not finish in 3 minutes", cfg.Host)
		case <-time.After(100 * time.Millisecond):
		}
	}
}
