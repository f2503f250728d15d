package l2

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// DevKey returns the i-th deterministic development key, keccak256("nr-l2-dev-<i>").
// These keys are public: use them only on test chains.
func DevKey(i int) *ecdsa.PrivateKey {
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("nr-l2-dev-%d", i))))
	if err != nil {
		panic(err) // a keccak digest is a valid secp256k1 scalar with overwhelming probability, and these are fixed
	}
	return key
}

// DevAddress is the address of DevKey(i).
func DevAddress(i int) common.Address { return crypto.PubkeyToAddress(DevKey(i).PublicKey) }

// DevAlloc funds the first n development accounts with 1,000,000 ETH each.
func DevAlloc(n int) types.GenesisAlloc {
	alloc := make(types.GenesisAlloc, n)
	balance := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))
	for i := range n {
		alloc[DevAddress(i)] = types.Account{Balance: balance}
	}
	return alloc
}
