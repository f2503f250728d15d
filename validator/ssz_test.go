package validator

import (
	"bytes"

	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/golang/snappy"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"
)

// yamlMap is a value.yaml mapping read through yaml.Node, so every scalar
// stays the text it was written as: base_fee_per_gas can be 2^256-1, which a
// loader decoding into float64 or int64 would silently change.
type yamlMap struct {
	t      *testing.T
	fields map[string]*yaml.Node
}

func newYAMLMap(t *testing.T, n *yaml.Node) yamlMap {
	t.Helper()
	if n.Kind == yaml.DocumentNode {
		n = n.Content[0]
	}
	require.Equal(t, yaml.MappingNode, n.Kind, "want a mapping at line %d", n.Line)
	m := yamlMap{t: t, fields: map[string]*yaml.Node{}}
	for i := 0; i+1 < len(n.Content); i += 2 {
		m.fields[n.Content[i].Value] = n.Content[i+1]
	}
	return m
}

func (m yamlMap) node(key string) *yaml.Node {
	n, ok := m.fields[key]
	require.True(m.t, ok, "value.yaml has no key %q", key)
	return n
}

func (m yamlMap) bytes(key string, size int) []byte {
	b, err := hexutil.Decode(m.node(key).Value)
	require.NoError(m.t, err, "key %s", key)
	if size >= 0 {
		require.Len(m.t, b, size, "key %s", key)
	}
	return b
}

func (m yamlMap) hash(key string) common.Hash { return common.Hash(m.bytes(key, 32)) }

func (m yamlMap) uint64(key string) uint64 {
	v, err := strconv.ParseUint(m.node(key).Value, 10, 64)
	require.NoError(m.t, err, "key %s", key)
	return v
}

func (m yamlMap) uint256(key string) uint256.Int {
	b, ok := new(big.Int).SetString(m.node(key).Value, 10)
	require.True(m.t, ok, "key %s: %q is not a decimal integer", key, m.node(key).Value)
	var v uint256.Int
	require.False(m.t, v.SetFromBig(b), "key %s overflows 256 bits", key)
	return v
}

func (m yamlMap) list(key string) []*yaml.Node {
	n := m.node(key)
	require.Equal(m.t, yaml.SequenceNode, n.Kind, "key %s", key)
	return n.Content
}

func yamlWithdrawal(m yamlMap) Withdrawal {
	return Withdrawal{Index: m.uint64("index"), ValidatorIndex: m.uint64("validator_index"),
		Address: common.Address(m.bytes("address", 20)), Amount: m.uint64("amount")}
}

func yamlDeposit(m yamlMap) DepositRequest {
	return DepositRequest{Pubkey: [48]byte(m.bytes("pubkey", 48)), WithdrawalCredentials: m.hash("withdrawal_credentials"),
		Amount: m.uint64("amount"), Signature: [96]byte(m.bytes("signature", 96)), Index: m.uint64("index")}
}

func yamlWithdrawalRequest(m yamlMap) WithdrawalRequest {
	return WithdrawalRequest{SourceAddress: common.Address(m.bytes("source_address", 20)),
		ValidatorPubkey: [48]byte(m.bytes("validator_pubkey", 48)), Amount: m.uint64("amount")}
}

func yamlConsolidation(m yamlMap) ConsolidationRequest {
	return ConsolidationRequest{SourceAddress: common.Address(m.bytes("source_address", 20)),
		SourcePubkey: [48]byte(m.bytes("source_pubkey", 48)), TargetPubkey: [48]byte(m.bytes("target_pubkey", 48))}
}

func yamlRequests(t *testing.T, m yamlMap) ExecutionRequests {
	var r ExecutionRequests
	for _, n := range m.list("deposits") {
		r.Deposits = append(r.Deposits, yamlDeposit(newYAMLMap(t, n)))
	}
	for _, n := range m.list("withdrawals") {
		r.Withdrawals = append(r.Withdrawals, yamlWithdrawalRequest(newYAMLMap(t, n)))
	}
	for _, n := range m.list("consolidations") {
		r.Consolidations = append(r.Consolidations, yamlConsolidation(newYAMLMap(t, n)))
	}
	return r
}

