package rollupnode

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
)

// sendTimeout is how long sendSigned waits for a transaction's receipt.
const sendTimeout = time.Minute

// sendSigned signs a dynamic-fee transaction (1 gwei tip, fee cap twice the
// head's base fee plus the tip) with key's next pending nonce, sends it and
// waits for its receipt; a failed transaction is an error that names it.
func sendSigned(ctx context.Context, ec *ethclient.Client, key *ecdsa.PrivateKey, to *common.Address, value *big.Int, gas uint64, data []byte) (*types.Receipt, error) {
	from := crypto.PubkeyToAddress(key.PublicKey)
	chainID, err := ec.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	nonce, err := ec.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, err
	}
	head, err := ec.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	if value == nil {
		value = new(big.Int)
	}
	tip := big.NewInt(params.GWei)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip),
		Gas: gas, To: to, Value: value, Data: data,
	})
	if err != nil {
		return nil, err
	}
	if err := ec.SendTransaction(ctx, tx); err != nil {
		return nil, err
	}
	r, err := WaitIncluded(ctx, ec, tx.Hash(), sendTimeout)
	if err != nil {
		return nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("transaction %s failed in block %d (gas used %d of %d)", tx.Hash(), r.BlockNumber, r.GasUsed, gas)
	}
	return r, nil
}

// WaitIncluded polls for the receipt of transaction hash until it is there,
// ctx ends or timeout passes.
func WaitIncluded(ctx context.Context, ec *ethclient.Client, hash common.Hash, timeout time.Duration) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	for {
		if r, err := ec.TransactionReceipt(ctx, hash); err == nil {
			return r, nil
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("transaction %s not included within %s: %w", hash, timeout, ctx.Err())
		case <-time.After(25 * time.Millisecond):
		}
	}
}
