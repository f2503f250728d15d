package precompile

import (
	"bytes"
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/nativerollup/nr/stateless"
)

// Version1 is the only input version: the value of word 0.
const Version1 = 1

// Input is the decoded version-1 EXECUTE input.
//
// Spec code (spec/execute.md, "Input"):
//
//	abi.encode(uint8 version, uint64 chainId, bytes32 parentHash, bytes32 preStateRoot,
//	           uint64 timestamp, uint64 gasLimit, address feeRecipient, bytes32 prevRandao,
//	           bytes extraData, bytes32 anchor, bytes32 postStateRoot, bytes32 receiptsRoot,
//	           uint64 gasUsed, bytes transactions, bytes witness)
type Input struct {
	ChainID      uint64
	ParentHash   common.Hash
	PreStateRoot common.Hash
	Timestamp    uint64
	GasLimit     uint64
	FeeRecipient common.Address
	PrevRandao   common.Hash
	ExtraData    []byte
	// Anchor becomes the L2 header's parent_beacon_block_root, which the EIP-4788
	// system call stores on L2.
	Anchor        common.Hash
	PostStateRoot common.Hash
	ReceiptsRoot  common.Hash
	GasUsed       uint64
	// Transactions is rlp.EncodeToBytes(types.Transactions).
	Transactions []byte
	// Witness is the RLP of stateless.Witness (go-ethereum's ExtWitness layout).
	Witness []byte
}

// inputArguments is the version-1 tuple, in order.
var inputArguments = mustArguments(
	"uint8", "uint64", "bytes32", "bytes32", "uint64", "uint64", "address", "bytes32",
	"bytes", "bytes32", "bytes32", "bytes32", "uint64", "bytes", "bytes",
)

// gasLimitWord is the index of the head word holding gasLimit; RequiredGas reads
// it without decoding the rest.
const gasLimitWord = 5

// outputArguments is abi.encode(bool valid, bytes32 blockHash).
var outputArguments = mustArguments("bool", "bytes32")

func mustArguments(types ...string) abi.Arguments {
	args := make(abi.Arguments, len(types))
	for i, t := range types {
		typ, err := abi.NewType(t, "", nil)
		if err != nil {
			panic(err)
		}
		args[i] = abi.Argument{Type: typ}
	}
	return args
}

// Encode returns the version-1 input bytes, exactly what Solidity's abi.encode gives.
func (in *Input) Encode() []byte {
	enc, err := inputArguments.Pack(uint8(Version1), in.ChainID, [32]byte(in.ParentHash), [32]byte(in.PreStateRoot),
		in.Timestamp, in.GasLimit, in.FeeRecipient, [32]byte(in.PrevRandao), nonNil(in.ExtraData),
		[32]byte(in.Anchor), [32]byte(in.PostStateRoot), [32]byte(in.ReceiptsRoot), in.GasUsed,
		nonNil(in.Transactions), nonNil(in.Witness))
	if err != nil {
		// Every value has its exact Go type, so Pack cannot fail.
		panic(err)
	}
	return enc
}

func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

// DecodeInput decodes and checks version-1 input bytes: size bound, version,
// ABI decoding and canonical form. It does not look inside transactions or witness.
//
// Spec code (spec/execute.md, "Decoding"): the input is valid only if
// len(input) <= MAX_INPUT_SIZE, word 0 equals 1, and input == abi.encode(decode(input)).
//
// The canonical encoding of the tuple is read directly (decodeCanonical), so
// accepting an input neither copies nor re-encodes it: ExtraData, Transactions
// and Witness alias input. An input it rejects is decoded by go-ethereum's ABI
// decoder to name the error: ErrMalformedInput if that fails too, otherwise
// ErrNonCanonicalInput (the values decode, but their encoding is other bytes).
// FuzzDecodeInput checks both against decoding and re-encoding.
func DecodeInput(input []byte) (*Input, error) {
	if len(input) > MaxInputSize {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrInputTooLarge, len(input), MaxInputSize)
	}
	if len(input) < 32 {
		return nil, fmt.Errorf("%w: %d bytes, the version word alone needs 32", ErrMalformedInput, len(input))
	}
	if version := common.BytesToHash(input[:32]); version != common.BigToHash(common.Big1) {
		return nil, fmt.Errorf("%w: word 0 is %s, want %d", ErrUnsupportedVersion, version.Hex(), Version1)
	}
	if in, ok := decodeCanonical(input); ok {
		return in, nil
	}
	if _, err := inputArguments.UnpackValues(input); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformedInput, err)
	}
	return nil, fmt.Errorf("%w: re-encoding the decoded values gives different bytes (check padding, offsets and trailing data)", ErrNonCanonicalInput)
}

