package stateless_test

import (
	"context"
	"errors"
	"io/fs"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	gethstateless "github.com/ethereum/go-ethereum/core/stateless"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/stateless"
)

// BenchmarkExecute processes the same block four ways in one run, so that the
// ratios between them hold on any machine:
//
//   - path=nr: stateless.DecodeWitnessRLP and stateless.VerifyBlock, which is
//     what verifying a block from its bytes costs with every nr check.
//   - path=geth-stateless: decoding the same witness bytes into go-ethereum's
//     witness and core.ExecuteStateless on the block with zeroed roots, then
//     comparing the roots: the bare baseline that nr's checks add to.
//   - path=geth-stateful: BlockChain.ProcessBlock without a witness on the
//     imported chain, which is go-ethereum's import of the block minus the write
//     to disk: execution on the parent state with its snapshot, prefetcher and
//     caches, and full state validation including the state root. The state is
//     in memory and warm, so this is geth at its fastest.
//   - path=geth-stateful-seq: the same processing and validation on the same
//     state, on one goroutine: no speculative prefetcher racing ahead on another
//     core, so it costs the same CPU work as the stateless paths do.
//
// Every iteration decodes a fresh copy of the block before the timer runs, so
// each path recovers every sender; reusing a block would skip that after the
// first iteration. The corpus block has no stateful path: the corpus holds its
// witness, not the parent state.
func BenchmarkExecute(b *testing.B) {
	for _, shape := range benchShapes {
		b.Run("block="+shape.name, func(b *testing.B) {
			benchExecutePaths(b, benchChain(b, shape.name))
		})
	}
	b.Run("block="+benchMainnetBlock, func(b *testing.B) {
		benchExecutePaths(b, benchMainnet(b))
	})
}

func benchExecutePaths(b *testing.B, blk *benchBlock) {
	ctx := context.Background()
	b.Run("path=nr", func(b *testing.B) {
		blocks := benchDecodeBlocks(b, blk, b.N)
		b.ResetTimer()
		for _, block := range blocks {
			w, err := stateless.DecodeWitnessRLP(blk.witnessRLP)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := stateless.VerifyBlock(ctx, blk.config, block, blk.preStateRoot, w); err != nil {
				b.Fatal(err)
			}
		}
		benchReportGas(b, blk.gasUsed)
	})
	b.Run("path=geth-stateless", func(b *testing.B) {
		blocks := benchDecodeBlocks(b, blk, b.N)
		tasks := make([]*types.Block, len(blocks))
		for i, block := range blocks {
			// ExecuteStateless computes the roots and logs an error when the
			// block already carries them.
			header := block.Header()
			header.Root, header.ReceiptHash = common.Hash{}, common.Hash{}
			tasks[i] = types.NewBlockWithHeader(header).WithBody(*block.Body())
		}
		b.ResetTimer()
		for i, task := range tasks {
			var w gethstateless.Witness
			if err := rlp.DecodeBytes(blk.witnessRLP, &w); err != nil {
				b.Fatal(err)
			}
			stateRoot, receiptRoot, err := core.ExecuteStateless(ctx, blk.config, vm.Config{}, task, &w)
			if err != nil {
				b.Fatal(err)
			}
			if stateRoot != blocks[i].Root() || receiptRoot != blocks[i].ReceiptHash() {
				b.Fatalf("roots %x, %x; block has %x, %x", stateRoot, receiptRoot, blocks[i].Root(), blocks[i].ReceiptHash())
			}
		}
		benchReportGas(b, blk.gasUsed)
	})
	b.Run("path=geth-stateful", func(b *testing.B) {
		if blk.chain == nil {
			b.Skip("corpus block: no parent state to process it on")
		}
		blocks := benchDecodeBlocks(b, blk, b.N)
		b.ResetTimer()
		for _, block := range blocks {
			if _, err := blk.chain.ProcessBlock(ctx, blk.preStateRoot, block, core.ExecuteConfig{}); err != nil {
				b.Fatal(err)
			}
		}
		benchReportGas(b, blk.gasUsed)
	})
	b.Run("path=geth-stateful-seq", func(b *testing.B) {
		if blk.chain == nil {
			b.Skip("corpus block: no parent state to process it on")
		}
		blocks := benchDecodeBlocks(b, blk, b.N)
		b.ResetTimer()
		for _, block := range blocks {
			statedb, err := blk.chain.StateAt(blk.preStateRoot, block.Number(), block.Time())
			if err != nil {
				b.Fatal(err)
			}
			res, err := blk.chain.Processor().Process(ctx, block, statedb, nil, nil, vm.Config{}, nil)
			if err != nil {
				b.Fatal(err)
			}
			if err := blk.chain.Validator().ValidateState(block, statedb, res, false); err != nil {
				b.Fatal(err)
			}
		}
		benchReportGas(b, blk.gasUsed)
	})
}

