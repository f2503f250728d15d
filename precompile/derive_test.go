package precompile_test

import (
	"bytes"
	"compress/zlib"
	"encoding/json"
	"errors"
	"math/big"
	"math/rand/v2"
	"os"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"
	"github.com/nativerollup/nr/derive"
	"github.com/nativerollup/nr/internal/cputime"
	"github.com/nativerollup/nr/precompile"
	"github.com/stretchr/testify/require"
)

// DERIVE is installed before any EVM exists, as every nr process does.
func init() { precompile.RegisterDerive() }

func TestDeriveRegistered(t *testing.T) {
	mainnet := params.MainnetChainConfig
	dev := params.AllDevChainProtocolChanges
	rules := map[string]params.Rules{
		"mainnet Prague":   mainnet.Rules(big.NewInt(22_500_000), true, *mainnet.PragueTime),
		"mainnet Osaka":    mainnet.Rules(big.NewInt(23_500_000), true, *mainnet.OsakaTime),
		"dev (with Osaka)": dev.Rules(big.NewInt(1), true, *dev.OsakaTime),
	}
	for name, r := range rules {
		t.Run(name, func(t *testing.T) {
			contract, ok := vm.ActivePrecompiledContracts(r)[precompile.DeriveAddress]
			require.True(t, ok, "DERIVE not active")
			require.Equal(t, "DERIVE", contract.Name())
			require.True(t, slices.Contains(vm.ActivePrecompiles(r), precompile.DeriveAddress), "DERIVE not warm")
		})
	}
	require.True(t, rules["mainnet Osaka"].IsOsaka)
	require.False(t, rules["mainnet Prague"].IsOsaka)
}

// deriveTestTx returns a signed dynamic-fee transaction in binary form.
func deriveTestTx(t testing.TB, nonce uint64) []byte {
	key, err := crypto.HexToECDSA("b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291")
	require.NoError(t, err)
	to := common.HexToAddress("0x000000000000000000000000000000000000beef")
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(big.NewInt(901)), &types.DynamicFeeTx{
		ChainID: big.NewInt(901), Nonce: nonce, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e9), Gas: 21000, To: &to, Value: big.NewInt(1),
	})
	require.NoError(t, err)
	raw, err := tx.MarshalBinary()
	require.NoError(t, err)
	return raw
}

func testBatch(t *testing.T) derive.Batch {
	return derive.Batch{Blocks: []derive.Block{
		{Timestamp: 1_800_000_000, GasLimit: 30_000_000, FeeRecipient: common.Address{0x42}, PrevRandao: common.Hash{0x01}, ExtraData: []byte("nr"),
			Transactions: [][]byte{deriveTestTx(t, 0), deriveTestTx(t, 1)}},
		{Timestamp: 1_800_000_002, GasLimit: 30_000_000, FeeRecipient: common.Address{0x42}, PrevRandao: common.Hash{0x02}},
	}}
}

// hostABI is what a Solidity host's abi.encode gives, for cross-checking Encode.
var hostABI = func() abi.Arguments {
	var args abi.Arguments
	for _, s := range []string{"uint8", "bytes", "bytes32[]"} {
		typ, err := abi.NewType(s, "", nil)
		if err != nil {
			panic(err)
		}
		args = append(args, abi.Argument{Type: typ})
	}
	return args
}()

func TestDeriveInputEncodingMatchesSolidity(t *testing.T) {
	for _, in := range []precompile.DeriveInput{
		{},
		{Data: []byte{1, 2, 3}},
		{Data: make([]byte, 64)},
		{Data: make([]byte, 2*derive.BlobSize), BlobHashes: []common.Hash{{0x01}, {0x02}}},
	} {
		hashes := make([][32]byte, len(in.BlobHashes))
		for i, h := range in.BlobHashes {
			hashes[i] = h
		}
		want, err := hostABI.Pack(uint8(1), nonNilBytes(in.Data), hashes)
		require.NoError(t, err)
		require.Equal(t, want, in.Encode())
		got, err := precompile.DecodeDeriveInput(want)
		require.NoError(t, err)
		require.Equal(t, nonNilBytes(in.Data), nonNilBytes(got.Data))
		require.Equal(t, in.BlobHashes, got.BlobHashes)
	}
}

