package derive

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/stretchr/testify/require"
)

// Golden vectors in tests/vectors/derive, made by our own encoder and checked byte
// for byte. Regenerate (only after a deliberate format change) with:
//
//	go test ./derive -run TestGoldenVectors -update
var update = flag.Bool("update", false, "rewrite tests/vectors/derive from the encoder")

const vectorDir = "../tests/vectors/derive"

// vectorBlock is a block in vector JSON; TransactionsRLP is EXECUTE's field.
type vectorBlock struct {
	Timestamp       uint64          `json:"timestamp"`
	GasLimit        uint64          `json:"gasLimit"`
	FeeRecipient    common.Address  `json:"feeRecipient"`
	PrevRandao      common.Hash     `json:"prevRandao"`
	ExtraData       hexutil.Bytes   `json:"extraData"`
	Transactions    []hexutil.Bytes `json:"transactions"`
	TransactionsRLP hexutil.Bytes   `json:"transactionsRlp,omitempty"`
}

// encodeVector: batch -> payload -> blobs -> versioned hashes. Blobs are stored
// with trailing zero bytes trimmed; readers pad each back to 131072 bytes.
type encodeVector struct {
	Name            string          `json:"name"`
	Blocks          []vectorBlock   `json:"blocks"`
	Payload         hexutil.Bytes   `json:"payload,omitempty"` // omitted when the blobs hold it all
	Blobs           []hexutil.Bytes `json:"blobs"`
	VersionedHashes []common.Hash   `json:"versionedHashes"`
}

// decodeVector: calldata or blobs -> reason, drops, blocks.
type decodeVector struct {
	Name     string          `json:"name"`
	Calldata hexutil.Bytes   `json:"calldata,omitempty"`
	Blobs    []hexutil.Bytes `json:"blobs,omitempty"`
	Reason   Reason          `json:"reason"`
	Drops    []Drop          `json:"drops"`
	Blocks   []vectorBlock   `json:"blocks"`
}

func toVectorBlocks(blocks []Block, withRLP bool) []vectorBlock {
	out := []vectorBlock{}
	for _, b := range blocks {
		v := vectorBlock{Timestamp: b.Timestamp, GasLimit: b.GasLimit, FeeRecipient: b.FeeRecipient, PrevRandao: b.PrevRandao,
			ExtraData: nonNil(b.ExtraData), Transactions: []hexutil.Bytes{}}
		for _, tx := range b.Transactions {
			v.Transactions = append(v.Transactions, tx)
		}
		if withRLP {
			v.TransactionsRLP = b.TransactionsRLP()
		}
		out = append(out, v)
	}
	return out
}

func fromVectorBlocks(vs []vectorBlock) Batch {
	var batch Batch
	for _, v := range vs {
		b := Block{Timestamp: v.Timestamp, GasLimit: v.GasLimit, FeeRecipient: v.FeeRecipient, PrevRandao: v.PrevRandao, ExtraData: v.ExtraData}
		for _, tx := range v.Transactions {
			b.Transactions = append(b.Transactions, tx)
		}
		batch.Blocks = append(batch.Blocks, b)
	}
	return batch
}

func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

func trimBlobs(blobs []kzg4844.Blob) []hexutil.Bytes {
	out := make([]hexutil.Bytes, len(blobs))
	for i := range blobs {
		out[i] = bytes.TrimRight(blobs[i][:], "\x00")
	}
	return out
}

func padBlobs(t *testing.T, trimmed []hexutil.Bytes) []kzg4844.Blob {
	blobs := make([]kzg4844.Blob, len(trimmed))
	for i, b := range trimmed {
		require.LessOrEqual(t, len(b), BlobSize)
		copy(blobs[i][:], b)
	}
	return blobs
}

// goldenBatches are the encode vectors' inputs: deterministic keys and contents.
func goldenBatches(t *testing.T) map[string]Batch {
	mix := newTxMix(t, 2026)
	typed := mix.batch(t, 1, 0)
	for len(typed.Blocks[0].Transactions) < 4 { // one of each of legacy, 2930, 1559, then 7702
		raw := mix.next(t)
		kinds := map[byte]bool{}
		for _, tx := range typed.Blocks[0].Transactions {
			kinds[min(tx[0], 0xc0)] = true
		}
		if !kinds[min(raw[0], 0xc0)] {
			typed.Blocks[0].Transactions = append(typed.Blocks[0].Transactions, raw)
		}
		if len(typed.Blocks[0].Transactions) == 3 {
			typed.Blocks[0].Transactions = append(typed.Blocks[0].Transactions, mix.signedSetCodeTx(t))
		}
	}
	return map[string]Batch{
		"one empty block":        {Blocks: []Block{{Timestamp: 1_800_000_000, GasLimit: 30_000_000}}},
		"every transaction type": typed,
		"ten blocks of ten txs":  mix.batch(t, 10, 10),
		"two blobs, two 64 KiB txs": {Blocks: []Block{{Timestamp: 7, GasLimit: 30_000_000,
			Transactions: [][]byte{mix.bigDataTx(t, 64<<10), mix.bigDataTx(t, 64<<10)}}}},
		"max extra data, no txs": {Blocks: []Block{{Timestamp: 1, GasLimit: 1, ExtraData: bytes.Repeat([]byte{0xee}, 32)}, {Timestamp: 2}}},
	}
}

