package eest

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/stretchr/testify/require"
)

const osakaConfigJSON = `{"network": "Osaka", "chainid": "0x01", "blobSchedule": {
 "Cancun": {"target": "0x03", "max": "0x06", "baseFeeUpdateFraction": "0x32f0ed"},
 "Prague": {"target": "0x06", "max": "0x09", "baseFeeUpdateFraction": "0x4c6964"},
 "Osaka":  {"target": "0x06", "max": "0x09", "baseFeeUpdateFraction": "0x4c6964"}}}`

// fixtureJSON returns a fixture file holding one test "t" whose fields are the
// given JSON members.
func fixtureJSON(members string) []byte {
	return []byte(`{"t": {` + members + `}}`)
}

const okMembers = `"network": "Osaka", "config": ` + osakaConfigJSON + `, "genesisRLP": "0xc0",
 "pre": {"0x1000000000000000000000000000000000000000": {"nonce": "0x00", "balance": "0x0de0b6b3a7640000", "code": "0x6000", "storage": {"0x01": "0x02"}}},
 "blocks": [{"rlp": "0xc0", "blockHeader": {"number": "0x01"}}, {"rlp": "0xzz", "expectException": "TransactionException.NONCE_MISMATCH_TOO_LOW"}],
 "lastblockhash": "0x176cc1da87e6c208e6d40a9236c35f758761fb2bbb6f107a89bcd0fdb0a4c720"`

func TestParseFixture(t *testing.T) {
	f, err := ParseFixture(fixtureJSON(okMembers), "t")
	require.NoError(t, err)
	require.Equal(t, "Osaka", f.Network)
	require.Equal(t, big.NewInt(1), (*big.Int)(f.Config.ChainID))
	require.Equal(t, BlobParams{Target: 6, Max: 9, BaseFeeUpdateFraction: 0x4c6964}, f.Config.BlobSchedule["Osaka"])
	require.Equal(t, hexutil.Bytes{0xc0}, f.GenesisRLP)
	acc := f.Pre[common.HexToAddress("0x1000000000000000000000000000000000000000")]
	require.Equal(t, big.NewInt(1e18), acc.Balance)
	require.Equal(t, []byte{0x60, 0x00}, acc.Code)
	require.Len(t, f.Blocks, 2)
	require.True(t, f.Blocks[0].Valid())
	require.False(t, f.Blocks[1].Valid())
	require.Equal(t, "0xzz", f.Blocks[1].RLP, "a malformed rlp is kept for the runner to reject")
	require.Equal(t, common.HexToHash("0x176cc1da87e6c208e6d40a9236c35f758761fb2bbb6f107a89bcd0fdb0a4c720"), f.LastBlockHash)
}