func nonNilBytes(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

func TestDecodeDeriveInputErrors(t *testing.T) {
	good := (&precompile.DeriveInput{Data: []byte{1, 2, 3}}).Encode()
	mutate := func(f func([]byte) []byte) []byte { return f(bytes.Clone(good)) }
	tests := []struct {
		name  string
		input []byte
		want  error
	}{
		{"empty", nil, precompile.ErrDeriveMalformedInput},
		{"version 0", mutate(func(b []byte) []byte { b[31] = 0; return b }), precompile.ErrDeriveVersion},
		{"version 2", mutate(func(b []byte) []byte { b[31] = 2; return b }), precompile.ErrDeriveVersion},
		{"version with high bits", mutate(func(b []byte) []byte { b[0] = 1; return b }), precompile.ErrDeriveVersion},
		{"head only", good[:96], precompile.ErrDeriveMalformedInput},
		{"data offset 0x40", mutate(func(b []byte) []byte { b[63] = 0x40; return b }), precompile.ErrDeriveMalformedInput},
		{"hashes offset off by a word", mutate(func(b []byte) []byte { b[95] += 32; return b }), precompile.ErrDeriveMalformedInput},
		{"data length too long", mutate(func(b []byte) []byte { b[127] = 40; return b }), precompile.ErrDeriveMalformedInput},
		{"dirty padding", mutate(func(b []byte) []byte { b[128+5] = 1; return b }), precompile.ErrDeriveMalformedInput},
		{"trailing byte", append(bytes.Clone(good), 0), precompile.ErrDeriveMalformedInput},
		{"truncated", good[:len(good)-1], precompile.ErrDeriveMalformedInput},
		{"too many blob hashes", (&precompile.DeriveInput{BlobHashes: make([]common.Hash, derive.MaxBlobsPerPayload+1)}).Encode(), precompile.ErrDeriveMalformedInput},
		{"too many blob hashes, one blob of data", (&precompile.DeriveInput{Data: make([]byte, derive.BlobSize), BlobHashes: make([]common.Hash, derive.MaxBlobsPerPayload+1)}).Encode(), precompile.ErrDeriveMalformedInput},
		{"too many blob hashes, a blob each", (&precompile.DeriveInput{Data: make([]byte, (derive.MaxBlobsPerPayload+1)*derive.BlobSize), BlobHashes: make([]common.Hash, derive.MaxBlobsPerPayload+1)}).Encode(), precompile.ErrDeriveInputTooLarge},
		{"one hash, no blob", (&precompile.DeriveInput{Data: []byte{1}, BlobHashes: []common.Hash{{0x01}}}).Encode(), precompile.ErrDeriveBlobData},
		{"one hash, blob one byte short", (&precompile.DeriveInput{Data: make([]byte, derive.BlobSize-1), BlobHashes: []common.Hash{{0x01}}}).Encode(), precompile.ErrDeriveBlobData},
		{"over the size limit", make([]byte, precompile.DeriveMaxInputSize+1), precompile.ErrDeriveInputTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := precompile.DecodeDeriveInput(tt.input)
			require.ErrorIs(t, err, tt.want)
		})
	}
}

func TestDeriveRunCalldata(t *testing.T) {
	batch := testBatch(t)
	payload, err := derive.EncodePayload(batch)
	require.NoError(t, err)
	out, err := new(precompile.Derive).Run((&precompile.DeriveInput{Data: payload}).Encode())
	require.NoError(t, err)
	o, err := precompile.DecodeDeriveOutput(out)
	require.NoError(t, err)
	require.Equal(t, uint8(derive.ReasonOK), o.Reason)
	require.Empty(t, o.Drops)
	require.Len(t, o.Blocks, 2)
	for i, b := range batch.Blocks {
		got := o.Blocks[i]
		require.Equal(t, b.Timestamp, got.Timestamp)
		require.Equal(t, b.GasLimit, got.GasLimit)
		require.Equal(t, b.FeeRecipient, got.FeeRecipient)
		require.Equal(t, [32]byte(b.PrevRandao), got.PrevRandao)
		require.Equal(t, nonNilBytes(b.ExtraData), got.ExtraData)
		var txs types.Transactions
		for _, raw := range b.Transactions {
			tx := new(types.Transaction)
			require.NoError(t, tx.UnmarshalBinary(raw))
			txs = append(txs, tx)
		}
		want, err := rlp.EncodeToBytes(txs)
		require.NoError(t, err)
		require.Equal(t, want, got.Transactions, "block %d transactions are not EXECUTE's transactions field", i)
	}
}

