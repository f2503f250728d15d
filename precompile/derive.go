package precompile

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/nativerollup/nr/derive"
)

// DeriveAddress is where DERIVE lives, next to EXECUTE (spec/derive.md).
var DeriveAddress = common.HexToAddress("0x0000000000000000000000000000000000000102")

// DeriveVersion1 is the only DERIVE input version.
const DeriveVersion1 = 1

// DERIVE gas schedule, calibrated by BenchmarkDeriveGasCalibration against
// ecrecover; see spec/derive.md "Gas" and docs/BENCHMARKS.md "DERIVE".
const (
	// DeriveBaseGas pays for a call of any size, including inflating the
	// DECOMPRESSION_SLACK (8 KiB) every payload may expand by.
	DeriveBaseGas = 50_000
	// DerivePerByteGas pays for each input byte: the strict ABI check, the blob
	// unpacking and inflating up to MAX_COMPRESSION_RATIO (8) decompressed bytes,
	// with their RLP and transaction decoding. The worst case is a batch of
	// MIN_TX_BYTES transactions with fake signatures, which compress to almost
	// nothing: about one go-ethereum transaction decode per 8 input bytes. 24 gas
	// priced that at 1.1x ecrecover's rate; 48 gives the 2x target.
	DerivePerByteGas = 48
	// DerivePerBlobGas pays for recomputing one blob's KZG commitment: a
	// 4096-point multi-scalar multiplication, 2000 to 3000 ecrecovers of CPU time
	// with go-ethereum's default go-kzg backend (BenchmarkDeriveGasCalibration).
	DerivePerBlobGas = 8_000_000
	// DeriveMaxInputSize bounds the input: the head, MaxBlobsPerPayload blobs and
	// their versioned hashes.
	DeriveMaxInputSize = 5*32 + derive.MaxBlobsPerPayload*(derive.BlobSize+32)
)

// DERIVE input errors: the call fails. Data that is well delivered but invalid
// never fails the call; it yields a reason code in the output.
var (
	// ErrDeriveInputTooLarge is returned when the input exceeds DeriveMaxInputSize.
	ErrDeriveInputTooLarge = errors.New("input larger than the DERIVE maximum")
	// ErrDeriveVersion is returned when word 0 is not DeriveVersion1.
	ErrDeriveVersion = errors.New("unsupported DERIVE input version")
	// ErrDeriveMalformedInput is returned when the input is not the canonical
	// abi.encode(uint8 version, bytes data, bytes32[] blobHashes), or declares more
	// than MaxBlobsPerPayload blob hashes.
	ErrDeriveMalformedInput = errors.New("malformed DERIVE input")
	// ErrDeriveBlobData is returned when blobHashes is not empty and data is not
	// exactly one 131072-byte blob per hash, or a blob fails its KZG binding.
	ErrDeriveBlobData = errors.New("DERIVE blob data does not match its versioned hashes")
)

// DeriveInput is a DERIVE call: a payload posted as calldata (BlobHashes empty),
// or the full blobs of an L1 blob transaction, concatenated, with the versioned
// hashes the transaction committed to (what BLOBHASH returns), in order.
type DeriveInput struct {
	Data       []byte
	BlobHashes []common.Hash
}

// Derive is the DERIVE precompile: it binds blobs to their versioned hashes and
// decodes the batch into blocks whose fields a host copies into EXECUTE inputs.
type Derive struct{}

var _ vm.PrecompiledContract = (*Derive)(nil)

// RegisterDerive installs DERIVE, active and warm, from Cancun on. Like
// Register, call it before any EVM exists.
func RegisterDerive() { install(DeriveAddress, new(Derive)) }

// Name implements vm.PrecompiledContract.
func (*Derive) Name() string { return "DERIVE" }

// RequiredGas is DERIVE's price, a pure function of the input bytes:
//
//	DERIVE_BASE_GAS + DERIVE_PER_BYTE_GAS * len(input) + DERIVE_PER_BLOB_GAS * declared_blobs
//
// where declared_blobs is the length word of blobHashes, found through head word 2
// (0 when either lies outside the input, 2^64-1 when a word exceeds uint64). The
// sum saturates at 2^64-1.
func (*Derive) RequiredGas(input []byte) uint64 {
	gas := saturatingAdd(DeriveBaseGas, saturatingMul(DerivePerByteGas, uint64(len(input))))
	return saturatingAdd(gas, saturatingMul(DerivePerBlobGas, declaredBlobs(input)))
}

