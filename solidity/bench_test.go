package solidity_test

import (
	"context"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/derive"
	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/solidity/bindings"
)

// BenchmarkAdvanceGas measures the L1 gas of NativeRollup.advance for L2 blocks of
// n ETH transfers, next to EXECUTE's own up-front charge for the same input (the
// baseline, measured in the same run): the difference is what the host contract
// and calldata add. Recipients are either new accounts (the witness barely grows)
// or accounts funded in the L2 genesis (each adds its state-trie path to the
// witness), so the two series separate transaction bytes from witness bytes. The
// timed loop is one eth_call of advance, EXECUTE included.
//
//	go test ./solidity/ -run '^$' -bench BenchmarkAdvanceGas -benchtime 10x
func BenchmarkAdvanceGas(b *testing.B) {
	for _, recipients := range []string{"new", "existing"} {
		for _, n := range []int{0, 1, 10, 50, 200} {
			b.Run(fmt.Sprintf("recipients=%s/txs=%d", recipients, n), func(b *testing.B) {
				benchmarkAdvance(b, n, recipients == "existing")
			})
		}
	}
}

func benchmarkAdvance(b *testing.B, n int, existing bool) {
	recipient := func(i int) common.Address { return common.BigToAddress(big.NewInt(int64(0x10000 + i))) }
	funded := types.GenesisAlloc{}
	if existing {
		for i := range n {
			funded[recipient(i)] = types.Account{Balance: big.NewInt(1)}
		}
	}
	f := newNativeFixture(b, 3600, funded)
	block, anchor := f.nextBlock(b, func(g *core.BlockGen) {
		for i := range n {
			g.AddTx(l2Tx(b, g, aliceKey, recipient(i), big.NewInt(params.GWei), nil))
		}
	})
	data := advanceArgs(block, anchor)
	msg := ethereum.CallMsg{From: addr(sequencerKey), To: &f.rollup, Data: data, Gas: maxTxGas}
	for b.Loop() {
		_, err := f.l1.client.PendingCallContract(context.Background(), msg)
		require.NoError(b, err)
	}
	r := f.advance(b, block, anchor)
	executeGas := precompile.RequiredGas(block.Input.Encode())
	b.ReportMetric(float64(r.GasUsed), "l1gas")
	b.ReportMetric(float64(executeGas), "execute-gas")
	b.ReportMetric(float64(r.GasUsed)/float64(executeGas), "l1gas/execute-gas")
	b.ReportMetric(float64(len(block.Input.Transactions)), "tx-bytes")
	b.ReportMetric(float64(len(block.Input.Witness)), "witness-bytes")
}

// BenchmarkDisputeGas measures the L1 gas of a full optimistic dispute over a
// 100-block proposal (one blob) wrong from block 37 (challenge, two bisect/select
// rounds with K = 16: (0,100] -> (31,37] -> (36,37], proveBlockData with one DERIVE
// call, one EXECUTE step), next to the baseline of advancing one such block
// natively with NativeRollup.advance in the same run.
//
//	go test ./solidity/ -run '^$' -bench BenchmarkDisputeGas -benchtime 1x
func BenchmarkDisputeGas(b *testing.B) {
	for b.Loop() {
		f := newOptimisticFixture(b, 100)
		bad := dishonestFrom(f, 37)
		propose := f.propose(b, sequencerKey, bad)
		var total, moves uint64
		add := func(r *types.Receipt) { total += r.GasUsed; moves++ }
		add(f.l1.mustSend(b, challengerKey, f.rollup, challengerBond, f.challengeLast()))
		for g := f.game(b, firstGame); g.Hi-g.Lo > 1; g = f.game(b, firstGame) {
			roots := f.bisect(b, sequencerKey, firstGame, bad)
			add(lastReceipt(b, f.l1))
			f.selectFirstWrong(b, firstGame, roots)
			add(lastReceipt(b, f.l1))
		}
		prove, step := f.settle(b, challengerKey, firstGame, bad)
		add(prove)
		add(step)

		native := newNativeFixture(b, 3600)
		block, anchor := native.nextBlock(b, func(g *core.BlockGen) {
			g.AddTx(l2Tx(b, g, aliceKey, addr(bobKey), big.NewInt(params.GWei), nil))
		})
		advance := native.advance(b, block, anchor)

		b.ReportMetric(float64(propose.GasUsed), "propose-l1gas")
		b.ReportMetric(float64(total), "dispute-l1gas")
		b.ReportMetric(float64(moves), "dispute-txs")
		b.ReportMetric(float64(prove.GasUsed), "prove-l1gas")
		b.ReportMetric(float64(deriveOneBlobGas()), "derive-gas")
		b.ReportMetric(float64(len(trimmed(&f.data.blobs[0]))), "blob-bytes")
		b.ReportMetric(float64(step.GasUsed), "step-l1gas")
		b.ReportMetric(float64(advance.GasUsed), "native-advance-l1gas")
		b.ReportMetric(float64(total)/float64(advance.GasUsed), "dispute/advance")
	}
}

// lastReceipt is the receipt of the only transaction of the latest L1 block.
func lastReceipt(b testing.TB, e *l1) *types.Receipt {
	b.Helper()
	block, err := e.client.BlockByNumber(context.Background(), nil)
	require.NoError(b, err)
	require.Len(b, block.Transactions(), 1)
	r, err := e.client.TransactionReceipt(context.Background(), block.Transactions()[0].Hash())
	require.NoError(b, err)
	return r
}

