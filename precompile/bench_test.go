package precompile_test

import (
	"cmp"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/nativerollup/nr/internal/cputime"
	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/stateless"
	"github.com/nativerollup/nr/tests/eest"
	"github.com/nativerollup/nr/tests/eestexecute"
	"github.com/stretchr/testify/require"
)

// pointEvaluationLoopRuntime copies a point evaluation input from its calldata
// and calls the precompile with it until the gas runs out, adding one to the
// claimed value y before each call: every call is a full KZG verification
// (failing, and so consuming its 50,000 gas) on an input no earlier call had,
// which no precompile result cache can answer. It is the costliest work per
// gas an L1 block can buy, re-executed by EXECUTE.
//
//	PUSH1 192 PUSH1 0 PUSH1 0 CALLDATACOPY
//	JUMPDEST PUSH1 64 MLOAD PUSH1 1 ADD PUSH1 64 MSTORE
//	PUSH1 0 PUSH1 0 PUSH1 192 PUSH1 0 PUSH1 0x0a PUSH3 50000 STATICCALL POP
//	PUSH1 7 JUMP
var pointEvaluationLoopRuntime = common.FromHex("0x60c06000600037" + "5b604051600101604052" + "6000600060c06000600a6200c350fa50" + "600756")

// keccakLoopRuntime hashes 32 bytes of memory forever (until out of gas):
// JUMPDEST PUSH1 32 PUSH1 0 KECCAK256 POP PUSH1 0 JUMP
var keccakLoopRuntime = common.FromHex("0x5b60206000205060005600")

// benchBlock builds a block whose single transaction burns the whole L2 gas
// limit in runtime's loop.
func benchBlock(tb testing.TB, runtime []byte) *l2.Block {
	chain, err := l2.NewChain(l2.DefaultChainID, l2.DevAlloc(1))
	require.NoError(tb, err)
	tb.Cleanup(chain.Close)
	loop := crypto.CreateAddress(l2.DevAddress(0), 0)
	_, err = chain.AddBlocks(1, func(_ int, b *core.BlockGen) {
		b.AddTx(dynTx(tb, b, l2.DefaultChainID, 0, nil, nil, 200_000, deployCode(runtime)))
	})
	require.NoError(tb, err)
	blocks, err := chain.AddBlocks(1, func(_ int, b *core.BlockGen) {
		b.AddTx(dynTx(tb, b, l2.DefaultChainID, 0, &loop, nil, b.Gas(), nil))
	})
	require.NoError(tb, err)
	return blocks[0]
}

// bigWitnessInput is the empty-block input with the witness padded by extra
// trie nodes (allowed, hashed and ignored) up to MaxInputSize.
func bigWitnessInput(tb testing.TB) []byte {
	chain, err := l2.NewChain(l2.DefaultChainID, nil)
	require.NoError(tb, err)
	tb.Cleanup(chain.Close)
	blocks, err := chain.AddBlocks(1, func(int, *core.BlockGen) {})
	require.NoError(tb, err)
	in := *blocks[0].Input
	w := *blocks[0].Witness
	// Each 60-byte node adds 62 bytes of RLP; stop 100 kB short of the limit.
	room := (precompile.MaxInputSize - 100_000 - len(in.Encode())) / 62
	for range min(room, precompile.MaxWitnessNodes-len(w.State)) {
		node := make([]byte, 60)
		_, _ = rand.Read(node)
		w.State = append(w.State, node)
	}
	in.Witness, err = stateless.EncodeWitnessRLP(&w)
	require.NoError(tb, err)
	return in.Encode()
}

