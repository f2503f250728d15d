package main

import "github.com/spf13/cobra"

// conformanceCmd groups the conformance runners: the EEST corpus through the
// stateless executor, and EXECUTE vectors against the reference or any node.
var conformanceCmd = &cobra.Command{
	Use:   "conformance",
	Short: "Run conformance tests (EEST corpus, EXECUTE vectors)",
}

func init() { rootCmd.AddCommand(conformanceCmd) }
