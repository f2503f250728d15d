package rollupnode

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"

	"github.com/nativerollup/nr/derive"
	"github.com/nativerollup/nr/solidity/bindings"
)

// ProposalCheck is what a BlobFollower found of one proposal of the optimistic
// host: whether its blobs derive to the blocks it claims, and whether the
// output it claims for its last block is the one the follower computed.
type ProposalCheck struct {
	ID          uint64
	First, Last uint64
	L1Block     uint64
	// DataInvalid says why the blobs do not hold the claimed blocks (empty:
	// they do). Such a proposal loses any dispute; the follower skips it.
	DataInvalid string
	// Unjudged says why the follower built the blocks but could not compute
	// the end output: a settleability trial of its forced walk failed (ErrTrial).
	Unjudged string
	Claimed  common.Hash // the proposal's end output root
	Computed common.Hash // the follower's, zero if DataInvalid or Unjudged
}

// Honest is whether the proposal claims what the follower computed.
func (c ProposalCheck) Honest() bool {
	return c.DataInvalid == "" && c.Unjudged == "" && c.Claimed == c.Computed
}

// BlobFollower rebuilds the L2 chain of an OptimisticNativeRollup from L1 data
// alone: for each Proposed event, in L1 order, it fetches the proposal's blobs
// by versioned hash, checks each against its hash (KZG), derives each blob's
// blocks with DERIVE (derive.DeriveBlobs, one payload per blob), builds them
// in its own engine with the proposal's anchor (testing_buildBlockV1, then
// engine_newPayloadV4 and engine_forkchoiceUpdatedV3), and compares the output
// of the proposal's last block with the one claimed. A proposal whose data
// does not derive to the blocks it commits to is skipped (it cannot survive a
// dispute). A Finalized event must name a block the follower built with that
// hash, or Sync fails.
//
// A proposal of blocks the follower already built (one proposed again after a
// dispute defeated it) is only checked. It assumes such a proposal carries the
// same blocks, as the devnet's proposer does; L1 reorgs are not followed.
type BlobFollower struct {
	host   common.Address
	l1     *ethclient.Client
	blobs  BlobSource
	engine Engine
	abi    *bindings.OptimisticNativeRollup
	forced *optimisticQueue
	head   *types.Header
	from   uint64
	done   map[uint64]bool // proposals already handled

	mu      sync.Mutex
	invalid map[uint64]uint64 // proposals whose data does not derive -> first block of the first bad blob
}

// NewBlobFollower follows host on l1 into eng, reading blobs from src and
// scanning L1 from block fromL1.
func NewBlobFollower(ctx context.Context, host common.Address, l1 *ethclient.Client, src BlobSource, eng Engine, fromL1 uint64) (*BlobFollower, error) {
	head, err := eng.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the follower's L2 head: %w", err)
	}
	q, err := newOptimisticQueue(ctx, l1, host)
	if err != nil {
		return nil, err
	}
	return &BlobFollower{host: host, l1: l1, blobs: src, engine: eng, abi: bindings.NewOptimisticNativeRollup(), forced: q, head: head, from: fromL1, done: map[uint64]bool{}, invalid: map[uint64]uint64{}}, nil
}

// Head is the last L2 block rebuilt.
func (f *BlobFollower) Head() *types.Header { return f.head }

// InvalidData says whether proposal id's blobs failed to derive to the blocks
// it claims, and the first block of the first blob that did (a
// ChallengerConfig.InvalidData). Safe for use by another goroutine.
func (f *BlobFollower) InvalidData(id uint64) (uint64, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	first, ok := f.invalid[id]
	return first, ok
}

// Sync handles every Proposed and Finalized event up to L1's head, reporting
// each rebuilt block and each proposal checked.
func (f *BlobFollower) Sync(ctx context.Context, report func(Followed), check func(ProposalCheck)) error {
	l1Head, err := f.l1.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("reading the L1 head: %w", err)
	}
	if l1Head < f.from {
		return nil
	}
	events := f.abi.GetABI().Events
	logs, err := filterLogs(ctx, f.l1, ethereum.FilterQuery{
		Addresses: []common.Address{f.host},
		Topics:    [][]common.Hash{{events["Proposed"].ID, events["Finalized"].ID}},
	}, f.from, l1Head, maxLogQueryBlocks)
	if err != nil {
		return fmt.Errorf("reading the host's Proposed and Finalized events in L1 blocks %d..%d: %w", f.from, l1Head, err)
	}
	for i := range logs {
		lg := &logs[i]
		if lg.Topics[0] == events["Finalized"].ID {
			ev, err := f.abi.UnpackFinalizedEvent(lg)
			if err != nil {
				return fmt.Errorf("L1 block %d: a Finalized event that does not decode: %w", lg.BlockNumber, err)
			}
			if err := f.checkFinalized(ctx, ev); err != nil {
				return err
			}
			continue
		}
		ev, err := f.abi.UnpackProposedEvent(lg)
		if err != nil {
			return fmt.Errorf("L1 block %d: a Proposed event that does not decode: %w", lg.BlockNumber, err)
		}
		if f.done[ev.ProposalId.Uint64()] {
			continue
		}
		c, err := f.follow(ctx, ev, report)
		if errors.Is(err, ErrTrial) {
			// Its blocks are built; only its forced walk has no answer, which
			// later proposals' blocks do not need.
			log.Warn("Follower cannot judge a proposal's forced walk", "proposal", c.ID, "err", err)
			c.Unjudged, c.Computed, err = err.Error(), common.Hash{}, nil
		}
		if err != nil {
			f.from = lg.BlockNumber // retry from this proposal
			return err
		}
		f.done[c.ID] = true
		if check != nil {
			check(c)
		}
	}
	f.from = l1Head + 1
	return nil
}