// declaredBlobs reads the blobHashes length without decoding anything else.
func declaredBlobs(input []byte) uint64 {
	offset, ok := wordAt(input, 2*32)
	if !ok || offset > uint64(len(input)) {
		return 0
	}
	count, ok := wordAt(input, int(offset))
	if !ok {
		return 0
	}
	return count
}

// wordAt reads the 32-byte big-endian word at pos, saturating at 2^64-1; ok is
// false when the word is not wholly inside input.
func wordAt(input []byte, pos int) (uint64, bool) {
	if pos < 0 || pos+32 > len(input) {
		return 0, false
	}
	word := input[pos : pos+32]
	for _, b := range word[:24] {
		if b != 0 {
			return ^uint64(0), true
		}
	}
	return binary.BigEndian.Uint64(word[24:]), true
}

// Run implements vm.PrecompiledContract. It fails only for a malformed input or
// blobs that are not the committed ones; invalid batch data gives an output with a
// non-zero reason and no blocks.
func (*Derive) Run(input []byte) ([]byte, error) {
	in, err := DecodeDeriveInput(input)
	if err != nil {
		return nil, err
	}
	result, err := in.derive()
	if err != nil {
		return nil, err
	}
	return EncodeDeriveOutput(result), nil
}

// derive binds the blobs to their hashes, then derives the blocks. in comes from
// DecodeDeriveInput, so Data holds exactly one blob per hash.
func (in *DeriveInput) derive() (derive.Result, error) {
	if len(in.BlobHashes) == 0 {
		return derive.DeriveCalldata(in.Data), nil
	}
	blobs := make([]kzg4844.Blob, len(in.BlobHashes))
	for i := range blobs {
		copy(blobs[i][:], in.Data[i*derive.BlobSize:])
	}
	if err := derive.VerifyVersionedHashes(blobs, in.BlobHashes); err != nil {
		return derive.Result{}, fmt.Errorf("%w: %w", ErrDeriveBlobData, err)
	}
	return derive.DeriveBlobs(blobs), nil
}

// Encode returns abi.encode(uint8(1), data, blobHashes), what a host contract passes.
func (in *DeriveInput) Encode() []byte {
	words := func(n int) int { return (n + 31) / 32 * 32 }
	hashesOffset := 3*32 + 32 + words(len(in.Data))
	out := make([]byte, hashesOffset+32+32*len(in.BlobHashes))
	out[31] = DeriveVersion1
	binary.BigEndian.PutUint64(out[56:64], 3*32)
	binary.BigEndian.PutUint64(out[88:96], uint64(hashesOffset))
	binary.BigEndian.PutUint64(out[120:128], uint64(len(in.Data)))
	copy(out[128:], in.Data)
	binary.BigEndian.PutUint64(out[hashesOffset+24:hashesOffset+32], uint64(len(in.BlobHashes)))
	for i, h := range in.BlobHashes {
		copy(out[hashesOffset+32+32*i:], h[:])
	}
	return out
}

