package precompile_test

import (
	"context"
	"crypto/rand"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/stateless"
	"github.com/stretchr/testify/require"
)

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

// cpuTime is the CPU time this process has used, user and system. Unlike wall
// time, other jobs on a loaded machine do not inflate it; it does include the
// garbage collector and every goroutine the measured code starts.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		panic(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// measure runs fn in b's loop and reports, per gas charged, the wall time
// (ns/gas) and the process CPU time (cpu-ns/gas).
func measure(b *testing.B, gas uint64, fn func()) {
	b.ResetTimer()
	start := cpuTime()
	for b.Loop() {
		fn()
	}
	cpu := cpuTime() - start
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(gas), "ns/gas")
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N)/float64(gas), "cpu-ns/gas")
	b.ReportMetric(float64(gas), "gas")
}

// BenchmarkGasCalibration measures CPU per charged gas for the input shapes that
// maximise it, next to ecrecover (3000 gas), the yardstick: no shape may cost
// more ns/gas than ecrecover.
func BenchmarkGasCalibration(b *testing.B) {
	b.Run("ecrecover", func(b *testing.B) {
		ecrecover := vm.PrecompiledContractsOsaka[common.BytesToAddress([]byte{1})]
		hash := crypto.Keccak256([]byte("nr"))
		sig, err := crypto.Sign(hash, l2.DevKey(0))
		require.NoError(b, err)
		input := make([]byte, 128)
		copy(input, hash)
		input[63] = sig[64] + 27
		copy(input[64:], sig[:64])
		measure(b, ecrecover.RequiredGas(input), func() {
			if _, err := ecrecover.Run(input); err != nil {
				b.Fatal(err)
			}
		})
	})
	exec := precompile.NewExecute(l2.L1Config())
	shapes := []struct {
		name  string
		input func(testing.TB) []byte
	}{
		{"empty-block", func(tb testing.TB) []byte { return bigWitnessInputEmpty(tb) }},
		{"max-witness-4MiB", bigWitnessInput},
		{"keccak-loop-10M", func(tb testing.TB) []byte { return benchBlock(tb, keccakLoopRuntime).Input.Encode() }},
	}
	shapes = append(shapes, calibrationShapes()...)
	for _, s := range shapes {
		b.Run(s.name, func(b *testing.B) {
			input := s.input(b)
			out, err := exec.Run(input)
			require.NoError(b, err)
			require.Equal(b, byte(1), out[31], "the benchmark block must be valid")
			measure(b, exec.RequiredGas(input), func() {
				if _, err := exec.Run(input); err != nil {
					b.Fatal(err)
				}
			})
			b.ReportMetric(float64(len(input)), "bytes")
		})
	}
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
// stateless.Execute on the same already-decoded block.
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
		for b.Loop() {
			if _, err := stateless.Execute(context.Background(), config, sin, block.Witness); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("EXECUTE", func(b *testing.B) {
		for b.Loop() {
			if _, err := exec.Run(input); err != nil {
				b.Fatal(err)
			}
		}
	})
}
