package rollupnode

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nativerollup/nr/solidity"
	"github.com/nativerollup/nr/solidity/bindings"
)

// SettlerConfig says how L2 blocks are settled on L1.
type SettlerConfig struct {
	// Key signs the advance transactions: the host's sequencer (with Signer:
	// the poster's).
	Key *ecdsa.PrivateKey
	// Signer, if set, is the L2 sequencer's key of a MarketNativeRollup host:
	// each block is sent with post and Signer's signature over its digest
	// (solidity.SignMarketBlock) instead of advance, so Key may be anyone's
	// (spec/host.md, "State-update market").
	Signer *ecdsa.PrivateKey
	// Host is the NativeRollup contract (e.g. MyRollup) on L1.
	Host common.Address
	// ResubmitAfter is how long an advance may wait for inclusion before it is
	// sent again with higher fees (same nonce).
	ResubmitAfter time.Duration
	// Timeout gives up on one advance (default 2 minutes).
	Timeout time.Duration
	// Sequencer and L2 (the L2 engine's JSON-RPC), if set, let settlement
	// follow L1 reorgs: when a block no longer follows the host's head
	// (ErrResync), it settles again what the reorg took back and rolls the
	// sequencer back past blocks whose anchor it took. Without them an
	// ErrResync stops settlement.
	Sequencer *Sequencer
	L2        *ethclient.Client
	// OnResync, if set, is called after each resync.
	OnResync func(*Resynced)
}

// Settled is an L2 block L1 accepted.
type Settled struct {
	*Sealed
	Tx      common.Hash
	L1Block uint64
	L1Gas   uint64
	// Latency is from the L2 block being sealed to its advance's receipt.
	Latency time.Duration
	// Sends counts the transactions sent for it (more than one: fee bumps).
	Sends int
}

// RevertError is an advance L1 rejected: settlement stops there, since every
// later L2 block builds on this one.
type RevertError struct {
	L2Block uint64
	Reason  string // the decoded custom error, or the raw revert data
	Tx      common.Hash
}

func (e *RevertError) Error() string {
	where := "eth_estimateGas"
	if e.Tx != (common.Hash{}) {
		where = "L1 transaction " + e.Tx.Hex()
	}
	return fmt.Sprintf("the host rejected L2 block %d (%s): %s; settlement stopped (the L2 chain past the host's head cannot settle: restart the devnet, or fix the cause and rebuild from the host's head)", e.L2Block, where, e.Reason)
}

// Settler calls the host's `advance` for each L2 block, one at a time, in order.
type Settler struct {
	cfg     SettlerConfig
	rc      *rpc.Client
	l1      *ethclient.Client
	chainID *big.Int
	from    common.Address
	nonce   uint64
	abi     *bindings.MyRollup // NativeRollup's ABI (advance, events, errors)
	market  *bindings.MyMarketRollup
}

// NewSettler reads the L1 chain id and the sequencer's nonce.
func NewSettler(ctx context.Context, cfg SettlerConfig, rc *rpc.Client) (*Settler, error) {
	if cfg.ResubmitAfter <= 0 {
		cfg.ResubmitAfter = 12 * time.Second
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 2 * time.Minute
	}
	if (cfg.Sequencer == nil) != (cfg.L2 == nil) {
		return nil, errors.New("settlement follows L1 reorgs with both the sequencer and the L2 engine's JSON-RPC, or with neither")
	}
	l1 := ethclient.NewClient(rc)
	chainID, err := l1.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading the L1 chain id: %w", err)
	}
	from := crypto.PubkeyToAddress(cfg.Key.PublicKey)
	nonce, err := l1.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, fmt.Errorf("reading the sequencer's L1 nonce: %w", err)
	}
	return &Settler{cfg: cfg, rc: rc, l1: l1, chainID: chainID, from: from, nonce: nonce, abi: bindings.NewMyRollup(), market: bindings.NewMyMarketRollup()}, nil
}

