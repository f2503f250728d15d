package solidity_test

import (
	"math/big"
	"math/rand/v2"
	"sort"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/solidity"
	"github.com/nativerollup/nr/solidity/bindings"
	"github.com/nativerollup/nr/stateless"
)

// maxGasLimit is RollupHost.MAX_GAS_LIMIT, the largest gas limit a policy admits.
const maxGasLimit = 13_500_000

// TestSettleGasBoundMatchesHost: solidity.SettleGasBound and Settleable, which
// block builders use, agree with the host's settleGasBound and settleable, and the
// host's MAX_GAS_LIMIT still leaves MIN_SETTLE_PAYLOAD bytes for a block.
func TestSettleGasBoundMatchesHost(t *testing.T) {
	f := newNativeFixture(t, 3600)
	view := func(data []byte) []byte { return f.l1.view(t, f.rollup, data) }
	maxTx, err := f.abi.UnpackMAXTXGAS(view(f.abi.PackMAXTXGAS()))
	require.NoError(t, err)
	require.Equal(t, uint64(solidity.MaxTxGas), maxTx.Uint64())
	maxPayload, err := f.abi.UnpackMAXSETTLEPAYLOAD(view(f.abi.PackMAXSETTLEPAYLOAD()))
	require.NoError(t, err)
	require.Equal(t, uint64(solidity.MaxSettlePayload), maxPayload.Uint64())
	ceiling, err := f.abi.UnpackMAXGASLIMIT(view(f.abi.PackMAXGASLIMIT()))
	require.NoError(t, err)
	require.Equal(t, uint64(maxGasLimit), ceiling)
	minPayload, err := f.abi.UnpackMINSETTLEPAYLOAD(view(f.abi.PackMINSETTLEPAYLOAD()))
	require.NoError(t, err)
	require.True(t, solidity.Settleable(ceiling, minPayload.Uint64()), "a block at MAX_GAS_LIMIT must settle with MIN_SETTLE_PAYLOAD bytes")

	saturated := new(big.Int).SetUint64(^uint64(0))
	for _, gasLimit := range []uint64{0, 1_000_000, l2.GenesisGasLimit, testMaxGasLimit, maxGasLimit, 1 << 32, ^uint64(0)} {
		for _, payload := range []uint64{0, 1, 64 * 1024, solidity.MaxSettlePayload, solidity.MaxSettlePayload + 1, 600_000, solidity.MaxTxGas, solidity.MaxTxGas + 1} {
			host, err := f.abi.UnpackSettleGasBound(view(f.abi.PackSettleGasBound(gasLimit, new(big.Int).SetUint64(payload))))
			require.NoError(t, err)
			if host.Cmp(saturated) > 0 {
				host = saturated // Go saturates where the contract's uint256 goes on
			}
			require.Equal(t, host.Uint64(), solidity.SettleGasBound(gasLimit, payload), "gas limit %d, %d payload bytes", gasLimit, payload)
			ok, err := f.abi.UnpackSettleable(view(f.abi.PackSettleable(gasLimit, new(big.Int).SetUint64(payload))))
			require.NoError(t, err)
			require.Equal(t, ok, solidity.Settleable(gasLimit, payload), "gas limit %d, %d payload bytes", gasLimit, payload)
		}
	}
}

// largestPayload is the most payload bytes the host accepts in a block declaring gasLimit.
func largestPayload(gasLimit uint64) uint64 {
	return uint64(sort.Search(solidity.MaxTxGas, func(n int) bool { return !solidity.Settleable(gasLimit, uint64(n)) }) - 1)
}

// payloadOf is what the host bounds in a block: its transactions, witness and extra data.
func payloadOf(in bindings.ExecuteBlockEnv, transactions, witness []byte) uint64 {
	return uint64(len(transactions) + len(witness) + len(in.ExtraData))
}

