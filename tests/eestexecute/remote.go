package eestexecute

import (
	"bytes"
	"context"
	"fmt"

	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/tests/eest"
	"github.com/nativerollup/nr/tests/execute"
)

// Call is an EXECUTE implementation under test: its output for input, or an
// error; isFailure tells a failed call (the precompile refused the input) from
// an error that leaves the outcome unknown (transport, timeout).
type Call struct {
	Run       func(ctx context.Context, input []byte) ([]byte, error)
	IsFailure func(err error) bool
}

// Remote is the eest.Verifier of `nr conformance eest --via precompile --rpc`:
// each block becomes its EXECUTE input exactly as in Verify, and that input is
// sent to target (an eth_call to 0x…0101 on the node under test); the node's
// outcome must equal what ref, the in-process reference on the node's L1
// config (nr's pinned L1), computes for the same input: the same success or
// failure and, on success, the same output (valid, block hash). The chain moves
// on as in Verify, and a block Verify itself fails (the reference against the
// fixture) fails here too, so a case passes only when both agree.
//
// ref runs in this process, where nr's precompiles are not installed (the EEST
// reference chain needs go-ethereum's plain set): for the rare L2 block that
// touches 0x…0101 or 0x…0102 the node, which has them, may differ in warm
// access gas.
func Remote(target Call, ref *precompile.Execute) eest.Verifier {
	return func(ctx context.Context, b *eest.Block) eest.Judgement {
		j := Verify(ctx, b)
		in, err := precompile.InputFromBlock(b.Block, b.Config.ChainID.Uint64(), b.Tip.Root, b.Witness)
		if err != nil {
			// No input to send: the reference judgement alone decides.
			return j
		}
		input := in.Encode()
		want, wantErr := ref.Run(input)
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