// Run settles every block from in, in order, calling report for each, until in
// closes, ctx ends or L1 rejects a block (a *RevertError). With a sequencer
// (SettlerConfig.Sequencer) it follows L1 reorgs: on ErrResync it resyncs,
// settles the blocks resync returns first, and drops blocks from in that it
// already has or that the rollback took off the L2 chain.
func (s *Settler) Run(ctx context.Context, in <-chan *Sealed, report func(*Settled)) error {
	var queue []*Sealed
	var next uint64 // the L2 block settlement expects next (0: any)
	resyncs := 0    // in a row, without a block settled between them
	for {
		var b *Sealed
		if len(queue) > 0 {
			b, queue = queue[0], queue[1:]
		} else {
			select {
			case <-ctx.Done():
				return nil
			case x, ok := <-in:
				if !ok {
					return nil
				}
				b = x
			}
			stale, err := s.stale(ctx, b, next)
			if err != nil {
				if ctx.Err() != nil {
					return nil
				}
				return err
			}
			if stale {
				continue
			}
		}
		r, err := s.Settle(ctx, b)
		if errors.Is(err, ErrResync) && s.cfg.Sequencer != nil {
			if resyncs++; resyncs > 1 {
				// L1 is still moving (advances the reorg put back in the pool
				// landing): let it settle a moment instead of spinning.
				select {
				case <-ctx.Done():
					return nil
				case <-time.After(min(time.Duration(resyncs)*100*time.Millisecond, 2*time.Second)):
				}
			}
			var rs *Resynced
			if queue, rs, err = s.resync(ctx, err); err != nil {
				if ctx.Err() != nil {
					return nil
				}
				return fmt.Errorf("following the host after an L1 reorg: %w", err)
			}
			next = rs.Host + uint64(rs.Settle) + 1
			log.Warn("Settlement resynced with the host", "host", rs.Host, "l1head", rs.L1Head, "resettle", rs.Settle, "rolledback", rs.RolledBack, "reason", rs.Reason)
			if s.cfg.OnResync != nil {
				s.cfg.OnResync(rs)
			}
			continue
		}
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		resyncs = 0
		next = b.Block.NumberU64() + 1
		report(r)
	}
}

// stale says whether b, from the sequencer, is one settlement no longer wants:
// below next (a resync queued it already), or, with a sequencer, no longer on
// the L2 chain (made before a rollback).
func (s *Settler) stale(ctx context.Context, b *Sealed, next uint64) (bool, error) {
	n := b.Block.NumberU64()
	if n < next {
		return true, nil
	}
	if s.cfg.L2 == nil {
		return false, nil
	}
	h, err := s.cfg.L2.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if errors.Is(err, ethereum.NotFound) {
		return true, nil
	}
	if err != nil {
		return false, fmt.Errorf("reading L2 block %d: %w", n, err)
	}
	return h.Hash() != b.Block.Hash(), nil
}

// advanceData is the calldata of the host's advance for b, or with a Signer,
// of its post with the sequencer's signature.
func (s *Settler) advanceData(b *Sealed) ([]byte, error) {
	in := b.Input
	env, claims := solidity.ExecuteArgs(in)
	if s.cfg.Signer == nil {
		return s.abi.PackAdvance(env, b.Anchor, claims, in.Transactions, in.Witness), nil
	}
	number := b.Block.NumberU64()
	sig, err := solidity.SignMarketBlock(s.cfg.Signer, s.chainID, s.cfg.Host, in.ChainID, number, b.Block.ParentHash(), b.Block.Hash())
	if err != nil {
		return nil, fmt.Errorf("signing L2 block %d for the market host: %w", number, err)
	}
	return s.market.PackPost(env, b.Anchor, claims, in.Transactions, in.Witness, number, sig), nil
}