// calldataTx is an L2 transaction from key carrying n bytes of calldata, random
// (every byte non-zero-priced on L1) or zero, with the gas EIP-7623's floor asks.
func calldataTx(t testing.TB, g *core.BlockGen, key int, n int, random bool) *types.Transaction {
	t.Helper()
	data := make([]byte, n)
	floorPerByte := uint64(params.TxCostFloorPerToken) // a zero byte is one token
	if random {
		_, _ = rand.NewChaCha8([32]byte{byte(n)}).Read(data)
		floorPerByte *= params.TxTokenPerNonZeroByte
	}
	k := l2.DevKey(key)
	tx, err := types.SignNewTx(k, g.Signer(), &types.DynamicFeeTx{
		ChainID: new(big.Int).SetUint64(l2.DefaultChainID), Nonce: g.TxNonce(addr(k)),
		GasTipCap: big.NewInt(params.GWei), GasFeeCap: new(big.Int).Add(g.BaseFee(), big.NewInt(params.GWei)),
		Gas: params.TxGas + floorPerByte*uint64(n) + 100_000, To: &common.Address{0x42}, Data: data,
	})
	require.NoError(t, err)
	return tx
}

// padWitness adds one key (carried, never read: spec/witness.md) to an RLP
// witness so that it is exactly size bytes long.
func padWitness(t testing.TB, witness []byte, size int) []byte {
	t.Helper()
	w, err := stateless.DecodeWitnessRLP(witness)
	require.NoError(t, err)
	keys := w.Keys
	for k := size - len(witness) - 16; k <= size-len(witness); k++ {
		if k < 0 {
			continue
		}
		w.Keys = append(keys[:len(keys):len(keys)], make([]byte, k))
		padded, err := stateless.EncodeWitnessRLP(w)
		require.NoError(t, err)
		if len(padded) == size {
			return padded
		}
	}
	t.Fatalf("no single key pads a %d-byte witness to %d bytes", len(witness), size)
	return nil
}

// TestAdvanceLargestBlock builds, for a gas limit where each bound binds, the
// largest block the host accepts: one transaction of random calldata (the most L1
// gas per byte) and a witness padded to exactly the largest payload. It settles
// through the transaction pool in one transaction under EIP-7825's 2^24 gas, within
// SettleGasBound; one byte more is refused with BlockTooLarge before EXECUTE runs.
func TestAdvanceLargestBlock(t *testing.T) {
	for _, c := range []struct {
		name     string
		gasLimit uint64
	}{
		{"gas limit 10M: MAX_SETTLE_PAYLOAD binds", l2.GenesisGasLimit},
		{"gas limit MAX_GAS_LIMIT: the 2^24 gas cap binds", maxGasLimit},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := newNativeFixtureWith(t, c.gasLimit, func(cfg *bindings.NativeRollupConfig) { cfg.MaxGasLimit = maxGasLimit })
			size := largestPayload(c.gasLimit)
			b, anchor := f.nextBlock(t, func(g *core.BlockGen) { g.AddTx(calldataTx(t, g, 2, int(size)-16*1024, true)) })
			require.Equal(t, c.gasLimit, b.Block.GasLimit())
			env := envOf(b)
			witness := padWitness(t, b.Input.Witness, int(size)-len(b.Input.Transactions)-len(env.ExtraData))
			require.Equal(t, size, payloadOf(env, b.Input.Transactions, witness))

			over := padWitness(t, b.Input.Witness, len(witness)+1)
			requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, f.abi.PackAdvance(env, anchor, claimsOf(b), b.Input.Transactions, over)),
				bindings.TestNativeRollupBlockTooLargeErrorID())

			r := f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.abi.PackAdvance(env, anchor, claimsOf(b), b.Input.Transactions, witness))
			bound := solidity.SettleGasBound(c.gasLimit, size)
			require.LessOrEqual(t, r.GasUsed, bound)
			require.LessOrEqual(t, bound, uint64(solidity.MaxTxGas))
			_, _, number := f.head(t)
			require.Equal(t, uint64(1), number)
			t.Logf("gas limit %d: %d payload bytes (%d of transactions), advance used %d L1 gas, bound %d, cap %d",
				c.gasLimit, size, len(b.Input.Transactions), r.GasUsed, bound, solidity.MaxTxGas)
		})
	}
}

