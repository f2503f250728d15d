package precompile

import (
	"errors"
	"fmt"
	"math/big"
)

// ErrCumulativeLimit is returned by Meter.Charge when an EXECUTE call would take
// the L1 block's cumulative EXECUTE gas above the limit.
var ErrCumulativeLimit = errors.New("cumulative EXECUTE gas limit of the L1 block reached")

// Meter is the original proposal's cumulative per-L1-block EXECUTE metering
// (ethresear.ch 21517): a limit and a target on the L2 gas all EXECUTE calls of
// one L1 block may declare, and a separate EIP-1559 price for that gas.
//
// nr's node does not enforce it: geth's precompile interface sees only input
// bytes, not the block, so the node instead charges one L1 gas per declared L2
// gas, the "merged with L1's EIP-1559" variant, under which the cumulative work
// is capped by L1's own gas limit and priced by L1's base fee (spec/execute.md,
// "Cumulative metering"). Meter specifies the separate variant for a client that
// has block context.
type Meter struct {
	Limit  uint64 // EXECUTE_CUMULATIVE_GAS_LIMIT
	Target uint64 // EXECUTE_CUMULATIVE_GAS_TARGET, 0 < Target <= Limit
}

// MeterState is the metering state within one L1 block.
type MeterState struct {
	Used    uint64   // declared L2 gas charged so far in this block
	BaseFee *big.Int // wei per L2 gas in this block
}

// baseFeeChangeDenominator bounds the per-block price change to 1/8, as EIP-1559.
const baseFeeChangeDenominator = 8

// Charge adds gas to the block's cumulative use, or fails with ErrCumulativeLimit.
func (m Meter) Charge(s MeterState, gas uint64) (MeterState, error) {
	if gas > m.Limit || s.Used > m.Limit-gas {
		return s, fmt.Errorf("%w: %d used + %d declared > limit %d", ErrCumulativeLimit, s.Used, gas, m.Limit)
	}
	s.Used += gas
	return s, nil
}

// NextBaseFee is the next L1 block's EXECUTE base fee, EIP-1559's rule applied
// to the cumulative EXECUTE gas of parent:
//
//	used == target: fee
//	used >  target: fee + max(1, fee * (used - target) / target / 8)
//	used <  target: max(0, fee - fee * (target - used) / target / 8)
func (m Meter) NextBaseFee(parent MeterState) *big.Int {
	fee := new(big.Int).Set(parent.BaseFee)
	target := new(big.Int).SetUint64(m.Target)
	switch {
	case parent.Used == m.Target:
		return fee
	case parent.Used > m.Target:
		delta := new(big.Int).SetUint64(parent.Used - m.Target)
		delta.Mul(delta, parent.BaseFee).Div(delta, target).Div(delta, big.NewInt(baseFeeChangeDenominator))
		if delta.Sign() == 0 {
			delta.SetInt64(1)
		}
		return fee.Add(fee, delta)
	default:
		delta := new(big.Int).SetUint64(m.Target - parent.Used)
		delta.Mul(delta, parent.BaseFee).Div(delta, target).Div(delta, big.NewInt(baseFeeChangeDenominator))
		if fee.Sub(fee, delta); fee.Sign() < 0 {
			fee.SetInt64(0)
		}
		return fee
	}
}