// BenchmarkBlobDisputeGas measures the two settling transactions of a one-block
// proposal against the size of the blob's content: proveBlockData (one DERIVE call,
// whose charge is the same for any blob, plus the blob's calldata) and step (one
// EXECUTE call on the derived block). The block holds one transaction with `data`
// bytes of incompressible calldata; data=124000 nearly fills the blob (128,228 of
// 131,072 bytes), with both transactions still under go-ethereum's 128 KiB
// transaction-pool size limit and EIP-7825's 2^24 gas cap.
//
//	go test ./solidity/ -run '^$' -bench BenchmarkBlobDisputeGas -benchtime 1x
func BenchmarkBlobDisputeGas(b *testing.B) {
	for _, size := range []int{0, 10_000, 110_000, 124_000} {
		b.Run(fmt.Sprintf("data=%d", size), func(b *testing.B) {
			for b.Loop() {
				f := newOptimisticFixtureWithBlocks(b, 1, testMaxGasLimit, func(_ *l2Chain, _ int, g *core.BlockGen) {
					g.AddTx(calldataTx(b, g, 2, size, true))
				})
				p := honestProposal(f)
				f.proposeChallenged(b, p)
				proveArgs, stepArgs := f.proveArgs(b, firstGame), f.stepArgs(b, firstGame, p)
				prove, step := f.settle(b, sequencerKey, firstGame, p)
				require.True(b, resolved(b, step).ProposerWon)
				b.ReportMetric(float64(len(trimmed(&f.data.blobs[0]))), "blob-bytes")
				b.ReportMetric(float64(prove.GasUsed), "prove-l1gas")
				b.ReportMetric(float64(deriveOneBlobGas()), "derive-gas")
				b.ReportMetric(float64(len(proveArgs)), "prove-calldata")
				b.ReportMetric(float64(step.GasUsed), "step-l1gas")
				b.ReportMetric(float64(len(stepArgs)), "step-calldata")
			}
		})
	}
}

// deriveOneBlobGas is DERIVE's charge for one blob, what proveBlockData pays for any blob.
func deriveOneBlobGas() uint64 {
	in := &precompile.DeriveInput{Data: make([]byte, derive.BlobSize), BlobHashes: make([]common.Hash, 1)}
	return new(precompile.Derive).RequiredGas(in.Encode())
}

// BenchmarkProveBlockDataBlocks measures proveBlockData (one DERIVE call plus the
// Merkle root over the digests of every block of the blob) against the number of
// blocks the blob holds: blocks without transactions, so the blob's bytes stay
// small and the hashing is what grows. DERIVE's batch limit is 4,096 blocks, but
// ~575 gas of hashing per block on top of DERIVE's 14.35M leaves room for about
// 2,800 such blocks under 2^24: a proposer keeps its blobs within that (the rollup
// node's batcher does, rollupnode.proveGasEstimate).
//
//	go test ./solidity/ -run '^$' -bench BenchmarkProveBlockDataBlocks -benchtime 1x
func BenchmarkProveBlockDataBlocks(b *testing.B) {
	for _, n := range []int{1, 256, 1024, 2048} {
		b.Run(fmt.Sprintf("blocks=%d", n), func(b *testing.B) {
			for b.Loop() {
				f := newOptimisticFixtureWith(b, 1, l2.GenesisGasLimit, func(c *bindings.OptimisticNativeRollupConfig) { c.MaxBlocksPerProposal = 4096 },
					func(_ *l2Chain, _ int, g *core.BlockGen) {})
				blocks := make([]derive.Block, n)
				for i := range blocks {
					// 8 pseudo-random bytes of prevRandao per block keep the batch
					// within DERIVE's decompression ratio.
					var randao common.Hash
					copy(randao[:8], crypto.Keccak256(big.NewInt(int64(i)).Bytes()))
					blocks[i] = derive.Block{Timestamp: uint64(i + 1), GasLimit: l2.GenesisGasLimit, PrevRandao: randao}
				}
				d := newBlobData(b, []kzg4844.Blob{batchBlob(b, blocks)}, []uint32{uint32(n)})
				p := &proposal{outputs: make([]bindings.OptimisticNativeRollupOutput, n)}
				f.proposeData(b, sequencerKey, p, d, f.anchor)
				f.l1.mustSend(b, challengerKey, f.rollup, challengerBond, f.challengeLast())
				for g := f.game(b, firstGame); g.Hi-g.Lo > 1; g = f.game(b, firstGame) {
					roots := make([][32]byte, len(sections(g.Lo, g.Hi)))
					f.l1.mustSend(b, sequencerKey, f.rollup, nil, optABI.PackBisect(big.NewInt(firstGame), roots))
					f.l1.mustSend(b, challengerKey, f.rollup, nil, optABI.PackSelect(big.NewInt(firstGame), roots, big.NewInt(0)))
				}
				prove := f.l1.mustSend(b, sequencerKey, f.rollup, nil, f.proveArgs(b, firstGame))
				b.ReportMetric(float64(prove.GasUsed), "prove-l1gas")
				b.ReportMetric(float64(deriveOneBlobGas()), "derive-gas")
				b.ReportMetric(float64(len(trimmed(&d.blobs[0]))), "blob-bytes")
			}
		})
	}
}
