package derive

import (
	"errors"
	"fmt"
)

// Decoding errors. Every rejection in spec/derive.md has one sentinel; decoders wrap it
// with position context via %w, so callers compare with errors.Is.
var (
	// Blob codec (blob.go).
	ErrBlobCount          = errors.New("blob count out of range")
	ErrFieldElementRange  = errors.New("field element is not below the BLS12-381 scalar modulus")
	ErrSpareByte          = errors.New("field element spare byte (byte 0) is not zero")
	ErrBlobVersion        = errors.New("unknown blob encoding version")
	ErrBlobLength         = errors.New("payload length exceeds the capacity of the blobs")
	ErrUnusedBlob         = errors.New("blob carries no payload byte")
	ErrBlobTrailingData   = errors.New("non-zero byte past the payload length")
	ErrPayloadTooLarge    = errors.New("payload too large")
	ErrEmptyPayload       = errors.New("empty payload")
	ErrBatchVersion       = errors.New("unknown batch version")
	ErrDecompress         = errors.New("invalid zlib stream")
	ErrCompressedTrailing = errors.New("bytes after the end of the zlib stream")
	ErrBatchTooLarge      = errors.New("decompressed batch exceeds its size limit")
	ErrBatchTrailing      = errors.New("data after the batch RLP value")
	ErrBatchRLP           = errors.New("malformed batch RLP")
	ErrNoBlocks           = errors.New("batch has no blocks")
	ErrTooManyBlocks      = errors.New("batch has too many blocks")
	ErrTooManyTxs         = errors.New("batch has too many transactions")
	ErrTxTooLarge         = errors.New("transaction exceeds the size limit")
	ErrExtraDataTooLong   = errors.New("block extra data exceeds 32 bytes")
	ErrTooManyDrops       = errors.New("batch has too many dropped transactions")

	// Transaction filter (tx.go): these drop one transaction, never the batch.
	ErrTxEmpty       = errors.New("empty transaction")
	ErrTxUndecodable = errors.New("undecodable transaction")
	ErrTxBlob        = errors.New("blob transaction")
	ErrTxUnknownType = errors.New("unknown transaction type")
	ErrTxTooSmall    = errors.New("transaction shorter than any signed transaction")
)

// Reason is the stable code DERIVE reports for a rejected batch or a dropped
// transaction. The numbers are part of the DERIVE output ABI: never renumber.
type Reason uint8

// Reason codes; see spec/derive.md "Reasons".
const (
	ReasonOK                 Reason = 0
	ReasonBlobCount          Reason = 1
	ReasonFieldElementRange  Reason = 2
	ReasonSpareByte          Reason = 3
	ReasonBlobVersion        Reason = 4
	ReasonBlobLength         Reason = 5
	ReasonUnusedBlob         Reason = 6
	ReasonBlobTrailingData   Reason = 7
	ReasonPayloadTooLarge    Reason = 8
	ReasonEmptyPayload       Reason = 16
	ReasonBatchVersion       Reason = 17
	ReasonDecompress         Reason = 18
	ReasonCompressedTrailing Reason = 19
	ReasonBatchTooLarge      Reason = 20
	ReasonBatchTrailing      Reason = 21
	ReasonBatchRLP           Reason = 22
	ReasonNoBlocks           Reason = 23
	ReasonTooManyBlocks      Reason = 24
	ReasonTooManyTxs         Reason = 25
	ReasonTxTooLarge         Reason = 26
	ReasonExtraDataTooLong   Reason = 27
	ReasonTooManyDrops       Reason = 28
	ReasonTxEmpty            Reason = 32
	ReasonTxUndecodable      Reason = 33
	ReasonTxBlob             Reason = 34
	ReasonTxUnknownType      Reason = 35
	ReasonTxTooSmall         Reason = 36
)

var reasons = []struct {
	reason Reason
	err    error
}{
	{ReasonBlobCount, ErrBlobCount},
	{ReasonFieldElementRange, ErrFieldElementRange},
	{ReasonSpareByte, ErrSpareByte},
	{ReasonBlobVersion, ErrBlobVersion},
	{ReasonBlobLength, ErrBlobLength},
	{ReasonUnusedBlob, ErrUnusedBlob},
	{ReasonBlobTrailingData, ErrBlobTrailingData},
	{ReasonPayloadTooLarge, ErrPayloadTooLarge},
	{ReasonEmptyPayload, ErrEmptyPayload},
	{ReasonBatchVersion, ErrBatchVersion},
	{ReasonDecompress, ErrDecompress},
	{ReasonCompressedTrailing, ErrCompressedTrailing},
	{ReasonBatchTooLarge, ErrBatchTooLarge},
	{ReasonBatchTrailing, ErrBatchTrailing},
	{ReasonBatchRLP, ErrBatchRLP},
	{ReasonNoBlocks, ErrNoBlocks},
	{ReasonTooManyBlocks, ErrTooManyBlocks},
	{ReasonTooManyTxs, ErrTooManyTxs},
	{ReasonTxTooLarge, ErrTxTooLarge},
	{ReasonExtraDataTooLong, ErrExtraDataTooLong},
	{ReasonTooManyDrops, ErrTooManyDrops},
	{ReasonTxEmpty, ErrTxEmpty},
	{ReasonTxUndecodable, ErrTxUndecodable},
	{ReasonTxBlob, ErrTxBlob},
	{ReasonTxUnknownType, ErrTxUnknownType},
	{ReasonTxTooSmall, ErrTxTooSmall},
}

// ReasonOf maps a decoding error to its reason code. It panics on an error that wraps
// no sentinel of this package: decoders only return wrapped sentinels, so that is a
// bug in this package, never an input.
func ReasonOf(err error) Reason {
	if err == nil {
		return ReasonOK
	}
	for _, r := range reasons {
		if errors.Is(err, r.err) {
			return r.reason
		}
	}
	panic(fmt.Sprintf("derive: dev error: no reason code for %v", err))
}

// String names the reason as in spec/derive.md.
func (r Reason) String() string {
	if r == ReasonOK {
		return "ok"
	}
	for _, e := range reasons {
		if e.reason == r {
			return e.err.Error()
		}
	}
	return fmt.Sprintf("reason(%d)", uint8(r))
}
