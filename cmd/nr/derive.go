package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/nativerollup/nr/derive"
)

// deriveCmd groups the operator tools of the DERIVE codec (spec/derive.md).
var deriveCmd = &cobra.Command{
	Use:   "derive",
	Short: "Encode L2 batches for L1 and decode them back (the DERIVE codec)",
}

var deriveDecodeCmd = &cobra.Command{
	Use:   "decode",
	Short: "Decode a batch posted as blobs or calldata into L2 blocks",
	Long: `Decodes a payload exactly as the DERIVE precompile does and prints the result as JSON:
the reason code (0 when the batch is valid), the dropped transactions and the blocks,
each with its transactions and the RLP list EXECUTE takes.

Give either --calldata HEX (the batcher transaction's input) or one --blob FILE per blob,
in the order of the L1 transaction's blob hashes. A blob file holds the 131072 blob bytes,
raw or as hex text. With --blob-hash (one per blob) the blobs are first checked against
the versioned hashes by recomputing their KZG commitments.

Invalid data is not an error: it prints a non-zero reason and no blocks, as DERIVE does.`,
	Args: cobra.NoArgs,
	RunE: func(cmd *cobra.Command, _ []string) error {
		return runDeriveDecode(cmd.OutOrStdout(), deriveDecodeOptions{
			calldata:   viper.GetString("calldata"),
			blobs:      viper.GetStringSlice("blob"),
			blobHashes: viper.GetStringSlice("blob-hash"),
		})
	},
}

var deriveEncodeCmd = &cobra.Command{
	Use:   "encode",
	Short: "Encode a batch of L2 blocks as calldata or blobs, whichever is cheaper",
	Long: `Reads a batch as JSON (--batch FILE, or stdin when FILE is "-"):

  {"blocks": [{"timestamp": 1800000000, "gasLimit": 30000000,
               "feeRecipient": "0x…", "prevRandao": "0x…", "extraData": "0x",
               "transactions": ["0x02f8…", …]}]}

compresses it, prices both carriers at --base-fee and --blob-base-fee (wei) and prints
the choice as JSON. With --out DIR it writes payload.hex, and for blobs blob-N.bin and,
with --sidecar (0 before Osaka, 1 for Osaka cell proofs), the sidecar as sidecar.json.

It refuses a batch DERIVE would not return unchanged (a transaction DERIVE drops, a
limit exceeded) and says which block and transaction.`,
	Args: cobra.NoArgs,
	RunE: func(cmd *cobra.Command, _ []string) error {
		return runDeriveEncode(cmd.InOrStdin(), cmd.OutOrStdout(), deriveEncodeOptions{
			batch:       viper.GetString("batch"),
			baseFee:     viper.GetString("base-fee"),
			blobBaseFee: viper.GetString("blob-base-fee"),
			sidecar:     viper.GetInt("sidecar"),
			out:         viper.GetString("out"),
		})
	},
}

func init() {
	f := deriveDecodeCmd.Flags()
	f.String("calldata", "", "payload posted as calldata, hex")
	f.StringSlice("blob", nil, "file holding one blob (raw 131072 bytes or hex); repeat in blob-hash order")
	f.StringSlice("blob-hash", nil, "versioned hash of each --blob, to check the blobs by KZG commitment first")
	f = deriveEncodeCmd.Flags()
	f.String("batch", "-", `batch JSON file, "-" for stdin`)
	f.String("base-fee", "", "L1 base fee per gas, wei (required)")
	f.String("blob-base-fee", "", "L1 blob base fee per blob gas, wei (required)")
	f.Int("sidecar", -1, "also build the blob sidecar: 0 (blob proofs, before Osaka) or 1 (cell proofs, Osaka)")
	f.String("out", "", "directory to write payload.hex, blob-N.bin and sidecar.json to")
	deriveCmd.AddCommand(deriveDecodeCmd, deriveEncodeCmd)
	rootCmd.AddCommand(deriveCmd)
}

// blockJSON is a block as operators read and write it.
type blockJSON struct {
	Timestamp       uint64          `json:"timestamp"`
	GasLimit        uint64          `json:"gasLimit"`
	FeeRecipient    common.Address  `json:"feeRecipient"`
	PrevRandao      common.Hash     `json:"prevRandao"`
	ExtraData       hexutil.Bytes   `json:"extraData"`
	Transactions    []hexutil.Bytes `json:"transactions"`
	TransactionsRLP hexutil.Bytes   `json:"transactionsRlp,omitempty"` // output only: EXECUTE's field
}

type batchJSON struct {
	Blocks []blockJSON `json:"blocks"`
}

type dropJSON struct {
	Block  uint32 `json:"block"`
	Tx     uint32 `json:"tx"`
	Reason uint8  `json:"reason"`
	Name   string `json:"name"`
}

