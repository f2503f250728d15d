package validator

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
)

// Mode is how the validator decides calls.
type Mode string

const (
	// ModeReexec re-executes every call (within the gas cap).
	ModeReexec Mode = "reexec"
	// ModeProofs accepts k proofs from k distinct proof systems and never
	// re-executes.
	ModeProofs Mode = "proofs"
	// ModeHybrid uses proofs, and re-executes (within the gas cap) the calls
	// proofs do not decide.
	ModeHybrid Mode = "hybrid"
)

// OnDisagreement is what the operator wants when L1 and the validator differ.
type OnDisagreement string

const (
	// DisagreeHalt: stop following and raise the alarm (Decision.Alarm = AlarmHalt).
	DisagreeHalt OnDisagreement = "halt"
	// DisagreeAlert: raise the alarm and keep following.
	DisagreeAlert OnDisagreement = "alert"
	// DisagreePreferReexec: a disagreement found by proofs is re-executed
	// before any alarm, and re-execution's verdict is final; then alert.
	DisagreePreferReexec OnDisagreement = "prefer-reexec"
)

// Alarm is what the daemon does with a decision.
type Alarm string

const (
	AlarmNone  Alarm = ""
	AlarmAlert Alarm = "alert"
	AlarmHalt  Alarm = "halt"
)

// Prover is one of the n provers the operator trusts.
type Prover struct {
	ID string
	// System is the proof system: two provers with the same System count
	// once toward k (the same soundness bug would fool both).
	System string
	// Checker verifies this prover's proofs (SP1Checker, AttestationChecker).
	Checker ProofChecker
	// Source is where its proofs come from (an HTTP endpoint or a
	// directory); the daemon interprets it.
	Source string
}

// MetricName is a prover id as metric names carry it
// (nr_validator_proof_latency_<name>): Prometheus names allow letters,
// digits and '_' only, so every other byte ('.' and '-' in a valid id)
// reads as '_'. Distinct ids can share a name (a.b, a-b, a_b): LoadConfig
// refuses such a pair, so each prover has its own metric.
func MetricName(id string) string {
	b := []byte(id)
	for i, c := range b {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			b[i] = '_'
		}
	}
	return string(b)
}

// Policy is the operator's decision rule (spec/validator.md, "Policy").
type Policy struct {
	Mode Mode
	// K is how many distinct proof systems must derive the same outcome.
	K       int
	Provers []Prover
	// ReexecGasCap bounds the declared L2 gas (the inputs' gasLimit) the
	// validator re-executes per L1 block.
	ReexecGasCap   uint64
	ProofTimeout   time.Duration
	OnDisagreement OnDisagreement
}

// Decision is the validator's answer for one call.
type Decision struct {
	Result Result
	Reason string
	Alarm  Alarm
	// NeedReexec asks the caller to re-execute (if the gas budget allows)
	// and call Decide again with the verdict.
	NeedReexec bool
	// Systems are the proof systems whose proofs decided the result.
	Systems []string
	// Ignored lists the proofs that did not count and why ("prover: why").
	Ignored []string
	// Conflict: verified evidence derived different outcomes. Some proof
	// system (or re-execution) is unsound; always alarmed.
	Conflict bool
}

// ReexecBudget is the re-execution gas left in one L1 block.
type ReexecBudget struct {
	Cap, Used uint64
}

// Take reserves gasLimit (an input's declared L2 gas limit) and reports
// whether it fits under the cap; a call that does not fit takes nothing. A nil
// budget bounds nothing (a caller without a per-block cap), rather than panic.
func (b *ReexecBudget) Take(gasLimit uint64) bool {
	if b == nil {
		return true
	}
	if gasLimit > b.Cap || b.Used > b.Cap-gasLimit {
		return false
	}
	b.Used += gasLimit
	return true
}

// Decide combines the verdicts about one call into the validator's decision.
// It is a pure function of its arguments:
//
//   - pre is PrecheckVerdict's verdict, nil when the input passes the checks
//     before execution; a non-nil pre decides alone (it is EXECUTE's code);
//   - proofs are the ProofVerifiers' verdicts, any order, duplicates allowed;
//   - reexec is the re-execution verdict, nil when not run.
//
// k-of-n: a verdict counts only if its prover is in the policy with that
// system and it derived an outcome; each prover counts at most once (a prover
// deriving two outcomes is ignored); a proof system deriving two outcomes is
// unsound and ignored (Conflict); an outcome is established when K distinct
// systems derived it. Two established outcomes are a Conflict, decided by
// re-execution if it ran or can run.
func Decide(p *Policy, pre *Verdict, proofs []Verdict, reexec *Verdict) Decision {
	if pre != nil {
		return p.final(Decision{Result: pre.Result, Reason: pre.Reason}, true)
	}
	if p.Mode == ModeReexec {
		if reexec == nil {
			return Decision{Result: Unverified, Reason: "awaiting re-execution", NeedReexec: true}
		}
		return p.final(Decision{Result: reexec.Result, Reason: "re-execution: " + reexec.Reason}, true)
	}
	t := p.tally(proofs)
	d := Decision{Ignored: t.ignored, Conflict: t.conflict}
	switch len(t.established) {
	case 0:
		d.Result, d.Reason = Unverified, t.shortfall(p.K)
	case 1:
		e := t.established[0]
		d.Result, d.Systems = e.result, e.systems
		d.Reason = fmt.Sprintf("%d distinct proof systems (%s) derived %s: %s", len(e.systems), strings.Join(e.systems, ", "), e.outcome, e.reason)
	default:
		d.Conflict = true
		d.Result = Unverified
		var parts []string
		for _, e := range t.established {
			parts = append(parts, fmt.Sprintf("%s by %s", e.outcome, strings.Join(e.systems, ", ")))
		}
		d.Reason = "proof systems established different outcomes: " + strings.Join(parts, "; ")
	}
	// hybrid re-executes what the proofs leave undecided; proofs mode only
	// re-executes, under prefer-reexec, a disagreement the proofs
	// established (spec/validator.md, Policy 5-7).
	canReexec := p.Mode == ModeHybrid || (p.OnDisagreement == DisagreePreferReexec && d.Result == Disagree)
	if canReexec && reexec != nil && reexec.Result != Unverified {
		// Re-execution ran (asked for, or by the operator's choice): it is final.
		proofResult := d.Result
		d.Result, d.Systems = reexec.Result, nil
		d.Reason = "re-execution: " + reexec.Reason + " (proofs: " + d.Reason + ")"
		if proofResult != Unverified && proofResult != reexec.Result {
			d.Conflict = true
		}
		return p.final(d, true)
	}
	wantReexec := d.Result == Unverified || (d.Result == Disagree && p.OnDisagreement == DisagreePreferReexec)
	if !canReexec || !wantReexec {
		return p.final(d, false)
	}
	if reexec == nil {
		d.NeedReexec = true
		if d.Result == Disagree {
			d.Reason += "; confirming by re-execution before alarming (prefer-reexec)"
			d.Result, d.Systems = Unverified, nil
		}
		if d.Conflict {
			d.Alarm = AlarmAlert
		}
		return d
	}
	d.Reason += "; re-execution did not decide: " + reexec.Reason
	return p.final(d, false)
}

