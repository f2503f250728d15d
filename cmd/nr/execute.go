package main

import (
	"bytes"
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
	Use:   "execute [vector.json[.gz] | input-file | 0xHEX | -]",
	Short: "Run the EXECUTE precompile on one input and print the verdict",
	Long: `Runs EXECUTE (0x…0101) in process on one input, as an L1 node would inside a
STATICCALL, and prints the verdict (valid / false / failed with the reason), the gas
it charges and how long decoding and execution took.

The input is one of:
  a vector file (spec/conformance.md, .json or .json.gz): the vector is checked
      (every field, name equal to the file name) and so is the outcome: the
      command exits 1 naming the difference if EXECUTE's success, output or gas
      differs from the vector's;
  an input file: hex (with or without 0x; whitespace around it ignored) when the
      whole file is hex digits, raw input bytes otherwise;
  a 0x-prefixed hex string;
  -: standard input, read as a vector if it starts with '{', else as an input file.
With no argument it runs the example built into nr, tests/vectors/execute/` + vectors.ExampleExecute + `.
A file or stdin larger than EXECUTE's largest input in hex (plus 1 MiB) is
refused before it is read whole.

--l2.chainid N refuses, without running it, an input for another L2 chain.
--json prints the verdict as one JSON object. Exits 1 if the call fails.`,
	Args: cobra.MaximumNArgs(1),
	RunE: func(cmd *cobra.Command, args []string) error {
		src := executeSource{name: "built-in example " + vectors.ExampleExecute}
		var err error
		if len(args) == 1 {
			src, err = readExecuteSource(args[0], cmd.InOrStdin())
		} else {
			src.input, err = readExampleInput()
		}
		if err != nil {
			return err
		}
		return runExecute(cmd.Context(), cmd.OutOrStdout(), src, viper.GetUint64("l2.chainid"), viper.GetBool("json"))
	},
}

func init() {
	executeCmd.Flags().Uint64("l2.chainid", 0, "only run inputs for this L2 chain id (0: any)")
	executeCmd.Flags().Bool("json", false, "print the verdict as one JSON object")
	rootCmd.AddCommand(executeCmd)
}

