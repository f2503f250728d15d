// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Execute} from "./lib/Execute.sol";
import {RLPReader} from "./lib/RLPReader.sol";
import {SignedTx} from "./lib/SignedTx.sol";
import {ForcedQueue} from "./ForcedQueue.sol";
import {RollupHost} from "./RollupHost.sol";

/// @notice The key of what is known about an L2 block before its transactions: its
/// parent's hash, its environment and its L1 anchor (spec/host.md, "Forced inclusion
/// on the optimistic host"). A queue entry's settleability is recorded per block key,
/// since what the entry costs to settle may depend on each of them (timestamp,
/// coinbase, randao and anchor are readable by the transaction). The host's `step`
/// and the queue's `proveForcedSettleable` both use this one definition.
function forcedBlockKey(bytes32 parentHash, Execute.BlockEnv calldata env, bytes32 anchor) pure returns (bytes32) {
    return keccak256(abi.encode(parentHash, env, anchor));
}

/// @title OptimisticForcedQueue
/// @notice The forced-inclusion queue of one `OptimisticNativeRollup`, which deploys
/// it in its constructor and is its `host` (spec/host.md, "Forced inclusion on the
/// optimistic host"). Users queue signed L2 transactions here as on the native host;
/// the optimistic host has no `advance` to match them against, so each L2 block's
/// output says how far the queue has been taken (`forcedIndex`), a proposal may not
/// leave a due entry behind unless it took one entry per block (`requireTakeable`), and a dispute that reaches one block
/// checks that block's step of the queue (`taken`) against verdicts anyone records
/// with `judgeForcedTransaction` and, for an entry past its inclusion grace, the
/// settleability proofs anyone records with `proveForcedSettleable`. Finalizing a
/// proposal moves `forcedHead` and credits the fees of the entries it took to its
/// proposer (`take`, `withdrawFees`).
///
/// Data flow:
///   user: queueForcedTransaction(signed EIP-1559 L2 tx) + fee
///   proposer: propose(... end.forcedIndex ...) -> host -> requireTakeable
///   anyone: judgeForcedTransaction(index, tx, L2 header, account proof, code)
///     -> forcedVerdicts[(blockHash, index)] = FORCED_VALID | FORCED_INVALID | FORCED_VALID_LATE
///   anyone: proveForcedSettleable(index, parent, env, anchor, claims, [tx], witness)
///     -> EXECUTE -> forcedSettleable[(forcedBlockKey(parent, env, anchor), index)] = true
///   dispute at one block: step -> host -> taken(leading tx hashes, parent, block key) == claimed?
///   finalize -> host -> take(end.forcedIndex, proposer)
contract OptimisticForcedQueue is ForcedQueue {
    using RLPReader for RLPReader.Item;

    /// @notice Most queue entries one L2 block takes (includes or skips): what `step`
    /// reads of the queue stays a few SLOADs, well within the host's SETTLE_HOST_GAS,
    /// and at one block a second the L2 takes 16 entries a second, more than L1 can
    /// queue (each costs FORCED_INCLUSION_FEE_GAS at the base fee).
    uint64 public constant MAX_FORCED_PER_BLOCK = 16;
    /// @notice forcedVerdicts values (0: not judged). FORCED_VALID: the queued
    /// transaction can execute first on top of the block, and the block is within the
    /// sequencer's inclusion grace (its timestamp before queuedAt +
    /// forcedInclusionDelay() / 2) or older than the entry: a block that does not
    /// include it stops there. FORCED_INVALID: it cannot execute there: skipped.
    /// FORCED_VALID_LATE: it can execute, and the grace has passed: a block that does
    /// not include it skips it, unless someone proved (proveForcedSettleable) that a
    /// block with that block's parent, environment and anchor holding the entry alone
    /// settles on L1. The grace is half the delay so the other half is left for the
    /// blocks that take the entry to be proposed before it is due.
    uint8 public constant FORCED_VALID = 1;
    uint8 public constant FORCED_INVALID = 2;
    uint8 public constant FORCED_VALID_LATE = 3;

    /// @notice The OptimisticNativeRollup this queue belongs to.
    address public immutable host;
    uint64 private immutable _chainId;
    uint64 private immutable _gasCap;
    uint64 private immutable _delay;

    /// @notice Whether queue entry `index` can execute as the first transaction of
    /// the block after L2 block `blockHash` (key: keccak256(abi.encode(blockHash,
    /// index))): FORCED_VALID, FORCED_INVALID, FORCED_VALID_LATE, or 0 if nobody
    /// judged it yet.
    mapping(bytes32 key => uint8) public forcedVerdicts;
    /// @notice Whether a block holding only queue entry `index`, on the parent, with
    /// the environment and anchor of block key `blockKey` (forcedBlockKey), was shown
    /// to execute and settle in one L1 transaction (key: keccak256(abi.encode(blockKey,
    /// index))): then no block with that key may skip the entry.
    mapping(bytes32 key => bool) public forcedSettleable;
    /// @dev Sum of the fees of every entry queued, modulo 2^96: the feesBefore of the
    /// next entry. The fees of a range of entries that are all still unpaid sum to
    /// less than all ether (they are held here), so the difference of two such sums
    /// modulo 2^96 is exact.
    uint96 private _feesQueued;
    /// @notice Fees of taken entries owed to the proposers whose proposals took them.
    mapping(address account => uint256) public feeCredit;

    /// @notice Finalizing proposal `proposalId` took entries fromIndex..toIndex-1
    /// (included or skipped in its blocks); their fees went to `proposer`'s feeCredit.
    event ForcedTransactionsTaken(uint256 indexed proposalId, address indexed proposer, uint64 fromIndex, uint64 toIndex);
    /// @notice The verdict on entry `index` on top of L2 block `blockHash`:
    /// FORCED_VALID, FORCED_VALID_LATE, or FORCED_INVALID with its reason (the reason
    /// is 0 for the others).
    event ForcedTransactionJudged(uint256 indexed index, bytes32 indexed blockHash, uint8 verdict, SkipReason reason);
    /// @notice A block holding only entry `index` on top of `parentHash`, with the
    /// environment and anchor that make block key `blockKey`, executes and settles:
    /// no block with that key skips the entry.
    event ForcedTransactionSettleable(uint256 indexed index, bytes32 indexed blockKey, bytes32 parentHash);

    /// @notice Only the host may call this.
    error NotHost(address caller);
    /// @notice A proposal's end forcedIndex must be in [the start's, forcedTail].
    error ForcedIndexOutOfRange(uint64 forcedIndex, uint64 min, uint64 max);
    /// @notice Entry `index` is due and the proposal's blocks neither take it nor take
    /// at least one entry per block: propose blocks that include it (or skip it, if it
    /// cannot execute), or that take one queued entry per block or more.
    error ForcedTransactionDue(uint256 index, bytes32 txHash, uint256 dueAt);
    /// @notice A dispute's `step` needs to know whether entry `index` can execute on
    /// top of L2 block `blockHash`: call judgeForcedTransaction first, then step again.
    error ForcedVerdictMissing(uint256 index, bytes32 blockHash);
    /// @notice Only queued entries (index < forcedTail) can be judged.
    error ForcedEntryUnknown(uint256 index, uint64 forcedTail);
    /// @notice proveForcedSettleable takes a block whose transactions are an RLP list
    /// of exactly one typed transaction (a string), the entry's.
    error ForcedBlockNotOneTransaction();
    /// @notice The block given to proveForcedSettleable carries more payload
    /// (transactions + witness + extra data) than one L1 transaction settles
    /// (RollupHost.settleable): send a smaller witness if one exists; if none does,
    /// the entry is not settleable in that block.
    error BlockTooLarge(uint256 payloadBytes, uint64 gasLimit, uint256 settleGas);
    /// @notice EXECUTE ran the block given to proveForcedSettleable to other results
    /// than the claims: claim the post-state root, receipts root and gas used it
    /// executes to.
    error ForcedBlockClaimsInvalid();
    /// @notice No fees are owed to the caller.
    error NoFees();
    /// @notice Paying the caller failed (it rejected the ETH).
    error FeeTransferFailed(address to);

    /// @param chainId_ The L2 chain id queued transactions must sign.
    /// @param gasCap The host's minGasLimit: the most gas a queued transaction may ask.
    /// @param delay forcedInclusionDelay, bounded by the host.
    constructor(uint64 chainId_, uint64 gasCap, uint64 delay) {
        host = msg.sender;
        _chainId = chainId_;
        _gasCap = gasCap;
        _delay = delay;
    }

    /// @notice A queued transaction is due this many seconds after it was queued:
    /// from then on, every proposal's blocks must take it.
    function forcedInclusionDelay() public view override returns (uint256) {
        return _delay;
    }

    /// @notice Records whether entry `index` can execute as the first transaction
    /// of the block after the L2 block whose header is `header`, judged on that
    /// block's state root by go-ethereum's state-dependent checks (nonce, balance,
    /// sender code, fee cap against the next base fee). In order: a block whose
    /// timestamp is before the entry was queued (L1 time) is FORCED_VALID without
    /// checks (no block older than an entry skips it); one failing a check is
    /// FORCED_INVALID; one before queuedAt + forcedInclusionDelay() / 2 is
    /// FORCED_VALID; any later one FORCED_VALID_LATE. Anyone may call it, any time:
    /// the verdict is a function of the bytes given, which the hashes check.
    /// @param signedTx The entry's signed transaction (event ForcedTransactionQueued).
    /// @param header RLP of the L2 block's header.
    /// @param accountProof `eth_getProof(sender, [], block).accountProof` on L2.
    /// @param senderCode The sender's code, when it has any (else empty).
    function judgeForcedTransaction(
        uint64 index,
        bytes calldata signedTx,
        bytes calldata header,
        bytes[] calldata accountProof,
        bytes calldata senderCode
    ) external returns (uint8 verdict, SkipReason reason) {
        if (index >= forcedTail) revert ForcedEntryUnknown(index, forcedTail);
        bytes32 blockHash = keccak256(header);
        RLPReader.Item[] memory fields = _headerFields(header, blockHash);
        (bytes32 root, bool ok) = fields[3].readBytes32();
        if (!ok) revert MalformedHeader();
        SignedTx.Fields memory f = _queuedFields(index, signedTx);
        uint256 timestamp = fields[11].readUint(8);
        uint256 queuedAt = _forced[index].queuedAt;
        // No block older than an entry skips it: its sender signed it for the state it
        // saw when queueing, which a block built before then may not reach yet.
        verdict = FORCED_VALID;
        if (timestamp >= queuedAt) {
            bool valid;
            (valid, reason) = _judge(f, root, blockHash, accountProof, senderCode, header);
            if (!valid) verdict = FORCED_INVALID;
            else if (timestamp >= queuedAt + _delay / 2) verdict = FORCED_VALID_LATE;
        }
        forcedVerdicts[_verdictKey(blockHash, index)] = verdict;
        emit ForcedTransactionJudged(index, blockHash, verdict, reason);
    }

    /// @notice Records that entry `index` is settleable in the block with parent
    /// `parentHash`, environment `env` and anchor `anchor`: a block holding only the
    /// entry's transaction on that parent executes to `claims` (EXECUTE, with this
    /// rollup's chain id; it fails for a witness of another parent hash or pre-state
    /// root) and its payload (transactions + witness + extra data) is settleable by the
    /// host's rule (RollupHost.settleable), so one L1 transaction can settle it. From
    /// then on no block with that key (forcedBlockKey) may skip the entry: `taken` stops
    /// at it, as at a FORCED_VALID one. Anyone may call it, any time: whoever disputes a
    /// block that skipped a FORCED_VALID_LATE entry records it before the block's
    /// `step`. The gas limit is not checked against the host's policy: the key binds
    /// the environment, and a block outside the policy loses its `step` anyway.
    /// @param transactions EXECUTE's RLP transaction list: exactly the entry's typed
    /// transaction.
    /// @param witness Stateless witness for executing that block on the parent.
    function proveForcedSettleable(
        uint64 index,
        bytes32 parentHash,
        bytes32 parentStateRoot,
        Execute.BlockEnv calldata env,
        bytes32 anchor,
        Execute.Claims calldata claims,
        bytes calldata transactions,
        bytes calldata witness
    ) external returns (bytes32 blockKey) {
        if (index >= forcedTail) revert ForcedEntryUnknown(index, forcedTail);
        bytes32 queued = _forced[index].txHash;
        bytes32 given = _onlyTransactionHash(transactions);
        if (given != queued) revert ForcedTransactionMismatch(index, queued, given);
        uint256 payload = transactions.length + witness.length + env.extraData.length;
        RollupHost rollup = RollupHost(host);
        if (!rollup.settleable(env.gasLimit, payload)) {
            revert BlockTooLarge(payload, env.gasLimit, rollup.settleGasBound(env.gasLimit, payload));
        }
        (bool valid,) = Execute.run(_chainId, parentHash, parentStateRoot, env, anchor, claims, transactions, witness);
        if (!valid) revert ForcedBlockClaimsInvalid();
        blockKey = forcedBlockKey(parentHash, env, anchor);
        forcedSettleable[_verdictKey(blockKey, index)] = true;
        emit ForcedTransactionSettleable(index, blockKey, parentHash);
    }

    /// @notice Reverts unless `forcedIndex` may end a proposal of `blocks` blocks
    /// starting at `startForced` now: not before it, not past the queue, and not at a
    /// due entry unless the blocks took at least one entry each. Every block past the
    /// head entry's grace can take one (the head entry is skipped if it cannot execute,
    /// fits first if it can and its block settles, and is skipped if nobody can prove
    /// that), while entries that alternate between executable and not are taken at most two
    /// per block: without that exception a due backlog larger than one proposal's
    /// blocks can take would refuse every proposal, for good.
    function requireTakeable(uint64 forcedIndex, uint64 startForced, uint64 blocks) external view {
        uint64 tail = forcedTail;
        if (forcedIndex < startForced || forcedIndex > tail) {
            revert ForcedIndexOutOfRange(forcedIndex, startForced, tail);
        }
        if (forcedIndex == tail || forcedIndex - startForced >= blocks) return;
        ForcedTransaction storage t = _forced[forcedIndex];
        uint256 dueAt = _dueAt(t);
        if (block.timestamp >= dueAt) revert ForcedTransactionDue(forcedIndex, t.txHash, dueAt);
    }

    /// @notice How far a block takes the queue from `from` (its parent's
    /// forcedIndex), never to `end` (its proposal's end index) or past, where
    /// `leading` are the hashes of the block's leading typed transactions (at most
    /// MAX_FORCED_PER_BLOCK, up to its first untyped one), `parentHash` is its
    /// parent's hash and `blockKey` its forcedBlockKey. Each entry whose transaction
    /// is the block's next leading transaction is included; while none is included,
    /// an entry judged FORCED_INVALID on the parent is skipped, and so is one judged
    /// FORCED_VALID_LATE unless it was proven settleable under `blockKey`; at most
    /// MAX_FORCED_PER_BLOCK entries.
    /// The first entry neither included nor skipped stops it; one that needs a
    /// verdict nobody recorded reverts (ForcedVerdictMissing). A skipped entry is
    /// judged on the parent's state because skipping changes no state and the block's
    /// first transaction runs on it (the system calls before it write only their own
    /// contracts, which never send transactions). Entries from..skipEnd-1 are the
    /// ones skipped (skipping ends at the first inclusion or stop).
    function taken(bytes32[] calldata leading, uint64 from, bytes32 parentHash, bytes32 blockKey, uint64 end)
        external
        view
        returns (uint64 index, uint64 skipEnd)
    {
        index = from;
        skipEnd = from;
        uint64 limit = from + MAX_FORCED_PER_BLOCK;
        uint256 next;
        while (index < end && index < limit) {
            if (next < leading.length && leading[next] == _forced[index].txHash) {
                next++;
                index++;
                continue;
            }
            if (next > 0) break; // an entry was included: no more skips
            uint8 verdict = forcedVerdicts[_verdictKey(parentHash, index)];
            if (verdict == 0) revert ForcedVerdictMissing(index, parentHash);
            if (verdict == FORCED_VALID) break;
            if (verdict == FORCED_VALID_LATE && forcedSettleable[_verdictKey(blockKey, index)]) break;
            skipEnd = ++index;
        }
    }

    /// @notice Whether any of entries from..to-1 is proven settleable under
    /// `blockKey`. The host asks it before it reuses a `step` whose walk skipped those
    /// entries: that walk read the absence of a proof, which a proof recorded since
    /// overturns (an entry judged FORCED_INVALID can have none: it cannot execute on
    /// the parent, so no block holding it alone does).
    function provenSettleable(bytes32 blockKey, uint64 from, uint64 to) external view returns (bool) {
        for (uint64 i = from; i < to; i++) {
            if (forcedSettleable[_verdictKey(blockKey, i)]) return true;
        }
        return false;
    }

    /// @notice The host finalized proposal `proposalId`, whose blocks took the queue
    /// to `to`: the entries below leave the queue, their fees are owed to `proposer`.
    function take(uint64 to, address proposer, uint256 proposalId) external {
        if (msg.sender != host) revert NotHost(msg.sender);
        uint64 from = forcedHead;
        if (to == from) return;
        feeCredit[proposer] += _fees(from, to);
        forcedHead = to;
        emit ForcedTransactionsTaken(proposalId, proposer, from, to);
    }

    /// @notice Pays out the fees owed to the caller.
    function withdrawFees() external {
        uint256 amount = feeCredit[msg.sender];
        if (amount == 0) revert NoFees();
        feeCredit[msg.sender] = 0;
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert FeeTransferFailed(msg.sender);
    }

    function _feesBefore(uint256 fee) internal override returns (uint96 before) {
        before = _feesQueued;
        unchecked {
            _feesQueued = before + uint96(fee); // fee < 2^87 (all ether)
        }
    }

    /// @dev The fees of entries from..to-1 (from <= to <= forcedTail).
    function _fees(uint64 from, uint64 to) private view returns (uint256) {
        uint96 end = to == forcedTail ? _feesQueued : _forced[to].feesBefore;
        unchecked {
            return end - _forced[from].feesBefore;
        }
    }

    function _l2ChainId() internal view override returns (uint64) {
        return _chainId;
    }

    function _forcedGasCap() internal view override returns (uint64) {
        return _gasCap;
    }

    /// @dev The key of what is recorded about entry `index` in a block: by its
    /// parent's hash (forcedVerdicts) or by its block key (forcedSettleable).
    function _verdictKey(bytes32 blockOrKey, uint64 index) private pure returns (bytes32) {
        return keccak256(abi.encode(blockOrKey, index));
    }

    /// @dev The hash of the one transaction in `transactions`, an RLP list that must
    /// hold exactly one string (a typed transaction; its hash is keccak256 of the
    /// string's payload) and nothing after it.
    function _onlyTransactionHash(bytes calldata transactions) private pure returns (bytes32) {
        (uint256 offset, uint256 len, bool list) = RLPReader.prefixAt(transactions, 0);
        if (!list || len == 0 || offset + len != transactions.length) revert ForcedBlockNotOneTransaction();
        (uint256 itemOffset, uint256 itemLen, bool itemList) = RLPReader.prefixAt(transactions, offset);
        uint256 start = offset + itemOffset;
        if (itemList || start + itemLen != transactions.length) revert ForcedBlockNotOneTransaction();
        return keccak256(transactions[start:]);
    }
}
