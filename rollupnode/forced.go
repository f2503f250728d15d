package rollupnode

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/gethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nativerollup/nr/solidity/bindings"
)

// maxForcedPerBlock bounds the queued transactions the sequencer puts in one
// block. The host requires only the due head first in each block; each queued
// transaction may declare up to the host's minimum block gas limit.
const maxForcedPerBlock = 16

// forcedWindow bounds the queue entries the sequencer reads from the head on
// (the optimistic one from offerFrom): a block's worth (maxForcedPerBlock) for
// the next block and as many again for entries already in L2 blocks that have
// not settled yet, which stay in the queue until they do.
const forcedWindow = 2 * maxForcedPerBlock

// ForcedQueue follows the host's forced-inclusion queue on L1 (ForcedInclusion,
// spec/host-forced-inclusion.md) for the sequencer, which puts queued
// transactions first in its next block as soon as it sees them, long before the
// host requires them (forcedInclusionDelay after queueing).
//
// The sequencer asks it once per L2 block, under its lock, so it keeps block
// production free of L1 round trips it can avoid: what the host holds is read
// again only when L1's head changes (one batched request, a second for the
// hashes of new entries and eth_getLogs for their bytes), the L2 nonces of the
// queued senders are one batched request per block, and a skip, which waits
// for L1 to include it, runs in the background.
type ForcedQueue struct {
	l1   *ethclient.Client
	l2   *rpc.Client
	host common.Address
	my   *bindings.MyRollup

	// What the host held at L1 block at (nil before the first read): its
	// accepted L2 head, its queue's head and tail, and the entries from the
	// queue's head on, each read from its ForcedTransactionQueued event and
	// checked against the hash the host holds (an L1 reorg can replace
	// entries). Entries below the head (and past the tail) are dropped; one
	// an L1 reorg brings back is read from its event again.
	at               *types.Header
	settled          uint64 // the native host's accepted L2 head (not read when optimistic)
	head, tail       uint64
	entries          map[uint64]*queuedTx
	from             uint64 // next L1 block to read events from
	queuedEventTopic common.Hash

	// skipKey pays for skipForcedTransaction (nil: no skips). One skip is in
	// flight at a time, so its nonces never race.
	skipKey  *ecdsa.PrivateKey
	skipMu   sync.Mutex
	skipping bool
	// skipTriedAt is the L1 head at which the last skip began: a skip is
	// judged on the host's accepted head, which moves only with L1's.
	skipTriedAt common.Hash
	skips       sync.WaitGroup

	// optimistic: the queue is an OptimisticNativeRollup's OptimisticForcedQueue,
	// which has no accepted head and no skips: pending orders entries as the
	// host's walk takes them (inWalkOrder).
	optimistic bool
	// offerFrom (optimistic only) is where the host's walk stands after the
	// sequencer's last sealed block: the entries below it were taken (included
	// or passed over) by its own blocks, which may wait a challenge window
	// before a proposal holding them finalizes and forcedHead moves past them.
	// The sequencer offers from max(forcedHead, offerFrom), so entries its
	// blocks passed over do not fill every later block's offer. It never goes
	// back, as the walk does not: an entry passed over that could execute
	// later is not offered again (its sender can send it to the L2's pool).
	offerFrom uint64
	// offer is what the last pending offered, for took (nil: nothing).
	offer *forcedOffer
	// withhold, if set and true, keeps the queue out of the sequencer's blocks
	// (OptimisticConfig.FaultyForced, a test and demo hook).
	withhold func() bool
}

// queuedTx is one entry of the host's queue: its index, its signed bytes as
// queued, decoded, and its sender.
type queuedTx struct {
	index  uint64
	raw    []byte
	tx     *types.Transaction
	sender common.Address
	// queuedAt is the L1 time it was queued (read by the optimistic host's
	// walk: no block older than an entry skips it).
	queuedAt uint64
}

// forcedOffer is one block's offer: the index the window started at, and the
// entries of it the sequencer passed over (inWalkOrder before its first
// inclusion, and those buildWithForced left out because the engine refused
// them), which the host's walk skips too.
type forcedOffer struct {
	from   uint64
	passed map[uint64]bool
}

