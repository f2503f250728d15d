package solidity

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/nativerollup/nr/solidity/bindings"
)

// OutputRoot is OptimisticNativeRollup.hashOutput: keccak256(abi.encode(output)),
// five static words (blockHash, stateRoot, receiptsRoot, gasUsed, forcedIndex).
func OutputRoot(o bindings.OptimisticNativeRollupOutput) common.Hash {
	return crypto.Keccak256Hash(o.BlockHash[:], o.StateRoot[:], o.ReceiptsRoot[:],
		common.BigToHash(new(big.Int).SetUint64(o.GasUsed)).Bytes(),
		common.BigToHash(new(big.Int).SetUint64(o.ForcedIndex)).Bytes())
}
