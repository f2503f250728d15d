package l2

import (
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/holiman/uint256"
)

// An L2 runs L1's system contracts, so any L2 user can queue an EIP-7002
// withdrawal request or an EIP-7251 consolidation request with a transaction to
// params.WithdrawalQueueAddress or params.ConsolidationQueueAddress whose value
// is at least the fee the contract asks. EXECUTE accepts the block whatever the
// requests are; its header's requests_hash commits to them (spec/execute.md,
// "Requests").

// WithdrawalRequestData is the calldata of an EIP-7002 withdrawal request: the
// validator's 48-byte public key and the amount in Gwei, 8 bytes big-endian.
func WithdrawalRequestData(pubkey [48]byte, amountGwei uint64) []byte {
	return binary.BigEndian.AppendUint64(pubkey[:], amountGwei)
}

// ConsolidationRequestData is the calldata of an EIP-7251 consolidation
// request: the source and the target validator's public keys.
func ConsolidationRequestData(source, target [48]byte) []byte {
	return append(source[:], target[:]...)
}

// RequestFee is the fee the EIP-7002 or EIP-7251 system contract at queue asks
// for one request in the block after the head: what it returns for a call with
// empty calldata in the head state. The contracts update their fee only in the
// system call at the end of a block, so the fee holds for every transaction of
// the next block.
func (c *Chain) RequestFee(queue common.Address) (*big.Int, error) {
	head := c.head.Header()
	st, err := c.chain.StateAt(head.Root, head.Number, head.Time)
	if err != nil {
		return nil, fmt.Errorf("state of L2 block %d: %w", head.Number, err)
	}
	blockCtx := core.NewEVMBlockContext(head, c.chain, nil)
	blockCtx.Random = &head.MixDigest // post-merge rules
	evm := vm.NewEVM(blockCtx, st, c.Genesis.Config, vm.Config{})
	out, _, err := evm.Call(common.Address{}, queue, nil, vm.NewGasBudget(1_000_000, 0), new(uint256.Int))
	if err != nil {
		return nil, fmt.Errorf("reading the request fee of %s: %w", queue, err)
	}
	if len(out) != 32 {
		return nil, fmt.Errorf("reading the request fee of %s: %d bytes returned, want 32", queue, len(out))
	}
	return new(big.Int).SetBytes(out), nil
}
