package rollupnode

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/params"

	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/solidity"
)

// MaxL1TxGas is the most gas one Osaka L1 transaction may carry (EIP-7825): the
// whole advance of one L2 block, EXECUTE included, must fit in it.
const MaxL1TxGas = 1 << 24

// AdvanceGasBound is an upper bound on the L1 gas of the `advance` transaction
// settling an L2 block whose EXECUTE input is inputLen bytes and whose header
// declares gasLimit, with calldataLen bytes of calldata: the transaction's
// intrinsic and calldata gas (EIP-7623's floor included), EXECUTE's charge
// (spec/execute.md "Gas": 50,000 + 16 per input byte + the declared gas limit),
// which the host's STATICCALL can forward only as 63/64 of what it holds, the
// memory the host copies the input into (calldata to memory, then abi.encode:
// at most three copies) and a fixed allowance for the host's own checks and
// storage writes.
func AdvanceGasBound(inputLen, calldataLen int, gasLimit uint64) uint64 {
	execute := precompile.ExecuteBaseGas + precompile.ExecutePerByteGas*uint64(inputLen) + gasLimit
	forwarded := execute + execute/63 + 1
	words := uint64(3*inputLen)/32 + 64
	memory := 3*words + words*words/512
	const hostOverhead = 150_000 // checks, SSTOREs of the head, history and anchor, the event
	standard := params.TxGas + 16*uint64(calldataLen) + forwarded + memory + hostOverhead
	floor := params.TxGas + 40*uint64(calldataLen) // EIP-7623: 10 per token, 4 tokens per non-zero byte
	return max(standard, floor)
}

// advanceCalldataOverhead is what `advance`'s calldata holds besides the
// input's transactions and witness: the selector, the env, anchor and claims
// words and the offsets (well under the input's own head).
const advanceCalldataOverhead = 1024

// L1Head is what the sequencer reads of L1: its latest header, for the anchor.
type L1Head interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// SequencerConfig says how L2 blocks are made.
type SequencerConfig struct {
	ChainID uint64
	// BlockTime is the time between L2 blocks; at least one second, since L2
	// timestamps are whole seconds and the host takes no block from L1's future.
	BlockTime time.Duration
	// BuildTime is how long the engine fills a payload before the sequencer
	// takes it (engine_forkchoiceUpdated with attributes, then engine_getPayload).
	BuildTime time.Duration
	// FeeRecipient receives the L2 fees.
	FeeRecipient common.Address
	// MaxL1Gas bounds the settling L1 transaction (MaxL1TxGas if zero).
	MaxL1Gas uint64
	// OnSealed, if set, is called for each block made, before settlement.
	OnSealed func(*Sealed)
	// Forced, if set, is the host's forced-inclusion queue: its pending
	// transactions go first in every block (forced.go).
	Forced *ForcedQueue
	// Anchor, if set, picks the anchor of L2 block number given latest, the
	// default choice (the L1 block before L1's head); the optimistic host
	// needs one anchor for all blocks of a proposal (Proposer.Anchor).
	Anchor func(number, latest uint64) uint64
}

// Sealed is one L2 block the sequencer made, with what settlement needs.
type Sealed struct {
	Block *types.Block
	// Anchor is the L1 block whose hash is the block's parent beacon root.
	Anchor       uint64
	Input        *precompile.Input
	WitnessBytes int
	// LeftOut counts the transactions the sequencer left out of this block
	// because the block would not fit one L1 transaction with them.
	LeftOut  int
	SealedAt time.Time
}

// Sequencer makes L2 blocks on a timer through the Engine API, anchors each to a
// recent L1 block, records its witness and EXECUTE input and hands it to
// settlement. It leaves out transactions with which the block's advance would
// exceed one L1 transaction (spec/execute.md, "Known limits").
type Sequencer struct {
	cfg    SequencerConfig
	engine Engine
	l1     L1Head
	// mu is held while a block is made and while Rewind moves the head back,
	// so a rewind never lands in the middle of a block.
	mu     sync.Mutex
	head   *types.Header
	anchor uint64
	// unsettleable are transactions that alone make a block too large to settle.
	unsettleable map[common.Hash]bool
}

