// Package rollupnode is the rollup node of an nr native rollup: the L2 execution
// engine, the sequencer and settlement, and the devnet that runs them with a dev
// L1 in one process (`nr devnet`).
//
// Data flow:
//
//	L2 users ──eth_sendRawTransaction──> L2 engine (EngineNode: go-ethereum node/eth/catalyst
//	                                      on the L2 genesis, EXECUTE and DERIVE registered)
//	                                         ▲ │
//	   engine_forkchoiceUpdatedV3(attrs) ────┘ │ engine_getPayloadV5
//	   (timestamp, prevRandao, fee recipient,  │ engine_newPayloadV4
//	    withdrawals [], parent beacon root =   │ debug_executionWitness
//	    the L1 anchor)                         ▼
//	Sequencer (engine.go, sequencer.go): one block per --l2.blocktime, anchored to the
//	   L1 block before L1's head; precompile.InputFromBlock; a block whose advance would
//	   exceed one L1 transaction (2^24 gas, AdvanceGasBound) or the host's payload bound
//	   (solidity.Settleable, spec/host.md) is rebuilt with fewer
//	   transactions (testing_buildBlockV1), a transaction that alone does not fit is
//	   left out for good, with its sender's later transactions
//	   │ Sealed{block, anchor, EXECUTE input}
//	   ▼
//	Settler (settlement.go): host.advance(env, anchor, claims, txs, witness) on L1,
//	   eth_estimateGas first (a revert is decoded and stops settlement), its own nonce,
//	   fees bumped 25% and resent while not included, one status line per block
//	   │
//	   ▼
//	L1 (l1node) ── MyRollup.advance ── STATICCALL ──> EXECUTE ── head = the L2 block
//	   │                                    │
//	   │ BlockAdvanced + advance calldata   │ DepositSent + eth_getProof(host slot)
//	   ▼                                    ▼
//	Follower (follower.go): its own engine  Relayer (bridge.go): L2Bridge.claimDeposit on L2
//	   rebuilds each block with exactly        once an L2 block is anchored at or after the
//	   its transactions (testing_buildBlockV1)  deposit's L1 block; Withdraw / FinalizeWithdrawal
//	   and checks the host's hash               (eth_getProof of L2Bridge on L2) for L2 -> L1
//
// With --host optimistic (optimistic.go, batcher.go, challenger.go,
// blobfollower.go) the host is OptimisticNativeRollup and nothing is executed
// on L1 unless disputed:
//
//	Sequencer ── Sealed ──> Proposer: a batch = the blocks sealed while the last proposal
//	   ▲                    was pending, all with one anchor (SequencerConfig.Anchor pins it);
//	   │ anchor              one DERIVE payload per blob (< 120 KB, at most 6 blobs);
//	   └────────────────    propose(0, end, endOutput, blockCounts, anchor) + blobs + bond;
//	                        finalize() after the challenge window; in a game it bisects
//	                        with its outputs and, at one block, proveBlockData (DERIVE on
//	                        the whole blob, once per blob) then step (EXECUTE, once per
//	                        block; sync for a block another game executed)
//	Challenger: each Proposed end output against its own L2 view (an Engine); a wrong
//	   one, or one whose blobs do not derive (InvalidData, from a BlobFollower), is
//	   challenged with a bond and played out: select the first wrong section (or the
//	   bad blob's), sync a proposer's move made in another game, timeout a proposer
//	   that does not move, reclaim, withdrawCredit
//	BlobFollower: Proposed -> blobs by versioned hash (BlobSource, KZG-checked) -> DERIVE
//	   -> its own engine with the proposal's anchor; checks claimed and finalized outputs
//
// A dev L1 has no consensus client to serve blob sidecars after inclusion, so
// the devnet keeps the blobs it posted in a BlobArchive served over HTTP; what
// it serves is untrusted (checked against the versioned hashes on L1). With a
// data directory the archive is on disk, and a restart takes up the proposal
// pending on L1 (Proposer.Resume) and the challenger's open games.
//
// Restart (restart.go): with a data directory the devnet keeps L1, L2 and the host's
// address; on start it rebuilds the Sealed form of the L2 blocks past the host's head
// (witness, input, anchor) and settles them before sequencing more. Metrics
// (metrics.go): Prometheus counters and gauges of the same pipeline.
//
// L1 reorgs (reorg.go). Before sending an advance, and every second while it waits,
// the settler checks that the block still builds on the host's head as of L1's head
// and that its anchor is one the host takes (RollupHost._anchor: by number, below the
// advance's block, within BLOCKHASH's 256 blocks, so the canonical hash there must be
// the block's parent beacon root). When it does not (ErrResync: a reorg took back
// advances or an anchor, or an advance the reorg put back in the pool landed again),
// settlement resyncs: it reads the host's head, which must be the engine's block of
// that number; keeps the engine's blocks after it while each anchor is still usable,
// rebuilding their witness and input to settle them again; rolls the sequencer and
// the engine back to the last kept block with engine_forkchoiceUpdated (the dropped
// blocks' transactions go back to the engine's pool, and the sequencer makes new
// blocks on the new L1 anchors); re-reads its L1 nonce on the canonical chain and
// replaces, with higher fees, any advance still pending at a nonce it needs. Only
// the settler rolls the sequencer back (Sequencer.Rewind, between two blocks), so
// blocks already in flight that the rollback dropped are recognised and skipped.
// The engine is never told a block is finalized, so it can always go back. The
// follower remembers the L1 block (number and hash) of the events of its last
// 1024 blocks and of the last block it scanned; when one is no longer canonical it
// rolls its head back to the last block whose event L1 still has and scans again.
// l1node.Node.Reorg makes such a reorg on the dev L1 (the simulated beacon's Fork).
// Limits: go-ethereum's pool takes back the transactions of at most 64 dropped
// blocks (deeper, their senders must send again); an external engine keeps
// go-ethereum's bound of 32 blocks on a rollback (the in-process one has none);
// and a host head on a branch the L2 rolled back earlier (L1 reorging back and
// forth) stops settlement with the chains-diverged error.
//
// Forced inclusion (forced.go, spec/host-forced-inclusion.md): with MyRollup the
// sequencer puts the host's queued forced transactions first in its blocks. It
// reads the queue only when L1's head changes, and L2 nonces once per block;
// proving a queued transaction invalid (skipForcedTransaction) runs in the
// background, one at a time, so block production never waits for L1.
//
// L1 logs (logs.go): the relayer, the follower, the forced queue and the
// optimistic host's readers (optimistic.go, challenger.go, blobfollower.go)
// read events with filterLogs, in eth_getLogs queries of at most 10,000
// blocks, as public RPC providers cap the range.
//
// go-ethereum's precompile maps are process-wide, so the L1 and the L2 of one
// process share one registration: precompile.Register(L1 config), which l1node.New
// makes. It serves the L2 too, because the L2 config is L1's with another chain id
// (spec/execute.md, "Fork rules"), so the same forks activate EXECUTE and DERIVE on
// both chains; NewEngineNode checks they are active at the L2 head.
//
// The Engine interface is what the sequencer needs of an engine; RPCEngine implements
// it over JSON-RPC, in process here (EngineNode.Attach) or against an external engine
// (remote.go, --l2.engine): engine_ calls go to its JWT-authenticated port, and
// testing_buildBlockV1, debug_executionWitness and eth_ to its public JSON-RPC
// (--l2.rpc), because go-ethereum serves those only there. DialRemoteEngine checks at
// start that both are one node on the L2's genesis and chain id, running EXECUTE.
package rollupnode
