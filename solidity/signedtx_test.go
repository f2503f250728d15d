package solidity_test

import (
	"crypto/ecdsa"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/solidity/bindings"
)

// signedTxMaxGas is the gas bound the differential tests give SignedTx.decode
// (a host's minGasLimit).
const signedTxMaxGas = 1_000_000

// checkSignedTx runs SignedTx.decode on raw and, if it accepts, requires that
// go-ethereum accepts the same bytes under the L2's rules with the same fields:
// it decodes them to a type-2 transaction that re-encodes to raw, recovers the
// same sender, and passes every stateless check block processing applies. This
// is the property forced inclusion rests on: the host must never promise to
// include a transaction that no block can hold. It returns whether SignedTx
// accepted raw.
func checkSignedTx(t testing.TB, h *proofHarness, raw []byte) bool {
	t.Helper()
	out, ok := h.call(t, h.abi.PackDecodeSignedTx(raw, l2.DefaultChainID, big.NewInt(signedTxMaxGas)))
	if !ok {
		return false
	}
	got, err := h.abi.UnpackDecodeSignedTx(out)
	require.NoError(t, err)

	var tx types.Transaction
	require.NoError(t, tx.UnmarshalBinary(raw), "SignedTx accepted %x, which go-ethereum cannot decode", raw)
	again, err := tx.MarshalBinary()
	require.NoError(t, err)
	require.Equal(t, raw, again, "SignedTx accepted a non-canonical encoding")
	require.Equal(t, uint8(types.DynamicFeeTxType), tx.Type())
	cfg := l2.Config(l2.DefaultChainID)
	sender, err := types.Sender(types.LatestSigner(cfg), &tx)
	require.NoError(t, err, "SignedTx accepted a signature go-ethereum rejects: %x", raw)
	require.Equal(t, sender, got.Sender)
	require.Equal(t, tx.Nonce(), got.Nonce)
	require.Less(t, tx.Nonce(), ^uint64(0))
	require.Equal(t, tx.Gas(), got.GasLimit)
	require.Zero(t, tx.GasFeeCap().Cmp(got.MaxFeePerGas))
	require.Zero(t, tx.Value().Cmp(got.Value))
	require.LessOrEqual(t, tx.GasTipCap().Cmp(tx.GasFeeCap()), 0)

	rules := cfg.Rules(common.Big1, true, 1)
	value, overflow := uint256.FromBig(tx.Value())
	require.False(t, overflow)
	intrinsic, err := core.IntrinsicGas(tx.Data(), tx.AccessList(), nil, sender, tx.To(), value, rules)
	require.NoError(t, err)
	floor, err := core.FloorDataGas(rules, sender, tx.To(), value, tx.Data(), tx.AccessList())
	require.NoError(t, err)
	require.GreaterOrEqual(t, tx.Gas(), max(intrinsic, floor))
	require.LessOrEqual(t, tx.Gas(), uint64(min(params.MaxTxGas, signedTxMaxGas)))
	if tx.To() == nil {
		require.LessOrEqual(t, len(tx.Data()), params.MaxInitCodeSize)
	}
	cost := new(big.Int).Add(new(big.Int).Mul(new(big.Int).SetUint64(tx.Gas()), tx.GasFeeCap()), tx.Value())
	require.LessOrEqual(t, cost.BitLen(), 256)
	return true
}

