package rollupnode

import (
	"context"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/solidity"
	"github.com/nativerollup/nr/solidity/bindings"
)

// ForcedSender is a queued transaction's sender at one L2 block: what the
// optimistic host's forced queue judges (solidity.JudgeForced), and the account
// proof judgeForcedTransaction checks against the block's state root.
type ForcedSender struct {
	solidity.ForcedAccount
	Proof [][]byte
}

// optimisticQueue reads the forced-inclusion queue of an OptimisticNativeRollup
// (its OptimisticForcedQueue, spec/host.md, "Forced inclusion on the optimistic
// host") for the proposer, the challenger and the blob follower, which compute
// the forcedIndex of every L2 block's output with it (walk). Entries are read
// from their ForcedTransactionQueued events and kept by index: like the rest of
// the optimistic host's nodes, it does not follow L1 reorgs.
type optimisticQueue struct {
	l1     *ethclient.Client
	addr   common.Address
	abi    *bindings.OptimisticForcedQueue
	config *params.ChainConfig // the L2's (its EIP-1559 parameters give the next base fee)
	delay  uint64              // forcedInclusionDelay: an entry's queuedAt is its dueAt less this

	mu      sync.Mutex
	entries map[uint64]*queuedTx
	from    uint64 // next L1 block to read ForcedTransactionQueued events from
}

// newOptimisticQueue reads host's forcedQueue() and chainId() on L1.
func newOptimisticQueue(ctx context.Context, l1 *ethclient.Client, host common.Address) (*optimisticQueue, error) {
	opt := bindings.NewOptimisticNativeRollup()
	out, err := l1.CallContract(ctx, ethereum.CallMsg{To: &host, Data: opt.PackForcedQueue()}, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the forced queue of the optimistic host %s: %w", host, err)
	}
	addr, err := opt.UnpackForcedQueue(out)
	if err != nil {
		return nil, fmt.Errorf("reading the forced queue of the optimistic host %s (is it an OptimisticNativeRollup?): %w", host, err)
	}
	if out, err = l1.CallContract(ctx, ethereum.CallMsg{To: &host, Data: opt.PackChainId()}, nil); err != nil {
		return nil, fmt.Errorf("reading the L2 chain id of the optimistic host %s: %w", host, err)
	}
	chainID, err := opt.UnpackChainId(out)
	if err != nil {
		return nil, err
	}
	q := &optimisticQueue{l1: l1, addr: addr, abi: bindings.NewOptimisticForcedQueue(), config: l2.Config(chainID), entries: map[uint64]*queuedTx{}}
	if out, err = l1.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: q.abi.PackForcedInclusionDelay()}, nil); err != nil {
		return nil, fmt.Errorf("reading the forced inclusion delay of the queue %s: %w", addr, err)
	}
	delay, err := q.abi.UnpackForcedInclusionDelay(out)
	if err != nil {
		return nil, err
	}
	q.delay = delay.Uint64()
	return q, nil
}

// bounds is the queue's forcedHead and forcedTail at L1 block at.
func (q *optimisticQueue) bounds(ctx context.Context, at common.Hash) (head, tail uint64, err error) {
	read := func(data []byte) (uint64, error) {
		out, err := q.l1.CallContractAtHash(ctx, ethereum.CallMsg{To: &q.addr, Data: data}, at)
		if err != nil {
			return 0, fmt.Errorf("reading the forced queue %s at L1 block %s: %w", q.addr, at, err)
		}
		return word(out)
	}
	if head, err = read(q.abi.PackForcedHead()); err != nil {
		return 0, 0, err
	}
	tail, err = read(q.abi.PackForcedTail())
	return head, tail, err
}