// Head words of the version-1 tuple that are not bytes32.
const (
	chainIDWord      = 1
	timestampWord    = 4
	feeRecipientWord = 6
	extraDataWord    = 8
	gasUsedWord      = 12
	transactionsWord = 13
	witnessWord      = 14
	headWords        = 15
)

// decodeCanonical decodes input if it is exactly abi.encode of a version-1
// tuple (word 0 already checked), and reports false otherwise:
//
//	uint64 words:  24 zero bytes, then the value
//	address word:  12 zero bytes, then the address
//	bytes fields:  extraData, transactions and witness, in that order, right
//	               after the 15 head words and each other: each head offset is
//	               where its field starts; a field is word(len) ++ data ++ zero
//	               padding to a multiple of 32 bytes; the input ends with the
//	               witness's padding.
func decodeCanonical(input []byte) (*Input, bool) {
	word := func(i int) []byte { return input[32*i : 32*i+32] }
	if len(input) < 32*headWords {
		return nil, false
	}
	for _, i := range []int{chainIDWord, timestampWord, gasLimitWord, gasUsedWord} {
		if !zeroBytes(word(i)[:24]) {
			return nil, false
		}
	}
	if !zeroBytes(word(feeRecipientWord)[:12]) {
		return nil, false
	}
	var fields [3][]byte
	next := uint64(32 * headWords)
	for k, i := range []int{extraDataWord, transactionsWord, witnessWord} {
		offset, _ := wordAt(input, 32*i)
		if offset != next {
			return nil, false
		}
		length, ok := wordAt(input, int(offset))
		// A length beyond the input also keeps the padding arithmetic below
		// far from overflowing (the input is at most MaxInputSize bytes).
		if !ok || length > uint64(len(input)) {
			return nil, false
		}
		start := offset + 32
		end := start + (length+31)/32*32
		if end > uint64(len(input)) || !zeroBytes(input[start+length:end]) {
			return nil, false
		}
		fields[k] = input[start : start+length : start+length]
		next = end
	}
	if next != uint64(len(input)) {
		return nil, false
	}
	u64 := func(i int) uint64 { return binary.BigEndian.Uint64(word(i)[24:]) }
	return &Input{
		ChainID:       u64(chainIDWord),
		ParentHash:    common.Hash(word(2)),
		PreStateRoot:  common.Hash(word(3)),
		Timestamp:     u64(timestampWord),
		GasLimit:      u64(gasLimitWord),
		FeeRecipient:  common.Address(word(feeRecipientWord)[12:]),
		PrevRandao:    common.Hash(word(7)),
		ExtraData:     fields[0],
		Anchor:        common.Hash(word(9)),
		PostStateRoot: common.Hash(word(10)),
		ReceiptsRoot:  common.Hash(word(11)),
		GasUsed:       u64(gasUsedWord),
		Transactions:  fields[1],
		Witness:       fields[2],
	}, true
}

