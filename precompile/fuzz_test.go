package precompile_test

import (
	"bytes"
	"errors"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/stateless"
	"github.com/nativerollup/nr/tests/execute"
	"github.com/nativerollup/nr/tests/fuzz"
	testvectors "github.com/nativerollup/nr/tests/vectors"
)

// FuzzExecute feeds EXECUTE inputs it must survive. It must never panic or
// mutate its input, must be deterministic, must return either 64 bytes of
// (bool, bytes32) or one of the named errors, and its gas must not depend on
// anything but the input. Edits to the witness alone of an input that succeeds
// must make it fail or leave its output as it was.
//
// The fuzz value is a base input (an index into executeBases) and byte edits to
// it (see editInput), not the input itself: a real input of several KB is what
// reaches execution, and as a fuzz value of its own it was minimized at every
// new coverage for the whole run (235 executions in 90 s). With no edit
// each base must give its known outcome, so the honest blocks run in full.
func FuzzExecute(f *testing.F) {
	bases := executeBases(f)
	for i := range bases {
		f.Add(uint8(i), []byte{})
	}
	op := func(target, kind byte) byte { return target*fuzz.EditKinds + kind }
	f.Add(uint8(0), []byte{op(editEncoding, fuzz.EditSet), 0, 31, 0x02})        // the version word
	f.Add(uint8(0), []byte{op(editEncoding, fuzz.EditSet), 0, 32*5 + 29, 0xff}) // the declared gas limit
	f.Add(uint8(1), []byte{op(editEncoding, fuzz.EditInsert), 0x01, 0, 0})      // a byte into the head: malformed
	f.Add(uint8(1), []byte{op(editTransactions, fuzz.EditDelete), 0, 9, 0})     // a byte out of the transactions
	f.Add(uint8(0), []byte{op(editWitness, fuzz.EditSet), 0x01, 0x40, 0x00})    // a byte of the witness: the same verdict
	f.Add(uint8(1), []byte{op(editWitness, fuzz.EditTruncate), 0x08, 0, 0})     // the witness cut short
	f.Add(uint8(2), []byte{op(editExtraData, fuzz.EditInsert), 0, 0, 0x6e})     // extraData: another block hash
	exec := precompile.NewExecute(l2Config())
	f.Fuzz(func(t *testing.T, index uint8, edits []byte) {
		base := &bases[int(index)%len(bases)]
		input, witnessOnly := editInput(base.input, edits)
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
		if len(edits) < fuzz.EditSize {
			base.check(t, gas, out, err)
		}
		if err == nil && witnessOnly && base.output != nil {
			// The witness can make execution impossible, never change its result.
			require.Equal(t, base.output, out, "edits to the witness of %s changed its outcome", base.name)
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

// executeBase is an input FuzzExecute edits, with the outcome EXECUTE gives it.
type executeBase struct {
	name  string
	input []byte
	// gas is 0 where the base does not state its gas; output is nil for a
	// failure, whose error is err (a vector's, by its exact text) or wraps
	// sentinel.
	gas      uint64
	output   []byte
	err      string
	sentinel error
}

// check asserts the outcome of the base's own input.
func (b *executeBase) check(t *testing.T, gas uint64, out []byte, err error) {
	if b.gas != 0 {
		require.Equal(t, b.gas, gas, "gas of %s", b.name)
	}
	if b.output != nil {
		require.NoError(t, err, b.name)
		require.Equal(t, b.output, out, b.name)
		return
	}
	if b.sentinel != nil {
		require.ErrorIs(t, err, b.sentinel, b.name)
		return
	}
	require.EqualError(t, err, b.err, b.name)
}

// executeBases are the inputs FuzzExecute edits, the test chain's first (the
// indices of committed corpus entries rely on their order): each honest block,
// valid; each with a wrong postStateRoot claim, false with the same hash; the
// sample input; then every committed vector small enough to execute quickly,
// each witness rule, the crash shapes and the repeated-positions bound, so
// edits start from forged tries, not only from honest ones.
func executeBases(t testing.TB) []executeBase {
	var bases []executeBase
	for _, b := range testChain(t) {
		hash := b.Block.Hash()
		bases = append(bases, executeBase{name: "honest block", input: b.Input.Encode(), output: verdictOutput(true, hash)})
		bad := *b.Input
		bad.PostStateRoot[0] ^= 1
		bases = append(bases, executeBase{name: "wrong postStateRoot", input: bad.Encode(), output: verdictOutput(false, hash)})
	}
	bases = append(bases, executeBase{name: "sample input", input: sampleInput().Encode(), sentinel: stateless.ErrEmptyWitness})
	vectors, err := execute.LoadFS(testvectors.Execute())
	require.NoError(t, err)
	for _, v := range vectors {
		if len(v.Input) > 32<<10 {
			continue
		}
		base := executeBase{name: "vector " + v.Name, input: v.Input, gas: uint64(v.Gas), err: v.Error}
		if v.Success {
			base.output = v.Output
		}
		bases = append(bases, base)
	}
	return bases
}

func verdictOutput(valid bool, hash [32]byte) []byte {
	return (&precompile.Verdict{Valid: valid, BlockHash: hash}).Output()
}

// Edit targets, the operation's bits above its kind (fuzz.ApplyEdit): an edit
// to the encoding changes any byte EXECUTE decodes (a head word, an offset, a
// length, padding); an edit to a field of a base that decodes changes the
// field's bytes and re-encodes the input, so its offsets, lengths and padding
// stay canonical and the edit reaches the field's own decoder.
const (
	editEncoding = iota
	editTransactions
	editWitness
	editExtraData
	editTargets
)

// editInput applies each whole edit (fuzz.EditSize bytes) in turn to a copy of
// input; an edit to a field of an input that does not decode is skipped.
// witnessOnly reports whether every edit applied was to the witness field.
func editInput(input, edits []byte) (out []byte, witnessOnly bool) {
	out, witnessOnly = slices.Clone(input), true
	for ; len(edits) >= fuzz.EditSize; edits = edits[fuzz.EditSize:] {
		edit := edits[:fuzz.EditSize]
		target := edit[0] / fuzz.EditKinds % editTargets
		if target == editEncoding {
			out, witnessOnly = fuzz.ApplyEdit(out, edit), false
			continue
		}
		in, err := precompile.DecodeInput(out)
		if err != nil {
			continue
		}
		witnessOnly = witnessOnly && target == editWitness
		// The decoded fields alias out: edit copies.
		switch target {
		case editTransactions:
			in.Transactions = fuzz.ApplyEdit(slices.Clone(in.Transactions), edit)
		case editWitness:
			in.Witness = fuzz.ApplyEdit(slices.Clone(in.Witness), edit)
		case editExtraData:
			in.ExtraData = fuzz.ApplyEdit(slices.Clone(in.ExtraData), edit)
		}
		out = in.Encode()
	}
	return out, witnessOnly
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
