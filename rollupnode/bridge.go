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
	"github.com/ethereum/go-ethereum/ethclient/gethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nativerollup/nr/solidity"
	"github.com/nativerollup/nr/solidity/bindings"
)

// Base slots of the message mappings (src/lib/Messages.sol).
var (
	depositsSlot    = new(big.Int).Sub(crypto.Keccak256Hash([]byte("nr.host.deposits")).Big(), big.NewInt(1))
	withdrawalsSlot = new(big.Int).Sub(crypto.Keccak256Hash([]byte("nr.l2bridge.withdrawals")).Big(), big.NewInt(1))
)

// DepositSlot is the host's storage slot marking deposit hash h as sent.
func DepositSlot(h common.Hash) common.Hash { return messageSlot(h, depositsSlot) }

// WithdrawalSlot is L2Bridge's storage slot marking withdrawal hash h as sent.
func WithdrawalSlot(h common.Hash) common.Hash { return messageSlot(h, withdrawalsSlot) }

// messageSlot is Messages.slot: keccak256(abi.encode(messageHash, base)).
func messageSlot(h common.Hash, base *big.Int) common.Hash {
	return crypto.Keccak256Hash(h.Bytes(), common.BigToHash(base).Bytes())
}

var errAlreadyClaimed = errors.New("deposit already claimed")

// Claimed is a deposit the relayer claimed on L2.
type Claimed struct {
	Hash    common.Hash
	Deposit bindings.MessagesDeposit
	L2Tx    common.Hash
	L2Block uint64
}

// Relayer claims L1 deposits on L2: for each DepositSent event of the host it
// waits for an L2 block anchored at or after the deposit's L1 block, then calls
// L2Bridge.claimDeposit with that L1 header and eth_getProof of the host's
// deposit slot, earning the deposit's relayer fee. A claim that fails is logged
// and skipped (someone else may have claimed it); the chain goes on.
type Relayer struct {
	host    common.Address
	l1      *ethclient.Client
	l1proof *gethclient.Client
	l2      *ethclient.Client
	key     *ecdsa.PrivateKey
	skipTo  common.Address
	from    uint64
	pending []*bindings.MyRollupDepositSent
	my      *bindings.MyRollup
	bridge  *bindings.L2Bridge
}

// NewRelayer relays deposits of host from L1 block fromL1 on, signing claims on
// L2 with key; deposits to skipTo (the devnet's burn address) are not claimed.
func NewRelayer(host common.Address, l1 *rpc.Client, l2 *ethclient.Client, key *ecdsa.PrivateKey, fromL1 uint64, skipTo common.Address) *Relayer {
	return &Relayer{host: host, l1: ethclient.NewClient(l1), l1proof: gethclient.New(l1), l2: l2, key: key, skipTo: skipTo, from: fromL1,
		my: bindings.NewMyRollup(), bridge: bindings.NewL2Bridge()}
}

// Run relays every poll interval until ctx ends.
func (r *Relayer) Run(ctx context.Context, poll time.Duration, report func(Claimed)) {
	everyPoll(ctx, poll, func() error {
		if err := r.Sync(ctx, report); err != nil && ctx.Err() == nil {
			log.Warn("Deposit relayer", "err", err)
		}
		return nil // a relayer never stops for an error: it tries again
	})
}

