// Package l1node is nr's L1 node: go-ethereum's node, eth and catalyst packages
// assembled as a library (nothing copied or forked) on nr's pinned L1 config, with
// EXECUTE (0x…0101) and DERIVE (0x…0102) registered, warm, before the chain starts.
//
// It runs in two modes:
//
//   - dev (Config.Dev): a single-node chain sealed by go-ethereum's simulated
//     beacon (eth/catalyst.NewSimulatedBeacon), in memory or in a data directory,
//     with deterministic prefunded keys; one goroutine (devSealer) drives the
//     beacon, on demand or every --dev.period seconds, and runs Node.Reorg (the
//     beacon's Fork, then a longer branch) between two seals, so tests and dev
//     users can make an L1 reorg;
//   - network: a node of a multi-node network initialised with InitGenesis, driven
//     by a consensus client over the JWT-authenticated Engine API and peering over
//     devp2p.
//
// Both serve go-ethereum's JSON-RPC (eth, net, web3, txpool, debug with the native
// tracers and debug_executionWitness) over HTTP and WebSocket. `nr geth` is the
// command around it.
//
// go-ethereum's precompile maps are process-global: every node in one process
// runs the EXECUTE of the first node's chain config (spec/execute.md). A process
// should run nodes of one chain only.
package l1node