// DecodeDeriveInput decodes the version-1 input, accepting exactly the bytes
// Encode produces for some value: every offset, length and padding is checked.
//
// Spec code:
//
//	input = abi.encode(uint8 version, bytes data, bytes32[] blobHashes)
//	      = word(1) ++ word(0x60) ++ word(0x80 + pad32(len(data))) ++
//	        word(len(data)) ++ data ++ zeros(pad32(len(data)) - len(data)) ++
//	        word(len(blobHashes)) ++ blobHashes
//	len(blobHashes) == 0: data is the payload posted as calldata
//	len(blobHashes) >= 1: len(blobHashes) <= MAX_BLOBS_PER_PAYLOAD   else ErrDeriveMalformedInput
//	                      len(data) == len(blobHashes) * 131072   else ErrDeriveBlobData
func DecodeDeriveInput(input []byte) (*DeriveInput, error) {
	if len(input) > DeriveMaxInputSize {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrDeriveInputTooLarge, len(input), DeriveMaxInputSize)
	}
	version, ok := wordAt(input, 0)
	if !ok {
		return nil, fmt.Errorf("%w: %d bytes, need at least 160", ErrDeriveMalformedInput, len(input))
	}
	if version != DeriveVersion1 {
		return nil, fmt.Errorf("%w: word 0 is %#x, want %d", ErrDeriveVersion, input[:32], DeriveVersion1)
	}
	dataOffset, _ := wordAt(input, 32)
	hashesOffset, _ := wordAt(input, 64)
	dataLen, ok := wordAt(input, 96)
	if !ok || dataOffset != 96 {
		return nil, fmt.Errorf("%w: data offset must be 0x60 and the input at least 160 bytes", ErrDeriveMalformedInput)
	}
	padded := (dataLen + 31) / 32 * 32
	if dataLen > DeriveMaxInputSize || hashesOffset != 128+padded {
		return nil, fmt.Errorf("%w: data length %d and blobHashes offset %d disagree", ErrDeriveMalformedInput, dataLen, hashesOffset)
	}
	// More than MAX_BLOBS_PER_PAYLOAD hashes is a malformed input, checked before
	// the data length, so it is never ErrDeriveBlobData.
	count, ok := wordAt(input, int(hashesOffset))
	if !ok || count > derive.MaxBlobsPerPayload || uint64(len(input)) != hashesOffset+32+32*count {
		return nil, fmt.Errorf("%w: input is %d bytes, the encoding of %d data bytes and %d blob hashes (at most %d) is not",
			ErrDeriveMalformedInput, len(input), dataLen, count, derive.MaxBlobsPerPayload)
	}
	if !zeroBytes(input[128+dataLen : 128+padded]) {
		return nil, fmt.Errorf("%w: non-zero padding after data", ErrDeriveMalformedInput)
	}
	in := &DeriveInput{Data: input[128 : 128+dataLen : 128+dataLen]}
	for i := range count {
		start := hashesOffset + 32 + 32*i
		in.BlobHashes = append(in.BlobHashes, common.Hash(input[start:start+32]))
	}
	if count > 0 && dataLen != count*derive.BlobSize {
		return nil, fmt.Errorf("%w: %d data bytes for %d blobs, want %d", ErrDeriveBlobData, dataLen, count, count*derive.BlobSize)
	}
	return in, nil
}

func zeroBytes(b []byte) bool {
	for _, x := range b {
		if x != 0 {
			return false
		}
	}
	return true
}

// deriveOutput is abi.encode(uint8 reason, Drop[] drops, Block[] blocks).
var deriveOutput = func() abi.Arguments {
	reason, _ := abi.NewType("uint8", "", nil)
	drops, _ := abi.NewType("tuple[]", "", []abi.ArgumentMarshaling{
		{Name: "block", Type: "uint32"}, {Name: "tx", Type: "uint32"}, {Name: "reason", Type: "uint8"},
	})
	blocks, err := abi.NewType("tuple[]", "", []abi.ArgumentMarshaling{
		{Name: "timestamp", Type: "uint64"}, {Name: "gasLimit", Type: "uint64"},
		{Name: "feeRecipient", Type: "address"}, {Name: "prevRandao", Type: "bytes32"},
		{Name: "extraData", Type: "bytes"}, {Name: "transactions", Type: "bytes"},
	})
	if err != nil {
		panic(err)
	}
	return abi.Arguments{{Type: reason}, {Type: drops}, {Type: blocks}}
}()

// DeriveDrop is one dropped transaction in the DERIVE output.
type DeriveDrop struct {
	Block  uint32
	Tx     uint32
	Reason uint8
}

// DeriveBlock is one block in the DERIVE output: the EXECUTE input fields of the
// same names, Transactions being the RLP list of a block body.
type DeriveBlock struct {
	Timestamp    uint64
	GasLimit     uint64
	FeeRecipient common.Address
	PrevRandao   [32]byte
	ExtraData    []byte
	Transactions []byte
}