// measure runs fn in b's loop and reports, per gas charged, the wall time
// (ns/gas) and the process CPU time (cpu-ns/gas), which it returns with the
// bytes fn allocates per call.
func measure(b *testing.B, gas uint64, fn func()) (cpuPerGas, allocPerOp float64) {
	var before, after runtime.MemStats
	b.ResetTimer()
	runtime.ReadMemStats(&before)
	start := cputime.Process()
	for b.Loop() {
		fn()
	}
	cpu := float64((cputime.Process() - start).Nanoseconds()) / float64(b.N) / float64(gas)
	runtime.ReadMemStats(&after)
	alloc := float64(after.TotalAlloc-before.TotalAlloc) / float64(b.N)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(gas), "ns/gas")
	b.ReportMetric(cpu, "cpu-ns/gas")
	b.ReportMetric(float64(gas), "gas")
	b.ReportMetric(alloc, "alloc-B/op")
	return cpu, alloc
}

// BenchmarkGasCalibration measures CPU per charged gas for the input shapes that
// maximise it, next to the most expensive work L1 itself accepts per gas, in the
// same run: the ecrecover and point evaluation precompiles, each call on an input
// of its own (go-ethereum's precompile result cache answers repeated inputs, so
// a block of distinct inputs is what L1 pays for in full). The goal
// (spec/execute.md, "Calibration"): no EXECUTE input costs more CPU per gas than
// the costlier of the two. It prints the table with the ratios on stdout:
//
//	go test ./precompile -run '^$' -bench '^BenchmarkGasCalibration$' -benchtime 1s
func BenchmarkGasCalibration(b *testing.B) {
	load := cputime.LoadAverage()
	var rows []calibrationRow
	l1 := func(name string, p vm.PrecompiledContract, input []byte) {
		b.Run(name, func(b *testing.B) {
			gas := p.RequiredGas(input)
			cpu, alloc := measure(b, gas, func() {
				if _, err := p.Run(input); err != nil {
					b.Fatal(err)
				}
			})
			rows = append(rows, calibrationRow{name: name, l1: true, bytes: len(input), gas: gas, cpuPerGas: cpu, allocPerOp: alloc})
		})
	}
	l1("ecrecover", vm.PrecompiledContractsOsaka[common.BytesToAddress([]byte{0x01})], ecrecoverInput(b))
	l1("point-evaluation", vm.PrecompiledContractsOsaka[common.BytesToAddress([]byte{0x0a})], pointEvaluationInput(b))
	exec := precompile.NewExecute(l2.L1Config())
	shapes := []struct {
		name  string
		input func(testing.TB) []byte
	}{
		{"empty-block", func(tb testing.TB) []byte { return bigWitnessInputEmpty(tb) }},
		{"max-witness-4MiB", bigWitnessInput},
		{"keccak-loop-10M", func(tb testing.TB) []byte { return benchBlock(tb, keccakLoopRuntime).Input.Encode() }},
		{"point-evaluation-distinct-10M", func(tb testing.TB) []byte {
			return forgedState{runtime: pointEvaluationLoopRuntime, calldata: pointEvaluationInput(tb)}.input(tb, nil)
		}},
	}
	shapes = append(shapes, calibrationShapes()...)
	for _, s := range shapes {
		b.Run(s.name, func(b *testing.B) {
			input := s.input(b)
			out, err := exec.Run(input)
			require.NoError(b, err)
			require.Equal(b, byte(1), out[31], "the benchmark block must be valid")
			gas := exec.RequiredGas(input)
			cpu, alloc := measure(b, gas, func() {
				if _, err := exec.Run(input); err != nil {
					b.Fatal(err)
				}
			})
			b.ReportMetric(float64(len(input)), "bytes")
			rows = append(rows, calibrationRow{name: s.name, bytes: len(input), gas: gas, cpuPerGas: cpu, allocPerOp: alloc})
		})
	}
	b.Run("eest-point-evaluation-10M", func(b *testing.B) {
		exec, input, gasUsed := eestPointEvaluation(b)
		// What EXECUTE would charge had the block declared its gas used as its
		// gas limit: the least a caller can pay for it.
		gas := precompile.ExecuteBaseGas + precompile.ExecutePerByteGas*uint64(len(input)) + precompile.ExecutePerL2GasGas*gasUsed
		cpu, alloc := measure(b, gas, func() {
			if _, err := exec.Run(input); err != nil {
				b.Fatal(err)
			}
		})
		rows = append(rows, calibrationRow{name: "EEST point evaluation block, 10M gas used", bytes: len(input), gas: gas, cpuPerGas: cpu, allocPerOp: alloc})
	})
	writeCalibrationTable(os.Stdout, rows, load, cputime.LoadAverage())
}

