package rollupnode

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math"
	"math/big"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nativerollup/nr/derive"
	"github.com/nativerollup/nr/solidity"
	"github.com/nativerollup/nr/solidity/bindings"
)

// maxBlobPayload is the most DERIVE payload bytes the batcher puts in one
// blob: below the ~126 KB that keeps a blob's proveBlockData transaction under
// go-ethereum's 128 KiB pool limit (OptimisticNativeRollup, "Blob size").
const maxBlobPayload = 120_000

// maxProveGas is how much L1 gas packBatch lets a blob's proveBlockData take by
// proveGasEstimate: 2^24 (EIP-7825) less ~0.38M for the estimate's error.
const maxProveGas = 16_400_000

// proveGasEstimate is an upper estimate of proveBlockData's L1 gas for a blob
// carrying payloadBytes of DERIVE payload, before its blocks: DERIVE's fixed
// 14.35M plus the host's ~0.15M (14.50M measured for one empty block) and 16
// gas per calldata byte of the blob (its content is ~32/31 of the payload).
// proveBlockGas adds each block's hashing into the blob's Merkle root
// (BenchmarkProveBlockDataBlocks, docs/BENCHMARKS.md).
func proveGasEstimate(payloadBytes int) uint64 {
	return 14_510_000 + 17*uint64(payloadBytes)
}

// proveBlockGas is ~575 gas measured per block of the blob, plus copying and
// hashing its derived extra data and transactions (9 gas per 32-byte word).
func proveBlockGas(b derive.Block) uint64 {
	return 600 + 9*uint64(len(b.ExtraData)+len(b.TransactionsRLP())+31)/32
}

// ProposerConfig says how L2 blocks are proposed to an OptimisticNativeRollup.
type ProposerConfig struct {
	// Key signs proposals, dispute moves and finalizations; it posts the bond.
	Key  *ecdsa.PrivateKey
	Host common.Address
	// Bond is the host's proposerBond.
	Bond *big.Int
	// FaultyProposal, SilentFaulty, FaultyData: see OptimisticConfig.
	FaultyProposal uint64
	SilentFaulty   bool
	FaultyData     bool
	// FaultyForced: see OptimisticConfig.
	FaultyForced bool
	// FaultyForcedLate: see OptimisticConfig.
	FaultyForcedLate bool
	// Blobs, if set, keeps every blob the proposer posted (the devnet's stand-in
	// for the blob sidecars a consensus client serves).
	Blobs *BlobArchive
}

// Batch is a run of L2 blocks proposed together: they share one L1 anchor and
// travel in the proposing transaction's blobs, one DERIVE payload per blob.
type Batch struct {
	Blocks []*Sealed
	Blobs  []kzg4844.Blob
	Hashes []common.Hash
	Counts []uint32
	// PayloadBytes is the DERIVE payloads' total size.
	PayloadBytes int
}

// First and Last are the batch's first and last L2 block numbers.
func (b *Batch) First() uint64 { return b.Blocks[0].Block.NumberU64() }
func (b *Batch) Last() uint64  { return b.Blocks[len(b.Blocks)-1].Block.NumberU64() }

// Txs is the number of L2 transactions in the batch.
func (b *Batch) Txs() int {
	n := 0
	for _, s := range b.Blocks {
		n += len(s.Block.Transactions())
	}
	return n
}

// Proposal is a batch the host took, and what became of it.
type Proposal struct {
	*Batch
	ID      uint64
	Tx      common.Hash
	L1Block uint64
	L1Gas   uint64 // the propose transaction's execution gas
	BlobGas uint64
	// FinalizeTx, FinalizeGas: the finalize transaction (zero until final).
	FinalizeTx  common.Hash
	FinalizeGas uint64
	// DefenseGas is the L1 gas of the proposer's dispute moves.
	DefenseGas uint64
	// Faulty: the proposal claims wrong outputs from block WrongFrom on, or
	// (BadBlob) its last blob holds no DERIVE batch. WrongForced: its outputs
	// claim queue entries skipped that its blocks leave out, from block
	// WrongFrom on (FaultyForced).
	Faulty      bool
	WrongFrom   uint64
	BadBlob     bool
	WrongForced bool
	// Latency is from the batch's first block being sealed to its finalization.
	Latency time.Duration

	proposedAt uint64
	sealed     map[uint64]*Sealed
	// forced is the forcedIndex claimed after each block from the start
	// (First-1) to Last: the last is the proposal's end index.
	forced []uint64
}

// EndForcedIndex is how far the proposal's blocks take the forced queue.
func (pr *Proposal) EndForcedIndex() uint64 { return pr.forced[len(pr.forced)-1] }

// ProposerEvent is what the proposer reports: a proposal made, defended,
// defeated or finalized.
type ProposerEvent struct {
	Kind     string // "proposed", "move", "defeated", "finalized"
	Proposal *Proposal
	// Game and Move describe a dispute move (Kind "move").
	Game uint64
	Move string
	Gas  uint64
}

