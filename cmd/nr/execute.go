package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/tests/execute"
	"github.com/nativerollup/nr/tests/vectors"
)

var executeCmd = &cobra.Command{
	Use:   "execute [vector.json[.gz] | input-file | 0xHEX]",
	Short: "Run the EXECUTE precompile on one input and print the verdict",
	Long: `Runs EXECUTE (0x…0101) in process on one input, as an L1 node would inside a
STATICCALL, and prints the verdict (valid / false / failed with the reason), the gas
it charges and how long decoding and execution took.

The input is a vector file (spec/conformance.md, .json or .json.gz), a file of raw or hex input bytes,
or a 0x-prefixed hex string; with no argument it runs the example built into nr,
tests/vectors/execute/` + vectors.ExampleExecute + `. Exits 1 if the call fails.`,
	Args: cobra.MaximumNArgs(1),
	RunE: func(cmd *cobra.Command, args []string) error {
		source, read := "built-in example "+vectors.ExampleExecute, readExampleInput
		if len(args) == 1 {
			source, read = args[0], func() ([]byte, error) { return readExecuteInput(args[0]) }
		}
		input, err := read()
		if err != nil {
			return err
		}
		return runExecute(cmd.Context(), cmd.OutOrStdout(), source, input, viper.GetUint64("l2.chainid"))
	},
}

func init() {
	executeCmd.Flags().Uint64("l2.chainid", 0, "only accept inputs for this L2 chain id (0: any)")
	rootCmd.AddCommand(executeCmd)
}

// readExampleInput returns the input of the built-in example vector.
func readExampleInput() ([]byte, error) {
	b, err := fs.ReadFile(vectors.Execute(), vectors.ExampleExecute)
	if err != nil {
		return nil, err
	}
	var v execute.Vector
	if err := json.Unmarshal(b, &v); err != nil {
		return nil, err
	}
	return v.Input, nil
}

// readExecuteInput reads a vector file, a raw or hex input file, or a hex string.
func readExecuteInput(source string) ([]byte, error) {
	if strings.HasPrefix(source, "0x") {
		b, err := hex.DecodeString(source[2:])
		if err != nil {
			return nil, fmt.Errorf("the argument starts with 0x but is not hex: %w", err)
		}
		return b, nil
	}
	if execute.IsVectorFile(source) {
		v, err := execute.LoadFile(source)
		if err != nil {
			return nil, err
		}
		return v.Input, nil
	}
	b, err := os.ReadFile(source)
	if err != nil {
		return nil, fmt.Errorf("reading the input: %w (pass a vector .json, an input file or 0x-hex)", err)
	}
	if text := strings.TrimSpace(string(b)); strings.HasPrefix(text, "0x") {
		return hex.DecodeString(text[2:])
	}
	return b, nil
}

func runExecute(ctx context.Context, out io.Writer, source string, input []byte, chainID uint64) error {
	registerPrecompiles()
	exec := precompile.NewExecute(l2.L1Config())
	fmt.Fprintf(out, "input     %s (%d bytes)\n", source, len(input))
	fmt.Fprintf(out, "gas       %d (base %d + %d/byte + declared L2 gas limit)\n", exec.RequiredGas(input), precompile.ExecuteBaseGas, precompile.ExecutePerByteGas)
	start := time.Now()
	verdict, err := exec.Verify(ctx, input)
	elapsed := time.Since(start)
	if err == nil && chainID != 0 && verdict.Input.ChainID != chainID {
		err = fmt.Errorf("input is for L2 chain %d, --l2.chainid is %d", verdict.Input.ChainID, chainID)
	}
	if err != nil {
		fmt.Fprintf(out, "verdict   FAILED: the call reverts and consumes its gas\nreason    %v\ntime      %v\n", err, elapsed.Round(time.Microsecond))
		return fmt.Errorf("EXECUTE failed: %w", err)
	}
	in, res := verdict.Input, verdict.Result
	fmt.Fprintf(out, "block     L2 chain %d, number %d, %d transactions, gas used %d of %d\n",
		in.ChainID, res.Header.Number, len(res.Receipts), res.GasUsed, in.GasLimit)
	fmt.Fprintf(out, "hash      %s\n", verdict.BlockHash.Hex())
	if verdict.Valid {
		fmt.Fprintln(out, "verdict   VALID: every claim (post-state root, receipts root, gas used) holds")
	} else {
		fmt.Fprintln(out, "verdict   FALSE: complete data proves a claim wrong")
		for _, m := range verdict.Mismatches() {
			fmt.Fprintf(out, "          %s\n", m)
		}
	}
	fmt.Fprintf(out, "output    0x%x\ntime      %v\n", verdict.Output(), elapsed.Round(time.Microsecond))
	return nil
}

// registerPrecompiles installs nr's precompiles for the pinned L1 before the
// command builds any EVM, so L2 blocks run with L1's precompile set, EXECUTE
// included, exactly as on an nr node. It is done per command, not in init, so
// the EEST runner keeps go-ethereum's plain L1 precompile set.
func registerPrecompiles() { precompile.Register(l2.L1Config()) }
