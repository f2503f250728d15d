package eestexecute

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"

	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/tests/eest"
)

// ErrPrecompileInstalled is returned when nr's precompiles are in the active
// precompile set of the process running the corpus: go-ethereum's reference chain
// would then treat 0x…0101 and 0x…0102 as warm precompiles and compute other gas
// than the fixtures.
var ErrPrecompileInstalled = errors.New("nr's precompiles are installed in this process; EEST blocks would run with a different precompile set")

// outcome is what EXECUTE did with one block.
type outcome struct {
	// policy is the L2 policy sentinel the block's content calls for, nil if none.
	policy error
	// input is the EXECUTE input, nil when precompile.InputFromBlock refused the block.
	input []byte
	// gas is RequiredGas(input).
	gas     uint64
	verdict *precompile.Verdict
	// err is precompile.InputFromBlock's or Verify's error.
	err error
}

// Verify is the eest.Verifier of the precompile path: b becomes an EXECUTE input
// (precompile.InputFromBlock: claims, anchor and environment from b's header, b's
// transactions, the eest witness, the tip's state root as pre-state) that
// precompile.Execute.Verify judges under the fixture's config, and judge checks
// the result against b.Expected.
//
// The chain moves on to a block EXECUTE accepts with the block's own hash. A block
// the fixture says is valid but EXECUTE must refuse by L2 policy (withdrawals,
// blobs, ...) is crossed with eest.Stateless, the full-block stateless
// verification, so the blocks after it still reach EXECUTE, on a state the
// stateless executor computed rather than on the block's claim.
func Verify(ctx context.Context, b *eest.Block) eest.Judgement {
	if err := checkNotInstalled(b); err != nil {
		return eest.Judgement{Failure: fmt.Sprintf("block %d: %v", b.Index, err)}
	}
	j := judge(b, run(ctx, b))
	// A valid block met its expectation without EXECUTE accepting it: it was
	// refused by L2 policy, as it had to be.
	if j.Failure == "" && j.Next == nil && b.Expected == eest.ExpectValid {
		crossed := eest.Stateless(ctx, b)
		j.Failure, j.Next = crossed.Failure, crossed.Next
	}
	return j
}

// checkNotInstalled fails when EXECUTE or DERIVE is active under b's rules.
func checkNotInstalled(b *eest.Block) error {
	active := vm.ActivePrecompiledContracts(b.Config.Rules(b.Block.Number(), true, b.Block.Time()))
	for _, addr := range []common.Address{precompile.ExecuteAddress, precompile.DeriveAddress} {
		if p, ok := active[addr]; ok {
			return fmt.Errorf("%w: %s at %s (do not call precompile.Register in this process)", ErrPrecompileInstalled, p.Name(), addr)
		}
	}
	return nil
}

// run builds b's EXECUTE input and calls EXECUTE with L1StandIn(fixture config) as L1
// config and its chain id as the L2 chain id.
func run(ctx context.Context, b *eest.Block) outcome {
	chainID := b.Config.ChainID
	o := outcome{policy: bodyPolicy(b.Block, chainID)}
	if o.policy == nil {
		o.policy = balancePolicy(b)
	}
	if o.policy == nil {
		o.policy = systemContractPolicy(b)
	}
	in, err := precompile.InputFromBlock(b.Block, chainID.Uint64(), b.Tip.Root, b.Witness)
	if err != nil {
		o.err = err
		return o
	}
	exec := precompile.NewExecute(L1StandIn(b.Config))
	o.input = in.Encode()
	o.gas = exec.RequiredGas(o.input)
	o.verdict, o.err = exec.Verify(ctx, o.input)
	return o
}

// L1StandIn is the L1 config the corpus runs EXECUTE under: the fixture's fork
// schedule with another chain id, since an L2 may not use L1's (ErrL1ChainID).
// L2Config(L1StandIn(cfg), cfg.ChainID) is then the fixture's own config. The
// stateless benchmarks run EXECUTE on their blocks under it too.
func L1StandIn(cfg *params.ChainConfig) *params.ChainConfig {
	l1 := *cfg
	l1.ChainID = new(big.Int).Add(cfg.ChainID, common.Big1)
	return &l1
}