// executeSource is what nr execute runs: the input, where it came from and,
// for a vector, the expected outcome.
type executeSource struct {
	name   string
	input  []byte
	vector *execute.Vector
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

// readExecuteSource reads the argument of nr execute (see its help).
func readExecuteSource(source string, stdin io.Reader) (executeSource, error) {
	src := executeSource{name: source}
	if strings.HasPrefix(source, "0x") {
		b, err := hex.DecodeString(source[2:])
		if err != nil {
			return src, fmt.Errorf("the argument starts with 0x but is not hex: %w", err)
		}
		src.input = b
		return src, nil
	}
	if execute.IsVectorFile(source) {
		v, err := execute.LoadFile(source)
		if err != nil {
			return src, err
		}
		src.input, src.vector = v.Input, v
		return src, nil
	}
	var b []byte
	if source == "-" {
		src.name = "standard input"
		var err error
		if b, err = execute.ReadLimited(stdin, "standard input", execute.MaxFileSize); err != nil {
			return src, err
		}
		if text := bytes.TrimSpace(b); len(text) > 0 && text[0] == '{' {
			v, err := execute.ParseVector("-", text)
			if err != nil {
				return src, err
			}
			src.input, src.vector = v.Input, v
			return src, nil
		}
	} else {
		f, err := os.Open(source)
		if err != nil {
			return src, fmt.Errorf("reading the input: %w (pass a vector .json, an input file, 0x-hex or - for stdin)", err)
		}
		defer f.Close()
		if b, err = execute.ReadLimited(f, source, execute.MaxFileSize); err != nil {
			return src, err
		}
	}
	src.input = decodeInputFile(b)
	return src, nil
}

// decodeInputFile is an input file's bytes: hex when the whole file (whitespace
// trimmed, an optional 0x removed) is an even number of hex digits, raw
// otherwise. EXECUTE inputs start with a 32-byte version word, so a raw input
// that is all ASCII hex digits does not occur.
func decodeInputFile(b []byte) []byte {
	text := strings.TrimSpace(string(b))
	text = strings.TrimPrefix(strings.TrimPrefix(text, "0x"), "0X")
	if len(text)%2 == 0 {
		if dec, err := hex.DecodeString(text); err == nil {
			return dec
		}
	}
	return b
}

// executeJSON is nr execute --json's object.
type executeJSON struct {
	Source        string   `json:"source"`
	InputBytes    int      `json:"inputBytes"`
	Gas           uint64   `json:"gas"`
	Verdict       string   `json:"verdict"` // "valid", "false" or "failed"
	Error         string   `json:"error,omitempty"`
	ChainID       uint64   `json:"chainId,omitempty"`
	BlockNumber   uint64   `json:"blockNumber,omitempty"`
	Transactions  int      `json:"transactions,omitempty"`
	GasUsed       uint64   `json:"gasUsed,omitempty"`
	BlockHash     string   `json:"blockHash,omitempty"`
	Mismatches    []string `json:"mismatches,omitempty"`
	Output        string   `json:"output"`
	TimeMicros    int64    `json:"timeMicros"`
	VectorMatches *bool    `json:"vectorMatches,omitempty"`
	VectorDiff    []string `json:"vectorDiff,omitempty"`
}

func runExecute(ctx context.Context, out io.Writer, src executeSource, chainID uint64, asJSON bool) error {
	registerPrecompiles()
	input := src.input
	if chainID != 0 {
		if in, err := precompile.DecodeInput(input); err == nil && in.ChainID != chainID {
			return fmt.Errorf("not run: the input is for L2 chain %d and --l2.chainid is %d (a mismatch of your filter, not an EXECUTE failure: a node would run this input; drop --l2.chainid or pass %d)",
				in.ChainID, chainID, in.ChainID)
		}
	}
	exec := precompile.NewExecute(l2.L1Config())
	gas := exec.RequiredGas(input)
	start := time.Now()
	verdict, err := exec.Verify(ctx, input)
	elapsed := time.Since(start)
	rep := executeJSON{Source: src.name, InputBytes: len(input), Gas: gas, Output: "0x", TimeMicros: elapsed.Microseconds()}
	var output []byte
	if err != nil {
		rep.Verdict, rep.Error = "failed", err.Error()
	} else {
		output = verdict.Output()
		in, res := verdict.Input, verdict.Result
		rep.Verdict, rep.ChainID, rep.BlockNumber, rep.Transactions, rep.GasUsed = "false", in.ChainID, res.Header.Number.Uint64(), len(res.Receipts), res.GasUsed
		rep.BlockHash, rep.Output = verdict.BlockHash.Hex(), fmt.Sprintf("0x%x", output)
		if verdict.Valid {
			rep.Verdict = "valid"
		} else {
			rep.Mismatches = verdict.Mismatches()
		}
	}
	var diff []string
	if v := src.vector; v != nil {
		diff = vectorDiff(v, err, output, gas)
		ok := len(diff) == 0
		rep.VectorMatches, rep.VectorDiff = &ok, diff
	}
	if asJSON {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		if e := enc.Encode(rep); e != nil {
			return e
		}
	} else {
		fmt.Fprintf(out, "input     %s (%d bytes)\n", src.name, len(input))
		fmt.Fprintf(out, "gas       %d (base %d + %d/byte + declared L2 gas limit)\n", gas, precompile.ExecuteBaseGas, precompile.ExecutePerByteGas)
		if err != nil {
			fmt.Fprintf(out, "verdict   FAILED: the call reverts and consumes its gas\nreason    %v\n", err)
		} else {
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
			fmt.Fprintf(out, "output    0x%x\n", output)
		}
		fmt.Fprintf(out, "time      %v\n", elapsed.Round(time.Microsecond))
		if src.vector != nil {
			if len(diff) == 0 {
				fmt.Fprintf(out, "vector    matches %s (success, output and gas)\n", src.vector.Name)
			} else {
				fmt.Fprintf(out, "vector    DIFFERS from %s:\n          %s\n", src.vector.Name, strings.Join(diff, "\n          "))
			}
		}
	}
	if len(diff) > 0 {
		return fmt.Errorf("the outcome differs from vector %s: %s", src.vector.Name, strings.Join(diff, "; "))
	}
	if err != nil {
		return fmt.Errorf("EXECUTE failed: %w", err)
	}
	return nil
}

// vectorDiff lists how an outcome differs from a vector's expectation.
func vectorDiff(v *execute.Vector, callErr error, output []byte, gas uint64) []string {
	var diff []string
	switch {
	case v.Success && callErr != nil:
		diff = append(diff, fmt.Sprintf("the call failed (%v), the vector expects success with %s", callErr, execute.DescribeOutput(v.Output)))
	case !v.Success && callErr == nil:
		diff = append(diff, fmt.Sprintf("the call succeeded with %s, the vector expects a failure (%s)", execute.DescribeOutput(output), v.Error))
	case v.Success && !bytes.Equal(output, v.Output):
		diff = append(diff, fmt.Sprintf("output %s, the vector expects %s", execute.DescribeOutput(output), execute.DescribeOutput(v.Output)))
	}
	if gas != uint64(v.Gas) {
		diff = append(diff, fmt.Sprintf("gas %d, the vector expects %d", gas, uint64(v.Gas)))
	}
	return diff
}

// registerPrecompiles installs nr's precompiles for the pinned L1 before the
// command builds any EVM, so L2 blocks run with L1's precompile set, EXECUTE
// included, exactly as on an nr node. It is done per command, not in init, so
// the EEST runner keeps go-ethereum's plain L1 precompile set.
func registerPrecompiles() { precompile.Register(l2.L1Config()) }
