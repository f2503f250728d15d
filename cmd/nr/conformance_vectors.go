package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
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
		if err := execute.WriteDir(dir, vectors); err != nil {
			return err
		}
		fmt.Fprintf(cmd.OutOrStdout(), "wrote %d vectors to %s\n", len(vectors), dir)
		return nil
	},
}

var conformanceRunCmd = &cobra.Command{
	Use:   "run",
	Short: "Run EXECUTE vectors against the reference or a node over JSON-RPC",
	Long: `Runs every vector in --vectors (default: the set built into nr, the same as
tests/vectors/execute). Without --rpc the in-process reference precompile
runs them; with --rpc each vector is an eth_call to 0x…0101 on that node (output and
success compared) and successful vectors are also priced with eth_estimateGas, which
must equal the transaction's intrinsic gas plus the vector's gas.

Prints progress on stderr, then failures and a summary on stdout ending with
"N passed, N failed"; exits 1 if any vector failed.`,
	Args: cobra.NoArgs,
	RunE: func(cmd *cobra.Command, _ []string) error {
		counts, err := runVectors(cmd.Context(), cmd.OutOrStdout(), cmd.ErrOrStderr(),
			viper.GetString("vectors"), viper.GetString("rpc"), viper.GetString("junit"))
		if err != nil {
			return err
		}
		if counts.Failed > 0 {
			os.Exit(1) // the summary already says what failed; keep its final line last
		}
		return nil
	},
}

func init() {
	conformanceGenCmd.Flags().String("out", defaultVectorDir, "directory to write the vectors to (stale *.json and *.json.gz files there are removed)")
	f := conformanceRunCmd.Flags()
	f.String("vectors", "", "directory of EXECUTE vector files (default: the set built into nr)")
	f.String("rpc", "", "JSON-RPC URL of a node with EXECUTE at 0x…0101 (default: the in-process reference)")
	f.String("junit", "", "also write the results as JUnit XML to this file")
	conformanceCmd.AddCommand(conformanceGenCmd, conformanceRunCmd)
}

// runVectors runs the vectors in dir (the built-in set if dir is empty) against
// the reference or rpcURL.
func runVectors(ctx context.Context, out, errOut io.Writer, dir, rpcURL, junit string) (report.Counts, error) {
	load := func() ([]execute.Vector, error) { return execute.LoadFS(vectors.Execute()) }
	if dir != "" {
		load = func() ([]execute.Vector, error) { return execute.LoadDir(dir) }
	}
	set, err := load()
	if err != nil {
		return report.Counts{}, err
	}
	target, closeTarget, err := vectorTarget(ctx, rpcURL)
	if err != nil {
		return report.Counts{}, err
	}
	defer closeTarget()
	progress := report.NewProgress(errOut, len(set))
	cases := make([]report.Case, 0, len(set))
	for i := range set {
		c := execute.Check(ctx, target, &set[i])
		progress.Add(c)
		cases = append(cases, c)
	}
	progress.Finish()
	summary := report.Summarize(cases)
	if junit != "" {
		if err := writeJUnitFile(junit, "execute-vectors", cases); err != nil {
			return summary.Total, err
		}
	}
	return summary.Total, summary.WriteTable(out)
}

func vectorTarget(ctx context.Context, rpcURL string) (execute.Target, func(), error) {
	if rpcURL == "" {
		registerPrecompiles()
		return execute.Reference{Execute: precompile.NewExecute(l2.L1Config())}, func() {}, nil
	}
	client, err := rpc.DialContext(ctx, rpcURL)
	if err != nil {
		return nil, nil, fmt.Errorf("connecting to %s: %w (is the node running with --http?)", rpcURL, err)
	}
	// An HTTP client connects lazily: ask once, so an unreachable node is one
	// clear error instead of every vector failing.
	var chainID hexutil.Big
	if err := client.CallContext(ctx, &chainID, "eth_chainId"); err != nil {
		client.Close()
		return nil, nil, fmt.Errorf("%s does not answer eth_chainId: %w (is the node running with --http?)", rpcURL, err)
	}
	return execute.RPC{Client: client, Rules: l2.L1Config().Rules(common.Big1, true, 0)}, client.Close, nil
}
