package eest

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
)

// Fixture is the part of an EEST blockchain_test object the runner uses.
//
// Spec code (corpus README): `network`, `config{chainid, blobSchedule}`,
// `genesisBlockHeader`, `genesisRLP`, `pre` (address -> {nonce, balance, code,
// storage}), `blocks[]` (each `{blockHeader, transactions, uncleHeaders, withdrawals,
// rlp, blocknumber}`; an invalid block is `{rlp, expectException, rlp_decoded?}` and
// its `rlp` may not even decode), `postState`, `lastblockhash`, `sealEngine`.
type Fixture struct {
	Network       string             `json:"network"`
	Config        FixtureConfig      `json:"config"`
	GenesisRLP    hexutil.Bytes      `json:"genesisRLP"`
	Pre           types.GenesisAlloc `json:"pre"`
	Blocks        []FixtureBlock     `json:"blocks"`
	LastBlockHash common.Hash        `json:"lastblockhash"`
}

// FixtureConfig is the fixture's chain parameters beyond the fork name.
type FixtureConfig struct {
	ChainID      *math.HexOrDecimal256 `json:"chainid"`
	BlobSchedule map[string]BlobParams `json:"blobSchedule"`
}

// BlobParams is one fork's entry of the fixture's blob schedule.
type BlobParams struct {
	Target                math.HexOrDecimal64 `json:"target"`
	Max                   math.HexOrDecimal64 `json:"max"`
	BaseFeeUpdateFraction math.HexOrDecimal64 `json:"baseFeeUpdateFraction"`
}

// FixtureBlock is one block of a fixture. The RLP is kept as text: for some invalid
// blocks it is deliberately malformed, and failing to decode it is the expected
// rejection.
type FixtureBlock struct {
	RLP             string          `json:"rlp"`
	ExpectException string          `json:"expectException"`
	BlockHeader     json.RawMessage `json:"blockHeader"`
}

// Valid reports whether the fixture says the block is valid: valid blocks carry
// their decoded header, invalid ones an expectException instead.
func (b FixtureBlock) Valid() bool { return b.ExpectException == "" }

// ParseFixture decodes the test id out of a fixture file (which maps test ids to
// test objects) and checks the fields the runner needs are present.
func ParseFixture(data []byte, testID string) (*Fixture, error) {
	var file map[string]json.RawMessage
	if err := json.Unmarshal(data, &file); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidFixture, err)
	}
	raw, ok := file[testID]
	if !ok {
		return nil, fmt.Errorf("%w: %q (the file has %d tests)", ErrTestNotFound, testID, len(file))
	}
	var f Fixture
	if err := json.Unmarshal(raw, &f); err != nil {
		return nil, fmt.Errorf("%w: test %q: %v", ErrInvalidFixture, testID, err)
	}
	if err := f.check(); err != nil {
		return nil, fmt.Errorf("%w: test %q: %v", ErrInvalidFixture, testID, err)
	}
	return &f, nil
}

func (f *Fixture) check() error {
	switch {
	case f.Network == "":
		return errors.New("no network")
	case len(f.GenesisRLP) == 0:
		return errors.New("no genesisRLP")
	}
	for i, b := range f.Blocks {
		hasHeader := len(b.BlockHeader) > 0 && string(b.BlockHeader) != "null"
		switch {
		case b.RLP == "":
			return fmt.Errorf("block %d has no rlp", i)
		case hasHeader == !b.Valid():
			return fmt.Errorf("block %d must have exactly one of blockHeader (valid) and expectException (invalid)", i)
		}
	}
	return nil
}

// checkExpectations verifies the manifest row describes the fixture's blocks: one
// expectation per block, "valid" exactly where the fixture has a valid block.
func checkExpectations(f *Fixture, expected []Expectation) error {
	if len(expected) != len(f.Blocks) {
		return fmt.Errorf("%w: manifest lists %d block expectations, fixture has %d blocks",
			ErrManifestDisagrees, len(expected), len(f.Blocks))
	}
	for i, b := range f.Blocks {
		if (expected[i] == ExpectValid) != b.Valid() {
			return fmt.Errorf("%w: block %d: manifest says %s, fixture says expectException %q",
				ErrManifestDisagrees, i, expected[i], b.ExpectException)
		}
	}
	return nil
}

// loadFixture reads the row's file under dir and parses the row's test.
func loadFixture(dir string, r Row) (*Fixture, error) {
	name := filepath.Join(dir, filepath.FromSlash(r.File))
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("reading fixture: %w (is the corpus complete? manifest.json lists it)", err)
	}
	f, err := ParseFixture(data, r.Test)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if err := checkExpectations(f, r.Expected); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return f, nil
}