// Sync reads new deposits and claims those the L2 head's anchor covers.
func (r *Relayer) Sync(ctx context.Context, report func(Claimed)) error {
	l1Head, err := r.l1.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("reading the L1 head: %w", err)
	}
	if l1Head >= r.from {
		logs, err := filterLogs(ctx, r.l1, ethereum.FilterQuery{
			Addresses: []common.Address{r.host}, Topics: [][]common.Hash{{r.my.GetABI().Events["DepositSent"].ID}},
		}, r.from, l1Head, maxLogQueryBlocks)
		if err != nil {
			return fmt.Errorf("reading DepositSent events: %w", err)
		}
		for i := range logs {
			ev, err := r.my.UnpackDepositSentEvent(&logs[i])
			if err != nil {
				return fmt.Errorf("decoding DepositSent in L1 block %d: %w", logs[i].BlockNumber, err)
			}
			if ev.Deposit.To != r.skipTo {
				r.pending = append(r.pending, ev)
			}
		}
		r.from = l1Head + 1
	}
	if len(r.pending) == 0 {
		return nil
	}
	head, err := r.l2.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("reading the L2 head: %w", err)
	}
	if head.ParentBeaconRoot == nil || *head.ParentBeaconRoot == (common.Hash{}) {
		return nil // genesis: no anchor yet
	}
	anchor, err := r.l1.HeaderByHash(ctx, *head.ParentBeaconRoot)
	if err != nil {
		return fmt.Errorf("reading the L2 head's anchor %s on L1: %w", *head.ParentBeaconRoot, err)
	}
	headerRLP, err := rlp.EncodeToBytes(anchor)
	if err != nil {
		return err
	}
	var rest []*bindings.MyRollupDepositSent
	for _, ev := range r.pending {
		if ev.Raw.BlockNumber > anchor.Number.Uint64() {
			rest = append(rest, ev) // not anchored on L2 yet
			continue
		}
		c, err := r.claim(ctx, ev, head.Time, anchor.Number, headerRLP)
		if errors.Is(err, errAlreadyClaimed) {
			continue
		}
		if err != nil {
			log.Warn("Deposit not claimed, trying again next round", "deposit", common.Hash(ev.DepositHash), "err", err)
			rest = append(rest, ev) // a failed RPC must not lose the deposit
			continue
		}
		if report != nil {
			report(*c)
		}
	}
	r.pending = rest
	return nil
}

func (r *Relayer) claim(ctx context.Context, ev *bindings.MyRollupDepositSent, l2Time uint64, anchor *big.Int, headerRLP []byte) (*Claimed, error) {
	h := common.Hash(ev.DepositHash)
	bridge := solidity.L2BridgeAddress
	if out, err := r.l2.CallContract(ctx, ethereum.CallMsg{To: &bridge, Data: r.bridge.PackDepositClaimed(h)}, nil); err == nil {
		if done, err := r.bridge.UnpackDepositClaimed(out); err == nil && done {
			return nil, errAlreadyClaimed // by us before a restart, or by another relayer
		}
	}
	res, err := r.l1proof.GetProof(ctx, r.host, []string{DepositSlot(h).Hex()}, anchor)
	if err != nil {
		return nil, fmt.Errorf("eth_getProof of the host's deposit slot at L1 block %d: %w", anchor, err)
	}
	accountProof, storageProof, err := slotProof(res)
	if err != nil {
		return nil, err
	}
	data := r.bridge.PackClaimDeposit(ev.Deposit, l2Time, headerRLP, accountProof, storageProof)
	r2, err := sendAndWait(ctx, r.l2, r.key, solidity.L2BridgeAddress, nil, data, r.bridge.UnpackError)
	if err != nil {
		return nil, fmt.Errorf("claimDeposit on L2: %w", err)
	}
	return &Claimed{Hash: h, Deposit: ev.Deposit, L2Tx: r2.TxHash, L2Block: r2.BlockNumber.Uint64()}, nil
}

// slotProof decodes the account proof and the one storage proof of an
// eth_getProof answer for a single slot; a node that answers with another number
// of storage proofs is an error, not an index out of range.
func slotProof(res *gethclient.AccountResult) (account, storage [][]byte, err error) {
	if len(res.StorageProof) != 1 {
		return nil, nil, fmt.Errorf("eth_getProof answered %d storage proofs for one slot", len(res.StorageProof))
	}
	if account, err = decodeHexList(res.AccountProof); err != nil {
		return nil, nil, err
	}
	if storage, err = decodeHexList(res.StorageProof[0].Proof); err != nil {
		return nil, nil, err
	}
	return account, storage, nil
}

func decodeHexList(list []string) ([][]byte, error) {
	out := make([][]byte, len(list))
	for i, s := range list {
		b, err := hexutil.Decode(s)
		if err != nil {
			return nil, fmt.Errorf("a proof node is not hex: %w", err)
		}
		out[i] = b
	}
	return out, nil
}