// goldenDecodes are the decode vectors' inputs: valid data, drops and every rejection.
func goldenDecodes(t *testing.T) map[string]decodeVector {
	mix := newTxMix(t, 2027)
	good := mix.next(t)
	okPayload := payloadOf(rlpOf(t, []any{rawBlock(good)}))
	blobsOf := func(payload []byte, mutate func([]kzg4844.Blob) []kzg4844.Blob) []hexutil.Bytes {
		blobs, err := EncodeBlobs(payload)
		require.NoError(t, err)
		return trimBlobs(mutate(blobs))
	}
	same := func(b []kzg4844.Blob) []kzg4844.Blob { return b }
	badChecksum := bytes.Clone(okPayload)
	badChecksum[len(badChecksum)-1] ^= 1
	return map[string]decodeVector{
		"calldata: valid": {Calldata: okPayload},
		"calldata: drops": {Calldata: payloadOf(rlpOf(t, []any{rawBlock([]byte{}, mix.signedBlobTx(t), good, []byte{0x7e, 0x01},
			[]byte{0x02, 0xc0}, append(bytes.Clone(good), 0x00))}))},
		"calldata: too many drops":         {Calldata: payloadOf(rlpOf(t, []any{rawBlock(append(slices.Repeat([][]byte{{0x02, 0xc0}}, MaxDropsPerBatch), good, []byte{})...)}))},
		"calldata: empty":                  {Calldata: []byte{}},
		"calldata: batch version 0":        {Calldata: append([]byte{0}, okPayload[1:]...)},
		"calldata: not zlib":               {Calldata: []byte{BatchVersion, 0x01, 0x02}},
		"calldata: adler32 mismatch":       {Calldata: badChecksum},
		"calldata: byte after zlib stream": {Calldata: append(bytes.Clone(okPayload), 0)},
		"calldata: inflates past 8x":       {Calldata: payloadOf(rlpOf(t, []any{rawBlock(make([]byte, 100_000))}))},
		"calldata: second RLP value":       {Calldata: payloadOf(append(rlpOf(t, []any{rawBlock()}), 0x80))},
		"calldata: not a list":             {Calldata: payloadOf(rlpOf(t, []byte("x")))},
		"calldata: no blocks":              {Calldata: payloadOf(rlpOf(t, []any{}))},
		"calldata: extra data 33 bytes":    {Calldata: payloadOf(rlpOf(t, []any{[]any{uint64(1), uint64(1), common.Address{}, common.Hash{}, make([]byte, 33), [][]byte{}}}))},
		"blobs: valid":                     {Blobs: blobsOf(okPayload, same)},
		"blobs: element above modulus": {Blobs: blobsOf(okPayload, func(b []kzg4844.Blob) []kzg4844.Blob {
			copy(b[0][64:96], blsModulus[:])
			return b
		})},
		"blobs: spare byte set": {Blobs: blobsOf(okPayload, func(b []kzg4844.Blob) []kzg4844.Blob { b[0][32] = 1; return b })},
		"blobs: version 0":      {Blobs: blobsOf(okPayload, func(b []kzg4844.Blob) []kzg4844.Blob { b[0][1] = 0; return b })},
		"blobs: length past capacity": {Blobs: blobsOf(okPayload, func(b []kzg4844.Blob) []kzg4844.Blob {
			binary.BigEndian.PutUint32(b[0][2:6], BlobDataCapacity)
			return b
		})},
		"blobs: extra zero blob": {Blobs: blobsOf(okPayload, func(b []kzg4844.Blob) []kzg4844.Blob { return append(b, kzg4844.Blob{}) })},
		"blobs: byte past the length": {Blobs: blobsOf(okPayload, func(b []kzg4844.Blob) []kzg4844.Blob {
			i := BlobHeaderSize + len(okPayload) // first stream byte after the payload
			b[0][i/DataBytesPerElement*BytesPerFieldElement+1+i%DataBytesPerElement] = 1
			return b
		})},
	}
}

