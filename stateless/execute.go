package stateless

import (
	"context"
	"errors"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// Env is what a block producer chooses for a block. Everything else in the header
// is either derived from the parent (number, base fee, excess blob gas) or computed
// by execution (roots, gas used, bloom, requests hash).
type Env struct {
	Coinbase   common.Address
	Timestamp  uint64
	GasLimit   uint64
	PrevRandao common.Hash
	Extra      []byte
	// ParentBeaconRoot is required from Cancun on and must be nil before.
	ParentBeaconRoot *common.Hash
	// Withdrawals must be non-nil (possibly empty) from Shanghai on and nil before.
	Withdrawals types.Withdrawals
}

// Input is one block to execute statelessly.
type Input struct {
	// ParentHash and PreStateRoot are claims the caller binds (a host contract
	// reads them from its storage); both are checked against the witness.
	ParentHash   common.Hash
	PreStateRoot common.Hash
	Env          Env
	Transactions types.Transactions
}

// Result is what stateless execution computed.
type Result struct {
	Header       *types.Header // the complete header of the executed block
	Hash         common.Hash   // Header.Hash()
	StateRoot    common.Hash
	ReceiptsRoot common.Hash
	LogsBloom    types.Bloom
	GasUsed      uint64
	Receipts     types.Receipts
	Requests     [][]byte // nil before Prague
}

// Execute runs one block on a state backed only by the witness. See doc.go.
func Execute(ctx context.Context, config *params.ChainConfig, in *Input, w *Witness) (*Result, error) {
	return nil, errors.New("stateless: Execute not implemented yet")
}