func yamlPayload(t *testing.T, m yamlMap) ExecutionPayload {
	p := ExecutionPayload{
		ParentHash:    m.hash("parent_hash"),
		FeeRecipient:  common.Address(m.bytes("fee_recipient", 20)),
		StateRoot:     m.hash("state_root"),
		ReceiptsRoot:  m.hash("receipts_root"),
		LogsBloom:     [256]byte(m.bytes("logs_bloom", 256)),
		PrevRandao:    m.hash("prev_randao"),
		BlockNumber:   m.uint64("block_number"),
		GasLimit:      m.uint64("gas_limit"),
		GasUsed:       m.uint64("gas_used"),
		Timestamp:     m.uint64("timestamp"),
		ExtraData:     m.bytes("extra_data", -1),
		BaseFeePerGas: m.uint256("base_fee_per_gas"),
		BlockHash:     m.hash("block_hash"),
		BlobGasUsed:   m.uint64("blob_gas_used"),
		ExcessBlobGas: m.uint64("excess_blob_gas"),
	}
	for _, n := range m.list("transactions") {
		b, err := hexutil.Decode(n.Value)
		require.NoError(t, err)
		p.Transactions = append(p.Transactions, b)
	}
	for _, n := range m.list("withdrawals") {
		p.Withdrawals = append(p.Withdrawals, yamlWithdrawal(newYAMLMap(t, n)))
	}
	return p
}

// sszValue is one decoded fixture value: its root, its serialization, and a
// decoder of the serialization back into the same type (nil where the type
// has no decoder of its own).
type sszValue struct {
	root      common.Hash
	ssz       []byte
	roundTrip func([]byte) ([]byte, error)
}

func decodeFixture(t *testing.T, typ string, m yamlMap) sszValue {
	switch typ {
	case "Withdrawal":
		v := yamlWithdrawal(m)
		return sszValue{root: v.HashTreeRoot(), ssz: v.MarshalSSZ()}
	case "DepositRequest":
		v := yamlDeposit(m)
		return sszValue{root: v.HashTreeRoot(), ssz: v.MarshalSSZ()}
	case "WithdrawalRequest":
		v := yamlWithdrawalRequest(m)
		return sszValue{root: v.HashTreeRoot(), ssz: v.MarshalSSZ()}
	case "ConsolidationRequest":
		v := yamlConsolidation(m)
		return sszValue{root: v.HashTreeRoot(), ssz: v.MarshalSSZ()}
	case "ExecutionRequests":
		v := yamlRequests(t, m)
		return sszValue{root: v.HashTreeRoot(), ssz: v.MarshalSSZ(), roundTrip: func(b []byte) ([]byte, error) {
			var x ExecutionRequests
			err := x.UnmarshalSSZ(b)
			return x.MarshalSSZ(), err
		}}
	case "ExecutionPayload":
		v := yamlPayload(t, m)
		return sszValue{root: v.HashTreeRoot(), ssz: v.MarshalSSZ(), roundTrip: func(b []byte) ([]byte, error) {
			var x ExecutionPayload
			err := x.UnmarshalSSZ(b)
			return x.MarshalSSZ(), err
		}}
	case "NewPayloadRequest":
		v := NewPayloadRequest{
			ExecutionPayload:      yamlPayload(t, newYAMLMap(t, m.node("execution_payload"))),
			ParentBeaconBlockRoot: m.hash("parent_beacon_block_root"),
			ExecutionRequests:     yamlRequests(t, newYAMLMap(t, m.node("execution_requests"))),
		}
		for _, n := range m.list("versioned_hashes") {
			v.VersionedHashes = append(v.VersionedHashes, common.HexToHash(n.Value))
		}
		return sszValue{root: v.HashTreeRoot(), ssz: v.MarshalSSZ(), roundTrip: func(b []byte) ([]byte, error) {
			var x NewPayloadRequest
			err := x.UnmarshalSSZ(b)
			return x.MarshalSSZ(), err
		}}
	}
	t.Fatalf("no decoder for SSZ type %s", typ)
	return sszValue{}
}

// TestSSZFixtures checks hash_tree_root, serialization and decoding against
// every vector under fixtures/ssz: 108 type vectors (deneb/electra/fulu
// ExecutionPayload, the electra request types, capella Withdrawal) and the
// five plain-container NewPayloadRequest vectors.
func TestSSZFixtures(t *testing.T) {
	dir := fixturesDir(t, "ssz")
	var cases []string
	require.NoError(t, filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && d.Name() == "value.yaml" {
			cases = append(cases, filepath.Dir(path))
		}
		return err
	}))
	require.GreaterOrEqual(t, len(cases), 113, "want the 108 type vectors and 5 NewPayloadRequest vectors in %s", dir)
	bigFee := 0
	for _, c := range cases {
		rel, _ := filepath.Rel(dir, c)
		parts := strings.Split(filepath.ToSlash(rel), "/")
		typ := parts[1]
		if strings.HasPrefix(typ, "NewPayloadRequest") {
			typ = "NewPayloadRequest"
		}
		t.Run(rel, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(c, "value.yaml"))
			require.NoError(t, err)
			var doc yaml.Node
			require.NoError(t, yaml.Unmarshal(raw, &doc))
			m := newYAMLMap(t, &doc)
			if typ == "ExecutionPayload" {
				fee := m.uint256("base_fee_per_gas")
				if !fee.IsUint64() {
					bigFee++
				}
			}
			got := decodeFixture(t, typ, m)

			rootsRaw, err := os.ReadFile(filepath.Join(c, "roots.yaml"))
			require.NoError(t, err)
			var roots struct {
				Root string `yaml:"root"`
			}
			require.NoError(t, yaml.Unmarshal(rootsRaw, &roots))
			require.Equal(t, common.HexToHash(roots.Root), got.root, "hash_tree_root")

			compressed, err := os.ReadFile(filepath.Join(c, "serialized.ssz_snappy"))
			require.NoError(t, err)
			want, err := snappy.Decode(nil, compressed)
			require.NoError(t, err)
			require.Equal(t, want, got.ssz, "serialization")
			if got.roundTrip != nil {
				again, err := got.roundTrip(want)
				require.NoError(t, err, "decoding serialized.ssz_snappy")
				require.Equal(t, want, again, "decode then encode")
			}
		})
	}
	// The README lists 11 ExecutionPayload files with base_fee_per_gas >= 2^64:
	// the vectors a truncating YAML loader gets wrong must have been read here.
	require.Equal(t, 11, bigFee, "ExecutionPayload vectors with base_fee_per_gas >= 2^64")
}

