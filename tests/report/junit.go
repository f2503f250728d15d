package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"sort"
)

// JUnit XML as read by CI systems (Jenkins, GitLab, GitHub test reporters): one
// <testsuite> per group, one <testcase> per case, a <failure> element on failures.

type junitSuites struct {
	XMLName  xml.Name `xml:"testsuites"`
	Name     string   `xml:"name,attr"`
	Tests    int      `xml:"tests,attr"`
	Failures int      `xml:"failures,attr"`
	Time     string   `xml:"time,attr"`
	// Properties describe the run, e.g. the target it tested.
	Properties *junitProperties `xml:"properties,omitempty"`
	Suites     []junitSuite     `xml:"testsuite"`
}

type junitProperties struct {
	Items []junitProperty `xml:"property"`
}

type junitProperty struct {
	Name  string `xml:"name,attr"`
	Value string `xml:"value,attr"`
}

// Property is one name=value fact about a run, written to the JUnit document's
// <properties> (e.g. target = the node URL and its client version).
type Property struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

type junitSuite struct {
	Name string `xml:"name,attr"`
	// Properties repeat the run's: the JUnit schema has them per suite, and
	// some readers look only there.
	Properties *junitProperties `xml:"properties,omitempty"`
	Tests      int              `xml:"tests,attr"`
	Failures   int              `xml:"failures,attr"`
	Time       string           `xml:"time,attr"`
	Cases      []junitCase      `xml:"testcase"`
}

type junitCase struct {
	ClassName string        `xml:"classname,attr"`
	Name      string        `xml:"name,attr"`
	Time      string        `xml:"time,attr"`
	Failure   *junitFailure `xml:"failure,omitempty"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Text    string `xml:",chardata"`
}

// WriteJUnit writes cases as a JUnit XML document named name. Suites are the cases'
// groups in sorted order; cases keep their run order within a suite. A case's notes
// go to its <system-out>.
func WriteJUnit(w io.Writer, name string, cases []Case) error {
	return WriteJUnitWith(w, name, nil, cases)
}

// WriteJUnitWith is WriteJUnit with the run's properties, in the given order.
func WriteJUnitWith(w io.Writer, name string, props []Property, cases []Case) error {
	doc := junitSuites{Name: name}
	if len(props) > 0 {
		doc.Properties = &junitProperties{}
		for _, p := range props {
			doc.Properties.Items = append(doc.Properties.Items, junitProperty(p))
		}
	}
	index := map[string]int{}
	var (
		total float64
		spent []float64 // per suite, parallel to doc.Suites before sorting
	)
	for _, c := range cases {
		i, ok := index[c.Group]
		if !ok {
			i = len(doc.Suites)
			index[c.Group] = i
			doc.Suites = append(doc.Suites, junitSuite{Name: c.Group})
			spent = append(spent, 0)
		}
		s := &doc.Suites[i]
		jc := junitCase{ClassName: c.Group, Name: c.Name, Time: seconds(c.Duration.Seconds())}
		for _, n := range c.Notes {
			jc.SystemOut += n + "\n"
		}
		if !c.Passed() {
			jc.Failure = &junitFailure{Message: oneLine(c.Failure), Text: c.Failure}
			s.Failures++
			doc.Failures++
		}
		s.Cases = append(s.Cases, jc)
		s.Tests++
		doc.Tests++
		spent[i] += c.Duration.Seconds()
		total += c.Duration.Seconds()
	}
	for i := range doc.Suites {
		doc.Suites[i].Time = seconds(spent[i])
		doc.Suites[i].Properties = doc.Properties
	}
	sort.Slice(doc.Suites, func(i, j int) bool { return doc.Suites[i].Name < doc.Suites[j].Name })
	doc.Time = seconds(total)
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("encoding JUnit XML: %w", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}

func seconds(s float64) string { return fmt.Sprintf("%.3f", s) }
