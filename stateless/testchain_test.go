package stateless_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/beacon"
	"github.com/ethereum/go-ethereum/consensus/ethash"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	gethstateless "github.com/ethereum/go-ethereum/core/stateless"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/stateless"
)

// Runtime code of the test contracts, hand-assembled so the tests depend on nothing
// but go-ethereum.
var (
	// storeCode: sstore(calldata[0:32], calldata[32:64]); log1(0, 0, calldata[32:64]).
	storeCode = common.FromHex("602035600035556020356000600060a100")
	// blockhashCode: sstore(0, blockhash(number - 3)).
	blockhashCode = common.FromHex("4360039003406000550000")
)

var (
	key1, _ = crypto.HexToECDSA("b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291")
	key2, _ = crypto.HexToECDSA("8a1f9a8f95be41cd7ccb6168179afb4504aefe388d1e14474d32c45c72ce7b7a")
	addr1   = crypto.PubkeyToAddress(key1.PublicKey)
	addr2   = crypto.PubkeyToAddress(key2.PublicKey)
	// Contracts deployed by addr1 in block 1 with nonces 0 and 1.
	storeAddr     = crypto.CreateAddress(addr1, 0)
	blockhashAddr = crypto.CreateAddress(addr1, 1)
)

// testChain is a short post-Osaka chain with every block's recorded witness.
type testChain struct {
	config    *params.ChainConfig
	bc        *core.BlockChain
	blocks    []*types.Block // blocks[i] has number i+1
	witnesses []*stateless.Witness
	recorded  []*gethstateless.Witness // as go-ethereum recorded them
}

func (c *testChain) parent(i int) *types.Header {
	return c.bc.GetHeaderByNumber(c.blocks[i].NumberU64() - 1)
}

// generateTestChain builds five blocks that exercise what a witness must carry:
//
//	1: deploy the store and blockhash contracts (legacy txs), a transfer
//	2: store slots 1 and 2 (their hashed keys differ in the first nibble, so the
//	   storage trie root is a branch with two leaves)
//	3: delete slot 1, collapsing that branch into slot 2's leaf; blockhash(0)
//	4: an EIP-7702 delegation of addr2 to the store code, then a call through it
//	5: blockhash(2), needing headers 2, 3 and 4
func generateTestChain(t testing.TB) *testChain {
	t.Helper()
	config := params.MergedTestChainConfig
	alloc := core.SystemContractAllocs()
	alloc[addr1] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))}
	alloc[addr2] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))}
	genesis := &core.Genesis{
		Config:     config,
		GasLimit:   30_000_000,
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Difficulty: big.NewInt(0),
		Alloc:      alloc,
	}
	engine := beacon.New(ethash.NewFaker())
	signer := types.LatestSigner(config)
	// Blocks are generated one at a time on top of a chain that holds their
	// ancestors: BLOCKHASH during generation needs the real headers.
	gendb, _, _ := core.GenerateChainWithGenesis(genesis, engine, 0, nil)
	bc, err := core.NewBlockChain(rawdb.NewMemoryDatabase(), genesis, engine, core.DefaultConfig())
	require.NoError(t, err)
	t.Cleanup(bc.Stop)
	gen := func(i int, b *core.BlockGen) {
		send := func(key *ecdsa.PrivateKey, to *common.Address, data []byte) {
			tx := types.MustSignNewTx(key, signer, &types.DynamicFeeTx{
				ChainID:   config.ChainID,
				Nonce:     b.TxNonce(crypto.PubkeyToAddress(key.PublicKey)),
				GasTipCap: big.NewInt(params.GWei),
				GasFeeCap: new(big.Int).Add(b.BaseFee(), big.NewInt(2*params.GWei)),
				Gas:       200_000,
				To:        to,
				Data:      data,
			})
			b.AddTxWithChain(bc, tx)
		}
		store := func(slot, value uint64) []byte {
			return append(common.BigToHash(new(big.Int).SetUint64(slot)).Bytes(), common.BigToHash(new(big.Int).SetUint64(value)).Bytes()...)
		}
		switch b.Number().Uint64() {
		case 1:
			for _, code := range [][]byte{storeCode, blockhashCode} {
				b.AddTxWithChain(bc, types.MustSignNewTx(key1, signer, &types.LegacyTx{
					Nonce:    b.TxNonce(addr1),
					GasPrice: new(big.Int).Add(b.BaseFee(), big.NewInt(params.GWei)),
					Gas:      200_000,
					Data:     deployCode(code),
				}))
			}
			send(key1, &addr2, nil)
		case 2:
			send(key1, &storeAddr, store(1, 1))
			send(key1, &storeAddr, store(2, 2))
		case 3:
			send(key1, &storeAddr, store(1, 0))
			send(key2, &blockhashAddr, nil)
		case 4:
			auth, err := types.SignSetCode(key2, types.SetCodeAuthorization{
				ChainID: *uint256.MustFromBig(config.ChainID),
				Address: storeAddr,
				Nonce:   b.TxNonce(addr2) + 1,
			})
			require.NoError(t, err)
			b.AddTxWithChain(bc, types.MustSignNewTx(key2, signer, &types.SetCodeTx{
				ChainID:   uint256.MustFromBig(config.ChainID),
				Nonce:     b.TxNonce(addr2),
				GasTipCap: uint256.NewInt(params.GWei),
				GasFeeCap: uint256.MustFromBig(new(big.Int).Add(b.BaseFee(), big.NewInt(2*params.GWei))),
				Gas:       200_000,
				To:        addr2,
				Data:      store(7, 7),
				AuthList:  []types.SetCodeAuthorization{auth},
			}))
		case 5:
			send(key1, &blockhashAddr, nil)
		}
	}
	c := &testChain{config: config, bc: bc}
	parent := bc.Genesis()
	for i := 0; i < 5; i++ {
		blocks, _ := core.GenerateChain(config, parent, engine, gendb, 1, gen)
		_, err := bc.InsertChain(blocks)
		require.NoError(t, err)
		c.blocks = append(c.blocks, blocks[0])
		parent = blocks[0]
	}
	for i, block := range c.blocks {
		res, err := bc.ProcessBlock(context.Background(), c.parent(i).Root, block, core.ExecuteConfig{MakeWitness: true})
		require.NoError(t, err)
		c.recorded = append(c.recorded, res.Witness())
		c.witnesses = append(c.witnesses, stateless.FromGeth(res.Witness()))
	}
	return c
}

