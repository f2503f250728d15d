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
	"github.com/nativerollup/nr/tests/eestexecute"
	"github.com/nativerollup/nr/tests/report"
)

var conformanceEESTCmd = &cobra.Command{
	Use:   "eest",
	Short: "Run the EEST blockchain-test corpus through the stateless executor or EXECUTE",
	Long: `Runs every test of the corpus manifest (or those whose id matches --run): builds the
fixture's chain config and genesis, produces each block's witness with go-ethereum, runs
the block through the stateless executor and checks the manifest's expectation (valid
blocks reproduce their header; reject:tx and reject:block blocks are rejected).

With --via precompile each block instead becomes an EXECUTE input that the precompile
judges (spec/conformance.md, "EEST corpus through the precompile path"): valid blocks
give (true, their hash) or, with an L2-forbidden feature, that feature's error;
reject:tx and reject:block blocks fail or give false.

Prints a progress bar on stderr, then the failures and a summary table per fork and
per EIP folder on stdout, ending with the line "N passed, N failed". Exits 1 if any
test failed.`,
	Args: cobra.NoArgs,
	RunE: func(cmd *cobra.Command, _ []string) error {
		counts, err := runConformanceEEST(cmd.Context(), cmd.OutOrStdout(), cmd.ErrOrStderr(), eestOptions{
			corpus: viper.GetString("corpus"),
			junit:  viper.GetString("junit"),
			run:    viper.GetString("run"),
			via:    viper.GetString("via"),
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
	f.String("via", viaStateless, "the path every block takes: "+viaStateless+" (stateless.VerifyBlock) or "+viaPrecompile+" (the EXECUTE precompile)")
	conformanceCmd.AddCommand(conformanceEESTCmd)
}

type eestOptions struct {
	corpus string
	junit  string
	run    string
	via    string
}

// The --via values, and the verifier and JUnit suite name of each.
const (
	viaStateless  = "stateless"
	viaPrecompile = "precompile"
)

var eestPaths = map[string]struct {
	verify eest.Verifier
	suite  string
}{
	viaStateless:  {eest.Stateless, "eest"},
	viaPrecompile: {eestexecute.Verify, "eest-execute"},
}

// runConformanceEEST runs the selected tests and renders the report: the progress
// bar on errOut, the table on out. The error is for problems that stop the run
// before or after the tests (no corpus, a bad --run, an unwritable --junit file).
func runConformanceEEST(ctx context.Context, out, errOut io.Writer, opts eestOptions) (report.Counts, error) {
	if opts.via == "" {
		opts.via = viaStateless
	}
	path, ok := eestPaths[opts.via]
	if !ok {
		return report.Counts{}, fmt.Errorf("--via %q: want %s or %s", opts.via, viaStateless, viaPrecompile)
	}
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
	cases := eest.RunRowsWith(ctx, dir, rows, 0, path.verify, bar.Add)
	bar.Finish()

	if opts.junit != "" {
		if err := writeJUnitFile(opts.junit, path.suite, cases); err != nil {
			return report.Counts{}, err
		}
	}
	sum := report.Summarize(cases)
	if err := sum.WriteTable(out); err != nil {
		return report.Counts{}, err
	}
	return sum.Total, nil
}
