package execute

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/tests/report"
)

// Target is an EXECUTE implementation under test.
type Target interface {
	// Call runs EXECUTE on input: its output, or a non-nil error if the call failed.
	Call(ctx context.Context, input []byte) ([]byte, error)
	// CheckGas reports whether the target charges gas for input; nil if it does.
	CheckGas(ctx context.Context, v *Vector) error
}

// Reference is the in-process reference precompile.
type Reference struct{ Execute *precompile.Execute }

// Call runs the precompile.
func (r Reference) Call(_ context.Context, input []byte) ([]byte, error) { return r.Execute.Run(input) }

// CheckGas compares RequiredGas with the vector's gas.
func (r Reference) CheckGas(_ context.Context, v *Vector) error {
	if got := r.Execute.RequiredGas(v.Input); got != uint64(v.Gas) {
		return fmt.Errorf("RequiredGas %d, vector says %d", got, v.Gas)
	}
	return nil
}

// RPC calls EXECUTE on a node over JSON-RPC: eth_call to the precompile address
// for the outcome, eth_estimateGas for the price.
type RPC struct {
	Client *rpc.Client
	// Rules are the node's L1 rules, for the intrinsic gas of the estimate.
	Rules params.Rules
	// Timeout bounds each JSON-RPC call (0: only ctx bounds it), so a node that
	// accepts a connection and never answers fails the vector instead of hanging.
	Timeout time.Duration
}

// callContext is ctx bounded by the RPC's per-call timeout.
func (r RPC) callContext(ctx context.Context) (context.Context, context.CancelFunc) {
	if r.Timeout <= 0 {
		return context.WithCancel(ctx)
	}
	return context.WithTimeout(ctx, r.Timeout)
}

// timeoutHint explains a call that ran out of time.
func (r RPC) timeoutHint(err error) error {
	if errors.Is(err, context.DeadlineExceeded) && r.Timeout > 0 {
		return fmt.Errorf("%w (no answer within --timeout %v: is the node stuck, or does it need longer for this input?)", err, r.Timeout)
	}
	return err
}

type callArgs struct {
	To   common.Address `json:"to"`
	Data hexutil.Bytes  `json:"data"`
}

// errCallFailed marks an eth_call that returned a JSON-RPC error: the call failed.
var errCallFailed = errors.New("eth_call failed")

// IsCallFailure reports whether err from RPC.Call is the precompile call
// failing (a JSON-RPC error answer), not a transport problem or a timeout.
func IsCallFailure(err error) bool { return errors.Is(err, errCallFailed) }

// Call sends eth_call; a JSON-RPC error means the precompile call failed, a
// transport error is returned as such.
func (r RPC) Call(ctx context.Context, input []byte) ([]byte, error) {
	var out hexutil.Bytes
	ctx, cancel := r.callContext(ctx)
	defer cancel()
	err := r.Client.CallContext(ctx, &out, "eth_call", callArgs{To: precompile.ExecuteAddress, Data: input}, "latest")
	var rpcErr rpc.Error
	if errors.As(err, &rpcErr) {
		return nil, fmt.Errorf("%w: %v", errCallFailed, err)
	}
	if err != nil {
		return nil, r.timeoutHint(err)
	}
	return out, nil
}

// estimateTolerancePermille is how far above the exact gas an estimate may be:
// go-ethereum's estimator stops its binary search within 1.5% of the answer.
const estimateTolerancePermille = 15

// What a node needs to run every vector over JSON-RPC (spec/conformance.md,
// "Running"): the largest inputs are MaxInputSize bytes, twice that in hex, and
// the largest call (valid-input-max-size) needs about 84M gas, above
// go-ethereum's defaults (a 5 MiB HTTP body, a 50M eth_call gas cap).
const (
	// RPCBodyLimit is an HTTP request body limit that fits eth_call of a
	// MaxInputSize input.
	RPCBodyLimit = 2*precompile.MaxInputSize + 1<<20
	// RPCGasCap is an eth_call gas cap that fits every vector's call.
	RPCGasCap = 1 << 27
)

