package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func sampleCases() []Case {
	return []Case{
		{Name: "t1", Fork: "Prague", Group: "prague/eip7702", Duration: 2 * time.Millisecond},
		{Name: "t2", Fork: "Osaka", Group: "osaka/eip7825", Notes: []string{"reject:tx rejected by invalid transaction"}, Duration: time.Millisecond},
		{Name: "t3", Fork: "Osaka", Group: "prague/eip7702", Failure: "block 1: state root mismatch\n  want 0x01", Duration: 3 * time.Millisecond},
		{Name: "t4", Fork: "Osaka", Group: "osaka/eip7825", Notes: []string{"reject:tx rejected by invalid transaction"}},
	}
}

func TestSummarizeCountsPerForkGroupAndNote(t *testing.T) {
	s := Summarize(sampleCases())
	require.Equal(t, Counts{Passed: 3, Failed: 1}, s.Total)
	require.Equal(t, []Row{
		{Key: "Osaka", Counts: Counts{Passed: 2, Failed: 1}},
		{Key: "Prague", Counts: Counts{Passed: 1}},
	}, s.ByFork)
	require.Equal(t, []Row{
		{Key: "osaka/eip7825", Counts: Counts{Passed: 2}},
		{Key: "prague/eip7702", Counts: Counts{Passed: 1, Failed: 1}},
	}, s.ByGroup)
	require.Equal(t, []NoteCount{{Note: "reject:tx rejected by invalid transaction", Count: 2}}, s.Notes)
	require.Len(t, s.Failures, 1)
	require.Equal(t, "t3", s.Failures[0].Name)
}

func TestSummarizeEmptyFieldsGoToNone(t *testing.T) {
	s := Summarize([]Case{{Name: "x"}})
	require.Equal(t, []Row{{Key: "(none)", Counts: Counts{Passed: 1}}}, s.ByFork)
	require.Equal(t, []Row{{Key: "(none)", Counts: Counts{Passed: 1}}}, s.ByGroup)
}

func TestWriteTableEndsWithFinalLineAlone(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, Summarize(sampleCases()).WriteTable(&buf))
	out := buf.String()
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Equal(t, "3 passed, 1 failed", lines[len(lines)-1])
	require.Contains(t, out, "FAILURES (1)\n  t3\n      block 1: state root mismatch want 0x01\n")
	require.Contains(t, out, "FORK    PASSED  FAILED\nOsaka   2       1\nPrague  1       0\n")
	require.Contains(t, out, "prague/eip7702  1       1\n")
	require.Contains(t, out, "reject:tx rejected by invalid transaction  2\n")
}

func TestWriteTableAllPassedHasNoFailureSection(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, Summarize([]Case{{Name: "a", Fork: "Osaka", Group: "g"}}).WriteTable(&buf))
	require.NotContains(t, buf.String(), "FAILURES")
	require.True(t, strings.HasSuffix(buf.String(), "\n1 passed, 0 failed\n"))
}

func TestWriteTableIsDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	require.NoError(t, Summarize(sampleCases()).WriteTable(&a))
	require.NoError(t, Summarize(sampleCases()).WriteTable(&b))
	require.Equal(t, a.String(), b.String())
}

func TestFinalLine(t *testing.T) {
	require.Equal(t, "691 passed, 0 failed", FinalLine(Counts{Passed: 691}))
	require.Equal(t, "0 passed, 2 failed", FinalLine(Counts{Failed: 2}))
}

func TestProgressLine(t *testing.T) {
	tests := []struct {
		name                string
		done, total, failed int
		want                string
	}{
		{"start", 0, 4, 0, "[>" + strings.Repeat(" ", 39) + "] 0/4   0%  0 failed"},
		{"half", 2, 4, 1, "[" + strings.Repeat("=", 20) + ">" + strings.Repeat(" ", 19) + "] 2/4  50%  1 failed"},
		{"full", 4, 4, 0, "[" + strings.Repeat("=", 40) + "] 4/4 100%  0 failed"},
		{"padded count", 7, 691, 0, "[>" + strings.Repeat(" ", 39) + "]   7/691   1%  0 failed"},
		{"empty run", 0, 0, 0, "[" + strings.Repeat("=", 40) + "] 0/0 100%  0 failed"},
		{"overrun clamps", 5, 4, 0, "[" + strings.Repeat("=", 40) + "] 5/4 100%  0 failed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.want, progressLine(tt.done, tt.total, tt.failed))
		})
	}
}

func TestProgressRedrawsOnlyOnChangeAndFinishes(t *testing.T) {
	var buf bytes.Buffer
	p := NewProgress(&buf, 1000)
	for range 10 {
		p.Add(Case{Name: "ok"})
	}
	// The first case draws; the percent moves to 1% at case 10; nothing else moves.
	require.Equal(t, 2, strings.Count(buf.String(), "\r"))
	require.True(t, strings.HasSuffix(buf.String(), "  10/1000   1%  0 failed"))
	p.Add(Case{Name: "bad", Failure: "boom"})
	require.True(t, strings.HasSuffix(buf.String(), "  11/1000   1%  1 failed"), "a failure always redraws")
	for range 989 {
		p.Add(Case{Name: "ok"})
	}
	require.True(t, strings.HasSuffix(buf.String(), "1000/1000 100%  1 failed"))
	// Redraws: the first case, the failure, percents 1..100, and the 20 bar cells
	// (every 25 cases) that fill between two percent steps (25, 75, ..., 975).
	const redraws = 1 + 1 + 100 + 20
	require.Equal(t, redraws, strings.Count(buf.String(), "\r"))
	p.Finish()
	require.Equal(t, redraws, strings.Count(buf.String(), "\r"), "Finish does not redraw an unchanged bar")
	require.True(t, strings.HasSuffix(buf.String(), "\n"))
}

