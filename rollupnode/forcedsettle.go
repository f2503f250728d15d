package rollupnode

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/solidity"
	"github.com/nativerollup/nr/solidity/bindings"
)

// settleableProof is the EXECUTE of a block's parent plus one queued entry
// alone, under that block's own environment and anchor: what the optimistic
// queue's proveForcedSettleable takes to record that the entry would have fit
// a block the host can settle (spec/host.md, "Forced inclusion on the
// optimistic host").
type settleableProof struct {
	ParentHash      common.Hash
	ParentStateRoot common.Hash
	Env             bindings.ExecuteBlockEnv
	Anchor          common.Hash
	Claims          bindings.ExecuteClaims
	// Transactions is the RLP list of the entry alone, Witness the trial
	// block's witness as EXECUTE reads it.
	Transactions []byte
	Witness      []byte
	// Block is the trial block's hash; PayloadBytes is what the host's
	// settleable measures (transactions, witness and extra data).
	Block        common.Hash
	PayloadBytes uint64
}

// blockEnv is the environment of block h as EXECUTE takes it, and its anchor
// (the parent beacon root field).
func blockEnv(h *types.Header) (bindings.ExecuteBlockEnv, common.Hash) {
	var anchor common.Hash
	if h.ParentBeaconRoot != nil {
		anchor = *h.ParentBeaconRoot
	}
	return bindings.ExecuteBlockEnv{Timestamp: h.Time, GasLimit: h.GasLimit, FeeRecipient: h.Coinbase, PrevRandao: h.MixDigest, ExtraData: h.Extra}, anchor
}

// trialSettleable says whether tx alone on parent, under env and anchor (a
// disputed block's own), makes a block the host can settle: the engine builds
// that block on parent (BuildOn, not moving its head), imports it as a side
// block and records its witness, and the EXECUTE input's payload is measured
// with solidity.Settleable. The proof is what records it on L1, settleable or
// not (an unsettleable one is for diagnostics).
//
// The caller has judged tx able to execute on parent (verdict valid), so an
// engine that refuses to build it is an error, not a verdict: the judgement and
// the engine disagree. So is a gas limit the engine cannot reach in one block:
// before Amsterdam go-ethereum's miner steers the gas limit toward its own
// ceiling and ignores the attributes' target, so a block built with another
// ceiling cannot be rebuilt here.
func trialSettleable(ctx context.Context, eng Engine, chainID uint64, parent *types.Header, env bindings.ExecuteBlockEnv, anchor common.Hash, tx *types.Transaction) (bool, *settleableProof, error) {
	raw, err := tx.MarshalBinary()
	if err != nil {
		return false, nil, fmt.Errorf("encoding forced transaction %s: %w", tx.Hash(), err)
	}
	attrs := &engine.PayloadAttributes{
		Timestamp:             env.Timestamp,
		Random:                env.PrevRandao,
		SuggestedFeeRecipient: env.FeeRecipient,
		Withdrawals:           []*types.Withdrawal{},
		BeaconRoot:            &anchor,
		TargetGasLimit:        &env.GasLimit,
	}
	payload, err := eng.BuildOn(ctx, parent.Hash(), attrs, []hexutil.Bytes{raw}, env.ExtraData)
	if err != nil {
		return false, nil, fmt.Errorf("building forced transaction %s alone on L2 block %d (it was judged able to execute there): %w", tx.Hash(), parent.Number, err)
	}
	if got := payload.ExecutionPayload.GasLimit; got != env.GasLimit {
		return false, nil, fmt.Errorf("building forced transaction %s alone on L2 block %d: the engine's block has gas limit %d, the disputed block %d (the engine's --miner.gaslimit ceiling differs from the one that built it)", tx.Hash(), parent.Number, got, env.GasLimit)
	}
	block, err := engine.ExecutableDataToBlock(*payload.ExecutionPayload, []common.Hash{}, &anchor, payload.Requests)
	if err != nil {
		return false, nil, fmt.Errorf("the engine's trial payload on L2 block %d is not a block: %w", parent.Number, err)
	}
	if err := eng.NewPayload(ctx, payload, anchor); err != nil {
		return false, nil, fmt.Errorf("importing the trial block of forced transaction %s on L2 block %d: %w", tx.Hash(), parent.Number, err)
	}
	w, err := eng.Witness(ctx, block.Hash())
	if err != nil {
		return false, nil, err
	}
	input, err := precompile.InputFromBlock(block, chainID, parent.Root, w)
	if err != nil {
		return false, nil, err
	}
	_, claims := solidity.ExecuteArgs(input)
	p := &settleableProof{
		ParentHash: parent.Hash(), ParentStateRoot: parent.Root, Env: env, Anchor: anchor, Claims: claims,
		Transactions: input.Transactions, Witness: input.Witness,
		Block:        block.Hash(),
		PayloadBytes: uint64(len(input.Transactions) + len(input.Witness) + len(input.ExtraData)),
	}
	return solidity.Settleable(env.GasLimit, p.PayloadBytes), p, nil
}
