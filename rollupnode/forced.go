package rollupnode

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
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

// ForcedQueue follows the host's forced-inclusion queue on L1 (ForcedInclusion,
// spec/host-forced-inclusion.md) for the sequencer, which puts queued
// transactions first in its next block as soon as it sees them, long before the
// host requires them (forcedInclusionDelay after queueing).
type ForcedQueue struct {
	l1   *ethclient.Client
	host common.Address
	my   *bindings.MyRollup
	txs  map[uint64][]byte // queued transactions by queue index, from ForcedTransactionQueued
	from uint64            // next L1 block to read events from
	next uint64            // first queue index not in a block this sequencer sealed
	// skipKey pays for skipForcedTransaction, with proofs from l2 (nil: no skips).
	skipKey *ecdsa.PrivateKey
	l2      *rpc.Client
}

// NewForcedQueue follows the queue of the host at host. With skipKey, it also
// proves queued transactions that cannot execute invalid (skipForcedTransaction,
// paid by skipKey, which must not sign anything else concurrently) with
// eth_getProof from the L2 node l2.
func NewForcedQueue(l1 *ethclient.Client, host common.Address, skipKey *ecdsa.PrivateKey, l2 *rpc.Client) *ForcedQueue {
	return &ForcedQueue{l1: l1, host: host, my: bindings.NewMyRollup(), txs: map[uint64][]byte{}, skipKey: skipKey, l2: l2}
}

// Pending returns, oldest first, at most maxForcedPerBlock queued transactions
// that neither the host removed (included or skipped) nor a block this
// sequencer sealed already holds.
func (q *ForcedQueue) Pending(ctx context.Context) ([][]byte, error) {
	head, err := q.index(ctx, q.my.PackForcedHead())
	if err != nil {
		return nil, err
	}
	tail, err := q.index(ctx, q.my.PackForcedTail())
	if err != nil {
		return nil, err
	}
	q.next = max(q.next, head)
	end := min(tail, q.next+maxForcedPerBlock)
	if q.next >= end {
		return nil, nil
	}
	if _, ok := q.txs[end-1]; !ok {
		if err := q.readEvents(ctx); err != nil {
			return nil, err
		}
	}
	out := make([][]byte, 0, end-q.next)
	for i := q.next; i < end; i++ {
		raw, ok := q.txs[i]
		if !ok {
			return nil, fmt.Errorf("the host queued forced transaction %d but no ForcedTransactionQueued event for it was found", i)
		}
		out = append(out, raw)
	}
	return out, nil
}

// Sealed records that a sealed block starts with the first n transactions
// Pending returned.
func (q *ForcedQueue) Sealed(n int) { q.next += uint64(n) }

func (q *ForcedQueue) index(ctx context.Context, call []byte) (uint64, error) {
	out, err := q.l1.CallContract(ctx, ethereum.CallMsg{To: &q.host, Data: call}, nil)
	if err != nil {
		return 0, fmt.Errorf("reading the host's forced-inclusion queue: %w", err)
	}
	if len(out) != 32 {
		return 0, fmt.Errorf("reading the host's forced-inclusion queue: %d bytes returned (is %s a NativeRollup?)", len(out), q.host)
	}
	return new(big.Int).SetBytes(out).Uint64(), nil
}

func (q *ForcedQueue) readEvents(ctx context.Context) error {
	l1Head, err := q.l1.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("reading the L1 head: %w", err)
	}
	logs, err := q.l1.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(q.from), ToBlock: new(big.Int).SetUint64(l1Head),
		Addresses: []common.Address{q.host}, Topics: [][]common.Hash{{q.my.GetABI().Events["ForcedTransactionQueued"].ID}},
	})
	if err != nil {
		return fmt.Errorf("reading ForcedTransactionQueued events: %w", err)
	}
	for i := range logs {
		ev, err := q.my.UnpackForcedTransactionQueuedEvent(&logs[i])
		if err != nil {
			return fmt.Errorf("decoding ForcedTransactionQueued in L1 block %d: %w", logs[i].BlockNumber, err)
		}
		q.txs[ev.Index.Uint64()] = ev.Transaction
	}
	q.from = l1Head + 1
	return nil
}