// CheckGas asks eth_estimateGas for a direct transaction to the precompile and
// compares it with the intrinsic gas of that transaction plus the vector's gas.
// Failing vectors have no estimate (the call fails at any gas), and neither has
// a call that needs more gas than an Osaka transaction may carry (EIP-7825's
// 2^24): the estimator searches only up to that cap.
func (r RPC) CheckGas(ctx context.Context, v *Vector) error {
	if !v.Success {
		return nil
	}
	want, err := directCallGas(r.Rules, v.Input, uint64(v.Gas))
	if err != nil {
		return err
	}
	if r.Rules.IsOsaka && !r.Rules.IsAmsterdam && want > params.MaxTxGas {
		return nil
	}
	var got hexutil.Uint64
	ctx, cancel := r.callContext(ctx)
	defer cancel()
	if err := r.Client.CallContext(ctx, &got, "eth_estimateGas", callArgs{To: precompile.ExecuteAddress, Data: v.Input}); err != nil {
		return fmt.Errorf("eth_estimateGas: %w", r.timeoutHint(err))
	}
	if uint64(got) < want || uint64(got) > want+want*estimateTolerancePermille/1000 {
		return fmt.Errorf("eth_estimateGas %d, want %d (intrinsic gas + RequiredGas %d) to %d (+%d‰ estimator slack)",
			got, want, v.Gas, want+want*estimateTolerancePermille/1000, estimateTolerancePermille)
	}
	return nil
}

// DirectCallGas is the gas a transaction calling EXECUTE with input needs on
// nr's pinned L1 (Osaka rules), gas being RequiredGas(input).
func DirectCallGas(input []byte, gas uint64) (uint64, error) {
	return directCallGas(l2.L1Config().Rules(common.Big1, true, 0), input, gas)
}

// directCallGas is the gas a transaction calling the precompile with input uses:
// intrinsic gas plus the precompile's gas, or the EIP-7623 calldata floor if higher.
func directCallGas(rules params.Rules, input []byte, gas uint64) (uint64, error) {
	to := precompile.ExecuteAddress
	intrinsic, err := core.IntrinsicGas(input, nil, nil, common.Address{}, &to, nil, rules)
	if err != nil {
		return 0, err
	}
	floor, err := core.FloorDataGas(rules, common.Address{}, &to, nil, input, nil)
	if err != nil {
		return 0, err
	}
	return max(intrinsic+gas, floor), nil
}

// Check runs one vector on target and returns its report case. A failure says
// the vector's intent, what was sent, what came back and what was expected, with
// EXECUTE's output decoded (DescribeOutput).
func Check(ctx context.Context, target Target, v *Vector) report.Case {
	start := time.Now()
	c := report.Case{Name: v.Name, Fork: "Osaka", Group: v.Kind}
	if failure := check(ctx, target, v); failure != nil {
		c.Failure = fmt.Sprintf("%v; intent: %s; sent: %s; want: %s", failure, v.Description, describeInput(v.Input), describeWant(v))
	}
	c.Duration = time.Since(start)
	return c
}

func check(ctx context.Context, target Target, v *Vector) error {
	out, err := target.Call(ctx, v.Input)
	switch {
	case err != nil && !errors.Is(err, errCallFailed) && !isReference(target):
		return fmt.Errorf("could not call the target: %w", err)
	case v.Success && err != nil:
		return fmt.Errorf("got: failure (%v)", err)
	case !v.Success && err == nil:
		return fmt.Errorf("got: success, %s", DescribeOutput(out))
	case v.Success && !bytes.Equal(out, v.Output):
		return fmt.Errorf("got: success, %s", DescribeOutput(out))
	}
	if err := target.CheckGas(ctx, v); err != nil {
		return fmt.Errorf("got: the expected outcome, but gas: %w", err)
	}
	return nil
}

// describeInput is what a vector sends: EXECUTE's address and the input's size and hash.
func describeInput(input []byte) string {
	return fmt.Sprintf("EXECUTE (%s) with a %d-byte input (keccak256 %s)", precompile.ExecuteAddress.Hex(), len(input), crypto.Keccak256Hash(input).Hex())
}

// describeWant is a vector's expectation in DescribeOutput's terms.
func describeWant(v *Vector) string {
	if !v.Success {
		return fmt.Sprintf("failure (the reference fails with %q; any failure passes)", v.Error)
	}
	return fmt.Sprintf("success, %s, gas %d", DescribeOutput(v.Output), uint64(v.Gas))
}

// DescribeOutput decodes EXECUTE's return data, abi.encode(bool valid, bytes32
// blockHash): "valid=true blockHash=0x…", or the raw bytes when they are not
// that encoding.
func DescribeOutput(out []byte) string {
	if len(out) == 64 {
		word := out[:32]
		if bytes.Equal(word[:31], make([]byte, 31)) && word[31] <= 1 {
			return fmt.Sprintf("valid=%t blockHash=%s", word[31] == 1, common.BytesToHash(out[32:]).Hex())
		}
	}
	if len(out) == 0 {
		return "empty return data (0x), not abi.encode(bool, bytes32)"
	}
	return fmt.Sprintf("0x%x (%d bytes, not abi.encode(bool, bytes32))", out, len(out))
}

// isReference reports whether target is the in-process reference, every error of
// which is a call failure (over RPC, only errCallFailed is).
func isReference(target Target) bool {
	_, ok := target.(Reference)
	return ok
}
