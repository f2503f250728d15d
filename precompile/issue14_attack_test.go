package precompile_test

// Attacks on the issue-14 fast path (in-place decoding, aliasing witness
// entries, the per-call precompile result cache), kept as regression tests.

import (
	"bytes"
	"encoding/binary"
	"math/big"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/stateless"
	"github.com/stretchr/testify/require"
)

// TestAttackAliasedInputNeitherWrittenNorAppended runs EXECUTE on inputs whose
// backing array continues past the input (as an EVM memory slice does: the
// precompile's input is scope.Memory.GetPtr) and from several goroutines at
// once on the very same bytes (run with -race). Decoding aliases the input, so
// an append to any aliased field that did not reallocate, or any write by a
// consumer, would show in the input or in the sentinel bytes after it.
func TestAttackAliasedInputNeitherWrittenNorAppended(t *testing.T) {
	exec := precompile.NewExecute(l2Config())
	for _, b := range testChain(t) {
		enc := b.Input.Encode()
		const tail = 4096
		backing := make([]byte, len(enc)+tail)
		copy(backing, enc)
		for i := len(enc); i < len(backing); i++ {
			backing[i] = 0xa5
		}
		before := bytes.Clone(backing)
		input := backing[:len(enc)] // cap extends over the sentinel

		outs := make([][]byte, 6)
		var wg sync.WaitGroup
		for g := range outs {
			wg.Go(func() {
				out, err := exec.Run(input)
				if err != nil {
					t.Error(err)
					return
				}
				outs[g] = out
			})
		}
		wg.Wait()
		require.Equal(t, before, backing, "block %d: the input or the bytes after it changed", b.Block.NumberU64())
		for _, out := range outs {
			require.Equal(t, outs[0], out)
		}
		valid, hash := decodeOutput(t, outs[0])
		require.True(t, valid)
		require.Equal(t, b.Block.Hash(), hash)

		// A shared Decoded (the validator's precheck hands one to several
		// verifiers) verifies the same from several goroutines.
		d, err := exec.Decode(input)
		require.NoError(t, err)
		var wg2 sync.WaitGroup
		for range 4 {
			wg2.Go(func() {
				v, err := exec.VerifyDecoded(t.Context(), d)
				if err != nil {
					t.Error(err)
					return
				}
				if !v.Valid || v.BlockHash != b.Block.Hash() {
					t.Errorf("shared Decoded: valid %v hash %x", v.Valid, v.BlockHash)
				}
			})
		}
		wg2.Wait()
		require.Equal(t, before, backing)
	}
}

// precompileCall is one STATICCALL the cache-probing contract makes.
type precompileCall struct {
	addr  byte
	input []byte
}

// cacheProbeRuntime returns code that STATICCALLs each precompile with its
// input and stores keccak(returndata) + success at slot i, so the post-state
// root depends on every output and success flag.
func cacheProbeRuntime(calls []precompileCall) []byte {
	var code []byte
	push2 := func(v int) { code = append(code, 0x61, byte(v>>8), byte(v)) }
	for i, c := range calls {
		padded := common.RightPadBytes(c.input, (len(c.input)+31)/32*32)
		for j := 0; j < len(padded); j += 32 {
			code = append(code, 0x7f) // PUSH32
			code = append(code, padded[j:j+32]...)
			push2(j)
			code = append(code, 0x52) // MSTORE
		}
		code = append(code, 0x60, 0x00, 0x60, 0x00) // retSize, retOffset
		push2(len(c.input))                         // argsSize
		code = append(code, 0x60, 0x00)             // argsOffset
		code = append(code, 0x73)                   // PUSH20 addr
		code = append(code, common.BytesToAddress([]byte{c.addr}).Bytes()...)
		code = append(code, 0x62, 0x01, 0x86, 0xa0, 0xfa) // PUSH3 100000 STATICCALL: a failing call burns only that
		code = append(code, 0x3d, 0x60, 0x00)
		push2(0x4000)
		code = append(code, 0x3e) // RETURNDATACOPY(0x4000, 0, size)
		code = append(code, 0x3d)
		push2(0x4000)
		code = append(code, 0x20, 0x01) // KECCAK256, ADD success
		push2(i)
		code = append(code, 0x55) // SSTORE
	}
	return append(code, 0x00)
}

func word(v uint64) []byte {
	w := make([]byte, 32)
	binary.BigEndian.PutUint64(w[24:], v)
	return w
}

func cat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