// deployCode wraps runtime code in init code that returns it.
func deployCode(runtime []byte) []byte {
	n := byte(len(runtime))
	return append([]byte{0x60, n, 0x60, 0x0c, 0x60, 0x00, 0x39, 0x60, n, 0x60, 0x00, 0xf3}, runtime...)
}

// proofPath returns the trie nodes from the root to the leaf of key (an address
// or a storage slot, hashed here) in the trie id names.
func (c *testChain) proofPath(t testing.TB, id *trie.ID, key []byte) [][]byte {
	t.Helper()
	tr, err := trie.NewStateTrie(id, c.bc.TrieDB())
	require.NoError(t, err)
	var path orderedProof
	require.NoError(t, tr.Prove(crypto.Keccak256(key), &path))
	require.Greater(t, len(path), 1, "key's leaf must sit below the root")
	return path
}

// orderedProof collects proof nodes in the order Prove writes them: root first.
type orderedProof [][]byte

func (p *orderedProof) Put(_ []byte, value []byte) error {
	*p = append(*p, common.CopyBytes(value))
	return nil
}

func (p *orderedProof) Delete([]byte) error { panic("not used by Prove") }

func TestGeneratedChainVerifies(t *testing.T) {
	c := generateTestChain(t)
	for i, block := range c.blocks {
		res, err := stateless.VerifyBlock(context.Background(), c.config, block, c.parent(i).Root, c.witnesses[i])
		require.NoError(t, err, "block %d", block.NumberU64())
		require.Equal(t, block.Hash(), res.Hash)
		require.Equal(t, block.GasUsed(), res.GasUsed)
	}
	// The blocks exercise what their descriptions say.
	require.Len(t, c.witnesses[2].Headers, 3, "blockhash(0) in block 3: geth records headers 0 to 2")
	require.Len(t, c.witnesses[4].Headers, 3, "blockhash(2) in block 5 needs headers 2, 3 and 4")
	st, err := c.bc.StateAt(c.blocks[4].Root(), c.blocks[4].Number(), c.blocks[4].Time())
	require.NoError(t, err)
	require.Equal(t, common.Hash{}, st.GetState(storeAddr, common.BigToHash(big.NewInt(1))), "slot 1 deleted")
	require.Equal(t, common.BigToHash(big.NewInt(2)), st.GetState(storeAddr, common.BigToHash(big.NewInt(2))))
	require.Equal(t, common.BigToHash(big.NewInt(7)), st.GetState(addr2, common.BigToHash(big.NewInt(7))), "7702 call stored through the delegation")
	require.Equal(t, c.blocks[1].Hash(), st.GetState(blockhashAddr, common.Hash{}), "blockhash(2) stored in block 5")
}