// NewForcedQueue follows the queue of the host at host for the L2 node l2. With
// skipKey, it also proves queued transactions that cannot execute invalid
// (skipForcedTransaction, paid by skipKey, which must not sign anything else
// concurrently).
func NewForcedQueue(l1 *ethclient.Client, host common.Address, l2 *rpc.Client, skipKey *ecdsa.PrivateKey) *ForcedQueue {
	my := bindings.NewMyRollup()
	return &ForcedQueue{l1: l1, l2: l2, host: host, my: my, entries: map[uint64]*queuedTx{}, skipKey: skipKey,
		queuedEventTopic: my.GetABI().Events["ForcedTransactionQueued"].ID}
}

// NewOptimisticForcedQueue follows the forced queue of an OptimisticNativeRollup
// (at queue, its forcedQueue()) for the L2 node l2. An entry that cannot
// execute needs nothing on L1: the host's walk skips it by a verdict anyone
// records in a dispute.
func NewOptimisticForcedQueue(l1 *ethclient.Client, queue common.Address, l2 *rpc.Client) *ForcedQueue {
	q := NewForcedQueue(l1, queue, l2, nil)
	q.optimistic = true
	return q
}

// pending returns, oldest first, at most maxForcedPerBlock queued transactions
// the host holds at L1 block l1Head whose nonce the L2 node's chain has not used
// yet. It asks the chain rather than remembering what it sealed, so blocks
// rolled back after an L1 reorg give their queued transactions back (the
// optimistic sequencer remembers only how far its blocks took the walk,
// offerFrom).
//
// A queued transaction whose nonce the chain used is either first in a block not
// settled yet, which takes it off the queue when it settles, or was displaced
// (a transaction elsewhere in a block, or another one with its nonce): if it is
// still the queue's head once its nonce is used in the settled state, only a
// skip removes it, and pending starts one in the background (startSkip).
func (q *ForcedQueue) pending(ctx context.Context, l1Head *types.Header) ([]*queuedTx, error) {
	q.offer = nil
	if q.withhold != nil && q.withhold() {
		return nil, nil
	}
	if q.at == nil || q.at.Hash() != l1Head.Hash() {
		if err := q.refresh(ctx, l1Head); err != nil {
			return nil, err
		}
	}
	window := q.window()
	if len(window) == 0 {
		return nil, nil
	}
	// One request: each sender's next nonce on the L2 head, and the head
	// entry's sender's in the settled state.
	latest := map[common.Address]*hexutil.Uint64{}
	var batch []rpc.BatchElem
	for _, e := range window {
		if latest[e.sender] == nil {
			latest[e.sender] = new(hexutil.Uint64)
			batch = append(batch, rpc.BatchElem{Method: "eth_getTransactionCount", Args: []any{e.sender, "latest"}, Result: latest[e.sender]})
		}
	}
	senders := len(batch)
	var settledNonce hexutil.Uint64
	if !q.optimistic {
		batch = append(batch, rpc.BatchElem{Method: "eth_getTransactionCount", Args: []any{window[0].sender, hexutil.Uint64(q.settled)}, Result: &settledNonce})
	}
	if err := q.l2.BatchCallContext(ctx, batch); err != nil {
		return nil, fmt.Errorf("reading the L2 nonces of the queued transactions' senders: %w", err)
	}
	for _, b := range batch[:senders] {
		if b.Error != nil {
			return nil, fmt.Errorf("reading the L2 nonce of %s: %w", b.Args[0], b.Error)
		}
	}
	if q.optimistic {
		offered := inWalkOrder(window, latest)
		q.offer = &forcedOffer{from: window[0].index, passed: map[uint64]bool{}}
		for _, e := range window {
			if len(offered) > 0 && e == offered[0] {
				break
			}
			q.offer.passed[e.index] = true
		}
		return offered, nil
	}
	var out []*queuedTx
	for _, e := range window {
		if uint64(*latest[e.sender]) <= e.tx.Nonce() {
			if out = append(out, e); len(out) == maxForcedPerBlock {
				break
			}
			continue
		}
		if e.index != q.head {
			continue
		}
		if err := batch[len(batch)-1].Error; err != nil {
			return nil, fmt.Errorf("reading the L2 nonce of %s at settled block %d: %w", e.sender, q.settled, err)
		}
		if uint64(settledNonce) > e.tx.Nonce() {
			q.startSkip(ctx, e, "its nonce is used in the settled state")
		}
	}
	return out, nil
}

