package eestexecute

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/ethereum/go-ethereum/triedb"

	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/stateless"
	"github.com/nativerollup/nr/tests/eest"
)

// eip155MinV is the least V of an EIP-155 signature (chainId*2 + 35 with chain id
// 0); a legacy transaction below it (27, 28) is valid on every chain.
const eip155MinV = 35

// bodyPolicy returns the L2 policy sentinel EXECUTE must fail b with because of
// what b carries, or nil. It reads the block itself, not EXECUTE's error, and
// follows the order in which spec/execute.md checks the rules (withdrawals
// cannot be put in an input at all; then transaction by transaction: type 3,
// EIP-155 protection, chain id), because only the first broken rule is reported.
func bodyPolicy(b *types.Block, chainID *big.Int) error {
	if len(b.Withdrawals()) > 0 {
		return precompile.ErrWithdrawalsNotAllowed
	}
	for _, tx := range b.Transactions() {
		if tx.Type() == types.BlobTxType {
			return precompile.ErrBlobTransaction
		}
		if v, _, _ := tx.RawSignatureValues(); tx.Type() == types.LegacyTxType && v.Cmp(big.NewInt(eip155MinV)) < 0 {
			return precompile.ErrUnprotectedTransaction
		}
		if tx.ChainId().Cmp(chainID) != 0 {
			return precompile.ErrWrongChainID
		}
	}
	return nil
}

// systemContractPolicy returns stateless.ErrSystemContractCode when a system
// contract the block's fork calls does not hold go-ethereum's code in the block's
// pre-state (EEST tests modify contracts there). It reads the accounts straight
// from the witness trie with go-ethereum's trie package, not through the executor.
// A witness that cannot show an account predicts nothing: EXECUTE then reports
// missing data, which the judge counts as a harness failure.
func systemContractPolicy(b *eest.Block) error {
	db := rawdb.NewMemoryDatabase()
	for _, node := range b.Witness.State {
		rawdb.WriteLegacyTrieNode(db, crypto.Keccak256Hash(node), node)
	}
	tr, err := trie.NewStateTrie(trie.StateTrieID(b.Tip.Root), triedb.NewDatabase(db, triedb.HashDefaults))
	if err != nil {
		return nil
	}
	for _, sc := range stateless.SystemContracts(b.Config, b.Block.Number(), b.Block.Time()) {
		acc, err := tr.GetAccount(sc.Address)
		if err != nil {
			return nil
		}
		if acc == nil || common.BytesToHash(acc.CodeHash) != crypto.Keccak256Hash(sc.Code) {
			return stateless.ErrSystemContractCode
		}
	}
	return nil
}

// balancePolicy returns stateless.ErrBalanceBound when an account leaf in b's
// witness holds 2^128 wei or more (EEST's memory-stress tests fund accounts near
// 2^256). It decodes every witness node that is an account leaf, with
// go-ethereum's RLP, not through the executor's trie walk; geth-recorded
// witnesses hold only reachable nodes.
func balancePolicy(b *eest.Block) error {
	for _, node := range b.Witness.State {
		var leaf [][]byte
		if rlp.DecodeBytes(node, &leaf) != nil || len(leaf) != 2 || len(leaf[0]) == 0 || leaf[0][0]>>4 < 2 {
			continue
		}
		var acc types.StateAccount
		if rlp.DecodeBytes(leaf[1], &acc) == nil && acc.Balance.BitLen() > stateless.MaxBalanceBits {
			return stateless.ErrBalanceBound
		}
	}
	return nil
}

// policyNames names the L2 policy sentinels in notes; every one is a failure by a
// rule, never a harness problem.
var policyNames = []struct {
	err  error
	name string
}{
	{precompile.ErrWithdrawalsNotAllowed, "ErrWithdrawalsNotAllowed"},
	{precompile.ErrBlobTransaction, "ErrBlobTransaction"},
	{precompile.ErrUnprotectedTransaction, "ErrUnprotectedTransaction"},
	{precompile.ErrWrongChainID, "ErrWrongChainID"},
	{stateless.ErrSystemContractCode, "ErrSystemContractCode"},
	{stateless.ErrBalanceBound, "ErrBalanceBound"},
}
