package precompile_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"
	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/stretchr/testify/require"
)

// sampleInput is a fully populated input whose fields are all distinct.
func sampleInput() *precompile.Input {
	return &precompile.Input{
		ChainID:       l2.DefaultChainID,
		ParentHash:    common.HexToHash("0x01"),
		PreStateRoot:  common.HexToHash("0x02"),
		Timestamp:     1_700_000_000,
		GasLimit:      10_000_000,
		FeeRecipient:  common.HexToAddress("0xfee"),
		PrevRandao:    common.HexToHash("0x03"),
		ExtraData:     []byte("nr"),
		Anchor:        common.HexToHash("0x04"),
		PostStateRoot: common.HexToHash("0x05"),
		ReceiptsRoot:  common.HexToHash("0x06"),
		GasUsed:       21_000,
		Transactions:  []byte{0xc0},
		Witness:       []byte{0xc4, 0xc0, 0xc0, 0xc0, 0xc0},
	}
}

func TestInputRoundTrip(t *testing.T) {
	in := sampleInput()
	enc := in.Encode()
	require.Equal(t, common.BigToHash(big.NewInt(precompile.Version1)).Bytes(), enc[:32], "version is word 0")
	got, err := precompile.DecodeInput(enc)
	require.NoError(t, err)
	require.Equal(t, in, got)
}

func TestDecodeInputErrors(t *testing.T) {
	valid := sampleInput().Encode()
	withByte := func(i int, v byte) []byte { b := bytes.Clone(valid); b[i] = v; return b }
	cases := []struct {
		name  string
		input []byte
		want  error
	}{
		{"empty", nil, precompile.ErrMalformedInput},
		{"shorter than the version word", valid[:31], precompile.ErrMalformedInput},
		{"version 0", withByte(31, 0), precompile.ErrUnsupportedVersion},
		{"version 2", withByte(31, 2), precompile.ErrUnsupportedVersion},
		{"version word with a dirty high byte", withByte(0, 1), precompile.ErrUnsupportedVersion},
		{"head only", valid[:15*32], precompile.ErrMalformedInput},
		{"last padding byte cut", valid[:len(valid)-1], precompile.ErrNonCanonicalInput},
		{"witness length beyond the input", valid[:len(valid)-32], precompile.ErrMalformedInput},
		{"trailing byte", append(bytes.Clone(valid), 0), precompile.ErrNonCanonicalInput},
		{"chain id with a dirty high byte", withByte(32, 1), precompile.ErrMalformedInput},
		{"address with a dirty high byte", withByte(6*32, 1), precompile.ErrNonCanonicalInput},
		{"dirty padding after extra data", withByte(15*32+32+2, 1), precompile.ErrNonCanonicalInput},
		{"larger than MaxInputSize", make([]byte, precompile.MaxInputSize+1), precompile.ErrInputTooLarge},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := precompile.DecodeInput(tc.input)
			require.ErrorIs(t, err, tc.want)
		})
	}
}

func signedTx(t *testing.T, chainID uint64, txdata types.TxData) []byte {
	t.Helper()
	tx, err := types.SignNewTx(l2.DevKey(0), types.LatestSignerForChainID(new(big.Int).SetUint64(chainID)), txdata)
	require.NoError(t, err)
	enc, err := rlp.EncodeToBytes(types.Transactions{tx})
	require.NoError(t, err)
	return enc
}

func TestDecodeTransactionsErrors(t *testing.T) {
	to := common.HexToAddress("0xbeef")
	id := big.NewInt(l2.DefaultChainID)
	dyn := &types.DynamicFeeTx{ChainID: id, Gas: 21_000, GasFeeCap: big.NewInt(params.GWei), GasTipCap: big.NewInt(1), To: &to}
	legacy, err := types.SignNewTx(l2.DevKey(0), types.HomesteadSigner{}, &types.LegacyTx{Gas: 21_000, GasPrice: big.NewInt(params.GWei), To: &to})
	require.NoError(t, err)
	unprotected, err := rlp.EncodeToBytes(types.Transactions{legacy})
	require.NoError(t, err)
	blob := &types.BlobTx{ChainID: uint256.NewInt(l2.DefaultChainID), Gas: 21_000, GasFeeCap: uint256.NewInt(params.GWei),
		GasTipCap: uint256.NewInt(1), BlobFeeCap: uint256.NewInt(1), To: to, BlobHashes: []common.Hash{{0x01}}}
	otherChain := *dyn
	otherChain.ChainID = big.NewInt(1)
	oneTx := signedTx(t, l2.DefaultChainID, dyn)

	cases := []struct {
		name     string
		txs      []byte
		gasLimit uint64
		want     error
	}{
		{"not a list", []byte{0x80}, 10_000_000, precompile.ErrMalformedTransactions},
		{"empty bytes", nil, 10_000_000, precompile.ErrMalformedTransactions},
		{"trailing bytes", append(bytes.Clone(oneTx), 0xc0), 10_000_000, precompile.ErrMalformedTransactions},
		{"list of garbage", []byte{0xc1, 0x01}, 10_000_000, precompile.ErrMalformedTransactions},
		{"non-canonical list length", append([]byte{0xf8, byte(len(oneTx) - 1)}, oneTx[1:]...), 10_000_000, precompile.ErrMalformedTransactions},
		{"more than gasLimit/21000", oneTx, 20_999, precompile.ErrTooManyTransactions},
		{"blob transaction", signedTx(t, l2.DefaultChainID, blob), 10_000_000, precompile.ErrBlobTransaction},
		{"signed for another chain", signedTx(t, 1, &otherChain), 10_000_000, precompile.ErrWrongChainID},
		{"legacy without EIP-155", unprotected, 10_000_000, precompile.ErrUnprotectedTransaction},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := precompile.DecodeTransactions(tc.txs, l2.DefaultChainID, tc.gasLimit)
			require.ErrorIs(t, err, tc.want)
		})
	}
	txs, err := precompile.DecodeTransactions(oneTx, l2.DefaultChainID, 21_000)
	require.NoError(t, err)
	require.Len(t, txs, 1)
}