type decodeJSON struct {
	Reason uint8       `json:"reason"`
	Name   string      `json:"name"`
	Detail string      `json:"detail,omitempty"`
	Drops  []dropJSON  `json:"drops"`
	Blocks []blockJSON `json:"blocks"`
}

type deriveDecodeOptions struct {
	calldata   string
	blobs      []string
	blobHashes []string
}

func runDeriveDecode(out io.Writer, opts deriveDecodeOptions) error {
	var result derive.Result
	switch {
	case opts.calldata != "" && len(opts.blobs) > 0:
		return errors.New("give either --calldata or --blob, not both")
	case opts.calldata != "":
		payload, err := hexutil.Decode(deriveHex(opts.calldata))
		if err != nil {
			return fmt.Errorf("--calldata is not hex: %w", err)
		}
		result = derive.DeriveCalldata(payload)
	case len(opts.blobs) > 0:
		blobs, err := readDeriveBlobs(opts.blobs)
		if err != nil {
			return err
		}
		if len(opts.blobHashes) > 0 {
			if err := verifyDeriveBlobHashes(blobs, opts.blobHashes); err != nil {
				return err
			}
		}
		result = derive.DeriveBlobs(blobs)
	default:
		return errors.New("nothing to decode: give --calldata HEX or --blob FILE (once per blob)")
	}
	return writeDeriveJSON(out, deriveDecodeOutput(result))
}

func deriveDecodeOutput(r derive.Result) decodeJSON {
	out := decodeJSON{Reason: uint8(r.Reason), Name: r.Reason.String(), Drops: []dropJSON{}, Blocks: []blockJSON{}}
	if r.Err != nil {
		out.Detail = r.Err.Error()
	}
	for _, d := range r.Drops {
		out.Drops = append(out.Drops, dropJSON{Block: d.Block, Tx: d.Tx, Reason: uint8(d.Reason), Name: d.Reason.String()})
	}
	for _, b := range r.Blocks {
		j := blockJSON{Timestamp: b.Timestamp, GasLimit: b.GasLimit, FeeRecipient: b.FeeRecipient, PrevRandao: b.PrevRandao,
			ExtraData: b.ExtraData, Transactions: []hexutil.Bytes{}, TransactionsRLP: b.TransactionsRLP()}
		for _, tx := range b.Transactions {
			j.Transactions = append(j.Transactions, tx)
		}
		out.Blocks = append(out.Blocks, j)
	}
	return out
}

// readDeriveBlobs reads each file as a raw blob or as the hex of one.
func readDeriveBlobs(files []string) ([]kzg4844.Blob, error) {
	blobs := make([]kzg4844.Blob, len(files))
	for i, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, fmt.Errorf("reading blob %d: %w", i, err)
		}
		if len(data) != derive.BlobSize {
			if data, err = hexutil.Decode(deriveHex(strings.TrimSpace(string(data)))); err != nil {
				return nil, fmt.Errorf("blob file %s is neither %d raw bytes nor hex: %w", file, derive.BlobSize, err)
			}
		}
		if len(data) != derive.BlobSize {
			return nil, fmt.Errorf("blob file %s holds %d bytes, a blob is %d", file, len(data), derive.BlobSize)
		}
		copy(blobs[i][:], data)
	}
	return blobs, nil
}

func verifyDeriveBlobHashes(blobs []kzg4844.Blob, hexHashes []string) error {
	hashes := make([]common.Hash, len(hexHashes))
	for i, h := range hexHashes {
		b, err := hexutil.Decode(deriveHex(h))
		if err != nil || len(b) != common.HashLength {
			return fmt.Errorf("--blob-hash %q is not a 32-byte hex hash", h)
		}
		hashes[i] = common.Hash(b)
	}
	return derive.VerifyVersionedHashes(blobs, hashes)
}

type deriveEncodeOptions struct {
	batch       string
	baseFee     string
	blobBaseFee string
	sidecar     int
	out         string
}

type encodeJSON struct {
	Carrier         string        `json:"carrier"`
	PayloadBytes    int           `json:"payloadBytes"`
	RawBytes        int           `json:"rawBytes"`
	Ratio           float64       `json:"compressionRatio"`
	CalldataCostWei *big.Int      `json:"calldataCostWei"`
	BlobCostWei     *big.Int      `json:"blobCostWei"`
	Blobs           int           `json:"blobs"`
	VersionedHashes []common.Hash `json:"versionedHashes,omitempty"`
	Payload         hexutil.Bytes `json:"payload,omitempty"` // when the carrier is calldata
}

