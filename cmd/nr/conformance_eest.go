package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/tests/eest"
	"github.com/nativerollup/nr/tests/eestexecute"
	"github.com/nativerollup/nr/tests/execute"
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

With --via precompile --rpc URL each block's EXECUTE input is also sent to the node
at URL as an eth_call to 0x…0101, and the node's outcome must equal the in-process
reference's for the same input (success or failure, and the output: valid and block
hash). The node is checked first as for ` + "`nr conformance run --rpc`" + ` (chain id 1337,
every fork through Osaka at genesis, EXECUTE and DERIVE installed) and named on the
first line ("target: URL (web3_clientVersion)"), in the JUnit and the JSON report.

The corpus is a directory with manifest.json (` + "`nr conformance manifest DIR`" + ` writes
one for a plain EEST release or ethereum/tests BlockchainTests folder).

Prints a progress bar on stderr when it is a terminal, then the failures and a
summary table per fork and per EIP folder on stdout, ending with the line "N passed,
N failed" (--json: one JSON document instead). Exits 1 if any test failed.`,
	Args: cobra.NoArgs,
	RunE: func(cmd *cobra.Command, _ []string) error {
		counts, err := runConformanceEEST(cmd.Context(), cmd.OutOrStdout(), cmd.ErrOrStderr(), eestOptions{
			corpus:  viper.GetString("corpus"),
			junit:   viper.GetString("junit"),
			run:     viper.GetString("run"),
			via:     viper.GetString("via"),
			rpc:     viper.GetString("rpc"),
			timeout: viper.GetDuration("timeout"),
			json:    viper.GetBool("json"),
			gasCap:  viper.GetUint64("rpc.gascap"),

			referenceBinary: executable(),
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
	f.String("rpc", "", "with --via precompile: also send every block's EXECUTE input to the node at this JSON-RPC URL and compare with the reference")
	f.Duration("timeout", defaultTimeout, "bound on each JSON-RPC call with --rpc")
	f.Uint64("rpc.gascap", execute.RPCGasCap, "the node's eth_call gas cap: with --rpc, inputs whose call needs more are noted, not sent")
	f.Bool("json", false, "print the results as one JSON document on stdout instead of the table")
	conformanceCmd.AddCommand(conformanceEESTCmd)
}

type eestOptions struct {
	corpus  string
	junit   string
	run     string
	via     string
	rpc     string
	timeout time.Duration
	json    bool
	gasCap  uint64
	// referenceBinary is the nr binary whose hidden `conformance reference`
	// computes the expected outcomes with nr's precompiles installed; empty: in
	// this process (tests, where no L2 block touches 0x…0101).
	referenceBinary string
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
	if opts.rpc != "" && opts.via != viaPrecompile {
		return report.Counts{}, fmt.Errorf("--rpc sends EXECUTE inputs to a node: it needs --via %s (--via is %q)", viaPrecompile, opts.via)
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
	verify := path.verify
	props := []report.Property{{Name: "target", Value: "in-process reference"}, {Name: "via", Value: opts.via}, {Name: "corpus", Value: dir}}
	if opts.rpc != "" {
		if opts.timeout <= 0 {
			opts.timeout = defaultTimeout
		}
		if opts.gasCap == 0 {
			opts.gasCap = execute.RPCGasCap
		}
		client, err := dialNode(ctx, opts.rpc, opts.timeout)
		if err != nil {
			return report.Counts{}, fmt.Errorf("connecting to %s: %w (is the node running with --http?)", opts.rpc, err)
		}
		defer client.Close()
		info, err := execute.DiagnoseNode(ctx, client, opts.rpc, l2.L1Config(), opts.timeout)
		props[0].Value = opts.rpc
		if info.ClientVersion != "" {
			props[0].Value = info.String()
		}
		if !opts.json {
			fmt.Fprintf(out, "target: %s\n", props[0].Value)
			for _, w := range info.Warnings {
				fmt.Fprintf(out, "warning: %s\n", w)
			}
		}
		if err != nil {
			return report.Counts{}, err
		}
		node := execute.RPC{Client: client, Timeout: opts.timeout}
		ref := eestexecute.InProcess(precompile.NewExecute(l2.L1Config()))
		if opts.referenceBinary != "" {
			child, err := startReference(opts.referenceBinary)
			if err != nil {
				return report.Counts{}, err
			}
			defer child.close()
			ref = child.run
		}
		verify = eestexecute.Remote(eestexecute.Call{Run: node.Call, IsFailure: execute.IsCallFailure, GasCap: opts.gasCap}, ref)
	} else if !opts.json {
		fmt.Fprintf(out, "target: %s\n", props[0].Value)
	}
	bar := report.NewTerminalProgress(errOut, len(rows))
	cases := eest.RunRowsWith(ctx, dir, rows, 0, verify, bar.Add)
	bar.Finish()

	if opts.junit != "" {
		if err := writeJUnitFile(opts.junit, path.suite, props, cases); err != nil {
			return report.Counts{}, err
		}
	}
	sum := report.Summarize(cases)
	if opts.json {
		return sum.Total, report.WriteJSON(out, props, cases)
	}
	if err := sum.WriteTable(out); err != nil {
		return report.Counts{}, err
	}
	return sum.Total, nil
}

var conformanceManifestCmd = &cobra.Command{
	Use:   "manifest DIR",
	Short: "Write manifest.json for a folder of EEST or ethereum/tests blockchain fixtures",
	Long: `Walks DIR (a plain EEST release folder such as fixtures/ of fixtures_stable.tar.gz,
or ethereum/tests' BlockchainTests) and writes DIR/manifest.json (--out to write it
elsewhere; its "file" paths stay relative to DIR): one row per blockchain test with
its file, test id, network, source path, the file's git blob id, --source.repo and
--source.commit if given, and one expectation per block from its expectException:
valid without one, reject:tx when every alternative is a transaction exception
(TransactionException.*, TR_*), reject:block otherwise. Files that hold no
blockchain test (state tests, engine tests) are skipped and counted. An existing
manifest is replaced only with --force.

Then: nr conformance eest --corpus DIR [--via precompile [--rpc URL]].`,
	Args: cobra.ExactArgs(1),
	RunE: func(cmd *cobra.Command, args []string) error {
		return writeManifest(cmd.OutOrStdout(), args[0], viper.GetString("out"), viper.GetString("source.repo"), viper.GetString("source.commit"), viper.GetBool("force"))
	},
}

func init() {
	f := conformanceManifestCmd.Flags()
	f.String("out", "", "file to write (default DIR/manifest.json)")
	f.String("source.repo", "", "repository the fixtures come from, recorded in every row (e.g. ethereum/execution-spec-tests)")
	f.String("source.commit", "", "commit or release of that repository, recorded in every row")
	f.Bool("force", false, "replace an existing manifest")
	conformanceCmd.AddCommand(conformanceManifestCmd)
}

func writeManifest(out io.Writer, dir, file, repo, commit string, force bool) error {
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return fmt.Errorf("%s is not a directory of fixtures (pass the folder that holds the fixture JSON files)", dir)
	}
	if file == "" {
		file = filepath.Join(dir, eest.ManifestFile)
	}
	if _, err := os.Stat(file); err == nil && !force {
		return fmt.Errorf("%s exists: pass --force to replace it, or --out another file", file)
	}
	rows, skipped, err := eest.GenerateManifest(dir, repo, commit)
	if err != nil {
		return err
	}
	if len(rows) == 0 {
		return fmt.Errorf("no blockchain test in %s (%d JSON files, none with tests that have \"network\" and \"blocks\"): point at an EEST blockchain_tests folder or ethereum/tests' BlockchainTests", dir, len(skipped))
	}
	b, err := eest.EncodeManifest(rows)
	if err != nil {
		return err
	}
	if err := os.WriteFile(file, b, 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", file, err)
	}
	files := map[string]bool{}
	for _, r := range rows {
		files[r.File] = true
	}
	fmt.Fprintf(out, "wrote %s: %d tests from %d files; skipped %d JSON files without blockchain tests\n", file, len(rows), len(files), len(skipped))
	return nil
}

// executable is this binary's path, for the reference child; empty if unknown.
func executable() string {
	p, err := os.Executable()
	if err != nil {
		return ""
	}
	return p
}

var conformanceReferenceCmd = &cobra.Command{
	Use:    "reference",
	Short:  "Answer EXECUTE inputs with the reference, nr's precompiles installed (used by eest --rpc)",
	Hidden: true,
	Long: `Reads one 0x-hex EXECUTE input per line on stdin and writes one JSON line per
input on stdout: {"output":"0x…"} or {"error":"…"}. nr conformance eest --rpc runs
it as a child process, because the EEST reference chain of that process must not
have nr's precompiles installed, while EXECUTE on a node runs its L2 blocks with them.`,
	Args: cobra.NoArgs,
	RunE: func(cmd *cobra.Command, _ []string) error {
		registerPrecompiles()
		ex := precompile.NewExecute(l2.L1Config())
		in := bufio.NewReaderSize(cmd.InOrStdin(), 1<<20)
		out := bufio.NewWriter(cmd.OutOrStdout())
		enc := json.NewEncoder(out)
		for {
			line, err := in.ReadString('\n')
			if err == io.EOF && line == "" {
				return out.Flush()
			}
			if err != nil && err != io.EOF {
				return err
			}
			var answer referenceAnswer
			input, decErr := hexutil.Decode(strings.TrimSpace(line))
			if decErr != nil {
				answer.Error = "not 0x-hex: " + decErr.Error()
				answer.Bad = true
			} else if res, runErr := ex.Run(input); runErr != nil {
				answer.Error = runErr.Error()
			} else {
				answer.Output = res
			}
			if err := enc.Encode(answer); err != nil {
				return err
			}
			if err := out.Flush(); err != nil {
				return err
			}
		}
	},
}

func init() { conformanceCmd.AddCommand(conformanceReferenceCmd) }

type referenceAnswer struct {
	Output hexutil.Bytes `json:"output,omitempty"`
	Error  string        `json:"error,omitempty"`
	Bad    bool          `json:"bad,omitempty"`
}

// referenceChild is a running `nr conformance reference`, used by one caller at a time.
type referenceChild struct {
	mu  sync.Mutex
	cmd *exec.Cmd
	in  io.WriteCloser
	out *bufio.Reader
}

func startReference(binary string) (*referenceChild, error) {
	cmd := exec.Command(binary, "conformance", "reference")
	cmd.Stderr = os.Stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting the reference (%s conformance reference): %w", binary, err)
	}
	return &referenceChild{cmd: cmd, in: in, out: bufio.NewReaderSize(out, 1<<16)}, nil
}

func (r *referenceChild) run(_ context.Context, input []byte) ([]byte, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, err := io.WriteString(r.in, hexutil.Encode(input)+"\n"); err != nil {
		return nil, fmt.Errorf("the reference process: %w", err)
	}
	line, err := r.out.ReadBytes('\n')
	if err != nil {
		return nil, fmt.Errorf("the reference process: %w", err)
	}
	var a referenceAnswer
	if err := json.Unmarshal(line, &a); err != nil {
		return nil, fmt.Errorf("the reference process answered %q: %w", line, err)
	}
	switch {
	case a.Bad:
		return nil, fmt.Errorf("the reference process: %s", a.Error)
	case a.Error != "":
		return nil, fmt.Errorf("%w: %s", eestexecute.ErrReferenceFailed, a.Error)
	}
	return a.Output, nil
}

func (r *referenceChild) close() {
	r.in.Close()
	r.cmd.Wait()
}
