package stateless

import (
	"github.com/ethereum/go-ethereum/core/types"
)

// MaxHeaders is the most ancestor headers a witness may carry: BLOCKHASH reaches
// back 256 blocks, so older headers can never be needed.
const MaxHeaders = 256

// Witness is the data a block needs to run without a database: its ancestor
// headers (oldest first, the parent last), the bytecodes it runs and the trie nodes
// it reads or rewrites. Its RLP form is go-ethereum's stateless.ExtWitness:
// rlp([headers], [codes], [state], [keys]).
type Witness struct {
	Headers []*types.Header `json:"headers"`
	Codes   [][]byte        `json:"codes"`
	State   [][]byte        `json:"state"`
	Keys    [][]byte        `json:"keys"`
}
