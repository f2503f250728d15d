package precompile

import (
	"bytes"
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
	values, err := inputArguments.UnpackValues(input)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformedInput, err)
	}
	in := &Input{
		ChainID:       values[1].(uint64),
		ParentHash:    values[2].([32]byte),
		PreStateRoot:  values[3].([32]byte),
		Timestamp:     values[4].(uint64),
		GasLimit:      values[5].(uint64),
		FeeRecipient:  values[6].(common.Address),
		PrevRandao:    values[7].([32]byte),
		ExtraData:     values[8].([]byte),
		Anchor:        values[9].([32]byte),
		PostStateRoot: values[10].([32]byte),
		ReceiptsRoot:  values[11].([32]byte),
		GasUsed:       values[12].(uint64),
		Transactions:  values[13].([]byte),
		Witness:       values[14].([]byte),
	}
	if !bytes.Equal(in.Encode(), input) {
		return nil, fmt.Errorf("%w: re-encoding the decoded values gives different bytes (check padding, offsets and trailing data)", ErrNonCanonicalInput)
	}
	return in, nil
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
// than the limits allow.
func DecodeWitness(b []byte) (*stateless.Witness, error) {
	content, rest, err := rlp.SplitList(b)
	if err != nil || len(rest) != 0 {
		return nil, fmt.Errorf("%w: not a single RLP list (err %v, %d trailing bytes)", ErrMalformedWitness, err, len(rest))
	}
	limits := []struct {
		name  string
		limit int
	}{{"headers", MaxWitnessHeaders}, {"codes", MaxWitnessCodes}, {"state", MaxWitnessNodes}, {"keys", MaxWitnessKeys}}
	for _, l := range limits {
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
	}
	if len(content) != 0 {
		return nil, fmt.Errorf("%w: %d bytes after the keys list", ErrMalformedWitness, len(content))
	}
	w, err := stateless.DecodeWitnessRLP(b)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformedWitness, err)
	}
	if enc, _ := stateless.EncodeWitnessRLP(w); !bytes.Equal(enc, b) {
		return nil, fmt.Errorf("%w: re-encoding gives different bytes", ErrMalformedWitness)
	}
	return w, nil
}
