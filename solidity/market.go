package solidity

import (
	"crypto/ecdsa"
	"encoding/binary"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Type hashes of what the sequencer of a MarketNativeRollup signs (EIP-712):
// MarketNativeRollup.BLOCK_TYPEHASH and its domain's.
var (
	marketBlockTypeHash  = crypto.Keccak256([]byte("L2Block(uint64 chainId,uint64 number,bytes32 parentHash,bytes32 blockHash)"))
	marketDomainTypeHash = crypto.Keccak256([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	marketDomainName     = crypto.Keccak256([]byte("nr MarketNativeRollup"))
	marketDomainVersion  = crypto.Keccak256([]byte("1"))
)

// MarketBlockDigest is MarketNativeRollup.blockDigest: the EIP-712 digest the
// L2 sequencer signs for L2 block number (hash blockHash, parent parentHash)
// of L2 chain l2ChainID, for the host at host on L1 chain l1ChainID. Binding
// the L1 chain, the host, the L2 chain and the height keeps a signature from
// being replayed anywhere else (spec/host.md, "State-update market").
func MarketBlockDigest(l1ChainID *big.Int, host common.Address, l2ChainID, number uint64, parentHash, blockHash common.Hash) common.Hash {
	domain := crypto.Keccak256(marketDomainTypeHash, marketDomainName, marketDomainVersion,
		common.BigToHash(l1ChainID).Bytes(), common.BytesToHash(host.Bytes()).Bytes())
	structHash := crypto.Keccak256(marketBlockTypeHash, word(l2ChainID), word(number), parentHash.Bytes(), blockHash.Bytes())
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, domain, structHash)
}

// SignMarketBlock is the sequencer's 65-byte signature (r, s, v with v 27 or
// 28, as ecrecover takes it) over MarketBlockDigest.
func SignMarketBlock(key *ecdsa.PrivateKey, l1ChainID *big.Int, host common.Address, l2ChainID, number uint64, parentHash, blockHash common.Hash) ([]byte, error) {
	sig, err := crypto.Sign(MarketBlockDigest(l1ChainID, host, l2ChainID, number, parentHash, blockHash).Bytes(), key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}

// word is v as a 32-byte big-endian ABI word.
func word(v uint64) []byte {
	var w [32]byte
	binary.BigEndian.PutUint64(w[24:], v)
	return w[:]
}