// final sets the alarm: a disagreement alarms as the policy says (halt or
// alert; prefer-reexec alerts once re-execution or the precheck confirmed it,
// or when it could not run); a conflict always alerts at least.
func (p *Policy) final(d Decision, confirmed bool) Decision {
	if d.Result == Disagree {
		switch p.OnDisagreement {
		case DisagreeHalt:
			d.Alarm = AlarmHalt
		default:
			d.Alarm = AlarmAlert
			if p.OnDisagreement == DisagreePreferReexec && !confirmed {
				d.Reason += "; not confirmed by re-execution"
			}
		}
	}
	if d.Conflict && d.Alarm == AlarmNone {
		d.Alarm = AlarmAlert
	}
	return d
}

type established struct {
	outcome Outcome
	result  Result
	reason  string
	systems []string
}

type tally struct {
	established []established
	best        int // most systems behind one outcome
	ignored     []string
	conflict    bool
}

func (t *tally) shortfall(k int) string {
	return fmt.Sprintf("%d of the %d distinct proof systems needed derived one outcome", t.best, k)
}

func outcomeKey(o *Outcome) string { return fmt.Sprintf("%t/%x", o.Success, o.Output) }

// tally applies the k-of-n counting rules to proof verdicts.
func (p *Policy) tally(verdicts []Verdict) tally {
	var t tally
	systemOf := map[string]string{}
	for _, pr := range p.Provers {
		systemOf[pr.ID] = pr.System
	}
	// One outcome per prover.
	type claim struct {
		outcome Outcome
		result  Result
		reason  string
	}
	perProver := map[string]*claim{}
	equivocating := map[string]bool{}
	var order []string
	for _, v := range verdicts {
		sys, ok := systemOf[v.Prover]
		switch {
		case !ok:
			t.ignored = append(t.ignored, fmt.Sprintf("%s: not a prover of the policy", v.Prover))
			continue
		case v.System != sys:
			t.ignored = append(t.ignored, fmt.Sprintf("%s: proof system %q, the policy says %q", v.Prover, v.System, sys))
			continue
		case v.Result == Unverified || v.Expected == nil:
			t.ignored = append(t.ignored, fmt.Sprintf("%s: %s", v.Prover, v.Reason))
			continue
		}
		c, seen := perProver[v.Prover]
		if !seen {
			perProver[v.Prover] = &claim{outcome: *v.Expected, result: v.Result, reason: v.Reason}
			order = append(order, v.Prover)
			continue
		}
		if outcomeKey(&c.outcome) != outcomeKey(v.Expected) {
			equivocating[v.Prover] = true
		}
	}
	// Group provers' outcomes by system; a system behind two outcomes is unsound.
	bySystem := map[string]map[string]*claim{}
	for _, id := range order {
		if equivocating[id] {
			t.ignored = append(t.ignored, fmt.Sprintf("%s: derived two different outcomes for one call; not counted", id))
			t.conflict = true
			continue
		}
		sys := systemOf[id]
		if bySystem[sys] == nil {
			bySystem[sys] = map[string]*claim{}
		}
		c := perProver[id]
		bySystem[sys][outcomeKey(&c.outcome)] = c
	}
	groups := map[string]*established{}
	for sys, outs := range bySystem {
		if len(outs) > 1 {
			t.ignored = append(t.ignored, fmt.Sprintf("system %s: its provers derived %d different outcomes; the system is not counted", sys, len(outs)))
			t.conflict = true
			continue
		}
		for key, c := range outs {
			g := groups[key]
			if g == nil {
				g = &established{outcome: c.outcome, result: c.result, reason: c.reason}
				groups[key] = g
			}
			g.systems = append(g.systems, sys)
		}
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		g := groups[k]
		slices.Sort(g.systems)
		t.best = max(t.best, len(g.systems))
		if p.K > 0 && len(g.systems) >= p.K {
			t.established = append(t.established, *g)
		}
	}
	sort.Strings(t.ignored)
	return t
}
