package main

import (
	"bytes"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/nativerollup/nr/derive"
)

func deriveCLITx(t *testing.T, nonce uint64) string {
	key, err := crypto.HexToECDSA("b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291")
	require.NoError(t, err)
	to := common.HexToAddress("0xbeef")
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(big.NewInt(901)), &types.DynamicFeeTx{
		ChainID: big.NewInt(901), Nonce: nonce, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1e9), Gas: 21000, To: &to, Value: big.NewInt(1),
	})
	require.NoError(t, err)
	raw, err := tx.MarshalBinary()
	require.NoError(t, err)
	return common.Bytes2Hex(raw)
}

func TestDeriveCLIRoundTrip(t *testing.T) {
	batch := `{"blocks":[{"timestamp":1800000000,"gasLimit":30000000,"feeRecipient":"0x4200000000000000000000000000000000000011",
	  "prevRandao":"0x0100000000000000000000000000000000000000000000000000000000000000","extraData":"0x6e72",
	  "transactions":["0x` + deriveCLITx(t, 0) + `","0x` + deriveCLITx(t, 1) + `"]}]}`
	for _, c := range []struct {
		name, blobBaseFee, carrier string
	}{{"calldata", "1000000000000", "calldata"}, {"blobs", "1", "blobs"}} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			var out bytes.Buffer
			require.NoError(t, runDeriveEncode(strings.NewReader(batch), &out, deriveEncodeOptions{
				batch: "-", baseFee: "1000000000", blobBaseFee: c.blobBaseFee, sidecar: -1, out: dir,
			}))
			var summary encodeJSON
			require.NoError(t, json.Unmarshal(out.Bytes(), &summary))
			require.Equal(t, c.carrier, summary.Carrier)

			opts := deriveDecodeOptions{}
			if c.carrier == "calldata" {
				payload, err := os.ReadFile(filepath.Join(dir, "payload.hex"))
				require.NoError(t, err)
				opts.calldata = strings.TrimSpace(string(payload))
			} else {
				require.Len(t, summary.VersionedHashes, 1)
				opts.blobs = []string{filepath.Join(dir, "blob-0.bin")}
				opts.blobHashes = []string{summary.VersionedHashes[0].Hex()}
			}
			out.Reset()
			require.NoError(t, runDeriveDecode(&out, opts))
			var decoded decodeJSON
			require.NoError(t, json.Unmarshal(out.Bytes(), &decoded))
			require.Equal(t, uint8(derive.ReasonOK), decoded.Reason)
			require.Len(t, decoded.Blocks, 1)
			require.Len(t, decoded.Blocks[0].Transactions, 2)
			require.Equal(t, "0x"+deriveCLITx(t, 1), decoded.Blocks[0].Transactions[1].String())
		})
	}
}

func TestDeriveCLIErrors(t *testing.T) {
	var out bytes.Buffer
	require.ErrorContains(t, runDeriveDecode(&out, deriveDecodeOptions{}), "nothing to decode")
	require.ErrorContains(t, runDeriveDecode(&out, deriveDecodeOptions{calldata: "zz"}), "--calldata is not hex")
	require.ErrorContains(t, runDeriveDecode(&out, deriveDecodeOptions{calldata: "01", blobs: []string{"x"}}), "not both")
	short := filepath.Join(t.TempDir(), "short.bin")
	require.NoError(t, os.WriteFile(short, []byte("0x0102"), 0o644))
	require.ErrorContains(t, runDeriveDecode(&out, deriveDecodeOptions{blobs: []string{short}}), "holds 2 bytes, a blob is 131072")
	require.ErrorContains(t, runDeriveEncode(strings.NewReader(`{}`), &out, deriveEncodeOptions{batch: "-", baseFee: "x", blobBaseFee: "1"}), "--base-fee")
	require.ErrorContains(t, runDeriveEncode(strings.NewReader(`{"blocks":[{"transactions":["0x03"]}]}`), &out,
		deriveEncodeOptions{batch: "-", baseFee: "1", blobBaseFee: "1", sidecar: -1}), "blob transaction")

	// Invalid data is a result, not an error.
	out.Reset()
	require.NoError(t, runDeriveDecode(&out, deriveDecodeOptions{calldata: "0x07"}))
	var decoded decodeJSON
	require.NoError(t, json.Unmarshal(out.Bytes(), &decoded))
	require.Equal(t, uint8(derive.ReasonBatchVersion), decoded.Reason)
	require.Empty(t, decoded.Blocks)
}

// TestDeriveCLISidecarFlag: --sidecar takes only 0 or 1 (256 must not wrap to 0),
// needs --out, and needs a blob carrier instead of writing an empty sidecar.
func TestDeriveCLISidecarFlag(t *testing.T) {
	batch := `{"blocks":[{"timestamp":1,"gasLimit":30000000,"transactions":["0x` + deriveCLITx(t, 0) + `"]}]}`
	encode := func(sidecar int, out, blobBaseFee string) error {
		var buf bytes.Buffer
		return runDeriveEncode(strings.NewReader(batch), &buf, deriveEncodeOptions{
			batch: "-", baseFee: "1000000000", blobBaseFee: blobBaseFee, sidecar: sidecar, out: out,
		})
	}
	require.ErrorContains(t, encode(256, t.TempDir(), "1"), "--sidecar 256")
	require.ErrorContains(t, encode(-2, t.TempDir(), "1"), "--sidecar -2")
	require.ErrorContains(t, encode(0, "", "1"), "needs --out")
	calldataDir := t.TempDir()
	require.ErrorContains(t, encode(0, calldataDir, "1000000000000"), "no blobs")
	_, err := os.Stat(filepath.Join(calldataDir, "sidecar.json"))
	require.True(t, os.IsNotExist(err), "no sidecar written for a calldata batch")
	blobDir := t.TempDir()
	require.NoError(t, encode(0, blobDir, "1"))
	_, err = os.Stat(filepath.Join(blobDir, "sidecar.json"))
	require.NoError(t, err)
}