// Settle sends b's advance and waits for it: check b follows the host's head
// and its anchor is one the host takes (else an ErrResync error), estimate (a
// revert here is decoded and final), sign with the next nonce, send, and while
// it is not included after ResubmitAfter, send it again with fees 25% higher.
// While it waits it checks every second that b still follows the host (an L1
// reorg may have taken back the host's head or b's anchor).
func (s *Settler) Settle(ctx context.Context, b *Sealed) (*Settled, error) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	defer cancel()
	number := b.Block.NumberU64()
	data, err := s.advanceData(b)
	if err != nil {
		return nil, err
	}
	head, err := s.l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the L1 head: %w", err)
	}
	if err := s.follows(ctx, b, head); err != nil {
		return nil, err
	}
	gas, err := s.estimate(ctx, data, max(head.Time+1, b.Block.Time(), uint64(time.Now().Unix())))
	if err != nil {
		var rpcErr rpc.DataError
		if errors.As(err, &rpcErr) {
			if err := s.follows(ctx, b, nil); err != nil {
				return nil, err // L1 moved under the estimate
			}
			return nil, &RevertError{L2Block: number, Reason: s.decodeRevert(rpcErr.ErrorData())}
		}
		return nil, fmt.Errorf("estimating the advance of L2 block %d: %w", number, err)
	}
	gas = min(gas+gas/5+10_000, MaxL1TxGas)
	tip, err := s.l1.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading the L1 priority fee: %w", err)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)

	var sent []common.Hash
	bumps := 0
	var send func() error
	send = func() error {
		tx, err := types.SignNewTx(s.cfg.Key, types.LatestSignerForChainID(s.chainID), &types.DynamicFeeTx{
			ChainID: s.chainID, Nonce: s.nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: &s.cfg.Host, Data: data,
		})
		if err != nil {
			return err
		}
		if err := s.l1.SendTransaction(ctx, tx); err != nil {
			msg := err.Error()
			switch {
			case strings.Contains(msg, "already known"), strings.Contains(msg, "nonce too low") && len(sent) > 0:
				// An earlier send is in the pool or mined: keep waiting for it.
			case strings.Contains(msg, "nonce too low"):
				// Someone else used the sequencer's key, or an advance an L1
				// reorg put back in the pool was mined again: take the first
				// nonce the canonical chain has not used.
				nonce, err := s.l1.NonceAt(ctx, s.from, nil)
				if err != nil || nonce == s.nonce {
					return fmt.Errorf("sending the advance of L2 block %d (nonce %d): %s; the sequencer's L1 nonce could not be refreshed (%v)", number, s.nonce, msg, err)
				}
				log.Warn("The sequencer's L1 nonce moved (another sender uses its key, or an L1 reorg)", "was", s.nonce, "now", nonce)
				s.nonce = nonce
				return send()
			case strings.Contains(msg, "replacement transaction underpriced") && bumps < maxReplaceBumps:
				// A pending transaction holds the nonce: an advance an L1
				// reorg put back in the pool, which no longer follows the
				// host. Replace it rather than queue behind it.
				tip, feeCap = bump(tip), bump(feeCap)
				bumps++
				return send()
			default:
				return fmt.Errorf("sending the advance of L2 block %d (nonce %d): %w", number, s.nonce, err)
			}
		}
		sent = append(sent, tx.Hash())
		return nil
	}
	if err := send(); err != nil {
		return nil, err
	}
	// included returns the outcome once one of the sends has a receipt.
	included := func() (*Settled, bool, error) {
		for _, h := range sent {
			r, err := s.l1.TransactionReceipt(ctx, h)
			if err != nil {
				continue
			}
			s.nonce++
			if r.Status != types.ReceiptStatusSuccessful {
				if err := s.follows(ctx, b, nil); err != nil {
					return nil, true, fmt.Errorf("the advance of L2 block %d reverted in L1 block %d: %w", number, r.BlockNumber, err)
				}
				return nil, true, &RevertError{L2Block: number, Tx: h, Reason: s.replayRevert(ctx, data, r)}
			}
			return &Settled{Sealed: b, Tx: h, L1Block: r.BlockNumber.Uint64(), L1Gas: r.GasUsed, Latency: time.Since(b.SealedAt), Sends: len(sent)}, true, nil
		}
		return nil, false, nil
	}
	lastSend, lastCheck := time.Now(), time.Now()
	for {
		if r, done, err := included(); done {
			return r, err
		}
		if time.Since(lastCheck) > time.Second {
			if err := s.follows(ctx, b, nil); err != nil {
				if r, done, ierr := included(); done { // it landed as L1 moved
					return r, ierr
				}
				return nil, err
			}
			lastCheck = time.Now()
		}
		if time.Since(lastSend) > s.cfg.ResubmitAfter {
			tip = bump(tip)
			feeCap = bump(feeCap)
			log.Warn("Advance not included yet: resending with higher fees", "l2block", number, "nonce", s.nonce, "tip", tip, "feecap", feeCap)
			if err := send(); err != nil {
				return nil, err
			}
			lastSend = time.Now()
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("the advance of L2 block %d (nonce %d, %d sends) was not included: %w", number, s.nonce, len(sent), ctx.Err())
		case <-time.After(25 * time.Millisecond):
		}
	}
}

