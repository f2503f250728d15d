package validator

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"
)

// Outcomes for the k-of-n tables: L1 returned onchain; other and third are
// what a disagreeing system might derive instead.
var (
	onchain = Outcome{Success: true, Output: append(make([]byte, 31), 1)}
	other   = Outcome{Success: true, Output: append(make([]byte, 31), 2)}
	third   = Outcome{Success: false}
)

func agree(prover, system string) Verdict {
	o := onchain
	return Verdict{Result: Agree, Expected: &o, Prover: prover, System: system, Reason: "as derived"}
}

func disagree(prover, system string, o Outcome) Verdict {
	return Verdict{Result: Disagree, Expected: &o, Prover: prover, System: system, Reason: "L1 differs"}
}

func faulty(prover, system, why string) Verdict {
	return Verdict{Result: Unverified, Prover: prover, System: system, Reason: why}
}

// testPolicy: provers a1 and a2 share system A; b, c, d are systems B, C, D.
func testPolicy(mode Mode, k int, on OnDisagreement) *Policy {
	return &Policy{Mode: mode, K: k, OnDisagreement: on, ReexecGasCap: 1 << 30, Provers: []Prover{
		{ID: "a1", System: "A"}, {ID: "a2", System: "A"}, {ID: "b", System: "B"}, {ID: "c", System: "C"}, {ID: "d", System: "D"},
	}}
}

func reexecVerdict(r Result) *Verdict {
	return &Verdict{Result: r, System: ReexecSystem, Reason: "re-executed"}
}

