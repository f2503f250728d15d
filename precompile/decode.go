package precompile

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/nativerollup/nr/stateless"
)

// Decoded is an EXECUTE input that passed decoding (spec/execute.md,
// "Decoding"): the checked fields, the L2 transactions and the witness. It
// is read-only once made, so one Decoded can be read by several goroutines
// and executed once (VerifyDecoded).
type Decoded struct {
	Input        *Input
	Transactions types.Transactions
	Witness      *stateless.Witness
}

// Decode runs EXECUTE's decoding on input bytes: DecodeInput, the L1 chain
// id rule, DecodeTransactions and DecodeWitness, in that order (Verify is
// Decode then VerifyDecoded). Callers that inspect an input before executing
// it (the validator's precheck) decode it once here and execute with
// VerifyDecoded.
func (e *Execute) Decode(input []byte) (*Decoded, error) {
	in, err := DecodeInput(input)
	if err != nil {
		return nil, err
	}
	if e.l1.ChainID != nil && e.l1.ChainID.IsUint64() && in.ChainID == e.l1.ChainID.Uint64() {
		return nil, fmt.Errorf("%w: %d", ErrL1ChainID, in.ChainID)
	}
	txs, err := DecodeTransactions(in.Transactions, in.ChainID, in.GasLimit)
	if err != nil {
		return nil, err
	}
	w, err := DecodeWitness(in.Witness)
	if err != nil {
		return nil, err
	}
	return &Decoded{Input: in, Transactions: txs, Witness: w}, nil
}

// VerifyDecoded is Verify on an input Decode accepted: stateless execution
// and the claims.
func (e *Execute) VerifyDecoded(ctx context.Context, d *Decoded) (*Verdict, error) {
	in := d.Input
	res, err := stateless.Execute(ctx, L2Config(e.l1, in.ChainID), in.statelessInput(d.Transactions), d.Witness)
	if err != nil {
		return nil, fmt.Errorf("stateless execution: %w", err)
	}
	return &Verdict{
		Valid:     res.StateRoot == in.PostStateRoot && res.ReceiptsRoot == in.ReceiptsRoot && res.GasUsed == in.GasUsed,
		BlockHash: res.Hash,
		Input:     in,
		Result:    res,
	}, nil
}