// eestPointEvaluation returns EEST's point evaluation benchmark block at 10M gas
// (../shared/bench, NR_BENCH_CORPUS) as an EXECUTE input, with the EXECUTE it
// runs under and its gas used, or skips without the corpus. The block declares a
// gas limit of 10^12, which EXECUTE would charge; the calibration prices it as
// if it declared its gas used, the least a caller can declare.
func eestPointEvaluation(b *testing.B) (*precompile.Execute, []byte, uint64) {
	dir, err := eest.ResolveBenchCorpus()
	if errors.Is(err, eest.ErrCorpusMissing) {
		b.Skip(err)
	}
	require.NoError(b, err)
	rows, err := eest.LoadManifest(dir)
	require.NoError(b, err)
	var (
		exec    *precompile.Execute
		input   []byte
		gasUsed uint64
	)
	for _, r := range rows {
		if !strings.Contains(r.Test, "::test_point_evaluation[") || !strings.HasSuffix(r.Test, "-gas-value_10M]") {
			continue
		}
		require.NoError(b, eest.EachChainBlock(b.Context(), dir, r, func(cb *eest.ChainBlock) error {
			in, err := precompile.InputFromBlock(cb.Block, cb.Config.ChainID.Uint64(), cb.Parent.Root, cb.Witness)
			if err != nil {
				return err
			}
			exec, input, gasUsed = precompile.NewExecute(eestexecute.L1StandIn(cb.Config)), in.Encode(), cb.Block.GasUsed()
			return nil
		}))
	}
	require.NotNil(b, input, "no point evaluation block at 10M gas in %s", dir)
	out, err := exec.Run(input)
	require.NoError(b, err)
	require.Equal(b, byte(1), out[31], "EXECUTE must accept the block")
	return exec, input, gasUsed
}

// calibrationRow is one measured input: an L1 precompile or an EXECUTE input.
type calibrationRow struct {
	name      string
	l1        bool
	bytes     int
	gas       uint64
	cpuPerGas float64
	// allocPerOp is the bytes allocated per call.
	allocPerOp float64
}

// writeCalibrationTable prints one line per input, costliest per gas first:
// the median of its runs (-count) with their range, as a ratio to ecrecover and
// to the costliest L1 precompile of the run.
func writeCalibrationTable(w io.Writer, runs []calibrationRow, loadBefore, loadAfter string) {
	var (
		rows   []calibrationRow
		ranges = map[string][]float64{}
		allocs = map[string][]float64{}
	)
	for _, r := range runs {
		if _, ok := ranges[r.name]; !ok {
			rows = append(rows, r)
		}
		ranges[r.name] = append(ranges[r.name], r.cpuPerGas)
		allocs[r.name] = append(allocs[r.name], r.allocPerOp)
	}
	var ecrecover, worst calibrationRow
	for i, r := range rows {
		v := slices.Clone(ranges[r.name])
		slices.Sort(v)
		rows[i].cpuPerGas = (v[(len(v)-1)/2] + v[len(v)/2]) / 2
		if r.name == "ecrecover" {
			ecrecover = rows[i]
		}
		if r.l1 && rows[i].cpuPerGas > worst.cpuPerGas {
			worst = rows[i]
		}
	}
	slices.SortStableFunc(rows, func(x, y calibrationRow) int { return cmp.Compare(y.cpuPerGas, x.cpuPerGas) })
	fmt.Fprintf(w, "\nProcess CPU time per charged gas (getrusage), median of %d run(s); load average %s before, %s after; GOMAXPROCS %d.\n\n",
		len(runs)/max(len(rows), 1), loadBefore, loadAfter, runtime.GOMAXPROCS(0))
	fmt.Fprintf(w, "| input | bytes | gas | cpu-ns/gas (range) | vs ecrecover | vs %s (costliest L1) | allocated bytes per input byte |\n|---|---:|---:|---:|---:|---:|---:|\n", worst.name)
	for _, r := range rows {
		name := r.name
		if r.l1 {
			name += " (L1 precompile)"
		}
		fmt.Fprintf(w, "| %s | %d | %d | %.2f (%.2f-%.2f) | %s | %s | %.1f |\n", name, r.bytes, r.gas, r.cpuPerGas,
			slices.Min(ranges[r.name]), slices.Max(ranges[r.name]), ratioTo(r, ecrecover), ratioTo(r, worst),
			slices.Min(allocs[r.name])/float64(r.bytes))
	}
}

