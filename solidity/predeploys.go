package solidity

import (
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// L2BridgeAddress is where the L2Bridge predeploy lives on every nr L2; it equals
// RollupHost.L2_BRIDGE in src/RollupHost.sol.
var L2BridgeAddress = common.HexToAddress("0x4e52000000000000000000000000000000000001")

// l2BridgeHostSlot is the storage slot of L2Bridge.l1Host.
var l2BridgeHostSlot = common.Hash{}

//go:embed artifacts/*.json
var artifacts embed.FS

// ErrUnknownArtifact is returned for a contract name with no committed artifact.
var ErrUnknownArtifact = errors.New("no artifact for this contract")

// Artifact is one compiled contract as build.sh writes it.
type Artifact struct {
	ContractName     string          `json:"contractName"`
	SourceName       string          `json:"sourceName"`
	Compiler         string          `json:"compiler"`
	ABI              json.RawMessage `json:"abi"`
	Bytecode         hexutil.Bytes   `json:"bytecode"`
	DeployedBytecode hexutil.Bytes   `json:"deployedBytecode"`
}

// LoadArtifact returns the committed artifact of contract name (e.g. "L2Bridge").
func LoadArtifact(name string) (*Artifact, error) {
	if !fs.ValidPath(name) || strings.Contains(name, "/") {
		return nil, fmt.Errorf("contract name %q: %w (use a bare name such as \"L2Bridge\")", name, ErrUnknownArtifact)
	}
	raw, err := artifacts.ReadFile("artifacts/" + name + ".json")
	if err != nil {
		return nil, fmt.Errorf("contract %q: %w (the known ones are solidity/artifacts/*.json; run go generate ./solidity/... after adding a contract)", name, ErrUnknownArtifact)
	}
	var a Artifact
	if err := json.Unmarshal(raw, &a); err != nil {
		return nil, fmt.Errorf("artifact %s is not valid JSON; rerun go generate ./solidity/...: %w", name, err)
	}
	return &a, nil
}

// Predeploys returns the L2 genesis accounts the host contracts rely on: the
// L2Bridge at L2BridgeAddress with its runtime code, bridgeBalance wei pre-minted
// (the rollup's whole deposit capacity; there is no mint transaction type) and
// l1Host, the address of the rollup's L1 host contract, in its storage. Since the
// L1 host's constructor takes the L2 genesis hash, compute l1Host in advance, e.g.
// crypto.CreateAddress(deployer, nonce).
//
// The L2 genesis must also hold the EIP-4788 beacon-roots contract, which stores the
// anchors L2Bridge.claimDeposit reads (l2.Genesis includes it).
func Predeploys(l1Host common.Address, bridgeBalance *big.Int) (types.GenesisAlloc, error) {
	bridge, err := LoadArtifact("L2Bridge")
	if err != nil {
		return nil, err
	}
	return types.GenesisAlloc{
		L2BridgeAddress: {
			Code:    bridge.DeployedBytecode,
			Balance: new(big.Int).Set(bridgeBalance),
			Storage: map[common.Hash]common.Hash{l2BridgeHostSlot: common.BytesToHash(l1Host.Bytes())},
			Nonce:   1,
		},
	}, nil
}