// NewSequencer starts from the engine's head, anchored no earlier than minAnchor
// (the host's anchorBlockNumber).
func NewSequencer(ctx context.Context, cfg SequencerConfig, eng Engine, l1 L1Head, minAnchor uint64) (*Sequencer, error) {
	if cfg.BlockTime < time.Second {
		return nil, fmt.Errorf("L2 block time %s: must be at least 1s (L2 timestamps are whole seconds and the host accepts no block from L1's future)", cfg.BlockTime)
	}
	if cfg.BuildTime <= 0 || cfg.BuildTime > cfg.BlockTime/2 {
		cfg.BuildTime = min(200*time.Millisecond, cfg.BlockTime/2)
	}
	if cfg.MaxL1Gas == 0 {
		cfg.MaxL1Gas = MaxL1TxGas
	}
	head, err := eng.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the L2 head: %w", err)
	}
	return &Sequencer{cfg: cfg, engine: eng, l1: l1, head: head, anchor: minAnchor, unsettleable: map[common.Hash]bool{}}, nil
}

// Head is the last L2 block made.
func (s *Sequencer) Head() *types.Header {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.head
}

// Rewind makes to the L2 head again (engine_forkchoiceUpdated), dropping the
// blocks after it, whose transactions go back to the engine's pool, and
// anchors the next block no earlier than minAnchor (to's anchor). Settlement
// calls it when an L1 reorg took away the anchor of a block after to. If to is
// already the head, nothing changes.
func (s *Sequencer) Rewind(ctx context.Context, to *types.Header, minAnchor uint64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.head.Hash() == to.Hash() {
		return nil
	}
	if err := rollBack(ctx, s.engine, to); err != nil {
		return fmt.Errorf("rolling the L2 back: %w", err)
	}
	s.head, s.anchor = to, minAnchor
	return nil
}

// rollBack makes to the engine's head with engine_forkchoiceUpdated and checks
// the engine took it.
func rollBack(ctx context.Context, eng Engine, to *types.Header) error {
	if _, err := eng.ForkchoiceUpdated(ctx, to.Hash(), nil); err != nil {
		return fmt.Errorf("to block %d: %w", to.Number, err)
	}
	head, err := eng.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("to block %d: reading the head: %w", to.Number, err)
	}
	if head.Hash() != to.Hash() {
		return fmt.Errorf("to block %d %s: the engine's head is block %d %s after engine_forkchoiceUpdated (an engine that marked a later block finalized refuses to go back)",
			to.Number, to.Hash(), head.Number, head.Hash())
	}
	return nil
}

// Run makes a block every BlockTime and sends it to out until ctx ends or a
// block cannot be made. A skip of a queued forced transaction started by one
// of its blocks (ForcedQueue.startSkip) ends with Run, which waits for it.
func (s *Sequencer) Run(ctx context.Context, out chan<- *Sealed) error {
	ctx, cancel := context.WithCancel(ctx)
	if s.cfg.Forced != nil {
		defer s.cfg.Forced.waitSkip() // after cancel: deferred calls run last first
	}
	defer cancel()
	next := time.Now()
	for {
		if wait := time.Until(next); wait > 0 {
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(wait):
			}
		}
		next = next.Add(s.cfg.BlockTime)
		if now := time.Now(); next.Before(now) {
			next = now // behind schedule (slow machine): no burst of catch-up blocks
		}
		b, err := s.Next(ctx)
		if errors.Is(err, errL1Behind) {
			log.Info("Waiting for L1 to grow past the last L2 block's anchor (an L1 reorg shortened it)", "err", err)
			continue
		}
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		if s.cfg.OnSealed != nil {
			s.cfg.OnSealed(b)
		}
		select {
		case out <- b:
		case <-ctx.Done():
			return nil
		}
	}
}

// errL1Behind: L1's head is below the anchor the next L2 block needs (an L1
// reorg replaced the chain with a shorter one); the sequencer waits for L1 to
// grow or for settlement to rewind it.
var errL1Behind = errors.New("L1 is behind the L2 anchor")

