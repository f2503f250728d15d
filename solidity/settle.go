package solidity

import (
	"math"
	"math/bits"
)

// MaxTxGas is the most gas one L1 transaction may use (EIP-7825), RollupHost.MAX_TX_GAS:
// the transaction settling an L2 block (`advance`, or an optimistic dispute's `step`)
// must fit in it.
const MaxTxGas = 1 << 24

// settleHostGas, executeHeadBytes and callHeadBytes are RollupHost's
// SETTLE_HOST_GAS, EXECUTE_HEAD_BYTES and CALL_HEAD_BYTES.
const (
	settleHostGas    = 300_000
	executeHeadBytes = 704
	callHeadBytes    = 1024
)

// SettleGasBound is RollupHost.settleGasBound: an upper bound on the L1 gas of the
// transaction that settles an L2 block declaring gasLimit whose transactions,
// witness and extra data add up to payloadBytes. The host accepts a block only if
// it is at most MaxTxGas (spec/host.md, "Settleability"), so a block builder must
// leave out transactions that would take a block past it.
func SettleGasBound(gasLimit uint64, payloadBytes uint64) uint64 {
	if payloadBytes > MaxTxGas {
		return math.MaxUint64 // no transaction carries that many bytes
	}
	// Every term but gasLimit is below 2^43 here, so only sums with gasLimit can
	// overflow; they saturate at 2^64 - 1 (the contract, in uint256, returns more),
	// far above MaxTxGas either way.
	inputBytes := payloadBytes + executeHeadBytes
	execute, carry := bits.Add64(50_000+16*inputBytes, gasLimit, 0)
	if carry != 0 {
		return math.MaxUint64
	}
	words := 3*inputBytes/32 + 64
	rest := 21_000 + 16*(payloadBytes+callHeadBytes) + execute/63 + 1 + 3*words + words*words/512 + settleHostGas
	standard, carry := bits.Add64(execute, rest, 0)
	if carry != 0 {
		return math.MaxUint64
	}
	floor := 21_000 + 40*(payloadBytes+callHeadBytes)
	return max(standard, floor)
}

// MaxSettlePayload is RollupHost.MAX_SETTLE_PAYLOAD: the most bytes of
// transactions, witness and extra data an L2 block may carry, so that its settling
// transaction stays under go-ethereum's 128 KiB transaction-pool limit.
const MaxSettlePayload = 126 * 1024

// Settleable is RollupHost.settleable: whether the host accepts a block declaring
// gasLimit with payloadBytes of transactions, witness and extra data, i.e. whether
// one L1 transaction that the public mempool carries settles it.
func Settleable(gasLimit uint64, payloadBytes uint64) bool {
	return payloadBytes <= MaxSettlePayload && SettleGasBound(gasLimit, payloadBytes) <= MaxTxGas
}
