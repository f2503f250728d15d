package rollupnode

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/nativerollup/nr/l2"
	"github.com/nativerollup/nr/precompile"
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
	fmt.Fprintf(b, "  poster 2      L1 dev key %d %s (registered: the other seat of the turn rotation)\n", MarketSecondPosterKeyIndex(d.cfg), l2.DevAddress(MarketSecondPosterKeyIndex(d.cfg)))
	fmt.Fprintf(b, "  rewards       %s ETH in the pool at start (fundRewards adds more; withdrawRewards pays a poster)\n", ethString(MarketRewardFunding, true))
}