func TestDeriveRunBlobs(t *testing.T) {
	payload, err := derive.EncodePayload(testBatch(t))
	require.NoError(t, err)
	blobs, err := derive.EncodeBlobs(payload)
	require.NoError(t, err)
	in := blobInput(t, blobs)
	require.Len(t, in.BlobHashes, 1)
	hash := in.BlobHashes[0]

	out, err := new(precompile.Derive).Run(in.Encode())
	require.NoError(t, err)
	o, err := precompile.DecodeDeriveOutput(out)
	require.NoError(t, err)
	require.Equal(t, uint8(derive.ReasonOK), o.Reason)
	require.Len(t, o.Blocks, 2)

	wrong := hash
	wrong[31] ^= 1
	_, err = new(precompile.Derive).Run((&precompile.DeriveInput{Data: blobs[0][:], BlobHashes: []common.Hash{wrong}}).Encode())
	require.ErrorIs(t, err, precompile.ErrDeriveBlobData)
	require.ErrorIs(t, err, derive.ErrBlobHashMismatch)
}

// TestDeriveRunTwoBlobs binds two blobs in order: the payload (an unknown batch
// version, so the output is a reason, not an error) spans both.
func TestDeriveRunTwoBlobs(t *testing.T) {
	payload := bytes.Repeat([]byte{7, 1, 2, 3}, derive.BlobDataCapacity/3)
	blobs, err := derive.EncodeBlobs(payload)
	require.NoError(t, err)
	require.Equal(t, 2, len(blobs))
	in := blobInput(t, blobs)
	out, err := new(precompile.Derive).Run(in.Encode())
	require.NoError(t, err)
	o, err := precompile.DecodeDeriveOutput(out)
	require.NoError(t, err)
	require.Equal(t, uint8(derive.ReasonBatchVersion), o.Reason)

	in.BlobHashes[0], in.BlobHashes[1] = in.BlobHashes[1], in.BlobHashes[0]
	_, err = new(precompile.Derive).Run(in.Encode())
	require.ErrorIs(t, err, derive.ErrBlobHashMismatch)
}

func TestDeriveRunInvalidDataIsNotAnError(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want derive.Reason
	}{
		{"empty", nil, derive.ReasonEmptyPayload},
		{"unknown batch version", []byte{7}, derive.ReasonBatchVersion},
		{"not zlib", []byte{derive.BatchVersion, 0xde, 0xad}, derive.ReasonDecompress},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := new(precompile.Derive).Run((&precompile.DeriveInput{Data: tt.data}).Encode())
			require.NoError(t, err)
			o, err := precompile.DecodeDeriveOutput(out)
			require.NoError(t, err)
			require.Equal(t, uint8(tt.want), o.Reason)
			require.Empty(t, o.Blocks)
			require.Empty(t, o.Drops)
		})
	}
}

func TestDeriveRequiredGas(t *testing.T) {
	d := new(precompile.Derive)
	calldata := (&precompile.DeriveInput{Data: make([]byte, 1000)}).Encode()
	require.Equal(t, uint64(precompile.DeriveBaseGas+precompile.DerivePerByteGas*len(calldata)), d.RequiredGas(calldata))
	blobs := (&precompile.DeriveInput{Data: make([]byte, 2*derive.BlobSize), BlobHashes: make([]common.Hash, 2)}).Encode()
	require.Equal(t, uint64(precompile.DeriveBaseGas+precompile.DerivePerByteGas*len(blobs)+2*precompile.DerivePerBlobGas), d.RequiredGas(blobs))
	require.Equal(t, uint64(precompile.DeriveBaseGas), d.RequiredGas(nil))
	huge := bytes.Clone(blobs)
	huge[len(huge)-2*32-32] = 0xff // blob count word with high bits set
	require.Equal(t, ^uint64(0), d.RequiredGas(huge))
}

