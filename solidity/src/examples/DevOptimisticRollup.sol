// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;
import {OptimisticNativeRollup} from "../OptimisticNativeRollup.sol";

/// @notice The host of `nr devnet --host optimistic` only: OptimisticNativeRollup with
/// challenge windows, move timeouts and forced-inclusion delays down to one second, so a dispute plays out while
/// you watch. Its dev L1 has one operator and censors no one. On a shared L1 such short
/// times let a censoring builder finalize a forged root (spec/host.md, "Parameters"):
/// deploy OptimisticNativeRollup there.
contract DevOptimisticRollup is OptimisticNativeRollup {
    constructor(Config memory c) OptimisticNativeRollup(c) {}

    function _minChallengeWindow() internal pure override returns (uint64) {
        return 1;
    }

    function _minMoveTimeout() internal pure override returns (uint64) {
        return 1;
    }

    function _minForcedInclusionDelay() internal pure override returns (uint64) {
        return 1;
    }
}
