// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Messages} from "../lib/Messages.sol";
import {RLPReader} from "../lib/RLPReader.sol";
import {StateProof} from "../lib/StateProof.sol";

/// @title L2Bridge
/// @notice L2 predeploy at 0x4e52000000000000000000000000000000000001 holding the
/// rollup's pre-minted ETH (there is no mint transaction type). Its runtime code,
/// balance and `l1Host` slot are written into the L2 genesis by
/// `solidity.Predeploys` in Go; its constructor never runs.
///
/// Data flow, L1 -> L2: RollupHost.deposit marks a hash on L1; the host passes a
/// recent L1 block hash as every L2 block's anchor, which EIP-4788 stores in the
/// beacon-roots contract keyed by the L2 block timestamp; `claimDeposit` reads it,
/// checks the L1 header hashes to it, and proves the host's deposit slot against the
/// header's state root. L2 -> L1: `withdraw` locks ETH here and marks a hash that
/// RollupHost.finalizeWithdrawal proves against an accepted L2 state root.
contract L2Bridge {
    using RLPReader for RLPReader.Item;

    /// @notice EIP-4788 beacon roots contract; on an nr L2 it holds the anchors.
    address public constant BEACON_ROOTS = 0x000F3df6D732807Ef1319fB7B8bB8522d0Beac02;
    /// @notice Index of stateRoot in an Ethereum block header RLP list.
    uint256 internal constant HEADER_STATE_ROOT_INDEX = 3;

    /// @notice The L1 rollup host (slot 0, set in the L2 genesis).
    address public l1Host;
    /// @notice Number of withdrawals so far; the next withdrawal's nonce (slot 1).
    uint256 public withdrawalCount;
    /// @notice Deposit hashes already claimed (slot 2).
    mapping(bytes32 depositHash => bool) public depositClaimed;

    /// @notice A deposit was paid out on L2.
    event DepositClaimed(bytes32 indexed depositHash, address indexed relayer, Messages.Deposit deposit);
    /// @notice A withdrawal was sent; finalize it on L1 with `RollupHost.finalizeWithdrawal`.
    event WithdrawalSent(bytes32 indexed withdrawalHash, Messages.Withdrawal withdrawal);

    /// @notice No anchor is stored for this L2 timestamp (the beacon-roots ring buffer
    /// keeps 8191 blocks); use the timestamp of a more recent L2 block.
    error AnchorNotFound(uint64 l2Timestamp);
    /// @notice keccak256(l1Header) is not the anchor of that L2 block.
    error HeaderNotAnchored(bytes32 headerHash, bytes32 anchor);
    /// @notice The L1 header is not an RLP list with a 32-byte state root at index 3.
    error MalformedHeader();
    /// @notice This deposit was already claimed.
    error DepositAlreadyClaimed(bytes32 depositHash);
    /// @notice The storage proof does not show the deposit as sent on L1.
    error DepositNotProven(bytes32 depositHash);
    /// @notice A withdrawal must carry ETH.
    error EmptyWithdrawal();
    /// @notice Paying `to` failed (it rejected the ETH).
    error TransferFailed(address to);

    /// @notice Pays deposit `d`: `d.value - d.relayerFee` to `d.to`, `d.relayerFee` to the caller.
    /// @param l2Timestamp Timestamp of an L2 block whose anchor is an L1 block at or
    /// after the deposit.
    /// @param l1Header RLP of that anchored L1 block header.
    /// @param accountProof `eth_getProof(l1Host, [slot], block).accountProof` on L1.
    /// @param storageProof The storage proof of `Messages.slot(hash, DEPOSITS_SLOT)`.
    function claimDeposit(
        Messages.Deposit calldata d,
        uint64 l2Timestamp,
        bytes calldata l1Header,
        bytes[] calldata accountProof,
        bytes[] calldata storageProof
    ) external {
        bytes32 depositHash = Messages.hash(d);
        if (depositClaimed[depositHash]) revert DepositAlreadyClaimed(depositHash);
        bytes32 l1StateRoot = _anchoredStateRoot(l2Timestamp, l1Header);
        bytes32 hostStorage = StateProof.storageRoot(l1StateRoot, l1Host, accountProof);
        bytes32 slot = Messages.slot(depositHash, Messages.DEPOSITS_SLOT);
        if (StateProof.storageValue(hostStorage, slot, storageProof) != 1) revert DepositNotProven(depositHash);
        depositClaimed[depositHash] = true;
        emit DepositClaimed(depositHash, msg.sender, d);
        _pay(d.to, d.value - d.relayerFee);
        _pay(msg.sender, d.relayerFee);
    }

    /// @notice Locks `msg.value` wei here for `to` on L1.
    function withdraw(address to) external payable returns (bytes32 withdrawalHash) {
        if (msg.value == 0) revert EmptyWithdrawal();
        Messages.Withdrawal memory w =
            Messages.Withdrawal({nonce: withdrawalCount, from: msg.sender, to: to, value: msg.value});
        withdrawalCount++;
        withdrawalHash = Messages.hash(w);
        Messages.markSent(withdrawalHash, Messages.WITHDRAWALS_SLOT);
        emit WithdrawalSent(withdrawalHash, w);
    }

    /// @notice Whether a withdrawal with this hash was sent.
    function withdrawalSent(bytes32 withdrawalHash) external view returns (bool) {
        return Messages.isSent(withdrawalHash, Messages.WITHDRAWALS_SLOT);
    }

    function _anchoredStateRoot(uint64 l2Timestamp, bytes calldata l1Header) private view returns (bytes32) {
        (bool ok, bytes memory anchorBytes) = BEACON_ROOTS.staticcall(abi.encode(l2Timestamp));
        if (!ok || anchorBytes.length != 32) revert AnchorNotFound(l2Timestamp);
        bytes32 anchor = bytes32(anchorBytes);
        bytes32 headerHash = keccak256(l1Header);
        if (headerHash != anchor) revert HeaderNotAnchored(headerHash, anchor);
        RLPReader.Item[] memory fields = RLPReader.toItem(l1Header).readList();
        if (fields.length <= HEADER_STATE_ROOT_INDEX) revert MalformedHeader();
        (bytes32 stateRoot, bool isHash) = fields[HEADER_STATE_ROOT_INDEX].readBytes32();
        if (!isHash) revert MalformedHeader();
        return stateRoot;
    }

    function _pay(address to, uint256 amount) private {
        if (amount == 0) return;
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert TransferFailed(to);
    }
}
