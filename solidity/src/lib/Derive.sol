// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Execute} from "./Execute.sol";

/// @title Derive
/// @notice Calls the DERIVE precompile (spec/derive.md) on one blob and commits to
/// every L2 block the blob's payload decodes to with one Merkle root over the blocks'
/// digests, so one DERIVE call (the expensive part: 14.35M gas for any blob) serves
/// every dispute over any block of the blob.
///
/// Spec code (DERIVE input, version 1, one blob):
///   abi.encode(uint8 1, bytes blob /* 131072 bytes */, bytes32[] [versionedHash])
/// The call fails when the blob does not match the versioned hash (DERIVE recomputes
/// its KZG commitment). Otherwise the output is
///   abi.encode(uint8 reason, (uint32,uint32,uint8)[] drops,
///              (uint64 timestamp, uint64 gasLimit, address feeRecipient,
///               bytes32 prevRandao, bytes extraData, bytes transactions)[] blocks)
/// with no blocks when reason != 0. `transactions` is EXECUTE's transactions input.
///
/// Block digest: keccak256(abi.encode(timestamp, gasLimit, feeRecipient, prevRandao,
/// extraData, transactions)), which is keccak256 of the block's element in DERIVE's
/// output, so each block is hashed straight from return data (`digestOf` computes the
/// same from EXECUTE inputs).
///
/// Blocks root: the digests of blocks 0..count-1, padded with zero words to the next
/// power of two `width` (1 for one block), hashed pairwise, node = keccak256(left ||
/// right), up to one root. A block's proof is its log2(width) siblings from the leaf
/// up (`verify`). A leaf and an inner node cannot be swapped: the proof's length is
/// fixed by the count, and every leaf is a digest of more than 64 bytes.
///
/// Gas: DERIVE charges DERIVE_BASE_GAS + DERIVE_PER_BYTE_GAS * 131264 +
/// DERIVE_PER_BLOB_GAS up front (14,350,672 at 50,000 / 48 / 8,000,000), the same for
/// every blob; the call forwards all gas, so the caller needs ~14.6M left at the call.
/// Each block is copied from the return data into one reused buffer (the spent
/// input's memory when it fits) and hashed, and the tree is built in place over the
/// leaves in scratch space, so memory stays at the input's 131 KB plus 32 bytes per
/// block, and the cost per block is a few hundred gas (docs/BENCHMARKS.md).
library Derive {
    /// @notice Address of the DERIVE precompile.
    address internal constant PRECOMPILE = address(0x0102);
    /// @notice Bytes in an EIP-4844 blob.
    uint256 internal constant BLOB_SIZE = 131072;

    /// @notice The blob given is longer than a blob.
    error BlobTooLong(uint256 length);
    /// @notice DERIVE rejected the input: the blob is not the one the versioned hash
    /// commits to, or the call ran out of gas.
    error DeriveFailed();
    /// @notice Nothing answered at the DERIVE address, or its output is not a
    /// canonical DERIVE output: this chain has no (working) DERIVE precompile.
    error DeriveUnavailable();

    /// @notice Derives the payload held by one blob and returns the Merkle root of
    /// its blocks' digests (see the contract's doc).
    /// @param blob The blob's bytes. Trailing zero bytes may be left out; they are
    /// restored before the call, so the KZG check is against the full blob.
    /// @param versionedHash What BLOBHASH returned for the blob in the L1 transaction
    /// that posted it.
    /// @return reason DERIVE's reason code: 0 when the payload is a valid batch.
    /// @return count How many blocks the payload holds (0 when reason != 0).
    /// @return root The blocks root when reason == 0 and count > 0, else 0.
    function deriveBlocksRoot(bytes calldata blob, bytes32 versionedHash)
        internal
        view
        returns (uint8 reason, uint256 count, bytes32 root)
    {
        if (blob.length > BLOB_SIZE) revert BlobTooLong(blob.length);
        // abi.encode(uint8(1), data, [versionedHash]) with data = the blob, 131072 bytes.
        bytes memory buffer = new bytes(4 * 32 + BLOB_SIZE + 2 * 32);
        bool ok;
        uint256 size;
        assembly ("memory-safe") {
            let p := add(buffer, 32)
            mstore(p, 1) // version
            mstore(add(p, 0x20), 0x60) // offset of data
            mstore(add(p, 0x40), add(0x80, BLOB_SIZE)) // offset of blobHashes
            mstore(add(p, 0x60), BLOB_SIZE) // length of data
            calldatacopy(add(p, 0x80), blob.offset, blob.length) // the rest is zero
            mstore(add(p, add(0x80, BLOB_SIZE)), 1) // one blob hash
            mstore(add(p, add(0xa0, BLOB_SIZE)), versionedHash)
            ok := staticcall(gas(), 0x0102, p, mload(buffer), 0, 0)
            size := returndatasize()
        }
        if (!ok) revert DeriveFailed();
        if (size < 96) revert DeriveUnavailable();
        reason = uint8(_word(0, size));
        if (reason != 0) return (reason, 0, bytes32(0));
        uint256 blocksAt = _word(64, size);
        count = _word(blocksAt, size);
        // The offset table (one word per block) must lie within the return data.
        if (count > size / 32 || blocksAt + 32 + 32 * count > size) revert DeriveUnavailable();
        if (count == 0) return (0, 0, bytes32(0));
        bytes32[] memory nodes = new bytes32[](widthOf(count));
        bool malformed;
        assembly ("memory-safe") {
            // Block i's element spans [start_i, start_{i+1}) of the return data (the
            // last one ends the data): canonical ABI encoding lays the elements out
            // one after the other, so no inner word needs reading. A non-canonical
            // output would only give digests no inputs match.
            let table := add(blocksAt, 32) // offsets are relative to here
            let buf := add(buffer, 32)
            let bufLen := mload(buffer)
            let leaves := add(nodes, 32)
            returndatacopy(0, table, 32)
            let start := add(table, mload(0))
            for { let i := 0 } lt(i, count) { i := add(i, 1) } {
                let end := size
                if lt(add(i, 1), count) {
                    returndatacopy(0, add(table, shl(5, add(i, 1))), 32)
                    end := add(table, mload(0))
                }
                if or(gt(start, end), gt(end, size)) {
                    malformed := 1
                    break
                }
                let length := sub(end, start)
                if gt(length, bufLen) {
                    buf := mload(0x40)
                    mstore(0x40, add(buf, length))
                    bufLen := length
                }
                returndatacopy(buf, start, length)
                mstore(add(leaves, shl(5, i)), keccak256(buf, length))
                start := end
            }
            // The tree, in place: level by level, node j = keccak256(2j || 2j+1).
            for { let width := mload(nodes) } gt(width, 1) { width := shr(1, width) } {
                for { let j := 0 } lt(j, shr(1, width)) { j := add(j, 1) } {
                    let pair := add(leaves, shl(6, j))
                    mstore(0, mload(pair))
                    mstore(0x20, mload(add(pair, 0x20)))
                    mstore(add(leaves, shl(5, j)), keccak256(0, 0x40))
                }
            }
        }
        if (malformed) revert DeriveUnavailable();
        root = nodes[0];
    }

    /// @notice Whether `leaf` is block `index` of a blob whose blocks root is `root`
    /// and which holds `count` blocks; `proof` holds exactly log2(widthOf(count))
    /// siblings, from the leaf up.
    function verify(bytes32 root, uint256 count, uint256 index, bytes32 leaf, bytes32[] calldata proof)
        internal
        pure
        returns (bool)
    {
        if (index >= count || (uint256(1) << proof.length) != widthOf(count)) return false;
        bytes32 node = leaf;
        for (uint256 d = 0; d < proof.length; d++) {
            node = (index >> d) & 1 == 0 ? _hashPair(node, proof[d]) : _hashPair(proof[d], node);
        }
        return node == root;
    }

    /// @notice Leaves of the blocks tree of `count` blocks: the next power of two.
    function widthOf(uint256 count) internal pure returns (uint256 width) {
        width = 1;
        while (width < count) width *= 2;
    }

    /// @notice The digest of a block with EXECUTE inputs `env` and `transactions`:
    /// equal to the leaf `deriveBlocksRoot` takes for a derived block exactly when all
    /// fields are.
    function digestOf(Execute.BlockEnv calldata env, bytes calldata transactions) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(env.timestamp, env.gasLimit, env.feeRecipient, env.prevRandao, env.extraData, transactions)
        );
    }

    /// @dev keccak256(left || right), hashed in scratch space (no allocation).
    function _hashPair(bytes32 left, bytes32 right) private pure returns (bytes32 h) {
        assembly ("memory-safe") {
            mstore(0, left)
            mstore(0x20, right)
            h := keccak256(0, 0x40)
        }
    }

    /// @dev The return-data word at `pos`.
    function _word(uint256 pos, uint256 size) private pure returns (uint256 w) {
        if (pos > size || size - pos < 32) revert DeriveUnavailable();
        assembly ("memory-safe") {
            returndatacopy(0, pos, 32)
            w := mload(0)
        }
    }
}
