package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/nativerollup/nr/tests/report"
)

// conformanceCmd groups the conformance runners: the EEST corpus through the
// stateless executor, and EXECUTE vectors against the reference or any node.
var conformanceCmd = &cobra.Command{
	Use:   "conformance",
	Short: "Run conformance tests (EEST corpus, EXECUTE vectors)",
}

func init() { rootCmd.AddCommand(conformanceCmd) }

// writeJUnitFile writes the cases of one conformance run as JUnit XML.
func writeJUnitFile(name, suite string, props []report.Property, cases []report.Case) error {
	f, err := os.Create(name)
	if err != nil {
		return fmt.Errorf("creating the JUnit file: %w (check --junit's directory exists and is writable)", err)
	}
	if err := report.WriteJUnitWith(f, suite, props, cases); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", name, err)
	}
	return f.Close()
}
