// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {RLPReader} from "./lib/RLPReader.sol";
import {ForcedQueue} from "./ForcedQueue.sol";
import {RollupHost} from "./RollupHost.sol";

/// @title ForcedInclusion
/// @notice A queue on L1 of signed L2 transactions that the L2 must include, so a
/// censoring sequencer cannot keep a user's transaction (a transfer, a deposit
/// claim, a withdrawal) out of the L2 for longer than `forcedInclusionDelay()`
/// (spec/host-forced-inclusion.md).
///
/// Data flow:
///   user: queueForcedTransaction(signed EIP-1559 L2 tx) + fee
///     -> stateless checks on L1 (SignedTx) -> queue[tail] = (hash, time, fee)
///   advance(..., transactions, ...): the block's leading transactions are matched
///     against the queue from its head (keccak256 of each one's EIP-2718 bytes);
///     matches leave the queue and their fees go to the advancer; if the head is
///     due (queued at least forcedInclusionDelay() ago) it MUST be the block's
///     first transaction, else ForcedTransactionNotIncluded.
///   anyone: skipForcedTransaction(tx, account proof, code, head header) when the
///     head cannot execute on top of the accepted head (nonce, balance, sender
///     code, fee cap below the next base fee); the fee goes to the prover.
///
/// Nothing here loops over the queue: `advance` touches only the entries its own
/// calldata includes, and a skip touches one.
abstract contract ForcedInclusion is RollupHost, ForcedQueue {
    /// @notice The queued transaction is in accepted L2 block `l2BlockNumber`.
    event ForcedTransactionIncluded(uint256 indexed index, bytes32 indexed txHash, uint64 l2BlockNumber);
    /// @notice The queued transaction was proven unable to execute and left the queue.
    event ForcedTransactionSkipped(uint256 indexed index, bytes32 indexed txHash, SkipReason reason);

    /// @notice The queue's head is due and the block does not start with it: put it
    /// first, or prove it invalid with skipForcedTransaction.
    error ForcedTransactionNotIncluded(uint256 index, bytes32 txHash, uint256 dueAt);
    /// @notice No transaction is queued.
    error ForcedQueueEmpty();
    /// @notice The proofs show the head can execute on the accepted head: include it.
    error ForcedTransactionValid(uint256 index, bytes32 txHash);

    function _l2ChainId() internal view override returns (uint64) {
        return chainId;
    }

    function _forcedGasCap() internal view override returns (uint64) {
        return minGasLimit;
    }

    /// @notice Removes the queue's head, which cannot execute as the first
    /// transaction of a block on the accepted L2 head, and pays its fee to the caller.
    /// @param signedTx The head's signed transaction (as queued).
    /// @param accountProof `eth_getProof(sender, [], head).accountProof` on L2, for
    /// the accepted head's state root (an exclusion proof for an absent sender).
    /// @param senderCode The sender's code, when it has any (else empty).
    /// @param headHeader RLP of the accepted L2 head's header, for the next base
    /// fee; read only when nonce, balance and code allow the transaction.
    function skipForcedTransaction(
        bytes calldata signedTx,
        bytes[] calldata accountProof,
        bytes calldata senderCode,
        bytes calldata headHeader
    ) external returns (SkipReason reason) {
        uint64 head = forcedHead;
        if (head == forcedTail) revert ForcedQueueEmpty();
        ForcedTransaction storage t = _forced[head];
        bytes32 txHash = t.txHash;
        bool valid;
        (valid, reason) = _judge(_queuedFields(head, signedTx), stateRoot, blockHash, accountProof, senderCode, headHeader);
        if (valid) revert ForcedTransactionValid(head, txHash);
        uint256 fee = t.fee;
        delete _forced[head];
        forcedHead = head + 1;
        emit ForcedTransactionSkipped(head, txHash, reason);
        _payForcedFees(fee);
    }

    /// @dev Matches the leading transactions of `transactions` (the block's RLP
    /// list, in calldata) against the queue from its head, removes the matches and
    /// returns their fees, to be paid with _payForcedFees once the block is accepted.
    /// Reverts with ForcedTransactionNotIncluded if the head was due and is not first.
    function _includeForced(bytes calldata transactions, uint64 l2BlockNumber) internal returns (uint256 fees) {
        uint64 head = forcedHead;
        uint64 tail = forcedTail;
        if (head == tail) return 0;
        uint64 first = head;
        (uint256 offset, uint256 len, bool list) = _prefixAt(transactions, 0);
        if (!list) revert RLPReader.RLPNotAList();
        uint256 pos = offset;
        uint256 end = offset + len;
        while (head < tail && pos < end) {
            (offset, len, list) = _prefixAt(transactions, pos);
            // A queued transaction is typed, so it is a string in the list.
            if (list) break;
            bytes32 txHash = keccak256(transactions[pos + offset:pos + offset + len]);
            ForcedTransaction storage t = _forced[head];
            if (txHash != t.txHash) break;
            fees += t.fee;
            emit ForcedTransactionIncluded(head, txHash, l2BlockNumber);
            delete _forced[head];
            head++;
            pos += offset + len;
        }
        if (head == first) {
            ForcedTransaction storage due = _forced[first];
            if (block.timestamp >= _dueAt(due)) revert ForcedTransactionNotIncluded(first, due.txHash, _dueAt(due));
            return 0;
        }
        forcedHead = head;
    }

    /// @dev Whether the queue's head is due: the next block must start with it.
    function _forcedHeadDue() internal view returns (bool) {
        uint64 head = forcedHead;
        return head < forcedTail && block.timestamp >= _dueAt(_forced[head]);
    }

    /// @dev Pays `fees` to the caller; call it last, after every state change.
    function _payForcedFees(uint256 fees) internal {
        if (fees == 0) return;
        (bool ok,) = msg.sender.call{value: fees}("");
        if (!ok) revert TransferFailed(msg.sender);
    }
}