// Proposer batches sealed L2 blocks into blobs, proposes each batch with a bond
// (OptimisticNativeRollup.propose), defends its proposals in disputes (bisect,
// proveBlockData, step) and finalizes them after the challenge window. It keeps
// one proposal of its own pending at a time, over the finalized head (the host
// takes several, chained or competing; this proposer does not need that), so a
// batch holds the blocks sealed while the previous one was pending.
//
// All blocks of a proposal must share one anchor. Anchor, given to the
// sequencer (SequencerConfig.Anchor), keeps the anchor fixed until the proposer
// asks for a new batch; the first block built after that request takes a fresh
// anchor and starts the next batch.
type Proposer struct {
	cfg    ProposerConfig
	actor  *hostActor
	engine Engine
	forced *optimisticQueue
	// wroteForced: the FaultyForced hook has made its faulty proposal (read by
	// the sequencer's goroutine, Withholding).
	wroteForced atomic.Bool

	mu      sync.Mutex
	pinned  uint64 // anchor of the blocks being sealed (0: none yet)
	cutWant bool   // the proposer wants the next block to start a new batch
	cutAt   uint64 // first L2 block of the next batch (0: not decided)

	queue   []*Sealed
	pending *Proposal
	// adopt is our proposal pending on L1 at a restart (Resume), taken up as
	// pending once its blocks (from adoptFirst on) arrive again from the sequencer.
	adopt                 *Proposal
	adoptFirst, adoptLast uint64
	adoptProposed         *types.Log // its Proposed event
	adoptEndForced        uint64
}

// NewProposer proposes to host through the L1 node rc; eng is the sequencer's
// L2 engine (the outputs the proposer claims).
func NewProposer(ctx context.Context, cfg ProposerConfig, rc *rpc.Client, eng Engine) (*Proposer, error) {
	a, err := newHostActor(ctx, rc, cfg.Key, cfg.Host)
	if err != nil {
		return nil, err
	}
	q, err := newOptimisticQueue(ctx, a.l1, cfg.Host)
	if err != nil {
		return nil, err
	}
	return &Proposer{cfg: cfg, actor: a, engine: eng, forced: q}, nil
}

// Anchor is the sequencer's anchor rule for the optimistic host: block number
// keeps the pinned anchor, unless the proposer asked for a new batch, in which
// case it takes latest (the sequencer's default choice, which may be the same
// L1 block on an idle L1: proposals may share an anchor) and starts the batch.
func (p *Proposer) Anchor(number, latest uint64) uint64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.pinned == 0 || p.cutWant {
		if p.pinned != 0 {
			p.cutAt = number
		}
		p.pinned, p.cutWant = latest, false
	}
	return p.pinned
}

// Run proposes the blocks from in until ctx ends or the host rejects a
// proposal that should have been accepted.
func (p *Proposer) Run(ctx context.Context, in <-chan *Sealed, report func(ProposerEvent)) error {
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case b, ok := <-in:
			if !ok {
				return nil
			}
			p.queue = append(p.queue, b)
			continue
		case <-tick.C:
		}
		if err := p.step(ctx, report); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
	}
}

// step proposes the next batch if none is pending, or defends and finalizes
// the pending one.
func (p *Proposer) step(ctx context.Context, report func(ProposerEvent)) error {
	if p.adopt != nil {
		return p.adoptPending(ctx, report)
	}
	if p.pending == nil {
		b, err := p.nextBatch()
		if err != nil || b == nil {
			return err
		}
		return p.propose(ctx, b, report)
	}
	return p.tend(ctx, report)
}

// nextBatch takes the queued blocks that form the next batch, or nil while
// they are not all sealed yet: the longest run from the queue's head with one
// anchor, before the block that started a newer batch, that fits MaxBlobs
// blobs.
func (p *Proposer) nextBatch() (*Batch, error) {
	if len(p.queue) == 0 {
		return nil, nil
	}
	anchor := p.queue[0].Anchor
	n := 0
	for n < len(p.queue) && p.queue[n].Anchor == anchor {
		n++
	}
	if n == len(p.queue) {
		// No newer anchor queued yet: end the batch at the next cut.
		p.mu.Lock()
		cutAt := p.cutAt
		if cutAt == 0 || cutAt <= p.queue[0].Block.NumberU64() {
			p.cutWant, p.cutAt = true, 0
			p.mu.Unlock()
			return nil, nil
		}
		p.mu.Unlock()
		if p.queue[n-1].Block.NumberU64()+1 < cutAt {
			return nil, nil // blocks before the cut still in flight
		}
		n = int(min(uint64(n), cutAt-p.queue[0].Block.NumberU64()))
	}
	b, err := packBatch(p.queue[:n])
	if err != nil {
		return nil, err
	}
	return b, nil
}