// TestDecide is the k-of-n table: distinct systems, one count per prover,
// duplicates, same-system and faulty proofs, equivocation, unsound systems,
// conflicting established outcomes, fallback to re-execution, and the
// disagreement actions.
func TestDecide(t *testing.T) {
	cases := []struct {
		name     string
		policy   *Policy
		pre      *Verdict
		proofs   []Verdict
		reexec   *Verdict
		result   Result
		alarm    Alarm
		need     bool
		conflict bool
		systems  []string
		ignored  int
	}{
		{name: "k=2: two systems agree", policy: testPolicy(ModeProofs, 2, DisagreeHalt),
			proofs: []Verdict{agree("a1", "A"), agree("b", "B")}, result: Agree, systems: []string{"A", "B"}},
		{name: "k=1: one proof", policy: testPolicy(ModeProofs, 1, DisagreeHalt),
			proofs: []Verdict{agree("c", "C")}, result: Agree, systems: []string{"C"}},
		{name: "duplicate proofs of one prover count once", policy: testPolicy(ModeProofs, 2, DisagreeHalt),
			proofs: []Verdict{agree("b", "B"), agree("b", "B"), agree("b", "B")}, result: Unverified},
		{name: "two provers of one system count once", policy: testPolicy(ModeProofs, 2, DisagreeHalt),
			proofs: []Verdict{agree("a1", "A"), agree("a2", "A")}, result: Unverified},
		{name: "faulty proofs are not counted", policy: testPolicy(ModeProofs, 2, DisagreeHalt),
			proofs: []Verdict{agree("a1", "A"), faulty("b", "B", "pairing failed"), faulty("c", "C", "timeout")},
			result: Unverified, ignored: 2},
		{name: "faulty and valid from distinct systems", policy: testPolicy(ModeProofs, 2, DisagreeHalt),
			proofs: []Verdict{faulty("a2", "A", "root mismatch"), agree("a1", "A"), agree("d", "D")},
			result: Agree, systems: []string{"A", "D"}, ignored: 1},
		{name: "unknown prover ignored", policy: testPolicy(ModeProofs, 2, DisagreeHalt),
			proofs: []Verdict{agree("a1", "A"), agree("mallory", "B")}, result: Unverified, ignored: 1},
		{name: "prover claiming another system ignored", policy: testPolicy(ModeProofs, 2, DisagreeHalt),
			proofs: []Verdict{agree("a1", "A"), agree("a2", "B")}, result: Unverified, ignored: 1},
		{name: "k systems disagree: halt", policy: testPolicy(ModeProofs, 2, DisagreeHalt),
			proofs: []Verdict{disagree("b", "B", other), disagree("c", "C", other)}, result: Disagree, alarm: AlarmHalt, systems: []string{"B", "C"}},
		{name: "k systems disagree: alert", policy: testPolicy(ModeProofs, 2, DisagreeAlert),
			proofs: []Verdict{disagree("b", "B", other), disagree("c", "C", other)}, result: Disagree, alarm: AlarmAlert, systems: []string{"B", "C"}},
		{name: "disagreeing systems must derive the same outcome", policy: testPolicy(ModeProofs, 2, DisagreeHalt),
			proofs: []Verdict{disagree("b", "B", other), disagree("c", "C", third)}, result: Unverified},
		{name: "one disagreeing system is not enough", policy: testPolicy(ModeProofs, 2, DisagreeHalt),
			proofs: []Verdict{agree("a1", "A"), disagree("b", "B", other)}, result: Unverified},
		{name: "equivocating prover not counted", policy: testPolicy(ModeProofs, 2, DisagreeHalt),
			proofs: []Verdict{agree("b", "B"), disagree("b", "B", other), agree("c", "C")},
			result: Unverified, conflict: true, alarm: AlarmAlert, ignored: 1},
		{name: "unsound system (its provers split) not counted", policy: testPolicy(ModeProofs, 2, DisagreeHalt),
			proofs: []Verdict{agree("a1", "A"), disagree("a2", "A", other), agree("b", "B"), agree("c", "C")},
			result: Agree, conflict: true, alarm: AlarmAlert, systems: []string{"B", "C"}, ignored: 1},
		{name: "two outcomes established: conflict, proofs mode cannot decide", policy: testPolicy(ModeProofs, 2, DisagreeHalt),
			proofs: []Verdict{agree("a1", "A"), agree("b", "B"), disagree("c", "C", other), disagree("d", "D", other)},
			result: Unverified, conflict: true, alarm: AlarmAlert},
		{name: "two outcomes established: hybrid asks for re-execution", policy: testPolicy(ModeHybrid, 2, DisagreeHalt),
			proofs: []Verdict{agree("a1", "A"), agree("b", "B"), disagree("c", "C", other), disagree("d", "D", other)},
			result: Unverified, conflict: true, alarm: AlarmAlert, need: true},
		{name: "two outcomes established: re-execution decides", policy: testPolicy(ModeHybrid, 2, DisagreeHalt),
			proofs: []Verdict{agree("a1", "A"), agree("b", "B"), disagree("c", "C", other), disagree("d", "D", other)},
			reexec: reexecVerdict(Disagree), result: Disagree, conflict: true, alarm: AlarmHalt},
		{name: "hybrid: too few proofs, re-execute", policy: testPolicy(ModeHybrid, 2, DisagreeHalt),
			proofs: []Verdict{agree("a1", "A")}, result: Unverified, need: true},
		{name: "hybrid: re-execution agrees", policy: testPolicy(ModeHybrid, 2, DisagreeHalt),
			proofs: []Verdict{agree("a1", "A")}, reexec: reexecVerdict(Agree), result: Agree},
		{name: "hybrid: re-execution over budget", policy: testPolicy(ModeHybrid, 2, DisagreeHalt),
			proofs: []Verdict{agree("a1", "A")}, reexec: reexecVerdict(Unverified), result: Unverified},
		{name: "hybrid: k proofs agree, no re-execution", policy: testPolicy(ModeHybrid, 2, DisagreeHalt),
			proofs: []Verdict{agree("a1", "A"), agree("c", "C")}, result: Agree, systems: []string{"A", "C"}},
		{name: "hybrid: re-execution that ran overrules k agreeing proofs", policy: testPolicy(ModeHybrid, 2, DisagreeHalt),
			proofs: []Verdict{agree("a1", "A"), agree("c", "C")}, reexec: reexecVerdict(Disagree),
			result: Disagree, conflict: true, alarm: AlarmHalt},
		{name: "proofs mode ignores a re-execution verdict", policy: testPolicy(ModeProofs, 2, DisagreeHalt),
			proofs: []Verdict{agree("a1", "A"), agree("c", "C")}, reexec: reexecVerdict(Disagree),
			result: Agree, systems: []string{"A", "C"}},
		{name: "prefer-reexec: proofs disagree, confirm first", policy: testPolicy(ModeProofs, 2, DisagreePreferReexec),
			proofs: []Verdict{disagree("b", "B", other), disagree("c", "C", other)}, result: Unverified, need: true},
		{name: "prefer-reexec: re-execution confirms", policy: testPolicy(ModeProofs, 2, DisagreePreferReexec),
			proofs: []Verdict{disagree("b", "B", other), disagree("c", "C", other)}, reexec: reexecVerdict(Disagree),
			result: Disagree, alarm: AlarmAlert},
		{name: "prefer-reexec: re-execution overrules k proofs", policy: testPolicy(ModeProofs, 2, DisagreePreferReexec),
			proofs: []Verdict{disagree("b", "B", other), disagree("c", "C", other)}, reexec: reexecVerdict(Agree),
			result: Agree, conflict: true, alarm: AlarmAlert},
		{name: "prefer-reexec: re-execution could not run", policy: testPolicy(ModeProofs, 2, DisagreePreferReexec),
			proofs: []Verdict{disagree("b", "B", other), disagree("c", "C", other)}, reexec: reexecVerdict(Unverified),
			result: Disagree, alarm: AlarmAlert, systems: []string{"B", "C"}},
		{name: "reexec mode: awaiting", policy: testPolicy(ModeReexec, 0, DisagreeHalt), result: Unverified, need: true},
		{name: "reexec mode ignores proofs", policy: testPolicy(ModeReexec, 0, DisagreeHalt),
			proofs: []Verdict{disagree("b", "B", other), disagree("c", "C", other)}, reexec: reexecVerdict(Agree), result: Agree},
		{name: "reexec mode: disagreement halts", policy: testPolicy(ModeReexec, 0, DisagreeHalt),
			reexec: reexecVerdict(Disagree), result: Disagree, alarm: AlarmHalt},
		{name: "precheck decides alone", policy: testPolicy(ModeProofs, 2, DisagreeHalt), pre: &Verdict{Result: Disagree, Reason: "malformed"},
			proofs: []Verdict{agree("a1", "A"), agree("b", "B")}, result: Disagree, alarm: AlarmHalt},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := Decide(c.policy, c.pre, c.proofs, c.reexec)
			require.Equal(t, c.result, d.Result, d.Reason)
			require.Equal(t, c.alarm, d.Alarm, d.Reason)
			require.Equal(t, c.need, d.NeedReexec, d.Reason)
			require.Equal(t, c.conflict, d.Conflict, d.Reason)
			require.Equal(t, c.systems, d.Systems, d.Reason)
			require.Len(t, d.Ignored, c.ignored, "%v", d.Ignored)
			require.NotEmpty(t, d.Reason)
			// Pure: the same verdicts in reverse order decide the same.
			rev := make([]Verdict, len(c.proofs))
			for i, v := range c.proofs {
				rev[len(rev)-1-i] = v
			}
			again := Decide(c.policy, c.pre, rev, c.reexec)
			require.Equal(t, d.Result, again.Result)
			require.Equal(t, d.Systems, again.Systems)
		})
	}
}

