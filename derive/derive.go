package derive

import (
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/rlp"
)

// Result is what DERIVE makes of one payload: the blocks with their surviving
// transactions and the transactions it dropped, or, when the payload is invalid,
// no blocks and the reason. Err carries the detailed decoding error for logs; it
// is never a failure of the call.
type Result struct {
	Blocks []Block
	Drops  []Drop
	Reason Reason
	Err    error
}

// DeriveCalldata derives the blocks of a payload posted as calldata. It is total:
// invalid data yields an empty Result with its Reason.
func DeriveCalldata(payload []byte) Result {
	return derivePayload(payload)
}

// DeriveBlobs derives the blocks of a payload posted in blobs, in the order the L1
// transaction lists their versioned hashes. Binding the blobs to those hashes is the
// caller's step (VerifyVersionedHashes); DeriveBlobs only decodes. It is total.
func DeriveBlobs(blobs []kzg4844.Blob) Result {
	payload, err := DecodeBlobs(blobs)
	if err != nil {
		return invalid(err)
	}
	return derivePayload(payload)
}

func derivePayload(payload []byte) Result {
	blocks, drops, err := decodeBatch(payload, true)
	if err != nil {
		return invalid(err)
	}
	return Result{Blocks: blocks, Drops: drops}
}

func invalid(err error) Result {
	return Result{Reason: ReasonOf(err), Err: err}
}

// TransactionsRLP returns the block's transactions as the RLP list a block body
// holds, which is EXECUTE's transactions input: rlp.EncodeToBytes(types.Transactions).
// Legacy transactions are list items as they are; typed ones are strings of their
// EIP-2718 bytes.
func (b Block) TransactionsRLP() []byte {
	w := rlp.NewEncoderBuffer(nil)
	defer w.Flush()
	list := w.List()
	for _, raw := range b.Transactions {
		if len(raw) > 0 && raw[0] >= 0xc0 {
			w.Write(raw) // already an RLP list
		} else {
			w.WriteBytes(raw)
		}
	}
	w.ListEnd(list)
	return w.ToBytes()
}