// packBatch encodes blocks into at most params.BlobTxMaxBlobs blobs, each one
// DERIVE payload of whole blocks under maxBlobPayload bytes whose proveBlockData
// stays under maxProveGas (it derives and hashes every block of the blob),
// leaving out the blocks that do not fit (the next batch takes them).
func packBatch(blocks []*Sealed) (*Batch, error) {
	b := &Batch{}
	next := 0
	for next < len(blocks) && len(b.Blobs) < params.BlobTxMaxBlobs && len(b.Blocks) < maxBlocksPerProposal {
		var posted []derive.Block
		var payload []byte
		var hashing uint64 // proveBlockGas of the blocks in posted
		count := 0
		for next+count < len(blocks) && len(b.Blocks)+count < maxBlocksPerProposal {
			db, err := derivedBlock(blocks[next+count])
			if err != nil {
				return nil, err
			}
			enc, err := derive.EncodePayload(derive.Batch{Blocks: append(posted, db)})
			if err != nil {
				return nil, fmt.Errorf("encoding L2 block %d for a blob: %w", blocks[next+count].Block.NumberU64(), err)
			}
			if len(enc) > maxBlobPayload || proveGasEstimate(len(enc))+hashing+proveBlockGas(db) > maxProveGas {
				break
			}
			hashing += proveBlockGas(db)
			posted, payload = append(posted, db), enc
			count++
		}
		if count == 0 {
			return nil, fmt.Errorf("L2 block %d alone needs more than one blob (%d payload bytes at most): the optimistic host cannot take it", blocks[next].Block.NumberU64(), maxBlobPayload)
		}
		blobs, err := derive.EncodeBlobs(payload)
		if err != nil {
			return nil, err
		}
		if len(blobs) != 1 {
			return nil, fmt.Errorf("a %d-byte payload took %d blobs, want 1", len(payload), len(blobs))
		}
		b.Blobs = append(b.Blobs, blobs[0])
		b.Counts = append(b.Counts, uint32(count))
		b.Blocks = append(b.Blocks, blocks[next:next+count]...)
		b.PayloadBytes += len(payload)
		next += count
	}
	hashes, err := derive.VersionedHashes(b.Blobs)
	if err != nil {
		return nil, err
	}
	b.Hashes = hashes
	return b, nil
}

// derivedBlock is a sealed L2 block as a DERIVE batch carries it; a block with
// a transaction DERIVE would drop is an error.
func derivedBlock(s *Sealed) (derive.Block, error) {
	in := s.Input
	txs := make([][]byte, 0, len(s.Block.Transactions()))
	for _, tx := range s.Block.Transactions() {
		raw, err := tx.MarshalBinary()
		if err != nil {
			return derive.Block{}, err
		}
		// A transaction DERIVE drops would make the derived block another one
		// than the block executed: no dispute over it could be won.
		if _, err := derive.ClassifyTx(raw); err != nil {
			return derive.Block{}, fmt.Errorf("L2 block %d holds transaction %s, which DERIVE drops (%w): the optimistic host could not settle the block", s.Block.NumberU64(), tx.Hash(), err)
		}
		txs = append(txs, raw)
	}
	return derive.Block{Timestamp: in.Timestamp, GasLimit: in.GasLimit, FeeRecipient: in.FeeRecipient, PrevRandao: in.PrevRandao, ExtraData: in.ExtraData, Transactions: txs}, nil
}

// claimed is the output the proposer claims for L2 block n of proposal pr:
// the engine's, or with a wrong state root from WrongFrom on in a faulty one.
func (p *Proposer) claimed(ctx context.Context, pr *Proposal, n uint64) (bindings.OptimisticNativeRollupOutput, error) {
	var h *types.Header
	if s, ok := pr.sealed[n]; ok {
		h = s.Block.Header()
	} else {
		var err error
		if h, err = p.engine.HeaderByNumber(ctx, new(big.Int).SetUint64(n)); err != nil {
			return bindings.OptimisticNativeRollupOutput{}, fmt.Errorf("reading L2 block %d for its output: %w", n, err)
		}
	}
	o := outputOf(h, pr.forced[n-(pr.First()-1)])
	if pr.Faulty && n >= pr.WrongFrom {
		o.StateRoot[0] ^= 0xff
	}
	return o, nil
}

func (p *Proposer) propose(ctx context.Context, b *Batch, report func(ProposerEvent)) error {
	out, err := p.actor.view(ctx, p.actor.abi.PackProposalCount())
	if err != nil {
		return fmt.Errorf("reading the host's proposal count: %w", err)
	}
	count, err := p.actor.abi.UnpackProposalCount(out)
	if err != nil {
		return err
	}
	pr := &Proposal{Batch: b, ID: count.Uint64() + 1, sealed: map[uint64]*Sealed{}}
	for _, s := range b.Blocks {
		pr.sealed[s.Block.NumberU64()] = s
	}
	if pr.ID == p.cfg.FaultyProposal {
		pr.Faulty, pr.WrongFrom = true, b.First()+uint64(len(b.Blocks))/2
		if p.cfg.FaultyData {
			if err := spoilLastBlob(b); err != nil {
				return err
			}
			pr.WrongFrom, pr.BadBlob = math.MaxUint64, true
		}
	}
	if err := p.walkForced(ctx, pr); err != nil {
		return err
	}
	end, err := p.claimed(ctx, pr, b.Last())
	if err != nil {
		return err
	}
	if p.cfg.Blobs != nil {
		// Before the proposal lands: a follower may read it at once.
		if err := p.cfg.Blobs.Put(b.Blobs); err != nil {
			return err
		}
	}
	data := p.actor.abi.PackPropose(new(big.Int), b.Last(), end, b.Counts, b.Blocks[0].Anchor)
	r, err := p.actor.send(ctx, fmt.Sprintf("proposing L2 blocks %d..%d", b.First(), b.Last()), p.cfg.Bond, data, b.Blobs)
	if err != nil {
		return err
	}
	for _, lg := range r.Logs {
		if ev, err := p.actor.abi.UnpackProposedEvent(lg); err == nil {
			pr.ID = ev.ProposalId.Uint64()
		}
	}
	head, err := p.actor.l1.HeaderByNumber(ctx, r.BlockNumber)
	if err != nil {
		return err
	}
	pr.Tx, pr.L1Block, pr.L1Gas, pr.BlobGas, pr.proposedAt = r.TxHash, r.BlockNumber.Uint64(), r.GasUsed, r.BlobGasUsed, head.Time
	p.queue = p.queue[len(b.Blocks):]
	p.pending = pr
	report(ProposerEvent{Kind: "proposed", Proposal: pr})
	return nil
}