// bigDataTx is a signed dynamic-fee transaction carrying n incompressible bytes.
func (m *txMix) bigDataTx(t *testing.T, n int) []byte {
	data := make([]byte, n)
	m.rng.Read(data)
	tx, err := types.SignNewTx(m.keys[2], m.signer, &types.DynamicFeeTx{ChainID: testChainID, Nonce: m.nonces[2], Gas: 5_000_000, Data: data})
	require.NoError(t, err)
	m.nonces[2]++
	raw, err := tx.MarshalBinary()
	require.NoError(t, err)
	return raw
}

func readVectors(t *testing.T, name string, v any) {
	data, err := os.ReadFile(filepath.Join(vectorDir, name))
	require.NoError(t, err, "golden vectors missing; regenerate with go test ./derive -run TestGoldenVectors -update")
	require.NoError(t, json.Unmarshal(data, v))
}

func writeVectors(t *testing.T, name string, v any) {
	data, err := json.MarshalIndent(v, "", "  ")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(vectorDir, name), append(data, '\n'), 0o644))
}

func TestGoldenVectors(t *testing.T) {
	if *update {
		var encodes []encodeVector
		for name, batch := range goldenBatches(t) {
			payload, err := EncodePayload(batch)
			require.NoError(t, err)
			blobs, err := EncodeBlobs(payload)
			require.NoError(t, err)
			hashes, err := VersionedHashes(blobs)
			require.NoError(t, err)
			v := encodeVector{Name: name, Blocks: toVectorBlocks(batch.Blocks, false), Blobs: trimBlobs(blobs), VersionedHashes: hashes}
			if len(blobs) == 1 {
				v.Payload = payload
			}
			encodes = append(encodes, v)
		}
		sortByName(encodes, func(v encodeVector) string { return v.Name })
		writeVectors(t, "encode.json", encodes)
		var decodes []decodeVector
		for name, v := range goldenDecodes(t) {
			v.Name = name
			r := deriveVector(t, v)
			v.Reason, v.Drops, v.Blocks = r.Reason, nonNilDrops(r.Drops), toVectorBlocks(r.Blocks, true)
			decodes = append(decodes, v)
		}
		sortByName(decodes, func(v decodeVector) string { return v.Name })
		writeVectors(t, "decode.json", decodes)
	}

	var encodes []encodeVector
	readVectors(t, "encode.json", &encodes)
	require.NotEmpty(t, encodes)
	for _, v := range encodes {
		t.Run("encode/"+v.Name, func(t *testing.T) {
			batch := fromVectorBlocks(v.Blocks)
			payload, err := EncodePayload(batch)
			require.NoError(t, err)
			if v.Payload != nil {
				require.Equal(t, []byte(v.Payload), payload, "payload differs from the golden bytes")
			}
			blobs, err := EncodeBlobs(payload)
			require.NoError(t, err)
			require.Equal(t, padBlobs(t, v.Blobs), blobs, "blobs differ from the golden bytes")
			hashes, err := VersionedHashes(blobs)
			require.NoError(t, err)
			require.Equal(t, v.VersionedHashes, hashes)
			require.NoError(t, VerifyVersionedHashes(padBlobs(t, v.Blobs), v.VersionedHashes))
			r := DeriveBlobs(padBlobs(t, v.Blobs))
			require.Equal(t, ReasonOK, r.Reason)
			require.Equal(t, normalize(batch), normalize(Batch{Blocks: r.Blocks}))
		})
	}
	var decodes []decodeVector
	readVectors(t, "decode.json", &decodes)
	require.NotEmpty(t, decodes)
	for _, v := range decodes {
		t.Run("decode/"+v.Name, func(t *testing.T) {
			r := deriveVector(t, v)
			require.Equal(t, v.Reason, r.Reason, "%v", r.Err)
			require.Equal(t, v.Drops, nonNilDrops(r.Drops))
			require.Equal(t, v.Blocks, toVectorBlocks(r.Blocks, true))
		})
	}
}

func deriveVector(t *testing.T, v decodeVector) Result {
	if v.Blobs != nil {
		return DeriveBlobs(padBlobs(t, v.Blobs))
	}
	return DeriveCalldata(v.Calldata)
}

func nonNilDrops(d []Drop) []Drop {
	if d == nil {
		return []Drop{}
	}
	return d
}

func sortByName[T any](vs []T, name func(T) string) {
	slices.SortFunc(vs, func(a, b T) int { return strings.Compare(name(a), name(b)) })
}
