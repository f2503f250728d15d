package daemon

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/ethdb/pebble"
)

// The store: go-ethereum's pebble database (ethdb/pebble wrapped by rawdb, as
// geth opens its chaindata) holding, under the "nrv-" prefix:
//
//	nrv-genesis                  the L1's genesis hash: the chain the verdicts are of
//	nrv-tip                      last verified L1 block: number (8, big endian) ‖ hash
//	nrv-b ‖ number (8)           BlockRecord (JSON)
//	nrv-c ‖ tx hash ‖ index (4) ‖ number (8)  CallRecord (JSON) of call index of tx in block number
//
// Call records are each block's own (the block number ends the key): a
// transaction hash that a lying node serves in two blocks cannot make one
// block's record overwrite, or a reorg delete, the other's.
//
// A block's records and the tip are written in one batch, so a crash leaves
// either the whole block or none of it.
var (
	genesisKey  = []byte("nrv-genesis")
	tipKey      = []byte("nrv-tip")
	blockPrefix = []byte("nrv-b")
	callPrefix  = []byte("nrv-c")
)

func blockKey(n uint64) []byte {
	return binary.BigEndian.AppendUint64(append([]byte{}, blockPrefix...), n)
}

// callsOf is the key prefix of the records of call i of tx, in every block.
func callsOf(tx common.Hash, i int) []byte {
	return binary.BigEndian.AppendUint32(append(append([]byte{}, callPrefix...), tx.Bytes()...), uint32(i))
}

func callKey(n uint64, tx common.Hash, i int) []byte {
	return binary.BigEndian.AppendUint64(callsOf(tx, i), n)
}

// VerdictRecord is one verifier's verdict on a call.
type VerdictRecord struct {
	Prover   string         `json:"prover,omitempty"`
	System   string         `json:"system"`
	Result   string         `json:"result"`
	Reason   string         `json:"reason"`
	Expected *OutcomeRecord `json:"expected,omitempty"`
}

// OutcomeRecord is an EXECUTE outcome.
type OutcomeRecord struct {
	Success bool          `json:"success"`
	Output  hexutil.Bytes `json:"output"`
}

// CallRecord is the verdict on one EXECUTE call.
type CallRecord struct {
	Block     uint64      `json:"block"`
	BlockHash common.Hash `json:"blockHash"`
	Tx        common.Hash `json:"tx"`
	TxIndex   int         `json:"txIndex"`
	// Index is the call's position among the transaction's EXECUTE calls
	// (depth-first), the {i} of /v1/calls/{tx}/{i}.
	Index int    `json:"index"`
	Depth int    `json:"depth"`
	Type  string `json:"type"`
	// Call is keccak256(input), the id provers file proofs under.
	Call       common.Hash     `json:"call"`
	InputSize  int             `json:"inputSize"`
	L1         OutcomeRecord   `json:"l1"`
	Result     string          `json:"result"`
	Reason     string          `json:"reason"`
	Alarm      string          `json:"alarm,omitempty"`
	Conflict   bool            `json:"conflict,omitempty"`
	Systems    []string        `json:"systems,omitempty"`
	Ignored    []string        `json:"ignored,omitempty"`
	Verdicts   []VerdictRecord `json:"verdicts"`
	DurationMs float64         `json:"durationMs"`
}

// CallRef names a call of a block.
type CallRef struct {
	Tx    common.Hash `json:"tx"`
	Index int         `json:"index"`
}

// BlockRecord is the verdict on one L1 block: disagree if any call
// disagrees, else unverified if any call is unverified, else agree (also for
// a block without EXECUTE calls).
type BlockRecord struct {
	Number     uint64      `json:"number"`
	Hash       common.Hash `json:"hash"`
	ParentHash common.Hash `json:"parentHash"`
	Result     string      `json:"result"`
	Reason     string      `json:"reason"`
	Agree      int         `json:"agree"`
	Disagree   int         `json:"disagree"`
	Unverified int         `json:"unverified"`
	// NotRun counts the block's calls to EXECUTE that never ran it (given
	// less gas than its price for their input, or, from nrExecuteTracer,
	// failed for a value their caller lacks): L1's failure is the only
	// possible result; they need no verdict and have no record each (Calls
	// does not list them).
	NotRun     int       `json:"notRun"`
	Calls      []CallRef `json:"calls"`
	VerifiedAt time.Time `json:"verifiedAt"`
	DurationMs float64   `json:"durationMs"`
}

// Tip is the last verified block.
type Tip struct {
	Number uint64      `json:"number"`
	Hash   common.Hash `json:"hash"`
}

// Store keeps verdicts across restarts.
type Store struct {
	db ethdb.Database
}

