package rollupnode

import (
	"bytes"
	"context"
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
// It assumes the sequencer's engine keeps the L2 gas limit at the genesis one
// (as nr devnet does): the follower's engine builds towards its own gas ceiling,
// and a block with another gas limit fails the hash check, named. It reads
// only advances called directly (a transaction to the host); L1 reorgs are not
// followed.
type Follower struct {
	host   common.Address
	l1     *ethclient.Client
	engine Engine
	head   *types.Header
	from   uint64 // next L1 block to scan
	method abi.Method
	my     *bindings.MyRollup
}

// NewFollower follows host on l1 into eng, scanning L1 from block fromL1 (the
// host's deployment block, or 0).
func NewFollower(ctx context.Context, host common.Address, l1 *ethclient.Client, eng Engine, fromL1 uint64) (*Follower, error) {
	head, err := eng.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the follower's L2 head: %w", err)
	}
	my := bindings.NewMyRollup()
	return &Follower{host: host, l1: l1, engine: eng, head: head, from: fromL1, method: my.GetABI().Methods["advance"], my: my}, nil
}

// Head is the last L2 block rebuilt.
func (f *Follower) Head() *types.Header { return f.head }

// Sync rebuilds every L2 block the host accepted up to L1's head, calling
// report for each, and returns how many it rebuilt. A block that does not
// rebuild to the host's hash is an error naming both hashes.
func (f *Follower) Sync(ctx context.Context, report func(Followed)) (int, error) {
	l1Head, err := f.l1.BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("reading the L1 head: %w", err)
	}
	if l1Head < f.from {
		return 0, nil
	}
	logs, err := f.l1.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(f.from), ToBlock: new(big.Int).SetUint64(l1Head),
		Addresses: []common.Address{f.host},
		Topics:    [][]common.Hash{{f.my.GetABI().Events["BlockAdvanced"].ID}},
	})
	if err != nil {
		return 0, fmt.Errorf("reading the host's BlockAdvanced events in L1 blocks %d..%d: %w", f.from, l1Head, err)
	}
	n := 0
	for _, lg := range logs {
		ev, err := f.my.UnpackBlockAdvancedEvent(&lg)
		if err != nil {
			return n, fmt.Errorf("L1 block %d: a BlockAdvanced event that does not decode: %w", lg.BlockNumber, err)
		}
		if ev.Number <= f.head.Number.Uint64() {
			continue // already rebuilt
		}
		if ev.Number != f.head.Number.Uint64()+1 {
			return n, fmt.Errorf("the host accepted L2 block %d but the follower is at %d", ev.Number, f.head.Number)
		}
		txs, err := f.rebuild(ctx, lg, ev)
		if err != nil {
			return n, err
		}
		n++
		if report != nil {
			report(Followed{Number: ev.Number, Hash: ev.BlockHash, Txs: txs, L1Block: lg.BlockNumber})
		}
	}
	f.from = l1Head + 1
	return n, nil
}

// Run syncs every poll interval until ctx ends or a block fails to rebuild.
func (f *Follower) Run(ctx context.Context, poll time.Duration, report func(Followed)) error {
	for {
		if _, err := f.Sync(ctx, report); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(poll):
		}
	}
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