// TestDeriveThroughEVM calls DERIVE from contract code in geth's EVM at Osaka: the
// caller STATICCALLs 0x0102 with its calldata and returns DERIVE's output.
func TestDeriveThroughEVM(t *testing.T) {
	payload, err := derive.EncodePayload(testBatch(t))
	require.NoError(t, err)
	input := (&precompile.DeriveInput{Data: payload}).Encode()
	want, err := new(precompile.Derive).Run(input)
	require.NoError(t, err)

	// CALLDATACOPY(0, 0, CALLDATASIZE); STATICCALL(GAS, 0x0102, 0, CALLDATASIZE, 0, 0);
	// RETURNDATACOPY(0, 0, RETURNDATASIZE); RETURN(0, RETURNDATASIZE)
	code := common.FromHex("366000600037600060003660006101025afa503d600060003e3d6000f3")
	cfg := &runtime.Config{ChainConfig: params.MainnetChainConfig, BlockNumber: big.NewInt(23_500_000), Time: *params.MainnetChainConfig.OsakaTime, GasLimit: 10_000_000}
	got, _, err := runtime.Execute(code, input, cfg)
	require.NoError(t, err)
	require.Equal(t, want, got)
}

// FuzzDerive checks that DERIVE never panics, never mutates its input, prices any
// input deterministically and fails only with its named errors.
func FuzzDerive(f *testing.F) {
	payload, err := derive.EncodePayload(derive.Batch{Blocks: []derive.Block{{Timestamp: 1}}})
	require.NoError(f, err)
	f.Add((&precompile.DeriveInput{Data: payload}).Encode())
	f.Add((&precompile.DeriveInput{}).Encode())
	f.Add((&precompile.DeriveInput{Data: []byte{1}, BlobHashes: []common.Hash{{1}}}).Encode())
	f.Add([]byte{})
	d := new(precompile.Derive)
	named := []error{precompile.ErrDeriveInputTooLarge, precompile.ErrDeriveVersion, precompile.ErrDeriveMalformedInput, precompile.ErrDeriveBlobData}
	f.Fuzz(func(t *testing.T, input []byte) {
		before := bytes.Clone(input)
		gas := d.RequiredGas(input)
		out, err := d.Run(input)
		require.Equal(t, before, input, "input mutated")
		require.Equal(t, gas, d.RequiredGas(input))
		if err != nil {
			require.True(t, slices.ContainsFunc(named, func(e error) bool { return errors.Is(err, e) }), "unnamed error %v", err)
			require.Nil(t, out)
			return
		}
		_, err = precompile.DecodeDeriveOutput(out)
		require.NoError(t, err)
	})
}

