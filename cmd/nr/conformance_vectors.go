package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/tests/execute"
	"github.com/nativerollup/nr/tests/report"
	"github.com/nativerollup/nr/tests/vectors"
)

// defaultVectorDir is where the committed EXECUTE vectors live.
const defaultVectorDir = "tests/vectors/execute"

var conformanceGenCmd = &cobra.Command{
	Use:   "gen",
	Short: "Generate the EXECUTE conformance vectors",
	Long: `Builds L2 chains with go-ethereum's core.GenerateChain (transfers, deployments,
calls, storage writes and deletes, logs, EIP-1559, EIP-7702, BLOCKHASH, the anchor),
records each block's witness, forges pre-states at every witness rule and limit,
and writes one JSON vector per valid block, per false-claim kind, per failure
kind and per bound (spec/conformance.md); vectors over 256 KiB are gzipped. Generation is
deterministic: rerunning it rewrites byte-identical files.`,
	Args: cobra.NoArgs,
	RunE: func(cmd *cobra.Command, _ []string) error {
		dir := viper.GetString("out")
		registerPrecompiles()
		vectors, err := execute.Generate()
		if err != nil {
			return fmt.Errorf("generating vectors: %w", err)
		}
		left, err := execute.WriteDir(dir, vectors)
		if err != nil {
			return err
		}
		fmt.Fprintf(cmd.OutOrStdout(), "wrote %d vectors to %s\n", len(vectors), dir)
		if len(left) > 0 {
			fmt.Fprintf(cmd.OutOrStdout(), "left %d other *.json / *.json.gz file(s) there untouched (delete stale vectors by hand; `nr conformance run --vectors %s` reads every one):\n  %s\n",
				len(left), dir, strings.Join(left, "\n  "))
		}
		return nil
	},
}

var conformanceRunCmd = &cobra.Command{
	Use:   "run",
	Short: "Run EXECUTE vectors against the reference or a node over JSON-RPC",
	Long: `Runs every vector in --vectors (default: the set built into nr, the same as
tests/vectors/execute), or those whose name matches --run. Without --rpc the
in-process reference precompile runs them; with --rpc each vector is an eth_call
to 0x…0101 on that node (output and success compared) and successful vectors are
also priced with eth_estimateGas, which must equal the transaction's intrinsic gas
plus the vector's gas (within the estimator's 1.5%).

It first prints the target ("target: URL (web3_clientVersion)" or "target:
in-process reference"), which also goes into the JUnit and JSON reports. With
--rpc it then checks the node is configured as the vectors assume (spec/
conformance.md, "Node configuration"): L1 chain id 1337, every fork through
Osaka at genesis and none after (eth_config), EXECUTE and DERIVE installed. A
problem stops the run with one line saying what to configure, before any vector.
Each JSON-RPC call has --timeout.

A failed vector is reported once, with its intent (description), what was sent,
what came back and what was expected, EXECUTE's output decoded (valid and block
hash). A progress bar is drawn on stderr when it is a terminal. The failures and
a summary follow on stdout ending with "N passed, N failed" (--json: one JSON
document instead); exits 1 if any vector failed.`,
	Args: cobra.NoArgs,
	RunE: func(cmd *cobra.Command, _ []string) error {
		counts, err := runVectors(cmd.Context(), cmd.OutOrStdout(), cmd.ErrOrStderr(), vectorOptions{
			dir:      viper.GetString("vectors"),
			rpc:      viper.GetString("rpc"),
			junit:    viper.GetString("junit"),
			run:      viper.GetString("run"),
			failFast: viper.GetBool("fail-fast"),
			timeout:  viper.GetDuration("timeout"),
			json:     viper.GetBool("json"),
		})
		if err != nil {
			return err
		}
		if counts.Failed > 0 {
			os.Exit(1) // the summary already says what failed; keep its final line last
		}
		return nil
	},
}

// defaultTimeout bounds each JSON-RPC call of the conformance runners: the
// largest vector takes well under a second on go-ethereum.
const defaultTimeout = 60 * time.Second

func init() {
	conformanceGenCmd.Flags().String("out", defaultVectorDir, "directory to write the vectors to (only the vector files it writes are replaced)")
	f := conformanceRunCmd.Flags()
	f.String("vectors", "", "directory of EXECUTE vector files (default: the set built into nr)")
	f.String("rpc", "", "JSON-RPC URL of a node with EXECUTE at 0x…0101 (default: the in-process reference)")
	f.String("junit", "", "also write the results as JUnit XML to this file")
	f.String("run", "", "run only the vectors whose name matches this regular expression")
	f.Bool("fail-fast", false, "stop at the first failed vector")
	f.Duration("timeout", defaultTimeout, "bound on each JSON-RPC call with --rpc (a node that never answers fails instead of hanging)")
	f.Bool("json", false, "print the results as one JSON document on stdout instead of the table")
	conformanceCmd.AddCommand(conformanceGenCmd, conformanceRunCmd)
}

