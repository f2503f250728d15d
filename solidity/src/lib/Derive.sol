// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title Derive
/// @notice Calls the DERIVE precompile (spec/derive.md) on one blob and returns one of
/// the L2 blocks the blob's payload decodes to.
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
/// Gas: DERIVE charges 50,000 + 24 per input byte + 8,000,000 per blob up front, which
/// for one blob is 11,200,336, whatever the blob holds. The output is read from return
/// data word by word; only the requested block is copied to memory.
library Derive {
    /// @notice Address of the DERIVE precompile.
    address internal constant PRECOMPILE = address(0x0102);
    /// @notice Bytes in an EIP-4844 blob.
    uint256 internal constant BLOB_SIZE = 131072;
    /// @dev Length of the one-blob DERIVE input: 4 head/length words, the blob, the
    /// hashes' length word and the one hash.
    uint256 private constant INPUT_SIZE = 4 * 32 + BLOB_SIZE + 2 * 32;

    /// @notice One derived L2 block: EXECUTE's operator-chosen environment and its
    /// transactions (the RLP list of a block body).
    struct Block {
        uint64 timestamp;
        uint64 gasLimit;
        address feeRecipient;
        bytes32 prevRandao;
        bytes extraData;
        bytes transactions;
    }

    /// @notice The blob given is longer than a blob.
    error BlobTooLong(uint256 length);
    /// @notice DERIVE rejected the input: the blob is not the one the versioned hash
    /// commits to (or the call ran out of gas; DERIVE needs ~11.2M for one blob).
    error DeriveFailed();
    /// @notice Nothing answered at the DERIVE address, or its output is not the
    /// DERIVE output: this chain has no DERIVE precompile.
    error DeriveUnavailable();

    /// @notice Derives the payload held by one blob and returns its block `index`.
    /// @param blob The blob's bytes. Trailing zero bytes may be left out; they are
    /// restored before the call, so the KZG check is against the full blob.
    /// @param versionedHash What BLOBHASH returned for the blob in the L1 transaction
    /// that posted it.
    /// @param index Which derived block to return.
    /// @return reason DERIVE's reason code: 0 when the payload is a valid batch.
    /// @return count How many blocks the payload holds (0 when reason != 0).
    /// @return blk Block `index`, when index < count; otherwise empty.
    function blockOfBlob(bytes calldata blob, bytes32 versionedHash, uint256 index)
        internal
        view
        returns (uint8 reason, uint256 count, Block memory blk)
    {
        if (blob.length > BLOB_SIZE) revert BlobTooLong(blob.length);
        // Zero-initialized, so the bytes past blob.length are the blob's trailing zeros.
        bytes memory input = new bytes(INPUT_SIZE);
        bool ok;
        uint256 size;
        assembly ("memory-safe") {
            let p := add(input, 32)
            mstore(p, 1) // version
            mstore(add(p, 0x20), 0x60) // offset of data
            mstore(add(p, 0x40), add(0x80, BLOB_SIZE)) // offset of blobHashes
            mstore(add(p, 0x60), BLOB_SIZE) // length of data
            calldatacopy(add(p, 0x80), blob.offset, blob.length)
            mstore(add(p, add(0x80, BLOB_SIZE)), 1) // one blob hash
            mstore(add(p, add(0xa0, BLOB_SIZE)), versionedHash)
            ok := staticcall(gas(), 0x0102, p, mload(input), 0, 0)
            size := returndatasize()
        }
        if (!ok) revert DeriveFailed();
        if (size < 96) revert DeriveUnavailable();
        reason = uint8(_word(0, size));
        if (reason != 0) return (reason, 0, blk);
        uint256 blocksAt = _word(64, size);
        count = _word(blocksAt, size);
        if (index >= count) return (0, count, blk);
        uint256 body = blocksAt + 32;
        uint256 start = body + _word(body + 32 * index, size);
        uint256 end = index + 1 < count ? body + _word(body + 32 * (index + 1), size) : size;
        if (end < start || end > size) revert DeriveUnavailable();
        bytes memory enc = new bytes(end - start);
        assembly ("memory-safe") {
            returndatacopy(add(enc, 32), start, sub(end, start))
        }
        (blk.timestamp, blk.gasLimit, blk.feeRecipient, blk.prevRandao, blk.extraData, blk.transactions) =
            abi.decode(enc, (uint64, uint64, address, bytes32, bytes, bytes));
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
