// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {RLPReader} from "../src/lib/RLPReader.sol";
import {MerkleTrie} from "../src/lib/MerkleTrie.sol";
import {StateProof} from "../src/lib/StateProof.sol";
import {SignedTx} from "../src/lib/SignedTx.sol";

/// @notice Exposes the proof libraries so Go tests can run them against
/// go-ethereum's trie and rlp packages. Not part of any deployment.
contract ProofHarness {
    using RLPReader for RLPReader.Item;

    /// @notice MerkleTrie.get on a raw (non-hashed) key.
    function get(bytes32 root, bytes calldata key, bytes[] calldata proof)
        external
        pure
        returns (bool found, bytes memory value)
    {
        return MerkleTrie.get(root, key, proof);
    }

    function storageRoot(bytes32 stateRoot, address account, bytes[] calldata accountProof)
        external
        pure
        returns (bytes32)
    {
        return StateProof.storageRoot(stateRoot, account, accountProof);
    }

    function storageValue(bytes32 root, bytes32 slot, bytes[] calldata storageProof) external pure returns (uint256) {
        return StateProof.storageValue(root, slot, storageProof);
    }

    /// @notice Decodes one RLP item and re-emits its structure in a canonical form
    /// the Go test can compare: a string becomes 0x00 ++ len(4) ++ payload, a list
    /// becomes 0x01 ++ count(4) ++ each child flattened.
    function flatten(bytes calldata data) external pure returns (bytes memory) {
        return _flatten(RLPReader.toItem(data));
    }

    function _flatten(RLPReader.Item memory item) private pure returns (bytes memory) {
        if (!item.isList()) {
            bytes memory payload = item.readBytes();
            return abi.encodePacked(uint8(0), uint32(payload.length), payload);
        }
        RLPReader.Item[] memory items = item.readList();
        bytes memory out = abi.encodePacked(uint8(1), uint32(items.length));
        for (uint256 i = 0; i < items.length; i++) {
            out = bytes.concat(out, _flatten(items[i]));
        }
        return out;
    }

    /// @notice SignedTx.decode, for the differential test against go-ethereum.
    function decodeSignedTx(bytes calldata signedTx, uint64 chainId, uint256 maxGas)
        external
        pure
        returns (SignedTx.Fields memory)
    {
        return SignedTx.decode(signedTx, chainId, maxGas);
    }
}
