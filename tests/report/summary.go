package report

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
	"time"
)

// Case is the outcome of one conformance test.
type Case struct {
	// Name identifies the test; it is unique within a run.
	Name string
	// Fork is the rule set the test ran under, e.g. "Osaka".
	Fork string
	// Group is the folder the test belongs to, e.g. "prague/eip7702_set_code_tx".
	Group string
	// Failure says what went wrong; it is empty when the test passed.
	Failure string
	// Notes are facts worth counting across the run, e.g.
	// "reject:tx rejected by ErrInvalidTransaction", one per block it applies to.
	// The summary counts each distinct note over all cases.
	Notes []string
	// Duration is the wall time the test took.
	Duration time.Duration
}

// Passed reports whether the case met every expectation.
func (c Case) Passed() bool { return c.Failure == "" }

// Counts is a passed/failed tally.
type Counts struct {
	Passed int `json:"passed"`
	Failed int `json:"failed"`
}

func (c *Counts) add(passed bool) {
	if passed {
		c.Passed++
	} else {
		c.Failed++
	}
}

// Row is the tally for one fork or one group.
type Row struct {
	Key string `json:"key"`
	Counts
}

// NoteCount is how many times a note occurred in the run.
type NoteCount struct {
	Note  string `json:"note"`
	Count int    `json:"count"`
}

// Summary aggregates a run. Rows are sorted by key, notes by text.
type Summary struct {
	Total   Counts
	ByFork  []Row
	ByGroup []Row
	Notes   []NoteCount
	// Failures lists the failed cases in run order.
	Failures []Case
}

// Summarize tallies cases per fork, per group and per note.
func Summarize(cases []Case) Summary {
	var (
		s      Summary
		forks  = map[string]*Counts{}
		groups = map[string]*Counts{}
		notes  = map[string]int{}
	)
	for _, c := range cases {
		s.Total.add(c.Passed())
		tally(forks, c.Fork).add(c.Passed())
		tally(groups, c.Group).add(c.Passed())
		for _, n := range c.Notes {
			notes[n]++
		}
		if !c.Passed() {
			s.Failures = append(s.Failures, c)
		}
	}
	s.ByFork = sortedRows(forks)
	s.ByGroup = sortedRows(groups)
	for n, count := range notes {
		s.Notes = append(s.Notes, NoteCount{Note: n, Count: count})
	}
	sort.Slice(s.Notes, func(i, j int) bool { return s.Notes[i].Note < s.Notes[j].Note })
	return s
}

func tally(m map[string]*Counts, key string) *Counts {
	if key == "" {
		key = "(none)"
	}
	c, ok := m[key]
	if !ok {
		c = new(Counts)
		m[key] = c
	}
	return c
}

func sortedRows(m map[string]*Counts) []Row {
	rows := make([]Row, 0, len(m))
	for k, c := range m {
		rows = append(rows, Row{Key: k, Counts: *c})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].Key < rows[j].Key })
	return rows
}

// FinalLine is the last line of every conformance run, printed alone on its line.
func FinalLine(c Counts) string {
	return fmt.Sprintf("%d passed, %d failed", c.Passed, c.Failed)
}

// WriteTable prints the failures (name and reason), then the per-fork, per-group and
// per-note tables, then FinalLine as the last line.
func (s Summary) WriteTable(w io.Writer) error {
	var b strings.Builder
	if len(s.Failures) > 0 {
		fmt.Fprintf(&b, "FAILURES (%d)\n", len(s.Failures))
		for _, c := range s.Failures {
			fmt.Fprintf(&b, "  %s\n      %s\n", c.Name, oneLine(c.Failure))
		}
		b.WriteString("\n")
	}
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	writeRows(tw, "FORK", s.ByFork)
	writeRows(tw, "GROUP", s.ByGroup)
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(s.Notes) > 0 {
		nw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		fmt.Fprintln(nw, "NOTE\tCOUNT")
		for _, n := range s.Notes {
			fmt.Fprintf(nw, "%s\t%d\n", n.Note, n.Count)
		}
		if err := nw.Flush(); err != nil {
			return err
		}
		b.WriteString("\n")
	}
	b.WriteString(FinalLine(s.Total))
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func writeRows(w io.Writer, title string, rows []Row) {
	fmt.Fprintf(w, "%s\tPASSED\tFAILED\n", title)
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%d\t%d\n", r.Key, r.Passed, r.Failed)
	}
	fmt.Fprintln(w)
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// JSONCase is one case in WriteJSON's output.
type JSONCase struct {
	Name       string   `json:"name"`
	Fork       string   `json:"fork"`
	Group      string   `json:"group"`
	Passed     bool     `json:"passed"`
	Failure    string   `json:"failure,omitempty"`
	Notes      []string `json:"notes,omitempty"`
	DurationMS float64  `json:"durationMs"`
}

// JSONReport is WriteJSON's document: the run's properties, every case in run
// order and the totals.
type JSONReport struct {
	Properties []Property  `json:"properties,omitempty"`
	Cases      []JSONCase  `json:"cases"`
	ByFork     []Row       `json:"byFork"`
	ByGroup    []Row       `json:"byGroup"`
	Notes      []NoteCount `json:"notes,omitempty"`
	Passed     int         `json:"passed"`
	Failed     int         `json:"failed"`
}

// WriteJSON writes the run as one indented JSON document (JSONReport), for
// tools that read results instead of the table.
func WriteJSON(w io.Writer, props []Property, cases []Case) error {
	s := Summarize(cases)
	doc := JSONReport{Properties: props, Cases: make([]JSONCase, 0, len(cases)), ByFork: s.ByFork, ByGroup: s.ByGroup,
		Notes: s.Notes, Passed: s.Total.Passed, Failed: s.Total.Failed}
	for _, c := range cases {
		doc.Cases = append(doc.Cases, JSONCase{Name: c.Name, Fork: c.Fork, Group: c.Group, Passed: c.Passed(),
			Failure: c.Failure, Notes: c.Notes, DurationMS: float64(c.Duration.Microseconds()) / 1000})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}