// Resume takes up the proposal of ours pending on L1 after a restart: its
// blob hashes and block counts from its Proposed event, its blobs from the
// archive (checked against those hashes). Its blocks come back from the
// sequencer (the devnet resends the blocks past the host's head); until they
// have, nothing else is proposed.
func (p *Proposer) Resume(ctx context.Context) error {
	pid, err := p.actor.ourPending(ctx)
	if err != nil || pid == 0 {
		return err
	}
	id := new(big.Int).SetUint64(pid)
	state, err := p.actor.proposal(ctx, pid)
	if err != nil {
		return err
	}
	head, err := p.actor.l1.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("reading the L1 head: %w", err)
	}
	topic := common.BigToHash(id)
	logs, err := p.actor.events(ctx, "Proposed", 0, head, &topic)
	if err != nil {
		return err
	}
	if len(logs) != 1 {
		return fmt.Errorf("proposal %d is pending but L1 holds %d Proposed events for it", id, len(logs))
	}
	ev, err := p.actor.abi.UnpackProposedEvent(&logs[0])
	if err != nil {
		return fmt.Errorf("decoding the Proposed event of proposal %d: %w", id, err)
	}
	hashes := make([]common.Hash, len(ev.BlobHashes))
	for i, h := range ev.BlobHashes {
		hashes[i] = h
	}
	if p.cfg.Blobs == nil {
		return fmt.Errorf("proposal %d is pending and there is no blob archive to defend it from", id)
	}
	blobs, err := p.cfg.Blobs.Blobs(ctx, hashes)
	if err != nil {
		return fmt.Errorf("the blobs of pending proposal %d: %w", id, err)
	}
	if err := derive.VerifyVersionedHashes(blobs, hashes); err != nil {
		return fmt.Errorf("the archived blobs of pending proposal %d: %w", id, err)
	}
	r, err := p.actor.l1.TransactionReceipt(ctx, logs[0].TxHash)
	if err != nil {
		return fmt.Errorf("reading the receipt of proposal %d: %w", id, err)
	}
	pr := &Proposal{
		Batch: &Batch{Blobs: blobs, Hashes: hashes, Counts: ev.BlockCounts},
		ID:    id.Uint64(), Tx: r.TxHash, L1Block: r.BlockNumber.Uint64(), L1Gas: r.GasUsed, BlobGas: r.BlobGasUsed,
		proposedAt: state.ProposedAt, sealed: map[uint64]*Sealed{},
	}
	p.adopt, p.adoptFirst, p.adoptLast = pr, state.StartNumber+1, state.EndNumber
	p.adoptProposed, p.adoptEndForced = &logs[0], ev.EndForcedIndex
	return nil
}

// walkForced computes the forced indices pr claims: the honest walk of its
// blocks (judge, settleableByTrial: a late entry a block leaves out is skipped
// only if it would not have settled there, which its sequencer checked by
// trying it) from the queue's forcedHead (pr is over the finalized head, whose
// index that is) with end the queue's forcedTail, both read at one L1 block.
// Its end index is where the walk ends; the walk over each block is the same as
// with that end (no block takes the queue past it). With FaultyForced, the
// first proposal whose walk stops before the tail (the sequencer withheld the
// queue) and whose blocks are all newer than the entries (so the skips it
// claims are judged on state, not refused by age) claims every entry up to the
// tail skipped instead, as if none could execute; with FaultyForcedLate too,
// the first proposal with a block leaving out a late entry that would settle
// claims it skipped there.
func (p *Proposer) walkForced(ctx context.Context, pr *Proposal) error {
	l1Head, err := p.actor.l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("reading the L1 head: %w", err)
	}
	start, tail, err := p.forced.bounds(ctx, l1Head.Hash())
	if err != nil {
		return err
	}
	parent, blocks, err := p.blocksOf(ctx, pr)
	if err != nil {
		return err
	}
	forced, err := p.forced.walk(ctx, parent, blocks, start, tail, p.forced.judge(p.engine), p.forced.settleableByTrial(p.engine, nil), nil)
	if err != nil {
		return err
	}
	pr.forced = append([]uint64{start}, forced...)
	if !p.cfg.FaultyForced || p.wroteForced.Load() || pr.EndForcedIndex() == tail {
		return nil
	}
	var wrong []uint64
	if p.cfg.FaultyForcedLate {
		wrong, err = p.forced.walk(ctx, parent, blocks, start, tail, p.forced.judge(p.engine), neverSettleable, nil)
	} else {
		for i := start; i < tail; i++ { // only blocks newer than the entries may skip them
			e, err := p.forced.entry(ctx, i)
			if err != nil {
				return err
			}
			if parent.Time < e.queuedAt {
				return nil
			}
		}
		noneValid := func(_ context.Context, e *queuedTx, parent *types.Header) (forcedVerdict, error) {
			return forcedVerdict{entry: e, parent: parent, verdict: solidity.ForcedInvalid}, nil
		}
		wrong, err = p.forced.walk(ctx, parent, blocks, start, tail, noneValid, neverSettleable, nil)
	}
	if err != nil {
		return err
	}
	for k := range wrong {
		if wrong[k] != forced[k] {
			pr.forced = append([]uint64{start}, wrong...)
			pr.WrongForced, pr.WrongFrom = true, pr.First()+uint64(k)
			p.wroteForced.Store(true)
			return nil
		}
	}
	return nil
}

