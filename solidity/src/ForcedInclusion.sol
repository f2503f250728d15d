// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {RLPReader} from "./lib/RLPReader.sol";
import {SignedTx} from "./lib/SignedTx.sol";
import {StateProof} from "./lib/StateProof.sol";
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
abstract contract ForcedInclusion is RollupHost {
    using RLPReader for RLPReader.Item;

    /// @notice Largest signed transaction the queue accepts, in bytes: enough for a
    /// deposit claim with mainnet-depth L1 proofs (~10 KB), small enough that the block
    /// carrying it stays far from any input bound and the queueing L1 transaction
    /// fits the 128 KiB transaction-pool limit.
    uint256 public constant MAX_FORCED_TX_BYTES = 32768;
    /// @notice The fee to queue, in L1 gas at the queueing block's base fee: at
    /// least what skipping an invalid transaction costs whoever proves it, so spam
    /// pays for its own removal. Measured: ~35k per account-proof node (190k with 2
    /// nodes, 318k with 5, BenchmarkForcedSkipGas) and 321k for the costliest
    /// reason, a fee-cap skip, with 3 nodes (TestForcedInvalidSkipped): about 500k
    /// to 530k with the 8 to 9 nodes of a state of 10^8 to 10^9 accounts.
    uint256 public constant FORCED_INCLUSION_FEE_GAS = 600_000;

    struct ForcedTransaction {
        bytes32 txHash;
        uint64 queuedAt;
        // All ether is below 2^87 wei, so no msg.value is truncated.
        uint192 fee;
    }

    /// @notice A pending queue entry as `forcedTransaction` returns it.
    struct QueuedTransaction {
        bytes32 txHash;
        uint256 dueAt;
        uint256 fee;
    }

    /// @notice Index of the oldest queued transaction still pending.
    uint64 public forcedHead;
    /// @notice Index the next queued transaction gets (forcedTail - forcedHead pending).
    uint64 public forcedTail;
    mapping(uint256 index => ForcedTransaction) private _forced;

    /// @notice Why a queued transaction could not execute on the accepted head.
    enum SkipReason {
        Nonce, // the sender's nonce differs from the transaction's
        Balance, // balance below gasLimit * maxFeePerGas + value
        SenderCode, // the sender has code that is not an EIP-7702 delegation
        FeeCap // maxFeePerGas below the next block's base fee
    }

    /// @notice L2 transaction `txHash` (its L2 hash) was queued; include it as the
    /// first transaction of a block before `dueAt` (L1 time).
    event ForcedTransactionQueued(
        uint256 indexed index, bytes32 indexed txHash, address indexed sender, uint256 dueAt, bytes transaction
    );
    /// @notice The queued transaction is in accepted L2 block `l2BlockNumber`.
    event ForcedTransactionIncluded(uint256 indexed index, bytes32 indexed txHash, uint64 l2BlockNumber);
    /// @notice The queued transaction was proven unable to execute and left the queue.
    event ForcedTransactionSkipped(uint256 indexed index, bytes32 indexed txHash, SkipReason reason);

    /// @notice The signed transaction is longer than MAX_FORCED_TX_BYTES.
    error ForcedTransactionTooLarge(uint256 size, uint256 max);
    /// @notice Queueing costs FORCED_INCLUSION_FEE_GAS * block.basefee wei.
    error ForcedInclusionFeeTooLow(uint256 paid, uint256 required);
    /// @notice The queue's head is due and the block does not start with it: put it
    /// first, or prove it invalid with skipForcedTransaction.
    error ForcedTransactionNotIncluded(uint256 index, bytes32 txHash, uint256 dueAt);
    /// @notice No transaction is queued.
    error ForcedQueueEmpty();
    /// @notice The transaction given is not the queue's head.
    error ForcedTransactionMismatch(uint256 index, bytes32 queued, bytes32 given);
    /// @notice The proofs show the head can execute on the accepted head: include it.
    error ForcedTransactionValid(uint256 index, bytes32 txHash);
    /// @notice The code given does not hash to the sender's code hash in the state.
    error SenderCodeMismatch(bytes32 codeHash);
    /// @notice The header given is not the accepted L2 head's.
    error HeadHeaderMismatch(bytes32 headerHash, bytes32 blockHash);

    /// @notice How long (L1 seconds) the sequencer has to include a queued
    /// transaction before every block must start with it.
    function forcedInclusionDelay() public view virtual returns (uint256);

    /// @notice Queues a signed EIP-1559 L2 transaction (its EIP-2718 bytes, as
    /// `eth_sendRawTransaction` takes them) for forced inclusion. It must pass every
    /// check that does not depend on L2 state (SignedTx) with a gas limit of at most
    /// minGasLimit, so it fits the first slot of any block the host accepts.
    function queueForcedTransaction(bytes calldata signedTx) external payable returns (uint256 index) {
        if (signedTx.length > MAX_FORCED_TX_BYTES) revert ForcedTransactionTooLarge(signedTx.length, MAX_FORCED_TX_BYTES);
        uint256 required = FORCED_INCLUSION_FEE_GAS * block.basefee;
        if (msg.value < required) revert ForcedInclusionFeeTooLow(msg.value, required);
        SignedTx.Fields memory f = SignedTx.decode(signedTx, chainId, minGasLimit);
        bytes32 txHash = keccak256(signedTx);
        index = forcedTail++;
        _forced[index] = ForcedTransaction(txHash, uint64(block.timestamp), uint192(msg.value));
        emit ForcedTransactionQueued(index, txHash, f.sender, block.timestamp + forcedInclusionDelay(), signedTx);
    }

    /// @notice The queued transaction at `index`: its L2 hash, when it is due and
    /// the fee its includer or skipper earns (all zero once it left the queue).
    function forcedTransaction(uint256 index) external view returns (QueuedTransaction memory q) {
        ForcedTransaction storage t = _forced[index];
        if (t.txHash != bytes32(0)) q = QueuedTransaction(t.txHash, _dueAt(t), t.fee);
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
        bytes32 txHash = keccak256(signedTx);
        if (txHash != t.txHash) revert ForcedTransactionMismatch(head, t.txHash, txHash);
        reason = _whyInvalid(SignedTx.decode(signedTx, chainId, minGasLimit), accountProof, senderCode, headHeader);
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

    function _dueAt(ForcedTransaction storage t) private view returns (uint256) {
        return uint256(t.queuedAt) + forcedInclusionDelay();
    }

    /// @dev The prefix of the RLP item at `pos` in calldata `data`, decoded from a
    /// copy of its first (at most 9) bytes with RLPReader's canonical checks.
    function _prefixAt(bytes calldata data, uint256 pos) private pure returns (uint256 offset, uint256 len, bool list) {
        uint256 avail = data.length - pos;
        bytes memory window = data[pos:pos + (avail < 9 ? avail : 9)];
        uint256 ptr;
        assembly {
            ptr := add(window, 32)
        }
        return RLPReader.prefix(ptr, avail);
    }

    /// @dev Why `f` cannot be the first transaction of a block on the accepted head
    /// (go-ethereum's state-dependent checks, any order); reverts if it can.
    function _whyInvalid(
        SignedTx.Fields memory f,
        bytes[] calldata accountProof,
        bytes calldata senderCode,
        bytes calldata headHeader
    ) private view returns (SkipReason) {
        StateProof.Account memory a = StateProof.accountAt(stateRoot, f.sender, accountProof);
        if (a.nonce != f.nonce) return SkipReason.Nonce;
        // SignedTx.decode rejected transactions whose cost overflows.
        if (a.balance < uint256(f.gasLimit) * f.maxFeePerGas + f.value) return SkipReason.Balance;
        if (a.codeHash != StateProof.EMPTY_CODE_HASH) {
            if (keccak256(senderCode) != a.codeHash) revert SenderCodeMismatch(a.codeHash);
            if (!SignedTx.isDelegation(senderCode)) return SkipReason.SenderCode;
        }
        if (f.maxFeePerGas < _nextBaseFee(headHeader)) return SkipReason.FeeCap;
        revert ForcedTransactionValid(forcedHead, _forced[forcedHead].txHash);
    }

    /// @dev EIP-1559's base fee of the block after the accepted head, from the
    /// head's header (elasticity 2, change denominator 8, as the L2 config has):
    /// go-ethereum's eip1559.CalcBaseFee.
    function _nextBaseFee(bytes calldata headHeader) private view returns (uint256) {
        bytes32 headerHash = keccak256(headHeader);
        if (headerHash != blockHash) revert HeadHeaderMismatch(headerHash, blockHash);
        RLPReader.Item[] memory fields = RLPReader.toItem(headHeader).readList();
        uint256 gasLimit = fields[9].readUint(8);
        uint256 gasUsed = fields[10].readUint(8);
        uint256 baseFee = fields[15].readUint(32);
        uint256 target = gasLimit / 2;
        if (gasUsed == target) return baseFee;
        if (gasUsed > target) {
            uint256 up = baseFee * (gasUsed - target) / target / 8;
            return baseFee + (up == 0 ? 1 : up);
        }
        return baseFee - baseFee * (target - gasUsed) / target / 8;
    }
}