// inWalkOrder is what of window the optimistic host's walk takes first in a
// block on the L2 head (OptimisticForcedQueue.taken), whose senders' next
// nonces there are latest: entries whose nonce is not their sender's next
// (included before, or ahead) cannot execute, so the walk skips them while it
// has included none; then it includes the entries that follow one another by
// nonce, at most maxForcedPerBlock. An entry failing another check (balance,
// fee cap) makes the block's build fail; buildWithForced leaves it out, and the
// walk skips it too. Entries are read from offerFrom, past those the
// sequencer's own blocks took: the walk never goes back to one it skipped.
func inWalkOrder(window []*queuedTx, latest map[common.Address]*hexutil.Uint64) []*queuedTx {
	next := map[common.Address]uint64{}
	for a, n := range latest {
		next[a] = uint64(*n)
	}
	var out []*queuedTx
	for _, e := range window {
		if e.tx.Nonce() != next[e.sender] {
			if len(out) > 0 {
				break
			}
			continue
		}
		next[e.sender]++
		if out = append(out, e); len(out) == maxForcedPerBlock {
			break
		}
	}
	return out
}

// window is the entries from windowStart on, at most forcedWindow.
func (q *ForcedQueue) window() []*queuedTx {
	start := q.windowStart()
	end := min(q.tail, start+forcedWindow)
	out := make([]*queuedTx, 0, end-min(start, end))
	for i := start; i < end; i++ {
		out = append(out, q.entries[i])
	}
	return out
}

// windowStart is the first entry the sequencer may offer: the queue's head, or
// for the optimistic host offerFrom once its blocks took the walk past it.
func (q *ForcedQueue) windowStart() uint64 {
	if q.optimistic {
		return max(q.head, q.offerFrom)
	}
	return q.head
}

// took moves offerFrom past the entries the sealed block with transactions txs
// took from the last offer, as the host's walk (solidity.ForcedTaken) does with
// the verdicts the sequencer acted on: the passed-over entries it reaches
// before the block's first inclusion, then the entries the block's leading
// transactions include, at most maxForcedPerBlock in all. An entry left out for
// another reason (its block alone would not settle, or the block was cut to
// fit L1) stops it: it is offered again.
func (q *ForcedQueue) took(txs types.Transactions) {
	o := q.offer
	q.offer = nil
	if o == nil {
		return
	}
	var leading []common.Hash
	for _, tx := range txs {
		if len(leading) == maxForcedPerBlock || tx.Type() == types.LegacyTxType {
			break
		}
		leading = append(leading, tx.Hash())
	}
	index, next := o.from, 0
	for index < q.tail && index < o.from+maxForcedPerBlock {
		e := q.entries[index]
		if e == nil || e.tx == nil {
			break
		}
		if next < len(leading) && leading[next] == e.tx.Hash() {
			next++
			index++
			continue
		}
		if next > 0 || !o.passed[index] {
			break
		}
		index++
	}
	q.offerFrom = max(q.offerFrom, index)
}

