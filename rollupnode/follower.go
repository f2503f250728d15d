package rollupnode

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/nativerollup/nr/solidity/bindings"
)

// Followed is one L2 block the follower rebuilt from L1 data and found equal to
// the block the host accepted.
type Followed struct {
	Number  uint64
	Hash    common.Hash
	Txs     int
	L1Block uint64
}

// Follower rebuilds the L2 chain from L1 data alone: for each BlockAdvanced event
// of the host, in L1 order, it reads the advance transaction's calldata (the
// block's environment, anchor, claims and transactions; the witness is not
// needed), builds that block in its own engine with exactly those transactions
// (testing_buildBlockV1 with the environment as payload attributes), imports it
// (engine_newPayloadV4, engine_forkchoiceUpdatedV3) and checks its hash is the
// one the host accepted.
//
// It follows L1 reorgs: it remembers the L1 block (number and hash) of the
// event of each of its last followDepth L2 blocks and of the last L1 block it
// scanned; when one is no longer canonical, the events in it were removed, so
// it rolls its L2 head back (engine_forkchoiceUpdated) to the last block whose
// event is still on L1 and scans again from there, checking every block it
// rebuilds against the host's hash as before.
//
// It assumes the sequencer's engine keeps the L2 gas limit at the genesis one
// (as nr devnet does): the follower's engine builds towards its own gas ceiling,
// and a block with another gas limit fails the hash check, named. It reads
// only advances called directly (a transaction to the host).
type Follower struct {
	host    common.Address
	l1      *ethclient.Client
	engine  Engine
	head    *types.Header
	start   uint64 // the first L1 block to scan
	from    uint64 // next L1 block to scan
	scanned *types.Header
	// seen are where the events of the last L2 blocks rebuilt are on L1,
	// oldest first; trimmed says older ones were dropped.
	seen    []advanced
	trimmed bool
	method  abi.Method
	my      *bindings.MyRollup
}

// advanced is an L2 block the follower rebuilt and the L1 block holding its
// BlockAdvanced event.
type advanced struct {
	L2     uint64
	L2Hash common.Hash
	L1     uint64
	L1Hash common.Hash
}

// followDepth bounds the L2 blocks whose events the follower re-checks after
// an L1 reorg: a reorg removing more is an error (restart the follower).
const followDepth = 1024

// NewFollower follows host on l1 into eng, scanning L1 from block fromL1 (the
// host's deployment block, or 0).
func NewFollower(ctx context.Context, host common.Address, l1 *ethclient.Client, eng Engine, fromL1 uint64) (*Follower, error) {
	head, err := eng.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the follower's L2 head: %w", err)
	}
	my := bindings.NewMyRollup()
	return &Follower{host: host, l1: l1, engine: eng, head: head, start: fromL1, from: fromL1, method: my.GetABI().Methods["advance"], my: my}, nil
}

// Head is the last L2 block rebuilt.
func (f *Follower) Head() *types.Header { return f.head }

// Sync rebuilds every L2 block the host accepted up to L1's head, calling
// report for each, and returns how many it rebuilt. A block that does not
// rebuild to the host's hash is an error naming both hashes.
//
// An L1 reorg is followed first (unwind); one that happens while Sync reads L1
// shows as events that do not continue the follower's chain, and Sync then
// unwinds and returns, to rescan on the next call.
func (f *Follower) Sync(ctx context.Context, report func(Followed)) (int, error) {
	if _, err := f.unwind(ctx); err != nil {
		return 0, err
	}
	l1Head, err := f.l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("reading the L1 head: %w", err)
	}
	if l1Head.Number.Uint64() < f.from {
		return 0, nil
	}
	logs, err := filterLogs(ctx, f.l1, ethereum.FilterQuery{
		Addresses: []common.Address{f.host},
		Topics:    [][]common.Hash{{f.my.GetABI().Events["BlockAdvanced"].ID}},
	}, f.from, l1Head.Number.Uint64(), maxLogQueryBlocks)
	if err != nil {
		return 0, f.orReorg(ctx, fmt.Errorf("reading the host's BlockAdvanced events in L1 blocks %d..%d: %w", f.from, l1Head.Number, err))
	}
	n := 0
	for _, lg := range logs {
		ev, err := f.my.UnpackBlockAdvancedEvent(&lg)
		if err != nil {
			return n, fmt.Errorf("L1 block %d: a BlockAdvanced event that does not decode: %w", lg.BlockNumber, err)
		}
		if ev.Number <= f.head.Number.Uint64() {
			if known, ok := f.seenAt(ev.Number); ok && known.L2Hash != common.Hash(ev.BlockHash) {
				return n, f.orReorg(ctx, fmt.Errorf("L1 block %d says the host accepted L2 block %d %s, the follower rebuilt %s from L1 block %d", lg.BlockNumber, ev.Number, common.Hash(ev.BlockHash), known.L2Hash, known.L1))
			}
			continue // already rebuilt
		}
		if ev.Number != f.head.Number.Uint64()+1 {
			return n, f.orReorg(ctx, fmt.Errorf("the host accepted L2 block %d but the follower is at %d", ev.Number, f.head.Number))
		}
		txs, err := f.rebuild(ctx, lg, ev)
		if err != nil {
			return n, f.orReorg(ctx, err)
		}
		f.remember(advanced{L2: ev.Number, L2Hash: ev.BlockHash, L1: lg.BlockNumber, L1Hash: lg.BlockHash})
		n++
		if report != nil {
			report(Followed{Number: ev.Number, Hash: ev.BlockHash, Txs: txs, L1Block: lg.BlockNumber})
		}
	}
	f.from, f.scanned = l1Head.Number.Uint64()+1, l1Head
	return n, nil
}

