package validator

import (
	"context"
	"sync"

	"github.com/ethereum/go-ethereum/params"
)

// ProofVerifiers builds one ProofVerifier per prover of the policy, each
// reading its proofs from source(prover) (the daemon's HTTP or directory
// client for Prover.Source).
func (p *Policy) ProofVerifiers(l1 *params.ChainConfig, source func(Prover) ProofSource) []*ProofVerifier {
	out := make([]*ProofVerifier, len(p.Provers))
	for i, pr := range p.Provers {
		out[i] = &ProofVerifier{Prover: pr.ID, System: pr.System, L1: l1, Checker: pr.Checker, Source: source(pr)}
	}
	return out
}

// Judge decides one call as the policy says, end to end: the precheck; in
// proofs and hybrid modes every prover's verifier concurrently, each bounded
// by ProofTimeout; Decide; then, if the decision asks for re-execution and
// budget (the call's L1 block's) takes the input's gas limit, re-execution
// and Decide again. It returns the decision and every verdict it used, for
// the daemon's records. The daemon calls it for the calls of one L1 block
// in order, with one budget per block.
func Judge(ctx context.Context, p *Policy, l1 *params.ChainConfig, call *Call, provers []*ProofVerifier, reexec Verifier, budget *ReexecBudget) (Decision, []Verdict) {
	d, pre := PrecheckVerdict(l1, call)
	if pre != nil {
		return Decide(p, pre, nil, nil), []Verdict{*pre}
	}
	var proofs []Verdict
	if p.Mode != ModeReexec && len(provers) > 0 {
		proofs = make([]Verdict, len(provers))
		pctx, cancel := context.WithTimeout(ctx, p.ProofTimeout)
		var wg sync.WaitGroup
		for i, v := range provers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				proofs[i] = v.Verify(pctx, call)
			}()
		}
		wg.Wait()
		cancel()
	}
	decision := Decide(p, nil, proofs, nil)
	if !decision.NeedReexec || reexec == nil {
		return decision, proofs
	}
	if !budget.Take(d.Input.GasLimit) {
		skipped := Verdict{Result: Unverified, System: ReexecSystem,
			Reason: "over the re-execution gas cap of this L1 block (reexec.gas_cap)"}
		return Decide(p, nil, proofs, &skipped), append(proofs, skipped)
	}
	rv := reexec.Verify(ctx, call)
	return Decide(p, nil, proofs, &rv), append(proofs, rv)
}
