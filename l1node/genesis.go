package l1node

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"reflect"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/ethereum/go-ethereum/triedb/hashdb"
	"github.com/ethereum/go-ethereum/triedb/pathdb"

	"github.com/nativerollup/nr/l2"
)

// DefaultDevGasLimit is the dev chain's block gas limit, the same as go-ethereum's
// default gas ceiling (and the simulated L1 of nr's Solidity tests).
const DefaultDevGasLimit = 60_000_000

// DevKey is the i-th deterministic dev key: l2.DevKey(i), the keys nr's tests
// fund on L1 and L2 alike. Key 0 is the dev key; --dev.accounts N adds keys 1..N.
// They are public: use them only on dev chains.
var DevKey = l2.DevKey

// DevBalance is what each dev account holds at genesis.
var DevBalance = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))

// DevGenesis is the dev chain's genesis: nr's pinned L1 config (l2.L1Config,
// never go-ethereum's dev default), go-ethereum's system contracts (the
// beacon-roots, history and request contracts Prague and Osaka call) and
// DevBalance for dev keys 0..accounts.
func DevGenesis(accounts int, gasLimit uint64) *core.Genesis {
	alloc := core.SystemContractAllocs()
	for i := 0; i <= accounts; i++ {
		alloc[l2.DevAddress(i)] = types.Account{Balance: new(big.Int).Set(DevBalance)}
	}
	return &core.Genesis{
		Config:     l2.L1Config(),
		GasLimit:   gasLimit,
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Difficulty: common.Big0,
		Alloc:      alloc,
	}
}

// freeConfigFields are the chain-config fields a network may choose: its chain
// id and where its consensus layer's deposit contract lives. Everything else
// (every fork and its time, the blob schedule) must be nr's pinned L1 config,
// because EXECUTE's L2 inherits L1's fork schedule (spec/execute.md) and nr's
// vectors are pinned to it.
var freeConfigFields = []string{"chainId", "depositContractAddress"}