func TestParseFixtureBadInputs(t *testing.T) {
	tests := []struct {
		name    string
		input   []byte
		id      string
		wantErr error
		msg     string
	}{
		{"not JSON", []byte(`{"t": `), "t", ErrInvalidFixture, "unexpected end of JSON input"},
		{"file is a list", []byte(`[]`), "t", ErrInvalidFixture, "cannot unmarshal array"},
		{"test id absent", fixtureJSON(okMembers), "other", ErrTestNotFound, `"other" (the file has 1 tests)`},
		{"test is not an object", []byte(`{"t": 5}`), "t", ErrInvalidFixture, "cannot unmarshal number"},
		{"no network", fixtureJSON(`"config": {"chainid": "0x01"}, "genesisRLP": "0xc0"`), "t", ErrInvalidFixture, `test "t": no network`},
		{"chainid not a number", fixtureJSON(`"network": "Osaka", "config": {"chainid": "one"}, "genesisRLP": "0xc0"`), "t", ErrInvalidFixture, "invalid hex or decimal integer"},
		{"no genesisRLP", fixtureJSON(`"network": "Osaka", "config": {"chainid": "0x01"}`), "t", ErrInvalidFixture, "no genesisRLP"},
		{"genesisRLP not hex", fixtureJSON(`"network": "Osaka", "config": {"chainid": "0x01"}, "genesisRLP": "c0"`), "t", ErrInvalidFixture, "hex string without 0x prefix"},
		{"balance too large", fixtureJSON(`"network": "Osaka", "config": {"chainid": "0x01"}, "genesisRLP": "0xc0",
			"pre": {"0x1000000000000000000000000000000000000000": {"balance": "0x1` + fmt.Sprintf("%064d", 0) + `"}}`), "t", ErrInvalidFixture, `invalid hex or decimal integer "0x1000`},
		{"block without rlp", fixtureJSON(`"network": "Osaka", "config": {"chainid": "0x01"}, "genesisRLP": "0xc0",
			"blocks": [{"blockHeader": {}}]`), "t", ErrInvalidFixture, "block 0 has no rlp"},
		{"block with header and exception", fixtureJSON(`"network": "Osaka", "config": {"chainid": "0x01"}, "genesisRLP": "0xc0",
			"blocks": [{"rlp": "0xc0", "blockHeader": {}, "expectException": "X"}]`), "t", ErrInvalidFixture, "block 0 must have exactly one of blockHeader"},
		{"block with neither", fixtureJSON(`"network": "Osaka", "config": {"chainid": "0x01"}, "genesisRLP": "0xc0",
			"blocks": [{"rlp": "0xc0"}, {"rlp": "0xc0", "blockHeader": null}]`), "t", ErrInvalidFixture, "block 0 must have exactly one of blockHeader"},
		{"lastblockhash too short", fixtureJSON(`"network": "Osaka", "config": {"chainid": "0x01"}, "genesisRLP": "0xc0",
			"lastblockhash": "0x01"`), "t", ErrInvalidFixture, "hex string has length 2, want 64"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := ParseFixture(tt.input, tt.id)
			require.ErrorIs(t, err, tt.wantErr)
			require.ErrorContains(t, err, tt.msg)
			require.Nil(t, f)
		})
	}
}

func TestCheckExpectations(t *testing.T) {
	f, err := ParseFixture(fixtureJSON(okMembers), "t")
	require.NoError(t, err)
	require.NoError(t, checkExpectations(f, []Expectation{ExpectValid, ExpectRejectTx}))
	require.NoError(t, checkExpectations(f, []Expectation{ExpectValid, ExpectRejectBlock}))

	err = checkExpectations(f, []Expectation{ExpectValid})
	require.ErrorIs(t, err, ErrManifestDisagrees)
	require.ErrorContains(t, err, "manifest lists 1 block expectations, fixture has 2 blocks")

	err = checkExpectations(f, []Expectation{ExpectValid, ExpectValid})
	require.ErrorIs(t, err, ErrManifestDisagrees)
	require.ErrorContains(t, err, `block 1: manifest says valid, fixture says expectException "TransactionException.NONCE_MISMATCH_TOO_LOW"`)

	err = checkExpectations(f, []Expectation{ExpectRejectTx, ExpectRejectTx})
	require.ErrorIs(t, err, ErrManifestDisagrees)
	require.ErrorContains(t, err, "block 0: manifest says reject:tx")
}

// testGenesis returns a Prague genesis with one funded account and a contract
// with storage, and its block RLP.
func testGenesis(t testing.TB) (*core.Genesis, []byte) {
	t.Helper()
	g := &core.Genesis{
		Config:   params.MergedTestChainConfig,
		GasLimit: 30_000_000,
		BaseFee:  big.NewInt(params.InitialBaseFee),
		Alloc: types.GenesisAlloc{
			common.HexToAddress("0x1000000000000000000000000000000000000000"): {Balance: big.NewInt(1e18)},
			common.HexToAddress("0x2000000000000000000000000000000000000000"): {
				Balance: big.NewInt(1), Code: []byte{0x60, 0x01, 0x60, 0x00, 0x55, 0x00},
				Storage: map[common.Hash]common.Hash{{1}: {2}, {3}: {4}},
			},
		},
	}
	enc, err := rlp.EncodeToBytes(g.ToBlock())
	require.NoError(t, err)
	return g, enc
}

