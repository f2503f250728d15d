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

// MinTxBytes is the shortest transaction the filter decodes; a shorter one is
// dropped (TxTooSmall) without decoding. No honestly signed transaction is that
// short: r and s alone take 66 bytes and the other fields at least 11 more, so it
// would take 14 leading zero bytes in r and s together. See spec/derive.md §4.4.
const MinTxBytes = 64

// ClassifyTx decodes one posted transaction, or says why DERIVE drops it.
//
// Spec code:
//
//	len(tx) == 0                                 -> drop TxEmpty
//	tx[0] == 0x03                                -> drop TxBlob
//	tx[0] not >= 0xc0 and not in {0x01, 0x02, 0x04}
//	                                             -> drop TxUnknownType
//	len(tx) < MIN_TX_BYTES                       -> drop TxTooSmall
//	tx[0] >= 0xc0: legacy, canonical rlp list    else drop TxUndecodable
//	tx[0] in {0x01, 0x02, 0x04}: canonical
//	  EIP-2718 envelope of that type              else drop TxUndecodable
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
	case ReasonTxTooSmall:
		return nil, fmt.Errorf("%w: %d bytes, minimum %d", ErrTxTooSmall, len(raw), MinTxBytes)
	default:
		return nil, fmt.Errorf("%w: %w", ErrTxUndecodable, err)
	}
}

// classifyTx is ClassifyTx without building an error message: DERIVE only needs
// the reason, and a batch may hold up to MAX_DROPS_PER_BATCH dropped transactions.
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
	if len(raw) < MinTxBytes {
		return nil, ReasonTxTooSmall, nil
	}
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(raw); err != nil {
		return nil, ReasonTxUndecodable, err
	}
	return tx, ReasonOK, nil
}