// DecodeTransactions decodes the transactions field and applies the L2
// transaction rules: the list must be canonical RLP of at most
// min(MaxTransactions, gasLimit / 21000) transactions, none of type 3, each
// signed with EIP-155 replay protection for chainID.
func DecodeTransactions(b []byte, chainID, gasLimit uint64) (types.Transactions, error) {
	content, rest, err := rlp.SplitList(b)
	if err != nil || len(rest) != 0 {
		return nil, fmt.Errorf("%w: not a single RLP list (err %v, %d trailing bytes)", ErrMalformedTransactions, err, len(rest))
	}
	count, err := rlp.CountValues(content)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformedTransactions, err)
	}
	if limit := maxTransactions(gasLimit); uint64(count) > limit {
		return nil, fmt.Errorf("%w: %d transactions, at most %d fit (MaxTransactions %d, gas limit %d / 21000)",
			ErrTooManyTransactions, count, limit, MaxTransactions, gasLimit)
	}
	var txs types.Transactions
	if err := rlp.DecodeBytes(b, &txs); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformedTransactions, err)
	}
	if enc, _ := rlp.EncodeToBytes(txs); !bytes.Equal(enc, b) {
		return nil, fmt.Errorf("%w: re-encoding gives different bytes", ErrMalformedTransactions)
	}
	for i, tx := range txs {
		if err := checkL2Transaction(tx, chainID); err != nil {
			return nil, fmt.Errorf("transaction %d (%s): %w", i, tx.Hash().Hex(), err)
		}
	}
	return txs, nil
}

func maxTransactions(gasLimit uint64) uint64 {
	return min(MaxTransactions, gasLimit/TxIntrinsicGasFloor)
}

// checkL2Transaction applies the per-transaction L2 rules.
func checkL2Transaction(tx *types.Transaction, chainID uint64) error {
	if tx.Type() == types.BlobTxType {
		return ErrBlobTransaction
	}
	if !tx.Protected() {
		return ErrUnprotectedTransaction
	}
	if id := tx.ChainId(); !id.IsUint64() || id.Uint64() != chainID {
		return fmt.Errorf("%w: signed for %v, input chain id %d", ErrWrongChainID, id, chainID)
	}
	return nil
}

// DecodeWitness decodes the witness field: canonical RLP of
// rlp([headers], [codes], [state], [keys]), each list within its limit. The
// counts are checked before decoding, so a hostile list cannot allocate more
// than the limits allow. Canonical form is checked while decoding
// (stateless.DecodeWitnessRLP is strict RLP), except for headers, whose decoder
// fills in structured fields: each is re-encoded and compared with its bytes.
// The codes, state entries and keys alias b (stateless.DecodeWitnessRLP).
func DecodeWitness(b []byte) (*stateless.Witness, error) {
	content, rest, err := rlp.SplitList(b)
	if err != nil || len(rest) != 0 {
		return nil, fmt.Errorf("%w: not a single RLP list (err %v, %d trailing bytes)", ErrMalformedWitness, err, len(rest))
	}
	limits := []struct {
		name  string
		limit int
	}{{"headers", MaxWitnessHeaders}, {"codes", MaxWitnessCodes}, {"state", MaxWitnessNodes}, {"keys", MaxWitnessKeys}}
	var headers []byte
	for i, l := range limits {
		var list []byte
		list, content, err = rlp.SplitList(content)
		if err != nil {
			return nil, fmt.Errorf("%w: %s list: %w", ErrMalformedWitness, l.name, err)
		}
		n, err := rlp.CountValues(list)
		if err != nil {
			return nil, fmt.Errorf("%w: %s list: %w", ErrMalformedWitness, l.name, err)
		}
		if n > l.limit {
			return nil, fmt.Errorf("%w: %d %s, limit %d", ErrWitnessTooLarge, n, l.name, l.limit)
		}
		if i == 0 {
			headers = list
		}
	}
	if len(content) != 0 {
		return nil, fmt.Errorf("%w: %d bytes after the keys list", ErrMalformedWitness, len(content))
	}
	w, err := stateless.DecodeWitnessRLP(b)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformedWitness, err)
	}
	for i, h := range w.Headers {
		_, _, rest, _ := rlp.Split(headers) // decoding split the same bytes
		if enc, _ := rlp.EncodeToBytes(h); !bytes.Equal(enc, headers[:len(headers)-len(rest)]) {
			return nil, fmt.Errorf("%w: re-encoding header %d gives different bytes", ErrMalformedWitness, i)
		}
		headers = rest
	}
	return w, nil
}
