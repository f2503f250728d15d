package rollupnode

import (
	"context"
	"crypto/ecdsa"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// SendL1ForTest sends value from key to to on L1 and waits for it.
func SendL1ForTest(ctx context.Context, ec *ethclient.Client, key *ecdsa.PrivateKey, to *common.Address, value *big.Int) (*types.Receipt, error) {
	return sendSigned(ctx, ec, key, to, value, 21_000, nil)
}
