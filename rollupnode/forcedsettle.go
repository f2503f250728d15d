package rollupnode

import (
	"context"
	"errors"
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

// trialSettleable says whether tx alone on parent, under env and anchor (a
// disputed block's own), makes a block the host can settle: the engine builds
// that block on parent (BuildOn, not moving its head), imports it as a side
// block and records its witness, and the EXECUTE input's payload is measured
// with solidity.Settleable. The proof is what records it on L1, settleable or
// not (an unsettleable one is for diagnostics).
//
// The caller has judged tx able to execute on parent (verdict valid), so an
// engine that refuses to build it is an error, not a verdict: the judgement and
// the engine disagree. The trial block has the disputed block's gas limit,
// whatever ceiling its proposer steered to: nr_buildBlockOn builds exactly the
// attributes' target; a payload with another one is an engine that does not,
// an error.
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
		return false, nil, fmt.Errorf("building forced transaction %s alone on L2 block %d: the engine's block has gas limit %d, the disputed block %d (the engine does not build nr_buildBlockOn's target gas limit)", tx.Hash(), parent.Number, got, env.GasLimit)
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

// ErrTrial marks a settleability trial that failed: the engine did not build,
// import or witness a late entry alone on a block's parent. The walk of the
// proposal holding that block has no answer until it does, which is no reason
// to stop judging other proposals and playing other games: the challenger and
// the blob follower report it for that proposal and go on (the challenger
// tries again every poll).
var ErrTrial = errors.New("the settleability trial failed")

// settleFunc says whether L2 block b, on parent, may not skip queue entry e,
// which can execute there but whose inclusion grace has passed (verdict
// FORCED_VALID_LATE): then the walk stops at e instead of skipping it.
type settleFunc func(ctx context.Context, e *queuedTx, parent *types.Header, b *types.Block) (bool, error)

// neverSettleable skips every late entry a block leaves out: the claim of a
// proposer that trusts its sequencer blindly (the FaultyForcedLate hook).
func neverSettleable(context.Context, *queuedTx, *types.Header, *types.Block) (bool, error) {
	return false, nil
}

// settleableOnL1 is what step's walk reads now: whether someone recorded on
// the queue (proveForcedSettleable) that e settles under b's block key.
func (q *optimisticQueue) settleableOnL1(ctx context.Context, e *queuedTx, parent *types.Header, b *types.Block) (bool, error) {
	env, anchor := solidity.ForcedBlockEnv(b.Header())
	return q.settleable(ctx, solidity.ForcedBlockKey(parent.Hash(), env, anchor), e.index)
}

// reliedProof is a settleability proof a walk relied on that L1 lacked: entry
// index alone on the parent of L2 block block settles, so that block may not
// skip it; whoever defends the walk at that block's step records it first.
type reliedProof struct {
	block, index uint64
	proof        *settleableProof
}

// settleableByTrial is the honest judgement, what step computes once the proof
// is recorded: e may not be skipped if L1 holds a proof for b's key or if the
// entry alone on parent under b's environment and anchor makes a settleable
// block (trialSettleable on eng). relied, if set, is told each proof the
// judgement rests on that L1 lacks.
func (q *optimisticQueue) settleableByTrial(eng Engine, relied func(reliedProof)) settleFunc {
	return func(ctx context.Context, e *queuedTx, parent *types.Header, b *types.Block) (bool, error) {
		env, anchor := solidity.ForcedBlockEnv(b.Header())
		if onL1, err := q.settleable(ctx, solidity.ForcedBlockKey(parent.Hash(), env, anchor), e.index); err != nil || onL1 {
			return onL1, err
		}
		ok, p, err := trialSettleable(ctx, eng, q.config.ChainID.Uint64(), parent, env, anchor, e.tx)
		if err != nil {
			return false, fmt.Errorf("judging whether forced entry %d settles in L2 block %d: %w: %w", e.index, b.NumberU64(), ErrTrial, err)
		}
		if ok && relied != nil {
			relied(reliedProof{block: b.NumberU64(), index: e.index, proof: p})
		}
		return ok, nil
	}
}

// proveSettleable records r on the queue with proveForcedSettleable, sent by a,
// unless it is recorded already; it says whether it sent it, and the L1 gas.
func (q *optimisticQueue) proveSettleable(ctx context.Context, a *hostActor, r reliedProof, why string) (bool, uint64, error) {
	p := r.proof
	if done, err := q.settleable(ctx, solidity.ForcedBlockKey(p.ParentHash, p.Env, p.Anchor), r.index); err != nil || done {
		return false, 0, err
	}
	data := q.abi.PackProveForcedSettleable(r.index, p.ParentHash, p.ParentStateRoot, p.Env, p.Anchor, p.Claims, p.Transactions, p.Witness)
	rc, err := a.sendTo(ctx, q.addr, fmt.Sprintf("proving forced transaction %d settleable alone in L2 block %d (%s)", r.index, r.block, why), nil, data, nil)
	if err != nil {
		return false, 0, err
	}
	return true, rc.GasUsed, nil
}