// refresh reads what the host holds at L1 block l1Head: its accepted L2 head,
// the queue's head and tail and the hashes of the window's entries, in one
// batched request (a second one for entries it did not expect), and the
// ForcedTransactionQueued events of entries it does not hold yet.
func (q *ForcedQueue) refresh(ctx context.Context, l1Head *types.Header) error {
	at := rpc.BlockNumberOrHashWithHash(l1Head.Hash(), false)
	var settled, head, tail hexutil.Bytes
	batch := []rpc.BatchElem{q.call(&head, q.my.PackForcedHead(), at), q.call(&tail, q.my.PackForcedTail(), at)}
	if !q.optimistic {
		batch = append(batch, q.call(&settled, q.my.PackBlockNumber(), at))
	}
	// The entries of the last window: their hashes change only in an L1 reorg.
	hashes := map[uint64]*hexutil.Bytes{}
	for i := q.windowStart(); i < min(q.tail, q.windowStart()+forcedWindow); i++ {
		hashes[i] = new(hexutil.Bytes)
		batch = append(batch, q.call(hashes[i], q.my.PackForcedTransaction(new(big.Int).SetUint64(i)), at))
	}
	if err := q.batch(ctx, batch); err != nil {
		return err
	}
	var err error
	if !q.optimistic {
		if q.settled, err = word(settled); err != nil {
			return err
		}
	}
	if q.head, err = word(head); err != nil {
		return err
	}
	if q.tail, err = word(tail); err != nil {
		return err
	}
	batch = batch[:0]
	start := q.windowStart()
	end := min(q.tail, start+forcedWindow)
	for i := start; i < end; i++ {
		if hashes[i] == nil {
			hashes[i] = new(hexutil.Bytes)
			batch = append(batch, q.call(hashes[i], q.my.PackForcedTransaction(new(big.Int).SetUint64(i)), at))
		}
	}
	if len(batch) > 0 {
		if err := q.batch(ctx, batch); err != nil {
			return err
		}
	}
	for i := range q.entries {
		if i < q.head || i >= q.tail { // gone, or from a branch an L1 reorg replaced
			delete(q.entries, i)
		}
	}
	q.at = nil // set only once every entry of the window is held
	for i := start; i < end; i++ {
		entry, err := q.my.UnpackForcedTransaction(*hashes[i])
		if err != nil {
			return fmt.Errorf("reading queued forced transaction %d: %w", i, err)
		}
		if err := q.hold(ctx, i, common.Hash(entry.TxHash), l1Head.Number.Uint64()); err != nil {
			return err
		}
	}
	q.at = l1Head
	return nil
}

// hold makes sure entry i is the transaction hashing to want: a new entry's
// event is past the last scan; one an L1 reorg replaced, moved or brought
// back below the head may be anywhere: then every event is read again.
func (q *ForcedQueue) hold(ctx context.Context, i uint64, want common.Hash, l1Head uint64) error {
	for _, from := range []uint64{q.from, 0} {
		if e := q.entries[i]; e != nil && crypto.Keccak256Hash(e.raw) == want {
			break
		}
		if err := q.readEvents(ctx, from, l1Head); err != nil {
			return err
		}
	}
	e := q.entries[i]
	if e == nil || crypto.Keccak256Hash(e.raw) != want {
		return fmt.Errorf("the host holds forced transaction %d (%s) but no ForcedTransactionQueued event carries it", i, want)
	}
	if e.tx == nil {
		tx, sender, err := decodeForced(e.raw)
		if err != nil {
			return fmt.Errorf("queued forced transaction %d: %w", i, err)
		}
		e.tx, e.sender = tx, sender
	}
	return nil
}

// readEvents reads the ForcedTransactionQueued events of L1 blocks from to
// to, keeping the entries from the queue's head on.
func (q *ForcedQueue) readEvents(ctx context.Context, from, to uint64) error {
	if to < from {
		return nil // nothing new (a range past the head is an error to go-ethereum)
	}
	logs, err := filterLogs(ctx, q.l1, ethereum.FilterQuery{Addresses: []common.Address{q.host}, Topics: [][]common.Hash{{q.queuedEventTopic}}}, from, to, maxLogQueryBlocks)
	if err != nil {
		return fmt.Errorf("reading ForcedTransactionQueued events: %w", err)
	}
	for i := range logs {
		ev, err := q.my.UnpackForcedTransactionQueuedEvent(&logs[i])
		if err != nil {
			return fmt.Errorf("decoding ForcedTransactionQueued in L1 block %d: %w", logs[i].BlockNumber, err)
		}
		if index := ev.Index.Uint64(); index >= q.head {
			q.entries[index] = &queuedTx{index: index, raw: ev.Transaction}
		}
	}
	q.from = to + 1
	return nil
}

