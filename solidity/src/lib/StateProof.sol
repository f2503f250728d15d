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

    // ---- Used by ForcedInclusion: an account's nonce, balance and code hash ----

    /// @notice keccak256 of empty code, the code hash of an account without code.
    bytes32 internal constant EMPTY_CODE_HASH = 0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470;

    /// @notice The fields of an account that decide whether it can send a transaction.
    struct Account {
        uint64 nonce;
        uint256 balance;
        bytes32 codeHash;
    }

    /// @notice Account `account` in the state with root `stateRoot`. An account the
    /// proof shows absent reads as go-ethereum reads it: nonce 0, balance 0, no code.
    function accountAt(bytes32 stateRoot, address account, bytes[] memory accountProof)
        internal
        pure
        returns (Account memory a)
    {
        (bool found, bytes memory leaf) =
            MerkleTrie.get(stateRoot, abi.encodePacked(keccak256(abi.encodePacked(account))), accountProof);
        if (!found) return Account(0, 0, EMPTY_CODE_HASH);
        RLPReader.Item[] memory fields = RLPReader.toItem(leaf).readList();
        if (fields.length != 4) revert MalformedAccount();
        a.nonce = uint64(fields[0].readUint(8));
        a.balance = fields[1].readUint(32);
        bool ok;
        (a.codeHash, ok) = fields[3].readBytes32();
        if (!ok) revert MalformedAccount();
    }
}
