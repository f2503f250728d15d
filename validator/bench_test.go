package validator

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto/bn256"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/internal/cputime"
)

// ecPairing is go-ethereum's 0x08 precompile as Osaka runs it.
var ecPairing = vm.PrecompiledContractsOsaka[common.BytesToAddress([]byte{8})]

// measure runs fn b.N times and reports the process CPU time per op next to
// wall time, so a loaded machine's figures can still be compared.
func measure(b *testing.B, fn func()) {
	b.ReportAllocs()
	cpu := cputime.Process()
	b.ResetTimer()
	for b.Loop() {
		fn()
	}
	b.StopTimer()
	b.ReportMetric(float64((cputime.Process()-cpu).Nanoseconds())/float64(b.N), "cpu-ns/op")
}

// TestPairingInputMatchesPrecompile: the 768 bytes the benchmark feeds 0x08
// are the pairing Verify checks: 0x08 returns 1 for every real proof and 0
// for a tampered one.
func TestPairingInputMatchesPrecompile(t *testing.T) {
	for _, f := range loadSP1Fixtures(t) {
		vk := f.key(t)
		in, err := vk.PairingInput([32]byte(f.ProgramVKey), f.PublicValues, f.Proof)
		require.NoError(t, err)
		require.Len(t, in, 768)
		out, err := ecPairing.Run(in)
		require.NoError(t, err)
		require.Equal(t, common.LeftPadBytes([]byte{1}, 32), out, f.Version)
		tampered := bytes.Clone(f.PublicValues)
		tampered[len(tampered)-1] ^= 1
		in, err = vk.PairingInput([32]byte(f.ProgramVKey), tampered, f.Proof)
		require.NoError(t, err)
		out, err = ecPairing.Run(in)
		require.NoError(t, err)
		require.Equal(t, make([]byte, 32), out, f.Version)
	}
}

// BenchmarkGroth16 verifies each real SP1 proof three ways in one run:
//
//   - Verify: nr's whole check (selector, length, sha256 of the public
//     values, public inputs below r, point decoding with subgroup checks,
//     L = ic[0] + Σ in[i]·ic[i+1], the 4-pair pairing);
//   - Pairing: bn256.PairingCheck alone on already-parsed points;
//   - EcPairing: the same 4-pair check through the ecPairing precompile
//     (vm.PrecompiledContractsOsaka at 0x08) from its 768-byte input, point
//     decoding included, as an on-chain verifier pays for it.
func BenchmarkGroth16(b *testing.B) {
	for _, f := range loadSP1Fixtures(b) {
		vk := f.key(b)
		key := [32]byte(f.ProgramVKey)
		b.Run(f.Version+"/Verify", func(b *testing.B) {
			measure(b, func() {
				if err := vk.Verify(key, f.PublicValues, f.Proof); err != nil {
					b.Fatal(err)
				}
			})
		})
		in, err := vk.PairingInput(key, f.PublicValues, f.Proof)
		require.NoError(b, err)
		b.Run(f.Version+"/Pairing", func(b *testing.B) {
			g1 := make([]*bn256.G1, 4)
			g2 := make([]*bn256.G2, 4)
			for i := range 4 {
				g1[i], g2[i] = new(bn256.G1), new(bn256.G2)
				_, err := g1[i].Unmarshal(in[192*i : 192*i+64])
				require.NoError(b, err)
				_, err = g2[i].Unmarshal(in[192*i+64 : 192*(i+1)])
				require.NoError(b, err)
			}
			measure(b, func() {
				if !bn256.PairingCheck(g1, g2) {
					b.Fatal("pairing failed")
				}
			})
		})
		b.Run(f.Version+"/EcPairing", func(b *testing.B) {
			measure(b, func() {
				out, err := ecPairing.Run(in)
				if err != nil || out[31] != 1 {
					b.Fatal("ecPairing rejected the proof", err)
				}
			})
			// After measure: ResetTimer deletes metrics reported before it.
			b.ReportMetric(float64(ecPairing.RequiredGas(in)), "gas")
		})
	}
}
