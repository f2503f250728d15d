// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;
import {MarketNativeRollup} from "../MarketNativeRollup.sol";

/// @notice MyRollup's chain as a state-update market: anyone posts sequencer-signed blocks; after 5 idle hours posters (1 ETH stake) take 10-minute turns; 0.001 ETH per post, 0.0005 per confirmation within 1 h.
contract MyMarketRollup is MarketNativeRollup {
    constructor(bytes32 genesisHash, bytes32 genesisStateRoot, uint64 genesisTime, address sequencer)
        MarketNativeRollup(Config(901, genesisHash, genesisStateRoot, genesisTime, 1_000_000, 12_000_000, sequencer, 5 hours, 8191), MarketConfig(1 ether, 10 minutes, 7 days, 1 hours, 0.001 ether, 0.0005 ether)) {}
}