func ratioTo(r, base calibrationRow) string {
	if base.cpuPerGas == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.3f", r.cpuPerGas/base.cpuPerGas)
}

// ecrecoverInput is a valid ecrecover input: a hash, v and a signature of it.
func ecrecoverInput(tb testing.TB) []byte {
	hash := crypto.Keccak256([]byte("nr"))
	sig, err := crypto.Sign(hash, l2.DevKey(0))
	require.NoError(tb, err)
	input := make([]byte, 128)
	copy(input, hash)
	input[63] = sig[64] + 27
	copy(input[64:], sig[:64])
	return input
}

// pointEvaluationInput is a valid point evaluation input (EIP-4844: versioned
// hash, z, y, commitment, proof) for a full blob, every field element carrying
// data.
func pointEvaluationInput(tb testing.TB) []byte {
	var blob kzg4844.Blob
	for i := 0; i < len(blob); i += 32 {
		element := crypto.Keccak256([]byte{byte(i >> 16), byte(i >> 8), byte(i)})
		element[0] = 0 // below the field modulus
		copy(blob[i:], element)
	}
	commitment, err := kzg4844.BlobToCommitment(&blob)
	require.NoError(tb, err)
	var z kzg4844.Point
	copy(z[1:], crypto.Keccak256([]byte("z")))
	proof, y, err := kzg4844.ComputeProof(&blob, z)
	require.NoError(tb, err)
	hash := kzg4844.CalcBlobHashV1(sha256.New(), &commitment)
	return slices.Concat(hash[:], z[:], y[:], commitment[:], proof[:])
}

func bigWitnessInputEmpty(tb testing.TB) []byte {
	chain, err := l2.NewChain(l2.DefaultChainID, nil)
	require.NoError(tb, err)
	tb.Cleanup(chain.Close)
	blocks, err := chain.AddBlocks(1, func(int, *core.BlockGen) {})
	require.NoError(tb, err)
	return blocks[0].Input.Encode()
}

// BenchmarkOverhead compares EXECUTE (decode, policy, execute, compare) with bare
// stateless.Execute on the same already-decoded block, both per L2 gas used, so
// that their cpu-ns/gas ratio is EXECUTE's overhead.
func BenchmarkOverhead(b *testing.B) {
	block := benchBlock(b, keccakLoopRuntime)
	input := block.Input.Encode()
	exec := precompile.NewExecute(l2.L1Config())
	b.Run("stateless.Execute", func(b *testing.B) {
		in, err := precompile.DecodeInput(input)
		require.NoError(b, err)
		txs, err := precompile.DecodeTransactions(in.Transactions, in.ChainID, in.GasLimit)
		require.NoError(b, err)
		sin := stateless.InputFromBlock(block.Block, block.PreStateRoot)
		sin.Transactions = txs
		config := precompile.L2Config(l2.L1Config(), in.ChainID)
		measure(b, block.Block.GasUsed(), func() {
			if _, err := stateless.Execute(context.Background(), config, sin, block.Witness); err != nil {
				b.Fatal(err)
			}
		})
	})
	b.Run("EXECUTE", func(b *testing.B) {
		measure(b, block.Block.GasUsed(), func() {
			if _, err := exec.Run(input); err != nil {
				b.Fatal(err)
			}
		})
	})
}