// maxReplaceBumps bounds the fee raises one send makes to replace a pending
// transaction holding its nonce (25% each: 9.3 times the fees at most).
const maxReplaceBumps = 10

// bump raises a fee by 25% (go-ethereum's pool replaces a transaction for 10% more).
func bump(x *big.Int) *big.Int {
	return new(big.Int).Add(x, new(big.Int).Add(new(big.Int).Div(x, big.NewInt(4)), big.NewInt(1)))
}

// estimate runs eth_estimateGas on the L1 head with the next block's time: the
// host takes no L2 block from L1's future, and the next L1 block is not older
// than the L2 block.
func (s *Settler) estimate(ctx context.Context, data []byte, time uint64) (uint64, error) {
	args := map[string]any{"from": s.from, "to": s.cfg.Host, "data": hexutil.Bytes(data), "gas": hexutil.Uint64(MaxL1TxGas)}
	overrides := map[string]any{"time": hexutil.Uint64(time)}
	var gas hexutil.Uint64
	err := s.rc.CallContext(ctx, &gas, "eth_estimateGas", args, "latest", nil, overrides)
	return uint64(gas), err
}

// decodeRevert names the host's custom error in revert data (hex).
func (s *Settler) decodeRevert(data any) string {
	str, ok := data.(string)
	if !ok {
		return fmt.Sprintf("revert data %v", data)
	}
	raw, err := hexutil.Decode(str)
	if err != nil || len(raw) < 4 {
		return fmt.Sprintf("revert data %s", str)
	}
	// The market host's errors are NativeRollup's and its own.
	e, err := s.market.UnpackError(raw)
	if err != nil || e == nil {
		return fmt.Sprintf("revert data %s (not one of the host's errors)", str)
	}
	name := strings.TrimPrefix(fmt.Sprintf("%T", e), "*bindings.MyMarketRollup")
	return name + strings.TrimPrefix(fmt.Sprintf("%+v", e), "&")
}

// replayRevert reruns a failed advance on its block's parent to read why.
func (s *Settler) replayRevert(ctx context.Context, data []byte, r *types.Receipt) string {
	msg := ethereum.CallMsg{From: s.from, To: &s.cfg.Host, Data: data, Gas: MaxL1TxGas}
	_, err := s.l1.CallContract(ctx, msg, new(big.Int).Sub(r.BlockNumber, big.NewInt(1)))
	var rpcErr rpc.DataError
	if errors.As(err, &rpcErr) {
		return s.decodeRevert(rpcErr.ErrorData())
	}
	return fmt.Sprintf("reverted in L1 block %d using %d gas (replaying it gave: %v)", r.BlockNumber, r.GasUsed, err)
}