// sendAndWait estimates, signs, sends a transaction and waits for its receipt;
// a revert (in the estimate) is decoded with unpack.
func sendAndWait(ctx context.Context, ec *ethclient.Client, key *ecdsa.PrivateKey, to common.Address, value *big.Int, data []byte, unpack func([]byte) (any, error)) (*types.Receipt, error) {
	from := crypto.PubkeyToAddress(key.PublicKey)
	if value == nil {
		value = new(big.Int)
	}
	gas, err := ec.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Value: value, Data: data})
	if err != nil {
		var de rpc.DataError
		if errors.As(err, &de) {
			if s, ok := de.ErrorData().(string); ok {
				if raw, err2 := hexutil.Decode(s); err2 == nil && len(raw) >= 4 {
					if e, err3 := unpack(raw); err3 == nil && e != nil {
						name := fmt.Sprintf("%T", e)
						name = name[strings.LastIndex(name, ".")+1:]
						return nil, fmt.Errorf("reverts: %s%s", name, strings.TrimPrefix(fmt.Sprintf("%+v", e), "&"))
					}
				}
			}
		}
		return nil, fmt.Errorf("estimating gas: %w", err)
	}
	return sendSigned(ctx, ec, key, &to, value, gas+gas/4, data)
}

// Deposit sends host.deposit(to, fee) with value from key on L1.
func Deposit(ctx context.Context, l1 *ethclient.Client, host common.Address, key *ecdsa.PrivateKey, to common.Address, value, fee *big.Int) (*bindings.MyRollupDepositSent, error) {
	my := bindings.NewMyRollup()
	r, err := sendAndWait(ctx, l1, key, host, value, my.PackDeposit(to, fee), my.UnpackError)
	if err != nil {
		return nil, fmt.Errorf("deposit on L1: %w", err)
	}
	for _, lg := range r.Logs {
		if ev, err := my.UnpackDepositSentEvent(lg); err == nil {
			return ev, nil
		}
	}
	return nil, fmt.Errorf("deposit transaction %s emitted no DepositSent", r.TxHash)
}

// Withdraw sends L2Bridge.withdraw(to) with value from key on L2 and returns the
// withdrawal and the L2 block it is in.
func Withdraw(ctx context.Context, l2c *ethclient.Client, key *ecdsa.PrivateKey, to common.Address, value *big.Int) (*bindings.L2BridgeWithdrawalSent, uint64, error) {
	bridge := bindings.NewL2Bridge()
	r, err := sendAndWait(ctx, l2c, key, solidity.L2BridgeAddress, value, bridge.PackWithdraw(to), bridge.UnpackError)
	if err != nil {
		return nil, 0, fmt.Errorf("withdraw on L2: %w", err)
	}
	for _, lg := range r.Logs {
		if ev, err := bridge.UnpackWithdrawalSentEvent(lg); err == nil {
			return ev, r.BlockNumber.Uint64(), nil
		}
	}
	return nil, 0, fmt.Errorf("withdraw transaction %s emitted no WithdrawalSent", r.TxHash)
}

// FinalizeWithdrawal pays withdrawal w on L1 once the host has accepted an L2
// block at or after l2Block: it proves the withdrawal slot of L2Bridge with
// eth_getProof on L2 at the host's head, then calls host.finalizeWithdrawal.
func FinalizeWithdrawal(ctx context.Context, l1 *ethclient.Client, l2rpc *rpc.Client, host common.Address, key *ecdsa.PrivateKey, w bindings.MessagesWithdrawal, hash common.Hash, l2Block uint64) (*types.Receipt, error) {
	my := bindings.NewMyRollup()
	out, err := l1.CallContract(ctx, ethereum.CallMsg{To: &host, Data: my.PackBlockNumber()}, nil)
	if err != nil {
		return nil, err
	}
	accepted, err := my.UnpackBlockNumber(out)
	if err != nil {
		return nil, err
	}
	if accepted < l2Block {
		return nil, fmt.Errorf("the host has accepted L2 block %d, the withdrawal is in %d: wait for it to settle", accepted, l2Block)
	}
	res, err := gethclient.New(l2rpc).GetProof(ctx, solidity.L2BridgeAddress, []string{WithdrawalSlot(hash).Hex()}, new(big.Int).SetUint64(accepted))
	if err != nil {
		return nil, fmt.Errorf("eth_getProof of L2Bridge's withdrawal slot at L2 block %d: %w", accepted, err)
	}
	ap, sp, err := slotProof(res)
	if err != nil {
		return nil, err
	}
	return sendAndWait(ctx, l1, key, host, nil, my.PackFinalizeWithdrawal(w, accepted, ap, sp), my.UnpackError)
}