// QueueForcedTransaction queues raw, a signed EIP-1559 L2 transaction, for
// forced inclusion on the host at host, paid by key: twice the fee the host
// asks at the L1 head's base fee, since the base fee may rise before the
// transaction lands. It waits for the L1 receipt.
func QueueForcedTransaction(ctx context.Context, l1 *ethclient.Client, host common.Address, key *ecdsa.PrivateKey, raw []byte) (*bindings.MyRollupForcedTransactionQueued, error) {
	my := bindings.NewMyRollup()
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

// withForced puts the queued transactions forced first, then the engine's
// transactions txs except copies of the queued ones and the other
// transactions of their senders (whose nonces may no longer follow; they stay
// in the pool for a later block).
func withForced(chainID uint64, forced [][]byte, txs []hexutil.Bytes) (out []hexutil.Bytes, nForced int) {
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(chainID))
	queued := map[common.Hash]bool{}
	senders := map[common.Address]bool{}
	out = make([]hexutil.Bytes, 0, len(forced)+len(txs))
	for _, raw := range forced {
		var tx types.Transaction
		if err := tx.UnmarshalBinary(raw); err != nil {
			continue // the host decoded it; a copy that does not decode here cannot be built either
		}
		if from, err := types.Sender(signer, &tx); err == nil {
			senders[from] = true
		}
		queued[tx.Hash()] = true
		out = append(out, raw)
	}
	nForced = len(out)
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
	return out, nForced
}

// forcedPrefix counts how many of forced, in order, begin block.
func forcedPrefix(block *types.Block, forced [][]byte) int {
	n := 0
	for i, tx := range block.Transactions() {
		if i >= len(forced) {
			break
		}
		raw, err := tx.MarshalBinary()
		if err != nil || !bytes.Equal(raw, forced[i]) {
			break
		}
		n++
	}
	return n
}

// buildWithForced builds the block with txs, whose first nForced are queued
// transactions. If the engine refuses it, a queued transaction cannot execute
// on the head: it tries the queue's head alone (the only one the host requires
// first), and failing that builds without the queue and proves the head
// invalid on L1, since the host refuses every block once it is due.
func (s *Sequencer) buildWithForced(ctx context.Context, attrs *engine.PayloadAttributes, txs []hexutil.Bytes, nForced int, extra []byte) (*engine.ExecutionPayloadEnvelope, error) {
	env, err := s.engine.BuildWithTransactions(ctx, s.head.Hash(), attrs, txs, extra)
	if err == nil || nForced == 0 {
		return env, err
	}
	if nForced > 1 {
		headOnly := append(txs[:1:1], txs[nForced:]...)
		if env, err := s.engine.BuildWithTransactions(ctx, s.head.Hash(), attrs, headOnly, extra); err == nil {
			return env, nil
		}
	}
	log.Warn("The queued forced transaction at the queue's head cannot execute on the L2 head; building without the queue", "err", err)
	if err := s.cfg.Forced.skipHead(ctx); err != nil {
		log.Warn("Could not skip the queued forced transaction yet (retrying with the next block)", "err", err)
	}
	return s.engine.BuildWithTransactions(ctx, s.head.Hash(), attrs, txs[nForced:], extra)
}

// skipHead proves on L1 that the queue's head cannot execute on the host's
// accepted L2 head (skipForcedTransaction). A transaction that still can there
// (the blocks that invalidated it are not settled yet) is left for a later try.
func (q *ForcedQueue) skipHead(ctx context.Context) error {
	if q.skipKey == nil {
		return errors.New("no key to pay for skipForcedTransaction")
	}
	head, err := q.index(ctx, q.my.PackForcedHead())
	if err != nil {
		return err
	}
	raw, ok := q.txs[head]
	if !ok {
		return fmt.Errorf("forced transaction %d is not known yet", head)
	}
	l2Head, err := q.index(ctx, q.my.PackBlockNumber())
	if err != nil {
		return err
	}
	var tx types.Transaction
	if err := tx.UnmarshalBinary(raw); err != nil {
		return fmt.Errorf("decoding forced transaction %d: %w", head, err)
	}
	sender, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), &tx)
	if err != nil {
		return fmt.Errorf("recovering the sender of forced transaction %d: %w", head, err)
	}
	at := new(big.Int).SetUint64(l2Head)
	res, err := gethclient.New(q.l2).GetProof(ctx, sender, nil, at)
	if err != nil {
		return fmt.Errorf("eth_getProof of %s at L2 block %d: %w", sender, l2Head, err)
	}
	proof, err := decodeHexList(res.AccountProof)
	if err != nil {
		return err
	}
	l2c := ethclient.NewClient(q.l2)
	code, err := l2c.CodeAt(ctx, sender, at)
	if err != nil {
		return err
	}
	header, err := l2c.HeaderByNumber(ctx, at)
	if err != nil {
		return err
	}
	headerRLP, err := rlp.EncodeToBytes(header)
	if err != nil {
		return err
	}
	r, err := sendAndWait(ctx, q.l1, q.skipKey, q.host, nil, q.my.PackSkipForcedTransaction(raw, proof, code, headerRLP), q.my.UnpackError)
	if err != nil {
		return fmt.Errorf("skipping forced transaction %d (%s): %w", head, tx.Hash(), err)
	}
	log.Info("Skipped a queued forced transaction that cannot execute", "index", head, "tx", tx.Hash(), "l1tx", r.TxHash)
	return nil
}
