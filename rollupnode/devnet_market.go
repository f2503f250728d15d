package rollupnode

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/params"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
	"github.com/nativerollup/nr/solidity"
	"github.com/nativerollup/nr/solidity/bindings"
)

// HostMarket is `nr devnet --host market`: MyMarketRollup
// (solidity/src/examples), a MarketNativeRollup. The sequencer (L1 dev key
// SequencerKeyIndex) signs every L2 block and settlement posts it from the
// poster's key (MarketPosterKeyIndex), earning the post reward; a second
// poster (MarketSecondPosterKeyIndex) is registered too, so the turn rotation
// and the confirmations have two seats (spec/host.md, "State-update market").
const HostMarket = "market"

// MarketPosterKeyIndex and MarketSecondPosterKeyIndex are the L1 dev keys of
// the market devnet's two registered posters (--host market): the two after
// the dev accounts, funded on L1 only, so that no one sending with a dev key
// races the settling poster's nonce.
func MarketPosterKeyIndex(cfg DevnetConfig) int       { return cfg.DevAccounts + 1 }
func MarketSecondPosterKeyIndex(cfg DevnetConfig) int { return cfg.DevAccounts + 2 }

// MarketRewardFunding is what the deployer puts into MyMarketRollup's reward
// pool at start: 10,000 posts at its 0.001 ETH reward.
var MarketRewardFunding = new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether))

// Confirmed is a confirmation the market devnet's second poster made: it
// re-executed L2 block L2Block, which the host designated it to confirm, and
// was credited Reward.
type Confirmed struct {
	L2Block uint64
	Tx      common.Hash
	L1Gas   uint64
	Reward  *big.Int
}

func (c Confirmed) String() string {
	return fmt.Sprintf("L2 block %-5d confirmed by the second poster (re-executed on L1)  L1 tx %s  L1 gas %-11s reward %s wei", c.L2Block, c.Tx.Hex(), commas(c.L1Gas), c.Reward)
}

// marketConfirmer is the market devnet's second poster as a confirmer: for
// each posted block whose BlockPosted event names it, it calls confirm with
// the block's EXECUTE input, earning confirmReward (spec/host.md,
// "State-update market"). It reads the blocks settlement posted; a
// confirmation that fails is logged and skipped (the window is an hour).
type marketConfirmer struct {
	l1   *ethclient.Client
	host common.Address
	key  *ecdsa.PrivateKey
	m    *bindings.MyMarketRollup
}

func (c *marketConfirmer) run(ctx context.Context, in <-chan *Settled, report func(Confirmed)) {
	for {
		select {
		case <-ctx.Done():
			return
		case s := <-in:
			conf, err := c.confirm(ctx, s)
			if err != nil {
				if ctx.Err() != nil {
					return
				}
				log.Warn("Confirming a posted L2 block failed", "l2block", s.Block.NumberU64(), "err", err)
				continue
			}
			if conf != nil {
				report(*conf)
			}
		}
	}
}

// confirm confirms s if the host designated this confirmer for it (nil if not).
func (c *marketConfirmer) confirm(ctx context.Context, s *Settled) (*Confirmed, error) {
	number := s.Block.NumberU64()
	r, err := c.l1.TransactionReceipt(ctx, s.Tx)
	if err != nil {
		return nil, fmt.Errorf("reading the post of L2 block %d: %w", number, err)
	}
	me := crypto.PubkeyToAddress(c.key.PublicKey)
	designated := false
	for _, lg := range r.Logs {
		if ev, err := c.m.UnpackBlockPostedEvent(lg); err == nil && ev.Number == number {
			designated = ev.Confirmer == me
		}
	}
	if !designated {
		return nil, nil
	}
	in := s.Input
	env, claims := solidity.ExecuteArgs(in)
	data := c.m.PackConfirm(number, in.ParentHash, in.PreStateRoot, *s.Block.BeaconRoot(), env, claims, in.Transactions, in.Witness)
	rc, err := sendSigned(ctx, c.l1, c.key, &c.host, nil, MaxL1TxGas, data)
	if err != nil {
		return nil, fmt.Errorf("confirming L2 block %d: %w", number, err)
	}
	conf := &Confirmed{L2Block: number, Tx: rc.TxHash, L1Gas: rc.GasUsed, Reward: new(big.Int)}
	for _, lg := range rc.Logs {
		if ev, err := c.m.UnpackRewardCreditedEvent(lg); err == nil {
			conf.Reward = ev.Amount
		}
	}
	return conf, nil
}

// setupMarket funds the reward pool and registers the two posters, each with
// the host's posterStake.
func (d *Devnet) setupMarket(ctx context.Context, l1 *ethclient.Client, deployer *ecdsa.PrivateKey) error {
	m := bindings.NewMyMarketRollup()
	if _, err := sendSigned(ctx, l1, deployer, &d.Host, MarketRewardFunding, 100_000, m.PackFundRewards()); err != nil {
		return fmt.Errorf("funding the market host's reward pool: %w", err)
	}
	out, err := l1.CallContract(ctx, ethereum.CallMsg{To: &d.Host, Data: m.PackPosterStake()}, nil)
	if err != nil {
		return fmt.Errorf("reading the market host's poster stake: %w", err)
	}
	stake, err := m.UnpackPosterStake(out)
	if err != nil {
		return err
	}
	for _, i := range []int{MarketPosterKeyIndex(d.cfg), MarketSecondPosterKeyIndex(d.cfg)} {
		if _, err := sendSigned(ctx, l1, l2.DevKey(i), &d.Host, stake, 200_000, m.PackRegister()); err != nil {
			return fmt.Errorf("registering L1 dev key %d as a poster: %w", i, err)
		}
	}
	return nil
}

// marketBanner is the banner's host lines for --host market.
func (d *Devnet) marketBanner(b *strings.Builder) {
	fmt.Fprintf(b, "  host          MyMarketRollup at %s on L1 (EXECUTE %s re-executes every L2 block; blocks are sequencer-signed, posted by anyone)\n", d.Host, precompile.ExecuteAddress)
	fmt.Fprintf(b, "  poster        L1 dev key %d %s (registered; posts every signed block, earning the post reward)\n", MarketPosterKeyIndex(d.cfg), l2.DevAddress(MarketPosterKeyIndex(d.cfg)))
	fmt.Fprintf(b, "  poster 2      L1 dev key %d %s (registered: the other seat of the turn rotation; confirms the blocks the host designates it for)\n", MarketSecondPosterKeyIndex(d.cfg), l2.DevAddress(MarketSecondPosterKeyIndex(d.cfg)))
	fmt.Fprintf(b, "  rewards       %s ETH in the pool at start (fundRewards adds more; withdrawRewards pays a poster)\n", ethString(MarketRewardFunding, true))
}