// signedTxSeeds are valid type-2 transactions of every shape SignedTx handles.
func signedTxSeeds(t testing.TB) [][]byte {
	t.Helper()
	signer := types.LatestSigner(l2.Config(l2.DefaultChainID))
	bob := addr(bobKey)
	sign := func(key *ecdsa.PrivateKey, tx *types.DynamicFeeTx) []byte {
		tx.ChainID = big.NewInt(l2.DefaultChainID)
		if tx.GasTipCap == nil {
			tx.GasTipCap, tx.GasFeeCap = big.NewInt(params.GWei), big.NewInt(7*params.GWei)
		}
		if tx.Value == nil {
			tx.Value = new(big.Int)
		}
		signed, err := types.SignNewTx(key, signer, tx)
		require.NoError(t, err)
		raw, err := signed.MarshalBinary()
		require.NoError(t, err)
		return raw
	}
	big1 := new(big.Int).Lsh(big.NewInt(1), 200)
	return [][]byte{
		sign(aliceKey, &types.DynamicFeeTx{To: &bob, Gas: 21000}),
		sign(aliceKey, &types.DynamicFeeTx{Nonce: 1 << 40, To: &bob, Gas: 21000, Value: big.NewInt(127)}),
		sign(bobKey, &types.DynamicFeeTx{Nonce: 3, To: &bob, Gas: 600_000, Data: make([]byte, 300), Value: big.NewInt(128)}),
		sign(bobKey, &types.DynamicFeeTx{To: &bob, Gas: 200_000, Data: []byte{0, 1, 0, 0xff, 0x80}, GasTipCap: big.NewInt(0), GasFeeCap: big1}),
		sign(relayerKey, &types.DynamicFeeTx{To: &bob, Gas: 90_000, Data: []byte{1}, AccessList: types.AccessList{
			{Address: bob, StorageKeys: []common.Hash{{}, {0xff}}}, {Address: addr(aliceKey)}}}),
		sign(challengerKey, &types.DynamicFeeTx{Gas: 100_000, Data: append([]byte{0x60, 0x00, 0x60, 0x00, 0xf3}, make([]byte, 60)...)}),
		sign(aliceKey, &types.DynamicFeeTx{Gas: 53000}),
	}
}

// TestSignedTxMatchesGeth: SignedTx accepts each valid seed with go-ethereum's
// fields and sender, and, over many random single-byte changes, truncations and
// extensions of them, accepts nothing go-ethereum's stateless checks would
// refuse.
func TestSignedTxMatchesGeth(t *testing.T) {
	h := newProofHarness(t)
	seeds := signedTxSeeds(t)
	for i, raw := range seeds {
		require.True(t, checkSignedTx(t, h, raw), "seed %d must be accepted", i)
	}
	rng := rand.New(rand.NewPCG(7, 11))
	accepted := 0
	for range 3000 {
		raw := common.CopyBytes(seeds[rng.IntN(len(seeds))])
		switch rng.IntN(4) {
		case 0, 1:
			raw[rng.IntN(len(raw))] = byte(rng.IntN(256))
		case 2:
			raw = raw[:rng.IntN(len(raw))]
		default:
			raw = append(raw, byte(rng.IntN(256)))
		}
		if checkSignedTx(t, h, raw) {
			accepted++
		}
	}
	// Changing a signed byte mostly gives another valid signature (another sender),
	// so some mutants must be accepted, each checked against go-ethereum above.
	require.Positive(t, accepted)
	t.Logf("%d of 3000 mutants accepted, each also valid for go-ethereum", accepted)
}

// TestSignedTxRejectsNonCanonical: encodings go-ethereum refuses for a signed
// transaction are refused with a named error.
func TestSignedTxRejectsNonCanonical(t *testing.T) {
	h := newProofHarness(t)
	valid := signedTxSeeds(t)[0] // 0x02 || f8 .. or f86x ..: a short transfer
	cases := []struct {
		name string
		raw  []byte
		want common.Hash
	}{
		{"type 1", append([]byte{1}, valid[1:]...), bindings.ProofHarnessUnsupportedTransactionTypeErrorID()},
		{"no body", []byte{2}, bindings.ProofHarnessMalformedTransactionErrorID()},
		{"body is a string", []byte{2, 0x81, 0xff}, bindings.ProofHarnessMalformedTransactionErrorID()},
		{"one byte after the body", append(common.CopyBytes(valid), 0), bindings.ProofHarnessMalformedTransactionErrorID()},
		{"truncated body", valid[:len(valid)-1], bindings.ProofHarnessRLPTruncatedErrorID()},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var tx types.Transaction
			require.Error(t, tx.UnmarshalBinary(c.raw), "go-ethereum must refuse it too")
			out, ok := h.call(t, h.abi.PackDecodeSignedTx(c.raw, l2.DefaultChainID, big.NewInt(signedTxMaxGas)))
			require.False(t, ok)
			requireRevert(t, out, c.want)
		})
	}
}

func FuzzSignedTx(f *testing.F) {
	for _, seed := range signedTxSeeds(f) {
		f.Add(seed)
	}
	h := newProofHarness(f)
	f.Fuzz(func(t *testing.T, raw []byte) {
		if len(raw) > 4096 {
			return
		}
		checkSignedTx(t, h, raw)
	})
}