// Withholding is the sequencer's side of FaultyForced: it leaves the forced
// queue out of its blocks until the proposer has made its faulty proposal.
func (p *Proposer) Withholding() bool { return p.cfg.FaultyForced && !p.wroteForced.Load() }

// blocksOf is pr's blocks and the header of the block before them.
func (p *Proposer) blocksOf(ctx context.Context, pr *Proposal) (*types.Header, []*types.Block, error) {
	parent, err := p.engine.HeaderByNumber(ctx, new(big.Int).SetUint64(pr.First()-1))
	if err != nil {
		return nil, nil, fmt.Errorf("reading L2 block %d, the start of a proposal: %w", pr.First()-1, err)
	}
	blocks := make([]*types.Block, len(pr.Blocks))
	for k, s := range pr.Blocks {
		blocks[k] = s.Block
	}
	return parent, blocks, nil
}

// adoptPending makes the resumed proposal pending once its blocks are queued,
// with the forced indices of its blocks walked from its start index to the end
// index it claimed.
func (p *Proposer) adoptPending(ctx context.Context, report func(ProposerEvent)) error {
	pr := p.adopt
	n := int(p.adoptLast - p.adoptFirst + 1)
	if len(p.queue) < n {
		return nil
	}
	if first := p.queue[0].Block.NumberU64(); first != p.adoptFirst {
		return fmt.Errorf("pending proposal %d starts at L2 block %d, the L2 engine resent blocks from %d", pr.ID, p.adoptFirst, first)
	}
	pr.Blocks = p.queue[:n]
	for _, s := range pr.Blocks {
		pr.sealed[s.Block.NumberU64()] = s
	}
	if pr.ID == p.cfg.FaultyProposal {
		pr.Faulty, pr.WrongFrom = true, pr.First()+uint64(n)/2
		if p.cfg.FaultyData {
			pr.WrongFrom, pr.BadBlob = math.MaxUint64, true
		}
	}
	if !pr.BadBlob {
		// The batch was packed from these blocks; packed again they must give
		// the posted blobs, or the engine's blocks are not the proposed ones.
		again, err := packBatch(pr.Blocks)
		if err != nil {
			return err
		}
		if !slices.Equal(again.Hashes, pr.Hashes) {
			return fmt.Errorf("the L2 engine's blocks %d..%d are not the ones pending proposal %d posted (the L2 data directory lost blocks?): start over with a new --datadir", p.adoptFirst, p.adoptLast, pr.ID)
		}
	}
	start, err := proposalForcedStart(ctx, p.actor.l1, p.actor.host, p.adoptProposed)
	if err != nil {
		return err
	}
	parent, blocks, err := p.blocksOf(ctx, pr)
	if err != nil {
		return err
	}
	forced, err := p.forced.walk(ctx, parent, blocks, start, p.adoptEndForced, p.forced.judge(p.engine), p.forced.settleableByTrial(p.engine, nil), nil)
	if err != nil {
		return err
	}
	pr.forced = append([]uint64{start}, forced...)
	p.queue = p.queue[n:]
	p.pending, p.adopt = pr, nil
	report(ProposerEvent{Kind: "resumed", Proposal: pr})
	return nil
}

