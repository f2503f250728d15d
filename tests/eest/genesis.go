package eest

import (
	"fmt"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"
)

// Genesis builds the fixture's genesis: the header fields of genesisRLP, the `pre`
// allocation as state, under cfg. It checks the result hashes to the genesisRLP
// block, so the state root and every fork field (withdrawals root, requests hash,
// blob gas) agree with what the fixture was filled with.
func Genesis(f *Fixture, cfg *params.ChainConfig) (*core.Genesis, error) {
	var want types.Block
	if err := rlp.DecodeBytes(f.GenesisRLP, &want); err != nil {
		return nil, fmt.Errorf("%w: genesisRLP does not decode: %v", ErrInvalidFixture, err)
	}
	h := want.Header()
	g := &core.Genesis{
		Config:        cfg,
		Nonce:         h.Nonce.Uint64(),
		Timestamp:     h.Time,
		ParentHash:    h.ParentHash,
		ExtraData:     h.Extra,
		GasLimit:      h.GasLimit,
		GasUsed:       h.GasUsed,
		Difficulty:    h.Difficulty,
		Mixhash:       h.MixDigest,
		Coinbase:      h.Coinbase,
		Alloc:         f.Pre,
		BaseFee:       h.BaseFee,
		BlobGasUsed:   h.BlobGasUsed,
		ExcessBlobGas: h.ExcessBlobGas,
		SlotNumber:    h.SlotNumber,
	}
	if h.Number.Sign() != 0 {
		return nil, fmt.Errorf("%w: genesisRLP is block %v, not block 0", ErrInvalidFixture, h.Number)
	}
	if got := g.ToBlock(); got.Hash() != want.Hash() {
		return nil, fmt.Errorf("%w: built %s (state root %s), fixture has %s (state root %s)",
			ErrGenesisMismatch, got.Hash(), got.Root(), want.Hash(), want.Root())
	}
	return g, nil
}