// Run syncs every poll interval until ctx ends or Sync fails; a blob the
// source does not have (yet) is waited for.
func (f *BlobFollower) Run(ctx context.Context, poll time.Duration, report func(Followed), check func(ProposalCheck)) error {
	return everyPoll(ctx, poll, func() error {
		err := f.Sync(ctx, report, check)
		if errors.Is(err, ErrBlobUnavailable) && ctx.Err() == nil {
			log.Warn("Waiting for a proposal's blobs", "err", err)
			return nil
		}
		return err
	})
}

func (f *BlobFollower) checkFinalized(ctx context.Context, ev *bindings.OptimisticNativeRollupFinalized) error {
	h, err := f.engine.HeaderByNumber(ctx, new(big.Int).SetUint64(ev.Number))
	if err != nil || h == nil {
		return fmt.Errorf("the host finalized L2 block %d (%s), which the follower has not built: %v", ev.Number, common.Hash(ev.BlockHash), err)
	}
	if h.Hash() != common.Hash(ev.BlockHash) {
		return fmt.Errorf("the host finalized L2 block %d as %s; the follower derived %s from the blobs", ev.Number, common.Hash(ev.BlockHash), h.Hash())
	}
	return nil
}

// follow rebuilds (or, if already built, checks) one proposal's blocks.
func (f *BlobFollower) follow(ctx context.Context, ev *bindings.OptimisticNativeRollupProposed, report func(Followed)) (ProposalCheck, error) {
	var total uint64
	for _, c := range ev.BlockCounts {
		total += uint64(c)
	}
	if total == 0 || total > ev.EndNumber || len(ev.BlockCounts) != len(ev.BlobHashes) {
		return ProposalCheck{}, fmt.Errorf("proposal %s in L1 block %d claims %d blocks ending at L2 block %d in %d counts for %d blobs: not an OptimisticNativeRollup event", ev.ProposalId, ev.Raw.BlockNumber, total, ev.EndNumber, len(ev.BlockCounts), len(ev.BlobHashes))
	}
	c := ProposalCheck{ID: ev.ProposalId.Uint64(), First: ev.EndNumber - total + 1, Last: ev.EndNumber, L1Block: ev.Raw.BlockNumber, Claimed: ev.EndOutputRoot}
	if ev.EndNumber <= f.head.Number.Uint64() {
		var err error
		c.Computed, err = f.computed(ctx, ev, c.First)
		return c, err
	}
	if c.First != f.head.Number.Uint64()+1 {
		return c, fmt.Errorf("proposal %d starts at L2 block %d but the follower is at %d", c.ID, c.First, f.head.Number)
	}
	hashes := make([]common.Hash, len(ev.BlobHashes))
	for i, h := range ev.BlobHashes {
		hashes[i] = h
	}
	blobs, err := f.blobs.Blobs(ctx, hashes)
	if err != nil {
		return c, fmt.Errorf("proposal %d (L1 block %d): %w", c.ID, c.L1Block, err)
	}
	if err := derive.VerifyVersionedHashes(blobs, hashes); err != nil {
		return c, fmt.Errorf("proposal %d: the blob source answered a blob that is not the one L1 committed to: %w", c.ID, err)
	}
	var derived []derive.Block
	for j := range blobs {
		res := derive.DeriveBlobs([]kzg4844.Blob{blobs[j]})
		if res.Reason != derive.ReasonOK || len(res.Blocks) != int(ev.BlockCounts[j]) {
			c.DataInvalid = fmt.Sprintf("blob %d derives to %d blocks (reason %s), the proposal claims %d", j, len(res.Blocks), res.Reason, ev.BlockCounts[j])
			f.mu.Lock()
			f.invalid[c.ID] = c.First + uint64(len(derived))
			f.mu.Unlock()
			return c, nil
		}
		derived = append(derived, res.Blocks...)
	}
	anchor, err := f.l1.HeaderByNumber(ctx, new(big.Int).SetUint64(ev.AnchorL1Block))
	if err != nil {
		return c, fmt.Errorf("reading the anchor, L1 block %d, of proposal %d: %w", ev.AnchorL1Block, c.ID, err)
	}
	anchorHash := anchor.Hash()
	for i, b := range derived {
		number := c.First + uint64(i)
		raw := make([]hexutil.Bytes, len(b.Transactions))
		for k, tx := range b.Transactions {
			raw[k] = tx
		}
		attrs := &engine.PayloadAttributes{
			Timestamp: b.Timestamp, Random: b.PrevRandao, SuggestedFeeRecipient: b.FeeRecipient,
			Withdrawals: []*types.Withdrawal{}, BeaconRoot: &anchorHash,
		}
		env, err := f.engine.BuildWithTransactions(ctx, f.head.Hash(), attrs, raw, b.ExtraData)
		if err != nil {
			return c, fmt.Errorf("rebuilding L2 block %d of proposal %d: %w", number, c.ID, err)
		}
		if env.ExecutionPayload.GasLimit != b.GasLimit {
			return c, fmt.Errorf("L2 block %d of proposal %d declares gas limit %d; the follower's engine built %d: run the follower with the devnet's --l2.gaslimit", number, c.ID, b.GasLimit, env.ExecutionPayload.GasLimit)
		}
		if len(env.ExecutionPayload.Transactions) != len(raw) {
			return c, fmt.Errorf("L2 block %d of proposal %d: the engine kept %d of its %d transactions", number, c.ID, len(env.ExecutionPayload.Transactions), len(raw))
		}
		if err := f.engine.NewPayload(ctx, env, anchorHash); err != nil {
			return c, err
		}
		if _, err := f.engine.ForkchoiceUpdated(ctx, env.ExecutionPayload.BlockHash, nil); err != nil {
			return c, err
		}
		if f.head, err = f.engine.HeaderByNumber(ctx, nil); err != nil {
			return c, err
		}
		if report != nil {
			report(Followed{Number: number, Hash: f.head.Hash(), Txs: len(raw), L1Block: c.L1Block})
		}
	}
	c.Computed, err = f.computed(ctx, ev, c.First)
	return c, err
}