// tend defends the pending proposal's open games, then finalizes it once the
// window has passed with none open, or takes its blocks back if it was defeated.
func (p *Proposer) tend(ctx context.Context, report func(ProposerEvent)) error {
	pr := p.pending
	state, err := p.actor.proposal(ctx, pr.ID)
	if err != nil {
		return err
	}
	if state.Defeated {
		report(ProposerEvent{Kind: "defeated", Proposal: pr})
		p.queue = append(append([]*Sealed{}, pr.Blocks...), p.queue...)
		p.pending = nil
		return nil
	}
	if state.OpenGames > 0 {
		if pr.Faulty && p.cfg.SilentFaulty {
			return nil // lets the clock run out
		}
		return p.defend(ctx, pr, report)
	}
	next, _, err := p.actor.nextTime(ctx)
	if err != nil {
		return err
	}
	window, err := p.actor.window(ctx)
	if err != nil {
		return err
	}
	if next < pr.proposedAt+window {
		return nil
	}
	// Anyone may call finalize: if someone did, take their transaction.
	head, err := p.actor.l1.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("reading the L1 head: %w", err)
	}
	id := common.BigToHash(new(big.Int).SetUint64(pr.ID))
	done, err := p.actor.events(ctx, "Finalized", pr.L1Block, head, &id)
	if err != nil {
		return err
	}
	var r *types.Receipt
	if len(done) > 0 {
		if r, err = p.actor.l1.TransactionReceipt(ctx, done[0].TxHash); err != nil {
			return fmt.Errorf("reading the receipt of %s, which finalized proposal %d: %w", done[0].TxHash, pr.ID, err)
		}
	} else if r, err = p.actor.send(ctx, fmt.Sprintf("finalizing proposal %d", pr.ID), nil, p.actor.abi.PackFinalize(), nil); err != nil {
		if errors.Is(err, errHostReverted) {
			log.Info("Proposal not final yet", "proposal", pr.ID, "err", err)
			return nil // a game opened, or L1 time is behind the clock: try again
		}
		return err
	}
	pr.FinalizeTx, pr.FinalizeGas = r.TxHash, r.GasUsed
	pr.Latency = time.Since(pr.Blocks[0].SealedAt)
	p.pending = nil
	report(ProposerEvent{Kind: "finalized", Proposal: pr})
	return nil
}

// defend makes the proposer's move in every game against pr where it is the
// proposer's turn.
func (p *Proposer) defend(ctx context.Context, pr *Proposal, report func(ProposerEvent)) error {
	head, err := p.actor.l1.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("reading the L1 head: %w", err)
	}
	id := common.BigToHash(new(big.Int).SetUint64(pr.ID))
	logs, err := p.actor.events(ctx, "Challenged", pr.L1Block, head, &id)
	if err != nil {
		return err
	}
	for _, lg := range logs {
		ev, err := p.actor.abi.UnpackChallengedEvent(&lg)
		if err != nil {
			return fmt.Errorf("decoding a Challenged event in L1 block %d: %w", lg.BlockNumber, err)
		}
		gid := ev.GameId.Uint64()
		g, err := p.actor.game(ctx, gid)
		if err != nil {
			return err
		}
		if g.Turn != turnProposer {
			continue
		}
		move, gas, err := p.move(ctx, pr, gid, g)
		if err != nil {
			if errors.Is(err, errHostReverted) {
				log.Warn("Dispute move rejected", "game", gid, "err", err)
				continue // the game moved on meanwhile; read it again next time
			}
			return err
		}
		pr.DefenseGas += gas
		report(ProposerEvent{Kind: "move", Proposal: pr, Game: gid, Move: move, Gas: gas})
	}
	return nil
}