// BenchmarkDeriveGasCalibration prices DERIVE against ecrecover in the same run:
// for each input it reports the gas DERIVE charges divided by the gas ecrecover
// would charge for the same process CPU time ("charged/ecrecover-rate"; at least 1 means
// DERIVE is priced no cheaper per nanosecond than ecrecover). Rerun:
//
//	go test ./precompile -run '^$' -bench DeriveGasCalibration -benchtime 10x -count 3
func BenchmarkDeriveGasCalibration(b *testing.B) {
	ecrecover := vm.PrecompiledContractsOsaka[common.BytesToAddress([]byte{1})]
	ecInput := common.FromHex("38d18acb67d25c8bb9942764b62f18e17054f66a817bd4295423adf9ed98873e000000000000000000000000000000000000000000000000000000000000001b38d18acb67d25c8bb9942764b62f18e17054f66a817bd4295423adf9ed98873e789d1dd423d25f0772d2748d60f7e4b81bb14d086eba8e8e8efb6dcff8a4ae02")
	// ecrecoverGasPerNs times ecrecover right before each measurement, so both
	// see the same machine load; both in process CPU time, which that load
	// inflates far less than wall time.
	ecrecoverGasPerNs := func() float64 {
		const runs = 2000
		start := cputime.Process()
		for range runs {
			ecrecover.Run(ecInput)
		}
		return float64(ecrecover.RequiredGas(ecInput)) * runs / float64((cputime.Process() - start).Nanoseconds())
	}
	b.Run("ecrecover", func(b *testing.B) {
		for b.Loop() {
			ecrecover.Run(ecInput)
		}
	})
	worst, realistic := worstCaseDeriveInput(b), realisticDeriveInput(b, 40, 100)
	for _, c := range []struct {
		name  string
		input []byte
	}{
		{"worst-case-calldata", worst},
		{"ratio-7-calldata", repeatedDeriveInput(b, 2000, 4)},
		{"realistic-calldata", realistic},
		// Adversarial: the most transactions the ratio allows behind 200 KB of
		// incompressible padding, each too small or empty and so dropped: the
		// batch hits MAX_DROPS_PER_BATCH and is invalid after inflating in full.
		{"tiny-undecodable-txs", tinyTxsDeriveInput(b, []byte{0xc1, 0x80})},
		{"tiny-empty-txs", tinyTxsDeriveInput(b, []byte{})},
		// The most decoding work per byte a valid batch allows: transactions of
		// MIN_TX_BYTES, each decoded (signatures are not checked) and kept.
		{"min-size-legacy-txs", tinyTxsDeriveInput(b, minSizeTx(b, types.LegacyTxType, false))},
		{"min-size-access-list-txs", tinyTxsDeriveInput(b, minSizeTx(b, types.AccessListTxType, false))},
		{"min-size-set-code-txs", tinyTxsDeriveInput(b, minSizeTx(b, types.SetCodeTxType, false))},
		// MAX_DROPS_PER_BATCH transactions that decode in full and then fail
		// (a trailing byte), in the smallest input the ratio allows.
		{"max-drops-undecodable", maxDropsDeriveInput(b, minSizeTx(b, types.SetCodeTxType, true))},
		{"max-drops-undecodable-legacy", maxDropsDeriveInput(b, minSizeTx(b, types.LegacyTxType, true))},
		{"one-blob", blobDeriveInput(b, 1)},
		{"six-blobs", blobDeriveInput(b, 6)},
		// One blob holding the most MIN_TX_BYTES transactions the ratio allows.
		{"one-blob-min-size-set-code-txs", minSizeBlobDeriveInput(b, minSizeTx(b, types.SetCodeTxType, false))},
	} {
		b.Run(c.name, func(b *testing.B) {
			d := new(precompile.Derive)
			_, _ = d.Run(c.input) // warm up: the KZG trusted setup loads on first use
			gasPerNs := ecrecoverGasPerNs()
			start := cputime.Process()
			for b.Loop() {
				if _, err := d.Run(c.input); err != nil {
					b.Fatal(err)
				}
			}
			cpu := float64((cputime.Process() - start).Nanoseconds()) / float64(b.N)
			b.ReportMetric(cpu, "cpu-ns/op")
			b.ReportMetric(float64(ecrecover.RequiredGas(ecInput))/gasPerNs, "ecrecover-cpu-ns")
			needed := cpu * gasPerNs
			b.ReportMetric(float64(d.RequiredGas(c.input))/needed, "charged/ecrecover-rate")
			b.ReportMetric(float64(d.RequiredGas(c.input)), "gas")
		})
	}
}

// worstCaseDeriveInput repeats one transaction until the encoder refuses, which
// maximises decoding work per input byte within decompressed_limit.
func worstCaseDeriveInput(b *testing.B) []byte {
	tx := deriveTestTx(b, 0)
	var best []byte
	for n := 8; ; n += 8 {
		block := derive.Block{Transactions: make([][]byte, n)}
		for i := range block.Transactions {
			block.Transactions[i] = tx
		}
		payload, err := derive.EncodePayload(derive.Batch{Blocks: []derive.Block{block}})
		if err != nil {
			require.NotNil(b, best)
			return (&precompile.DeriveInput{Data: best}).Encode()
		}
		best = payload
	}
}