func TestReexecBudget(t *testing.T) {
	b := ReexecBudget{Cap: 60_000_000}
	require.True(t, b.Take(30_000_000))
	require.True(t, b.Take(30_000_000))
	require.False(t, b.Take(1), "cap reached")
	require.Equal(t, uint64(60_000_000), b.Used, "a refused call takes nothing")
	b = ReexecBudget{Cap: 10}
	require.False(t, b.Take(^uint64(0)), "no overflow")
	require.True(t, b.Take(10))
}

// TestHybridEndToEnd: the daemon's loop in miniature. One attestation system
// (k=2 needs two) leaves the call unverified; the policy asks for
// re-execution, the budget allows it, and re-execution decides.
func TestHybridEndToEnd(t *testing.T) {
	v := vectors(t, "valid", 64<<10)[0]
	p := &Policy{Mode: ModeHybrid, K: 2, ReexecGasCap: 60_000_000, OnDisagreement: DisagreeHalt, Provers: []Prover{{ID: "x", System: "X"}}}
	for _, c := range []struct {
		call Call
		want Result
	}{
		{Call{Input: v.Input, Success: true, Output: v.Output}, Agree},
		{Call{Input: v.Input}, Disagree},
	} {
		d := Decide(p, nil, []Verdict{agree("x", "X")}, nil)
		require.True(t, d.NeedReexec)
		budget := ReexecBudget{Cap: p.ReexecGasCap}
		d2, pre := PrecheckVerdict(testL1(), &c.call)
		require.Nil(t, pre)
		require.True(t, budget.Take(d2.Input.GasLimit))
		rv := NewReexecVerifier(testL1()).Verify(context.Background(), &c.call, d2)
		d = Decide(p, nil, []Verdict{agree("x", "X")}, &rv)
		require.Equal(t, c.want, d.Result, d.Reason)
	}
}

// TestProofsModePreferReexecOnlyConfirmsDisagreements: in proofs mode,
// prefer-reexec re-executes only a disagreement the proofs established: a
// call the proofs leave unverified is not re-executed (that is hybrid), and a
// re-execution verdict passed for it does not decide it.
func TestProofsModePreferReexecOnlyConfirmsDisagreements(t *testing.T) {
	p := &Policy{Mode: ModeProofs, K: 2, OnDisagreement: DisagreePreferReexec,
		Provers: []Prover{{ID: "a", System: "a"}, {ID: "b", System: "b"}}}
	d := Decide(p, nil, nil, nil) // no proof arrived
	require.Equal(t, Unverified, d.Result)
	require.False(t, d.NeedReexec)
	exp := Outcome{}
	rv := Verdict{Result: Disagree, System: ReexecSystem, Reason: "x", Expected: &exp}
	d = Decide(p, nil, nil, &rv)
	require.Equal(t, Unverified, d.Result)
	require.Empty(t, d.Alarm)

	// Both systems derive failure where L1 succeeded: re-execution confirms.
	fail := Outcome{}
	proofs := []Verdict{
		{Prover: "a", System: "a", Result: Disagree, Expected: &fail},
		{Prover: "b", System: "b", Result: Disagree, Expected: &fail},
	}
	d = Decide(p, nil, proofs, nil)
	require.True(t, d.NeedReexec)
	d = Decide(p, nil, proofs, &rv)
	require.Equal(t, Disagree, d.Result)
	require.Equal(t, AlarmAlert, d.Alarm)
}