// cacheProbeCalls are inputs that go-ethereum's result cache normalises to one
// key (trailing zeros, bytes past what Run reads, modexp operands past the
// declared lengths) next to inputs that must not share a key, each repeated.
func cacheProbeCalls(t testing.TB) []precompileCall {
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	hash := crypto.Keccak256([]byte("issue 14"))
	sig, err := crypto.Sign(hash, key)
	require.NoError(t, err)
	ecr := cat(hash, word(uint64(sig[64])+27), sig[:32], sig[32:64])
	ecrBadV := cat(hash, word(uint64(sig[64])+29), sig[:32], sig[32:64])
	modexp := cat(word(1), word(1), word(1), []byte{3, 5, 7})
	modexpBig := cat(word(1), word(2), word(32), []byte{3}, []byte{0x01, 0x00}, bytes.Repeat([]byte{0xff}, 32))
	g1 := cat(word(1), word(2))
	blake := func(rounds uint32, final byte) []byte {
		in := make([]byte, 213)
		binary.BigEndian.PutUint32(in, rounds)
		for i := 4; i < 212; i++ {
			in[i] = byte(i)
		}
		in[212] = final
		return in
	}
	return []precompileCall{
		{1, ecr}, {1, ecr}, {1, cat(ecr, make([]byte, 32))}, {1, cat(ecr, bytes.Repeat([]byte{0xee}, 40))},
		{1, ecrBadV}, {1, cat(ecrBadV, []byte{1})}, {1, ecr[:127]}, {1, cat(ecr[:96], make([]byte, 31), []byte{1})},
		{2, []byte("abc")}, {2, []byte("abc")}, {2, cat([]byte("abc"), []byte{0})}, {2, nil},
		{3, []byte("abc")}, {3, cat([]byte("abc"), []byte{0})},
		{5, modexp}, {5, modexp}, {5, cat(modexp, bytes.Repeat([]byte{0xff}, 50))}, {5, modexp[:98]},
		{5, cat(modexp[:98], []byte{0})}, {5, modexpBig}, {5, modexpBig[:100]}, {5, word(0)},
		{5, cat(word(0), word(3), word(0), []byte{9, 9, 9})}, {5, cat(word(0), word(3), word(0))},
		{6, cat(g1, g1)}, {6, cat(g1, g1)}, {6, cat(g1, make([]byte, 64))}, {6, g1}, {6, cat(g1, []byte{0})},
		{7, cat(g1, word(2))}, {7, cat(g1, word(2), []byte{1})}, {7, cat(g1, word(0))}, {7, g1},
		{9, blake(0, 1)}, {9, blake(0, 1)}, {9, blake(1, 1)}, {9, blake(1, 0)}, {9, blake(0, 2)},
		{8, nil}, {8, make([]byte, 192)}, {8, make([]byte, 192)},
		{4, []byte("identity is not cached")},
	}
}

// TestAttackPrecompileCacheChangesNothing runs a block that calls the cacheable
// precompiles with inputs the per-call result cache normalises to one key (and
// repeats each): EXECUTE must reach exactly the block core.GenerateChain built,
// whose EVM has no result cache. Any input two cache entries confuse, or any
// gas or output difference on a hit, changes the post-state root.
func TestAttackPrecompileCacheChangesNothing(t *testing.T) {
	calls := cacheProbeCalls(t)
	probe := common.HexToAddress("0xc0ffee")
	alloc := l2.DevAlloc(1)
	alloc[probe] = types.Account{Code: cacheProbeRuntime(calls), Balance: common.Big0}
	chain, err := l2.NewChain(l2.DefaultChainID, alloc)
	require.NoError(t, err)
	t.Cleanup(chain.Close)
	blocks, err := chain.AddBlocks(2, func(i int, b *core.BlockGen) {
		b.AddTx(dynTx(t, b, l2.DefaultChainID, 0, &probe, nil, 3_000_000, nil))
		if i == 1 {
			b.AddTx(dynTx(t, b, l2.DefaultChainID, 0, &probe, big.NewInt(0), 3_000_000, nil))
		}
	})
	require.NoError(t, err)
	exec := precompile.NewExecute(l2Config())
	for _, b := range blocks {
		for _, r := range b.Receipts {
			require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
		}
		out, err := exec.Run(b.Input.Encode())
		require.NoError(t, err)
		valid, hash := decodeOutput(t, out)
		require.True(t, valid, "block %d", b.Block.NumberU64())
		require.Equal(t, b.Block.Hash(), hash)
	}
	state, err := chain.BlockChain().StateAt(blocks[0].Block.Root(), blocks[0].Block.Number(), blocks[0].Block.Time())
	require.NoError(t, err)
	for i := range calls {
		require.NotEqual(t, common.Hash{}, state.GetState(probe, common.BigToHash(big.NewInt(int64(i)))), "call %d stored nothing", i)
	}
}