// computed is the output root the follower computes for the last block of
// proposal ev, whose first block is first: its header's, with the forced index
// of the queue's walk over the proposal's blocks from the index it starts from
// to the end index it claims (a right claim is where the walk ends).
func (f *BlobFollower) computed(ctx context.Context, ev *bindings.OptimisticNativeRollupProposed, first uint64) (common.Hash, error) {
	start, err := proposalForcedStart(ctx, f.l1, f.host, ev.Raw)
	if err != nil {
		return common.Hash{}, err
	}
	forced, err := f.forced.walkEngine(ctx, f.engine, first, ev.EndNumber, start, ev.EndForcedIndex, nil)
	if err != nil {
		return common.Hash{}, fmt.Errorf("proposal %s: %w", ev.ProposalId, err)
	}
	h, err := f.engine.HeaderByNumber(ctx, new(big.Int).SetUint64(ev.EndNumber))
	if err != nil {
		return common.Hash{}, fmt.Errorf("reading L2 block %d: %w", ev.EndNumber, err)
	}
	return outputRoot(outputOf(h, forced[len(forced)-1])), nil
}

// CheckLine is the status line of a checked proposal.
func CheckLine(c ProposalCheck) string {
	switch {
	case c.Unjudged != "":
		return fmt.Sprintf("proposal %-3d L2 blocks %d..%d  from L1 block %-5d CANNOT JUDGE its output: %s", c.ID, c.First, c.Last, c.L1Block, c.Unjudged)
	case c.DataInvalid != "":
		return fmt.Sprintf("proposal %-3d L2 blocks %d..%d  from L1 block %-5d INVALID DATA: %s (skipped; any dispute defeats it)", c.ID, c.First, c.Last, c.L1Block, c.DataInvalid)
	case c.Honest():
		return fmt.Sprintf("proposal %-3d L2 blocks %d..%d  from L1 block %-5d output %s matches the blobs", c.ID, c.First, c.Last, c.L1Block, c.Claimed.TerminalString())
	default:
		return fmt.Sprintf("proposal %-3d L2 blocks %d..%d  from L1 block %-5d WRONG OUTPUT: claims %s, the blobs give %s (a challenger should dispute it)", c.ID, c.First, c.Last, c.L1Block, c.Claimed.TerminalString(), c.Computed.TerminalString())
	}
}
