package precompile

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/nativerollup/nr/stateless"
)

// InputFromBlock returns the input that claims block b of chain chainID, as a
// host contract would build it: the environment and claims from b's header, the
// parent hash and pre-state root the host holds, b's transactions and witness w.
// A block with withdrawals cannot be expressed (ErrWithdrawalsNotAllowed).
func InputFromBlock(b *types.Block, chainID uint64, preStateRoot common.Hash, w *stateless.Witness) (*Input, error) {
	if len(b.Withdrawals()) != 0 {
		return nil, fmt.Errorf("block %d has %d withdrawals: %w", b.NumberU64(), len(b.Withdrawals()), ErrWithdrawalsNotAllowed)
	}
	txs, err := rlp.EncodeToBytes(b.Transactions())
	if err != nil {
		return nil, fmt.Errorf("encoding transactions of block %d: %w", b.NumberU64(), err)
	}
	witness, err := stateless.EncodeWitnessRLP(w)
	if err != nil {
		return nil, fmt.Errorf("encoding witness of block %d: %w", b.NumberU64(), err)
	}
	var anchor common.Hash
	if root := b.BeaconRoot(); root != nil {
		anchor = *root
	}
	return &Input{
		ChainID:       chainID,
		ParentHash:    b.ParentHash(),
		PreStateRoot:  preStateRoot,
		Timestamp:     b.Time(),
		GasLimit:      b.GasLimit(),
		FeeRecipient:  b.Coinbase(),
		PrevRandao:    b.MixDigest(),
		ExtraData:     b.Extra(),
		Anchor:        anchor,
		PostStateRoot: b.Root(),
		ReceiptsRoot:  b.ReceiptHash(),
		GasUsed:       b.GasUsed(),
		Transactions:  txs,
		Witness:       witness,
	}, nil
}