type vectorOptions struct {
	dir, rpc, junit, run string
	failFast, json       bool
	timeout              time.Duration
}

// runVectors runs the selected vectors against the reference or opts.rpc. The
// error is for problems that stop the run: unreadable vectors, a bad --run, a
// node that does not answer or is not configured as the vectors assume.
func runVectors(ctx context.Context, out, errOut io.Writer, opts vectorOptions) (report.Counts, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	if opts.timeout <= 0 {
		opts.timeout = defaultTimeout
	}
	var filter *regexp.Regexp
	if opts.run != "" {
		re, err := regexp.Compile(opts.run)
		if err != nil {
			return report.Counts{}, fmt.Errorf("--run %q is not a valid regular expression: %w", opts.run, err)
		}
		filter = re
	}
	load := func() ([]execute.Vector, error) { return execute.LoadFS(vectors.Execute()) }
	if opts.dir != "" {
		load = func() ([]execute.Vector, error) { return execute.LoadDir(opts.dir) }
	}
	set, err := load()
	if err != nil {
		return report.Counts{}, err
	}
	if filter != nil {
		set = slices.DeleteFunc(set, func(v execute.Vector) bool { return !filter.MatchString(v.Name) })
		if len(set) == 0 {
			return report.Counts{}, fmt.Errorf("--run %q matches none of the vectors' names", opts.run)
		}
	}
	props := []report.Property{{Name: "target", Value: "in-process reference"}}
	if opts.rpc != "" {
		props[0].Value = opts.rpc
	}
	target, info, closeTarget, err := vectorTarget(ctx, opts.rpc, opts.timeout)
	if info != nil {
		props[0].Value = info.String()
	}
	if !opts.json {
		fmt.Fprintf(out, "target: %s\n", props[0].Value)
		if info != nil {
			for _, w := range info.Warnings {
				fmt.Fprintf(out, "warning: %s\n", w)
			}
		}
	}
	if err != nil {
		return report.Counts{}, err
	}
	defer closeTarget()
	progress := report.NewTerminalProgress(errOut, len(set))
	cases := make([]report.Case, 0, len(set))
	for i := range set {
		c := execute.Check(ctx, target, &set[i])
		progress.Add(c)
		cases = append(cases, c)
		if opts.failFast && !c.Passed() {
			break
		}
	}
	progress.Finish()
	if opts.failFast && len(cases) < len(set) {
		props = append(props, report.Property{Name: "fail-fast", Value: fmt.Sprintf("stopped after %d of %d vectors", len(cases), len(set))})
		if !opts.json {
			fmt.Fprintf(out, "--fail-fast: stopped after %d of %d vectors\n", len(cases), len(set))
		}
	}
	summary := report.Summarize(cases)
	if opts.junit != "" {
		if err := writeJUnitFile(opts.junit, "execute-vectors", props, cases); err != nil {
			return summary.Total, err
		}
	}
	if opts.json {
		return summary.Total, report.WriteJSON(out, props, cases)
	}
	return summary.Total, summary.WriteTable(out)
}

// vectorTarget is the reference (rpcURL empty) or the node at rpcURL, diagnosed
// first (execute.DiagnoseNode); info is nil for the reference.
func vectorTarget(ctx context.Context, rpcURL string, timeout time.Duration) (execute.Target, *execute.NodeInfo, func(), error) {
	if rpcURL == "" {
		registerPrecompiles()
		return execute.Reference{Execute: precompile.NewExecute(l2.L1Config())}, nil, func() {}, nil
	}
	client, err := dialNode(ctx, rpcURL, timeout)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("connecting to %s: %w (is the node running with --http?)", rpcURL, err)
	}
	info, err := execute.DiagnoseNode(ctx, client, rpcURL, l2.L1Config(), timeout)
	if err != nil {
		client.Close()
		if info.ClientVersion == "" {
			return nil, nil, nil, err
		}
		return nil, &info, nil, err
	}
	rules := l2.L1Config().Rules(common.Big1, true, 0)
	return execute.RPC{Client: client, Rules: rules, Timeout: timeout}, &info, client.Close, nil
}

// dialNode connects to a node within timeout: a WebSocket or IPC endpoint that
// accepts and never completes the handshake fails instead of hanging (HTTP
// connects lazily, per call, under each call's timeout).
func dialNode(ctx context.Context, url string, timeout time.Duration) (*rpc.Client, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	c, err := rpc.DialContext(ctx, url)
	// The handshake's read can hit the connection deadline (taken from ctx) a
	// moment before ctx itself reports it: a net timeout is the same timeout.
	var netErr net.Error
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded) || (errors.As(err, &netErr) && netErr.Timeout()) {
		return nil, fmt.Errorf("no answer within --timeout %v: %w", timeout, err)
	}
	return c, err
}