// TestAdvanceZeroCalldataBlockRefused (issue 12, finding 5b): a 10M-gas L2 block
// with one ~600 KB zero-byte calldata transaction is valid on L2, but its 603 KB
// EXECUTE input needs more than EIP-7825's 2^24 gas to settle, so advance could
// never succeed. The host names it (BlockTooLarge) instead of running out of gas.
func TestAdvanceZeroCalldataBlockRefused(t *testing.T) {
	f := newNativeFixture(t, 3600)
	b, anchor := f.nextBlock(t, func(g *core.BlockGen) { g.AddTx(calldataTx(t, g, 2, 600_000, false)) })
	require.Equal(t, types.ReceiptStatusSuccessful, b.Receipts[0].Status)
	require.Greater(t, len(b.Input.Encode()), 600_000)
	require.False(t, solidity.Settleable(b.Block.GasLimit(), payloadOf(envOf(b), b.Input.Transactions, b.Input.Witness)))
	requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, advanceArgs(b, anchor)), bindings.TestNativeRollupBlockTooLargeErrorID())
}

// TestStepLargestBlock is TestAdvanceLargestBlock for an optimistic dispute: the
// proposal's block carries as much calldata as a blob holds and the step's witness
// pads it to the largest payload; step settles it in one transaction through the
// pool, within SettleGasBound, and one witness byte more reverts with
// BlockTooLarge, leaving the game open.
func TestStepLargestBlock(t *testing.T) {
	for _, c := range []struct {
		name     string
		gasLimit uint64
		calldata int
	}{
		{"gas limit 10M: MAX_SETTLE_PAYLOAD binds", l2.GenesisGasLimit, 110_000},
		{"gas limit MAX_GAS_LIMIT: the 2^24 gas cap binds", maxGasLimit, 60_000},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := newOptimisticFixtureWith(t, 1, c.gasLimit, func(cfg *bindings.OptimisticNativeRollupConfig) { cfg.MaxGasLimit = maxGasLimit },
				func(_ *l2Chain, _ int, g *core.BlockGen) { g.AddTx(calldataTx(t, g, 2, c.calldata, true)) })
			p := honestProposal(f)
			f.proposeChallenged(t, p)
			f.l1.mustSend(t, sequencerKey, f.rollup, nil, f.proveArgs(t, firstGame))
			block := f.blocks[0]
			size := largestPayload(c.gasLimit)
			env := envOf(block)
			witness := padWitness(t, block.Input.Witness, int(size)-len(block.Input.Transactions)-len(env.ExtraData))
			require.Equal(t, size, payloadOf(env, block.Input.Transactions, witness))
			step := func(witness []byte) []byte {
				return f.stepWith(t, firstGame, f.genesis, p.output(f, 1), inputsOf(block), witness)
			}
			over := padWitness(t, block.Input.Witness, len(witness)+1)
			requireRevert(t, f.l1.revertOf(t, sequencerKey, f.rollup, nil, step(over)), bindings.OptimisticNativeRollupBlockTooLargeErrorID())

			r := f.l1.mustSend(t, sequencerKey, f.rollup, nil, step(witness))
			require.True(t, resolved(t, r).ProposerWon)
			bound := solidity.SettleGasBound(c.gasLimit, size)
			require.LessOrEqual(t, r.GasUsed, bound)
			require.LessOrEqual(t, bound, uint64(solidity.MaxTxGas))
			t.Logf("gas limit %d: %d payload bytes (%d of transactions), step used %d L1 gas, bound %d, cap %d",
				c.gasLimit, size, len(block.Input.Transactions), r.GasUsed, bound, solidity.MaxTxGas)
		})
	}
}

// TestStepUnsettleableBlockLoses: a proposed block whose transactions alone are
// more than its gas limit lets the host settle (here 100 KB of calldata at
// MAX_GAS_LIMIT) is wrong, however it executes: no witness can make its step fit
// one L1 transaction, so the proposer loses at step without EXECUTE.
func TestStepUnsettleableBlockLoses(t *testing.T) {
	f := newOptimisticFixtureWith(t, 1, maxGasLimit, func(cfg *bindings.OptimisticNativeRollupConfig) { cfg.MaxGasLimit = maxGasLimit },
		func(_ *l2Chain, _ int, g *core.BlockGen) { g.AddTx(calldataTx(t, g, 2, 100_000, true)) })
	block := f.blocks[0]
	require.False(t, solidity.Settleable(maxGasLimit, payloadOf(envOf(block), block.Input.Transactions, nil)))
	p := honestProposal(f)
	f.proposeChallenged(t, p)
	_, step := f.settle(t, challengerKey, firstGame, p)
	require.False(t, resolved(t, step).ProposerWon)
	require.Equal(t, new(big.Int).Add(proposerBond, challengerBond), f.credit(t, addr(challengerKey)))
}
