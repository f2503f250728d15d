// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {RLPReader} from "./RLPReader.sol";
import {MerkleTrie} from "./MerkleTrie.sol";

/// @title StateProof
/// @notice Reads one storage slot of one account out of an Ethereum state root with
/// an `eth_getProof` account proof and storage proof (two-step, as Taiko's
/// LibTrieProof does, since a native rollup only learns the state root).
///
/// Spec code (Yellow Paper 4.1): the state trie maps KEC(address) to
/// RLP((nonce, balance, storageRoot, codeHash)); an account's storage trie maps
/// KEC(BE32(slot)) to RLP(value without leading zeros); zero values are absent.
library StateProof {
    using RLPReader for RLPReader.Item;

    /// @notice The account proof shows the account does not exist in the state.
    error AccountNotInState(address account);
    /// @notice The account leaf is not RLP((nonce, balance, storageRoot, codeHash)).
    error MalformedAccount();
    /// @notice A storage leaf is not the RLP of a canonical non-zero integer.
    error MalformedStorageValue();

    /// @notice The storage root of `account` in the state with root `stateRoot`.
    function storageRoot(bytes32 stateRoot, address account, bytes[] memory accountProof)
        internal
        pure
        returns (bytes32 root)
    {
        (bool found, bytes memory leaf) =
            MerkleTrie.get(stateRoot, abi.encodePacked(keccak256(abi.encodePacked(account))), accountProof);
        if (!found) revert AccountNotInState(account);
        RLPReader.Item[] memory fields = RLPReader.toItem(leaf).readList();
        if (fields.length != 4) revert MalformedAccount();
        bool ok;
        (root, ok) = fields[2].readBytes32();
        if (!ok) revert MalformedAccount();
    }

    /// @notice The value of `slot` in the storage trie with root `root`; 0 when the
    /// proof shows the slot is absent.
    function storageValue(bytes32 root, bytes32 slot, bytes[] memory storageProof)
        internal
        pure
        returns (uint256 value)
    {
        (bool found, bytes memory leaf) =
            MerkleTrie.get(root, abi.encodePacked(keccak256(abi.encode(slot))), storageProof);
        if (!found) return 0;
        bytes memory raw = RLPReader.toItem(leaf).readBytes();
        if (raw.length == 0 || raw.length > 32 || raw[0] == 0) revert MalformedStorageValue();
        for (uint256 i = 0; i < raw.length; i++) {
            value = (value << 8) | uint8(raw[i]);
        }
    }
}
