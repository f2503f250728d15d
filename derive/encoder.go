package derive

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/params"
)

// MaxCalldataPayload is the largest payload the encoder posts as calldata: it keeps
// the batcher transaction under geth's 128 KiB transaction-pool limit with 1 KiB
// left for the envelope.
const MaxCalldataPayload = 128<<10 - 1<<10

// Carrier says how a payload goes to L1.
type Carrier uint8

const (
	CarrierCalldata Carrier = iota // payload is the batcher transaction's calldata
	CarrierBlobs                   // payload is packed into blobs (EncodeBlobs)
)

func (c Carrier) String() string {
	if c == CarrierBlobs {
		return "blobs"
	}
	return "calldata"
}

// Fees are the L1 prices the encoder compares carriers at, in wei.
type Fees struct {
	BaseFee     *big.Int // per gas
	BlobBaseFee *big.Int // per blob gas
}

// Encoded is a batch ready to post.
type Encoded struct {
	Payload      []byte         // batch_version ++ zlib(rlp(batch)); the calldata if Carrier is calldata
	Carrier      Carrier        // the cheaper carrier at the given fees
	Blobs        []kzg4844.Blob // the payload packed by EncodeBlobs, if it fits in MaxBlobsPerPayload blobs
	CalldataCost *big.Int       // wei to post as calldata, nil above MaxCalldataPayload
	BlobCost     *big.Int       // wei to post as blobs, nil above MaxBlobPayload
	RawSize      int            // bytes of rlp(batch), for the compression ratio
}

var errNoCarrier = errors.New("payload fits neither in calldata nor in blobs")

// Encode compresses batch and picks the cheaper carrier at fees. Building the
// sidecar (commitments and proofs) is a separate, costly step: Sidecar(enc.Blobs, v).
func Encode(batch Batch, fees Fees) (Encoded, error) {
	if fees.BaseFee == nil || fees.BlobBaseFee == nil || fees.BaseFee.Sign() < 0 || fees.BlobBaseFee.Sign() < 0 {
		return Encoded{}, errors.New("fees: base fee and blob base fee must be set and not negative")
	}
	payload, rawSize, err := encodePayload(batch)
	if err != nil {
		return Encoded{}, err
	}
	enc := Encoded{Payload: payload, RawSize: rawSize}
	if len(payload) <= MaxCalldataPayload {
		enc.CalldataCost = CalldataCost(payload, fees.BaseFee)
	}
	if len(payload) <= MaxBlobPayload {
		if enc.Blobs, err = EncodeBlobs(payload); err != nil {
			return Encoded{}, err
		}
		enc.BlobCost = BlobCost(len(enc.Blobs), fees)
	}
	switch {
	case enc.CalldataCost == nil && enc.BlobCost == nil:
		return Encoded{}, fmt.Errorf("%w: %d bytes", errNoCarrier, len(payload))
	case enc.BlobCost == nil, enc.CalldataCost != nil && enc.CalldataCost.Cmp(enc.BlobCost) <= 0:
		enc.Carrier = CarrierCalldata
	default:
		enc.Carrier = CarrierBlobs
	}
	return enc, nil
}

// CalldataCost is the wei a batcher transaction carrying data pays: it executes no
// code, so the EIP-7623 floor (10 gas per token, a token per zero byte and four per
// non-zero byte) is its gas above the 21000 base.
func CalldataCost(data []byte, baseFee *big.Int) *big.Int {
	tokens := uint64(0)
	for _, b := range data {
		if b == 0 {
			tokens++
		} else {
			tokens += params.TxTokenPerNonZeroByte
		}
	}
	gas := params.TxGas + params.TxCostFloorPerToken*tokens
	return new(big.Int).Mul(new(big.Int).SetUint64(gas), baseFee)
}

// BlobCost is the wei a blob transaction with n blobs pays: the 21000 base at the
// base fee plus 2^17 blob gas per blob at the blob base fee.
func BlobCost(n int, fees Fees) *big.Int {
	execution := new(big.Int).Mul(big.NewInt(int64(params.TxGas)), fees.BaseFee)
	blobGas := new(big.Int).SetUint64(uint64(n) * params.BlobTxBlobGasPerBlob)
	return execution.Add(execution, blobGas.Mul(blobGas, fees.BlobBaseFee))
}
