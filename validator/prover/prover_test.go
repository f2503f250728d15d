package prover

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/validator"
	"github.com/nativerollup/nr/validator/proofsource"
)

type oneProof struct{ p *validator.Proof }

func (o oneProof) Proof(context.Context, string, common.Hash) (*validator.Proof, error) {
	return o.p, nil
}

// TestProve: an honest prover's envelope passes the validator's
// ProofVerifier (signature from the allow-listed key, request bound to the
// input) and agrees with the call's true output; a faulty prover's envelope
// is as well-formed and signed but binds to another outcome, a
// disagreement; an input that fails EXECUTE has nothing to attest.
func TestProve(t *testing.T) {
	c, err := l2.NewChain(l2.DefaultChainID, l2.DevAlloc(4))
	require.NoError(t, err)
	defer c.Close()
	blocks, err := c.AddBlocks(1, func(_ int, b *core.BlockGen) {
		to := l2.DevAddress(3)
		tx, err := types.SignNewTx(l2.DevKey(2), b.Signer(), &types.DynamicFeeTx{
			ChainID: big.NewInt(l2.DefaultChainID), Nonce: b.TxNonce(l2.DevAddress(2)),
			GasTipCap: big.NewInt(params.GWei), GasFeeCap: new(big.Int).Add(b.BaseFee(), big.NewInt(params.GWei)),
			Gas: 21_000, To: &to, Value: big.NewInt(1),
		})
		require.NoError(t, err)
		b.AddTx(tx)
	})
	require.NoError(t, err)
	l1 := l2.L1Config()
	input := blocks[0].Input.Encode()
	v, err := precompile.NewExecute(l1).Verify(context.Background(), input)
	require.NoError(t, err)
	call := &validator.Call{Input: input, Success: true, Output: v.Output()}

	for _, faulty := range []bool{false, true} {
		key, err := crypto.GenerateKey()
		require.NoError(t, err)
		p := New("tee", key, l1, faulty, proofsource.NewStore(""))
		proof, err := p.Prove(context.Background(), call)
		require.NoError(t, err)
		require.Equal(t, call.ID(), proof.Call)
		back, err := validator.DecodeProof(proof.Encode())
		require.NoError(t, err)
		pv := &validator.ProofVerifier{Prover: "tee", System: "tee", L1: l1, Source: oneProof{back},
			Checker: &validator.AttestationChecker{Signers: []common.Address{crypto.PubkeyToAddress(key.PublicKey)}}}
		d, pre := validator.PrecheckVerdict(l1, call)
		require.Nil(t, pre)
		verdict := pv.Verify(context.Background(), call, d)
		want := validator.Agree
		if faulty {
			want = validator.Disagree
		}
		require.Equal(t, want, verdict.Result, "faulty=%v: %s", faulty, verdict.Reason)
	}

	bad := append([]byte{}, input...)
	bad[len(bad)-1] ^= 1
	_, err = New("tee", l2.DevKey(6), l1, false, proofsource.NewStore("")).Prove(context.Background(), &validator.Call{Input: bad})
	require.ErrorIs(t, err, ErrUnprovable)
}