// TestAttackNoGoroutineLeftPerCall runs EXECUTE many times on honest blocks,
// false claims, missing data, forged crash shapes and malformed witnesses: the
// goroutines it starts (the parallel hashing, go-ethereum's receipt pipeline
// and its storage-root workers) must all have ended when a call returns,
// whatever the outcome.
func TestAttackNoGoroutineLeftPerCall(t *testing.T) {
	exec := precompile.NewExecute(l2Config())
	blocks := testChain(t)
	crashes, honest := crashInputs(t)
	var inputs [][]byte
	for _, b := range blocks {
		inputs = append(inputs, b.Input.Encode())
		bad := *b.Input
		bad.ReceiptsRoot[5] ^= 1
		inputs = append(inputs, bad.Encode())
		missing := *b.Input
		missing.Witness = reencodeWitness(t, b.Input.Witness, func(w *stateless.Witness) { w.State = w.State[1:] })
		inputs = append(inputs, missing.Encode())
		noCode := *b.Input
		noCode.Witness = reencodeWitness(t, b.Input.Witness, func(w *stateless.Witness) { w.Codes = nil })
		inputs = append(inputs, noCode.Encode())
	}
	for _, c := range crashes {
		inputs = append(inputs, c.input)
	}
	inputs = append(inputs, honest)
	for _, in := range inputs {
		exec.Run(in) // warm up anything started once per process
	}
	runtime.GC()
	time.Sleep(50 * time.Millisecond)
	before := runtime.NumGoroutine()
	for range 10 {
		for _, in := range inputs {
			exec.Run(in)
		}
	}
	var after int
	for range 50 { // a returning goroutine may still be unwinding
		if after = runtime.NumGoroutine(); after <= before {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	require.LessOrEqual(t, after, before, "goroutines left behind by %d calls", 10*len(inputs))
}

// TestAttackEmptyBlockReceiptsClaims: a block without transactions (the
// receipt pipeline digests nothing) verifies with its true claims, and every
// single-claim change (the receipts root of a non-empty block, the zero hash,
// the state root in its place, gas used 1) is false, not an error.
func TestAttackEmptyBlockReceiptsClaims(t *testing.T) {
	chain, err := l2.NewChain(l2.DefaultChainID, l2.DevAlloc(1))
	require.NoError(t, err)
	t.Cleanup(chain.Close)
	blocks, err := chain.AddBlocks(2, func(i int, b *core.BlockGen) {
		if i == 0 {
			to := l2.DevAddress(0)
			b.AddTx(dynTx(t, b, l2.DefaultChainID, 0, &to, common.Big1, 21_000, nil))
		}
	})
	require.NoError(t, err)
	empty := blocks[1]
	require.Empty(t, empty.Block.Transactions())
	require.Equal(t, types.EmptyReceiptsHash, empty.Input.ReceiptsRoot)
	exec := precompile.NewExecute(l2Config())
	out, err := exec.Run(empty.Input.Encode())
	require.NoError(t, err)
	valid, hash := decodeOutput(t, out)
	require.True(t, valid)
	require.Equal(t, empty.Block.Hash(), hash)
	for name, mutate := range map[string]func(in *precompile.Input){
		"another block's receipts root": func(in *precompile.Input) { in.ReceiptsRoot = blocks[0].Input.ReceiptsRoot },
		"zero receipts root":            func(in *precompile.Input) { in.ReceiptsRoot = common.Hash{} },
		"state root as receipts root":   func(in *precompile.Input) { in.ReceiptsRoot = in.PostStateRoot },
		"gas used 1":                    func(in *precompile.Input) { in.GasUsed = 1 },
		"receipts root as state root":   func(in *precompile.Input) { in.PostStateRoot = in.ReceiptsRoot },
	} {
		in := *empty.Input
		mutate(&in)
		out, err := exec.Run(in.Encode())
		require.NoError(t, err, name)
		valid, hash := decodeOutput(t, out)
		require.False(t, valid, name)
		require.Equal(t, empty.Block.Hash(), hash, name)
	}
}