// CheckConfig reports whether c is nr's pinned L1 config up to the fields a
// network may choose (chain id, deposit contract), naming the first field that
// differs.
func CheckConfig(c *params.ChainConfig) error {
	if c == nil {
		return fmt.Errorf("the genesis has no chain config; start from `nr geth dumpgenesis`, which holds nr's pinned L1 config")
	}
	if c.ChainID == nil || c.ChainID.Sign() <= 0 {
		return fmt.Errorf("the genesis config has no positive chainId; set one")
	}
	got, err := configFields(c)
	if err != nil {
		return err
	}
	want, err := configFields(l2.L1Config())
	if err != nil {
		return err
	}
	keys := make([]string, 0, len(got)+len(want))
	for k := range got {
		keys = append(keys, k)
	}
	for k := range want {
		if _, ok := got[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		if slices.Contains(freeConfigFields, k) || reflect.DeepEqual(got[k], want[k]) {
			continue
		}
		return fmt.Errorf("the genesis config's %q is %s, nr's pinned L1 config has %s: nr geth runs only that config "+
			"(only %s may differ); start from `nr geth dumpgenesis`", k, jsonOrAbsent(got[k]), jsonOrAbsent(want[k]), strings.Join(freeConfigFields, " and "))
	}
	return nil
}

func configFields(c *params.ChainConfig) (map[string]any, error) {
	b, err := json.Marshal(c)
	if err != nil {
		return nil, err
	}
	var m map[string]any
	return m, json.Unmarshal(b, &m)
}

func jsonOrAbsent(v any) string {
	if v == nil {
		return "absent"
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// ReadGenesisFile reads a genesis JSON file (go-ethereum's format) and checks its
// config with CheckConfig.
func ReadGenesisFile(path string) (*core.Genesis, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading the genesis: %w (pass a genesis JSON file, e.g. from `nr geth dumpgenesis`)", err)
	}
	g := new(core.Genesis)
	if err := json.Unmarshal(b, g); err != nil {
		return nil, fmt.Errorf("%s is not a genesis JSON file: %w", path, err)
	}
	if err := CheckConfig(g.Config); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return g, nil
}

// InitGenesis writes genesis into a new chain database in dataDir, with the
// state scheme gcMode selects ("full": go-ethereum's path scheme; "archive": hash
// scheme keeping every state). An existing chain with the same genesis is left
// as it is; one with another genesis is an error.
func InitGenesis(dataDir string, genesis *core.Genesis, gcMode string) (common.Hash, error) {
	if dataDir == "" {
		return common.Hash{}, fmt.Errorf("init needs --datadir: the directory the node will run from")
	}
	if err := CheckConfig(genesis.Config); err != nil {
		return common.Hash{}, err
	}
	scheme, _, err := stateScheme(gcMode)
	if err != nil {
		return common.Hash{}, err
	}
	stack, err := node.New(&node.Config{DataDir: dataDir, Name: instanceName})
	if err != nil {
		return common.Hash{}, fmt.Errorf("opening %s: %w", dataDir, err)
	}
	defer stack.Close()
	db, err := stack.OpenDatabaseWithOptions("chaindata", node.DatabaseOptions{Cache: 16, Handles: 16})
	if err != nil {
		return common.Hash{}, fmt.Errorf("opening the chain database in %s: %w (is a node running on it?)", dataDir, err)
	}
	defer db.Close()
	tdb := openTrieDB(db, scheme)
	defer tdb.Close()
	_, hash, _, err := core.SetupGenesisBlock(db, tdb, genesis)
	if err != nil {
		return common.Hash{}, fmt.Errorf("writing the genesis into %s: %w (a datadir holds one chain: use a new directory)", dataDir, err)
	}
	return hash, nil
}

func openTrieDB(db ethdb.Database, scheme string) *triedb.Database {
	if scheme == rawdb.HashScheme {
		return triedb.NewDatabase(db, &triedb.Config{HashDB: hashdb.Defaults})
	}
	return triedb.NewDatabase(db, &triedb.Config{PathDB: pathdb.Defaults})
}

// stateScheme maps a --gcmode to go-ethereum's state scheme and pruning.
func stateScheme(gcMode string) (scheme string, archive bool, err error) {
	switch gcMode {
	case "full":
		return rawdb.PathScheme, false, nil
	case "archive":
		return rawdb.HashScheme, true, nil
	}
	return "", false, fmt.Errorf("--gcmode %q: use full (prune old state) or archive (keep every state)", gcMode)
}

// storedChain reads the genesis hash and chain config of the chain in a data
// directory, or a zero hash if there is none.
func storedChain(dataDir string) (common.Hash, *params.ChainConfig, error) {
	if dataDir == "" {
		return common.Hash{}, nil, nil
	}
	stack, err := node.New(&node.Config{DataDir: dataDir, Name: instanceName})
	if err != nil {
		return common.Hash{}, nil, fmt.Errorf("opening %s: %w", dataDir, err)
	}
	defer stack.Close()
	if rawdb.PreexistingDatabase(stack.ResolvePath("chaindata")) == "" {
		return common.Hash{}, nil, nil
	}
	db, err := stack.OpenDatabaseWithOptions("chaindata", node.DatabaseOptions{Cache: 16, Handles: 16, ReadOnly: true})
	if err != nil {
		return common.Hash{}, nil, fmt.Errorf("opening the chain database in %s: %w (is another node running on it?)", dataDir, err)
	}
	defer db.Close()
	hash := rawdb.ReadCanonicalHash(db, 0)
	if hash == (common.Hash{}) {
		return common.Hash{}, nil, nil
	}
	cfg := rawdb.ReadChainConfig(db, hash)
	if cfg == nil {
		return common.Hash{}, nil, fmt.Errorf("the chain in %s has genesis %s but no chain config; start over with a new --datadir", dataDir, hash)
	}
	return hash, cfg, nil
}