// entry is queue entry i, read from its ForcedTransactionQueued event.
func (q *optimisticQueue) entry(ctx context.Context, i uint64) (*queuedTx, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if e := q.entries[i]; e != nil {
		return e, nil
	}
	head, err := q.l1.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading the L1 head: %w", err)
	}
	if head >= q.from {
		topic := q.abi.GetABI().Events["ForcedTransactionQueued"].ID
		logs, err := filterLogs(ctx, q.l1, ethereum.FilterQuery{Addresses: []common.Address{q.addr}, Topics: [][]common.Hash{{topic}}}, q.from, head, maxLogQueryBlocks)
		if err != nil {
			return nil, fmt.Errorf("reading the forced queue's ForcedTransactionQueued events: %w", err)
		}
		for k := range logs {
			ev, err := q.abi.UnpackForcedTransactionQueuedEvent(&logs[k])
			if err != nil {
				return nil, fmt.Errorf("decoding ForcedTransactionQueued in L1 block %d: %w", logs[k].BlockNumber, err)
			}
			tx, sender, err := decodeForced(ev.Transaction)
			if err != nil {
				return nil, fmt.Errorf("queued forced transaction %d: %w", ev.Index, err)
			}
			if tx.Hash() != common.Hash(ev.TxHash) || crypto.Keccak256Hash(ev.Transaction) != tx.Hash() {
				return nil, fmt.Errorf("queued forced transaction %d: the event's hash %s is not its transaction's %s", ev.Index, common.Hash(ev.TxHash), tx.Hash())
			}
			q.entries[ev.Index.Uint64()] = &queuedTx{index: ev.Index.Uint64(), raw: ev.Transaction, tx: tx, sender: sender, queuedAt: ev.DueAt.Uint64() - q.delay}
		}
		q.from = head + 1
	}
	if e := q.entries[i]; e != nil {
		return e, nil
	}
	return nil, fmt.Errorf("forced queue entry %d: no ForcedTransactionQueued event up to L1 block %d", i, head)
}

// forcedVerdict is one verdict a walk needed: whether entry can execute first
// on top of L2 block parent, judged on sender's state there, and whether its
// inclusion grace has passed there (solidity.ForcedValid, ForcedInvalid,
// ForcedValidLate).
type forcedVerdict struct {
	entry   *queuedTx
	parent  *types.Header
	sender  *ForcedSender
	verdict solidity.ForcedVerdict
}

// verdictFunc gives the verdict on entry e at parent (judge, or a faulty one).
type verdictFunc func(ctx context.Context, e *queuedTx, parent *types.Header) (forcedVerdict, error)

// judge is the honest verdict: solidity.JudgeQueued on the sender's state in
// eng at parent, the check judgeForcedTransaction makes on L1.
func (q *optimisticQueue) judge(eng Engine) verdictFunc {
	return func(ctx context.Context, e *queuedTx, parent *types.Header) (forcedVerdict, error) {
		s, err := eng.ForcedSender(ctx, e.sender, parent.Number.Uint64())
		if err != nil {
			return forcedVerdict{}, err
		}
		verdict, _ := solidity.JudgeQueued(e.tx, e.queuedAt, q.delay, s.ForcedAccount, parent, q.config)
		return forcedVerdict{entry: e, parent: parent, sender: s, verdict: verdict}, nil
	}
}

// walk is the forcedIndex after each of blocks (consecutive L2 blocks, the
// first on top of parent) taking the queue from index from, never to end or
// past: solidity.ForcedTaken (OptimisticForcedQueue.taken) with verdicts from
// verdict and, for a late entry a block leaves out, settle's judgement of
// whether it would have settled there. needed, if set, is told each verdict the
// walk used. A block past the queue's end needs nothing read.
func (q *optimisticQueue) walk(ctx context.Context, parent *types.Header, blocks []*types.Block, from, end uint64, verdict verdictFunc, settle settleFunc, needed func(forcedVerdict)) ([]uint64, error) {
	out := make([]uint64, len(blocks))
	index := from
	for k, b := range blocks {
		if index < end {
			// The entries this block may take, read before the walk (ForcedTaken's
			// queued cannot fail).
			window := map[uint64]*queuedTx{}
			for i := index; i < min(end, index+solidity.MaxForcedPerBlock); i++ {
				e, err := q.entry(ctx, i)
				if err != nil {
					return nil, err
				}
				window[i] = e
			}
			queued := func(i uint64) common.Hash { return window[i].tx.Hash() }
			judged := func(i uint64) (solidity.ForcedVerdict, error) {
				v, err := verdict(ctx, window[i], parent)
				if err != nil {
					return 0, err
				}
				if needed != nil {
					needed(v)
				}
				return v.verdict, nil
			}
			settleable := func(i uint64) (bool, error) { return settle(ctx, window[i], parent, b) }
			var err error
			if index, err = solidity.ForcedTaken(b.Transactions(), index, end, queued, judged, settleable); err != nil {
				return nil, fmt.Errorf("the forced queue's walk over L2 block %d: %w", b.NumberU64(), err)
			}
		}
		out[k], parent = index, b.Header()
	}
	return out, nil
}