// call is an eth_call of the host at L1 block at, into out.
func (q *ForcedQueue) call(out *hexutil.Bytes, data []byte, at rpc.BlockNumberOrHash) rpc.BatchElem {
	return rpc.BatchElem{Method: "eth_call", Args: []any{map[string]any{"to": q.host, "input": hexutil.Bytes(data)}, at}, Result: out}
}

// batch sends calls to L1 in one request.
func (q *ForcedQueue) batch(ctx context.Context, calls []rpc.BatchElem) error {
	if err := q.l1.Client().BatchCallContext(ctx, calls); err != nil {
		return fmt.Errorf("reading the host's forced-inclusion queue: %w", err)
	}
	for _, c := range calls {
		if c.Error != nil {
			return fmt.Errorf("reading the host's forced-inclusion queue: %w", c.Error)
		}
	}
	return nil
}

// word is a uint64 returned by the host.
func word(out []byte) (uint64, error) {
	if len(out) != 32 {
		return 0, fmt.Errorf("reading the host's forced-inclusion queue: %d bytes returned where a uint64 was expected (is the host a NativeRollup?)", len(out))
	}
	v := new(big.Int).SetBytes(out)
	if !v.IsUint64() {
		return 0, fmt.Errorf("reading the host's forced-inclusion queue: %#x is not a uint64 (is the host a NativeRollup?)", v)
	}
	return v.Uint64(), nil
}

// decodeForced decodes a queued transaction and recovers its sender.
func decodeForced(raw []byte) (*types.Transaction, common.Address, error) {
	var tx types.Transaction
	if err := tx.UnmarshalBinary(raw); err != nil {
		return nil, common.Address{}, fmt.Errorf("decoding: %w", err)
	}
	sender, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), &tx)
	if err != nil {
		return nil, common.Address{}, fmt.Errorf("recovering the sender: %w", err)
	}
	return &tx, sender, nil
}

// QueueForcedTransaction queues raw, a signed EIP-1559 L2 transaction, for
// forced inclusion on the host at host, paid by key: twice the fee the host
// asks at the L1 head's base fee, since the base fee may rise before the
// transaction lands. It waits for the L1 receipt.
func QueueForcedTransaction(ctx context.Context, l1 *ethclient.Client, host common.Address, key *ecdsa.PrivateKey, raw []byte) (*bindings.MyRollupForcedTransactionQueued, error) {
	my := bindings.NewMyRollup()
	host, err := ForcedQueueAddress(ctx, l1, host)
	if err != nil {
		return nil, err
	}
	out, err := l1.CallContract(ctx, ethereum.CallMsg{To: &host, Data: my.PackFORCEDINCLUSIONFEEGAS()}, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the host's forced-inclusion fee: %w", err)
	}
	feeGas, err := my.UnpackFORCEDINCLUSIONFEEGAS(out)
	if err != nil {
		return nil, fmt.Errorf("reading the host's forced-inclusion fee (is %s a NativeRollup?): %w", host, err)
	}
	head, err := l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	fee := new(big.Int).Mul(new(big.Int).Mul(feeGas, head.BaseFee), big.NewInt(2))
	r, err := sendAndWait(ctx, l1, key, host, fee, my.PackQueueForcedTransaction(raw), my.UnpackError)
	if err != nil {
		return nil, fmt.Errorf("queueing a forced transaction: %w", err)
	}
	for _, l := range r.Logs {
		if ev, err := my.UnpackForcedTransactionQueuedEvent(l); err == nil {
			return ev, nil
		}
	}
	return nil, fmt.Errorf("L1 transaction %s queued no forced transaction", r.TxHash)
}

