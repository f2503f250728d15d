package solidity

import (
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/solidity/bindings"
)

// ExecuteArgs are the Execute.BlockEnv and Execute.Claims of an EXECUTE input, as
// the hosts' advance, post, confirm and step take them.
func ExecuteArgs(in *precompile.Input) (bindings.ExecuteBlockEnv, bindings.ExecuteClaims) {
	return bindings.ExecuteBlockEnv{Timestamp: in.Timestamp, GasLimit: in.GasLimit, FeeRecipient: in.FeeRecipient, PrevRandao: in.PrevRandao, ExtraData: in.ExtraData},
		bindings.ExecuteClaims{PostStateRoot: in.PostStateRoot, ReceiptsRoot: in.ReceiptsRoot, GasUsed: in.GasUsed}
}
