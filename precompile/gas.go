package precompile

import (
	"math"
	"math/bits"

	"github.com/ethereum/go-ethereum/params"

	"github.com/nativerollup/nr/stateless"
)

// Gas schedule. Calibrated by BenchmarkGasCalibration; see spec/execute.md, "Gas".
const (
	// ExecuteBaseGas pays for the work every call does whatever its size: the
	// system calls (EIP-4788, EIP-2935, EIP-7002, EIP-7251), the header checks and
	// hashing, and the state and receipt trie commits.
	ExecuteBaseGas = 50_000
	// ExecutePerByteGas pays for decoding, re-encoding and hashing each input byte
	// (ABI decode, RLP decode, witness trie node hashing).
	ExecutePerByteGas = 16
	// ExecutePerL2GasGas is the L1 gas charged per unit of the declared L2 gas
	// limit: the L2 runs L1's EVM, so one L2 gas buys the same work as one L1 gas.
	ExecutePerL2GasGas = 1
)

// Repeated trie positions (stateless.Policy.MaxRepeatedTrieBytes). The per-byte
// charge pays for each witness node once, and a witness whose tries share no node
// (every trie an honest chain produces) is loaded at most once per trie instance
// go-ethereum opens. A node at several positions (a storage trie shared by
// accounts with equal storage, a forged branch pointing its children at one node)
// is loaded again at each one, so the bytes at repeated positions are bounded by
// the declared gas: one byte per GasPerRepeatedTrieByte. Calibrated by
// BenchmarkGasCalibration ("repeated positions"); see spec/execute.md.
const GasPerRepeatedTrieByte = 1

// MaxRepeatedTrieBytes is the most trie node bytes at repeated positions EXECUTE
// accepts in the pre-state of a block with the given declared gas limit.
func MaxRepeatedTrieBytes(gasLimit uint64) uint64 {
	return gasLimit / GasPerRepeatedTrieByte
}

// Limits. Each is a consensus parameter with its own error.
const (
	// MaxInputSize bounds the input (ErrInputTooLarge).
	MaxInputSize = 4 << 20
	// MaxTransactions bounds the transaction count (ErrTooManyTransactions); the
	// count is further bounded by gasLimit / TxIntrinsicGasFloor.
	MaxTransactions = 1 << 14
	// TxIntrinsicGasFloor is the least gas any transaction consumes, so a block
	// can hold at most gasLimit / TxIntrinsicGasFloor transactions.
	TxIntrinsicGasFloor = params.TxGas
	// MaxWitnessHeaders bounds the witness headers: the executor's own bound,
	// BLOCKHASH's reach of 256, applied here before decoding.
	MaxWitnessHeaders = stateless.MaxHeaders
	// MaxWitnessCodes bounds the witness bytecodes (ErrWitnessTooLarge).
	MaxWitnessCodes = 1 << 12
	// MaxWitnessNodes bounds the witness trie nodes (ErrWitnessTooLarge).
	MaxWitnessNodes = 1 << 16
	// MaxWitnessKeys bounds the witness preimage keys (ErrWitnessTooLarge).
	MaxWitnessKeys = 1 << 16
)

// RequiredGas is EXECUTE's price, a pure function of the input bytes:
//
//	EXECUTE_BASE_GAS + EXECUTE_PER_BYTE_GAS * len(input) + declared_gas_limit
//
// where declared_gas_limit is head word 5 read as a big-endian integer (0 if the
// input is shorter, 2^64-1 if the word exceeds uint64). The claimed gasUsed is
// never used: it is chosen by whoever builds the input. The sum saturates at 2^64-1.
func RequiredGas(input []byte) uint64 {
	gas := saturatingAdd(ExecuteBaseGas, saturatingMul(ExecutePerByteGas, uint64(len(input))))
	return saturatingAdd(gas, saturatingMul(ExecutePerL2GasGas, declaredGasLimit(input)))
}

// declaredGasLimit reads the gasLimit head word without decoding anything else.
func declaredGasLimit(input []byte) uint64 {
	start := gasLimitWord * 32
	if len(input) < start+32 {
		return 0
	}
	word := input[start : start+32]
	for _, b := range word[:24] {
		if b != 0 {
			return math.MaxUint64
		}
	}
	var v uint64
	for _, b := range word[24:] {
		v = v<<8 | uint64(b)
	}
	return v
}

func saturatingAdd(a, b uint64) uint64 {
	sum, carry := bits.Add64(a, b, 0)
	if carry != 0 {
		return math.MaxUint64
	}
	return sum
}

func saturatingMul(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	if hi != 0 {
		return math.MaxUint64
	}
	return lo
}