// ForcedQueueAddress is where host's forced-inclusion queue is: host itself
// (a NativeRollup), or the OptimisticForcedQueue an OptimisticNativeRollup
// names in forcedQueue().
func ForcedQueueAddress(ctx context.Context, l1 *ethclient.Client, host common.Address) (common.Address, error) {
	code, err := l1.CodeAt(ctx, host, nil)
	if err != nil {
		return common.Address{}, fmt.Errorf("reading the code of the host %s: %w", host, err)
	}
	if len(code) == 0 {
		return common.Address{}, fmt.Errorf("the host %s has no code on L1: is it the address nr devnet printed?", host)
	}
	opt := bindings.NewOptimisticNativeRollup()
	out, err := l1.CallContract(ctx, ethereum.CallMsg{To: &host, Data: opt.PackForcedQueue()}, nil)
	if err != nil || len(out) != 32 {
		return host, nil // no forcedQueue(): the host holds its queue
	}
	return opt.UnpackForcedQueue(out)
}

// withForced puts the queued transactions forced first, then the engine's
// transactions txs except copies of the queued ones and the other
// transactions of their senders (whose nonces may no longer follow; they stay
// in the pool for a later block).
func withForced(chainID uint64, forced []*queuedTx, txs []hexutil.Bytes) []hexutil.Bytes {
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(chainID))
	queued := map[common.Hash]bool{}
	senders := map[common.Address]bool{}
	out := make([]hexutil.Bytes, 0, len(forced)+len(txs))
	for _, e := range forced {
		senders[e.sender] = true
		queued[e.tx.Hash()] = true
		out = append(out, e.raw)
	}
	for _, raw := range txs {
		var tx types.Transaction
		if err := tx.UnmarshalBinary(raw); err != nil || queued[tx.Hash()] {
			continue
		}
		if from, err := types.Sender(signer, &tx); err != nil || senders[from] {
			continue
		}
		out = append(out, raw)
	}
	return out
}

// buildWithForced builds the block with txs, which start with the queued
// transactions forced. If the engine refuses it, a queued transaction cannot
// execute on the head: it tries the first alone (the queue's head, the only one
// the host requires first, unless the head is in a block not settled yet), and
// failing that builds without the queue and starts proving the first invalid on
// L1 (startSkip), since the host refuses every block once it is due.
func (s *Sequencer) buildWithForced(ctx context.Context, attrs *engine.PayloadAttributes, txs []hexutil.Bytes, forced []*queuedTx, extra []byte) (*engine.ExecutionPayloadEnvelope, error) {
	env, err := s.engine.BuildWithTransactions(ctx, s.head.Hash(), attrs, txs, extra)
	if err == nil || len(forced) == 0 {
		return env, err
	}
	n := len(forced)
	if n > 1 {
		firstOnly := append(txs[:1:1], txs[n:]...)
		if env, err := s.engine.BuildWithTransactions(ctx, s.head.Hash(), attrs, firstOnly, extra); err == nil {
			return env, nil
		}
	}
	if s.cfg.Forced.optimistic {
		// The optimistic host's walk skips an entry that cannot execute first
		// (by its recorded verdict); the entries after it may still.
		log.Warn("A queued forced transaction cannot execute on the L2 head; leaving it out (the host's walk skips it)", "index", forced[0].index, "tx", forced[0].tx.Hash(), "err", err)
		if o := s.cfg.Forced.offer; o != nil {
			o.passed[forced[0].index] = true
		}
		return s.buildWithForced(ctx, attrs, txs[1:], forced[1:], extra)
	}
	log.Warn("A queued forced transaction cannot execute on the L2 head; building without the queue", "index", forced[0].index, "tx", forced[0].tx.Hash(), "err", err)
	s.cfg.Forced.startSkip(ctx, forced[0], "the engine cannot build it first on the L2 head")
	return s.engine.BuildWithTransactions(ctx, s.head.Hash(), attrs, txs[n:], extra)
}