// BenchmarkWitnessDecode measures how fast a witness is made usable, in witness
// bytes per second:
//
//   - step=decode: stateless.DecodeWitnessRLP alone.
//   - step=decode-hashdb: decoding, then keying every code and trie node by its
//     keccak hash in a memory database, the work Execute does before running a
//     transaction and the step that binds the witness to the pre-state root.
func BenchmarkWitnessDecode(b *testing.B) {
	for _, shape := range benchShapes {
		b.Run("block="+shape.name, func(b *testing.B) {
			benchDecodeSteps(b, benchChain(b, shape.name))
		})
	}
	b.Run("block="+benchMainnetBlock, func(b *testing.B) {
		benchDecodeSteps(b, benchMainnet(b))
	})
}

func benchDecodeSteps(b *testing.B, blk *benchBlock) {
	b.Run("step=decode", func(b *testing.B) {
		b.SetBytes(int64(len(blk.witnessRLP)))
		for b.Loop() {
			if _, err := stateless.DecodeWitnessRLP(blk.witnessRLP); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("step=decode-hashdb", func(b *testing.B) {
		b.SetBytes(int64(len(blk.witnessRLP)))
		for b.Loop() {
			w, err := stateless.DecodeWitnessRLP(blk.witnessRLP)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := benchHashDB(w); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// benchHashDB builds the hash-keyed database by the steps Execute takes (its
// helper is unexported): index the witness in go-ethereum's form, then hash each
// code and node into a memory database.
func benchHashDB(w *stateless.Witness) (ethdb.Database, error) {
	ext := &gethstateless.ExtWitness{Headers: w.Headers, Codes: benchHexBytes(w.Codes), State: benchHexBytes(w.State)}
	var gw gethstateless.Witness
	if err := gw.FromExtWitness(ext); err != nil {
		return nil, err
	}
	return gw.MakeHashDB(), nil
}

func benchHexBytes(in [][]byte) []hexutil.Bytes {
	out := make([]hexutil.Bytes, len(in))
	for i, v := range in {
		out[i] = v
	}
	return out
}

// benchChain returns the shape's generated block, building its chain on first use.
func benchChain(b *testing.B, shape string) *benchBlock {
	blk, err := benchChains[shape]()
	require.NoError(b, err)
	return blk
}

// benchMainnet returns the corpus block, or skips when the corpus is not there.
func benchMainnet(b *testing.B) *benchBlock {
	blk, err := loadBenchMainnet()
	if errors.Is(err, fs.ErrNotExist) {
		b.Skipf("corpus not found (set NR_CORPUS to the shared corpus directory): %v", err)
	}
	require.NoError(b, err)
	return blk
}

// benchDecodeBlocks decodes n independent copies of the block.
func benchDecodeBlocks(b *testing.B, blk *benchBlock, n int) []*types.Block {
	blocks := make([]*types.Block, n)
	for i := range blocks {
		blocks[i] = new(types.Block)
		require.NoError(b, rlp.DecodeBytes(blk.blockRLP, blocks[i]))
	}
	return blocks
}

// benchReportGas reports the throughput of a benchmark that processed the block
// b.N times.
func benchReportGas(b *testing.B, gasUsed uint64) {
	b.ReportMetric(float64(gasUsed)*float64(b.N)/b.Elapsed().Seconds()/1e6, "Mgas/s")
}
