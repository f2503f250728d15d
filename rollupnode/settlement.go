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

	"github.com/nativerollup/nr/solidity/bindings"
)

// SettlerConfig says how L2 blocks are settled on L1.
type SettlerConfig struct {
	// Key signs the advance transactions: the host's sequencer.
	Key *ecdsa.PrivateKey
	// Host is the NativeRollup contract (e.g. MyRollup) on L1.
	Host common.Address
	// ResubmitAfter is how long an advance may wait for inclusion before it is
	// sent again with higher fees (same nonce).
	ResubmitAfter time.Duration
	// Timeout gives up on one advance (default 2 minutes).
	Timeout time.Duration
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
}

// NewSettler reads the L1 chain id and the sequencer's nonce.
func NewSettler(ctx context.Context, cfg SettlerConfig, rc *rpc.Client) (*Settler, error) {
	if cfg.ResubmitAfter <= 0 {
		cfg.ResubmitAfter = 12 * time.Second
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 2 * time.Minute
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
	return &Settler{cfg: cfg, rc: rc, l1: l1, chainID: chainID, from: from, nonce: nonce, abi: bindings.NewMyRollup()}, nil
}

// Run settles every block from in, in order, calling report for each, until in
// closes, ctx ends or L1 rejects a block (a *RevertError).
func (s *Settler) Run(ctx context.Context, in <-chan *Sealed, report func(*Settled)) error {
	for {
		select {
		case <-ctx.Done():
			return nil
		case b, ok := <-in:
			if !ok {
				return nil
			}
			r, err := s.Settle(ctx, b)
			if err != nil {
				if ctx.Err() != nil {
					return nil
				}
				return err
			}
			report(r)
		}
	}
}

// advanceData is the calldata of the host's advance for b.
func (s *Settler) advanceData(b *Sealed) []byte {
	in := b.Input
	return s.abi.PackAdvance(
		bindings.ExecuteBlockEnv{Timestamp: in.Timestamp, GasLimit: in.GasLimit, FeeRecipient: in.FeeRecipient, PrevRandao: in.PrevRandao, ExtraData: in.ExtraData},
		b.Anchor,
		bindings.ExecuteClaims{PostStateRoot: in.PostStateRoot, ReceiptsRoot: in.ReceiptsRoot, GasUsed: in.GasUsed},
		in.Transactions, in.Witness)
}

// Settle sends b's advance and waits for it: estimate (a revert here is
// decoded and final), sign with the next nonce, send, and while it is not
// included after ResubmitAfter, send it again with fees 25% higher.
func (s *Settler) Settle(ctx context.Context, b *Sealed) (*Settled, error) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	defer cancel()
	number := b.Block.NumberU64()
	data := s.advanceData(b)
	head, err := s.l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the L1 head: %w", err)
	}
	gas, err := s.estimate(ctx, data, max(head.Time+1, b.Block.Time(), uint64(time.Now().Unix())))
	if err != nil {
		var rpcErr rpc.DataError
		if errors.As(err, &rpcErr) {
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
				// Someone else used the sequencer's key: take the next free nonce.
				nonce, err := s.l1.PendingNonceAt(ctx, s.from)
				if err != nil || nonce == s.nonce {
					return fmt.Errorf("sending the advance of L2 block %d (nonce %d): %s; the sequencer's L1 nonce could not be refreshed (%v)", number, s.nonce, msg, err)
				}
				log.Warn("The sequencer's L1 nonce moved (another sender uses its key)", "was", s.nonce, "now", nonce)
				s.nonce = nonce
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
	lastSend := time.Now()
	for {
		for _, h := range sent {
			r, err := s.l1.TransactionReceipt(ctx, h)
			if err != nil {
				continue
			}
			s.nonce++
			if r.Status != types.ReceiptStatusSuccessful {
				return nil, &RevertError{L2Block: number, Tx: h, Reason: s.replayRevert(ctx, data, r)}
			}
			return &Settled{Sealed: b, Tx: h, L1Block: r.BlockNumber.Uint64(), L1Gas: r.GasUsed, Latency: time.Since(b.SealedAt), Sends: len(sent)}, nil
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
	e, err := s.abi.UnpackError(raw)
	if err != nil || e == nil {
		return fmt.Sprintf("revert data %s (not one of the host's errors)", str)
	}
	name := strings.TrimPrefix(fmt.Sprintf("%T", e), "*bindings.MyRollup")
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
