package stateless

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// Policy holds rules a caller adds to L1's consensus rules. EXECUTE sets both for
// every L2 block, because whoever calls EXECUTE chooses the pre-state: L1's rules
// assume a state that L1's own history produced, EXECUTE cannot. An L1 block (an
// EEST fixture, a mainnet block) runs with the zero Policy.
type Policy struct {
	// MaxRepeatedTrieBytes, when non-zero, bounds the trie node bytes the
	// pre-state holds at more than one position (checkedState.repeatedBytes).
	// Witness bytes pay for each node once, but go-ethereum loads a node again at
	// every position it sits at: a storage trie shared by many accounts, or a
	// forged branch pointing all its children at one node, would make execution
	// load far more than the input paid for. ErrTrieExpansion otherwise.
	MaxRepeatedTrieBytes uint64
	// BoundedBalances requires every account balance in the pre-state to be
	// below 2^MaxBalanceBits, else ErrBalanceBound. L1's rules never meet a
	// balance near 2^256 (all the ether there is fits in 2^87 wei), and clients
	// disagree on what adding to one does: go-ethereum wraps it around to zero,
	// others fail the transfer. Below 2^128 no block can overflow a balance: its
	// ether comes from at most the witness's accounts, each below 2^128.
	BoundedBalances bool
	// BlobFreeParent requires a parent with no blob gas (excess and used both
	// zero) and the proof-of-stake constants (difficulty 0, nonce 0, no uncles),
	// else ErrInvalidHeader. A chain without blob transactions that starts at zero
	// stays at zero, and a chain that was never proof of work has no other
	// constants; the rule keeps the blob fee series (about a millisecond per
	// evaluation near MaxExcessBlobGas, three per block) out of a caller's reach.
	BlobFreeParent bool
	// CanonicalSystemContracts requires each system contract the fork calls
	// (EIP-4788 beacon roots, EIP-2935 history, EIP-7002 withdrawals, EIP-7251
	// consolidations) to hold go-ethereum's code. System calls run outside the
	// block gas limit with a 30M gas allowance each, so any other code there would
	// be execution nobody pays for. ErrSystemContractCode otherwise.
	CanonicalSystemContracts bool
}

// MaxBalanceBits bounds pre-state balances under Policy.BoundedBalances.
const MaxBalanceBits = 128

// SystemContract is a contract a fork calls outside the block gas limit, with
// go-ethereum's code for it.
type SystemContract struct {
	Address common.Address
	Code    []byte
}

// SystemContracts lists, in the order the block calls them, the system contracts
// the fork of a block (number, time) calls. A slice, not a map: the first one that
// fails a check names the error, which must not depend on map order.
func SystemContracts(config *params.ChainConfig, number *big.Int, time uint64) []SystemContract {
	var out []SystemContract
	if config.IsCancun(number, time) {
		out = append(out, SystemContract{params.BeaconRootsAddress, params.BeaconRootsCode})
	}
	if config.IsPrague(number, time) {
		out = append(out,
			SystemContract{params.HistoryStorageAddress, params.HistoryStorageCode},
			SystemContract{params.WithdrawalQueueAddress, params.WithdrawalQueueCode},
			SystemContract{params.ConsolidationQueueAddress, params.ConsolidationQueueCode},
		)
	}
	return out
}

// checkSystemContracts compares the code hash of each system contract in the
// pre-state with go-ethereum's code. Reading an account the witness does not
// prove is missing data, reported by the caller's completeness check.
func checkSystemContracts(config *params.ChainConfig, header *types.Header, statedb *state.StateDB) error {
	for _, sc := range SystemContracts(config, header.Number, header.Time) {
		if have, want := statedb.GetCodeHash(sc.Address), crypto.Keccak256Hash(sc.Code); have != want && statedb.Error() == nil {
			return fmt.Errorf("%w: %s has code hash %x, the fork's system contract is %x", ErrSystemContractCode, sc.Address, have, want)
		}
	}
	return nil
}