// DeriveOutput is the decoded DERIVE output.
type DeriveOutput struct {
	Reason uint8
	Drops  []DeriveDrop
	Blocks []DeriveBlock
}

// EncodeDeriveOutput returns abi.encode(uint8 reason, (uint32 block, uint32 tx,
// uint8 reason)[] drops, (uint64 timestamp, uint64 gasLimit, address feeRecipient,
// bytes32 prevRandao, bytes extraData, bytes transactions)[] blocks).
//
// It writes the words directly instead of going through abi.Arguments.Pack, whose
// reflection costs microseconds and several allocations per element: an output may
// carry MAX_BLOCKS_PER_BATCH blocks and MAX_DROPS_PER_BATCH drops, and DERIVE's gas
// is a function of the input only. TestEncodeDeriveOutputMatchesABI checks it
// against Pack.
//
// Layout (offsets relative to the start of the enclosing tuple or array body):
//
//	word(reason) ++ word(0x60) ++ word(0x60 + 32 + 96*len(drops)) ++
//	word(len(drops)) ++ (word(block) ++ word(tx) ++ word(reason))... ++
//	word(len(blocks)) ++ word(offset of block i)... ++ block...
//	block = word(timestamp) ++ word(gasLimit) ++ word(feeRecipient) ++ prevRandao ++
//	        word(0xc0) ++ word(0xe0 + pad32(len(extraData))) ++
//	        word(len(extraData)) ++ pad32(extraData) ++ word(len(transactions)) ++ pad32(transactions)
func EncodeDeriveOutput(r derive.Result) []byte {
	pad := func(n int) int { return (n + 31) / 32 * 32 }
	txs := make([][]byte, len(r.Blocks))
	blockSizes := make([]int, len(r.Blocks))
	size := 3*32 + 32 + 96*len(r.Drops) + 32 + 32*len(r.Blocks)
	for i, b := range r.Blocks {
		txs[i] = b.TransactionsRLP()
		blockSizes[i] = 6*32 + 32 + pad(len(b.ExtraData)) + 32 + pad(len(txs[i]))
		size += blockSizes[i]
	}
	out := make([]byte, size)
	word := func(pos int, v uint64) { binary.BigEndian.PutUint64(out[pos+24:pos+32], v) }
	word(0, uint64(r.Reason))
	word(32, 3*32)
	blocksAt := 3*32 + 32 + 96*len(r.Drops)
	word(64, uint64(blocksAt))
	word(96, uint64(len(r.Drops)))
	for i, d := range r.Drops {
		pos := 128 + 96*i
		word(pos, uint64(d.Block))
		word(pos+32, uint64(d.Tx))
		word(pos+64, uint64(d.Reason))
	}
	word(blocksAt, uint64(len(r.Blocks)))
	body := blocksAt + 32
	pos := body + 32*len(r.Blocks)
	for i, b := range r.Blocks {
		word(body+32*i, uint64(pos-body))
		word(pos, b.Timestamp)
		word(pos+32, b.GasLimit)
		copy(out[pos+64+12:pos+96], b.FeeRecipient[:])
		copy(out[pos+96:pos+128], b.PrevRandao[:])
		word(pos+128, 6*32)
		word(pos+160, uint64(6*32+32+pad(len(b.ExtraData))))
		word(pos+192, uint64(len(b.ExtraData)))
		copy(out[pos+224:], b.ExtraData)
		at := pos + 224 + pad(len(b.ExtraData))
		word(at, uint64(len(txs[i])))
		copy(out[at+32:], txs[i])
		pos += blockSizes[i]
	}
	return out
}

// DecodeDeriveOutput decodes a DERIVE output, for hosts written in Go and tests.
func DecodeDeriveOutput(out []byte) (*DeriveOutput, error) {
	values, err := deriveOutput.Unpack(out)
	if err != nil {
		return nil, err
	}
	return &DeriveOutput{
		Reason: values[0].(uint8),
		Drops:  *abi.ConvertType(values[1], new([]DeriveDrop)).(*[]DeriveDrop),
		Blocks: *abi.ConvertType(values[2], new([]DeriveBlock)).(*[]DeriveBlock),
	}, nil
}
