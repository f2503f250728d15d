// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title Execute
/// @notice Calls the EXECUTE precompile (spec/execute.md), which statelessly
/// re-executes one L2 block and says whether it reaches the claimed results.
///
/// Spec code (EXECUTE input, version 1): the ABI encoding of the flat tuple
///   (uint8 version, uint64 chainId, bytes32 parentHash, bytes32 preStateRoot,
///    uint64 timestamp, uint64 gasLimit, address feeRecipient, bytes32 prevRandao,
///    bytes extraData, bytes32 anchor, bytes32 postStateRoot, bytes32 receiptsRoot,
///    uint64 gasUsed, bytes transactions, bytes witness)
/// output for well-formed, complete input: abi.encode(bool valid, bytes32 blockHash);
/// the call fails for malformed input, an incomplete witness, a wrong parent hash or
/// pre-state root, or a block that breaks the header or transaction rules.
library Execute {
    /// @notice Address of the EXECUTE precompile.
    address internal constant PRECOMPILE = address(0x0101);
    /// @notice EXECUTE input version this library encodes.
    uint8 internal constant VERSION = 1;

    /// @notice What the block producer chooses for an L2 block.
    struct BlockEnv {
        uint64 timestamp;
        uint64 gasLimit;
        address feeRecipient;
        bytes32 prevRandao;
        bytes extraData;
    }

    /// @notice What the block producer claims execution reaches.
    struct Claims {
        bytes32 postStateRoot;
        bytes32 receiptsRoot;
        uint64 gasUsed;
    }

    /// @notice EXECUTE rejected the input: it is malformed, the witness is incomplete
    /// or belongs to another parent block, or the block breaks a header or
    /// transaction rule. Rebuild the witness against the current head and retry.
    error ExecuteFailed();
    /// @notice Nothing answered at the EXECUTE address: this chain has no EXECUTE
    /// precompile (run the contracts on an nr node).
    error ExecuteUnavailable();

    /// @notice Re-executes the block on top of (`parentHash`, `preStateRoot`).
    /// @return valid Whether execution reaches `claims`.
    /// @return blockHash Hash of the header execution computed (meaningful if valid).
    function run(
        uint64 chainId,
        bytes32 parentHash,
        bytes32 preStateRoot,
        BlockEnv memory env,
        bytes32 anchor,
        Claims memory claims,
        bytes memory transactions,
        bytes memory witness
    ) internal view returns (bool valid, bytes32 blockHash) {
        bytes memory input = abi.encode(
            VERSION,
            chainId,
            parentHash,
            preStateRoot,
            env.timestamp,
            env.gasLimit,
            env.feeRecipient,
            env.prevRandao,
            env.extraData,
            anchor,
            claims.postStateRoot,
            claims.receiptsRoot,
            claims.gasUsed,
            transactions,
            witness
        );
        (bool ok, bytes memory output) = PRECOMPILE.staticcall(input);
        if (!ok) revert ExecuteFailed();
        if (output.length != 64) revert ExecuteUnavailable();
        return abi.decode(output, (bool, bytes32));
    }
}
