// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {MarketNativeRollup} from "../src/MarketNativeRollup.sol";

/// @notice MarketNativeRollup with every parameter chosen at deploy, for tests.
contract TestMarketNativeRollup is MarketNativeRollup {
    constructor(Config memory c, MarketConfig memory m) MarketNativeRollup(c, m) {}
}