// move makes the proposer's next move in game gid: bisect the range with its
// outputs, or at one block, derive the block from its blob and then execute it.
func (p *Proposer) move(ctx context.Context, pr *Proposal, gid uint64, g bindings.GamesOutput) (string, uint64, error) {
	bid := new(big.Int).SetUint64(gid)
	if g.Hi-g.Lo > 1 {
		var roots [][32]byte
		for _, n := range sections(g.Lo, g.Hi) {
			o, err := p.claimed(ctx, pr, n)
			if err != nil {
				return "", 0, err
			}
			roots = append(roots, outputRoot(o))
		}
		r, err := p.actor.send(ctx, fmt.Sprintf("bisecting game %d over L2 blocks (%d, %d]", gid, g.Lo, g.Hi), nil, p.actor.abi.PackBisect(bid, roots), nil)
		if err != nil {
			return "", 0, err
		}
		return fmt.Sprintf("bisect (%d, %d] into %d sections", g.Lo, g.Hi, len(roots)+1), r.GasUsed, nil
	}
	s, ok := pr.sealed[g.Hi]
	if !ok {
		return "", 0, fmt.Errorf("game %d disputes L2 block %d, which is not in proposal %d", gid, g.Hi, pr.ID)
	}
	j, idx := 0, g.Hi-pr.First()
	for idx >= uint64(pr.Counts[j]) {
		idx -= uint64(pr.Counts[j])
		j++
	}
	pid := new(big.Int).SetUint64(pr.ID)
	out, err := p.actor.view(ctx, p.actor.abi.PackBlobBlocks(pid, big.NewInt(int64(j))))
	if err != nil {
		return "", 0, fmt.Errorf("reading what the host derived from blob %d: %w", j, err)
	}
	derived, err := p.actor.abi.UnpackBlobBlocks(out)
	if err != nil {
		return "", 0, err
	}
	if derived.Root == ([32]byte{}) {
		hashes := make([][32]byte, len(pr.Hashes))
		for i, h := range pr.Hashes {
			hashes[i] = h
		}
		data := p.actor.abi.PackProveBlockData(bid, hashes, pr.Counts, big.NewInt(int64(j)), trimZeros(pr.Blobs[j][:]))
		r, err := p.actor.send(ctx, fmt.Sprintf("proving the data of blob %d (L2 block %d, game %d)", j, g.Hi, gid), nil, data, nil)
		if err != nil {
			return "", 0, err
		}
		return fmt.Sprintf("proveBlockData of blob %d (all its blocks, for L2 block %d)", j, g.Hi), r.GasUsed, nil
	}
	out, err = p.actor.view(ctx, p.actor.abi.PackExecutions(pid, g.Hi))
	if err != nil {
		return "", 0, fmt.Errorf("reading whether L2 block %d was executed: %w", g.Hi, err)
	}
	executed, err := p.actor.abi.UnpackExecutions(out)
	if err != nil {
		return "", 0, err
	}
	// A recorded execution settles this game too, unless an entry its walk
	// skipped has been proven settleable since (sync reverts NothingToSync):
	// then only this game's step can show the block, so it steps.
	if executed.Outputs != ([32]byte{}) {
		if _, err := p.actor.view(ctx, p.actor.abi.PackSync(bid)); err == nil {
			r, err := p.actor.send(ctx, fmt.Sprintf("settling game %d on L2 block %d, executed in another game", gid, g.Hi), nil, p.actor.abi.PackSync(bid), nil)
			if err != nil {
				return "", 0, err
			}
			return fmt.Sprintf("sync on L2 block %d (executed in another game)", g.Hi), r.GasUsed, nil
		}
	}
	res := derive.DeriveBlobs([]kzg4844.Blob{pr.Blobs[j]})
	if uint64(len(res.Blocks)) <= idx {
		return "", 0, fmt.Errorf("blob %d of proposal %d derives to %d blocks, not the %d proposed: %v", j, pr.ID, len(res.Blocks), pr.Counts[j], res.Err)
	}
	proof := solidity.BlobBlockTree(res.Blocks).Proof(int(idx))
	parent, err := p.claimed(ctx, pr, g.Lo)
	if err != nil {
		return "", 0, err
	}
	claim, err := p.claimed(ctx, pr, g.Hi)
	if err != nil {
		return "", 0, err
	}
	judged, judgeGas, err := p.recordVerdicts(ctx, pr, gid, s.Block, parent.ForcedIndex)
	if err != nil {
		return "", 0, err
	}
	in := s.Input
	env, _ := solidity.ExecuteArgs(in)
	inputs := bindings.OptimisticNativeRollupBlockInputs{Env: env, Transactions: in.Transactions}
	r, err := p.actor.send(ctx, fmt.Sprintf("executing L2 block %d (game %d)", g.Hi, gid), nil, p.actor.abi.PackStep(bid, parent, claim, inputs, in.Witness, big.NewInt(int64(j)), proof), nil)
	if err != nil {
		return "", 0, err
	}
	r.GasUsed += judgeGas
	won := false
	for _, lg := range r.Logs {
		if ev, err := p.actor.abi.UnpackGameResolvedEvent(lg); err == nil {
			won = ev.ProposerWon
		}
	}
	return fmt.Sprintf("step on L2 block %d (EXECUTE%s): proposer %s", g.Hi, judged, map[bool]string{true: "won", false: "lost"}[won]), r.GasUsed, nil
}

// recordVerdicts records on the forced queue every verdict that step's walk
// over block b, from the parent's claimed index from to pr's end index, needs
// (judgeForcedTransaction with the sender's account proof and code and the
// parent's header), unless someone recorded it already: else step reverts
// ForcedVerdictMissing. An honest proposal's walk may rest on a late entry
// being settleable alone in b: it records that proof too (proveForcedSettleable),
// else step would let b skip the entry. A WrongForced proposal records only
// what step needs given the proofs on L1 (a censor proves nothing against
// itself). It says what it recorded, and the L1 gas.
func (p *Proposer) recordVerdicts(ctx context.Context, pr *Proposal, gid uint64, b *types.Block, from uint64) (string, uint64, error) {
	parent, err := p.engine.HeaderByNumber(ctx, new(big.Int).SetUint64(b.NumberU64()-1))
	if err != nil {
		return "", 0, fmt.Errorf("reading L2 block %d: %w", b.NumberU64()-1, err)
	}
	var needed []forcedVerdict
	var relied []reliedProof
	settle := p.forced.settleableByTrial(p.engine, func(r reliedProof) { relied = append(relied, r) })
	if pr.WrongForced {
		settle = p.forced.settleableOnL1
	}
	if _, err := p.forced.walk(ctx, parent, []*types.Block{b}, from, pr.EndForcedIndex(), p.forced.judge(p.engine), settle, func(v forcedVerdict) { needed = append(needed, v) }); err != nil {
		return "", 0, err
	}
	header, err := rlp.EncodeToBytes(parent)
	if err != nil {
		return "", 0, err
	}
	var gas uint64
	var recorded []string
	for _, v := range needed {
		out, err := p.actor.l1.CallContract(ctx, ethereum.CallMsg{To: &p.forced.addr, Data: p.forced.abi.PackForcedVerdicts(solidity.ForcedEntryKey(parent.Hash(), v.entry.index))}, nil)
		if err != nil {
			return "", 0, fmt.Errorf("reading the forced queue's verdict on entry %d at L2 block %d: %w", v.entry.index, parent.Number, err)
		}
		set, err := p.forced.abi.UnpackForcedVerdicts(out)
		if err != nil {
			return "", 0, fmt.Errorf("decoding the forced queue's verdict on entry %d at L2 block %d: %w", v.entry.index, parent.Number, err)
		}
		if set != 0 {
			continue // recorded already, by this or another game
		}
		data := p.forced.abi.PackJudgeForcedTransaction(v.entry.index, v.entry.raw, header, v.sender.Proof, v.sender.Code)
		r, err := p.actor.sendTo(ctx, p.forced.addr, fmt.Sprintf("recording whether forced transaction %d can execute on L2 block %d (game %d)", v.entry.index, parent.Number, gid), nil, data, nil)
		if err != nil {
			return "", 0, err
		}
		gas += r.GasUsed
		recorded = append(recorded, fmt.Sprintf("%d %s", v.entry.index, v.verdict))
	}
	var proved []string
	for _, r := range relied {
		sent, g, err := p.forced.proveSettleable(ctx, p.actor, r, fmt.Sprintf("game %d", gid))
		if err != nil {
			return "", 0, err
		}
		if sent {
			gas += g
			proved = append(proved, fmt.Sprintf("%d", r.index))
		}
	}
	var line string
	if len(recorded) > 0 {
		line = fmt.Sprintf(", after recording forced verdicts %s", strings.Join(recorded, ", "))
	}
	if len(proved) > 0 {
		line += fmt.Sprintf(", after proving forced entry %s settleable alone in the block", strings.Join(proved, ", "))
	}
	return line, gas, nil
}