// walkEngine is the honest walk (judge, settleableByTrial) over L2 blocks
// first..last of eng, read from it; relied, if set, is told each
// settleability proof it rests on that L1 lacks.
func (q *optimisticQueue) walkEngine(ctx context.Context, eng Engine, first, last, from, end uint64, relied func(reliedProof)) ([]uint64, error) {
	if from >= end { // nothing to take: every block keeps from
		out := make([]uint64, last-first+1)
		for k := range out {
			out[k] = from
		}
		return out, nil
	}
	parent, err := eng.HeaderByNumber(ctx, new(big.Int).SetUint64(first-1))
	if err != nil {
		return nil, fmt.Errorf("reading L2 block %d: %w", first-1, err)
	}
	blocks := make([]*types.Block, 0, last-first+1)
	for n := first; n <= last; n++ {
		b, err := eng.BlockByNumber(ctx, n)
		if err != nil {
			return nil, err
		}
		blocks = append(blocks, b)
	}
	return q.walk(ctx, parent, blocks, from, end, q.judge(eng), q.settleableByTrial(eng, relied), nil)
}

// proposalForcedStart is the forced index proposal proposed (its Proposed
// event) starts from, as propose computed it: its parent proposal's end index
// or, over the finalized head, the queue's forcedHead then, which is the end
// index of the last proposal finalized before it (0: none).
func proposalForcedStart(ctx context.Context, l1 *ethclient.Client, host common.Address, proposed *types.Log) (uint64, error) {
	opt := bindings.NewOptimisticNativeRollup()
	r, err := l1.TransactionReceipt(ctx, proposed.TxHash)
	if err != nil {
		return 0, fmt.Errorf("reading the receipt of proposal transaction %s: %w", proposed.TxHash, err)
	}
	id := proposed.Topics[1]
	var parentID *big.Int
	for _, lg := range r.Logs {
		if ev, err := opt.UnpackProposalParentEvent(lg); err == nil && lg.Address == host && common.BigToHash(ev.ProposalId) == id {
			parentID = ev.ParentId
		}
	}
	if parentID == nil {
		return 0, fmt.Errorf("proposal transaction %s has no ProposalParent event for proposal %s", proposed.TxHash, id.Big())
	}
	endOf := func(pid *big.Int) (uint64, error) {
		out, err := l1.CallContract(ctx, ethereum.CallMsg{To: &host, Data: opt.PackEndForcedIndex(pid)}, nil)
		if err != nil {
			return 0, fmt.Errorf("reading the end forced index of proposal %s: %w", pid, err)
		}
		return opt.UnpackEndForcedIndex(out)
	}
	if parentID.Sign() != 0 {
		return endOf(parentID)
	}
	finalized, err := filterLogs(ctx, l1, ethereum.FilterQuery{Addresses: []common.Address{host}, Topics: [][]common.Hash{{opt.GetABI().Events["Finalized"].ID}}}, 0, proposed.BlockNumber, maxLogQueryBlocks)
	if err != nil {
		return 0, fmt.Errorf("reading the host's Finalized events: %w", err)
	}
	var last *types.Log
	for k := range finalized {
		lg := &finalized[k]
		if lg.BlockNumber < proposed.BlockNumber || lg.Index < proposed.Index {
			last = lg
		}
	}
	if last == nil {
		return 0, nil // the genesis output's forcedIndex
	}
	return endOf(last.Topics[1].Big())
}

// settleable reads whether entry i was proven settleable on L1 (now) in blocks
// of block key blockKey (OptimisticForcedQueue.forcedSettleable).
func (q *optimisticQueue) settleable(ctx context.Context, blockKey common.Hash, i uint64) (bool, error) {
	out, err := q.l1.CallContract(ctx, ethereum.CallMsg{To: &q.addr, Data: q.abi.PackForcedSettleable(solidity.ForcedEntryKey(blockKey, i))}, nil)
	if err != nil {
		return false, fmt.Errorf("reading whether forced queue entry %d was proven settleable (block key %s): %w", i, blockKey, err)
	}
	proven, err := q.abi.UnpackForcedSettleable(out)
	if err != nil {
		return false, fmt.Errorf("decoding whether forced queue entry %d was proven settleable (block key %s): %w", i, blockKey, err)
	}
	return proven, nil
}