func TestProgressConcurrentAdds(t *testing.T) {
	var buf bytes.Buffer
	p := NewProgress(&buf, 200)
	var wg sync.WaitGroup
	for i := range 200 {
		wg.Go(func() {
			c := Case{Name: "c"}
			if i%50 == 0 {
				c.Failure = "x"
			}
			p.Add(c)
		})
	}
	wg.Wait()
	p.Finish()
	require.Contains(t, buf.String(), "200/200 100%  4 failed\n")
}

func TestWriteJUnitRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, WriteJUnit(&buf, "eest", sampleCases()))
	require.True(t, strings.HasPrefix(buf.String(), xml.Header))

	var doc junitSuites
	require.NoError(t, xml.Unmarshal(buf.Bytes(), &doc))
	require.Equal(t, "eest", doc.Name)
	require.Equal(t, 4, doc.Tests)
	require.Equal(t, 1, doc.Failures)
	require.Equal(t, "0.006", doc.Time)
	require.Len(t, doc.Suites, 2)

	osaka, prague := doc.Suites[0], doc.Suites[1]
	require.Equal(t, "osaka/eip7825", osaka.Name)
	require.Equal(t, 2, osaka.Tests)
	require.Equal(t, 0, osaka.Failures)
	require.Equal(t, "0.001", osaka.Time)
	require.Equal(t, "reject:tx rejected by invalid transaction\n", osaka.Cases[0].SystemOut)

	require.Equal(t, "prague/eip7702", prague.Name)
	require.Equal(t, 1, prague.Failures)
	require.Equal(t, []string{"t1", "t3"}, []string{prague.Cases[0].Name, prague.Cases[1].Name})
	require.Nil(t, prague.Cases[0].Failure)
	require.NotNil(t, prague.Cases[1].Failure)
	require.Equal(t, "block 1: state root mismatch want 0x01", prague.Cases[1].Failure.Message)
	require.Equal(t, "block 1: state root mismatch\n  want 0x01", prague.Cases[1].Failure.Text)
	require.Equal(t, "0.005", prague.Time)
}

func TestWriteJUnitEscapesMarkup(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, WriteJUnit(&buf, "eest", []Case{{Name: `a<b>&"c"`, Group: "g", Failure: "</failure><x>"}}))
	var doc junitSuites
	require.NoError(t, xml.Unmarshal(buf.Bytes(), &doc))
	require.Equal(t, `a<b>&"c"`, doc.Suites[0].Cases[0].Name)
	require.Equal(t, "</failure><x>", doc.Suites[0].Cases[0].Failure.Text)
}

func TestWriteJUnitEmptyRun(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, WriteJUnit(&buf, "eest", nil))
	var doc junitSuites
	require.NoError(t, xml.Unmarshal(buf.Bytes(), &doc))
	require.Zero(t, doc.Tests)
	require.Empty(t, doc.Suites)
}

// TestProgressOnlyOnTerminal: a file or a pipe (a CI log) gets no bar, where
// the bar used to write carriage-return frames into it; nor does /dev/null; a
// nil bar is a no-op.
func TestProgressOnlyOnTerminal(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "log")
	require.NoError(t, err)
	defer f.Close()
	require.False(t, IsTerminal(f))
	require.False(t, IsTerminal(&bytes.Buffer{}))
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	require.NoError(t, err)
	defer null.Close()
	require.False(t, IsTerminal(null), "%s is a character device, not a terminal", os.DevNull)
	p := NewTerminalProgress(f, 3)
	require.Nil(t, p)
	p.Add(Case{Name: "a"})
	p.Finish()
	st, err := f.Stat()
	require.NoError(t, err)
	require.Zero(t, st.Size(), "nothing written to a non-terminal")
	if tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0); err == nil {
		defer tty.Close()
		require.True(t, IsTerminal(tty))
	}
}

// TestJSONAndProperties: --json's document carries the properties, every case
// and the totals; JUnit carries the properties in <properties>.
func TestJSONAndProperties(t *testing.T) {
	cases := []Case{{Name: "a", Fork: "Osaka", Group: "valid"}, {Name: "b", Fork: "Osaka", Group: "failure", Failure: "got: x"}}
	props := []Property{{Name: "target", Value: "http://node (Client/1)"}}
	var b bytes.Buffer
	require.NoError(t, WriteJSON(&b, props, cases))
	var doc JSONReport
	require.NoError(t, json.Unmarshal(b.Bytes(), &doc))
	require.Equal(t, props, doc.Properties)
	require.Equal(t, 1, doc.Passed)
	require.Equal(t, 1, doc.Failed)
	require.Equal(t, "got: x", doc.Cases[1].Failure)
	require.Equal(t, []Row{{Key: "Osaka", Counts: Counts{Passed: 1, Failed: 1}}}, doc.ByFork)

	b.Reset()
	require.NoError(t, WriteJUnitWith(&b, "execute-vectors", props, cases))
	require.Contains(t, b.String(), `<property name="target" value="http://node (Client/1)"></property>`)
	var junit struct {
		Suites []struct {
			Props []struct {
				Name string `xml:"name,attr"`
			} `xml:"properties>property"`
		} `xml:"testsuite"`
	}
	require.NoError(t, xml.Unmarshal(b.Bytes(), &junit))
	require.Len(t, junit.Suites, 2)
	for _, s := range junit.Suites {
		require.Len(t, s.Props, 1, "each suite carries the run's properties (the JUnit schema's place)")
	}
}
