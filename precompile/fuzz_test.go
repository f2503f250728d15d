package precompile_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/stateless"
	"github.com/nativerollup/nr/tests/execute"
	testvectors "github.com/nativerollup/nr/tests/vectors"
)

// FuzzExecute feeds arbitrary bytes to EXECUTE. It must never panic or mutate its
// input, must be deterministic, must return either 64 bytes of (bool, bytes32) or
// one of the named errors, and its gas must not depend on anything but the input.
func FuzzExecute(f *testing.F) {
	for _, b := range testChain(f) {
		f.Add(b.Input.Encode())
		bad := *b.Input
		bad.PostStateRoot[0] ^= 1
		f.Add(bad.Encode())
	}
	f.Add(sampleInput().Encode())
	f.Add([]byte{})
	// Every committed vector small enough to mutate quickly: each witness rule,
	// the crash shapes and the repeated-positions bound, so mutation starts from
	// forged tries, not only from honest ones.
	vectors, err := execute.LoadFS(testvectors.Execute())
	if err != nil {
		f.Fatal(err)
	}
	for _, v := range vectors {
		if len(v.Input) <= 32<<10 {
			f.Add([]byte(v.Input))
		}
	}
	exec := precompile.NewExecute(l2Config())
	f.Fuzz(func(t *testing.T, input []byte) {
		before := bytes.Clone(input)
		gas := exec.RequiredGas(input)
		out, err := exec.Run(input)
		if !bytes.Equal(before, input) {
			t.Fatal("Run mutated its input")
		}
		if gas != exec.RequiredGas(input) {
			t.Fatal("RequiredGas is not deterministic")
		}
		out2, err2 := exec.Run(input)
		if !bytes.Equal(out, out2) || (err == nil) != (err2 == nil) || (err != nil && err.Error() != err2.Error()) {
			t.Fatalf("Run is not deterministic: %x %v vs %x %v", out, err, out2, err2)
		}
		if err == nil {
			if len(out) != 64 || !bytes.Equal(out[:31], make([]byte, 31)) || out[31] > 1 {
				t.Fatalf("output is not abi.encode(bool, bytes32): %x", out)
			}
			return
		}
		if out != nil {
			t.Fatalf("output %x with error %v", out, err)
		}
		if errors.Is(err, stateless.ErrExecutionFault) {
			t.Fatalf("input made execution panic: %v", err)
		}
		if !isNamed(err) {
			t.Fatalf("error without a sentinel: %v", err)
		}
	})
}

var sentinels = []error{
	precompile.ErrInputTooLarge, precompile.ErrUnsupportedVersion, precompile.ErrMalformedInput,
	precompile.ErrNonCanonicalInput, precompile.ErrMalformedTransactions, precompile.ErrTooManyTransactions,
	precompile.ErrMalformedWitness, precompile.ErrWitnessTooLarge, precompile.ErrBlobTransaction,
	precompile.ErrWrongChainID, precompile.ErrL1ChainID, precompile.ErrUnprotectedTransaction,
	stateless.ErrEmptyWitness, stateless.ErrTooManyHeaders, stateless.ErrHeadersNotContiguous,
	stateless.ErrHeadersNotLinked, stateless.ErrParentMismatch, stateless.ErrPreStateRootMismatch,
	stateless.ErrMissingWitnessData, stateless.ErrInvalidWitnessEncoding, stateless.ErrInvalidHeader,
	stateless.ErrInvalidTransaction, stateless.ErrInvalidBlock, stateless.ErrUnsupportedFork,
	stateless.ErrTrieExpansion, stateless.ErrNonCanonicalNode, stateless.ErrBalanceBound, stateless.ErrSystemContractCode,
}

func isNamed(err error) bool {
	for _, s := range sentinels {
		if errors.Is(err, s) {
			return true
		}
	}
	return false
}
