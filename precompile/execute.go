package precompile

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
	"github.com/nativerollup/nr/stateless"
)

// ExecuteAddress is where EXECUTE lives on L1 (and, since an L2 runs L1's EVM, on L2).
var ExecuteAddress = common.HexToAddress("0x0000000000000000000000000000000000000101")

// Execute is the EXECUTE precompile. It holds only the L1 chain config, from which
// each call derives its L2 config, so it is safe for concurrent use; Run never
// writes to its input.
type Execute struct {
	l1 *params.ChainConfig
}

var _ vm.PrecompiledContract = (*Execute)(nil)

// NewExecute returns EXECUTE for an L1 running config l1.
func NewExecute(l1 *params.ChainConfig) *Execute {
	return &Execute{l1: l1}
}

// Name implements vm.PrecompiledContract; eth_config keys precompiles by it.
func (*Execute) Name() string { return "EXECUTE" }

// RequiredGas implements vm.PrecompiledContract. See RequiredGas.
func (*Execute) RequiredGas(input []byte) uint64 { return RequiredGas(input) }

// Run implements vm.PrecompiledContract: it returns abi.encode(bool valid,
// bytes32 blockHash) for well-formed, complete input and an error otherwise.
func (e *Execute) Run(input []byte) ([]byte, error) {
	v, err := e.Verify(context.Background(), input)
	if err != nil {
		return nil, err
	}
	return v.Output(), nil
}

// Verdict is the outcome of a successful EXECUTE call.
type Verdict struct {
	// Valid is true iff execution reached every claimed value.
	Valid bool
	// BlockHash is the hash of the header execution computed.
	BlockHash common.Hash
	// Input is the decoded input (its byte fields alias the input bytes) and
	// Result what stateless execution computed; both are for diagnostics (nr
	// execute) and not part of the output.
	Input  *Input
	Result *stateless.Result
}

// Output is the precompile's return data: abi.encode(bool valid, bytes32 blockHash).
func (v *Verdict) Output() []byte {
	out, err := outputArguments.Pack(v.Valid, [32]byte(v.BlockHash))
	if err != nil {
		panic(err) // bool and [32]byte always pack
	}
	return out
}

// Mismatches names the claims execution did not reach, for diagnostics.
func (v *Verdict) Mismatches() []string {
	var out []string
	if v.Result.StateRoot != v.Input.PostStateRoot {
		out = append(out, fmt.Sprintf("postStateRoot: claimed %s, computed %s", v.Input.PostStateRoot.Hex(), v.Result.StateRoot.Hex()))
	}
	if v.Result.ReceiptsRoot != v.Input.ReceiptsRoot {
		out = append(out, fmt.Sprintf("receiptsRoot: claimed %s, computed %s", v.Input.ReceiptsRoot.Hex(), v.Result.ReceiptsRoot.Hex()))
	}
	if v.Result.GasUsed != v.Input.GasUsed {
		out = append(out, fmt.Sprintf("gasUsed: claimed %d, computed %d", v.Input.GasUsed, v.Result.GasUsed))
	}
	return out
}

// Verify runs the whole EXECUTE check on input bytes.
//
// Spec code (spec/execute.md, "Execution"): decode and check the input; decode
// the transactions (no type 3, EIP-155 for chainId) and the witness within the
// limits; execute statelessly with number = parent.number + 1 and the base fee
// derived from the parent; fail if execution fails; otherwise
// valid = (stateRoot, receiptsRoot, gasUsed) == the claims. EIP-7685 requests
// are accepted whatever their content: the header's requests_hash, hence the
// block hash, commits to them.
func (e *Execute) Verify(ctx context.Context, input []byte) (*Verdict, error) {
	d, err := e.Decode(input)
	if err != nil {
		return nil, err
	}
	return e.VerifyDecoded(ctx, d)
}

// statelessInput is the block to execute: the operator's environment, the
// anchor as parent_beacon_block_root, an empty withdrawals list, and the policy
// that prices a caller-chosen pre-state (spec/execute.md, "Pre-state policy").
func (in *Input) statelessInput(txs types.Transactions) *stateless.Input {
	anchor := in.Anchor
	return &stateless.Input{
		ParentHash:   in.ParentHash,
		PreStateRoot: in.PreStateRoot,
		Env: stateless.Env{
			Coinbase:         in.FeeRecipient,
			Timestamp:        in.Timestamp,
			GasLimit:         in.GasLimit,
			PrevRandao:       in.PrevRandao,
			Extra:            in.ExtraData,
			ParentBeaconRoot: &anchor,
			Withdrawals:      types.Withdrawals{},
		},
		Transactions: txs,
		Policy:       StatelessPolicy(in.GasLimit),
		// The claim lets execution compare the receipts root it already
		// built instead of deriving it again; the verdict compares Result's.
		ReceiptsRoot: &in.ReceiptsRoot,
	}
}

// StatelessPolicy is the pre-state policy EXECUTE runs an L2 block of the given
// declared gas limit with (spec/execute.md, "Pre-state policy").
func StatelessPolicy(gasLimit uint64) stateless.Policy {
	return stateless.Policy{
		MaxRepeatedTrieBytes:     MaxRepeatedTrieBytes(gasLimit),
		BoundedBalances:          true,
		BlobFreeParent:           true,
		CanonicalSystemContracts: true,
	}
}

// L2Config is the chain config of an L2 with chain id chainID settling on an L1
// running config l1: L1's config, fork schedule included, with the chain id
// replaced. Forks are therefore chosen by L1's schedule at the L2 block's timestamp.
func L2Config(l1 *params.ChainConfig, chainID uint64) *params.ChainConfig {
	l2 := *l1
	l2.ChainID = new(big.Int).SetUint64(chainID)
	return &l2
}