// OpenStore opens (or creates) the verdict database in dir; "" keeps it in memory.
func OpenStore(dir string) (*Store, error) {
	if dir == "" {
		return &Store{db: rawdb.NewMemoryDatabase()}, nil
	}
	kv, err := pebble.New(dir, 64, 64, "nr/validator/db/", false)
	if err != nil {
		return nil, fmt.Errorf("opening the verdict database in %s: %w (is another nr validator using this --datadir?)", dir, err)
	}
	return &Store{db: rawdb.NewDatabase(kv)}, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Genesis is the genesis hash of the L1 the stored verdicts are of; false
// if none is recorded (a new store).
func (s *Store) Genesis() (common.Hash, bool, error) {
	if ok, err := s.db.Has(genesisKey); err != nil || !ok {
		return common.Hash{}, false, err
	}
	b, err := s.db.Get(genesisKey)
	if err != nil {
		return common.Hash{}, false, fmt.Errorf("reading the L1 genesis hash: %w", err)
	}
	if len(b) != common.HashLength {
		return common.Hash{}, false, fmt.Errorf("the genesis record is %d bytes, want 32: the database is not an nr validator's", len(b))
	}
	return common.BytesToHash(b), true, nil
}

// SetGenesis records the genesis hash of the L1 the verdicts are of.
func (s *Store) SetGenesis(h common.Hash) error {
	if err := s.db.Put(genesisKey, h.Bytes()); err != nil {
		return fmt.Errorf("recording the L1 genesis hash: %w", err)
	}
	return nil
}

// Tip is the last verified block, nil if none.
func (s *Store) Tip() (*Tip, error) {
	b, err := s.db.Get(tipKey)
	if err != nil {
		if ok, _ := s.db.Has(tipKey); !ok {
			return nil, nil
		}
		return nil, fmt.Errorf("reading the verified tip: %w", err)
	}
	if len(b) != 8+common.HashLength {
		return nil, fmt.Errorf("the verified tip record is %d bytes, want 40: the database is not an nr validator's", len(b))
	}
	return &Tip{Number: binary.BigEndian.Uint64(b), Hash: common.BytesToHash(b[8:])}, nil
}

var errNotFound = errors.New("not verified")

func get[T any](db ethdb.KeyValueReader, key []byte) (*T, error) {
	if ok, err := db.Has(key); err != nil {
		return nil, err
	} else if !ok {
		return nil, errNotFound
	}
	b, err := db.Get(key)
	if err != nil {
		return nil, err
	}
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		return nil, fmt.Errorf("decoding record %x: %w", key, err)
	}
	return &v, nil
}

// Block is the record of block n.
func (s *Store) Block(n uint64) (*BlockRecord, error) { return get[BlockRecord](s.db, blockKey(n)) }

// Call is the record of the i-th EXECUTE call of tx, in the lowest verified
// block holding it (a valid chain has one). Keys hold the index in 32 bits:
// an index outside them is not found (never another call's record).
func (s *Store) Call(tx common.Hash, i int) (*CallRecord, error) {
	if i < 0 || uint64(i) > math.MaxUint32 {
		return nil, errNotFound
	}
	prefix := callsOf(tx, i)
	it := s.db.NewIterator(prefix, nil)
	defer it.Release()
	for it.Next() {
		if len(it.Key()) == len(prefix)+8 {
			return get[CallRecord](s.db, it.Key())
		}
	}
	if err := it.Error(); err != nil {
		return nil, err
	}
	return nil, errNotFound
}

// BlockCall is block n's record of the i-th EXECUTE call of tx.
func (s *Store) BlockCall(n uint64, tx common.Hash, i int) (*CallRecord, error) {
	if i < 0 || uint64(i) > math.MaxUint32 {
		return nil, errNotFound
	}
	return get[CallRecord](s.db, callKey(n, tx, i))
}

// PutBlock writes a block's records and makes it the tip, atomically.
func (s *Store) PutBlock(b *BlockRecord, calls []*CallRecord) error {
	batch := s.db.NewBatch()
	for _, c := range calls {
		enc, err := json.Marshal(c)
		if err != nil {
			return err
		}
		if err := batch.Put(callKey(b.Number, c.Tx, c.Index), enc); err != nil {
			return err
		}
	}
	enc, err := json.Marshal(b)
	if err != nil {
		return err
	}
	if err := batch.Put(blockKey(b.Number), enc); err != nil {
		return err
	}
	if err := batch.Put(tipKey, append(binary.BigEndian.AppendUint64(nil, b.Number), b.Hash.Bytes()...)); err != nil {
		return err
	}
	if err := batch.Write(); err != nil {
		return fmt.Errorf("storing the verdicts of block %d: %w", b.Number, err)
	}
	return nil
}

// Rewind deletes the records of blocks above n (a reorg's fork point) and
// makes n the tip, atomically; with no record of n (the fork is below the
// first verified block) the store is left empty.
func (s *Store) Rewind(n uint64) (removed int, err error) {
	tip, err := s.Tip()
	if err != nil || tip == nil || tip.Number <= n {
		return 0, err
	}
	batch := s.db.NewBatch()
	for m := tip.Number; m > n; m-- {
		b, err := s.Block(m)
		if errors.Is(err, errNotFound) {
			break // below the first verified block
		}
		if err != nil {
			return 0, err
		}
		for _, c := range b.Calls {
			batch.Delete(callKey(m, c.Tx, c.Index))
		}
		batch.Delete(blockKey(m))
		removed++
	}
	if fork, err := s.Block(n); err == nil {
		batch.Put(tipKey, append(binary.BigEndian.AppendUint64(nil, n), fork.Hash.Bytes()...))
	} else if errors.Is(err, errNotFound) {
		batch.Delete(tipKey)
	} else {
		return 0, err
	}
	if err := batch.Write(); err != nil {
		return 0, fmt.Errorf("rewinding the verdicts to block %d: %w", n, err)
	}
	return removed, nil
}
