package validator

import (
	"context"
	"errors"
	"strings"

	"github.com/ethereum/go-ethereum/params"
	"github.com/nativerollup/nr/precompile"
)

// ReexecSystem is the System of re-execution verdicts.
const ReexecSystem = "reexec"

// ReexecVerifier decides a call by running EXECUTE itself: the precompile's
// own code (precompile.Execute.VerifyDecoded: stateless.Execute and the
// claims, on the input the precheck decoded with Execute.Decode), on the L1
// config the precompile runs with. It needs no proof and no trust.
type ReexecVerifier struct {
	exec *precompile.Execute
}

// NewReexecVerifier re-executes as EXECUTE on an L1 running config l1.
func NewReexecVerifier(l1 *params.ChainConfig) *ReexecVerifier {
	return &ReexecVerifier{exec: precompile.NewExecute(l1)}
}

// Verify implements Verifier: it is Agree iff EXECUTE gives the same success
// flag and, on success, the same 64 output bytes as L1 returned.
func (r *ReexecVerifier) Verify(ctx context.Context, call *Call, d *precompile.Decoded) Verdict {
	if err := ctx.Err(); err != nil {
		return Verdict{Result: Unverified, Reason: "re-execution not started: " + err.Error(), Err: err, System: ReexecSystem}
	}
	if d == nil {
		return Verdict{Result: Unverified, Reason: "not prechecked: decode the input with Precheck first", Err: errNotPrechecked, System: ReexecSystem}
	}
	v, err := r.exec.VerifyDecoded(ctx, d)
	if err != nil && ctx.Err() != nil && (errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, ctx.Err())) {
		return Verdict{Result: Unverified, Reason: "re-execution stopped: " + ctx.Err().Error(), Err: ctx.Err(), System: ReexecSystem}
	}
	exp := Outcome{}
	reason := ""
	if err != nil {
		reason = "EXECUTE fails: " + err.Error() + "; "
	} else {
		exp = Outcome{Success: true, Output: v.Output()}
		if m := v.Mismatches(); len(m) > 0 {
			reason = "claims not reached: " + strings.Join(m, ", ") + "; "
		}
	}
	res, why := judge(call, exp)
	return Verdict{Result: res, Reason: reason + why, Err: err, Expected: &exp, System: ReexecSystem}
}