// spoilLastBlob replaces b's last blob with one holding no DERIVE batch (the
// FaultyData hook).
func spoilLastBlob(b *Batch) error {
	garbage, err := derive.EncodeBlobs([]byte("not a DERIVE batch"))
	if err != nil {
		return err
	}
	b.Blobs[len(b.Blobs)-1] = garbage[0]
	b.Hashes, err = derive.VersionedHashes(b.Blobs)
	return err
}

// trimZeros is b without its trailing zero bytes, as proveBlockData takes a blob.
func trimZeros(b []byte) []byte {
	n := len(b)
	for n > 0 && b[n-1] == 0 {
		n--
	}
	return b[:n]
}

// ProposalLine is the status line of a proposer event.
func ProposalLine(e ProposerEvent) string {
	pr := e.Proposal
	switch e.Kind {
	case "proposed":
		line := fmt.Sprintf("proposal %-3d L2 blocks %d..%d  txs %-4d blobs %d (%.1f KiB of DERIVE payload)  forced queue %d..%d  L1 tx %s  L1 block %-5d L1 gas %-9s blob gas %-9s proposed",
			pr.ID, pr.First(), pr.Last(), pr.Txs(), len(pr.Blobs), float64(pr.PayloadBytes)/1024, pr.forced[0], pr.EndForcedIndex(), pr.Tx.Hex(), pr.L1Block, commas(pr.L1Gas), commas(pr.BlobGas))
		switch {
		case pr.BadBlob:
			line += fmt.Sprintf(" (FAULTY: blob %d holds no DERIVE batch)", len(pr.Blobs)-1)
		case pr.Faulty:
			line += fmt.Sprintf(" (FAULTY: wrong state roots from L2 block %d on, --dev.faulty-proposal)", pr.WrongFrom)
		case pr.WrongForced:
			line += fmt.Sprintf(" (FAULTY: claims forced queue entries skipped that its blocks leave out, from L2 block %d on)", pr.WrongFrom)
		}
		return line
	case "move":
		return fmt.Sprintf("proposal %-3d game %d: proposer %s (L1 gas %s)", pr.ID, e.Game, e.Move, commas(e.Gas))
	case "resumed":
		return fmt.Sprintf("proposal %-3d L2 blocks %d..%d  pending on L1 since before the restart (L1 tx %s): defending and finalizing it", pr.ID, pr.First(), pr.Last(), pr.Tx.Hex())
	case "defeated":
		return fmt.Sprintf("proposal %-3d L2 blocks %d..%d  defeated in a dispute: its bond goes to the challenger; proposing the blocks again", pr.ID, pr.First(), pr.Last())
	default:
		return fmt.Sprintf("proposal %-3d L2 blocks %d..%d  L1 tx %s  L1 gas %-9s %5.2fs from the first block  finalized",
			pr.ID, pr.First(), pr.Last(), pr.FinalizeTx.Hex(), commas(pr.FinalizeGas), pr.Latency.Seconds())
	}
}

// FinalizedLine is the status line of an L2 block whose proposal finalized.
func FinalizedLine(pr *Proposal, s *Sealed) string {
	b := s.Block
	return fmt.Sprintf("L2 block %-5d txs %-4d gas %-11s anchor L1 %-5d proposal %-3d blob %s  %5.2fs  finalized",
		b.NumberU64(), len(b.Transactions()), commas(b.GasUsed()), s.Anchor, pr.ID, blobOf(pr, b.NumberU64()).TerminalString(), time.Since(s.SealedAt).Seconds())
}

// blobOf is the versioned hash of the blob holding L2 block n of pr.
func blobOf(pr *Proposal, n uint64) common.Hash {
	idx := n - pr.First()
	for j, c := range pr.Counts {
		if idx < uint64(c) {
			return pr.Hashes[j]
		}
		idx -= uint64(c)
	}
	return common.Hash{}
}
