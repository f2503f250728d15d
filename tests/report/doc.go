// Package report renders the outcome of a conformance run: a progress bar while
// the run goes, a summary table at the end, and optionally a JUnit XML file for CI.
//
// Data flow:
//
//	runner ──Case──▶ Progress.Add            (stderr, one redraw per visible change)
//	runner ──[]Case──▶ Summarize ──Summary──▶ WriteTable   (stdout: per fork, per group, notes)
//	                                       └──▶ FinalLine  ("N passed, N failed", alone on its line)
//	runner ──[]Case──▶ WriteJUnit                          (one <testsuite> per group)
//
// The package knows nothing about what was tested: a Case is a name, a fork, a
// group (for EEST, the EIP or topic folder), an optional failure text and optional
// notes (facts worth counting, such as which sentinel error rejected a block). Both
// `nr conformance eest` and `nr conformance run` render through it, so their output
// has the same shape.
//
// Output is deterministic: the table and the JUnit file depend only on the cases and
// their order, never on the order in which workers finished.
package report