func TestGenesis(t *testing.T) {
	want, enc := testGenesis(t)
	f := &Fixture{GenesisRLP: enc, Pre: want.Alloc}
	got, err := Genesis(f, want.Config)
	require.NoError(t, err)
	require.Equal(t, want.ToBlock().Hash(), got.ToBlock().Hash())
	require.Equal(t, want.Alloc, got.Alloc)
}

func TestGenesisBadInputs(t *testing.T) {
	g, enc := testGenesis(t)
	otherAlloc := types.GenesisAlloc{common.HexToAddress("0x1000000000000000000000000000000000000000"): {Balance: big.NewInt(2)}}
	block1 := types.NewBlockWithHeader(&types.Header{Number: big.NewInt(1), Difficulty: common.Big0})
	enc1, err := rlp.EncodeToBytes(block1)
	require.NoError(t, err)
	tests := []struct {
		name    string
		fixture *Fixture
		wantErr error
		msg     string
	}{
		{"genesisRLP does not decode", &Fixture{GenesisRLP: []byte{0xc1}, Pre: g.Alloc}, ErrInvalidFixture, "genesisRLP does not decode"},
		{"genesisRLP is not block 0", &Fixture{GenesisRLP: enc1, Pre: g.Alloc}, ErrInvalidFixture, "genesisRLP is block 1, not block 0"},
		{"pre state differs", &Fixture{GenesisRLP: enc, Pre: otherAlloc}, ErrGenesisMismatch, "state root"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Genesis(tt.fixture, g.Config)
			require.ErrorIs(t, err, tt.wantErr)
			require.ErrorContains(t, err, tt.msg)
			require.Nil(t, got)
		})
	}
}

// FuzzFixture feeds arbitrary fixture files through parsing, the chain config and
// the genesis: none may panic, and every error is one of the package's sentinels.
func FuzzFixture(f *testing.F) {
	f.Add(fixtureJSON(okMembers))
	f.Add(fixtureJSON(`"network": "Prague", "config": {"chainid": "0x01", "blobSchedule": {"BPO9": {"target": "0x01", "max": "0x02", "baseFeeUpdateFraction": "0x01"}}}, "genesisRLP": "0xc0"`))
	f.Add(fixtureJSON(`"network": "Osaka", "config": {"chainid": "0x00"}, "genesisRLP": "0xc0"`))
	f.Add([]byte(`{"t": null}`))
	g, enc := testGenesis(f)
	pre, err := json.Marshal(g.Alloc)
	require.NoError(f, err)
	f.Add(fixtureJSON(fmt.Sprintf(`"network": "Prague", "config": {"chainid": "0x01"}, "genesisRLP": "%s", "pre": %s`, hexutil.Encode(enc), pre)))
	if corpus, err := ResolveCorpus(); err == nil {
		if rows, err := LoadManifest(corpus); err == nil {
			data, err := os.ReadFile(filepath.Join(corpus, rows[0].File))
			require.NoError(f, err)
			var file map[string]json.RawMessage
			require.NoError(f, json.Unmarshal(data, &file))
			f.Add([]byte(`{"t": ` + string(file[rows[0].Test]) + `}`))
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fx, err := ParseFixture(data, "t")
		if err != nil {
			require.True(t, isOneOf(err, ErrInvalidFixture, ErrTestNotFound), "unexpected error %v", err)
			return
		}
		cfg, err := ChainConfig(fx.Network, fx.Config)
		if err != nil {
			require.True(t, isOneOf(err, ErrUnknownFork, ErrInvalidFixture, ErrUnsupportedBlobSchedule), "unexpected error %v", err)
			return
		}
		if _, err := Genesis(fx, cfg); err != nil {
			require.True(t, isOneOf(err, ErrInvalidFixture, ErrGenesisMismatch), "unexpected error %v", err)
		}
	})
}

func isOneOf(err error, targets ...error) bool {
	for _, target := range targets {
		if errors.Is(err, target) {
			return true
		}
	}
	return false
}
