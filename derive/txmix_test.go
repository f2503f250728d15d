package derive

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"math/rand"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

// txMix generates signed L2 transactions in a realistic mix: mostly ERC-20
// transfers and plain transfers, some DEX swaps with long calldata, a few legacy
// and access-list transactions. Senders and recipients come from small pools, as
// on a real chain, which is what makes batches compressible.
type txMix struct {
	rng     *rand.Rand
	signer  types.Signer
	keys    []*ecdsa.PrivateKey
	nonces  []uint64
	targets []common.Address
}

var testChainID = big.NewInt(1_000_001)

func newTxMix(t testing.TB, seed int64) *txMix {
	rng := rand.New(rand.NewSource(seed))
	m := &txMix{rng: rng, signer: types.LatestSignerForChainID(testChainID)}
	for i := range 32 {
		// ecdsa.GenerateKey ignores its reader since Go 1.24; derive keys from the seed.
		key, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("nr derive test key %d/%d", seed, i))))
		require.NoError(t, err)
		m.keys = append(m.keys, key)
		m.nonces = append(m.nonces, 0)
	}
	for range 64 {
		var a common.Address
		rng.Read(a[:])
		m.targets = append(m.targets, a)
	}
	return m
}

func (m *txMix) word(n uint64) []byte {
	return common.LeftPadBytes(new(big.Int).SetUint64(n).Bytes(), 32)
}

// next returns one signed transaction in its EIP-2718 binary form.
func (m *txMix) next(t testing.TB) []byte {
	from := m.rng.Intn(len(m.keys))
	nonce := m.nonces[from]
	m.nonces[from]++
	to := m.targets[m.rng.Intn(len(m.targets))]
	tip, feeCap := big.NewInt(1e6), big.NewInt(2e9+int64(m.rng.Intn(1e8)))
	var data []byte
	gas := uint64(21000)
	kind := m.rng.Intn(100)
	switch {
	case kind < 50: // ERC-20 transfer(address,uint256)
		data = append([]byte{0xa9, 0x05, 0x9c, 0xbb}, common.LeftPadBytes(m.targets[m.rng.Intn(len(m.targets))].Bytes(), 32)...)
		data = append(data, m.word(uint64(m.rng.Int63n(1e12)))...)
		gas = 65000
	case kind < 65: // swap: selector, amounts, deadline, a path of addresses
		data = []byte{0x38, 0xed, 0x17, 0x39}
		data = append(data, m.word(uint64(m.rng.Int63n(1e18)))...)
		data = append(data, m.word(uint64(m.rng.Int63n(1e18)))...)
		data = append(data, m.word(0xa0)...)
		data = append(data, common.LeftPadBytes(m.keysAddr(from).Bytes(), 32)...)
		data = append(data, m.word(1_700_000_000+uint64(m.rng.Intn(1000)))...)
		hops := 2 + m.rng.Intn(3)
		data = append(data, m.word(uint64(hops))...)
		for range hops {
			data = append(data, common.LeftPadBytes(m.targets[m.rng.Intn(8)].Bytes(), 32)...)
		}
		gas = 180000
	}
	var inner types.TxData
	switch {
	case kind >= 90 && kind < 95:
		inner = &types.LegacyTx{Nonce: nonce, GasPrice: feeCap, Gas: gas, To: &to, Value: big.NewInt(m.rng.Int63n(1e17)), Data: data}
	case kind >= 95:
		inner = &types.AccessListTx{ChainID: testChainID, Nonce: nonce, GasPrice: feeCap, Gas: gas, To: &to, Data: data,
			AccessList: types.AccessList{{Address: to, StorageKeys: []common.Hash{common.BigToHash(big.NewInt(int64(m.rng.Intn(16))))}}}}
	default:
		inner = &types.DynamicFeeTx{ChainID: testChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: &to, Value: big.NewInt(m.rng.Int63n(1e17)), Data: data}
	}
	tx, err := types.SignNewTx(m.keys[from], m.signer, inner)
	require.NoError(t, err)
	raw, err := tx.MarshalBinary()
	require.NoError(t, err)
	return raw
}

func (m *txMix) keysAddr(i int) common.Address { return crypto.PubkeyToAddress(m.keys[i].PublicKey) }

// batch returns a batch of blocks with txsPerBlock transactions each.
func (m *txMix) batch(t testing.TB, blocks, txsPerBlock int) Batch {
	var b Batch
	for i := range blocks {
		block := Block{
			Timestamp:    1_800_000_000 + uint64(i)*2,
			GasLimit:     30_000_000,
			FeeRecipient: common.HexToAddress("0x4200000000000000000000000000000000000011"),
			ExtraData:    []byte("nr"),
		}
		m.rng.Read(block.PrevRandao[:])
		for range txsPerBlock {
			block.Transactions = append(block.Transactions, m.next(t))
		}
		b.Blocks = append(b.Blocks, block)
	}
	return b
}

// signedBlobTx returns a signed type-3 transaction without its sidecar.
func (m *txMix) signedBlobTx(t testing.TB) []byte {
	tx, err := types.SignNewTx(m.keys[0], m.signer, &types.BlobTx{
		ChainID: uint256.MustFromBig(testChainID), Nonce: 1, GasTipCap: uint256.NewInt(1), GasFeeCap: uint256.NewInt(1e9),
		Gas: 21000, To: m.targets[0], BlobFeeCap: uint256.NewInt(1), BlobHashes: []common.Hash{{0x01}},
	})
	require.NoError(t, err)
	raw, err := tx.MarshalBinary()
	require.NoError(t, err)
	return raw
}

// signedSetCodeTx returns a signed EIP-7702 transaction.
func (m *txMix) signedSetCodeTx(t testing.TB) []byte {
	auth, err := types.SignSetCode(m.keys[1], types.SetCodeAuthorization{ChainID: *uint256.MustFromBig(testChainID), Address: m.targets[1], Nonce: 0})
	require.NoError(t, err)
	tx, err := types.SignNewTx(m.keys[0], m.signer, &types.SetCodeTx{
		ChainID: uint256.MustFromBig(testChainID), Nonce: 2, GasTipCap: uint256.NewInt(1), GasFeeCap: uint256.NewInt(1e9),
		Gas: 100000, To: m.targets[0], AuthList: []types.SetCodeAuthorization{auth},
	})
	require.NoError(t, err)
	raw, err := tx.MarshalBinary()
	require.NoError(t, err)
	return raw
}

// blobsOf turns raw bytes into blobs: each 131072-byte chunk is one blob, the last
// one zero-padded.
func blobsOf(raw []byte) []kzg4844.Blob {
	blobs := make([]kzg4844.Blob, (len(raw)+BlobSize-1)/BlobSize)
	for i := range blobs {
		copy(blobs[i][:], raw[i*BlobSize:])
	}
	return blobs
}
