// Package l2 defines the chain nr's native rollups run and builds their blocks.
//
// Data flow:
//
//	L1Config (pinned L1 fork schedule)
//	   │ precompile.L2Config(l1, chainID): same schedule, L2 chain id
//	   ▼
//	Genesis(chainID, alloc): system contracts (EIP-4788, 2935, 7002, 7251) + alloc
//	   │ NewChain
//	   ▼
//	Chain.AddBlocks(n, gen) ── core.GenerateChain ──> blocks
//	   │ BlockChain.ProcessBlock(MakeWitness) ──> witness of each block
//	   ▼
//	Block{Block, Receipts, PreStateRoot, Witness, Input} ── Input.Encode() ──> EXECUTE input bytes
//
// A rollup's genesis is BridgedGenesis: its only ETH is the bridge predeploy's
// deposit capacity, unless DevUnbacked allows more on a dev chain (withdrawals of
// ETH minted in the genesis are paid out of other users' deposits on L1).
//
// Blocks may carry EIP-7002 withdrawal and EIP-7251 consolidation requests
// (WithdrawalRequestData, ConsolidationRequestData, paying Chain.RequestFee):
// EXECUTE accepts them, bound by the header's requests_hash (spec/execute.md,
// "Requests").
//
// The builder runs the L2 exactly as an L2 node does, so the process must have
// called precompile.Register(L1Config()) first: an L2 has L1's precompiles,
// EXECUTE included (spec/execute.md, "Nesting").
package l2
