package derive

import (
	"fmt"

	"github.com/ethereum/go-ethereum/core/types"
)

// Drop records one transaction the filter removed, by its position in the batch.
type Drop struct {
	Block  uint32 // index of the block in the batch
	Tx     uint32 // index of the transaction in the block as posted
	Reason Reason
}

// ClassifyTx decodes one posted transaction, or says why DERIVE drops it.
//
// Spec code:
//
//	len(tx) == 0                                 -> drop TxEmpty
//	tx[0] >= 0xc0: legacy, canonical rlp list    else drop TxUndecodable
//	tx[0] == 0x03                                -> drop TxBlob
//	tx[0] in {0x01, 0x02, 0x04}: canonical
//	  EIP-2718 envelope of that type              else drop TxUndecodable
//	any other first byte                         -> drop TxUnknownType
//
// "Canonical" means the transaction re-encodes to exactly the posted bytes. The
// strict RLP decoding (no leading zeros, minimal sizes, no trailing bytes) already
// guarantees it, so it is not re-encoded here; FuzzBatchDecode checks the claim.
// Signatures, nonces, balances and chain ids are not checked here: they need
// state or the chain config, and EXECUTE checks them.
func ClassifyTx(raw []byte) (*types.Transaction, error) {
	tx, reason, err := classifyTx(raw)
	switch reason {
	case ReasonOK:
		return tx, nil
	case ReasonTxEmpty:
		return nil, ErrTxEmpty
	case ReasonTxBlob:
		return nil, ErrTxBlob
	case ReasonTxUnknownType:
		return nil, fmt.Errorf("%w: first byte %#x", ErrTxUnknownType, raw[0])
	default:
		return nil, fmt.Errorf("%w: %w", ErrTxUndecodable, err)
	}
}

// classifyTx is ClassifyTx without building an error message: DERIVE only needs
// the reason, and an input may hold up to MAX_TXS_PER_BATCH dropped transactions.
// err is the decoder's error when the reason is ReasonTxUndecodable.
func classifyTx(raw []byte) (*types.Transaction, Reason, error) {
	if len(raw) == 0 {
		return nil, ReasonTxEmpty, nil
	}
	switch kind := raw[0]; {
	case kind == types.BlobTxType:
		return nil, ReasonTxBlob, nil
	case kind >= 0xc0, kind == types.AccessListTxType, kind == types.DynamicFeeTxType, kind == types.SetCodeTxType:
	default:
		return nil, ReasonTxUnknownType, nil
	}
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(raw); err != nil {
		return nil, ReasonTxUndecodable, err
	}
	return tx, ReasonOK, nil
}

// filterTxs keeps the transactions of block (at index bi) that ClassifyTx accepts and
// appends a Drop for each other one.
func filterTxs(bi int, block Block, drops []Drop) (Block, []Drop) {
	kept := make([][]byte, 0, len(block.Transactions))
	for ti, raw := range block.Transactions {
		if _, reason, _ := classifyTx(raw); reason != ReasonOK {
			drops = append(drops, Drop{Block: uint32(bi), Tx: uint32(ti), Reason: reason})
			continue
		}
		kept = append(kept, raw)
	}
	block.Transactions = kept
	return block, drops
}
