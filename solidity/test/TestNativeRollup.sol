// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {NativeRollup} from "../src/NativeRollup.sol";

/// @notice NativeRollup with every parameter chosen at deploy, for tests.
contract TestNativeRollup is NativeRollup {
    constructor(Config memory c) NativeRollup(c) {}
}