func TestDecodeWitnessErrors(t *testing.T) {
	list := func(items ...[]byte) []byte {
		enc, err := rlp.EncodeToBytes(items)
		require.NoError(t, err)
		return enc
	}
	many := func(n int) []byte { return list(make([][]byte, n)...) }
	wrap := func(parts ...[]byte) []byte {
		var enc []byte
		for _, p := range parts {
			enc = append(enc, p...)
		}
		return append(rlpListHeader(len(enc)), enc...)
	}
	empty := list()
	cases := []struct {
		name    string
		witness []byte
		want    error
	}{
		{"not a list", []byte{0x80}, precompile.ErrMalformedWitness},
		{"three lists", wrap(empty, empty, empty), precompile.ErrMalformedWitness},
		{"five lists", wrap(empty, empty, empty, empty, empty), precompile.ErrMalformedWitness},
		{"trailing bytes", append(wrap(empty, empty, empty, empty), 0), precompile.ErrMalformedWitness},
		{"header that is not a header", wrap(list([]byte{1}), empty, empty, empty), precompile.ErrMalformedWitness},
		{"too many headers", wrap(many(precompile.MaxWitnessHeaders+1), empty, empty, empty), precompile.ErrWitnessTooLarge},
		{"too many codes", wrap(empty, many(precompile.MaxWitnessCodes+1), empty, empty), precompile.ErrWitnessTooLarge},
		{"too many state nodes", wrap(empty, empty, many(precompile.MaxWitnessNodes+1), empty), precompile.ErrWitnessTooLarge},
		{"too many keys", wrap(empty, empty, empty, many(precompile.MaxWitnessKeys+1)), precompile.ErrWitnessTooLarge},
		{"non-canonical byte string", wrap(empty, list(), []byte{0xc2, 0x81, 0x01}, empty), precompile.ErrMalformedWitness},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := precompile.DecodeWitness(tc.witness)
			require.ErrorIs(t, err, tc.want)
		})
	}
	w, err := precompile.DecodeWitness(wrap(empty, empty, empty, empty))
	require.NoError(t, err)
	require.Empty(t, w.Headers)
}

func rlpListHeader(size int) []byte {
	if size < 56 {
		return []byte{0xc0 + byte(size)}
	}
	n := new(big.Int).SetInt64(int64(size)).Bytes()
	return append([]byte{0xf7 + byte(len(n))}, n...)
}

func TestRequiredGas(t *testing.T) {
	in := sampleInput()
	enc := in.Encode()
	want := uint64(precompile.ExecuteBaseGas + precompile.ExecutePerByteGas*len(enc) + int(in.GasLimit))
	require.Equal(t, want, precompile.RequiredGas(enc))

	claimsMore := *in
	claimsMore.GasUsed = in.GasLimit
	require.Equal(t, want, precompile.RequiredGas(claimsMore.Encode()), "gas must not depend on the claimed gasUsed")

	require.Equal(t, uint64(precompile.ExecuteBaseGas), precompile.RequiredGas(nil))
	require.Equal(t, uint64(precompile.ExecuteBaseGas+precompile.ExecutePerByteGas*100), precompile.RequiredGas(make([]byte, 100)), "no gasLimit word")
	huge := bytes.Clone(enc)
	huge[5*32] = 1
	require.Equal(t, ^uint64(0), precompile.RequiredGas(huge), "a gasLimit word beyond uint64 saturates")
}
