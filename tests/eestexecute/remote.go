package eestexecute

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/tests/eest"
	"github.com/nativerollup/nr/tests/execute"
)

// Call is an EXECUTE implementation under test: its output for input, or an
// error; isFailure tells a failed call (the precompile refused the input) from
// an error that leaves the outcome unknown (transport, timeout). GasCap, if
// non-zero, is the most gas a call to it may need (the node's eth_call gas cap):
// an input whose call needs more is not sent, and the block is noted.
type Call struct {
	Run       func(ctx context.Context, input []byte) ([]byte, error)
	IsFailure func(err error) bool
	GasCap    uint64
}

// Reference computes the expected outcome of an input.
type Reference func(ctx context.Context, input []byte) ([]byte, error)

// Remote is the eest.Verifier of `nr conformance eest --via precompile --rpc`:
// each block becomes its EXECUTE input exactly as in Verify, and that input is
// sent to target (an eth_call to 0x…0101 on the node under test); the node's
// outcome must equal what ref, the in-process reference on the node's L1
// config (nr's pinned L1), computes for the same input: the same success or
// failure and, on success, the same output (valid, block hash). The chain moves
// on as in Verify, and a block Verify itself fails (the reference against the
// fixture) fails here too, so a case passes only when both agree.
//
// ref must run with nr's precompiles installed, as on the node (an L2 block
// that calls 0x…0101 or 0x…0102 finds them there, warm), which this process
// cannot do (the EEST reference chain needs go-ethereum's plain set): nr runs
// it in a child process (`nr conformance reference`).
func Remote(target Call, ref Reference) eest.Verifier {
	return func(ctx context.Context, b *eest.Block) eest.Judgement {
		j := Verify(ctx, b)
		in, err := precompile.InputFromBlock(b.Block, b.Config.ChainID.Uint64(), b.Tip.Root, b.Witness)
		if err != nil {
			// No input to send: the reference judgement alone decides.
			return j
		}
		input := in.Encode()
		if target.GasCap > 0 {
			need := precompile.RequiredGas(input)
			if call, err := execute.DirectCallGas(input, need); err != nil || call > target.GasCap {
				j.Note += fmt.Sprintf(" (not sent to the node: the call needs over %d gas, its eth_call gas cap)", target.GasCap)
				return j
			}
		}
		want, wantErr := ref(ctx, input)
		if wantErr != nil && !errors.Is(wantErr, ErrReferenceFailed) {
			j.Failure = fmt.Sprintf("block %d: the reference could not run: %v", b.Index, wantErr)
			return j
		}
		got, gotErr := target.Run(ctx, input)
		at := fmt.Sprintf("block %d: sent EXECUTE a %d-byte input", b.Index, len(input))
		var failure string
		switch {
		case gotErr != nil && !target.IsFailure(gotErr):
			failure = fmt.Sprintf("%s; could not call the node: %v", at, gotErr)
		case wantErr != nil && gotErr == nil:
			failure = fmt.Sprintf("%s; got: success, %s; want: failure (the reference fails with %v)", at, execute.DescribeOutput(got), wantErr)
		case wantErr == nil && gotErr != nil:
			failure = fmt.Sprintf("%s; got: failure (%v); want: success, %s", at, gotErr, execute.DescribeOutput(want))
		case wantErr == nil && !bytes.Equal(got, want):
			failure = fmt.Sprintf("%s; got: success, %s; want: success, %s", at, execute.DescribeOutput(got), execute.DescribeOutput(want))
		}
		switch {
		case failure != "" && j.Failure != "":
			j.Failure = failure + "; and the reference: " + j.Failure
		case failure != "":
			j.Failure = failure
		}
		return j // the note, the reference's outcome, is the node's too when they agree
	}
}

// ErrReferenceFailed wraps a Reference's error when EXECUTE failed on the input
// (any other error means the reference could not run).
var ErrReferenceFailed = errors.New("EXECUTE fails")

// InProcess is a Reference running ex in this process, for callers whose
// process has the precompile set the node has.
func InProcess(ex *precompile.Execute) Reference {
	return func(_ context.Context, input []byte) ([]byte, error) {
		out, err := ex.Run(input)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrReferenceFailed, err)
		}
		return out, nil
	}
}