// orReorg is nil if an L1 reorg explains err (the follower then unwound it and
// rescans on the next Sync), else err.
func (f *Follower) orReorg(ctx context.Context, err error) error {
	reorged, uerr := f.unwind(ctx)
	if uerr != nil {
		return errors.Join(err, uerr)
	}
	if reorged {
		return nil
	}
	return err
}

func (f *Follower) remember(a advanced) {
	f.seen = append(f.seen, a)
	if len(f.seen) > followDepth {
		f.seen = append(f.seen[:0], f.seen[len(f.seen)-followDepth:]...)
		f.trimmed = true
	}
}

func (f *Follower) seenAt(l2 uint64) (advanced, bool) {
	for i := len(f.seen) - 1; i >= 0; i-- {
		if f.seen[i].L2 == l2 {
			return f.seen[i], true
		}
	}
	return advanced{}, false
}

// canonical says whether L1 block number is still hash.
func (f *Follower) canonical(ctx context.Context, number uint64, hash common.Hash) (bool, error) {
	h, err := f.l1.HeaderByNumber(ctx, new(big.Int).SetUint64(number))
	if errors.Is(err, ethereum.NotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("reading L1 block %d: %w", number, err)
	}
	return h.Hash() == hash, nil
}

// unwind follows an L1 reorg under what the follower read: if the last L1
// block scanned or the block of a remembered event is no longer canonical, it
// forgets the events L1 no longer has, rolls the L2 head back to the last
// block whose event L1 still has (engine_forkchoiceUpdated), and rescans L1
// from the block after that event. It says whether it found a reorg.
func (f *Follower) unwind(ctx context.Context) (bool, error) {
	reorged := false
	if f.scanned != nil {
		ok, err := f.canonical(ctx, f.scanned.Number.Uint64(), f.scanned.Hash())
		if err != nil {
			return false, err
		}
		reorged = !ok
	}
	keep := len(f.seen)
	for keep > 0 {
		a := f.seen[keep-1]
		ok, err := f.canonical(ctx, a.L1, a.L1Hash)
		if err != nil {
			return false, err
		}
		if ok {
			break
		}
		keep--
	}
	if !reorged && keep == len(f.seen) {
		return false, nil
	}
	if keep == 0 && f.trimmed {
		return false, fmt.Errorf("an L1 reorg removed the events of more than the last %d L2 blocks the follower re-checks: restart it with a new engine", followDepth)
	}
	to, from := f.head, f.start
	switch {
	case keep > 0:
		from = f.seen[keep-1].L1 + 1
		if keep < len(f.seen) {
			a := f.seen[keep-1]
			h, err := f.engine.HeaderByNumber(ctx, new(big.Int).SetUint64(a.L2))
			if err != nil {
				return false, fmt.Errorf("reading the follower's L2 block %d: %w", a.L2, err)
			}
			to = h
		}
	case len(f.seen) > 0:
		h, err := f.engine.HeaderByNumber(ctx, new(big.Int).SetUint64(f.seen[0].L2-1))
		if err != nil {
			return false, fmt.Errorf("reading the follower's L2 block %d: %w", f.seen[0].L2-1, err)
		}
		to = h
	}
	if to.Hash() != f.head.Hash() {
		if err := rollBack(ctx, f.engine, to); err != nil {
			return false, fmt.Errorf("rolling the follower's L2 back: %w", err)
		}
		log.Warn("L1 reorg: the follower's L2 head rolled back", "from", f.head.Number, "to", to.Number, "rescan", from)
		f.head = to
	} else {
		log.Warn("L1 reorg: rescanning", "from", from)
	}
	f.seen, f.from, f.scanned = f.seen[:keep], from, nil
	return true, nil
}

