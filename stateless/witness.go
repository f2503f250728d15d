package stateless

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/rawdb"
	gethstateless "github.com/ethereum/go-ethereum/core/stateless"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/ethdb/memorydb"
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
// witness: trailing bytes are an error. Decoding is strict: every length prefix
// is the shortest one and a single byte below 0x80 is never a string (go-ethereum's
// rlp rules), so the codes, state and keys lists are canonical RLP by the time
// they are read, with no re-encoding to compare.
//
// The codes, state entries and keys are not copied: they alias b, capped so that
// appending to one reallocates. b must therefore not change while the witness is
// in use; EXECUTE never writes to its input. Headers are decoded into values of
// their own.
func DecodeWitnessRLP(b []byte) (*Witness, error) {
	w, err := decodeWitness(b)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidWitnessEncoding, err)
	}
	return w, nil
}

func decodeWitness(b []byte) (*Witness, error) {
	content, rest, err := rlp.SplitList(b)
	if err != nil {
		return nil, err
	}
	if len(rest) != 0 {
		return nil, fmt.Errorf("%d bytes after the witness", len(rest))
	}
	var lists [4][]byte
	for i := range lists {
		if lists[i], content, err = rlp.SplitList(content); err != nil {
			return nil, fmt.Errorf("witness field %d: %v", i, err)
		}
	}
	if len(content) != 0 {
		return nil, fmt.Errorf("the witness list has more than 4 fields")
	}
	w := new(Witness)
	if w.Headers, err = decodeHeaders(lists[0]); err != nil {
		return nil, err
	}
	for i, field := range []*[][]byte{&w.Codes, &w.State, &w.Keys} {
		if *field, err = splitStrings(lists[i+1]); err != nil {
			return nil, fmt.Errorf("witness field %d: %v", i+1, err)
		}
	}
	return w, nil
}

// decodeHeaders decodes the content of the headers list.
func decodeHeaders(list []byte) ([]*types.Header, error) {
	n, err := rlp.CountValues(list)
	if err != nil {
		return nil, fmt.Errorf("headers: %v", err)
	}
	headers := make([]*types.Header, 0, n)
	for len(list) > 0 {
		_, _, rest, err := rlp.Split(list)
		if err != nil {
			return nil, fmt.Errorf("header %d: %v", len(headers), err)
		}
		h := new(types.Header)
		if err := rlp.DecodeBytes(list[:len(list)-len(rest)], h); err != nil {
			return nil, fmt.Errorf("header %d: %v", len(headers), err)
		}
		headers = append(headers, h)
		list = rest
	}
	return headers, nil
}

// splitStrings returns the RLP strings in the content of a list, aliasing it.
func splitStrings(list []byte) ([][]byte, error) {
	n, err := rlp.CountValues(list)
	if err != nil {
		return nil, err
	}
	out := make([][]byte, 0, n)
	for len(list) > 0 {
		s, rest, err := rlp.SplitString(list)
		if err != nil {
			return nil, fmt.Errorf("item %d: %v", len(out), err)
		}
		out = append(out, s[:len(s):len(s)])
		list = rest
	}
	return out, nil
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

// stateDB serves the checked trie nodes and the codes to go-ethereum's trie and
// code readers, keyed by their keccak hashes, the only way execution can reach
// them: a code or node that does not hash to what its parent references is
// simply never found, and a node checkTries did not reach from the pre-state
// root is not there. Nothing is copied: both read the witness's own slices.
// Codes and nodes are separate namespaces: go-ethereum's code reader falls back
// to the bare hash key where nodes live, so in one database a trie node would
// serve as code the witness does not carry.
func (w *Witness) stateDB(checked *checkedState) (nodes ethdb.Database, codes ethdb.KeyValueStore) {
	byHash := make(map[common.Hash][]byte, len(w.Codes))
	for _, code := range w.Codes {
		byHash[crypto.Keccak256Hash(code)] = code
	}
	nodes = rawdb.NewDatabase(newWitnessStore(func(key []byte) ([]byte, bool) {
		if len(key) != common.HashLength {
			return nil, false
		}
		return checked.node(common.Hash(key))
	}))
	codes = newWitnessStore(func(key []byte) ([]byte, bool) {
		ok, hash := rawdb.IsCodeKey(key)
		if !ok {
			return nil, false
		}
		code, ok := byHash[common.Hash(hash)]
		return code, ok
	})
	return nodes, codes
}

// errNotInWitness is what a witnessStore answers for a key it does not hold;
// go-ethereum's readers treat any error as absence.
var errNotInWitness = errors.New("not in the witness")

// errReadOnly is a write to a witnessStore. Execution never commits, so a write
// would be a bug, not an input.
var errReadOnly = errors.New("the witness store is read-only")

// witnessStore is a read-only key-value store over witness data. It answers Get
// and Has from get, which returns the witness's own slices: go-ethereum's trie
// and code readers treat what a database returns as immutable (the trie decodes
// nodes in place without copying them). Writes fail; the embedded empty memory
// store supplies the rest of the interface (iterators and batches over nothing,
// statistics), which execution does not use.
type witnessStore struct {
	ethdb.KeyValueStore
	get func(key []byte) ([]byte, bool)
}

func newWitnessStore(get func(key []byte) ([]byte, bool)) *witnessStore {
	return &witnessStore{KeyValueStore: memorydb.New(), get: get}
}

func (s *witnessStore) Has(key []byte) (bool, error) {
	_, ok := s.get(key)
	return ok, nil
}

func (s *witnessStore) Get(key []byte) ([]byte, error) {
	if v, ok := s.get(key); ok {
		return v, nil
	}
	return nil, errNotInWitness
}

func (s *witnessStore) Put(key, value []byte) error         { return errReadOnly }
func (s *witnessStore) Delete(key []byte) error             { return errReadOnly }
func (s *witnessStore) DeleteRange(start, end []byte) error { return errReadOnly }

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
