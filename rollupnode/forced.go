package rollupnode

import (
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

// ForcedQueue follows the host's forced-inclusion queue on L1 (ForcedInclusion,
// spec/host-forced-inclusion.md) for the sequencer, which puts queued
// transactions first in its next block as soon as it sees them, long before the
// host requires them (forcedInclusionDelay after queueing).
type ForcedQueue struct {
	l1   *ethclient.Client
	l2   *rpc.Client
	host common.Address
	my   *bindings.MyRollup
	txs  map[uint64][]byte // queued transactions by queue index, from ForcedTransactionQueued
	from uint64            // next L1 block to read events from
	// skipKey pays for skipForcedTransaction (nil: no skips).
	skipKey *ecdsa.PrivateKey
}

// NewForcedQueue follows the queue of the host at host for the L2 node l2. With
// skipKey, it also proves queued transactions that cannot execute invalid
// (skipForcedTransaction, paid by skipKey, which must not sign anything else
// concurrently).
func NewForcedQueue(l1 *ethclient.Client, host common.Address, l2 *rpc.Client, skipKey *ecdsa.PrivateKey) *ForcedQueue {
	return &ForcedQueue{l1: l1, l2: l2, host: host, my: bindings.NewMyRollup(), txs: map[uint64][]byte{}, skipKey: skipKey}
}

// Pending returns, oldest first, at most maxForcedPerBlock queued transactions
// the host still holds whose nonce the L2 node's chain has not used yet. It asks
// the chain rather than remembering what it sealed, so blocks rolled back after
// an L1 reorg give their queued transactions back.
//
// A queued transaction whose nonce the chain used is either first in a block not
// settled yet, which takes it off the queue when it settles, or was displaced
// (a transaction elsewhere in a block, or another one with its nonce): if it is
// still the queue's head once its nonce is used in the settled state, only a
// skip removes it, and Pending sends one.
func (q *ForcedQueue) Pending(ctx context.Context) ([][]byte, error) {
	settled, err := q.index(ctx, q.my.PackBlockNumber()) // before the queue: a later settle only moves the head on
	if err != nil {
		return nil, err
	}
	head, err := q.index(ctx, q.my.PackForcedHead())
	if err != nil {
		return nil, err
	}
	tail, err := q.index(ctx, q.my.PackForcedTail())
	if err != nil {
		return nil, err
	}
	l2c := ethclient.NewClient(q.l2)
	var out [][]byte
	for i := head; i < tail && len(out) < maxForcedPerBlock; i++ {
		raw, tx, sender, err := q.queued(ctx, i)
		if err != nil {
			return nil, err
		}
		next, err := l2c.NonceAt(ctx, sender, nil)
		if err != nil {
			return nil, fmt.Errorf("reading the L2 nonce of %s: %w", sender, err)
		}
		if next <= tx.Nonce() {
			out = append(out, raw)
			continue
		}
		if i != head {
			continue
		}
		if next, err = l2c.NonceAt(ctx, sender, new(big.Int).SetUint64(settled)); err != nil {
			return nil, fmt.Errorf("reading the L2 nonce of %s at settled block %d: %w", sender, settled, err)
		}
		if next > tx.Nonce() {
			if err := q.skipHead(ctx); err != nil {
				log.Warn("Could not skip a queued forced transaction whose nonce is used", "index", i, "tx", tx.Hash(), "err", err)
			}
		}
	}
	return out, nil
}

// queued is queue entry i's signed transaction, decoded, and its sender, read
// from its event and checked against the hash the host holds (an L1 reorg can
// replace entries).
func (q *ForcedQueue) queued(ctx context.Context, i uint64) ([]byte, *types.Transaction, common.Address, error) {
	out, err := q.l1.CallContract(ctx, ethereum.CallMsg{To: &q.host, Data: q.my.PackForcedTransaction(new(big.Int).SetUint64(i))}, nil)
	if err != nil {
		return nil, nil, common.Address{}, fmt.Errorf("reading queued forced transaction %d: %w", i, err)
	}
	entry, err := q.my.UnpackForcedTransaction(out)
	if err != nil {
		return nil, nil, common.Address{}, fmt.Errorf("reading queued forced transaction %d: %w", i, err)
	}
	want := common.Hash(entry.TxHash)
	raw, ok := q.txs[i]
	// A new entry's event is past the last scan; one an L1 reorg replaced or
	// moved may be anywhere: then read every event again.
	for _, from := range []uint64{q.from, 0} {
		if ok && crypto.Keccak256Hash(raw) == want {
			break
		}
		q.from = from
		if err := q.readEvents(ctx); err != nil {
			return nil, nil, common.Address{}, err
		}
		raw, ok = q.txs[i]
	}
	if !ok || crypto.Keccak256Hash(raw) != want {
		return nil, nil, common.Address{}, fmt.Errorf("the host holds forced transaction %d (%s) but no ForcedTransactionQueued event carries it", i, want)
	}
	tx, sender, err := decodeForced(raw)
	if err != nil {
		return nil, nil, common.Address{}, fmt.Errorf("queued forced transaction %d: %w", i, err)
	}
	return raw, tx, sender, nil
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
	if l1Head < q.from {
		return nil // nothing new (a range past the head is an error to go-ethereum)
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
	raw, tx, sender, err := q.queued(ctx, head)
	if err != nil {
		return err
	}
	l2Head, err := q.index(ctx, q.my.PackBlockNumber())
	if err != nil {
		return err
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