// Next makes one L2 block on the head: anchored to the L1 block before L1's
// head (or where cfg.Anchor puts it), timestamped now once now is past its
// parent's second (parent+1 still guards a clock stepped back), holding the
// host's due forced transactions first (cfg.Forced), then what the engine takes
// from its pool, and rebuilt with fewer transactions if its advance would not
// fit one L1 transaction.
func (s *Sequencer) Next(ctx context.Context) (*Sealed, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	// L2 timestamps never run ahead of the clock: the host takes no block from
	// L1's future (timestamp <= the L1 block's), so after a late block (a
	// slow machine) the next waits for its second instead of taking parent+1.
	if wait := time.Until(time.Unix(int64(s.head.Time)+1, 0)); wait > 0 {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
	}
	l1Head, err := s.l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the L1 head for the anchor: %w", err)
	}
	// The block before L1's head: it is an ancestor of any block the advance can
	// land in, and eth_call/eth_estimateGas on the head can already read its hash.
	anchorNum := max(s.anchor, l1Head.Number.Uint64()-min(1, l1Head.Number.Uint64()))
	if s.cfg.Anchor != nil {
		anchorNum = max(s.anchor, s.cfg.Anchor(s.head.Number.Uint64()+1, anchorNum))
	}
	if anchorNum > l1Head.Number.Uint64() {
		return nil, fmt.Errorf("%w: the next L2 block's anchor is L1 block %d at least, L1's head is %d", errL1Behind, anchorNum, l1Head.Number)
	}
	anchor, err := s.l1.HeaderByNumber(ctx, new(big.Int).SetUint64(anchorNum))
	if errors.Is(err, ethereum.NotFound) {
		return nil, fmt.Errorf("%w: L1 block %d, the anchor, is gone", errL1Behind, anchorNum)
	}
	if err != nil {
		return nil, fmt.Errorf("reading L1 block %d for the anchor: %w", anchorNum, err)
	}
	anchorHash := anchor.Hash()
	attrs := &engine.PayloadAttributes{
		Timestamp:             max(uint64(time.Now().Unix()), s.head.Time+1),
		Random:                anchor.MixDigest,
		SuggestedFeeRecipient: s.cfg.FeeRecipient,
		Withdrawals:           []*types.Withdrawal{},
		BeaconRoot:            &anchorHash,
	}
	id, err := s.engine.ForkchoiceUpdated(ctx, s.head.Hash(), attrs)
	if err != nil {
		return nil, err
	}
	select {
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-time.After(s.cfg.BuildTime):
	}
	env, err := s.engine.GetPayload(ctx, *id)
	if err != nil {
		return nil, err
	}
	txs := env.ExecutionPayload.Transactions
	kept := s.settleable(txs)
	candidates := len(txs)
	var forced []*queuedTx
	if s.cfg.Forced != nil {
		if forced, err = s.cfg.Forced.pending(ctx, l1Head); err != nil {
			return nil, err
		}
	}
	if len(forced) > 0 {
		kept = withForced(s.cfg.ChainID, forced, kept)
		candidates = len(kept)
		if env, err = s.buildWithForced(ctx, attrs, kept, forced, env.ExecutionPayload.ExtraData); err != nil {
			return nil, err
		}
	} else if len(kept) != len(txs) {
		if env, err = s.engine.BuildWithTransactions(ctx, s.head.Hash(), attrs, kept, env.ExecutionPayload.ExtraData); err != nil {
			return nil, err
		}
	}
	for {
		sealed, fits, err := s.tryBlock(ctx, env, anchorHash, anchorNum)
		if err != nil {
			return nil, err
		}
		if fits {
			sealed.LeftOut = candidates - len(env.ExecutionPayload.Transactions)
			if err := s.seal(ctx, sealed, anchorNum); err != nil {
				return nil, err
			}
			if s.cfg.Forced != nil {
				s.cfg.Forced.took(sealed.Block.Transactions())
			}
			return sealed, nil
		}
		kept := toHex(env.ExecutionPayload.Transactions)
		switch len(kept) {
		case 0:
			return nil, fmt.Errorf("an empty L2 block's advance needs more than %d L1 gas: the L2 gas limit (%d) is too high for one L1 transaction; restart with a lower one",
				s.cfg.MaxL1Gas, env.ExecutionPayload.GasLimit)
		case 1:
			var tx types.Transaction
			if err := tx.UnmarshalBinary(kept[0]); err == nil {
				if k := slices.IndexFunc(forced, func(e *queuedTx) bool { return e.tx.Hash() == tx.Hash() }); k >= 0 && s.cfg.Forced.optimistic {
					// The optimistic host's walk skips a late entry whose block alone
					// does not settle (no settleability proof can exist), so the entries
					// after it may still be taken here. Judged again in every block:
					// another parent may let it settle.
					log.Warn("Leaving a queued forced transaction out of this block: alone on its parent the block would not settle in one L1 transaction (the host's walk skips it once its grace has passed)", "index", forced[k].index, "tx", tx.Hash(), "witnessKiB", sealed.WitnessBytes/1024)
					forced = withoutSender(forced, k)
					if env, err = s.buildWithForced(ctx, attrs, withForced(s.cfg.ChainID, forced, s.settleable(txs)), forced, env.ExecutionPayload.ExtraData); err != nil {
						return nil, err
					}
					continue
				}
				s.unsettleable[tx.Hash()] = true
				log.Warn("Leaving out an L2 transaction: its block could not be settled in one L1 transaction (EIP-7825, 2^24 gas)", "tx", tx.Hash(), "witnessKiB", sealed.WitnessBytes/1024)
			}
			kept = s.settleable(txs) // everything else the engine chose, minus its sender's later transactions
		default:
			kept = kept[:len(kept)/2]
		}
		if env, err = s.engine.BuildWithTransactions(ctx, s.head.Hash(), attrs, kept, env.ExecutionPayload.ExtraData); err != nil {
			return nil, err
		}
	}
}

