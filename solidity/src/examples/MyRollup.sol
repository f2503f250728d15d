// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;
import {NativeRollup} from "../NativeRollup.sol";

/// @notice A complete native rollup: L2 chain 901, blocks of 1-12 Mgas, the sequencer's turn lasts 60 s, 8191 roots kept.
contract MyRollup is NativeRollup {
    constructor(bytes32 genesisHash, bytes32 genesisStateRoot, uint64 genesisTime, address sequencer)
        NativeRollup(Config(901, genesisHash, genesisStateRoot, genesisTime, 1_000_000, 12_000_000, sequencer, 60, 8191)) {}
}