// judge checks o against b.Expected and returns the note naming the outcome kind,
// or the failure. Next is set only when EXECUTE accepted the fixture's block itself.
//
//   - valid, no forbidden feature: (true, the block's hash), charged
//     base + per byte + declared gas limit;
//   - valid with a forbidden feature, or any block with a forbidden feature in its
//     body: exactly the policy sentinel the block calls for;
//   - reject:tx and reject:block: a failure by a rule (a stateless consensus
//     sentinel), or false; or (true, another hash) when every field in which the
//     block differs from the executed one is a field EXECUTE derives instead of
//     reading it from its input, so the input describes another, valid block.
//     Never (true, the block's hash). Errors that leave the block undecided (missing witness data,
//     malformed input) are failures, as in package eest.
func judge(b *eest.Block, o outcome) eest.Judgement {
	at := fmt.Sprintf("block %d: fixture says %s, ", b.Index, b.Expected)
	if o.policy != nil {
		name := sentinelName(o.policy)
		note := fmt.Sprintf("%s: EXECUTE fails by %s", b.Expected, name)
		switch {
		case o.err == nil:
			return eest.Judgement{Failure: at + fmt.Sprintf("the block calls for %s, EXECUTE returned %s", name, show(o.verdict))}
		case !errors.Is(o.err, o.policy):
			return eest.Judgement{Note: note, Failure: at + fmt.Sprintf("the block calls for %s, EXECUTE failed with: %v", name, o.err)}
		}
		return eest.Judgement{Note: note}
	}
	if o.err != nil {
		name := sentinelName(o.err)
		note := fmt.Sprintf("%s: EXECUTE fails by %s", b.Expected, name)
		switch {
		case b.Expected == eest.ExpectValid:
			return eest.Judgement{Failure: at + fmt.Sprintf("EXECUTE failed: %v", o.err)}
		case !isRule(o.err):
			return eest.Judgement{Note: note, Failure: at + fmt.Sprintf("but EXECUTE could not judge it (%s): %v", name, o.err)}
		}
		return eest.Judgement{Note: note}
	}
	v, hash := o.verdict, b.Block.Hash()
	if b.Expected == eest.ExpectValid {
		want := precompile.ExecuteBaseGas + precompile.ExecutePerByteGas*uint64(len(o.input)) + precompile.ExecutePerL2GasGas*b.Block.GasLimit()
		switch {
		case !v.Valid || v.BlockHash != hash:
			return eest.Judgement{Failure: at + fmt.Sprintf("EXECUTE returned %s, want (true, %s); %s", show(v), hash, strings.Join(v.Mismatches(), "; "))}
		case o.gas != want:
			return eest.Judgement{Failure: at + fmt.Sprintf("RequiredGas is %d, want %d = %d + %d*%d bytes + %d*%d declared gas", o.gas, want,
				precompile.ExecuteBaseGas, precompile.ExecutePerByteGas, len(o.input), precompile.ExecutePerL2GasGas, b.Block.GasLimit())}
		}
		return eest.Judgement{Note: "valid: EXECUTE (true, block hash)", Next: v.Result.Header}
	}
	if !v.Valid {
		return eest.Judgement{Note: fmt.Sprintf("%s: EXECUTE false (%s)", b.Expected, strings.Join(claimNames(v), ", "))}
	}
	if v.BlockHash == hash {
		return eest.Judgement{Failure: at + fmt.Sprintf("EXECUTE returned (true, the block's hash %s)", hash)}
	}
	fields, ok := derivedDifference(b.Block.Header(), v.Result.Header)
	if !ok {
		return eest.Judgement{Failure: at + fmt.Sprintf("EXECUTE returned %s, and the block differs from the executed header in a field the input carries", show(v))}
	}
	return eest.Judgement{Note: fmt.Sprintf("%s: EXECUTE (true, another hash): %s derived, not an input", b.Expected, strings.Join(fields, ", "))}
}

// derivedFields are the header fields EXECUTE computes instead of reading them
// from its input (spec/execute.md, "Derived, never taken from the input", plus
// the roots and bloom execution and the transaction list determine). take copies
// the field from src to dst.
var derivedFields = []struct {
	name string
	take func(dst, src *types.Header)
}{
	{"sha3Uncles", func(d, s *types.Header) { d.UncleHash = s.UncleHash }},
	{"transactionsRoot", func(d, s *types.Header) { d.TxHash = s.TxHash }},
	{"logsBloom", func(d, s *types.Header) { d.Bloom = s.Bloom }},
	{"difficulty", func(d, s *types.Header) { d.Difficulty = s.Difficulty }},
	{"number", func(d, s *types.Header) { d.Number = s.Number }},
	{"nonce", func(d, s *types.Header) { d.Nonce = s.Nonce }},
	{"baseFeePerGas", func(d, s *types.Header) { d.BaseFee = s.BaseFee }},
	{"withdrawalsRoot", func(d, s *types.Header) { d.WithdrawalsHash = s.WithdrawalsHash }},
	{"blobGasUsed", func(d, s *types.Header) { d.BlobGasUsed = s.BlobGasUsed }},
	{"excessBlobGas", func(d, s *types.Header) { d.ExcessBlobGas = s.ExcessBlobGas }},
	{"requestsHash", func(d, s *types.Header) { d.RequestsHash = s.RequestsHash }},
}

// derivedDifference names the derived fields in which block differs from
// executed, compared by header hash so no field needs its own equality. ok
// reports whether taking all of them from executed gives executed's hash, that
// is, whether the headers agree on every field the input carries.
func derivedDifference(block, executed *types.Header) (fields []string, ok bool) {
	all := types.CopyHeader(block)
	for _, f := range derivedFields {
		one := types.CopyHeader(block)
		f.take(one, executed)
		if one.Hash() != block.Hash() {
			fields = append(fields, f.name)
		}
		f.take(all, executed)
	}
	return fields, len(fields) > 0 && all.Hash() == executed.Hash()
}

// claimNames names the claims a false verdict disproves.
func claimNames(v *precompile.Verdict) []string {
	var names []string
	if v.Result.StateRoot != v.Input.PostStateRoot {
		names = append(names, "postStateRoot")
	}
	if v.Result.ReceiptsRoot != v.Input.ReceiptsRoot {
		names = append(names, "receiptsRoot")
	}
	if v.Result.GasUsed != v.Input.GasUsed {
		names = append(names, "gasUsed")
	}
	return names
}

// isRule reports whether err is a failure by a rule: a stateless consensus
// sentinel. Everything else (missing witness data, a witness that does not fit,
// malformed input) leaves the block undecided.
func isRule(err error) bool {
	_, rejection := eest.SentinelName(err)
	return rejection
}

// sentinelName names the policy or stateless sentinel err wraps; policy
// sentinels are marked so the summary tells L2 policy from consensus rules.
func sentinelName(err error) string {
	for _, p := range policyNames {
		if errors.Is(err, p.err) {
			return p.name + " (L2 policy)"
		}
	}
	name, _ := eest.SentinelName(err)
	return name
}

func show(v *precompile.Verdict) string {
	return fmt.Sprintf("(%t, %s)", v.Valid, v.BlockHash)
}
