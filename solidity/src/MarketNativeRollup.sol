// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Execute} from "./lib/Execute.sol";
import {NativeRollup} from "./NativeRollup.sol";

/// @title MarketNativeRollup
/// @notice A native rollup whose L1 state updates are a market (spec/host.md,
/// "State-update market"): the L2 sequencer signs its blocks off-chain, and anyone
/// may post the next signed block (an open race; the first poster earns
/// `postReward`). Once no signed block has landed for `sequencerWindow` (the idle
/// period), registered posters take turns, alternating with open slots, to post
/// blocks of their own, so a silent sequencer halts nothing. The registered poster
/// designated for a signed block earns `confirmReward` by re-executing the same
/// block within `confirmWindow` of its posting (the seed's "proof of the same
/// transition"). Settlement, the bridge and forced inclusion are NativeRollup's.
///
/// Data flow of `post`:
///   calldata (block as for advance, its number, the sequencer's signature)
///   -> number == head + 1 (else AlreadyPosted / NotNextBlock)
///   -> NativeRollup._settle (bounds, forced inclusion, EXECUTE, accept)
///   -> ecrecover(blockDigest(number, parent hash, new block hash)) == sequencer
///   -> record the transition for its confirmer, credit the poster's reward.
abstract contract MarketNativeRollup is NativeRollup {
    /// @notice The market's deploy-time parameters; bounds in spec/host.md.
    struct MarketConfig {
        uint256 posterStake;
        uint64 turnDuration;
        uint64 deregistrationDelay;
        uint64 confirmWindow;
        uint256 postReward;
        uint256 confirmReward;
    }

    /// @notice Who may post an unsigned block at a time (turnAt).
    enum Phase {
        Sequencer, // only sequencer-signed blocks (post), or the sequencer itself
        Turn, // the turn holder's unsigned blocks too
        Open // anyone's unsigned blocks too
    }

    /// @notice Who may post an unsigned block until `until` (turnAt).
    struct Turn {
        Phase phase;
        address holder; // the turn's poster (Turn), the sequencer (Sequencer), zero (Open)
        uint256 until;
    }

    struct Poster {
        uint64 seat; // 1 + index in `posters`; 0 once out of the rotation
        uint64 unlockAt; // when a deregistered poster may withdraw its stake
        uint128 stake;
    }

    /// @dev A signed block awaiting its confirmation.
    struct Posted {
        bytes32 transition; // keccak256(abi.encode(number, parentHash, parentStateRoot, anchor, blockHash))
        uint64 postedAt;
        address confirmer; // zero: none, or already confirmed
    }

    uint256 public immutable posterStake;
    uint64 public immutable turnDuration;
    uint64 public immutable deregistrationDelay;
    uint64 public immutable confirmWindow;
    uint256 public immutable postReward;
    uint256 public immutable confirmReward;

    /// @dev Bounds (spec/host.md, "State-update market"). Internal, not public: a
    /// getter each would put the host over EIP-170's code size limit; the
    /// constructor's *OutOfRange errors carry them.
    uint256 internal constant MIN_POSTER_STAKE = 0.1 ether;
    uint256 internal constant MAX_POSTER_STAKE = 10_000 ether;
    uint64 internal constant MIN_TURN_DURATION = 60;
    uint64 internal constant MAX_TURN_DURATION = 1 hours;
    uint64 internal constant MIN_DEREGISTRATION_DELAY = 1 days;
    uint64 internal constant MAX_DEREGISTRATION_DELAY = 30 days;
    uint64 internal constant MIN_CONFIRM_WINDOW = 60;
    uint64 internal constant MAX_CONFIRM_WINDOW = 1 days;
    uint256 internal constant MAX_REWARD = 10 ether;

    /// @dev EIP-712 type of what the sequencer signs for each L2 block (internal for
    /// EIP-170; Go signs with the same type in solidity/market.go).
    bytes32 internal constant BLOCK_TYPEHASH =
        keccak256("L2Block(uint64 chainId,uint64 number,bytes32 parentHash,bytes32 blockHash)");
    bytes32 private constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    /// @dev Largest s of a canonical secp256k1 signature (EIP-2).
    uint256 private constant HALF_ORDER = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;

    /// @notice The turn rotation: registered posters in seat order.
    address[] public posters;
    mapping(address poster => Poster) private _posters;
    /// @notice Wei anyone funded for rewards and not yet credited.
    uint256 public rewardPool;
    /// @notice Rewards credited and not yet withdrawn.
    mapping(address poster => uint256) public rewardOf;
    mapping(uint256 slot => Posted) private _posted;
    /// @notice Turns (Turn slots) that began in the turn phases before the
    /// current one: the current phase's rotation starts at seat
    /// turnsElapsed % posters.length, so each phase continues where the last one
    /// stopped instead of at seat 0.
    uint64 public turnsElapsed;

    event PosterRegistered(address indexed poster, uint256 seat);
    event PosterDeregistered(address indexed poster, uint256 unlockAt);
    event RewardsFunded(address indexed from, uint256 amount);
    /// @notice `poster` earned `amount` for L2 block `number`: its first post
    /// (confirmation false) or its confirmation.
    event RewardCredited(address indexed poster, uint64 indexed number, bool confirmation, uint256 amount);
    /// @notice Signed L2 block `number` was posted; `confirmer` may confirm it
    /// until `confirmBy` (zero: no registered poster other than the poster).
    event BlockPosted(uint64 indexed number, address indexed poster, address confirmer, uint256 confirmBy);
    event BlockConfirmed(uint64 indexed number, address indexed confirmer);

    error PosterStakeOutOfRange(uint256 posterStake, uint256 min, uint256 max);
    error TurnDurationOutOfRange(uint64 turnDuration, uint64 min, uint64 max);
    error DeregistrationDelayOutOfRange(uint64 deregistrationDelay, uint64 min, uint64 max);
    error ConfirmWindowOutOfRange(uint64 confirmWindow, uint64 min, uint64 max);
    error RewardOutOfRange(uint256 postReward, uint256 confirmReward, uint256 max);
    /// @notice L2 block `number` is already accepted (another poster was first).
    error AlreadyPosted(uint64 number, uint64 head);
    /// @notice Post block `expected` first: the host accepts blocks in order.
    error NotNextBlock(uint64 number, uint64 expected);
    /// @notice The signature does not recover to the sequencer over
    /// blockDigest(number, parent hash, the block's hash): sign that digest.
    error InvalidSequencerSignature(address recovered, address sequencer);
    /// @notice Until `turnPhaseAt` (L1 time) only sequencer-signed blocks are
    /// accepted: post one with `post`, or wait.
    error SignatureRequired(uint256 turnPhaseAt);
    /// @notice It is `holder`'s turn until `until`: post a signed block, or wait
    /// for your turn or an open slot (turnAt).
    error NotYourTurn(address holder, uint256 until);
    /// @notice Registering takes exactly `posterStake` wei.
    error StakeMismatch(uint256 paid, uint256 required);
    error AlreadyRegistered(address poster);
    error NotRegistered(address poster);
    /// @notice Deregister first; the stake unlocks deregistrationDelay later.
    error StakeLocked(address poster, uint256 unlockAt);
    /// @notice No confirmation record is in `number`'s slot of the ring
    /// (number % historySize): no signed block with that slot was posted yet. Once
    /// a later signed block took the slot, confirming `number` fails with
    /// NotConfirmer or ConfirmationMismatch instead: the record is that block's.
    error NothingToConfirm(uint64 number);
    /// @notice Only `confirmer`, designated when the block was posted, may confirm
    /// it, once.
    error NotConfirmer(address confirmer);
    /// @notice The confirmation window closed at `closedAt`.
    error ConfirmWindowClosed(uint64 number, uint256 closedAt);
    /// @notice Re-executing the block on the parent and anchor given did not reach
    /// the posted transition (wrong claims, parent, anchor or number).
    error ConfirmationMismatch(uint64 number, bytes32 computedBlockHash);

    constructor(Config memory c, MarketConfig memory m) NativeRollup(c) {
        if (m.posterStake < MIN_POSTER_STAKE || m.posterStake > MAX_POSTER_STAKE) {
            revert PosterStakeOutOfRange(m.posterStake, MIN_POSTER_STAKE, MAX_POSTER_STAKE);
        }
        if (m.turnDuration < MIN_TURN_DURATION || m.turnDuration > MAX_TURN_DURATION) {
            revert TurnDurationOutOfRange(m.turnDuration, MIN_TURN_DURATION, MAX_TURN_DURATION);
        }
        if (m.deregistrationDelay < MIN_DEREGISTRATION_DELAY || m.deregistrationDelay > MAX_DEREGISTRATION_DELAY) {
            revert DeregistrationDelayOutOfRange(m.deregistrationDelay, MIN_DEREGISTRATION_DELAY, MAX_DEREGISTRATION_DELAY);
        }
        if (m.confirmWindow < MIN_CONFIRM_WINDOW || m.confirmWindow > MAX_CONFIRM_WINDOW) {
            revert ConfirmWindowOutOfRange(m.confirmWindow, MIN_CONFIRM_WINDOW, MAX_CONFIRM_WINDOW);
        }
        if (m.postReward > MAX_REWARD || m.confirmReward > MAX_REWARD) {
            revert RewardOutOfRange(m.postReward, m.confirmReward, MAX_REWARD);
        }
        posterStake = m.posterStake;
        turnDuration = m.turnDuration;
        deregistrationDelay = m.deregistrationDelay;
        confirmWindow = m.confirmWindow;
        postReward = m.postReward;
        confirmReward = m.confirmReward;
    }

    /// @notice Posts sequencer-signed L2 block `number` (open to anyone, at any
    /// time); the first poster of each block is credited `postReward`.
    /// @param signature 65 bytes (r, s, v) by the sequencer over
    /// blockDigest(number, parent hash, block hash).
    function post(
        Execute.BlockEnv calldata env,
        uint64 anchorL1Block,
        Execute.Claims calldata claims,
        bytes calldata transactions,
        bytes calldata witness,
        uint64 number,
        bytes calldata signature
    ) external {
        uint64 head = blockNumber;
        if (number <= head) revert AlreadyPosted(number, head);
        if (number != head + 1) revert NotNextBlock(number, head + 1);
        bytes32 parentHash = blockHash;
        bytes32 parentStateRoot = stateRoot;
        (bytes32 newHash, uint256 forcedFees) = _settle(env, anchorL1Block, claims, transactions, witness);
        address signer = _recover(blockDigest(number, parentHash, newHash), signature);
        if (signer != sequencer) revert InvalidSequencerSignature(signer, sequencer);

        _sequencerAdvanced();
        address confirmer = _designatedConfirmer(number);
        _posted[number % historySize] = Posted(
            keccak256(abi.encode(number, parentHash, parentStateRoot, blockhash(anchorL1Block), newHash)),
            uint64(block.timestamp),
            confirmer
        );
        emit BlockPosted(number, msg.sender, confirmer, confirmer == address(0) ? 0 : block.timestamp + confirmWindow);
        _credit(msg.sender, number, false, postReward);
        _payCaller(forcedFees);
    }

    /// @notice The designated confirmer of signed block `number` re-executes it
    /// (any witness) on the posted parent and anchor, within confirmWindow of its
    /// posting, and is credited `confirmReward`.
    function confirm(
        uint64 number,
        bytes32 parentHash,
        bytes32 parentStateRoot,
        bytes32 anchor,
        Execute.BlockEnv calldata env,
        Execute.Claims calldata claims,
        bytes calldata transactions,
        bytes calldata witness
    ) external {
        Posted storage p = _posted[number % historySize];
        bytes32 posted = p.transition;
        if (posted == 0) revert NothingToConfirm(number);
        if (p.confirmer != msg.sender) revert NotConfirmer(p.confirmer);
        uint256 closedAt = uint256(p.postedAt) + confirmWindow;
        if (block.timestamp >= closedAt) revert ConfirmWindowClosed(number, closedAt);
        (bool valid, bytes32 computed) = _run(parentHash, parentStateRoot, env, anchor, claims, transactions, witness);
        if (!valid || keccak256(abi.encode(number, parentHash, parentStateRoot, anchor, computed)) != posted) {
            revert ConfirmationMismatch(number, computed);
        }
        p.confirmer = address(0);
        emit BlockConfirmed(number, msg.sender);
        _credit(msg.sender, number, true, confirmReward);
    }

    /// @notice Joins the turn rotation at the last seat, staking exactly posterStake.
    function register() external payable {
        if (msg.value != posterStake) revert StakeMismatch(msg.value, posterStake);
        Poster storage p = _posters[msg.sender];
        if (p.stake != 0) revert AlreadyRegistered(msg.sender);
        posters.push(msg.sender);
        // All ether is below 2^87 wei: the stake fits.
        _posters[msg.sender] = Poster(uint64(posters.length), 0, uint128(msg.value));
        emit PosterRegistered(msg.sender, posters.length - 1);
    }

    /// @notice Leaves the rotation now (the last seat takes this one); the stake
    /// unlocks deregistrationDelay later.
    function deregister() external {
        Poster storage p = _posters[msg.sender];
        if (p.seat == 0) revert NotRegistered(msg.sender);
        uint256 index = p.seat - 1;
        address last = posters[posters.length - 1];
        posters[index] = last;
        _posters[last].seat = uint64(index + 1);
        posters.pop();
        p.seat = 0;
        p.unlockAt = uint64(block.timestamp) + deregistrationDelay;
        emit PosterDeregistered(msg.sender, p.unlockAt);
    }

    /// @notice Pays a deregistered poster its stake once unlocked.
    function withdrawStake() external {
        Poster memory p = _posters[msg.sender];
        if (p.stake == 0) revert NotRegistered(msg.sender);
        if (p.seat != 0 || block.timestamp < p.unlockAt) revert StakeLocked(msg.sender, p.unlockAt);
        delete _posters[msg.sender];
        _payCaller(p.stake);
    }

    /// @notice Adds msg.value to the reward pool (anyone: the sequencer, the
    /// rollup's users or treasury).
    function fundRewards() external payable {
        rewardPool += msg.value;
        emit RewardsFunded(msg.sender, msg.value);
    }

    /// @notice Pays the caller its credited rewards.
    function withdrawRewards() external {
        uint256 amount = rewardOf[msg.sender];
        rewardOf[msg.sender] = 0;
        _payCaller(amount);
    }

    /// @notice How many posters are in the turn rotation.
    function posterCount() external view returns (uint256) {
        return posters.length;
    }

    /// @notice Who may post an unsigned block at L1 time `time` (at least the
    /// last signed block's), with the registry and head as they stand: until
    /// T0 = lastSequencerAdvanceTime + sequencerWindow only the sequencer
    /// (Sequencer); from then on slot k = (time - T0) / turnDuration is a Turn of
    /// posters[(turnsElapsed + k / 2) % posters.length] when k is even and Open
    /// when k is odd (always Open with no registered poster). `until` is when that
    /// slot ends (a uint64 time keeps every sum in uint256 far from overflow).
    function turnAt(uint64 time) public view returns (Turn memory) {
        uint256 start = uint256(lastSequencerAdvanceTime) + sequencerWindow;
        if (time < start) return Turn(Phase.Sequencer, sequencer, start);
        uint256 slot = (time - start) / turnDuration;
        uint256 until = start + (slot + 1) * turnDuration;
        uint256 n = posters.length;
        if (n == 0 || slot % 2 == 1) return Turn(Phase.Open, address(0), until);
        return Turn(Phase.Turn, posters[(uint256(turnsElapsed) + slot / 2) % n], until);
    }

    /// @notice `poster`'s seat (1 + index in posters, 0 if not in the rotation),
    /// stake and, once deregistered, when the stake unlocks.
    function posterOf(address poster) external view returns (Poster memory) {
        return _posters[poster];
    }

    /// @notice The EIP-712 digest the sequencer signs for L2 block `number` with
    /// parent `parentHash` and hash `l2BlockHash`, on this host and this L1 only.
    function blockDigest(uint64 number, bytes32 parentHash, bytes32 l2BlockHash) public view returns (bytes32) {
        bytes32 domain = keccak256(
            abi.encode(
                DOMAIN_TYPEHASH, keccak256("nr MarketNativeRollup"), keccak256("1"), block.chainid, address(this)
            )
        );
        bytes32 structHash = keccak256(abi.encode(BLOCK_TYPEHASH, chainId, number, parentHash, l2BlockHash));
        return keccak256(abi.encodePacked(hex"1901", domain, structHash));
    }

    /// @dev Unsigned blocks (advance): the sequencer itself, anyone while the
    /// queue's head is due (marked or not), else the phase of turnAt(now).
    function _checkSender() internal view override {
        if (msg.sender == sequencer || _forcedHeadOpen()) return;
        Turn memory turn = turnAt(uint64(block.timestamp));
        if (turn.phase == Phase.Sequencer) revert SignatureRequired(turn.until);
        if (turn.phase == Phase.Turn && turn.holder != msg.sender) revert NotYourTurn(turn.holder, turn.until);
    }

    /// @dev A sequencer's block (signed, or its own advance) ends the turn phase
    /// under way, if any: the turns that began in it, the interrupted one
    /// included, count as served, so the next phase starts at the seat after them.
    /// A phase adds at most its length / turnDuration + 1 turns, and phases are a
    /// sequencerWindow apart, so the count stays far below 2^64.
    function _sequencerAdvanced() internal override {
        uint256 start = uint256(lastSequencerAdvanceTime) + sequencerWindow;
        if (block.timestamp >= start && posters.length != 0) {
            uint256 slots = (block.timestamp - start) / turnDuration + 1;
            turnsElapsed += uint64((slots + 1) / 2);
        }
        super._sequencerAdvanced();
    }

    /// @dev The registered poster that may confirm signed block `number`:
    /// posters[number % posters.length], or none if there is no poster or it is
    /// the block's own poster.
    function _designatedConfirmer(uint64 number) private view returns (address confirmer) {
        uint256 n = posters.length;
        if (n == 0) return address(0);
        confirmer = posters[number % n];
        if (confirmer == msg.sender) return address(0);
    }

    /// @dev Credits `amount` wei, or what is left in the pool, to `to`.
    function _credit(address to, uint64 number, bool confirmation, uint256 amount) private {
        uint256 pool = rewardPool;
        if (amount > pool) amount = pool;
        if (amount == 0) return;
        rewardPool = pool - amount;
        rewardOf[to] += amount;
        emit RewardCredited(to, number, confirmation, amount);
    }

    /// @dev The signer of `digest`, or zero for a signature that is not 65 bytes
    /// with a canonical s (EIP-2) and v of 27 or 28.
    function _recover(bytes32 digest, bytes calldata signature) private pure returns (address) {
        if (signature.length != 65) return address(0);
        bytes32 r = bytes32(signature[0:32]);
        bytes32 s = bytes32(signature[32:64]);
        uint8 v = uint8(signature[64]);
        if (uint256(s) > HALF_ORDER || (v != 27 && v != 28)) return address(0);
        return ecrecover(digest, v, r, s);
    }
}
