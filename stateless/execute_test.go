package stateless_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/stateless"
)

// TestExecuteRejects covers the inputs the committed vectors cannot express: they
// alter the Input or the config rather than a block's bytes.
func TestExecuteRejects(t *testing.T) {
	c := generateTestChain(t)
	input := func() *stateless.Input { return stateless.InputFromBlock(c.blocks[1], c.parent(1).Root) }
	amsterdam := *c.config
	amsterdam.AmsterdamTime = new(uint64)
	preMerge := *c.config
	preMerge.TerminalTotalDifficulty = nil

	tooManyHeaders := &stateless.Witness{Headers: make([]*types.Header, stateless.MaxHeaders+1)}
	for i := range tooManyHeaders.Headers {
		tooManyHeaders.Headers[i] = c.parent(1)
	}
	signer := types.LatestSigner(c.config)
	nonceTooHigh := types.MustSignNewTx(key1, signer, &types.DynamicFeeTx{
		ChainID: c.config.ChainID, Nonce: 100, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(100 * params.GWei), Gas: 21_000, To: &addr2,
	})
	fromStranger := types.MustSignNewTx(strangerKey(t, c), signer, &types.DynamicFeeTx{
		ChainID: c.config.ChainID, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(100 * params.GWei), Gas: 21_000, To: &addr2,
	})
	lowGas := types.MustSignNewTx(key1, signer, &types.DynamicFeeTx{
		ChainID: c.config.ChainID, Nonce: 3, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(100 * params.GWei), Gas: 20_000, To: &addr2,
	})

	w1 := c.witnesses[1]
	for _, tc := range []struct {
		name   string
		config *params.ChainConfig
		change func(in *stateless.Input)
		w      *stateless.Witness
		want   []error
	}{
		{"nil witness", c.config, nil, nil, []error{stateless.ErrEmptyWitness}},
		{"257 headers", c.config, nil, tooManyHeaders, []error{stateless.ErrTooManyHeaders}},
		{"claimed parent is another block", c.config, func(in *stateless.Input) { in.ParentHash = c.blocks[0].ParentHash() }, w1, []error{stateless.ErrParentMismatch}},
		{"withdrawals list missing after Shanghai", c.config, func(in *stateless.Input) { in.Env.Withdrawals = nil }, w1, []error{stateless.ErrInvalidHeader}},
		{"beacon root missing after Cancun", c.config, func(in *stateless.Input) { in.Env.ParentBeaconRoot = nil }, w1, []error{stateless.ErrInvalidHeader}},
		{"gas limit below the minimum", c.config, func(in *stateless.Input) { in.Env.GasLimit = 4999 }, w1, []error{stateless.ErrInvalidHeader}},
		{"nonce too high", c.config, func(in *stateless.Input) { in.Transactions = types.Transactions{nonceTooHigh} }, w1, []error{stateless.ErrInvalidTransaction, core.ErrNonceTooHigh}},
		{"gas below intrinsic gas", c.config, func(in *stateless.Input) { in.Transactions = types.Transactions{lowGas} }, w1, []error{stateless.ErrInvalidTransaction, core.ErrIntrinsicGas}},
		// The witness neither holds nor disproves the sender's account: a verdict
		// of "insufficient funds" would be a guess, so it must be missing data.
		{"unproven sender", c.config, func(in *stateless.Input) { in.Transactions = types.Transactions{fromStranger} }, w1, []error{stateless.ErrMissingWitnessData}},
		{"Amsterdam rules", &amsterdam, nil, w1, []error{stateless.ErrUnsupportedFork}},
		{"chain without a merge", &preMerge, nil, w1, []error{stateless.ErrUnsupportedFork}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := input()
			if tc.change != nil {
				tc.change(in)
			}
			res, err := stateless.Execute(context.Background(), tc.config, in, tc.w)
			require.Nil(t, res)
			for _, want := range tc.want {
				require.ErrorIs(t, err, want)
			}
		})
	}
}

// strangerKey returns a key whose account is not in block 2's witness and whose
// trie path runs into a node the witness does not carry (the leaf of the
// blockhash contract, which block 2 never touches), so the witness cannot show
// whether the account exists.
func strangerKey(t *testing.T, c *testChain) *ecdsa.PrivateKey {
	t.Helper()
	leaf := last(c.proofPath(t, trie.StateTrieID(c.parent(1).Root), blockhashAddr.Bytes()))
	require.NotContains(t, c.witnesses[1].State, leaf, "block 2 must not touch the blockhash contract")
	nibble := crypto.Keccak256(blockhashAddr.Bytes())[0] >> 4
	for i := int64(1); ; i++ {
		key, err := crypto.ToECDSA(common.BigToHash(big.NewInt(i)).Bytes())
		require.NoError(t, err)
		if crypto.Keccak256(crypto.PubkeyToAddress(key.PublicKey).Bytes())[0]>>4 == nibble {
			return key
		}
	}
}

// TestExecuteConcurrent runs every block from several goroutines at once (run
// with -race): Execute shares nothing but the read-only config.
func TestExecuteConcurrent(t *testing.T) {
	c := generateTestChain(t)
	var wg sync.WaitGroup
	hashes := make([][]common.Hash, 8)
	for g := range hashes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, block := range c.blocks {
				res, err := stateless.VerifyBlock(context.Background(), c.config, block, c.parent(i).Root, c.witnesses[i])
				if err != nil {
					t.Error(err)
					return
				}
				hashes[g] = append(hashes[g], res.Hash)
			}
		}()
	}
	wg.Wait()
	for _, h := range hashes {
		require.Equal(t, hashes[0], h)
	}
	require.Len(t, hashes[0], len(c.blocks))
}