// startSkip starts proving e invalid on L1 in the background (skip), off the
// block path: sending the L1 transaction and waiting for it takes L1 blocks.
// It starts nothing while a skip is in flight, or if one began at the same L1
// head (q.at): the host judges a skip on its accepted L2 head, which moves only
// with L1's. The skip runs under ctx, the sequencer's (Run waits for it).
func (q *ForcedQueue) startSkip(ctx context.Context, e *queuedTx, why string) {
	if q.skipKey == nil {
		log.Warn("A queued forced transaction cannot execute, and no key pays for skipForcedTransaction", "index", e.index, "tx", e.tx.Hash(), "why", why)
		return
	}
	q.skipMu.Lock()
	defer q.skipMu.Unlock()
	if q.skipping || q.skipTriedAt == q.at.Hash() {
		return
	}
	q.skipping, q.skipTriedAt = true, q.at.Hash()
	q.skips.Add(1)
	go func() {
		defer q.skips.Done()
		r, err := q.skip(ctx, e)
		switch {
		case err != nil:
			log.Warn("Could not skip a queued forced transaction yet (trying again once L1 moves on)", "index", e.index, "tx", e.tx.Hash(), "why", why, "err", err)
		case r != nil:
			log.Info("Skipped a queued forced transaction that cannot execute", "index", e.index, "tx", e.tx.Hash(), "why", why, "l1tx", r.TxHash, "l1block", r.BlockNumber)
		}
		q.skipMu.Lock()
		q.skipping = false
		q.skipMu.Unlock()
	}()
}

// waitSkip returns once no skip is in flight.
func (q *ForcedQueue) waitSkip() { q.skips.Wait() }

// skip proves on L1 that queue entry e, if it is the queue's head, cannot
// execute on the host's accepted L2 head (skipForcedTransaction), and waits for
// the L1 transaction. An entry already gone from the queue needs nothing (nil
// receipt); one that still can execute there (the blocks that invalidated it
// are not settled yet) reverts in the estimate, left for a later try.
func (q *ForcedQueue) skip(ctx context.Context, e *queuedTx) (*types.Receipt, error) {
	head, err := q.read(ctx, q.my.PackForcedHead())
	if err != nil {
		return nil, err
	}
	if head > e.index {
		return nil, nil
	}
	if head < e.index {
		return nil, fmt.Errorf("entry %d is not the queue's head (%d) yet", e.index, head)
	}
	l2Head, err := q.read(ctx, q.my.PackBlockNumber())
	if err != nil {
		return nil, err
	}
	at := new(big.Int).SetUint64(l2Head)
	res, err := gethclient.New(q.l2).GetProof(ctx, e.sender, nil, at)
	if err != nil {
		return nil, fmt.Errorf("eth_getProof of %s at L2 block %d: %w", e.sender, l2Head, err)
	}
	proof, err := decodeHexList(res.AccountProof)
	if err != nil {
		return nil, err
	}
	l2c := ethclient.NewClient(q.l2)
	code, err := l2c.CodeAt(ctx, e.sender, at)
	if err != nil {
		return nil, fmt.Errorf("reading the code of %s at L2 block %d: %w", e.sender, l2Head, err)
	}
	header, err := l2c.HeaderByNumber(ctx, at)
	if err != nil {
		return nil, fmt.Errorf("reading L2 block %d: %w", l2Head, err)
	}
	headerRLP, err := rlp.EncodeToBytes(header)
	if err != nil {
		return nil, err
	}
	r, err := sendAndWait(ctx, q.l1, q.skipKey, q.host, nil, q.my.PackSkipForcedTransaction(e.raw, proof, code, headerRLP), q.my.UnpackError)
	if err != nil {
		return nil, fmt.Errorf("skipForcedTransaction: %w", err)
	}
	return r, nil
}

// read is a uint64 the host returns on L1's head.
func (q *ForcedQueue) read(ctx context.Context, call []byte) (uint64, error) {
	out, err := q.l1.CallContract(ctx, ethereum.CallMsg{To: &q.host, Data: call}, nil)
	if err != nil {
		return 0, fmt.Errorf("reading the host's forced-inclusion queue: %w", err)
	}
	return word(out)
}
