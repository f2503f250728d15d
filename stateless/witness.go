package stateless

import (
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/rawdb"
	gethstateless "github.com/ethereum/go-ethereum/core/stateless"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/rlp"
)

// MaxHeaders is the most ancestor headers a witness may carry: BLOCKHASH reaches
// back 256 blocks, so older headers can never be needed.
const MaxHeaders = 256

// Witness is the data one block needs to run without a database: its ancestor
// headers (oldest first, the parent last), the bytecodes it runs and the trie nodes
// it reads or rewrites.
//
// The RLP form is go-ethereum's stateless.ExtWitness, the cross-client layout:
//
//	witness = rlp([headers], [codes], [state], [keys])
//
// The JSON form is what debug_executionWitness returns: {headers, codes, state, keys},
// headers as header objects, the rest as hex strings. Nothing in a Witness is
// trusted: Execute checks the headers form a chain ending at the claimed parent,
// binds codes and nodes to their hashes, and fails when execution needs anything the
// witness lacks. Extra headers, codes and nodes are allowed and ignored.
type Witness struct {
	Headers []*types.Header
	Codes   [][]byte
	State   [][]byte
	// Keys is carried for format compatibility only; execution never reads it.
	Keys [][]byte
}

// DecodeWitnessRLP decodes the RLP form of a witness. The whole input must be one
// witness: trailing bytes are an error.
func DecodeWitnessRLP(b []byte) (*Witness, error) {
	w := new(Witness)
	if err := rlp.DecodeBytes(b, w); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidWitnessEncoding, err)
	}
	return w, nil
}

// EncodeWitnessRLP returns the RLP form of w.
func EncodeWitnessRLP(w *Witness) ([]byte, error) {
	return rlp.EncodeToBytes(w)
}

// MarshalJSON encodes w in the debug_executionWitness shape.
func (w *Witness) MarshalJSON() ([]byte, error) {
	return json.Marshal(w.toExt())
}

// UnmarshalJSON decodes the debug_executionWitness shape.
func (w *Witness) UnmarshalJSON(b []byte) error {
	var ext gethstateless.ExtWitness
	if err := json.Unmarshal(b, &ext); err != nil {
		return fmt.Errorf("%w: %v", ErrInvalidWitnessEncoding, err)
	}
	*w = Witness{
		Headers: ext.Headers,
		Codes:   fromHexBytes(ext.Codes),
		State:   fromHexBytes(ext.State),
		Keys:    fromHexBytes(ext.Keys),
	}
	return nil
}

// FromGeth converts a witness recorded by go-ethereum (for example by
// BlockChain.ProcessBlock with MakeWitness) into the cross-client form, with the
// same ordering go-ethereum uses: headers oldest first, codes and nodes sorted.
func FromGeth(w *gethstateless.Witness) *Witness {
	ext := w.ToExtWitness()
	return &Witness{
		Headers: ext.Headers,
		Codes:   fromHexBytes(ext.Codes),
		State:   fromHexBytes(ext.State),
		Keys:    fromHexBytes(ext.Keys),
	}
}

func (w *Witness) toExt() *gethstateless.ExtWitness {
	return &gethstateless.ExtWitness{
		Headers: w.Headers,
		Codes:   toHexBytes(w.Codes),
		State:   toHexBytes(w.State),
		Keys:    toHexBytes(w.Keys),
	}
}

// stateDB loads the checked trie nodes and the codes into two in-memory
// databases keyed by their keccak hashes, the only way execution can reach them:
// a code or node that does not hash to what its parent references is simply
// never found, and a node checkTries did not reach from the pre-state root is
// not there. Codes and nodes are separate namespaces: go-ethereum's code reader
// falls back to the bare hash key where nodes live, so in one database a trie
// node would serve as code the witness does not carry.
func (w *Witness) stateDB(checked *checkedState) (nodes, codes ethdb.Database) {
	nodes, codes = rawdb.NewMemoryDatabase(), rawdb.NewMemoryDatabase()
	for hash, node := range checked.nodes {
		rawdb.WriteLegacyTrieNode(nodes, hash, node)
	}
	for _, code := range w.Codes {
		rawdb.WriteCode(codes, crypto.Keccak256Hash(code), code)
	}
	return nodes, codes
}

// toHexBytes and fromHexBytes keep nil as nil, so "keys": null (what
// debug_executionWitness returns) survives a round trip.
func toHexBytes(in [][]byte) []hexutil.Bytes {
	if in == nil {
		return nil
	}
	out := make([]hexutil.Bytes, len(in))
	for i, b := range in {
		out[i] = b
	}
	return out
}

func fromHexBytes(in []hexutil.Bytes) [][]byte {
	if in == nil {
		return nil
	}
	out := make([][]byte, len(in))
	for i, b := range in {
		out[i] = b
	}
	return out
}