// settleable drops transactions known to be unsettleable and every later
// transaction of their senders (whose nonces would then not follow).
func (s *Sequencer) settleable(txs [][]byte) []hexutil.Bytes {
	if len(s.unsettleable) == 0 {
		return toHex(txs) // nothing to drop: no sender to recover
	}
	blocked := map[common.Address]bool{}
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(s.cfg.ChainID))
	out := make([]hexutil.Bytes, 0, len(txs))
	for _, raw := range txs {
		var tx types.Transaction
		if err := tx.UnmarshalBinary(raw); err != nil {
			continue
		}
		from, err := types.Sender(signer, &tx)
		if err != nil || blocked[from] {
			continue
		}
		if s.unsettleable[tx.Hash()] {
			blocked[from] = true
			continue
		}
		out = append(out, raw)
	}
	return out
}

// tryBlock imports the payload (not as head), records its witness and input,
// and says whether its advance fits one L1 transaction.
func (s *Sequencer) tryBlock(ctx context.Context, env *engine.ExecutionPayloadEnvelope, anchor common.Hash, anchorNum uint64) (*Sealed, bool, error) {
	block, err := engine.ExecutableDataToBlock(*env.ExecutionPayload, []common.Hash{}, &anchor, env.Requests)
	if err != nil {
		return nil, false, fmt.Errorf("the engine's payload %d is not a block: %w", env.ExecutionPayload.Number, err)
	}
	if err := s.engine.NewPayload(ctx, env, anchor); err != nil {
		return nil, false, err
	}
	w, err := s.engine.Witness(ctx, block.Hash())
	if err != nil {
		return nil, false, err
	}
	input, err := precompile.InputFromBlock(block, s.cfg.ChainID, s.head.Root, w)
	if err != nil {
		return nil, false, err
	}
	b := &Sealed{Block: block, Anchor: anchorNum, Input: input, WitnessBytes: len(input.Witness)}
	inputLen := len(input.Encode())
	payload := len(input.Transactions) + len(input.Witness) + len(input.ExtraData)
	calldata := payload + advanceCalldataOverhead
	// The host refuses a block that is not solidity.Settleable (spec/host.md,
	// "Settleability"), whatever the L1 gas allows.
	fits := AdvanceGasBound(inputLen, calldata, block.GasLimit()) <= s.cfg.MaxL1Gas && solidity.Settleable(block.GasLimit(), uint64(payload))
	return b, fits, nil
}

// seal makes the block the L2 head.
func (s *Sequencer) seal(ctx context.Context, b *Sealed, anchorNum uint64) error {
	if _, err := s.engine.ForkchoiceUpdated(ctx, b.Block.Hash(), nil); err != nil {
		return err
	}
	s.head = b.Block.Header()
	s.anchor = anchorNum
	b.SealedAt = time.Now()
	return nil
}

// withoutSender is forced without entry k and the entries after it from its
// sender, whose nonces would no longer follow.
func withoutSender(forced []*queuedTx, k int) []*queuedTx {
	out := append([]*queuedTx{}, forced[:k]...)
	for _, e := range forced[k+1:] {
		if e.sender != forced[k].sender {
			out = append(out, e)
		}
	}
	return out
}

func toHex(txs [][]byte) []hexutil.Bytes {
	out := make([]hexutil.Bytes, len(txs))
	for i, tx := range txs {
		out[i] = tx
	}
	return out
}