// TestSSZDecodeRejects names malformed encodings of a NewPayloadRequest and
// requires ErrSSZ for each.
func TestSSZDecodeRejects(t *testing.T) {
	req := sampleRequest()
	good := req.MarshalSSZ()
	var back NewPayloadRequest
	require.NoError(t, back.UnmarshalSSZ(good))
	require.Equal(t, req.HashTreeRoot(), back.HashTreeRoot())

	edit := func(f func(b []byte) []byte) []byte { return f(bytes.Clone(good)) }
	payloadStart := newPayloadRequestFixed
	cases := map[string][]byte{
		"empty":                   {},
		"short fixed part":        good[:newPayloadRequestFixed-1],
		"first offset not fixed":  edit(func(b []byte) []byte { b[0]++; return b }),
		"offsets decreasing":      edit(func(b []byte) []byte { copy(b[4:8], []byte{0, 0, 0, 0}); return b }),
		"offset past end":         edit(func(b []byte) []byte { copy(b[40:44], []byte{0xff, 0xff, 0, 0}); return b }),
		"trailing byte":           append(bytes.Clone(good), 0),
		"payload truncated":       edit(func(b []byte) []byte { return append(b[:payloadStart+100], b[len(b)-12:]...) }),
		"hash list not multiple":  edit(func(b []byte) []byte { b[4]++; return b }),
		"extra data over 32":      encodeWith(func(r *NewPayloadRequest) { r.ExecutionPayload.ExtraData = make([]byte, 33) }),
		"17 withdrawals":          encodeWith(func(r *NewPayloadRequest) { r.ExecutionPayload.Withdrawals = make([]Withdrawal, 17) }),
		"3 consolidations":        encodeWith(func(r *NewPayloadRequest) { r.ExecutionRequests.Consolidations = make([]ConsolidationRequest, 3) }),
		"tx offset table overlap": edit(func(b []byte) []byte { return corruptFirstTxOffset(b) }),
	}
	for name, b := range cases {
		t.Run(name, func(t *testing.T) {
			var r NewPayloadRequest
			err := r.UnmarshalSSZ(b)
			require.ErrorIs(t, err, ErrSSZ)
		})
	}
}

// encodeWith encodes sampleRequest after edit, which may break a limit that
// only the decoder checks.
func encodeWith(edit func(*NewPayloadRequest)) []byte {
	r := sampleRequest()
	edit(r)
	return r.MarshalSSZ()
}

// corruptFirstTxOffset makes the transactions list's first offset point into
// its own offset table.
func corruptFirstTxOffset(b []byte) []byte {
	payload := b[newPayloadRequestFixed:]
	txStart := int(uint32(payload[504]) | uint32(payload[505])<<8 | uint32(payload[506])<<16 | uint32(payload[507])<<24)
	payload[txStart] = 2
	return b
}

func sampleRequest() *NewPayloadRequest {
	r := &NewPayloadRequest{
		ExecutionPayload: ExecutionPayload{
			ParentHash:   common.HexToHash("0x01"),
			FeeRecipient: common.HexToAddress("0x02"),
			BlockNumber:  7,
			GasLimit:     30_000_000,
			Timestamp:    1000,
			ExtraData:    []byte("nr"),
			Transactions: [][]byte{{0x02, 0xaa}, {0x01, 0xbb, 0xcc}},
			Withdrawals:  []Withdrawal{{Index: 1, Amount: 2}},
		},
		VersionedHashes:       []common.Hash{common.HexToHash("0x0100")},
		ParentBeaconBlockRoot: common.HexToHash("0x03"),
		ExecutionRequests: ExecutionRequests{
			Withdrawals: []WithdrawalRequest{{Amount: 5}},
		},
	}
	r.ExecutionPayload.BaseFeePerGas.SetAllOne()
	return r
}