// Run syncs every poll interval until ctx ends or a block fails to rebuild.
func (f *Follower) Run(ctx context.Context, poll time.Duration, report func(Followed)) error {
	return everyPoll(ctx, poll, func() error {
		_, err := f.Sync(ctx, report)
		return err
	})
}

// advanceArgs is MyRollup.advance's calldata, decoded.
type advanceArgs struct {
	Env           bindings.ExecuteBlockEnv
	AnchorL1Block uint64
	Claims        bindings.ExecuteClaims
	Transactions  []byte
	Witness       []byte
}

// rebuild rebuilds one accepted block and returns its transaction count.
func (f *Follower) rebuild(ctx context.Context, lg types.Log, ev *bindings.MyRollupBlockAdvanced) (int, error) {
	tx, _, err := f.l1.TransactionByHash(ctx, lg.TxHash)
	if err != nil {
		return 0, fmt.Errorf("reading the advance transaction %s of L2 block %d: %w", lg.TxHash, ev.Number, err)
	}
	data := tx.Data()
	if tx.To() == nil || *tx.To() != f.host || len(data) < 4 || !bytes.Equal(data[:4], f.method.ID) {
		return 0, fmt.Errorf("L2 block %d was advanced by transaction %s, which is not a direct call of the host's advance: the follower reads calldata only", ev.Number, lg.TxHash)
	}
	values, err := f.method.Inputs.Unpack(data[4:])
	if err != nil {
		return 0, fmt.Errorf("decoding the advance calldata of L2 block %d (tx %s): %w", ev.Number, lg.TxHash, err)
	}
	var args advanceArgs
	if err := f.method.Inputs.Copy(&args, values); err != nil {
		return 0, fmt.Errorf("decoding the advance calldata of L2 block %d (tx %s): %w", ev.Number, lg.TxHash, err)
	}
	var txs types.Transactions
	if err := rlp.DecodeBytes(args.Transactions, &txs); err != nil {
		return 0, fmt.Errorf("L2 block %d: the transactions in its advance do not decode: %w", ev.Number, err)
	}
	raw := make([]hexutil.Bytes, len(txs))
	for i, t := range txs {
		if raw[i], err = t.MarshalBinary(); err != nil {
			return 0, err
		}
	}
	anchor := common.Hash(ev.Anchor)
	attrs := &engine.PayloadAttributes{
		Timestamp:             args.Env.Timestamp,
		Random:                args.Env.PrevRandao,
		SuggestedFeeRecipient: args.Env.FeeRecipient,
		Withdrawals:           []*types.Withdrawal{},
		BeaconRoot:            &anchor,
	}
	env, err := f.engine.BuildWithTransactions(ctx, f.head.Hash(), attrs, raw, args.Env.ExtraData)
	if err != nil {
		return 0, fmt.Errorf("rebuilding L2 block %d: %w", ev.Number, err)
	}
	got := env.ExecutionPayload.BlockHash
	if got != common.Hash(ev.BlockHash) {
		return 0, fmt.Errorf("L2 block %d rebuilt from L1 data has hash %s, the host accepted %s (gas limit %d, the advance declared %d)",
			ev.Number, got, common.Hash(ev.BlockHash), env.ExecutionPayload.GasLimit, args.Env.GasLimit)
	}
	if err := f.engine.NewPayload(ctx, env, anchor); err != nil {
		return 0, err
	}
	if _, err := f.engine.ForkchoiceUpdated(ctx, got, nil); err != nil {
		return 0, err
	}
	f.head, err = f.engine.HeaderByNumber(ctx, nil)
	return len(txs), err
}
