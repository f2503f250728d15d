package validator

import (
	"context"

	"github.com/ethereum/go-ethereum/params"

	"github.com/nativerollup/nr/precompile"
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

// Judge decides one call as the policy says, end to end: Prejudge (the
// precheck, the proofs, Decide); then, if the decision asks for re-execution
// and budget (the call's L1 block's) takes the input's gas limit,
// re-execution and Decide again. It returns the decision and every verdict
// it used, for the daemon's records. Judge run on the calls of one L1 block
// in order, with one budget per block, is the outcome the daemon gives.
func Judge(ctx context.Context, p *Policy, l1 *params.ChainConfig, call *Call, provers []*ProofVerifier, reexec Verifier, budget *ReexecBudget) (Decision, []Verdict) {
	decision, proofs, d := Prejudge(ctx, p, l1, call, provers)
	if !decision.NeedReexec || reexec == nil {
		return decision, proofs
	}
	if !budget.Take(d.Input.GasLimit) {
		skipped := OverBudget()
		return Decide(p, nil, proofs, &skipped), append(proofs, skipped)
	}
	rv := reexec.Verify(ctx, call, d)
	return Decide(p, nil, proofs, &rv), append(proofs, rv)
}

// Prejudge is Judge up to re-execution: the precheck; in proofs and hybrid
// modes every prover's verifier concurrently, each bounded by ProofTimeout,
// no longer than until the proofs received settle the outcome
// (gatherProofs); Decide. It also returns the input as the precheck decoded
// it (nil when the precheck decided the call), which re-execution runs: the
// daemon takes the budget and schedules re-executions per L1 block itself.
func Prejudge(ctx context.Context, p *Policy, l1 *params.ChainConfig, call *Call, provers []*ProofVerifier) (Decision, []Verdict, *precompile.Decoded) {
	d, pre := PrecheckVerdict(l1, call)
	if pre != nil {
		return Decide(p, pre, nil, nil), []Verdict{*pre}, nil
	}
	var proofs []Verdict
	if p.Mode != ModeReexec && len(provers) > 0 {
		proofs = gatherProofs(ctx, p, call, d, provers)
	}
	return Decide(p, nil, proofs, nil), proofs, d
}

// OverBudget is the re-execution verdict of a call whose gas limit the L1
// block's ReexecBudget does not take.
func OverBudget() Verdict {
	return Verdict{Result: Unverified, System: ReexecSystem,
		Reason: "over the re-execution gas cap of this L1 block (reexec.gas_cap)"}
}

type indexedVerdict struct {
	i int
	v Verdict
}

// gatherProofs runs every prover's verifier concurrently under ProofTimeout
// and returns their verdicts in prover order, as soon as the verdicts
// received settle the outcome (Policy.settled): the provers still pending
// then get an unverified verdict saying they were not awaited.
func gatherProofs(ctx context.Context, p *Policy, call *Call, d *precompile.Decoded, provers []*ProofVerifier) []Verdict {
	pctx, cancel := context.WithTimeout(ctx, p.ProofTimeout)
	defer cancel()
	ch := make(chan indexedVerdict, len(provers)) // buffered: no sender blocks after we stop reading
	for i, v := range provers {
		go func() { ch <- indexedVerdict{i, v.Verify(pctx, call, d)} }()
	}
	proofs := make([]Verdict, len(provers))
	pending := make(map[int]bool, len(provers))
	for i := range provers {
		pending[i] = true
	}
	var got []Verdict
	for len(pending) > 0 {
		r := <-ch
		proofs[r.i] = r.v
		delete(pending, r.i)
		got = append(got, r.v)
		if len(pending) > 0 && p.settled(got, provers, pending) {
			break
		}
	}
	for i := range pending {
		proofs[i] = Verdict{Result: Unverified, Prover: provers[i].Prover, System: provers[i].System,
			Reason: "not awaited: the proofs received had settled the outcome"}
	}
	return proofs
}

// settled reports whether no verdict of the pending provers can change what
// the verdicts received establish: exactly one outcome is established by K
// distinct systems; at least K of them have no pending prover (a pending
// prover deriving another outcome would make its system unsound and
// uncounted); and fewer than K systems outside them could still derive an
// outcome (one with a pending prover, or one that derived an outcome), so no
// second outcome can be established (a conflict).
func (p *Policy) settled(got []Verdict, provers []*ProofVerifier, pending map[int]bool) bool {
	t := p.tally(got)
	if len(t.established) != 1 {
		return false
	}
	systemOf := map[string]string{}
	for _, pr := range p.Provers {
		systemOf[pr.ID] = pr.System
	}
	pendingSys := map[string]bool{}
	for i := range pending {
		pendingSys[systemOf[provers[i].Prover]] = true
	}
	in := map[string]bool{}
	keep := 0
	for _, s := range t.established[0].systems {
		in[s] = true
		if !pendingSys[s] {
			keep++
		}
	}
	if keep < p.K {
		return false
	}
	others := map[string]bool{}
	for s := range pendingSys {
		if !in[s] {
			others[s] = true
		}
	}
	for _, v := range got {
		if s, ok := systemOf[v.Prover]; ok && !in[s] && v.Result != Unverified && v.Expected != nil {
			others[s] = true
		}
	}
	return len(others) < p.K
}