func runDeriveEncode(in io.Reader, out io.Writer, opts deriveEncodeOptions) error {
	fees, err := parseDeriveFees(opts.baseFee, opts.blobBaseFee)
	if err != nil {
		return err
	}
	switch {
	case opts.sidecar < -1 || opts.sidecar > 1:
		return fmt.Errorf("--sidecar %d: give 0 (blob proofs, before Osaka) or 1 (cell proofs, Osaka), or leave it out", opts.sidecar)
	case opts.sidecar >= 0 && opts.out == "":
		return errors.New("--sidecar needs --out DIR to write sidecar.json to")
	}
	batch, err := readDeriveBatch(in, opts.batch)
	if err != nil {
		return err
	}
	enc, err := derive.Encode(batch, fees)
	if err != nil {
		return fmt.Errorf("encoding the batch: %w", err)
	}
	summary := encodeJSON{Carrier: enc.Carrier.String(), PayloadBytes: len(enc.Payload), RawBytes: enc.RawSize,
		Ratio: float64(enc.RawSize) / float64(len(enc.Payload)), CalldataCostWei: enc.CalldataCost, BlobCostWei: enc.BlobCost, Blobs: len(enc.Blobs)}
	if enc.Carrier == derive.CarrierCalldata {
		summary.Payload = enc.Payload
	}
	if opts.sidecar >= 0 && enc.Carrier != derive.CarrierBlobs {
		return fmt.Errorf("--sidecar: at these fees the batch goes as %s, which has no blobs; drop --sidecar or check --base-fee and --blob-base-fee", enc.Carrier)
	}
	var sidecar *types.BlobTxSidecar
	if enc.Carrier == derive.CarrierBlobs {
		// A blob's commitment costs tens of milliseconds: with a sidecar, take the
		// versioned hashes from its commitments instead of computing them twice.
		if opts.sidecar >= 0 {
			if sidecar, err = derive.Sidecar(enc.Blobs, byte(opts.sidecar)); err != nil {
				return err
			}
			summary.VersionedHashes = sidecar.BlobHashes()
		} else if summary.VersionedHashes, err = derive.VersionedHashes(enc.Blobs); err != nil {
			return err
		}
	}
	if opts.out != "" {
		if err := writeDeriveEncoded(opts.out, enc); err != nil {
			return err
		}
	}
	if sidecar != nil {
		if err := writeDeriveFileJSON(filepath.Join(opts.out, "sidecar.json"), sidecar); err != nil {
			return err
		}
	}
	return writeDeriveJSON(out, summary)
}

func parseDeriveFees(baseFee, blobBaseFee string) (derive.Fees, error) {
	base, ok := new(big.Int).SetString(baseFee, 0)
	if !ok || base.Sign() < 0 {
		return derive.Fees{}, fmt.Errorf("--base-fee %q: give the L1 base fee in wei, e.g. 1000000000", baseFee)
	}
	blob, ok := new(big.Int).SetString(blobBaseFee, 0)
	if !ok || blob.Sign() < 0 {
		return derive.Fees{}, fmt.Errorf("--blob-base-fee %q: give the L1 blob base fee in wei, e.g. 1", blobBaseFee)
	}
	return derive.Fees{BaseFee: base, BlobBaseFee: blob}, nil
}

func readDeriveBatch(stdin io.Reader, file string) (derive.Batch, error) {
	r := stdin
	if file != "-" {
		f, err := os.Open(file)
		if err != nil {
			return derive.Batch{}, fmt.Errorf("reading --batch: %w", err)
		}
		defer f.Close()
		r = f
	}
	var j batchJSON
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return derive.Batch{}, fmt.Errorf("--batch is not batch JSON (see nr derive encode --help): %w", err)
	}
	var batch derive.Batch
	for _, b := range j.Blocks {
		block := derive.Block{Timestamp: b.Timestamp, GasLimit: b.GasLimit, FeeRecipient: b.FeeRecipient, PrevRandao: b.PrevRandao, ExtraData: b.ExtraData}
		for _, tx := range b.Transactions {
			block.Transactions = append(block.Transactions, tx)
		}
		batch.Blocks = append(batch.Blocks, block)
	}
	return batch, nil
}

func writeDeriveEncoded(dir string, enc derive.Encoded) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "payload.hex"), []byte(hexutil.Encode(enc.Payload)+"\n"), 0o644); err != nil {
		return err
	}
	for i := range enc.Blobs {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("blob-%d.bin", i)), enc.Blobs[i][:], 0o644); err != nil {
			return err
		}
	}
	return nil
}

func writeDeriveFileJSON(path string, v any) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return writeDeriveJSON(f, v)
}

func writeDeriveJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func deriveHex(s string) string {
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		return s
	}
	return "0x" + s
}
