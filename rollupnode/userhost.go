package rollupnode

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/solidity/bindings"
)

// ErrHostArtifact is wrapped by every reason a --rollup artifact is refused.
var ErrHostArtifact = errors.New("unusable host contract artifact")

// hostArtifact is what `nr devnet --rollup` needs of a compiled contract: its
// ABI and creation bytecode. nr's artifacts and Hardhat's hold the bytecode as a
// hex string, Foundry's (out/<File>.sol/<Name>.json) as {"object": hex}.
type hostArtifact struct {
	ABI      json.RawMessage `json:"abi"`
	Bytecode json.RawMessage `json:"bytecode"`
}

// LoadHostArtifact reads the user's own host contract for `nr devnet --rollup
// FILE`, compiled by solc (nr's, Foundry's or Hardhat's artifact JSON), and
// returns its creation bytecode. The devnet deploys it as it deploys MyRollup,
// so it must be a NativeRollup with MyRollup's constructor (bytes32
// genesisHash, bytes32 genesisStateRoot, uint64 genesisTime, address sequencer)
// and MyRollup's advance.
func LoadHostArtifact(path string) ([]byte, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("--rollup: %w", err)
	}
	var a hostArtifact
	if err := json.Unmarshal(raw, &a); err != nil {
		return nil, fmt.Errorf("--rollup %s: %w: not JSON (%v); pass the artifact solc, Foundry (out/<File>.sol/<Name>.json) or Hardhat wrote", path, ErrHostArtifact, err)
	}
	if len(a.ABI) == 0 || len(a.Bytecode) == 0 {
		return nil, fmt.Errorf("--rollup %s: %w: no \"abi\" and \"bytecode\" in it; pass a compiled contract's artifact", path, ErrHostArtifact)
	}
	parsed, err := abi.JSON(bytes.NewReader(a.ABI))
	if err != nil {
		return nil, fmt.Errorf("--rollup %s: %w: its abi: %v", path, ErrHostArtifact, err)
	}
	my := bindings.NewMyRollup()
	want := my.GetABI()
	if got, need := signature(parsed.Constructor.Inputs), signature(want.Constructor.Inputs); got != need {
		return nil, fmt.Errorf("--rollup %s: %w: its constructor takes (%s), the devnet passes (%s) as MyRollup's does (genesisHash, genesisStateRoot, genesisTime, sequencer)", path, ErrHostArtifact, got, need)
	}
	for _, name := range []string{"advance", "chainId", "minGasLimit", "maxGasLimit", "deposit", "blockNumber", "blockHash"} {
		m, ok := parsed.Methods[name]
		if !ok || m.Sig != want.Methods[name].Sig {
			return nil, fmt.Errorf("--rollup %s: %w: no %s; the devnet settles a NativeRollup (contract MyRollup is NativeRollup {...})", path, ErrHostArtifact, want.Methods[name].Sig)
		}
	}
	code, err := creationCode(a.Bytecode)
	if err != nil {
		return nil, fmt.Errorf("--rollup %s: %w: %v", path, ErrHostArtifact, err)
	}
	return code, nil
}

// creationCode reads bytecode as a hex string or Foundry's {"object": hex}.
func creationCode(raw json.RawMessage) ([]byte, error) {
	var hex string
	if err := json.Unmarshal(raw, &hex); err != nil {
		var obj struct {
			Object string `json:"object"`
		}
		if err := json.Unmarshal(raw, &obj); err != nil {
			return nil, errors.New(`"bytecode" is neither a hex string nor {"object": hex}`)
		}
		hex = obj.Object
	}
	if strings.Contains(hex, "__") {
		return nil, errors.New("the bytecode has unlinked library placeholders (__...__): link the libraries first")
	}
	if !strings.HasPrefix(hex, "0x") {
		hex = "0x" + hex
	}
	code, err := hexutil.Decode(hex)
	if err != nil {
		return nil, fmt.Errorf("the bytecode is not hex: %v", err)
	}
	if len(code) == 0 {
		return nil, errors.New("the bytecode is empty (an interface or abstract contract): pass the deployable contract")
	}
	return code, nil
}

// checkUserHost checks that the deployed user's host settles this devnet's L2:
// its chain id is the L2's and its gas-limit policy takes the L2 gas limit.
func checkUserHost(ctx context.Context, l1 *ethclient.Client, host common.Address, cfg DevnetConfig) error {
	my := bindings.NewMyRollup()
	call := func(data []byte) ([]byte, error) {
		return l1.CallContract(ctx, ethereum.CallMsg{To: &host, Data: data}, nil)
	}
	out, err := call(my.PackChainId())
	if err != nil {
		return err
	}
	id, err := my.UnpackChainId(out)
	if err != nil {
		return err
	}
	if id != l2.DefaultChainID {
		return fmt.Errorf("%w: its L2 chain id is %d; nr devnet runs L2 chain %d (the devnet's genesis and sequencer are built for it): deploy it with chain id %d", ErrHostArtifact, id, l2.DefaultChainID, l2.DefaultChainID)
	}
	out, err = call(my.PackMinGasLimit())
	if err != nil {
		return err
	}
	lo, err := my.UnpackMinGasLimit(out)
	if err != nil {
		return err
	}
	out, err = call(my.PackMaxGasLimit())
	if err != nil {
		return err
	}
	hi, err := my.UnpackMaxGasLimit(out)
	if err != nil {
		return err
	}
	if cfg.L2GasLimit < lo || cfg.L2GasLimit > hi {
		return fmt.Errorf("%w: it accepts L2 blocks of %d to %d gas, the devnet's --l2.gaslimit is %d: pass one in its range", ErrHostArtifact, lo, hi, cfg.L2GasLimit)
	}
	return nil
}

func signature(args abi.Arguments) string {
	types := make([]string, len(args))
	for i, a := range args {
		types[i] = a.Type.String()
	}
	return strings.Join(types, ",")
}
