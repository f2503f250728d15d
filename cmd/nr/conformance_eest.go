package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"regexp"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/nativerollup/nr/tests/eest"
	"github.com/nativerollup/nr/tests/report"
)

var conformanceEESTCmd = &cobra.Command{
	Use:   "eest",
	Short: "Run the EEST blockchain-test corpus through the stateless executor",
	Long: `Runs every test of the corpus manifest (or those whose id matches --run): builds the
fixture's chain config and genesis, produces each block's witness with go-ethereum, runs
the block through the stateless executor and checks the manifest's expectation (valid
blocks reproduce their header; reject:tx and reject:block blocks are rejected).

Prints a progress bar on stderr, then the failures and a summary table per fork and
per EIP folder on stdout, ending with the line "N passed, N failed". Exits 1 if any
test failed.`,
	Args: cobra.NoArgs,
	RunE: func(cmd *cobra.Command, _ []string) error {
		counts, err := runConformanceEEST(cmd.Context(), cmd.OutOrStdout(), cmd.ErrOrStderr(), eestOptions{
			corpus: viper.GetString("corpus"),
			junit:  viper.GetString("junit"),
			run:    viper.GetString("run"),
		})
		if err != nil {
			return err
		}
		if counts.Failed > 0 {
			os.Exit(1) // the table already says what failed; keep its final line last
		}
		return nil
	},
}

func init() {
	f := conformanceEESTCmd.Flags()
	f.String("corpus", "", "corpus directory holding manifest.json and the EEST fixtures (default ../shared/corpus beside the repository; env NR_CORPUS)")
	f.String("junit", "", "also write the results as JUnit XML to this file")
	f.String("run", "", "run only the tests whose id matches this regular expression")
	conformanceCmd.AddCommand(conformanceEESTCmd)
}

type eestOptions struct {
	corpus string
	junit  string
	run    string
}

// runConformanceEEST runs the selected tests and renders the report: the progress
// bar on errOut, the table on out. The error is for problems that stop the run
// before or after the tests (no corpus, a bad --run, an unwritable --junit file).
func runConformanceEEST(ctx context.Context, out, errOut io.Writer, opts eestOptions) (report.Counts, error) {
	var filter *regexp.Regexp
	if opts.run != "" {
		re, err := regexp.Compile(opts.run)
		if err != nil {
			return report.Counts{}, fmt.Errorf("--run %q is not a valid regular expression: %w", opts.run, err)
		}
		filter = re
	}
	dir := opts.corpus
	if dir == "" {
		resolved, err := eest.ResolveCorpus()
		if err != nil {
			return report.Counts{}, err
		}
		dir = resolved
	}
	rows, err := eest.LoadManifest(dir)
	if err != nil {
		return report.Counts{}, err
	}
	rows = eest.Select(rows, filter)
	if len(rows) == 0 {
		return report.Counts{}, fmt.Errorf("--run %q matches none of the corpus's test ids", opts.run)
	}
	if ctx == nil {
		ctx = context.Background()
	}
	bar := report.NewProgress(errOut, len(rows))
	cases := eest.RunRows(ctx, dir, rows, 0, bar.Add)
	bar.Finish()

	if opts.junit != "" {
		if err := writeJUnitFile(opts.junit, "eest", cases); err != nil {
			return report.Counts{}, err
		}
	}
	sum := report.Summarize(cases)
	if err := sum.WriteTable(out); err != nil {
		return report.Counts{}, err
	}
	return sum.Total, nil
}

func writeJUnitFile(name, suite string, cases []report.Case) error {
	f, err := os.Create(name)
	if err != nil {
		return fmt.Errorf("creating the JUnit file: %w (check --junit's directory exists and is writable)", err)
	}
	if err := report.WriteJUnit(f, suite, cases); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", name, err)
	}
	return f.Close()
}