// tinyTxsDeriveInput is a calldata input of one block holding two incompressible
// 100 KB transactions (dropped: unknown type) and as many copies of tiny as fit in
// decompressed_limit. The encoder refuses such a batch, so it is built by hand.
func tinyTxsDeriveInput(b *testing.B, tiny []byte) []byte {
	padding := [][]byte{incompressibleTx(1, 100_000), incompressibleTx(2, 100_000)}
	lo, hi := 0, derive.MaxTxsPerBatch-len(padding)
	for lo < hi {
		if mid := (lo + hi + 1) / 2; handBuiltPayload(b, padding, tiny, mid) != nil {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return (&precompile.DeriveInput{Data: handBuiltPayload(b, padding, tiny, lo)}).Encode()
}

// maxDropsDeriveInput is the smallest calldata input (one block) holding
// MAX_DROPS_PER_BATCH - 1 copies of bad behind one incompressible transaction
// (dropped: unknown type) just long enough for decompressed_limit.
func maxDropsDeriveInput(b *testing.B, bad []byte) []byte {
	n := derive.MaxDropsPerBatch - 1
	lo, hi := 1, derive.MaxTxBytes
	for lo < hi {
		if mid := (lo + hi) / 2; handBuiltPayload(b, [][]byte{incompressibleTx(3, mid)}, bad, n) != nil {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return (&precompile.DeriveInput{Data: handBuiltPayload(b, [][]byte{incompressibleTx(3, lo)}, bad, n)}).Encode()
}

// incompressibleTx is n random bytes with an unknown type byte: always dropped.
func incompressibleTx(seed byte, n int) []byte {
	rng := rand.New(rand.NewChaCha8([32]byte{seed}))
	tx := make([]byte, n)
	for i := range tx {
		tx[i] = byte(rng.Uint32())
	}
	tx[0] = 0x7f
	return tx
}

// handBuiltPayload is the payload of one block holding padding and then n copies
// of tx, or nil when it inflates past decompressed_limit.
func handBuiltPayload(b *testing.B, padding [][]byte, tx []byte, n int) []byte {
	txs := append(slices.Clone(padding), slices.Repeat([][]byte{tx}, n)...)
	raw, err := rlp.EncodeToBytes([]derive.Block{{Transactions: txs}})
	require.NoError(b, err)
	var buf bytes.Buffer
	w, err := zlib.NewWriterLevel(&buf, zlib.BestCompression)
	require.NoError(b, err)
	w.Write(raw)
	require.NoError(b, w.Close())
	if uint64(len(raw)) > derive.DecompressedLimit(buf.Len()) {
		return nil
	}
	return append([]byte{derive.BatchVersion}, buf.Bytes()...)
}

// minSizeBlobDeriveInput is a one-blob input: 100 KB of incompressible padding
// (one dropped transaction) and as many copies of tx as decompressed_limit allows.
func minSizeBlobDeriveInput(b *testing.B, tx []byte) []byte {
	padding := [][]byte{incompressibleTx(4, 100_000)}
	fits := func(n int) bool {
		p := handBuiltPayload(b, padding, tx, n)
		return p != nil && len(p) <= derive.BlobDataCapacity-derive.BlobHeaderSize
	}
	lo, hi := 0, derive.MaxTxsPerBatch
	for lo < hi {
		if mid := (lo + hi + 1) / 2; fits(mid) {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	blobs, err := derive.EncodeBlobs(handBuiltPayload(b, padding, tx, lo))
	require.NoError(b, err)
	require.Len(b, blobs, 1)
	in := blobInput(b, blobs)
	return in.Encode()
}

// minSizeTx is a transaction of the given type that decodes (its signature values
// are 1, which DERIVE does not check) with as many small fields as fit in
// MIN_TX_BYTES bytes, padded to exactly that size with calldata. With trailing it
// gets one more byte, so it decodes in full and is then dropped as undecodable.
func minSizeTx(b *testing.B, typ byte, trailing bool) []byte {
	one := big.NewInt(1)
	to := common.Address{0xbe, 0xef}
	for n := 0; n < derive.MinTxBytes; n++ {
		var inner types.TxData
		data := make([]byte, n)
		switch typ {
		case types.LegacyTxType:
			inner = &types.LegacyTx{Nonce: 1, GasPrice: one, Gas: 21000, To: &to, Value: one, Data: data, V: big.NewInt(27), R: one, S: one}
		case types.AccessListTxType:
			inner = &types.AccessListTx{ChainID: one, Nonce: 1, GasPrice: one, Gas: 21000, Value: one, Data: data,
				AccessList: types.AccessList{{}}, V: one, R: one, S: one}
		case types.SetCodeTxType:
			u := uint256.NewInt(1)
			inner = &types.SetCodeTx{ChainID: u, Nonce: 1, GasTipCap: u, GasFeeCap: u, Gas: 21000, Value: u, Data: data,
				AuthList: []types.SetCodeAuthorization{{ChainID: *u, Nonce: 1, V: 1, R: *u, S: *u}}, V: u, R: u, S: u}
		}
		raw, err := types.NewTx(inner).MarshalBinary()
		require.NoError(b, err)
		if len(raw) < derive.MinTxBytes {
			continue
		}
		require.NoError(b, new(types.Transaction).UnmarshalBinary(raw))
		if trailing {
			if raw[0] >= 0xc0 {
				return append(raw, 0x80)
			}
			return append(raw, 0x00)
		}
		return raw
	}
	b.Fatalf("no %d-byte transaction of type %d", derive.MinTxBytes, typ)
	return nil
}

// repeatedDeriveInput is a calldata input of distinct transfers each posted copies
// times, which compresses close to MAX_COMPRESSION_RATIO at any size.
func repeatedDeriveInput(b *testing.B, distinct, copies int) []byte {
	block := derive.Block{GasLimit: 30_000_000}
	for nonce := range uint64(distinct) {
		tx := deriveTestTx(b, nonce)
		for range copies {
			block.Transactions = append(block.Transactions, tx)
		}
	}
	payload, err := derive.EncodePayload(derive.Batch{Blocks: []derive.Block{block}})
	require.NoError(b, err)
	return (&precompile.DeriveInput{Data: payload}).Encode()
}

// realisticDeriveInput is a calldata input of blocks x txs distinct transfers.
func realisticDeriveInput(b *testing.B, blocks, txs int) []byte {
	var batch derive.Batch
	nonce := uint64(0)
	for i := range blocks {
		block := derive.Block{Timestamp: uint64(i), GasLimit: 30_000_000, PrevRandao: common.Hash{byte(i)}}
		for range txs {
			block.Transactions = append(block.Transactions, deriveTestTx(b, nonce))
			nonce++
		}
		batch.Blocks = append(batch.Blocks, block)
	}
	payload, err := derive.EncodePayload(batch)
	require.NoError(b, err)
	return (&precompile.DeriveInput{Data: payload}).Encode()
}

// blobDeriveInput packs a batch of distinct transfers filling n blobs into blobs,
// with their versioned hashes.
func blobDeriveInput(b *testing.B, n int) []byte {
	sample, err := precompile.DecodeDeriveInput(realisticDeriveInput(b, 10, 100))
	require.NoError(b, err)
	perTx := float64(len(sample.Data)) / 1000
	txs := int(float64(n*derive.BlobDataCapacity-derive.BlobHeaderSize) / perTx * 1.15)
	var blobs []kzg4844.Blob
	for len(blobs) != n { // larger batches compress better: shrink until the payload fits n blobs
		in, err := precompile.DecodeDeriveInput(realisticDeriveInput(b, (txs+99)/100, 100))
		require.NoError(b, err)
		blobs, err = derive.EncodeBlobs(in.Data)
		require.NoError(b, err)
		require.GreaterOrEqual(b, len(blobs), n, "estimate too low")
		txs = txs * 95 / 100
	}
	in := blobInput(b, blobs)
	return in.Encode()
}

// blobInput is the DERIVE input for blobs: their bytes concatenated and their
// versioned hashes, as an L1 blob transaction carrying them would list them.
func blobInput(t testing.TB, blobs []kzg4844.Blob) precompile.DeriveInput {
	hashes, err := derive.VersionedHashes(blobs)
	require.NoError(t, err)
	in := precompile.DeriveInput{BlobHashes: hashes}
	for i := range blobs {
		in.Data = append(in.Data, blobs[i][:]...)
	}
	return in
}

// TestDeriveGoldenVectors runs DERIVE on the calldata decode vectors of
// tests/vectors/derive (made by the derive package) and checks the output ABI
// carries exactly the expected reason, drops and blocks.
func TestDeriveGoldenVectors(t *testing.T) {
	data, err := os.ReadFile("../tests/vectors/derive/decode.json")
	require.NoError(t, err)
	var vectors []struct {
		Name     string
		Calldata hexutil.Bytes
		Blobs    []hexutil.Bytes
		Reason   uint8
		Drops    []struct {
			Block, Tx uint32
			Reason    uint8
		}
		Blocks []struct {
			Timestamp, GasLimit uint64
			FeeRecipient        common.Address
			PrevRandao          common.Hash
			ExtraData           hexutil.Bytes
			TransactionsRLP     hexutil.Bytes `json:"transactionsRlp"`
		}
	}
	require.NoError(t, json.Unmarshal(data, &vectors))
	ran := 0
	for _, v := range vectors {
		if v.Blobs != nil {
			continue // blob vectors need versioned hashes of non-canonical blobs; derive tests cover them
		}
		ran++
		t.Run(v.Name, func(t *testing.T) {
			out, err := new(precompile.Derive).Run((&precompile.DeriveInput{Data: v.Calldata}).Encode())
			require.NoError(t, err)
			o, err := precompile.DecodeDeriveOutput(out)
			require.NoError(t, err)
			require.Equal(t, v.Reason, o.Reason)
			require.Len(t, o.Drops, len(v.Drops))
			for i, d := range v.Drops {
				require.Equal(t, precompile.DeriveDrop{Block: d.Block, Tx: d.Tx, Reason: d.Reason}, o.Drops[i])
			}
			require.Len(t, o.Blocks, len(v.Blocks))
			for i, b := range v.Blocks {
				require.Equal(t, precompile.DeriveBlock{Timestamp: b.Timestamp, GasLimit: b.GasLimit, FeeRecipient: b.FeeRecipient,
					PrevRandao: b.PrevRandao, ExtraData: nonNilBytes(b.ExtraData), Transactions: b.TransactionsRLP}, o.Blocks[i])
			}
		})
	}
	require.Greater(t, ran, 5)
}

// TestEncodeDeriveOutputMatchesABI checks the hand-written output encoder against
// go-ethereum's ABI packer, built here independently of precompile/derive.go.
func TestEncodeDeriveOutputMatchesABI(t *testing.T) {
	reasonT, err := abi.NewType("uint8", "", nil)
	require.NoError(t, err)
	dropsT, err := abi.NewType("tuple[]", "", []abi.ArgumentMarshaling{
		{Name: "block", Type: "uint32"}, {Name: "tx", Type: "uint32"}, {Name: "reason", Type: "uint8"},
	})
	require.NoError(t, err)
	blocksT, err := abi.NewType("tuple[]", "", []abi.ArgumentMarshaling{
		{Name: "timestamp", Type: "uint64"}, {Name: "gasLimit", Type: "uint64"},
		{Name: "feeRecipient", Type: "address"}, {Name: "prevRandao", Type: "bytes32"},
		{Name: "extraData", Type: "bytes"}, {Name: "transactions", Type: "bytes"},
	})
	require.NoError(t, err)
	args := abi.Arguments{{Type: reasonT}, {Type: dropsT}, {Type: blocksT}}
	pack := func(r derive.Result) []byte {
		drops := make([]precompile.DeriveDrop, len(r.Drops))
		for i, d := range r.Drops {
			drops[i] = precompile.DeriveDrop{Block: d.Block, Tx: d.Tx, Reason: uint8(d.Reason)}
		}
		blocks := make([]precompile.DeriveBlock, len(r.Blocks))
		for i, b := range r.Blocks {
			blocks[i] = precompile.DeriveBlock{Timestamp: b.Timestamp, GasLimit: b.GasLimit, FeeRecipient: b.FeeRecipient,
				PrevRandao: b.PrevRandao, ExtraData: nonNilBytes(b.ExtraData), Transactions: b.TransactionsRLP()}
		}
		out, err := args.Pack(uint8(r.Reason), drops, blocks)
		require.NoError(t, err)
		return out
	}
	tx := deriveTestTx(t, 7)
	legacy := common.FromHex("c9808080808080808080")
	results := map[string]derive.Result{
		"rejected": {Reason: derive.ReasonBatchRLP},
		"empty":    {},
		"drops only": {Drops: []derive.Drop{
			{Block: 0, Tx: 1, Reason: derive.ReasonTxEmpty}, {Block: 0xffffffff, Tx: 0xfffffffe, Reason: derive.ReasonTxUnknownType}}},
		"blocks and drops": {
			Drops: []derive.Drop{{Block: 1, Tx: 0, Reason: derive.ReasonTxBlob}},
			Blocks: []derive.Block{
				{Timestamp: ^uint64(0), GasLimit: 30_000_000, FeeRecipient: common.Address{0xff, 1, 0xee}, PrevRandao: common.Hash{1, 2, 3, 0xff}},
				{Timestamp: 2, ExtraData: []byte{0xab}, Transactions: [][]byte{tx}},
				{Timestamp: 3, ExtraData: bytes.Repeat([]byte{0xcd}, 31), Transactions: [][]byte{legacy, tx, legacy}},
				{Timestamp: 4, ExtraData: bytes.Repeat([]byte{0xef}, 32), Transactions: [][]byte{legacy}},
			}},
	}
	for name, r := range results {
		t.Run(name, func(t *testing.T) {
			got := precompile.EncodeDeriveOutput(r)
			require.Equal(t, hexutil.Encode(pack(r)), hexutil.Encode(got))
			_, err := precompile.DecodeDeriveOutput(got)
			require.NoError(t, err)
		})
	}
}
