// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// ExecuteBlockEnv is an auto generated low-level Go binding around an user-defined struct.
type ExecuteBlockEnv struct {
	Timestamp    uint64
	GasLimit     uint64
	FeeRecipient common.Address
	PrevRandao   [32]byte
	ExtraData    []byte
}

// ExecuteClaims is an auto generated low-level Go binding around an user-defined struct.
type ExecuteClaims struct {
	PostStateRoot [32]byte
	ReceiptsRoot  [32]byte
	GasUsed       uint64
}

// ForcedInclusionQueuedTransaction is an auto generated low-level Go binding around an user-defined struct.
type ForcedInclusionQueuedTransaction struct {
	TxHash [32]byte
	DueAt  *big.Int
	Fee    *big.Int
}

// MessagesDeposit is an auto generated low-level Go binding around an user-defined struct.
type MessagesDeposit struct {
	Nonce      *big.Int
	From       common.Address
	To         common.Address
	Value      *big.Int
	RelayerFee *big.Int
}

// MessagesWithdrawal is an auto generated low-level Go binding around an user-defined struct.
type MessagesWithdrawal struct {
	Nonce *big.Int
	From  common.Address
	To    common.Address
	Value *big.Int
}

// NativeRollupConfig is an auto generated low-level Go binding around an user-defined struct.
type NativeRollupConfig struct {
	ChainId          uint64
	GenesisHash      [32]byte
	GenesisStateRoot [32]byte
	GenesisTimestamp uint64
	MinGasLimit      uint64
	MaxGasLimit      uint64
	Sequencer        common.Address
	SequencerWindow  uint64
	HistorySize      uint64
}

// OptimisticNativeRollupBlockInputs is an auto generated low-level Go binding around an user-defined struct.
type OptimisticNativeRollupBlockInputs struct {
	Env          ExecuteBlockEnv
	Transactions []byte
}

// OptimisticNativeRollupConfig is an auto generated low-level Go binding around an user-defined struct.
type OptimisticNativeRollupConfig struct {
	ChainId              uint64
	GenesisHash          [32]byte
	GenesisStateRoot     [32]byte
	GenesisReceiptsRoot  [32]byte
	GenesisGasUsed       uint64
	MinGasLimit          uint64
	MaxGasLimit          uint64
	HistorySize          uint64
	ProposerBond         *big.Int
	ChallengerBond       *big.Int
	ChallengeWindow      uint64
	MoveTimeout          uint64
	MaxBlocksPerProposal uint64
}

// OptimisticNativeRollupOutput is an auto generated low-level Go binding around an user-defined struct.
type OptimisticNativeRollupOutput struct {
	BlockHash    [32]byte
	StateRoot    [32]byte
	ReceiptsRoot [32]byte
	GasUsed      uint64
}

// SignedTxFields is an auto generated low-level Go binding around an user-defined struct.
type SignedTxFields struct {
	Sender       common.Address
	Nonce        uint64
	GasLimit     uint64
	MaxFeePerGas *big.Int
	Value        *big.Int
}

// L2BridgeMetaData contains all meta data concerning the L2Bridge contract.
var L2BridgeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AccountNotInState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"l2Timestamp\",\"type\":\"uint64\"}],\"name\":\"AnchorNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"depositHash\",\"type\":\"bytes32\"}],\"name\":\"DepositAlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"depositHash\",\"type\":\"bytes32\"}],\"name\":\"DepositNotProven\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyWithdrawal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"anchor\",\"type\":\"bytes32\"}],\"name\":\"HeaderNotAnchored\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTEmptyValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTExtraProofNodes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidNode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidNodeHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidRootHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTProofTooShort\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedHeader\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedStorageValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPEmptyInput\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNonCanonical\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNotAList\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNotAString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPTrailingBytes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPTruncated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"depositHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"relayerFee\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structMessages.Deposit\",\"name\":\"deposit\",\"type\":\"tuple\"}],\"name\":\"DepositClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structMessages.Withdrawal\",\"name\":\"withdrawal\",\"type\":\"tuple\"}],\"name\":\"WithdrawalSent\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BEACON_ROOTS\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"relayerFee\",\"type\":\"uint256\"}],\"internalType\":\"structMessages.Deposit\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"l2Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"l1Header\",\"type\":\"bytes\"},{\"internalType\":\"bytes[]\",\"name\":\"accountProof\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes[]\",\"name\":\"storageProof\",\"type\":\"bytes[]\"}],\"name\":\"claimDeposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"depositHash\",\"type\":\"bytes32\"}],\"name\":\"depositClaimed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l1Host\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawalCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"withdrawalSent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "L2Bridge",
	Bin: "0x60808060405234601557611535908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c806261fb571461008357806304e38cfb1461007e5780630b56dc851461007957806351cff8d91461007457806356d7e8fd1461006f57806371706cbe1461006a576379b2fa4114610065575f80fd5b6103a1565b610384565b610357565b6101f1565b6101b9565b61011e565b346100ab57610091366100af565b5f52600260205260ff60405f205416151560805260206080f35b5f80fd5b60209060031901126100ab5760043590565b9181601f840112156100ab578235916001600160401b0383116100ab57602083818601950101116100ab57565b9181601f840112156100ab578235916001600160401b0383116100ab576020808501948460051b0101116100ab57565b346100ab57366003190161012081126100ab5760a0136100ab5760a4356001600160401b03811681036100ab5760c4356001600160401b0381116100ab5761016a9036906004016100c1565b9160e4356001600160401b0381116100ab5761018a9036906004016100ee565b9061010435946001600160401b0386116100ab576101af6101b79636906004016100ee565b95909461067a565b005b346100ab575f3660031901126100ab575f546040516001600160a01b039091168152602090f35b6001600160a01b038116036100ab57565b60203660031901126100ab57600435610209816101e0565b3415610348576103316103449161024b60015460405192610229846103fb565b8184523360208501526001600160a01b031660408401523460608401526107cd565b60015560408051825160208083019182528401516001600160a01b03908116838501529284015190921660608083019190915283015160808201527f8eac4033bfc5c8e11a4d2dfdd42c1f21b96fb6c5ddc8ff032a0414a55499362091906102c08160a081015b03601f198101835282610436565b5190209283926102f07fd6a5bc246508e8f189608dbda8507c3bd6de66a48b8efdeebfbe1a7b18f7a02385610c41565b6040519182918291909160608060808301948051845260018060a01b03602082015116602085015260018060a01b0360408201511660408501520151910152565b0390a26040519081529081906020820190565b0390f35b636d4bb5e960e01b5f5260045ffd5b346100ab575f3660031901126100ab576020604051720f3df6d732807ef1319fb7b8bb8522d0beac028152f35b346100ab575f3660031901126100ab576020600154604051908152f35b346100ab57602060016103dd6103b6366100af565b7fd6a5bc246508e8f189608dbda8507c3bd6de66a48b8efdeebfbe1a7b18f7a02390610ada565b5414604051908152f35b634e487b7160e01b5f52604160045260245ffd5b608081019081106001600160401b0382111761041657604052565b6103e7565b604081019081106001600160401b0382111761041657604052565b90601f801991011681019081106001600160401b0382111761041657604052565b60405190610466604083610436565b565b91908260a09103126100ab5760405160a081018181106001600160401b038211176104165760405260808082948035845260208101356104a7816101e0565b602085015260408101356104ba816101e0565b6040850152606081013560608501520135910152565b6001600160401b0381116104165760051b60200190565b6001600160401b03811161041657601f01601f191660200190565b92919261050e826104e7565b9161051c6040519384610436565b8294818452818301116100ab578281602093845f960137010152565b929192610544826104d0565b936105526040519586610436565b602085848152019260051b8201918183116100ab5780935b838510610578575050505050565b84356001600160401b0381116100ab57820183601f820112156100ab576020916105a88583858095359101610502565b81520194019361056a565b634e487b7160e01b5f52601160045260245ffd5b60f6198101919082116105d657565b6105b3565b60bf198101919082116105d657565b60b6198101919082116105d657565b607f198101919082116105d657565b919082039182116105d657565b91909160808060a0830194803584526020810135610632816101e0565b6001600160a01b03166020850152604081013561064e816101e0565b6001600160a01b03166040850152606081810135908501520135910152565b35610677816101e0565b90565b9593919061069161068c366004610468565b6107db565b966106ae6106a7895f52600260205260405f2090565b5460ff1690565b6107b9579361071d95936106e66106cf610717956106ec9560019b99610912565b5f549093906001600160a01b03165b923691610538565b91610a1b565b926106de7f405f0deb3d285d4e12dd4c0ea78141b800589a8b89657b11ad5da71c886aa42e88610ada565b91610b1b565b036107a757610744610737825f52600260205260405f2090565b805460ff19166001179055565b604051907f414a30384ccceef76da9696a5907d1cddbcc88b3b29c917f135dbe86ca586e4c339280610777600482610615565b0390a3610466610787604461066d565b6107a16064359161079b6084358094610608565b90610bfd565b33610bfd565b63f0b169f760e01b5f5260045260245ffd5b6307643f8f60e11b5f52600488905260245ffd5b5f1981146105d65760010190565b604051608060208201928051845260018060a01b03602082015116604084015260018060a01b036040820151166060840152606081015182840152015160a082015260a0815261082c60c082610436565b51902090565b60405190610841602083610436565b5f8252565b3d15610870573d90610857826104e7565b916108656040519384610436565b82523d5f602084013e565b606090565b602081519101519060208110610889575090565b5f199060200360031b1b1690565b634e487b7160e01b5f52603260045260245ffd5b8051600310156108bb5760800190565b610897565b8051600210156108bb5760600190565b8051156108bb5760200190565b8051600110156108bb5760400190565b8051601010156108bb576102200190565b80518210156108bb5760209160051b010190565b9190915f80604051602081019061093d816102b287859190916001600160401b036020820193169052565b5190720f3df6d732807ef1319fb7b8bb8522d0beac025afa9061095e610846565b91158015610a0f575b6109f4575061097590610875565b610980368385610502565b602081519101208181036109df5750506109a26109ac926109a7923691610502565b610c83565b610d39565b6003815111156109d0576109c26109c8916108ab565b51610e29565b156109d05790565b631a751fb760e11b5f5260045ffd5b63814cc83f60e01b5f5260045260245260445ffd5b630fe1742d60e41b5f526001600160401b031660045260245ffd5b50602082511415610967565b91610a6a610a7d9293610a786040516020810190610a54816102b28a856014916bffffffffffffffffffffffff199060601b1681520190565b5190206040519384916020830160209181520190565b03601f198101845283610436565b610e70565b919015610abf57506109a7610a9191610c83565b6004815103610ab0576109c2610aa6916108c0565b91909115610ab057565b638bfd7d3f60e01b5f5260045ffd5b633926252960e01b5f526001600160a01b031660045260245ffd5b90604051906020820192835260408201526040815261082c606082610436565b8051600110156108bb5760210190565b9081518110156108bb570160200190565b91610a6a610b44929493610a785f96604051610a54816102b26020820194859190602083019252565b9015610bf757610b56610b5b91610c83565b611175565b80518015908115610bec575b508015610bcf575b610bc0575f925b8151841015610bbb5760019060081b610bb2610bac610ba6610b988887610b0a565b516001600160f81b03191690565b60f81c90565b60ff1690565b17930192610b76565b925050565b630b5ac87560e01b5f5260045ffd5b506001600160f81b0319610be5610b98836108d0565b1615610b6f565b60209150115f610b67565b505f9150565b908015610c3d575f80808093855af1610c14610846565b5015610c1d5750565b6339f1c8d960e01b5f9081526001600160a01b0391909116600452602490fd5b5050565b600191610c4d91610ada565b55565b60405190610c5d8261041b565b5f6020838281520152565b90600182018092116105d657565b919082018092116105d657565b610c8b610c50565b50805115610cdb576020810190610ca38151836111a9565b5081018091116105d657815103610ccc575160405191610cc28361041b565b8252602082015290565b631b4aaf0760e31b5f5260045ffd5b63403adeed60e01b5f5260045ffd5b90610cf4826104d0565b610d016040519182610436565b8281528092610d12601f19916104d0565b01905f5b828110610d2257505050565b602090610d2d610c50565b82828501015201610d16565b90610d4a82516020840151906111a9565b93909315610e1a57610d6791610d609151610c76565b9283610c76565b5f90835b818110610df05750610d7c82610cea565b93905f915b838310610d8e5750505050565b610de881610de2610daa610da460019587610608565b836111a9565b5090610db68282610c76565b610dbe610457565b908582526020820152610dd1898d6108fe565b52610ddc888c6108fe565b50610c76565b90610c76565b920191610d81565b610e0e81610de2610e07610da4610e149587610608565b5090610c76565b926107cd565b91610d6b565b637ad6a98f60e11b5f5260045ffd5b610e3981516020830151906111a9565b929192610e6157602003610e5957519081018091116105d6575190600190565b50505f905f90565b6305bcfd2d60e21b5f5260045ffd5b92919081511561110157610e83906112c0565b925f9081610e8f610c50565b9060015b61108a575b610ea182610d39565b90610eaa610c50565b50815160118103610fb3575087518114610f8b57610ee4610edd610ed7610bac610ba6610b98868e610b0a565b846108fe565b51916107cd565b935b610eef826114de565b610f665750610efd81610e29565b92909215610f145750509060015b92909192610e93565b92509394959650506011915051149081610f54575b50610f3d57637e32ca5960e11b5f5260045ffd5b610f509151610f4a610832565b916114a8565b9091565b610f5e9150611175565b51155f610f29565b925090506020808201511015610f7c575f610f0b565b637e32ca5960e11b5f5260045ffd5b50610f50959650610fa79250610fa191506108ed565b51611175565b915182511515916114d2565b600203610f7c57610fce610fc9610fa1846108d0565b611375565b90610fda838b84611438565b9061101b57815115610f7c57156110065751610ff591610c76565b92610fff826108dd565b5190610ee6565b505050505090610f5092935051610f4a610832565b9192959697989350935015928315611071575b50505061106357610fa1611041916108dd565b9081511561105457610f509251906114c4565b6372bd263360e01b5f5260045ffd5b50610f509151610f4a610832565b61107e9293505190610c76565b905114155f808061102e565b929050835181146110f257816110a082866108fe565b5160208151910120036110cf576110c96110c36110bd83876108fe565b51610c83565b916107cd565b92610e98565b156110e357633d50767560e21b5f5260045ffd5b633628140f60e21b5f5260045ffd5b6335e909e960e01b5f5260045ffd5b5050907f56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b42114611139576335e909e960e01b5f5260045ffd5b5f90610677610832565b9061114d826104e7565b61115a6040519182610436565b828152809261116b601f19916104e7565b0190602036910137565b9061118682516020840151906111a9565b919091610e615761119682611143565b93519081018091116105d657602084015e565b915f9082156111ef5783515f1a6080811061129b5760b8811015611234576111d0906105f9565b926001948585146111fe575b505b6111e88486610c76565b116111ef57565b632bf7d67960e21b5f5260045ffd5b600282106111ef5761121a611214608092610c68565b515f1a90565b10611225575f6111dc565b632dbeb36960e01b5f5260045ffd5b919092938460c084105f1461125e5761125061125693946105ea565b916114f5565b9290936111de565b50905060f88210156112805750611274906105db565b600190916001936111de565b83611250611290939594956105c7565b9190926001916111de565b505f935060019250839150565b600181901b91906001600160ff1b038116036105d657565b9081518060011b90808204600214901517156105d6576112df90611143565b915f5b8151811015610c3d578061131d61130d611304610ba6610b9860019688610b0a565b60041c600f1690565b60f81b6001600160f81b03191690565b611333611329836112a8565b915f1a9187610b0a565b5361135a600f611349610ba6610b988588610b0a565b1660f81b6001600160f81b03191690565b61136e611329611369846112a8565b610c68565b53016112e2565b805115610f7c57611385906112c0565b90611395610ba6610b98846108d0565b60ff811660038111610f7c57600160028192101592161480158061141e575b610f7c57156114155760ff60015b166113d66113d1828651610608565b611143565b915f5b835181101561140e57806113fb610b986113f586600195610c76565b89610b0a565b5f1a6114078287610b0a565b53016113d9565b5093505090565b60ff60026113c2565b5060ff611430610ba6610b9887610afa565b1615156113b4565b9181518181039081116105d6578351116114a1575f5b8351811015611498576001600160f81b031961146a8286610b0a565b51168183018084116105d657610b986114839186610b0a565b036114905760010161144e565b505050505f90565b50505050600190565b5050505f90565b929192036114b5575f9190565b6303c1de3560e21b5f5260045ffd5b929192036114b55760019190565b939293036114b5579190565b6114ef9060208151910151906111a9565b91505090565b9291909281600101806001116105d6578094106111ef57600181018091116105d65780515f1a1561122557519060031b610100031c90603882106112255756",
}

// L2Bridge is an auto generated Go binding around an Ethereum contract.
type L2Bridge struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *L2Bridge) GetABI() abi.ABI {
	return c.abi
}

// NewL2Bridge creates a new instance of L2Bridge.
func NewL2Bridge() *L2Bridge {
	parsed, err := L2BridgeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &L2Bridge{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *L2Bridge) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBEACONROOTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56d7e8fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BEACON_ROOTS() view returns(address)
func (l2Bridge *L2Bridge) PackBEACONROOTS() []byte {
	enc, err := l2Bridge.abi.Pack("BEACON_ROOTS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBEACONROOTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56d7e8fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BEACON_ROOTS() view returns(address)
func (l2Bridge *L2Bridge) TryPackBEACONROOTS() ([]byte, error) {
	return l2Bridge.abi.Pack("BEACON_ROOTS")
}

// UnpackBEACONROOTS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56d7e8fd.
//
// Solidity: function BEACON_ROOTS() view returns(address)
func (l2Bridge *L2Bridge) UnpackBEACONROOTS(data []byte) (common.Address, error) {
	out, err := l2Bridge.abi.Unpack("BEACON_ROOTS", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackClaimDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04e38cfb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimDeposit((uint256,address,address,uint256,uint256) d, uint64 l2Timestamp, bytes l1Header, bytes[] accountProof, bytes[] storageProof) returns()
func (l2Bridge *L2Bridge) PackClaimDeposit(d MessagesDeposit, l2Timestamp uint64, l1Header []byte, accountProof [][]byte, storageProof [][]byte) []byte {
	enc, err := l2Bridge.abi.Pack("claimDeposit", d, l2Timestamp, l1Header, accountProof, storageProof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04e38cfb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimDeposit((uint256,address,address,uint256,uint256) d, uint64 l2Timestamp, bytes l1Header, bytes[] accountProof, bytes[] storageProof) returns()
func (l2Bridge *L2Bridge) TryPackClaimDeposit(d MessagesDeposit, l2Timestamp uint64, l1Header []byte, accountProof [][]byte, storageProof [][]byte) ([]byte, error) {
	return l2Bridge.abi.Pack("claimDeposit", d, l2Timestamp, l1Header, accountProof, storageProof)
}

// PackDepositClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0061fb57.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositClaimed(bytes32 depositHash) view returns(bool)
func (l2Bridge *L2Bridge) PackDepositClaimed(depositHash [32]byte) []byte {
	enc, err := l2Bridge.abi.Pack("depositClaimed", depositHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0061fb57.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositClaimed(bytes32 depositHash) view returns(bool)
func (l2Bridge *L2Bridge) TryPackDepositClaimed(depositHash [32]byte) ([]byte, error) {
	return l2Bridge.abi.Pack("depositClaimed", depositHash)
}

// UnpackDepositClaimed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0061fb57.
//
// Solidity: function depositClaimed(bytes32 depositHash) view returns(bool)
func (l2Bridge *L2Bridge) UnpackDepositClaimed(data []byte) (bool, error) {
	out, err := l2Bridge.abi.Unpack("depositClaimed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackL1Host is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b56dc85.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function l1Host() view returns(address)
func (l2Bridge *L2Bridge) PackL1Host() []byte {
	enc, err := l2Bridge.abi.Pack("l1Host")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackL1Host is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b56dc85.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function l1Host() view returns(address)
func (l2Bridge *L2Bridge) TryPackL1Host() ([]byte, error) {
	return l2Bridge.abi.Pack("l1Host")
}

// UnpackL1Host is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0b56dc85.
//
// Solidity: function l1Host() view returns(address)
func (l2Bridge *L2Bridge) UnpackL1Host(data []byte) (common.Address, error) {
	out, err := l2Bridge.abi.Unpack("l1Host", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address to) payable returns(bytes32 withdrawalHash)
func (l2Bridge *L2Bridge) PackWithdraw(to common.Address) []byte {
	enc, err := l2Bridge.abi.Pack("withdraw", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address to) payable returns(bytes32 withdrawalHash)
func (l2Bridge *L2Bridge) TryPackWithdraw(to common.Address) ([]byte, error) {
	return l2Bridge.abi.Pack("withdraw", to)
}

// UnpackWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51cff8d9.
//
// Solidity: function withdraw(address to) payable returns(bytes32 withdrawalHash)
func (l2Bridge *L2Bridge) UnpackWithdraw(data []byte) ([32]byte, error) {
	out, err := l2Bridge.abi.Unpack("withdraw", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackWithdrawalCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71706cbe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawalCount() view returns(uint256)
func (l2Bridge *L2Bridge) PackWithdrawalCount() []byte {
	enc, err := l2Bridge.abi.Pack("withdrawalCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawalCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71706cbe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawalCount() view returns(uint256)
func (l2Bridge *L2Bridge) TryPackWithdrawalCount() ([]byte, error) {
	return l2Bridge.abi.Pack("withdrawalCount")
}

// UnpackWithdrawalCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x71706cbe.
//
// Solidity: function withdrawalCount() view returns(uint256)
func (l2Bridge *L2Bridge) UnpackWithdrawalCount(data []byte) (*big.Int, error) {
	out, err := l2Bridge.abi.Unpack("withdrawalCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdrawalSent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79b2fa41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawalSent(bytes32 withdrawalHash) view returns(bool)
func (l2Bridge *L2Bridge) PackWithdrawalSent(withdrawalHash [32]byte) []byte {
	enc, err := l2Bridge.abi.Pack("withdrawalSent", withdrawalHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawalSent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79b2fa41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawalSent(bytes32 withdrawalHash) view returns(bool)
func (l2Bridge *L2Bridge) TryPackWithdrawalSent(withdrawalHash [32]byte) ([]byte, error) {
	return l2Bridge.abi.Pack("withdrawalSent", withdrawalHash)
}

// UnpackWithdrawalSent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x79b2fa41.
//
// Solidity: function withdrawalSent(bytes32 withdrawalHash) view returns(bool)
func (l2Bridge *L2Bridge) UnpackWithdrawalSent(data []byte) (bool, error) {
	out, err := l2Bridge.abi.Unpack("withdrawalSent", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// L2BridgeDepositClaimed represents a DepositClaimed event raised by the L2Bridge contract.
type L2BridgeDepositClaimed struct {
	DepositHash [32]byte
	Relayer     common.Address
	Deposit     MessagesDeposit
	Raw         *types.Log // Blockchain specific contextual infos
}

const L2BridgeDepositClaimedEventName = "DepositClaimed"

// ContractEventName returns the user-defined event name.
func (L2BridgeDepositClaimed) ContractEventName() string {
	return L2BridgeDepositClaimedEventName
}

// UnpackDepositClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DepositClaimed(bytes32 indexed depositHash, address indexed relayer, (uint256,address,address,uint256,uint256) deposit)
func (l2Bridge *L2Bridge) UnpackDepositClaimedEvent(log *types.Log) (*L2BridgeDepositClaimed, error) {
	event := "DepositClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != l2Bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(L2BridgeDepositClaimed)
	if len(log.Data) > 0 {
		if err := l2Bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range l2Bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// L2BridgeWithdrawalSent represents a WithdrawalSent event raised by the L2Bridge contract.
type L2BridgeWithdrawalSent struct {
	WithdrawalHash [32]byte
	Withdrawal     MessagesWithdrawal
	Raw            *types.Log // Blockchain specific contextual infos
}

const L2BridgeWithdrawalSentEventName = "WithdrawalSent"

// ContractEventName returns the user-defined event name.
func (L2BridgeWithdrawalSent) ContractEventName() string {
	return L2BridgeWithdrawalSentEventName
}

// UnpackWithdrawalSentEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawalSent(bytes32 indexed withdrawalHash, (uint256,address,address,uint256) withdrawal)
func (l2Bridge *L2Bridge) UnpackWithdrawalSentEvent(log *types.Log) (*L2BridgeWithdrawalSent, error) {
	event := "WithdrawalSent"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != l2Bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(L2BridgeWithdrawalSent)
	if len(log.Data) > 0 {
		if err := l2Bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range l2Bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (l2Bridge *L2Bridge) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], l2Bridge.abi.Errors["AccountNotInState"].ID.Bytes()[:4]) {
		return l2Bridge.UnpackAccountNotInStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2Bridge.abi.Errors["AnchorNotFound"].ID.Bytes()[:4]) {
		return l2Bridge.UnpackAnchorNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2Bridge.abi.Errors["DepositAlreadyClaimed"].ID.Bytes()[:4]) {
		return l2Bridge.UnpackDepositAlreadyClaimedError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2Bridge.abi.Errors["DepositNotProven"].ID.Bytes()[:4]) {
		return l2Bridge.UnpackDepositNotProvenError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2Bridge.abi.Errors["EmptyWithdrawal"].ID.Bytes()[:4]) {
		return l2Bridge.UnpackEmptyWithdrawalError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2Bridge.abi.Errors["HeaderNotAnchored"].ID.Bytes()[:4]) {
		return l2Bridge.UnpackHeaderNotAnchoredError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2Bridge.abi.Errors["MPTEmptyValue"].ID.Bytes()[:4]) {
		return l2Bridge.UnpackMPTEmptyValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2Bridge.abi.Errors["MPTExtraProofNodes"].ID.Bytes()[:4]) {
		return l2Bridge.UnpackMPTExtraProofNodesError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2Bridge.abi.Errors["MPTInvalidNode"].ID.Bytes()[:4]) {
		return l2Bridge.UnpackMPTInvalidNodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2Bridge.abi.Errors["MPTInvalidNodeHash"].ID.Bytes()[:4]) {
		return l2Bridge.UnpackMPTInvalidNodeHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2Bridge.abi.Errors["MPTInvalidRootHash"].ID.Bytes()[:4]) {
		return l2Bridge.UnpackMPTInvalidRootHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2Bridge.abi.Errors["MPTProofTooShort"].ID.Bytes()[:4]) {
		return l2Bridge.UnpackMPTProofTooShortError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2Bridge.abi.Errors["MalformedAccount"].ID.Bytes()[:4]) {
		return l2Bridge.UnpackMalformedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2Bridge.abi.Errors["MalformedHeader"].ID.Bytes()[:4]) {
		return l2Bridge.UnpackMalformedHeaderError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2Bridge.abi.Errors["MalformedStorageValue"].ID.Bytes()[:4]) {
		return l2Bridge.UnpackMalformedStorageValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2Bridge.abi.Errors["RLPEmptyInput"].ID.Bytes()[:4]) {
		return l2Bridge.UnpackRLPEmptyInputError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2Bridge.abi.Errors["RLPNonCanonical"].ID.Bytes()[:4]) {
		return l2Bridge.UnpackRLPNonCanonicalError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2Bridge.abi.Errors["RLPNotAList"].ID.Bytes()[:4]) {
		return l2Bridge.UnpackRLPNotAListError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2Bridge.abi.Errors["RLPNotAString"].ID.Bytes()[:4]) {
		return l2Bridge.UnpackRLPNotAStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2Bridge.abi.Errors["RLPTrailingBytes"].ID.Bytes()[:4]) {
		return l2Bridge.UnpackRLPTrailingBytesError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2Bridge.abi.Errors["RLPTruncated"].ID.Bytes()[:4]) {
		return l2Bridge.UnpackRLPTruncatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2Bridge.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return l2Bridge.UnpackTransferFailedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// L2BridgeAccountNotInState represents a AccountNotInState error raised by the L2Bridge contract.
type L2BridgeAccountNotInState struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccountNotInState(address account)
func L2BridgeAccountNotInStateErrorID() common.Hash {
	return common.HexToHash("0x39262529707a9354ddf1871bf12f4404f26fb19b007f771e28807bde9b9d99dc")
}

// UnpackAccountNotInStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccountNotInState(address account)
func (l2Bridge *L2Bridge) UnpackAccountNotInStateError(raw []byte) (*L2BridgeAccountNotInState, error) {
	out := new(L2BridgeAccountNotInState)
	if err := l2Bridge.abi.UnpackIntoInterface(out, "AccountNotInState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2BridgeAnchorNotFound represents a AnchorNotFound error raised by the L2Bridge contract.
type L2BridgeAnchorNotFound struct {
	L2Timestamp uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AnchorNotFound(uint64 l2Timestamp)
func L2BridgeAnchorNotFoundErrorID() common.Hash {
	return common.HexToHash("0xfe1742d0679c33c4d34e92d1a8795012b2ad314ebf0ee1c67c3ef3185e3156f7")
}

// UnpackAnchorNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AnchorNotFound(uint64 l2Timestamp)
func (l2Bridge *L2Bridge) UnpackAnchorNotFoundError(raw []byte) (*L2BridgeAnchorNotFound, error) {
	out := new(L2BridgeAnchorNotFound)
	if err := l2Bridge.abi.UnpackIntoInterface(out, "AnchorNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2BridgeDepositAlreadyClaimed represents a DepositAlreadyClaimed error raised by the L2Bridge contract.
type L2BridgeDepositAlreadyClaimed struct {
	DepositHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositAlreadyClaimed(bytes32 depositHash)
func L2BridgeDepositAlreadyClaimedErrorID() common.Hash {
	return common.HexToHash("0x0ec87f1e9b090dc940294a17e5a6e3d66f79eb5e66bcc01bfa1449d289efa396")
}

// UnpackDepositAlreadyClaimedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositAlreadyClaimed(bytes32 depositHash)
func (l2Bridge *L2Bridge) UnpackDepositAlreadyClaimedError(raw []byte) (*L2BridgeDepositAlreadyClaimed, error) {
	out := new(L2BridgeDepositAlreadyClaimed)
	if err := l2Bridge.abi.UnpackIntoInterface(out, "DepositAlreadyClaimed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2BridgeDepositNotProven represents a DepositNotProven error raised by the L2Bridge contract.
type L2BridgeDepositNotProven struct {
	DepositHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositNotProven(bytes32 depositHash)
func L2BridgeDepositNotProvenErrorID() common.Hash {
	return common.HexToHash("0xf0b169f793ec5f6a86ec6b9af2ea0c923766b45349afc4e1bb9402bd55660c95")
}

// UnpackDepositNotProvenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositNotProven(bytes32 depositHash)
func (l2Bridge *L2Bridge) UnpackDepositNotProvenError(raw []byte) (*L2BridgeDepositNotProven, error) {
	out := new(L2BridgeDepositNotProven)
	if err := l2Bridge.abi.UnpackIntoInterface(out, "DepositNotProven", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2BridgeEmptyWithdrawal represents a EmptyWithdrawal error raised by the L2Bridge contract.
type L2BridgeEmptyWithdrawal struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyWithdrawal()
func L2BridgeEmptyWithdrawalErrorID() common.Hash {
	return common.HexToHash("0x6d4bb5e987020f6fe088e4b330152796083408e09a1e849e9e1d57577aaba134")
}

// UnpackEmptyWithdrawalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyWithdrawal()
func (l2Bridge *L2Bridge) UnpackEmptyWithdrawalError(raw []byte) (*L2BridgeEmptyWithdrawal, error) {
	out := new(L2BridgeEmptyWithdrawal)
	if err := l2Bridge.abi.UnpackIntoInterface(out, "EmptyWithdrawal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2BridgeHeaderNotAnchored represents a HeaderNotAnchored error raised by the L2Bridge contract.
type L2BridgeHeaderNotAnchored struct {
	HeaderHash [32]byte
	Anchor     [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HeaderNotAnchored(bytes32 headerHash, bytes32 anchor)
func L2BridgeHeaderNotAnchoredErrorID() common.Hash {
	return common.HexToHash("0x814cc83fcd7c48c04b8a6e5bba373cb0b6d60973e8cc46fc32d953ca3609e0fe")
}

// UnpackHeaderNotAnchoredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HeaderNotAnchored(bytes32 headerHash, bytes32 anchor)
func (l2Bridge *L2Bridge) UnpackHeaderNotAnchoredError(raw []byte) (*L2BridgeHeaderNotAnchored, error) {
	out := new(L2BridgeHeaderNotAnchored)
	if err := l2Bridge.abi.UnpackIntoInterface(out, "HeaderNotAnchored", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2BridgeMPTEmptyValue represents a MPTEmptyValue error raised by the L2Bridge contract.
type L2BridgeMPTEmptyValue struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MPTEmptyValue()
func L2BridgeMPTEmptyValueErrorID() common.Hash {
	return common.HexToHash("0x72bd2633956ba5adecd18ca9b7dd6acfc26f8cdaad701a59380ddf4f8e5ce4e3")
}

// UnpackMPTEmptyValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MPTEmptyValue()
func (l2Bridge *L2Bridge) UnpackMPTEmptyValueError(raw []byte) (*L2BridgeMPTEmptyValue, error) {
	out := new(L2BridgeMPTEmptyValue)
	if err := l2Bridge.abi.UnpackIntoInterface(out, "MPTEmptyValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2BridgeMPTExtraProofNodes represents a MPTExtraProofNodes error raised by the L2Bridge contract.
type L2BridgeMPTExtraProofNodes struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MPTExtraProofNodes()
func L2BridgeMPTExtraProofNodesErrorID() common.Hash {
	return common.HexToHash("0x0f0778d4ee4c73c940e714f50a405e5119330125deff9d7eaeaee244d20bd899")
}

// UnpackMPTExtraProofNodesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MPTExtraProofNodes()
func (l2Bridge *L2Bridge) UnpackMPTExtraProofNodesError(raw []byte) (*L2BridgeMPTExtraProofNodes, error) {
	out := new(L2BridgeMPTExtraProofNodes)
	if err := l2Bridge.abi.UnpackIntoInterface(out, "MPTExtraProofNodes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2BridgeMPTInvalidNode represents a MPTInvalidNode error raised by the L2Bridge contract.
type L2BridgeMPTInvalidNode struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MPTInvalidNode()
func L2BridgeMPTInvalidNodeErrorID() common.Hash {
	return common.HexToHash("0xfc6594b2de2b1f42153634570bca84f114d0fc5b5bfb066ac28ae74d297093ad")
}

// UnpackMPTInvalidNodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MPTInvalidNode()
func (l2Bridge *L2Bridge) UnpackMPTInvalidNodeError(raw []byte) (*L2BridgeMPTInvalidNode, error) {
	out := new(L2BridgeMPTInvalidNode)
	if err := l2Bridge.abi.UnpackIntoInterface(out, "MPTInvalidNode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2BridgeMPTInvalidNodeHash represents a MPTInvalidNodeHash error raised by the L2Bridge contract.
type L2BridgeMPTInvalidNodeHash struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MPTInvalidNodeHash()
func L2BridgeMPTInvalidNodeHashErrorID() common.Hash {
	return common.HexToHash("0xf541d9d4d2dfbcf032ce6243226a06db8f1e858a739d98d224f010cfd15c2474")
}

// UnpackMPTInvalidNodeHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MPTInvalidNodeHash()
func (l2Bridge *L2Bridge) UnpackMPTInvalidNodeHashError(raw []byte) (*L2BridgeMPTInvalidNodeHash, error) {
	out := new(L2BridgeMPTInvalidNodeHash)
	if err := l2Bridge.abi.UnpackIntoInterface(out, "MPTInvalidNodeHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2BridgeMPTInvalidRootHash represents a MPTInvalidRootHash error raised by the L2Bridge contract.
type L2BridgeMPTInvalidRootHash struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MPTInvalidRootHash()
func L2BridgeMPTInvalidRootHashErrorID() common.Hash {
	return common.HexToHash("0xd8a0503c59bb99f659ea50a44d414afdc12380565f26831c40617f29b0bb9ede")
}

// UnpackMPTInvalidRootHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MPTInvalidRootHash()
func (l2Bridge *L2Bridge) UnpackMPTInvalidRootHashError(raw []byte) (*L2BridgeMPTInvalidRootHash, error) {
	out := new(L2BridgeMPTInvalidRootHash)
	if err := l2Bridge.abi.UnpackIntoInterface(out, "MPTInvalidRootHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2BridgeMPTProofTooShort represents a MPTProofTooShort error raised by the L2Bridge contract.
type L2BridgeMPTProofTooShort struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MPTProofTooShort()
func L2BridgeMPTProofTooShortErrorID() common.Hash {
	return common.HexToHash("0x35e909e90ed5e3f9b9c275834c61c2d0f8a074f104c4f6605b44a8e228d32628")
}

// UnpackMPTProofTooShortError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MPTProofTooShort()
func (l2Bridge *L2Bridge) UnpackMPTProofTooShortError(raw []byte) (*L2BridgeMPTProofTooShort, error) {
	out := new(L2BridgeMPTProofTooShort)
	if err := l2Bridge.abi.UnpackIntoInterface(out, "MPTProofTooShort", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2BridgeMalformedAccount represents a MalformedAccount error raised by the L2Bridge contract.
type L2BridgeMalformedAccount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedAccount()
func L2BridgeMalformedAccountErrorID() common.Hash {
	return common.HexToHash("0x8bfd7d3faa3c4da56686ea83ad17c9abe20b6459cfb3c37debf10dd25bef38b7")
}

// UnpackMalformedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedAccount()
func (l2Bridge *L2Bridge) UnpackMalformedAccountError(raw []byte) (*L2BridgeMalformedAccount, error) {
	out := new(L2BridgeMalformedAccount)
	if err := l2Bridge.abi.UnpackIntoInterface(out, "MalformedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2BridgeMalformedHeader represents a MalformedHeader error raised by the L2Bridge contract.
type L2BridgeMalformedHeader struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedHeader()
func L2BridgeMalformedHeaderErrorID() common.Hash {
	return common.HexToHash("0x34ea3f6ee72990850ba14992e1ca7072114ad0ff043c3976a3ed651411aa9d8c")
}

// UnpackMalformedHeaderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedHeader()
func (l2Bridge *L2Bridge) UnpackMalformedHeaderError(raw []byte) (*L2BridgeMalformedHeader, error) {
	out := new(L2BridgeMalformedHeader)
	if err := l2Bridge.abi.UnpackIntoInterface(out, "MalformedHeader", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2BridgeMalformedStorageValue represents a MalformedStorageValue error raised by the L2Bridge contract.
type L2BridgeMalformedStorageValue struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedStorageValue()
func L2BridgeMalformedStorageValueErrorID() common.Hash {
	return common.HexToHash("0x0b5ac8756dc2cc5ac05214161a6aab0c81893342c073cdb55848e3ec6f3667f6")
}

// UnpackMalformedStorageValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedStorageValue()
func (l2Bridge *L2Bridge) UnpackMalformedStorageValueError(raw []byte) (*L2BridgeMalformedStorageValue, error) {
	out := new(L2BridgeMalformedStorageValue)
	if err := l2Bridge.abi.UnpackIntoInterface(out, "MalformedStorageValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2BridgeRLPEmptyInput represents a RLPEmptyInput error raised by the L2Bridge contract.
type L2BridgeRLPEmptyInput struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RLPEmptyInput()
func L2BridgeRLPEmptyInputErrorID() common.Hash {
	return common.HexToHash("0x403adeedff5272a06ca58baf9847b4025842dc9652052a9ea01d280f02a02d89")
}

// UnpackRLPEmptyInputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RLPEmptyInput()
func (l2Bridge *L2Bridge) UnpackRLPEmptyInputError(raw []byte) (*L2BridgeRLPEmptyInput, error) {
	out := new(L2BridgeRLPEmptyInput)
	if err := l2Bridge.abi.UnpackIntoInterface(out, "RLPEmptyInput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2BridgeRLPNonCanonical represents a RLPNonCanonical error raised by the L2Bridge contract.
type L2BridgeRLPNonCanonical struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RLPNonCanonical()
func L2BridgeRLPNonCanonicalErrorID() common.Hash {
	return common.HexToHash("0x2dbeb369d80f5282a5910d73316ae334814afc3048d8521574ef86ea0e731361")
}

// UnpackRLPNonCanonicalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RLPNonCanonical()
func (l2Bridge *L2Bridge) UnpackRLPNonCanonicalError(raw []byte) (*L2BridgeRLPNonCanonical, error) {
	out := new(L2BridgeRLPNonCanonical)
	if err := l2Bridge.abi.UnpackIntoInterface(out, "RLPNonCanonical", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2BridgeRLPNotAList represents a RLPNotAList error raised by the L2Bridge contract.
type L2BridgeRLPNotAList struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RLPNotAList()
func L2BridgeRLPNotAListErrorID() common.Hash {
	return common.HexToHash("0xf5ad531ed855c5726eb97d1d5a1cdc187ef406bc505532ced02a7fb22a351d89")
}

// UnpackRLPNotAListError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RLPNotAList()
func (l2Bridge *L2Bridge) UnpackRLPNotAListError(raw []byte) (*L2BridgeRLPNotAList, error) {
	out := new(L2BridgeRLPNotAList)
	if err := l2Bridge.abi.UnpackIntoInterface(out, "RLPNotAList", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2BridgeRLPNotAString represents a RLPNotAString error raised by the L2Bridge contract.
type L2BridgeRLPNotAString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RLPNotAString()
func L2BridgeRLPNotAStringErrorID() common.Hash {
	return common.HexToHash("0x16f3f4b481a347f94e3d4fd6b7101f4eb825080cc42a4875b370122cfb40dc60")
}

// UnpackRLPNotAStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RLPNotAString()
func (l2Bridge *L2Bridge) UnpackRLPNotAStringError(raw []byte) (*L2BridgeRLPNotAString, error) {
	out := new(L2BridgeRLPNotAString)
	if err := l2Bridge.abi.UnpackIntoInterface(out, "RLPNotAString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2BridgeRLPTrailingBytes represents a RLPTrailingBytes error raised by the L2Bridge contract.
type L2BridgeRLPTrailingBytes struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RLPTrailingBytes()
func L2BridgeRLPTrailingBytesErrorID() common.Hash {
	return common.HexToHash("0xda5578386710e439630958ee593af09dd185da9dac1ea9d0409dca2764956294")
}

// UnpackRLPTrailingBytesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RLPTrailingBytes()
func (l2Bridge *L2Bridge) UnpackRLPTrailingBytesError(raw []byte) (*L2BridgeRLPTrailingBytes, error) {
	out := new(L2BridgeRLPTrailingBytes)
	if err := l2Bridge.abi.UnpackIntoInterface(out, "RLPTrailingBytes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2BridgeRLPTruncated represents a RLPTruncated error raised by the L2Bridge contract.
type L2BridgeRLPTruncated struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RLPTruncated()
func L2BridgeRLPTruncatedErrorID() common.Hash {
	return common.HexToHash("0xafdf59e476f56a8fca2bc955fc1268932bb048784c6fc767801d3ac7a23eeb00")
}

// UnpackRLPTruncatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RLPTruncated()
func (l2Bridge *L2Bridge) UnpackRLPTruncatedError(raw []byte) (*L2BridgeRLPTruncated, error) {
	out := new(L2BridgeRLPTruncated)
	if err := l2Bridge.abi.UnpackIntoInterface(out, "RLPTruncated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2BridgeTransferFailed represents a TransferFailed error raised by the L2Bridge contract.
type L2BridgeTransferFailed struct {
	To common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to)
func L2BridgeTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x39f1c8d9a08940175dbc82f15840b953aa855264e371e68f3e5d5cb38c445fa0")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to)
func (l2Bridge *L2Bridge) UnpackTransferFailedError(raw []byte) (*L2BridgeTransferFailed, error) {
	out := new(L2BridgeTransferFailed)
	if err := l2Bridge.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupMetaData contains all meta data concerning the MyRollup contract.
var MyRollupMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"genesisHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"genesisStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"genesisTime\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AccountNotInState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"anchorBlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"previousAnchor\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"l1BlockNumber\",\"type\":\"uint256\"}],\"name\":\"AnchorOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"payloadBytes\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"settleGas\",\"type\":\"uint256\"}],\"name\":\"BlockTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExecuteFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExecuteUnavailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"ForcedInclusionFeeTooLow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ForcedQueueEmpty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"queued\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"given\",\"type\":\"bytes32\"}],\"name\":\"ForcedTransactionMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"txHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"dueAt\",\"type\":\"uint256\"}],\"name\":\"ForcedTransactionNotIncluded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ForcedTransactionTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"txHash\",\"type\":\"bytes32\"}],\"name\":\"ForcedTransactionValid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minGasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxGasLimit\",\"type\":\"uint64\"}],\"name\":\"GasLimitOutsidePolicy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"minGasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxGasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"floor\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"ceiling\",\"type\":\"uint64\"}],\"name\":\"GasLimitsOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"genesisTimestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"l1Timestamp\",\"type\":\"uint256\"}],\"name\":\"GenesisTimestampInFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"genesisHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"genesisStateRoot\",\"type\":\"bytes32\"}],\"name\":\"GenesisUnset\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"}],\"name\":\"HeadHeaderMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"historySize\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"min\",\"type\":\"uint64\"}],\"name\":\"HistorySizeTooSmall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"InitcodeTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"intrinsicGas\",\"type\":\"uint256\"}],\"name\":\"IntrinsicGasTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"l1ChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"}],\"name\":\"InvalidChainId\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"computedBlockHash\",\"type\":\"bytes32\"}],\"name\":\"InvalidClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"relayerFee\",\"type\":\"uint256\"}],\"name\":\"InvalidDeposit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidTransactionSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTEmptyValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTExtraProofNodes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidNode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidNodeHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidRootHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTProofTooShort\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedStorageValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"MalformedTransaction\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPEmptyInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxBytes\",\"type\":\"uint256\"}],\"name\":\"RLPIntegerTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNonCanonical\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNotAList\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNotAString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPTrailingBytes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPTruncated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"codeHash\",\"type\":\"bytes32\"}],\"name\":\"SenderCodeMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"openAt\",\"type\":\"uint256\"}],\"name\":\"SequencerExclusive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SequencerUnset\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"sequencerWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"min\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"}],\"name\":\"SequencerWindowOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"}],\"name\":\"StateRootUnavailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"parentTimestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"}],\"name\":\"TimestampOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxPriorityFeePerGas\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxFeePerGas\",\"type\":\"uint256\"}],\"name\":\"TipAboveFeeCap\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransactionCostOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxGas\",\"type\":\"uint256\"}],\"name\":\"TransactionGasTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"txType\",\"type\":\"uint8\"}],\"name\":\"UnsupportedTransactionType\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"WithdrawalAlreadyFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"WithdrawalNotProven\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"txChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"}],\"name\":\"WrongTransactionChainId\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"anchor\",\"type\":\"bytes32\"}],\"name\":\"BlockAdvanced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"depositHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"relayerFee\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structMessages.Deposit\",\"name\":\"deposit\",\"type\":\"tuple\"}],\"name\":\"DepositSent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"txHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"}],\"name\":\"ForcedTransactionIncluded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"txHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"dueAt\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"transaction\",\"type\":\"bytes\"}],\"name\":\"ForcedTransactionQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"txHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"enumForcedInclusion.SkipReason\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"ForcedTransactionSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structMessages.Withdrawal\",\"name\":\"withdrawal\",\"type\":\"tuple\"}],\"name\":\"WithdrawalFinalized\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"FORCED_INCLUSION_FEE_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GAS_LIMIT_FLOOR\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"L2_BRIDGE\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CHAIN_ID\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FORCED_TX_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_GAS_LIMIT\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SEQUENCER_WINDOW\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SETTLE_PAYLOAD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TX_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_HISTORY_SIZE\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_SEQUENCER_WINDOW\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_SETTLE_PAYLOAD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SETTLE_HOST_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"prevRandao\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"}],\"internalType\":\"structExecute.BlockEnv\",\"name\":\"env\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"anchorL1Block\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"postStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"}],\"internalType\":\"structExecute.Claims\",\"name\":\"claims\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"transactions\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"}],\"name\":\"advance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"anchorBlockNumber\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockNumber\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockTimestamp\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"chainId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"relayerFee\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"depositHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"depositHash\",\"type\":\"bytes32\"}],\"name\":\"depositSent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"internalType\":\"structMessages.Withdrawal\",\"name\":\"withdrawal\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes[]\",\"name\":\"accountProof\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes[]\",\"name\":\"storageProof\",\"type\":\"bytes[]\"}],\"name\":\"finalizeWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedHead\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedInclusionDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedTail\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"forcedTransaction\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"txHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"dueAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"internalType\":\"structForcedInclusion.QueuedTransaction\",\"name\":\"q\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"historySize\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastSequencerAdvanceTime\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxGasLimit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minGasLimit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"signedTx\",\"type\":\"bytes\"}],\"name\":\"queueForcedTransaction\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencerWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"payloadBytes\",\"type\":\"uint256\"}],\"name\":\"settleGasBound\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"payloadBytes\",\"type\":\"uint256\"}],\"name\":\"settleable\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"signedTx\",\"type\":\"bytes\"},{\"internalType\":\"bytes[]\",\"name\":\"accountProof\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes\",\"name\":\"senderCode\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"headHeader\",\"type\":\"bytes\"}],\"name\":\"skipForcedTransaction\",\"outputs\":[{\"internalType\":\"enumForcedInclusion.SkipReason\",\"name\":\"reason\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stateRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"}],\"name\":\"stateRootAt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"withdrawalFinalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "MyRollup",
	Bin: "0x610140604052346103d257604051601f6142b938819003918201601f19168301916001600160401b03831184841017610385578084926080946040528339810103126103d2578051602082015160408301516001600160401b03811693908490036103d257606001516001600160a01b03811691908290036103d2576040519261012084016001600160401b0381118582101761038557604052610385845280602085015281604085015260608401948552620f4240608085015262b71b0060a085015260c08401928352611fff61010060e0860195603c8752015260256001603f1b0346610385146103b65750801580156103ae575b61039957610385608052611fff60a052620f424060c05262b71b0060e0526003556004819055600580546001600160801b03191643604090811b6fffffffffffffffff000000000000000016919091179091558051919082016001600160401b03811183821017610385576040525f82526020820190815260a0516001600160401b031615610371575f8052600260205290517fac33ff75c19e70fe83507db0d683fd3465c996598dc972688b7ace676c89077b80546001600160401b0319166001600160401b0392909216919091179055517fac33ff75c19e70fe83507db0d683fd3465c996598dc972688b7ace676c89077c5580516001600160a01b0316156103625781516001600160401b0316603c81108015610356575b610338575082516001600160401b03164281116103225750516001600160a01b031661010052516001600160401b03908116610120529051600780546001600160801b031916919092161742604090811b6fffffffffffffffff0000000000000000169190911790915551613ee290816103d782396080518181816108be01528181610a9e015261165c015260a0518181816103f101528181610ff101526123ae015260c0518181816107240152818161089b015281816117b50152611d7f015260e0518181816107f5015281816117db0152611db80152610100518181816107a7015281816116ea0152611c7f0152610120518181816103ae015281816109c001528181611cc8015261298c0152f35b631bb7cb7760e31b5f526004524260245260445ffd5b637cd66d6d60e11b5f52600452603c6024526201518060445260645ffd5b50620151808111610211565b6338c8f32f60e21b5f5260045ffd5b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b632a861b7f60e21b5f5260045260245260445ffd5b5081156100f6565b6324b98ecf60e21b5f526103856004524660245260445260645ffd5b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c8063045c8f601461028f578063073fa05c1461028a578063085def6414610285578063159a99ea14610280578063170806aa1461027b57806329eb39ff146102765780632dfdf0b5146102715780632f2f7641146101f95780633b1306fd1461026c5780633cad82ff14610267578063433b953f1461026257806346241e8e1461025d578063479d96bd1461025857806347e7ef24146102535780634fd1d7121461024e57806352e863bd1461024957806357e871e7146102445780635aeb4d771461023f5780635bc105c01461023a5780635c1bba38146102355780635e45da231461023057806367b001121461022b57806376426a1f14610226578063791b47fe146102215780639588eca21461021c5780639a8a0592146102175780639f3f1813146102125780639fdc8f201461020d578063a04db18e14610208578063a0e66d9214610203578063adb61832146101fe578063af73a5f7146101f9578063b1871c11146101f4578063cb131d66146101ef578063cd77f57a146101ea578063d0a16785146101e5578063db35e93e146101e0578063e3f5aa51146101db578063eff93e1d146101d65763f22a195e146101d1575f80fd5b610f56565b610f3b565b610f1e565b610eef565b610e42565b610c5b565b610c02565b610b73565b61038f565b610b4d565b610b30565b610afb565b610adf565b610ac2565b610a7f565b610a62565b610a44565b610836565b610819565b6107d6565b610792565b610770565b610705565b6106df565b6106bf565b610629565b6104e3565b6104a7565b610478565b61043e565b610415565b6103d2565b610373565b610356565b610339565b610317565b6102cc565b6102b0565b346102ac575f3660031901126102ac576020604051620100008152f35b5f80fd5b346102ac575f3660031901126102ac5760206040516101008152f35b346102ac5760203660031901126102ac576020600161030d7f405f0deb3d285d4e12dd4c0ea78141b800589a8b89657b11ad5da71c886aa42e600435612ac0565b5414604051908152f35b346102ac575f3660031901126102ac576020604051600161272960911b018152f35b346102ac575f3660031901126102ac576020604051620493e08152f35b346102ac575f3660031901126102ac576020604051620151808152f35b346102ac575f3660031901126102ac5760205f54604051908152f35b346102ac575f3660031901126102ac5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102ac575f3660031901126102ac5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102ac575f3660031901126102ac5760206001600160401b0360055460401c16604051908152f35b346102ac575f3660031901126102ac5760206001600160401b0360055460801c16604051908152f35b6001600160401b038116036102ac57565b346102ac5760203660031901126102ac57602061049f60043561049a81610467565b610fe4565b604051908152f35b346102ac5760403660031901126102ac57602061049f6004356104c981610467565b602435906111e0565b6001600160a01b038116036102ac57565b60403660031901126102ac576004356104fb816104d2565b60243590341580156105e2575b6105cb576105b49061054f6105c7935f549061053f610525611361565b838152336020820152946001600160a01b03166040860152565b3460608501526080840152611390565b5f557fb5423a27b2bae2a2e762ca99cacdf8fc967ded07e738e8a518084a0f24a1eb9561057b82611c45565b9283926105a87f405f0deb3d285d4e12dd4c0ea78141b800589a8b89657b11ad5da71c886aa42e85611c6e565b6040519182918261139e565b0390a26040519081529081906020820190565b0390f35b50633bfb3e2360e11b5f523460045260245260445ffd5b50348211610508565b60609060431901126102ac57604490565b9181601f840112156102ac578235916001600160401b0383116102ac57602083818601950101116102ac57565b346102ac5760e03660031901126102ac576004356001600160401b0381116102ac5760a060031982360301126102ac5760243561066581610467565b61066e366105eb565b9160a4356001600160401b0381116102ac5761068e9036906004016105fc565b9060c435946001600160401b0386116102ac576106b26106bd9636906004016105fc565b959094600401611564565b005b346102ac575f3660031901126102ac57602060055460c01c604051908152f35b346102ac575f3660031901126102ac5760206001600160401b0360055416604051908152f35b346102ac575f3660031901126102ac5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b346102ac575f3660031901126102ac576020604051677fffffffffffffdb8152f35b346102ac575f3660031901126102ac576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346102ac575f3660031901126102ac5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102ac575f3660031901126102ac576020604051620927c08152f35b60203660031901126102ac576004356001600160401b0381116102ac576108619036906004016105fc565b906180008211610a2a5761087448611108565b803410610a13576105c76109b084846108e361089136848461145a565b6001600160401b037f000000000000000000000000000000000000000000000000000000000000000016907f0000000000000000000000000000000000000000000000000000000000000000906125ba565b7f549388484980ea7bf66565eaeaffa3352198650e03e6c4437515b672ad885acc61090f36858561145a565b60208151910120926001600160401b0361092b60055460c01c90565b61095c61093782611853565b600580546001600160c01b031660c09290921b6001600160c01b031916919091179055565b169586936109a361096b611372565b878152426001600160401b03166020820152346001600160c01b0316604082015261099e875f52600660205260405f2090565b611870565b516001600160a01b031690565b610a006109e66001600160401b037f000000000000000000000000000000000000000000000000000000000000000016426110fb565b6040516001600160a01b03909316979293849391846118cb565b0390a46040519081529081906020820190565b63f661aa8b60e01b5f523460045260245260445b5ffd5b63036ffd3760e41b5f52600482905261800060245260445ffd5b346102ac575f3660031901126102ac57602060405163010000008152f35b346102ac575f3660031901126102ac576020600454604051908152f35b346102ac575f3660031901126102ac5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102ac575f3660031901126102ac5760206040516201f8008152f35b346102ac575f3660031901126102ac5760206040516180008152f35b346102ac5760403660031901126102ac576020610b26600435610b1d81610467565b602435906118f8565b6040519015158152f35b346102ac575f3660031901126102ac576020604051620f42408152f35b346102ac575f3660031901126102ac5760206001600160401b0360075416604051908152f35b346102ac5760203660031901126102ac576105c7600435610b92611921565b905f52600660205260405f2080549081610bcd575b505060408051825181526020808401519082015291810151908201529081906060820190565b9091506001610bdb82612974565b91015460401c9060405192610bef846112ea565b8352602083015260408201525f80610ba7565b346102ac575f3660031901126102ac5760206001600160401b0360075460401c16604051908152f35b9181601f840112156102ac578235916001600160401b0383116102ac576020808501948460051b0101116102ac57565b346102ac57366003190160e081126102ac576080136102ac57608435610c8081610467565b60a4356001600160401b0381116102ac57610c9f903690600401610c2b565b60c4356001600160401b0381116102ac57610cbe903690600401610c2b565b919092610cd4610ccf36600461193f565b6129b8565b94610cf1610cea875f52600160205260405f2090565b5460ff1690565b610e0757610d1e60019593610d18610d4f9694610d10610d4995610fe4565b9236916119b4565b906129ff565b92610d107fd6a5bc246508e8f189608dbda8507c3bd6de66a48b8efdeebfbe1a7b18f7a02388612ac0565b91612ae0565b03610df557610d76610d69825f52600160205260405f2090565b805460ff19166001179055565b7f6a5302ceb0e2163337c6a68b08115fac6f8ebf5158c48eeffb98d0e48ba0f2ca60405180610da6600482611a1f565b0390a25f808080610db76044611a6d565b606435905af1610dc5611a8b565b5015610dcd57005b610a27610dda6044611a6d565b6339f1c8d960e01b5f526001600160a01b0316600452602490565b63125ead2960e11b5f5260045260245ffd5b639b26663960e01b5f52600486905260245ffd5b919060208301926004821015610e2e5752565b634e487b7160e01b5f52602160045260245ffd5b346102ac5760803660031901126102ac576004356001600160401b0381116102ac57610e729036906004016105fc565b6024356001600160401b0381116102ac57610e91903690600401610c2b565b9190926044356001600160401b0381116102ac57610eb39036906004016105fc565b90606435946001600160401b0386116102ac576105c796610edb610ee39736906004016105fc565b969095611aba565b60405191829182610e1b565b346102ac5760203660031901126102ac576004355f526001602052602060ff60405f2054166040519015158152f35b346102ac575f3660031901126102ac57602060405162cdfe608152f35b346102ac575f3660031901126102ac576020604051603c8152f35b346102ac575f3660031901126102ac576020600354604051908152f35b60f619810191908211610f8257565b61075c565b60bf19810191908211610f8257565b60b619810191908211610f8257565b607f19810191908211610f8257565b91908203918211610f8257565b906001600160401b0316908115610fdf576001600160401b03160690565b610748565b6001600160401b036110167f000000000000000000000000000000000000000000000000000000000000000083610fc1565b165f52600260205260405f20906001600160401b0380835416911680911480159061105a575b61104857506001015490565b639ae2a7c360e01b5f5260045260245ffd5b5060018201541561103c565b9060408201809211610f8257565b906104008201809211610f8257565b61520801908161520811610f8257565b9060018201809211610f8257565b90620493e08201809211610f8257565b90601f8201809211610f8257565b617d00019081617d0011610f8257565b61096001908161096011610f8257565b6002019081600211610f8257565b601b019081601b11610f8257565b91908201809211610f8257565b9081620927c00291620927c0830403610f8257565b600481901b91906001600160fc1b03811603610f8257565b9081600302916003830403610f8257565b9081602802916028830403610f8257565b600281901b91906001600160fe1b03811603610f8257565b9081600a0291600a830403610f8257565b600181901b91906001600160ff1b03811603610f8257565b908161076c029161076c830403610f8257565b600381901b91906001600160fd1b03811603610f8257565b81810292918115918404141715610f8257565b8115610fdf570490565b630100000082116112cf576102c0820190818311610f82576112018261111d565b61c35001918261c35011610f82576112b36112ae8561128d6112a86112a161129861129361126561128d6112856112b99b6112806112be9f61127b9f61127061126b61125d61127b946001600160401b036112769516906110fb565b988996611135565b60051c90565b611066565b9c611074565b61111d565b611083565b6110fb565b91603f900490565b906110fb565b611093565b61128d85611135565b92806111c3565b60091c90565b6110a1565b93611074565b611146565b808211156112ca575090565b905090565b50505f1990565b634e487b7160e01b5f52604160045260245ffd5b606081019081106001600160401b0382111761130557604052565b6112d6565b60a081019081106001600160401b0382111761130557604052565b604081019081106001600160401b0382111761130557604052565b90601f801991011681019081106001600160401b0382111761130557604052565b6040519061137060a083611340565b565b60405190611370606083611340565b60405190611370604083611340565b5f198114610f825760010190565b91909160808060a08301948051845260018060a01b03602082015116602085015260018060a01b036040820151166040850152606081015160608501520151910152565b356113ec81610467565b90565b903590601e19813603018212156102ac57018035906001600160401b0382116102ac576020019181360383136102ac57565b6001600160401b036001911601906001600160401b038211610f8257565b6001600160401b03811161130557601f01601f191660200190565b9291926114668261143f565b916114746040519384611340565b8294818452818301116102ac578281602093845f960137010152565b9080601f830112156102ac578160206113ec9335910161145a565b919060a0838203126102ac57604051906114c48261130a565b819380356114d181610467565b835260208101356114e181610467565b602084015260408101356114f4816104d2565b6040840152606081013560608401526080810135916001600160401b0383116102ac576080926115249201611490565b910152565b91908260609103126102ac57604051611541816112ea565b6040808294803584526020810135602085015201359161156083610467565b0152565b96959294919091611573611c7d565b61157c886113e2565b6007546001600160401b0390811691168110801590611838575b6118035750602088016115b76115b36115ae836113e2565b611d6c565b1590565b61178f57906115f36115cb611680936113e2565b6115ed6115d8888a6110fb565b6115e560808e018e6113ef565b9190506110fb565b90611ddd565b6115fc84611e1d565b946116176116126005546001600160401b031690565b611421565b968661162489838c611ec0565b998c6116596003549661165161163e6004549436906114ab565b94611649368d611529565b97369161145a565b96369161145a565b957f0000000000000000000000000000000000000000000000000000000000000000612260565b97901561177b577f970c63cb136d31cf1b7679a2663161da36fefa5b3ee4cf8eb6d15f2108f27951936001600160401b0393611722611370999a97946116e76116cb611741966113e2565b6001600160401b03166001600160401b03196007541617600755565b337f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031614611749575b359182898761234e565b6040519485941696846040919493926060820195825260208201520152565b0390a2612415565b600780546fffffffffffffffff0000000000000000191642891660401b67ffffffffffffffff60401b16179055611718565b63a3a88d9d60e01b5f52600488905260245ffd5b61179b610a27916113e2565b63c8eb5e5f60e01b5f526001600160401b039081166004527f000000000000000000000000000000000000000000000000000000000000000081166024527f000000000000000000000000000000000000000000000000000000000000000016604452606490565b610a27906118108a6113e2565b633bdf90a760e01b5f526001600160401b039081166004529081166024524216604452606490565b50611842896113e2565b6001600160401b0342911611611596565b6001600160401b03166001600160401b038114610f825760010190565b60016040918351815501916118a86001600160401b0360208301511684906001600160401b03166001600160401b0319825416179055565b015181546001600160401b031660409190911b67ffffffffffffffff1916179055565b91926060938192845260406020850152816040850152848401375f828201840152601f01601f1916010190565b906201f800811115918261190b57505090565b630100000092509061191c916111e0565b111590565b6040519061192e826112ea565b5f6040838281528260208201520152565b91908260809103126102ac57604051608081018181106001600160401b0382111761130557604052606080829480358452602081013561197e816104d2565b60208501526040810135611991816104d2565b60408501520135910152565b6001600160401b0381116113055760051b60200190565b9291906119c08161199d565b936119ce6040519586611340565b602085838152019160051b8101918383116102ac5781905b8382106119f4575050505050565b81356001600160401b0381116102ac57602091611a148784938701611490565b8152019101906119e6565b9190916060806080830194803584526020810135611a3c816104d2565b6001600160a01b031660208501526040810135611a58816104d2565b6001600160a01b031660408501520135910152565b356113ec816104d2565b60405190611a86602083611340565b5f8252565b3d15611ab5573d90611a9c8261143f565b91611aaa6040519384611340565b82523d5f602084013e565b606090565b96919294909397959760055495611af4611ae8611ae1896001600160401b039060801c1690565b9860c01c90565b6001600160401b031690565b946001600160401b038816958614611c3657611b21886001600160401b03165f52600660205260405f2090565b99611b2d36898361145a565b60208151910120978b54808a03611c125750956113709a9b9c611bae96611b8496611b7896600196611b6a610891611b6f98611bdb9e369161145a565b612bae565b9a015460401c90565b6001600160c01b031690565b94611612611ba3826001600160401b03165f52600660205260405f2090565b60015f918281550155565b6005805467ffffffffffffffff60801b191660809290921b67ffffffffffffffff60801b16919091179055565b7fef3c121bad33a076773ac31037ae42e46c2f8e49fd0b4b222db1133ac67e2cb360405180611c0a8982610e1b565b0390a3612415565b6302edb46560e31b5f526001600160401b038b16600452602452604489905260645ffd5b63556eb3fb60e01b5f5260045ffd5b604051611c6881611c5a60208201948561139e565b03601f198101835282611340565b51902090565b600191611c7a91612ac0565b55565b7f0000000000000000000000000000000000000000000000000000000000000000336001600160a01b03821614611d69576001600160401b0360075460401c16906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168201809211610f825781421080611d20575b611d02575050565b6380beb8f360e01b5f526001600160a01b031660045260245260445ffd5b506005546001600160401b038160801c169060c01c811080611d4a575b159050611cfa565b611cfa565b505f526006602052611d45611d6160405f20612974565b421015611d3d565b50565b6001600160401b03166001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168110159081611dac575090565b90506001600160401b037f000000000000000000000000000000000000000000000000000000000000000016101590565b611de782826118f8565b15611df0575050565b80611e03836001600160401b03936111e0565b9263772fb22360e11b5f526004521660245260445260645ffd5b906001600160401b0360055460401c16916001600160401b0381168381108015611e9e575b611e785740928315611e52575050565b631e96ee1d60e31b5f526001600160401b0391821660045216602452504360445260645ffd5b631e96ee1d60e31b5f526001600160401b0380831660045284166024524360445260645ffd5b5043811015611e42565b909392938483116102ac5784116102ac578101920390565b909291925f93600554611edd816001600160401b039060801c1690565b91611eec611ae8849360c01c90565b906001600160401b03841682811461213157611f088688612d46565b9991991561212257611f1a908a6110fb565b985b6001600160401b0387169a858c1080612119575b1561210857611f40828a8c612d81565b99919290996120f557611f77611f708d8c8e611f6a611f5f898b6110fb565b926112808a8c6110fb565b92611ea8565b369161145a565b6020815191012090611f9a836001600160401b03165f52600660205260405f2090565b8054830361203e576001015460401c6001600160c01b0316611fbb916110fb565b6040516001600160401b0389168152909e907f6f486b1fa0907bcb4042e65de622ef9656eb69dab611c72c4baec0b890b5ad5390602090a361200e816001600160401b03165f52600660205260405f2090565b61201d9060015f918281550155565b61202690611853565b97612030916110fb565b612039916110fb565b611f1c565b509d50509950505097509350505091505b6001600160401b0383161461208c57506005805467ffffffffffffffff60801b191660809290921b67ffffffffffffffff60801b16919091179055565b809293506120ac91506001600160401b03165f52600660205260405f2090565b6120b581612974565b4210156120c25750505f90565b610a2792506120d2815491612974565b636a5b6c9d60e11b5f526001600160401b03909216600452602452604452606490565b9c5099505050975093505050915061204f565b9a505097509395505050915061204f565b508a8210611f30565b637ad6a98f60e11b5f5260045ffd5b505f9750505050505050565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b9c9899949560c06113ec9f9d98938f906122319e996121c46121fd996122239e996121d4946121aa6121e49a61219a89600160ff169052565b6001600160401b03166020890152565b604087015260608601526001600160401b03166080850152565b6001600160401b031660a0830152565b6001600160a01b03909216910152565b60e08c01526101e06101008c01526101e08b019061213d565b956101208a01526101408901526101608801526101808701906001600160401b03169052565b8482036101a086015261213d565b916101c081840391015261213d565b91908260409103126102ac57815180151581036102ac5760209092015190565b9490959296939196805161227a906001600160401b031690565b926020820151612290906001600160401b031690565b60408301519092906001600160a01b0316906060810151906080015191855194602087015196604001516122ca906001600160401b031690565b976040519d8e9d60208f019d6122df9e612161565b03601f19810182526122f19082611340565b8051906020015a915f92916101018493fa61230a611a8b565b901561233f576040815103612330578060208061232c93518301019101612240565b9091565b631b57874760e31b5f5260045ffd5b63d6bed87360e01b5f5260045ffd5b6001600160401b03926123d3926003558060045583821694858519600554161760055567ffffffffffffffff60401b6005549160401b169067ffffffffffffffff60401b191617600555604051946123a586611325565b855260208501527f000000000000000000000000000000000000000000000000000000000000000090610fc1565b165f5260026020526001602060405f209261240e6001600160401b0382511685906001600160401b03166001600160401b0319825416179055565b0151910155565b8015611d69575f80808093335af161242b611a8b565b501561243357565b6339f1c8d960e01b5f523360045260245ffd5b604051906124538261130a565b5f6080838281528260208201528260408201528260608201520152565b634e487b7160e01b5f52603260045260245ffd5b8051156124915760200190565b612470565b8051600110156124915760210190565b908151811015612491570160200190565b604051906124c482611325565b5f6020838281520152565b8051600110156124915760400190565b8051600210156124915760600190565b8051600310156124915760800190565b8051600410156124915760a00190565b8051600510156124915760c00190565b8051600610156124915760e00190565b805160071015612491576101000190565b805160081015612491576101200190565b805160091015612491576101400190565b8051600a1015612491576101600190565b8051600b1015612491576101800190565b805160101015612491576102200190565b8051600f1015612491576102000190565b80518210156124915760209160051b010190565b92916125c4612446565b938051158015612958575b61290c576125f4906125df6124b7565b60218201815290515f19016020820152612dbd565b91600c8351036128d85761261061260a84612484565b51612e9e565b6001600160401b03821681036128ba5750506001600160401b0380612656612643611ae861263d876124cf565b51612f1d565b6001600160401b03166020880181905290565b161461288c5761266861260a836124df565b61267461260a846124ef565b6060860191818352818111612877575050612694611ae861263d856124ff565b6001600160401b031660408601908152906126b76126b18561250f565b51613003565b51928315938415908161286b575b506128405761127b61274161127b61273c6126e261260a8a61251f565b9760808c019889526127366127306127298c61128d61272361271d6127096126b18561252f565b9b8c986127158a613037565b809a5161311b565b92612540565b516131a4565b9651611157565b91611135565b90610fb4565b61116f565b818111612838575b5083516001600160401b031681811061281a57505082516001600160401b0316630100000081116127f7575082516001600160401b03168181116127d9575050906127a6611ae86127ac935194511992516001600160401b031690565b906111d6565b106127ca576127bd611370916132d8565b6001600160a01b03168352565b6361fea41560e01b5f5260045ffd5b635626ef1360e11b5f526001600160401b031660045260245260445ffd5b635626ef1360e11b5f526001600160401b0316600452630100000060245260445ffd5b63fa353ba360e01b5f526001600160401b031660045260245260445ffd5b90505f612749565b6040516304e6e16d60e51b8152602060048201526002602482015261746f60f01b6044820152606490fd5b6014915014155f6126c5565b631c1b330960e11b5f5260045260245260445ffd5b6040516304e6e16d60e51b81526020600482015260056024820152646e6f6e636560d81b6044820152606490fd5b63ce74c5f760e01b5f526004526001600160401b031660245260445ffd5b6040516304e6e16d60e51b815260206004820152600b60248201526a199a595b190818dbdd5b9d60aa1b6044820152606490fd5b805161292d5750610a275f5b630c06fd2560e21b5f5260ff16600452602490565b61295361294d61293f610a2793612484565b516001600160f81b03191690565b60f81c90565b612918565b50600260ff61296c61294d61293f85612484565b1614156125cf565b60016001600160401b03910154166001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168101809111610f825790565b604051606060208201928051845260018060a01b03602082015116604084015260018060a01b03604082015116828401520151608082015260808152611c6860a082611340565b604051600160601b61272960f11b0160208201908152612a5a9392612a47929091612a5591612a318160348101611c5a565b5190206040519384916020830160209181520190565b03601f198101845283611340565b6134bb565b9015612aa557612a6c612a7191613784565b61383a565b6004815103612a9657612a86612a8c916124df565b51613915565b91909115612a9657565b638bfd7d3f60e01b5f5260045ffd5b633926252960e01b5f52600161272960911b0160045260245ffd5b906040519060208201928352604082015260408152611c68606082611340565b91612a47612b09929493612a555f96604051612a3181611c5a6020820194859190602083019252565b9015612ba857612b1b612b2091613784565b613003565b80518015908115612b9d575b508015612b80575b612b71575f925b8151841015612b6c5760019060081b612b63612b5d61294d61293f88876124a6565b60ff1690565b17930192612b3b565b925050565b630b5ac87560e01b5f5260045ffd5b506001600160f81b0319612b9661293f83612484565b1615612b34565b60209150115f612b2c565b505f9150565b9495939190612bd491612bce60045492610d10895160018060a01b031690565b9161394d565b80516001600160401b03166001600160401b03612bfe611ae860208901516001600160401b031690565b911603612d3c576020810151612c40612c24611ae860408901516001600160401b031690565b966080612c3760608301998a51906111c3565b910151906110fb565b11612d31576040017fc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470815103612cd8575b505050612c7f915192613ab2565b11612cd357600554610a279060801c6001600160401b0316612cb2816001600160401b03165f52600660205260405f2090565b546307d2eced60e31b5f526001600160401b03909116600452602452604490565b600390565b612ce336838561145a565b602081519101209051809103612d1f5750612d06612d0b926115b392369161145a565b613a30565b612d17575f8080612c71565b505050600290565b63ad7e7be160e01b5f5260045260245ffd5b505050505050600190565b5050505050505f90565b906009811015612d795780915b8183116102ac57612d7292602091612d6c91369161145a565b01613b8e565b9192909190565b600991612d53565b9180820391808311610f82576009831015612db657825b820193848311610f8257612d7294602093612d6c93611f7093611ea8565b6009612d98565b60208101805115612e6b57612dd58251825190613b8e565b15612e3057612de3916110fb565b905103612df3576113ec9061383a565b6040516304e6e16d60e51b815260206004820152601460248201527362797465732061667465722074686520626f647960601b6044820152606490fd5b6040516304e6e16d60e51b8152602060048201526012602482015271189bd91e481a5cc81b9bdd0818481b1a5cdd60721b6044820152606490fd5b6040516304e6e16d60e51b815260206004820152600a602482015269656d70747920626f647960b01b6044820152606490fd5b612eae8151602083015190613b8e565b929092612f0e5760208311612efa578215612ef35751908101809111610f825780515f1a15612ee457519060031b610100031c90565b632dbeb36960e01b5f5260045ffd5b5050505f90565b636f9d636d60e11b5f52602060045260245ffd5b6305bcfd2d60e21b5f5260045ffd5b612f2d8151602083015190613b8e565b929092612f0e5760088311612f63578215612ef35751908101809111610f825780515f1a15612ee457519060031b610100031c90565b636f9d636d60e11b5f52600860045260245ffd5b612f878151602083015190613b8e565b929092612f0e5760018311612fbd578215612ef35751908101809111610f825780515f1a15612ee457519060031b610100031c90565b636f9d636d60e11b5f52600160045260245ffd5b90612fdb8261143f565b612fe86040519182611340565b8281528092612ff9601f199161143f565b0190602036910137565b906130148251602084015190613b8e565b919091612f0e5761302482612fd1565b9351908101809111610f8257602084015e565b905f6020830192805180910193602085015b80821061305d5750506113ec929350610fb4565b90926020907f010101010101010101010101010101010101010101010101010101010101010185518689038480820110613103575b50818160041c7f33333333333333333333333333333333333333333333333333333333333333337f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f821684179183808460021c96169116178385161793161760011c16170260f81c01930190613049565b6001908503601f190160031b1b5f190119165f613092565b9092919280820390828211610f8257600482901b916001600160fc1b03811603610f82576001600160fe1b0381168103610f825760021b8101809111610f82578093613165575050565b90925061c00083116131915761128d61318c6131876112656113ec95966110b1565b611180565b6110bf565b8263c1eed06b60e01b5f5260045260245ffd5b905f916131b36115b382613c7e565b613245576131c09061383a565b5f905b80518210156132c9576131e26115b36131dc84846125a6565b51613c7e565b613245576131f96131f383836125a6565b5161383a565b60028151148015906132b2575b801561329d575b613245576131f361321d916124cf565b925f5b845181101561327957613236612a8682876125a6565b90501561324557600101613220565b6040516304e6e16d60e51b815260206004820152600b60248201526a1858d8d95cdcc81b1a5cdd60aa1b6044820152606490fd5b5092600191929461128d6132906132959351611198565b6110cf565b9301906131c3565b506132ad6115b36131dc836124cf565b61320d565b5060146132c16126b183612484565b511415613206565b5050565b6040513d5f823e3d90fd5b6132ea6132e482612551565b51612f77565b6132f661260a83612562565b9161330361260a82612573565b906001831180156134b3575b8015613497575b801561348f575b8015613466575b613415576133618161333861335c93612484565b51519281602061335361334b8795612540565b515192612540565b510151906110fb565b610fb4565b905f916038811015613436575b926133cc612b5d846133f3948761339561339060209c9a6112805f9d9b6110df565b612fd1565b9160228c84019460028653808d14613428578060f7016021860153838160031b610100031b828601525b8401015e519020946110ed565b93604051948594859094939260ff6060936080840197845216602083015260408201520152565b838052039060015afa15613423575f51906001600160a01b0382161561341557565b62d22aef60e41b5f5260045ffd5b6132cd565b8360c00160218601536133bf565b94929593915b85613446826111ab565b1c1561345a5761345590611390565b61343c565b9395929491939161336e565b507f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08211613324565b50811561331d565b5070014551231950b75fc4402da1732fc9bebe19841015613316565b50831561330f565b929190815115613742576134ce90613c95565b925f90816134da6124b7565b9060015b6136cb575b6134ec8261383a565b906134f56124b7565b508151601181036135f45750875181146135d25761352f613528613522612b5d61294d61293f868e6124a6565b846125a6565b5191611390565b935b61353a82613c7e565b6135ad575061354881613915565b9290921561355f5750509060015b929091926134de565b9250939495965050601191505114908161359b575b5061358857637e32ca5960e11b5f5260045ffd5b61232c9151613595611a77565b91613e6c565b6135a59150613003565b51155f613574565b9250905060208082015110156135c3575f613556565b637e32ca5960e11b5f5260045ffd5b5061232c9596506135e892506126b19150612584565b91518251151591613e96565b6002036135c35761360f61360a6126b184612484565b613d45565b9061361b838b84613e03565b9061365c578151156135c357156136475751613636916110fb565b92613640826124cf565b5190613531565b50505050509061232c92935051613595611a77565b91929596979893509350159283156136b2575b5050506136a4576126b1613682916124cf565b908151156136955761232c925190613e88565b6372bd263360e01b5f5260045ffd5b5061232c9151613595611a77565b6136bf92935051906110fb565b905114155f808061366f565b9290508351811461373357816136e182866125a6565b5160208151910120036137105761370a6137046136fe83876125a6565b51613784565b91611390565b926134e3565b1561372457633d50767560e21b5f5260045ffd5b633628140f60e21b5f5260045ffd5b6335e909e960e01b5f5260045ffd5b5050907f56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b4211461377a576335e909e960e01b5f5260045ffd5b5f906113ec611a77565b61378c6124b7565b508051156137dc5760208101906137a4815183613b8e565b508101809111610f82578151036137cd5751604051916137c383611325565b8252602082015290565b631b4aaf0760e31b5f5260045ffd5b63403adeed60e01b5f5260045ffd5b906137f58261199d565b6138026040519182611340565b8281528092613813601f199161199d565b01905f5b82811061382357505050565b60209061382e6124b7565b82828501015201613817565b9061384b8251602084015190613b8e565b93909315612122576138689161386191516110fb565b92836110fb565b5f90835b8181106138eb575061387d826137eb565b93905f915b83831061388f5750505050565b6138e38161128d6138ab6138a560019587610fb4565b83613b8e565b50906138b782826110fb565b6138bf611381565b9085825260208201526138d2898d6125a6565b526138dd888c6125a6565b506110fb565b920191613882565b6139098161128d6139026138a561390f9587610fb4565b50906110fb565b92611390565b9161386c565b6139258151602083015190613b8e565b929192612f0e576020036139455751908101809111610f82575190600190565b50505f905f90565b91612a4761398f929493612a55613962611921565b96604051612a3181611c5a6020820194856014916bffffffffffffffffffffffff199060601b1681520190565b90156139f357612a6c6139a191613784565b6004815103612a9657612a86816139d06139c3611ae861263d6139e696612484565b6001600160401b03168652565b6139dc61260a826124cf565b60208601526124ef565b90604084015215612a9657565b5090506139fe611372565b5f81525f60208201527fc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470604082015290565b805190601782149182613a8e575b5081613a6c575b81613a4e575090565b905080516002101561249157602201516001600160f81b0319161590565b9050613a7781612496565b516001600160f81b031916600160f81b1490613a45565b909150156124915760208101516001600160f81b03191660ef60f81b14905f613a3e565b90613abe36828461145a565b6020815191012060035490818103613b79575050613ae4613ae992612a6c92369161145a565b613784565b613af561263d82612551565b613b17613b1061260a613b0a61263d86612562565b94612595565b9160011c90565b91828114613b7357828111613b4e57613b4883613b43613b3d612736946113ec97610fb4565b856111c3565b6111d6565b60031c90565b613b4883613b43613b3d6113ec96613b6595610fb4565b8061128d57506001906110fb565b50905090565b63073af8eb60e01b5f5260045260245260445ffd5b915f908215613bd45783515f1a60808110613c715760b8811015613c0a57613bb590610fa5565b92600194858514613be3575b505b613bcd84866110fb565b11613bd457565b632bf7d67960e21b5f5260045ffd5b60028210613bd457613bff613bf9608092611093565b515f1a90565b10612ee4575f613bc1565b919092938460c084105f14613c3457613c26613c2c9394610f96565b91613ea2565b929093613bc3565b50905060f8821015613c565750613c4a90610f87565b60019091600193613bc3565b83613c26613c6693959495610f73565b919092600191613bc3565b505f935060019250839150565b613c8f906020815191015190613b8e565b91505090565b9081518060011b9080820460021490151715610f8257613cb490612fd1565b915f5b81518110156132c95780613cf2613ce2613cd961294d61293f600196886124a6565b60041c600f1690565b60f81b6001600160f81b03191690565b613d08613cfe83611180565b915f1a91876124a6565b53613d2f600f613d1e61294d61293f85886124a6565b1660f81b6001600160f81b03191690565b613d3e613cfe61129384611180565b5301613cb7565b8051156135c357613d5590613c95565b90613d6561294d61293f84612484565b60ff8116600381116135c3576001600281921015921614801580613de9575b6135c35715613de05760ff60015b16613da1613390828651610fb4565b915f5b8351811015613dd95780613dc661293f613dc0866001956110fb565b896124a6565b5f1a613dd282876124a6565b5301613da4565b5093505090565b60ff6002613d92565b5060ff613dfb61294d61293f87612496565b161515613d84565b918151818103908111610f8257835111612ef3575f5b8351811015613e63576001600160f81b0319613e3582866124a6565b5116818301808411610f825761293f613e4e91866124a6565b03613e5b57600101613e19565b505050505f90565b50505050600190565b92919203613e79575f9190565b6303c1de3560e21b5f5260045ffd5b92919203613e795760019190565b93929303613e79579190565b929190928160010180600111610f8257809410613bd45760018101809111610f825780515f1a15612ee457519060031b610100031c9060388210612ee45756",
}

// MyRollup is an auto generated Go binding around an Ethereum contract.
type MyRollup struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MyRollup) GetABI() abi.ABI {
	return c.abi
}

// NewMyRollup creates a new instance of MyRollup.
func NewMyRollup() *MyRollup {
	parsed, err := MyRollupMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MyRollup{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MyRollup) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(bytes32 genesisHash, bytes32 genesisStateRoot, uint64 genesisTime, address sequencer) returns()
func (myRollup *MyRollup) PackConstructor(genesisHash [32]byte, genesisStateRoot [32]byte, genesisTime uint64, sequencer common.Address) []byte {
	enc, err := myRollup.abi.Pack("", genesisHash, genesisStateRoot, genesisTime, sequencer)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackFORCEDINCLUSIONFEEGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67b00112.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FORCED_INCLUSION_FEE_GAS() view returns(uint256)
func (myRollup *MyRollup) PackFORCEDINCLUSIONFEEGAS() []byte {
	enc, err := myRollup.abi.Pack("FORCED_INCLUSION_FEE_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFORCEDINCLUSIONFEEGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67b00112.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FORCED_INCLUSION_FEE_GAS() view returns(uint256)
func (myRollup *MyRollup) TryPackFORCEDINCLUSIONFEEGAS() ([]byte, error) {
	return myRollup.abi.Pack("FORCED_INCLUSION_FEE_GAS")
}

// UnpackFORCEDINCLUSIONFEEGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x67b00112.
//
// Solidity: function FORCED_INCLUSION_FEE_GAS() view returns(uint256)
func (myRollup *MyRollup) UnpackFORCEDINCLUSIONFEEGAS(data []byte) (*big.Int, error) {
	out, err := myRollup.abi.Unpack("FORCED_INCLUSION_FEE_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGASLIMITFLOOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0e66d92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GAS_LIMIT_FLOOR() view returns(uint64)
func (myRollup *MyRollup) PackGASLIMITFLOOR() []byte {
	enc, err := myRollup.abi.Pack("GAS_LIMIT_FLOOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGASLIMITFLOOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0e66d92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GAS_LIMIT_FLOOR() view returns(uint64)
func (myRollup *MyRollup) TryPackGASLIMITFLOOR() ([]byte, error) {
	return myRollup.abi.Pack("GAS_LIMIT_FLOOR")
}

// UnpackGASLIMITFLOOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa0e66d92.
//
// Solidity: function GAS_LIMIT_FLOOR() view returns(uint64)
func (myRollup *MyRollup) UnpackGASLIMITFLOOR(data []byte) (uint64, error) {
	out, err := myRollup.abi.Unpack("GAS_LIMIT_FLOOR", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackL2BRIDGE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x159a99ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function L2_BRIDGE() view returns(address)
func (myRollup *MyRollup) PackL2BRIDGE() []byte {
	enc, err := myRollup.abi.Pack("L2_BRIDGE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackL2BRIDGE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x159a99ea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function L2_BRIDGE() view returns(address)
func (myRollup *MyRollup) TryPackL2BRIDGE() ([]byte, error) {
	return myRollup.abi.Pack("L2_BRIDGE")
}

// UnpackL2BRIDGE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x159a99ea.
//
// Solidity: function L2_BRIDGE() view returns(address)
func (myRollup *MyRollup) UnpackL2BRIDGE(data []byte) (common.Address, error) {
	out, err := myRollup.abi.Unpack("L2_BRIDGE", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMAXCHAINID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bc105c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CHAIN_ID() view returns(uint64)
func (myRollup *MyRollup) PackMAXCHAINID() []byte {
	enc, err := myRollup.abi.Pack("MAX_CHAIN_ID")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCHAINID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bc105c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CHAIN_ID() view returns(uint64)
func (myRollup *MyRollup) TryPackMAXCHAINID() ([]byte, error) {
	return myRollup.abi.Pack("MAX_CHAIN_ID")
}

// UnpackMAXCHAINID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5bc105c0.
//
// Solidity: function MAX_CHAIN_ID() view returns(uint64)
func (myRollup *MyRollup) UnpackMAXCHAINID(data []byte) (uint64, error) {
	out, err := myRollup.abi.Unpack("MAX_CHAIN_ID", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMAXFORCEDTXBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fdc8f20.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FORCED_TX_BYTES() view returns(uint256)
func (myRollup *MyRollup) PackMAXFORCEDTXBYTES() []byte {
	enc, err := myRollup.abi.Pack("MAX_FORCED_TX_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFORCEDTXBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fdc8f20.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FORCED_TX_BYTES() view returns(uint256)
func (myRollup *MyRollup) TryPackMAXFORCEDTXBYTES() ([]byte, error) {
	return myRollup.abi.Pack("MAX_FORCED_TX_BYTES")
}

// UnpackMAXFORCEDTXBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fdc8f20.
//
// Solidity: function MAX_FORCED_TX_BYTES() view returns(uint256)
func (myRollup *MyRollup) UnpackMAXFORCEDTXBYTES(data []byte) (*big.Int, error) {
	out, err := myRollup.abi.Unpack("MAX_FORCED_TX_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXGASLIMIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3f5aa51.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_GAS_LIMIT() view returns(uint64)
func (myRollup *MyRollup) PackMAXGASLIMIT() []byte {
	enc, err := myRollup.abi.Pack("MAX_GAS_LIMIT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXGASLIMIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3f5aa51.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_GAS_LIMIT() view returns(uint64)
func (myRollup *MyRollup) TryPackMAXGASLIMIT() ([]byte, error) {
	return myRollup.abi.Pack("MAX_GAS_LIMIT")
}

// UnpackMAXGASLIMIT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe3f5aa51.
//
// Solidity: function MAX_GAS_LIMIT() view returns(uint64)
func (myRollup *MyRollup) UnpackMAXGASLIMIT(data []byte) (uint64, error) {
	out, err := myRollup.abi.Unpack("MAX_GAS_LIMIT", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMAXSEQUENCERWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29eb39ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SEQUENCER_WINDOW() view returns(uint64)
func (myRollup *MyRollup) PackMAXSEQUENCERWINDOW() []byte {
	enc, err := myRollup.abi.Pack("MAX_SEQUENCER_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSEQUENCERWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29eb39ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SEQUENCER_WINDOW() view returns(uint64)
func (myRollup *MyRollup) TryPackMAXSEQUENCERWINDOW() ([]byte, error) {
	return myRollup.abi.Pack("MAX_SEQUENCER_WINDOW")
}

// UnpackMAXSEQUENCERWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x29eb39ff.
//
// Solidity: function MAX_SEQUENCER_WINDOW() view returns(uint64)
func (myRollup *MyRollup) UnpackMAXSEQUENCERWINDOW(data []byte) (uint64, error) {
	out, err := myRollup.abi.Unpack("MAX_SEQUENCER_WINDOW", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMAXSETTLEPAYLOAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f3f1813.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SETTLE_PAYLOAD() view returns(uint256)
func (myRollup *MyRollup) PackMAXSETTLEPAYLOAD() []byte {
	enc, err := myRollup.abi.Pack("MAX_SETTLE_PAYLOAD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSETTLEPAYLOAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f3f1813.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SETTLE_PAYLOAD() view returns(uint256)
func (myRollup *MyRollup) TryPackMAXSETTLEPAYLOAD() ([]byte, error) {
	return myRollup.abi.Pack("MAX_SETTLE_PAYLOAD")
}

// UnpackMAXSETTLEPAYLOAD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9f3f1813.
//
// Solidity: function MAX_SETTLE_PAYLOAD() view returns(uint256)
func (myRollup *MyRollup) UnpackMAXSETTLEPAYLOAD(data []byte) (*big.Int, error) {
	out, err := myRollup.abi.Unpack("MAX_SETTLE_PAYLOAD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXTXGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x791b47fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_TX_GAS() view returns(uint256)
func (myRollup *MyRollup) PackMAXTXGAS() []byte {
	enc, err := myRollup.abi.Pack("MAX_TX_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTXGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x791b47fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_TX_GAS() view returns(uint256)
func (myRollup *MyRollup) TryPackMAXTXGAS() ([]byte, error) {
	return myRollup.abi.Pack("MAX_TX_GAS")
}

// UnpackMAXTXGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x791b47fe.
//
// Solidity: function MAX_TX_GAS() view returns(uint256)
func (myRollup *MyRollup) UnpackMAXTXGAS(data []byte) (*big.Int, error) {
	out, err := myRollup.abi.Unpack("MAX_TX_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINHISTORYSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x073fa05c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_HISTORY_SIZE() view returns(uint64)
func (myRollup *MyRollup) PackMINHISTORYSIZE() []byte {
	enc, err := myRollup.abi.Pack("MIN_HISTORY_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINHISTORYSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x073fa05c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_HISTORY_SIZE() view returns(uint64)
func (myRollup *MyRollup) TryPackMINHISTORYSIZE() ([]byte, error) {
	return myRollup.abi.Pack("MIN_HISTORY_SIZE")
}

// UnpackMINHISTORYSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x073fa05c.
//
// Solidity: function MIN_HISTORY_SIZE() view returns(uint64)
func (myRollup *MyRollup) UnpackMINHISTORYSIZE(data []byte) (uint64, error) {
	out, err := myRollup.abi.Unpack("MIN_HISTORY_SIZE", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMINSEQUENCERWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeff93e1d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_SEQUENCER_WINDOW() view returns(uint64)
func (myRollup *MyRollup) PackMINSEQUENCERWINDOW() []byte {
	enc, err := myRollup.abi.Pack("MIN_SEQUENCER_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINSEQUENCERWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeff93e1d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_SEQUENCER_WINDOW() view returns(uint64)
func (myRollup *MyRollup) TryPackMINSEQUENCERWINDOW() ([]byte, error) {
	return myRollup.abi.Pack("MIN_SEQUENCER_WINDOW")
}

// UnpackMINSEQUENCERWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeff93e1d.
//
// Solidity: function MIN_SEQUENCER_WINDOW() view returns(uint64)
func (myRollup *MyRollup) UnpackMINSEQUENCERWINDOW(data []byte) (uint64, error) {
	out, err := myRollup.abi.Unpack("MIN_SEQUENCER_WINDOW", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMINSETTLEPAYLOAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x045c8f60.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_SETTLE_PAYLOAD() view returns(uint256)
func (myRollup *MyRollup) PackMINSETTLEPAYLOAD() []byte {
	enc, err := myRollup.abi.Pack("MIN_SETTLE_PAYLOAD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINSETTLEPAYLOAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x045c8f60.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_SETTLE_PAYLOAD() view returns(uint256)
func (myRollup *MyRollup) TryPackMINSETTLEPAYLOAD() ([]byte, error) {
	return myRollup.abi.Pack("MIN_SETTLE_PAYLOAD")
}

// UnpackMINSETTLEPAYLOAD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x045c8f60.
//
// Solidity: function MIN_SETTLE_PAYLOAD() view returns(uint256)
func (myRollup *MyRollup) UnpackMINSETTLEPAYLOAD(data []byte) (*big.Int, error) {
	out, err := myRollup.abi.Unpack("MIN_SETTLE_PAYLOAD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSETTLEHOSTGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x170806aa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SETTLE_HOST_GAS() view returns(uint256)
func (myRollup *MyRollup) PackSETTLEHOSTGAS() []byte {
	enc, err := myRollup.abi.Pack("SETTLE_HOST_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSETTLEHOSTGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x170806aa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SETTLE_HOST_GAS() view returns(uint256)
func (myRollup *MyRollup) TryPackSETTLEHOSTGAS() ([]byte, error) {
	return myRollup.abi.Pack("SETTLE_HOST_GAS")
}

// UnpackSETTLEHOSTGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x170806aa.
//
// Solidity: function SETTLE_HOST_GAS() view returns(uint256)
func (myRollup *MyRollup) UnpackSETTLEHOSTGAS(data []byte) (*big.Int, error) {
	out, err := myRollup.abi.Unpack("SETTLE_HOST_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAdvance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fd1d712.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function advance((uint64,uint64,address,bytes32,bytes) env, uint64 anchorL1Block, (bytes32,bytes32,uint64) claims, bytes transactions, bytes witness) returns()
func (myRollup *MyRollup) PackAdvance(env ExecuteBlockEnv, anchorL1Block uint64, claims ExecuteClaims, transactions []byte, witness []byte) []byte {
	enc, err := myRollup.abi.Pack("advance", env, anchorL1Block, claims, transactions, witness)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAdvance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fd1d712.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function advance((uint64,uint64,address,bytes32,bytes) env, uint64 anchorL1Block, (bytes32,bytes32,uint64) claims, bytes transactions, bytes witness) returns()
func (myRollup *MyRollup) TryPackAdvance(env ExecuteBlockEnv, anchorL1Block uint64, claims ExecuteClaims, transactions []byte, witness []byte) ([]byte, error) {
	return myRollup.abi.Pack("advance", env, anchorL1Block, claims, transactions, witness)
}

// PackAnchorBlockNumber is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3cad82ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchorBlockNumber() view returns(uint64)
func (myRollup *MyRollup) PackAnchorBlockNumber() []byte {
	enc, err := myRollup.abi.Pack("anchorBlockNumber")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnchorBlockNumber is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3cad82ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function anchorBlockNumber() view returns(uint64)
func (myRollup *MyRollup) TryPackAnchorBlockNumber() ([]byte, error) {
	return myRollup.abi.Pack("anchorBlockNumber")
}

// UnpackAnchorBlockNumber is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3cad82ff.
//
// Solidity: function anchorBlockNumber() view returns(uint64)
func (myRollup *MyRollup) UnpackAnchorBlockNumber(data []byte) (uint64, error) {
	out, err := myRollup.abi.Unpack("anchorBlockNumber", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackBlockHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf22a195e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blockHash() view returns(bytes32)
func (myRollup *MyRollup) PackBlockHash() []byte {
	enc, err := myRollup.abi.Pack("blockHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlockHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf22a195e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blockHash() view returns(bytes32)
func (myRollup *MyRollup) TryPackBlockHash() ([]byte, error) {
	return myRollup.abi.Pack("blockHash")
}

// UnpackBlockHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf22a195e.
//
// Solidity: function blockHash() view returns(bytes32)
func (myRollup *MyRollup) UnpackBlockHash(data []byte) ([32]byte, error) {
	out, err := myRollup.abi.Unpack("blockHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBlockNumber is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57e871e7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blockNumber() view returns(uint64)
func (myRollup *MyRollup) PackBlockNumber() []byte {
	enc, err := myRollup.abi.Pack("blockNumber")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlockNumber is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57e871e7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blockNumber() view returns(uint64)
func (myRollup *MyRollup) TryPackBlockNumber() ([]byte, error) {
	return myRollup.abi.Pack("blockNumber")
}

// UnpackBlockNumber is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x57e871e7.
//
// Solidity: function blockNumber() view returns(uint64)
func (myRollup *MyRollup) UnpackBlockNumber(data []byte) (uint64, error) {
	out, err := myRollup.abi.Unpack("blockNumber", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackBlockTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadb61832.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blockTimestamp() view returns(uint64)
func (myRollup *MyRollup) PackBlockTimestamp() []byte {
	enc, err := myRollup.abi.Pack("blockTimestamp")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlockTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadb61832.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blockTimestamp() view returns(uint64)
func (myRollup *MyRollup) TryPackBlockTimestamp() ([]byte, error) {
	return myRollup.abi.Pack("blockTimestamp")
}

// UnpackBlockTimestamp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xadb61832.
//
// Solidity: function blockTimestamp() view returns(uint64)
func (myRollup *MyRollup) UnpackBlockTimestamp(data []byte) (uint64, error) {
	out, err := myRollup.abi.Unpack("blockTimestamp", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackChainId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a8a0592.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function chainId() view returns(uint64)
func (myRollup *MyRollup) PackChainId() []byte {
	enc, err := myRollup.abi.Pack("chainId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChainId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a8a0592.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function chainId() view returns(uint64)
func (myRollup *MyRollup) TryPackChainId() ([]byte, error) {
	return myRollup.abi.Pack("chainId")
}

// UnpackChainId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a8a0592.
//
// Solidity: function chainId() view returns(uint64)
func (myRollup *MyRollup) UnpackChainId(data []byte) (uint64, error) {
	out, err := myRollup.abi.Unpack("chainId", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47e7ef24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(address to, uint256 relayerFee) payable returns(bytes32 depositHash)
func (myRollup *MyRollup) PackDeposit(to common.Address, relayerFee *big.Int) []byte {
	enc, err := myRollup.abi.Pack("deposit", to, relayerFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47e7ef24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(address to, uint256 relayerFee) payable returns(bytes32 depositHash)
func (myRollup *MyRollup) TryPackDeposit(to common.Address, relayerFee *big.Int) ([]byte, error) {
	return myRollup.abi.Pack("deposit", to, relayerFee)
}

// UnpackDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x47e7ef24.
//
// Solidity: function deposit(address to, uint256 relayerFee) payable returns(bytes32 depositHash)
func (myRollup *MyRollup) UnpackDeposit(data []byte) ([32]byte, error) {
	out, err := myRollup.abi.Unpack("deposit", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDepositCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2dfdf0b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositCount() view returns(uint256)
func (myRollup *MyRollup) PackDepositCount() []byte {
	enc, err := myRollup.abi.Pack("depositCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2dfdf0b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositCount() view returns(uint256)
func (myRollup *MyRollup) TryPackDepositCount() ([]byte, error) {
	return myRollup.abi.Pack("depositCount")
}

// UnpackDepositCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2dfdf0b5.
//
// Solidity: function depositCount() view returns(uint256)
func (myRollup *MyRollup) UnpackDepositCount(data []byte) (*big.Int, error) {
	out, err := myRollup.abi.Unpack("depositCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDepositSent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x085def64.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositSent(bytes32 depositHash) view returns(bool)
func (myRollup *MyRollup) PackDepositSent(depositHash [32]byte) []byte {
	enc, err := myRollup.abi.Pack("depositSent", depositHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositSent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x085def64.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositSent(bytes32 depositHash) view returns(bool)
func (myRollup *MyRollup) TryPackDepositSent(depositHash [32]byte) ([]byte, error) {
	return myRollup.abi.Pack("depositSent", depositHash)
}

// UnpackDepositSent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x085def64.
//
// Solidity: function depositSent(bytes32 depositHash) view returns(bool)
func (myRollup *MyRollup) UnpackDepositSent(data []byte) (bool, error) {
	out, err := myRollup.abi.Unpack("depositSent", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackFinalizeWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd77f57a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizeWithdrawal((uint256,address,address,uint256) withdrawal, uint64 l2BlockNumber, bytes[] accountProof, bytes[] storageProof) returns()
func (myRollup *MyRollup) PackFinalizeWithdrawal(withdrawal MessagesWithdrawal, l2BlockNumber uint64, accountProof [][]byte, storageProof [][]byte) []byte {
	enc, err := myRollup.abi.Pack("finalizeWithdrawal", withdrawal, l2BlockNumber, accountProof, storageProof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizeWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd77f57a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizeWithdrawal((uint256,address,address,uint256) withdrawal, uint64 l2BlockNumber, bytes[] accountProof, bytes[] storageProof) returns()
func (myRollup *MyRollup) TryPackFinalizeWithdrawal(withdrawal MessagesWithdrawal, l2BlockNumber uint64, accountProof [][]byte, storageProof [][]byte) ([]byte, error) {
	return myRollup.abi.Pack("finalizeWithdrawal", withdrawal, l2BlockNumber, accountProof, storageProof)
}

// PackForcedHead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x433b953f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedHead() view returns(uint64)
func (myRollup *MyRollup) PackForcedHead() []byte {
	enc, err := myRollup.abi.Pack("forcedHead")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedHead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x433b953f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedHead() view returns(uint64)
func (myRollup *MyRollup) TryPackForcedHead() ([]byte, error) {
	return myRollup.abi.Pack("forcedHead")
}

// UnpackForcedHead is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x433b953f.
//
// Solidity: function forcedHead() view returns(uint64)
func (myRollup *MyRollup) UnpackForcedHead(data []byte) (uint64, error) {
	out, err := myRollup.abi.Unpack("forcedHead", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackForcedInclusionDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2f7641.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedInclusionDelay() view returns(uint256)
func (myRollup *MyRollup) PackForcedInclusionDelay() []byte {
	enc, err := myRollup.abi.Pack("forcedInclusionDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedInclusionDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2f7641.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedInclusionDelay() view returns(uint256)
func (myRollup *MyRollup) TryPackForcedInclusionDelay() ([]byte, error) {
	return myRollup.abi.Pack("forcedInclusionDelay")
}

// UnpackForcedInclusionDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f2f7641.
//
// Solidity: function forcedInclusionDelay() view returns(uint256)
func (myRollup *MyRollup) UnpackForcedInclusionDelay(data []byte) (*big.Int, error) {
	out, err := myRollup.abi.Unpack("forcedInclusionDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackForcedTail is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52e863bd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedTail() view returns(uint64)
func (myRollup *MyRollup) PackForcedTail() []byte {
	enc, err := myRollup.abi.Pack("forcedTail")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedTail is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52e863bd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedTail() view returns(uint64)
func (myRollup *MyRollup) TryPackForcedTail() ([]byte, error) {
	return myRollup.abi.Pack("forcedTail")
}

// UnpackForcedTail is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52e863bd.
//
// Solidity: function forcedTail() view returns(uint64)
func (myRollup *MyRollup) UnpackForcedTail(data []byte) (uint64, error) {
	out, err := myRollup.abi.Unpack("forcedTail", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackForcedTransaction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1871c11.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedTransaction(uint256 index) view returns((bytes32,uint256,uint256) q)
func (myRollup *MyRollup) PackForcedTransaction(index *big.Int) []byte {
	enc, err := myRollup.abi.Pack("forcedTransaction", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedTransaction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1871c11.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedTransaction(uint256 index) view returns((bytes32,uint256,uint256) q)
func (myRollup *MyRollup) TryPackForcedTransaction(index *big.Int) ([]byte, error) {
	return myRollup.abi.Pack("forcedTransaction", index)
}

// UnpackForcedTransaction is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1871c11.
//
// Solidity: function forcedTransaction(uint256 index) view returns((bytes32,uint256,uint256) q)
func (myRollup *MyRollup) UnpackForcedTransaction(data []byte) (ForcedInclusionQueuedTransaction, error) {
	out, err := myRollup.abi.Unpack("forcedTransaction", data)
	if err != nil {
		return *new(ForcedInclusionQueuedTransaction), err
	}
	out0 := *abi.ConvertType(out[0], new(ForcedInclusionQueuedTransaction)).(*ForcedInclusionQueuedTransaction)
	return out0, nil
}

// PackHistorySize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b1306fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function historySize() view returns(uint64)
func (myRollup *MyRollup) PackHistorySize() []byte {
	enc, err := myRollup.abi.Pack("historySize")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHistorySize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b1306fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function historySize() view returns(uint64)
func (myRollup *MyRollup) TryPackHistorySize() ([]byte, error) {
	return myRollup.abi.Pack("historySize")
}

// UnpackHistorySize is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3b1306fd.
//
// Solidity: function historySize() view returns(uint64)
func (myRollup *MyRollup) UnpackHistorySize(data []byte) (uint64, error) {
	out, err := myRollup.abi.Unpack("historySize", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackLastSequencerAdvanceTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb131d66.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastSequencerAdvanceTime() view returns(uint64)
func (myRollup *MyRollup) PackLastSequencerAdvanceTime() []byte {
	enc, err := myRollup.abi.Pack("lastSequencerAdvanceTime")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastSequencerAdvanceTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb131d66.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastSequencerAdvanceTime() view returns(uint64)
func (myRollup *MyRollup) TryPackLastSequencerAdvanceTime() ([]byte, error) {
	return myRollup.abi.Pack("lastSequencerAdvanceTime")
}

// UnpackLastSequencerAdvanceTime is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb131d66.
//
// Solidity: function lastSequencerAdvanceTime() view returns(uint64)
func (myRollup *MyRollup) UnpackLastSequencerAdvanceTime(data []byte) (uint64, error) {
	out, err := myRollup.abi.Unpack("lastSequencerAdvanceTime", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMaxGasLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e45da23.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxGasLimit() view returns(uint64)
func (myRollup *MyRollup) PackMaxGasLimit() []byte {
	enc, err := myRollup.abi.Pack("maxGasLimit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxGasLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e45da23.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxGasLimit() view returns(uint64)
func (myRollup *MyRollup) TryPackMaxGasLimit() ([]byte, error) {
	return myRollup.abi.Pack("maxGasLimit")
}

// UnpackMaxGasLimit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5e45da23.
//
// Solidity: function maxGasLimit() view returns(uint64)
func (myRollup *MyRollup) UnpackMaxGasLimit(data []byte) (uint64, error) {
	out, err := myRollup.abi.Unpack("maxGasLimit", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMinGasLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5aeb4d77.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minGasLimit() view returns(uint64)
func (myRollup *MyRollup) PackMinGasLimit() []byte {
	enc, err := myRollup.abi.Pack("minGasLimit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinGasLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5aeb4d77.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minGasLimit() view returns(uint64)
func (myRollup *MyRollup) TryPackMinGasLimit() ([]byte, error) {
	return myRollup.abi.Pack("minGasLimit")
}

// UnpackMinGasLimit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5aeb4d77.
//
// Solidity: function minGasLimit() view returns(uint64)
func (myRollup *MyRollup) UnpackMinGasLimit(data []byte) (uint64, error) {
	out, err := myRollup.abi.Unpack("minGasLimit", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackQueueForcedTransaction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76426a1f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queueForcedTransaction(bytes signedTx) payable returns(uint256 index)
func (myRollup *MyRollup) PackQueueForcedTransaction(signedTx []byte) []byte {
	enc, err := myRollup.abi.Pack("queueForcedTransaction", signedTx)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueueForcedTransaction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76426a1f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queueForcedTransaction(bytes signedTx) payable returns(uint256 index)
func (myRollup *MyRollup) TryPackQueueForcedTransaction(signedTx []byte) ([]byte, error) {
	return myRollup.abi.Pack("queueForcedTransaction", signedTx)
}

// UnpackQueueForcedTransaction is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76426a1f.
//
// Solidity: function queueForcedTransaction(bytes signedTx) payable returns(uint256 index)
func (myRollup *MyRollup) UnpackQueueForcedTransaction(data []byte) (*big.Int, error) {
	out, err := myRollup.abi.Unpack("queueForcedTransaction", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSequencer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c1bba38.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sequencer() view returns(address)
func (myRollup *MyRollup) PackSequencer() []byte {
	enc, err := myRollup.abi.Pack("sequencer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSequencer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c1bba38.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sequencer() view returns(address)
func (myRollup *MyRollup) TryPackSequencer() ([]byte, error) {
	return myRollup.abi.Pack("sequencer")
}

// UnpackSequencer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c1bba38.
//
// Solidity: function sequencer() view returns(address)
func (myRollup *MyRollup) UnpackSequencer(data []byte) (common.Address, error) {
	out, err := myRollup.abi.Unpack("sequencer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSequencerWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf73a5f7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sequencerWindow() view returns(uint64)
func (myRollup *MyRollup) PackSequencerWindow() []byte {
	enc, err := myRollup.abi.Pack("sequencerWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSequencerWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf73a5f7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sequencerWindow() view returns(uint64)
func (myRollup *MyRollup) TryPackSequencerWindow() ([]byte, error) {
	return myRollup.abi.Pack("sequencerWindow")
}

// UnpackSequencerWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaf73a5f7.
//
// Solidity: function sequencerWindow() view returns(uint64)
func (myRollup *MyRollup) UnpackSequencerWindow(data []byte) (uint64, error) {
	out, err := myRollup.abi.Unpack("sequencerWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSettleGasBound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x479d96bd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleGasBound(uint64 gasLimit, uint256 payloadBytes) pure returns(uint256)
func (myRollup *MyRollup) PackSettleGasBound(gasLimit uint64, payloadBytes *big.Int) []byte {
	enc, err := myRollup.abi.Pack("settleGasBound", gasLimit, payloadBytes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleGasBound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x479d96bd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleGasBound(uint64 gasLimit, uint256 payloadBytes) pure returns(uint256)
func (myRollup *MyRollup) TryPackSettleGasBound(gasLimit uint64, payloadBytes *big.Int) ([]byte, error) {
	return myRollup.abi.Pack("settleGasBound", gasLimit, payloadBytes)
}

// UnpackSettleGasBound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x479d96bd.
//
// Solidity: function settleGasBound(uint64 gasLimit, uint256 payloadBytes) pure returns(uint256)
func (myRollup *MyRollup) UnpackSettleGasBound(data []byte) (*big.Int, error) {
	out, err := myRollup.abi.Unpack("settleGasBound", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSettleable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa04db18e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleable(uint64 gasLimit, uint256 payloadBytes) pure returns(bool)
func (myRollup *MyRollup) PackSettleable(gasLimit uint64, payloadBytes *big.Int) []byte {
	enc, err := myRollup.abi.Pack("settleable", gasLimit, payloadBytes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa04db18e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleable(uint64 gasLimit, uint256 payloadBytes) pure returns(bool)
func (myRollup *MyRollup) TryPackSettleable(gasLimit uint64, payloadBytes *big.Int) ([]byte, error) {
	return myRollup.abi.Pack("settleable", gasLimit, payloadBytes)
}

// UnpackSettleable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa04db18e.
//
// Solidity: function settleable(uint64 gasLimit, uint256 payloadBytes) pure returns(bool)
func (myRollup *MyRollup) UnpackSettleable(data []byte) (bool, error) {
	out, err := myRollup.abi.Unpack("settleable", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSkipForcedTransaction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0a16785.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function skipForcedTransaction(bytes signedTx, bytes[] accountProof, bytes senderCode, bytes headHeader) returns(uint8 reason)
func (myRollup *MyRollup) PackSkipForcedTransaction(signedTx []byte, accountProof [][]byte, senderCode []byte, headHeader []byte) []byte {
	enc, err := myRollup.abi.Pack("skipForcedTransaction", signedTx, accountProof, senderCode, headHeader)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSkipForcedTransaction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0a16785.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function skipForcedTransaction(bytes signedTx, bytes[] accountProof, bytes senderCode, bytes headHeader) returns(uint8 reason)
func (myRollup *MyRollup) TryPackSkipForcedTransaction(signedTx []byte, accountProof [][]byte, senderCode []byte, headHeader []byte) ([]byte, error) {
	return myRollup.abi.Pack("skipForcedTransaction", signedTx, accountProof, senderCode, headHeader)
}

// UnpackSkipForcedTransaction is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd0a16785.
//
// Solidity: function skipForcedTransaction(bytes signedTx, bytes[] accountProof, bytes senderCode, bytes headHeader) returns(uint8 reason)
func (myRollup *MyRollup) UnpackSkipForcedTransaction(data []byte) (uint8, error) {
	out, err := myRollup.abi.Unpack("skipForcedTransaction", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackStateRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9588eca2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stateRoot() view returns(bytes32)
func (myRollup *MyRollup) PackStateRoot() []byte {
	enc, err := myRollup.abi.Pack("stateRoot")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStateRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9588eca2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stateRoot() view returns(bytes32)
func (myRollup *MyRollup) TryPackStateRoot() ([]byte, error) {
	return myRollup.abi.Pack("stateRoot")
}

// UnpackStateRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9588eca2.
//
// Solidity: function stateRoot() view returns(bytes32)
func (myRollup *MyRollup) UnpackStateRoot(data []byte) ([32]byte, error) {
	out, err := myRollup.abi.Unpack("stateRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackStateRootAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46241e8e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stateRootAt(uint64 l2BlockNumber) view returns(bytes32)
func (myRollup *MyRollup) PackStateRootAt(l2BlockNumber uint64) []byte {
	enc, err := myRollup.abi.Pack("stateRootAt", l2BlockNumber)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStateRootAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46241e8e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stateRootAt(uint64 l2BlockNumber) view returns(bytes32)
func (myRollup *MyRollup) TryPackStateRootAt(l2BlockNumber uint64) ([]byte, error) {
	return myRollup.abi.Pack("stateRootAt", l2BlockNumber)
}

// UnpackStateRootAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46241e8e.
//
// Solidity: function stateRootAt(uint64 l2BlockNumber) view returns(bytes32)
func (myRollup *MyRollup) UnpackStateRootAt(data []byte) ([32]byte, error) {
	out, err := myRollup.abi.Unpack("stateRootAt", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackWithdrawalFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb35e93e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawalFinalized(bytes32 withdrawalHash) view returns(bool)
func (myRollup *MyRollup) PackWithdrawalFinalized(withdrawalHash [32]byte) []byte {
	enc, err := myRollup.abi.Pack("withdrawalFinalized", withdrawalHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawalFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb35e93e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawalFinalized(bytes32 withdrawalHash) view returns(bool)
func (myRollup *MyRollup) TryPackWithdrawalFinalized(withdrawalHash [32]byte) ([]byte, error) {
	return myRollup.abi.Pack("withdrawalFinalized", withdrawalHash)
}

// UnpackWithdrawalFinalized is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb35e93e.
//
// Solidity: function withdrawalFinalized(bytes32 withdrawalHash) view returns(bool)
func (myRollup *MyRollup) UnpackWithdrawalFinalized(data []byte) (bool, error) {
	out, err := myRollup.abi.Unpack("withdrawalFinalized", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// MyRollupBlockAdvanced represents a BlockAdvanced event raised by the MyRollup contract.
type MyRollupBlockAdvanced struct {
	Number    uint64
	BlockHash [32]byte
	StateRoot [32]byte
	Anchor    [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const MyRollupBlockAdvancedEventName = "BlockAdvanced"

// ContractEventName returns the user-defined event name.
func (MyRollupBlockAdvanced) ContractEventName() string {
	return MyRollupBlockAdvancedEventName
}

// UnpackBlockAdvancedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BlockAdvanced(uint64 indexed number, bytes32 blockHash, bytes32 stateRoot, bytes32 anchor)
func (myRollup *MyRollup) UnpackBlockAdvancedEvent(log *types.Log) (*MyRollupBlockAdvanced, error) {
	event := "BlockAdvanced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != myRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MyRollupBlockAdvanced)
	if len(log.Data) > 0 {
		if err := myRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range myRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MyRollupDepositSent represents a DepositSent event raised by the MyRollup contract.
type MyRollupDepositSent struct {
	DepositHash [32]byte
	Deposit     MessagesDeposit
	Raw         *types.Log // Blockchain specific contextual infos
}

const MyRollupDepositSentEventName = "DepositSent"

// ContractEventName returns the user-defined event name.
func (MyRollupDepositSent) ContractEventName() string {
	return MyRollupDepositSentEventName
}

// UnpackDepositSentEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DepositSent(bytes32 indexed depositHash, (uint256,address,address,uint256,uint256) deposit)
func (myRollup *MyRollup) UnpackDepositSentEvent(log *types.Log) (*MyRollupDepositSent, error) {
	event := "DepositSent"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != myRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MyRollupDepositSent)
	if len(log.Data) > 0 {
		if err := myRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range myRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MyRollupForcedTransactionIncluded represents a ForcedTransactionIncluded event raised by the MyRollup contract.
type MyRollupForcedTransactionIncluded struct {
	Index         *big.Int
	TxHash        [32]byte
	L2BlockNumber uint64
	Raw           *types.Log // Blockchain specific contextual infos
}

const MyRollupForcedTransactionIncludedEventName = "ForcedTransactionIncluded"

// ContractEventName returns the user-defined event name.
func (MyRollupForcedTransactionIncluded) ContractEventName() string {
	return MyRollupForcedTransactionIncludedEventName
}

// UnpackForcedTransactionIncludedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ForcedTransactionIncluded(uint256 indexed index, bytes32 indexed txHash, uint64 l2BlockNumber)
func (myRollup *MyRollup) UnpackForcedTransactionIncludedEvent(log *types.Log) (*MyRollupForcedTransactionIncluded, error) {
	event := "ForcedTransactionIncluded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != myRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MyRollupForcedTransactionIncluded)
	if len(log.Data) > 0 {
		if err := myRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range myRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MyRollupForcedTransactionQueued represents a ForcedTransactionQueued event raised by the MyRollup contract.
type MyRollupForcedTransactionQueued struct {
	Index       *big.Int
	TxHash      [32]byte
	Sender      common.Address
	DueAt       *big.Int
	Transaction []byte
	Raw         *types.Log // Blockchain specific contextual infos
}

const MyRollupForcedTransactionQueuedEventName = "ForcedTransactionQueued"

// ContractEventName returns the user-defined event name.
func (MyRollupForcedTransactionQueued) ContractEventName() string {
	return MyRollupForcedTransactionQueuedEventName
}

// UnpackForcedTransactionQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ForcedTransactionQueued(uint256 indexed index, bytes32 indexed txHash, address indexed sender, uint256 dueAt, bytes transaction)
func (myRollup *MyRollup) UnpackForcedTransactionQueuedEvent(log *types.Log) (*MyRollupForcedTransactionQueued, error) {
	event := "ForcedTransactionQueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != myRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MyRollupForcedTransactionQueued)
	if len(log.Data) > 0 {
		if err := myRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range myRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MyRollupForcedTransactionSkipped represents a ForcedTransactionSkipped event raised by the MyRollup contract.
type MyRollupForcedTransactionSkipped struct {
	Index  *big.Int
	TxHash [32]byte
	Reason uint8
	Raw    *types.Log // Blockchain specific contextual infos
}

const MyRollupForcedTransactionSkippedEventName = "ForcedTransactionSkipped"

// ContractEventName returns the user-defined event name.
func (MyRollupForcedTransactionSkipped) ContractEventName() string {
	return MyRollupForcedTransactionSkippedEventName
}

// UnpackForcedTransactionSkippedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ForcedTransactionSkipped(uint256 indexed index, bytes32 indexed txHash, uint8 reason)
func (myRollup *MyRollup) UnpackForcedTransactionSkippedEvent(log *types.Log) (*MyRollupForcedTransactionSkipped, error) {
	event := "ForcedTransactionSkipped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != myRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MyRollupForcedTransactionSkipped)
	if len(log.Data) > 0 {
		if err := myRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range myRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MyRollupWithdrawalFinalized represents a WithdrawalFinalized event raised by the MyRollup contract.
type MyRollupWithdrawalFinalized struct {
	WithdrawalHash [32]byte
	Withdrawal     MessagesWithdrawal
	Raw            *types.Log // Blockchain specific contextual infos
}

const MyRollupWithdrawalFinalizedEventName = "WithdrawalFinalized"

// ContractEventName returns the user-defined event name.
func (MyRollupWithdrawalFinalized) ContractEventName() string {
	return MyRollupWithdrawalFinalizedEventName
}

// UnpackWithdrawalFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawalFinalized(bytes32 indexed withdrawalHash, (uint256,address,address,uint256) withdrawal)
func (myRollup *MyRollup) UnpackWithdrawalFinalizedEvent(log *types.Log) (*MyRollupWithdrawalFinalized, error) {
	event := "WithdrawalFinalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != myRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MyRollupWithdrawalFinalized)
	if len(log.Data) > 0 {
		if err := myRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range myRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (myRollup *MyRollup) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], myRollup.abi.Errors["AccountNotInState"].ID.Bytes()[:4]) {
		return myRollup.UnpackAccountNotInStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["AnchorOutOfRange"].ID.Bytes()[:4]) {
		return myRollup.UnpackAnchorOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["BlockTooLarge"].ID.Bytes()[:4]) {
		return myRollup.UnpackBlockTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["ExecuteFailed"].ID.Bytes()[:4]) {
		return myRollup.UnpackExecuteFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["ExecuteUnavailable"].ID.Bytes()[:4]) {
		return myRollup.UnpackExecuteUnavailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["ForcedInclusionFeeTooLow"].ID.Bytes()[:4]) {
		return myRollup.UnpackForcedInclusionFeeTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["ForcedQueueEmpty"].ID.Bytes()[:4]) {
		return myRollup.UnpackForcedQueueEmptyError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["ForcedTransactionMismatch"].ID.Bytes()[:4]) {
		return myRollup.UnpackForcedTransactionMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["ForcedTransactionNotIncluded"].ID.Bytes()[:4]) {
		return myRollup.UnpackForcedTransactionNotIncludedError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["ForcedTransactionTooLarge"].ID.Bytes()[:4]) {
		return myRollup.UnpackForcedTransactionTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["ForcedTransactionValid"].ID.Bytes()[:4]) {
		return myRollup.UnpackForcedTransactionValidError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["GasLimitOutsidePolicy"].ID.Bytes()[:4]) {
		return myRollup.UnpackGasLimitOutsidePolicyError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["GasLimitsOutOfRange"].ID.Bytes()[:4]) {
		return myRollup.UnpackGasLimitsOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["GenesisTimestampInFuture"].ID.Bytes()[:4]) {
		return myRollup.UnpackGenesisTimestampInFutureError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["GenesisUnset"].ID.Bytes()[:4]) {
		return myRollup.UnpackGenesisUnsetError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["HeadHeaderMismatch"].ID.Bytes()[:4]) {
		return myRollup.UnpackHeadHeaderMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["HistorySizeTooSmall"].ID.Bytes()[:4]) {
		return myRollup.UnpackHistorySizeTooSmallError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["InitcodeTooLarge"].ID.Bytes()[:4]) {
		return myRollup.UnpackInitcodeTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["IntrinsicGasTooLow"].ID.Bytes()[:4]) {
		return myRollup.UnpackIntrinsicGasTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["InvalidChainId"].ID.Bytes()[:4]) {
		return myRollup.UnpackInvalidChainIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["InvalidClaim"].ID.Bytes()[:4]) {
		return myRollup.UnpackInvalidClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["InvalidDeposit"].ID.Bytes()[:4]) {
		return myRollup.UnpackInvalidDepositError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["InvalidTransactionSignature"].ID.Bytes()[:4]) {
		return myRollup.UnpackInvalidTransactionSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["MPTEmptyValue"].ID.Bytes()[:4]) {
		return myRollup.UnpackMPTEmptyValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["MPTExtraProofNodes"].ID.Bytes()[:4]) {
		return myRollup.UnpackMPTExtraProofNodesError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["MPTInvalidNode"].ID.Bytes()[:4]) {
		return myRollup.UnpackMPTInvalidNodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["MPTInvalidNodeHash"].ID.Bytes()[:4]) {
		return myRollup.UnpackMPTInvalidNodeHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["MPTInvalidRootHash"].ID.Bytes()[:4]) {
		return myRollup.UnpackMPTInvalidRootHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["MPTProofTooShort"].ID.Bytes()[:4]) {
		return myRollup.UnpackMPTProofTooShortError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["MalformedAccount"].ID.Bytes()[:4]) {
		return myRollup.UnpackMalformedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["MalformedStorageValue"].ID.Bytes()[:4]) {
		return myRollup.UnpackMalformedStorageValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["MalformedTransaction"].ID.Bytes()[:4]) {
		return myRollup.UnpackMalformedTransactionError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["RLPEmptyInput"].ID.Bytes()[:4]) {
		return myRollup.UnpackRLPEmptyInputError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["RLPIntegerTooLarge"].ID.Bytes()[:4]) {
		return myRollup.UnpackRLPIntegerTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["RLPNonCanonical"].ID.Bytes()[:4]) {
		return myRollup.UnpackRLPNonCanonicalError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["RLPNotAList"].ID.Bytes()[:4]) {
		return myRollup.UnpackRLPNotAListError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["RLPNotAString"].ID.Bytes()[:4]) {
		return myRollup.UnpackRLPNotAStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["RLPTrailingBytes"].ID.Bytes()[:4]) {
		return myRollup.UnpackRLPTrailingBytesError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["RLPTruncated"].ID.Bytes()[:4]) {
		return myRollup.UnpackRLPTruncatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["SenderCodeMismatch"].ID.Bytes()[:4]) {
		return myRollup.UnpackSenderCodeMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["SequencerExclusive"].ID.Bytes()[:4]) {
		return myRollup.UnpackSequencerExclusiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["SequencerUnset"].ID.Bytes()[:4]) {
		return myRollup.UnpackSequencerUnsetError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["SequencerWindowOutOfRange"].ID.Bytes()[:4]) {
		return myRollup.UnpackSequencerWindowOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["StateRootUnavailable"].ID.Bytes()[:4]) {
		return myRollup.UnpackStateRootUnavailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["TimestampOutOfRange"].ID.Bytes()[:4]) {
		return myRollup.UnpackTimestampOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["TipAboveFeeCap"].ID.Bytes()[:4]) {
		return myRollup.UnpackTipAboveFeeCapError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["TransactionCostOverflow"].ID.Bytes()[:4]) {
		return myRollup.UnpackTransactionCostOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["TransactionGasTooHigh"].ID.Bytes()[:4]) {
		return myRollup.UnpackTransactionGasTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return myRollup.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["UnsupportedTransactionType"].ID.Bytes()[:4]) {
		return myRollup.UnpackUnsupportedTransactionTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["WithdrawalAlreadyFinalized"].ID.Bytes()[:4]) {
		return myRollup.UnpackWithdrawalAlreadyFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["WithdrawalNotProven"].ID.Bytes()[:4]) {
		return myRollup.UnpackWithdrawalNotProvenError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["WrongTransactionChainId"].ID.Bytes()[:4]) {
		return myRollup.UnpackWrongTransactionChainIdError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MyRollupAccountNotInState represents a AccountNotInState error raised by the MyRollup contract.
type MyRollupAccountNotInState struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccountNotInState(address account)
func MyRollupAccountNotInStateErrorID() common.Hash {
	return common.HexToHash("0x39262529707a9354ddf1871bf12f4404f26fb19b007f771e28807bde9b9d99dc")
}

// UnpackAccountNotInStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccountNotInState(address account)
func (myRollup *MyRollup) UnpackAccountNotInStateError(raw []byte) (*MyRollupAccountNotInState, error) {
	out := new(MyRollupAccountNotInState)
	if err := myRollup.abi.UnpackIntoInterface(out, "AccountNotInState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupAnchorOutOfRange represents a AnchorOutOfRange error raised by the MyRollup contract.
type MyRollupAnchorOutOfRange struct {
	AnchorBlockNumber uint64
	PreviousAnchor    uint64
	L1BlockNumber     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AnchorOutOfRange(uint64 anchorBlockNumber, uint64 previousAnchor, uint256 l1BlockNumber)
func MyRollupAnchorOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xf4b770e8a9ea34fce3610e988701b7238e39062507c4b4d3fc591e402629a522")
}

// UnpackAnchorOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AnchorOutOfRange(uint64 anchorBlockNumber, uint64 previousAnchor, uint256 l1BlockNumber)
func (myRollup *MyRollup) UnpackAnchorOutOfRangeError(raw []byte) (*MyRollupAnchorOutOfRange, error) {
	out := new(MyRollupAnchorOutOfRange)
	if err := myRollup.abi.UnpackIntoInterface(out, "AnchorOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupBlockTooLarge represents a BlockTooLarge error raised by the MyRollup contract.
type MyRollupBlockTooLarge struct {
	PayloadBytes *big.Int
	GasLimit     uint64
	SettleGas    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BlockTooLarge(uint256 payloadBytes, uint64 gasLimit, uint256 settleGas)
func MyRollupBlockTooLargeErrorID() common.Hash {
	return common.HexToHash("0xee5f6446a06082d05ad2314f6bae9003a1bb34e140bfbb38df90588c4f818784")
}

// UnpackBlockTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BlockTooLarge(uint256 payloadBytes, uint64 gasLimit, uint256 settleGas)
func (myRollup *MyRollup) UnpackBlockTooLargeError(raw []byte) (*MyRollupBlockTooLarge, error) {
	out := new(MyRollupBlockTooLarge)
	if err := myRollup.abi.UnpackIntoInterface(out, "BlockTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupExecuteFailed represents a ExecuteFailed error raised by the MyRollup contract.
type MyRollupExecuteFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExecuteFailed()
func MyRollupExecuteFailedErrorID() common.Hash {
	return common.HexToHash("0xd6bed873b61e0c022a3041c8750c4aeea171d77d891747ae05542d8f625f98b9")
}

// UnpackExecuteFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExecuteFailed()
func (myRollup *MyRollup) UnpackExecuteFailedError(raw []byte) (*MyRollupExecuteFailed, error) {
	out := new(MyRollupExecuteFailed)
	if err := myRollup.abi.UnpackIntoInterface(out, "ExecuteFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupExecuteUnavailable represents a ExecuteUnavailable error raised by the MyRollup contract.
type MyRollupExecuteUnavailable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExecuteUnavailable()
func MyRollupExecuteUnavailableErrorID() common.Hash {
	return common.HexToHash("0xdabc3a388fbd683130ee328eb86b4826e2c9e36e66f97838462c47a62c3fd276")
}

// UnpackExecuteUnavailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExecuteUnavailable()
func (myRollup *MyRollup) UnpackExecuteUnavailableError(raw []byte) (*MyRollupExecuteUnavailable, error) {
	out := new(MyRollupExecuteUnavailable)
	if err := myRollup.abi.UnpackIntoInterface(out, "ExecuteUnavailable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupForcedInclusionFeeTooLow represents a ForcedInclusionFeeTooLow error raised by the MyRollup contract.
type MyRollupForcedInclusionFeeTooLow struct {
	Paid     *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ForcedInclusionFeeTooLow(uint256 paid, uint256 required)
func MyRollupForcedInclusionFeeTooLowErrorID() common.Hash {
	return common.HexToHash("0xf661aa8b127a651cf44f7cc491827574dbaafe40bb2492660f2313625fb92e6f")
}

// UnpackForcedInclusionFeeTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ForcedInclusionFeeTooLow(uint256 paid, uint256 required)
func (myRollup *MyRollup) UnpackForcedInclusionFeeTooLowError(raw []byte) (*MyRollupForcedInclusionFeeTooLow, error) {
	out := new(MyRollupForcedInclusionFeeTooLow)
	if err := myRollup.abi.UnpackIntoInterface(out, "ForcedInclusionFeeTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupForcedQueueEmpty represents a ForcedQueueEmpty error raised by the MyRollup contract.
type MyRollupForcedQueueEmpty struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ForcedQueueEmpty()
func MyRollupForcedQueueEmptyErrorID() common.Hash {
	return common.HexToHash("0x556eb3fb8b118770900c0acc8ba23233f13c14105d444caa5badbfbd86f3f3de")
}

// UnpackForcedQueueEmptyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ForcedQueueEmpty()
func (myRollup *MyRollup) UnpackForcedQueueEmptyError(raw []byte) (*MyRollupForcedQueueEmpty, error) {
	out := new(MyRollupForcedQueueEmpty)
	if err := myRollup.abi.UnpackIntoInterface(out, "ForcedQueueEmpty", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupForcedTransactionMismatch represents a ForcedTransactionMismatch error raised by the MyRollup contract.
type MyRollupForcedTransactionMismatch struct {
	Index  *big.Int
	Queued [32]byte
	Given  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ForcedTransactionMismatch(uint256 index, bytes32 queued, bytes32 given)
func MyRollupForcedTransactionMismatchErrorID() common.Hash {
	return common.HexToHash("0x176da328c928915b96a6e368677c01d6971aa892e86bbdf8ef92d949d6c40a13")
}

// UnpackForcedTransactionMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ForcedTransactionMismatch(uint256 index, bytes32 queued, bytes32 given)
func (myRollup *MyRollup) UnpackForcedTransactionMismatchError(raw []byte) (*MyRollupForcedTransactionMismatch, error) {
	out := new(MyRollupForcedTransactionMismatch)
	if err := myRollup.abi.UnpackIntoInterface(out, "ForcedTransactionMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupForcedTransactionNotIncluded represents a ForcedTransactionNotIncluded error raised by the MyRollup contract.
type MyRollupForcedTransactionNotIncluded struct {
	Index  *big.Int
	TxHash [32]byte
	DueAt  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ForcedTransactionNotIncluded(uint256 index, bytes32 txHash, uint256 dueAt)
func MyRollupForcedTransactionNotIncludedErrorID() common.Hash {
	return common.HexToHash("0xd4b6d93a7fbefbd350cbecff7bad6025f8327947eca31237f3fc35963bab50d0")
}

// UnpackForcedTransactionNotIncludedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ForcedTransactionNotIncluded(uint256 index, bytes32 txHash, uint256 dueAt)
func (myRollup *MyRollup) UnpackForcedTransactionNotIncludedError(raw []byte) (*MyRollupForcedTransactionNotIncluded, error) {
	out := new(MyRollupForcedTransactionNotIncluded)
	if err := myRollup.abi.UnpackIntoInterface(out, "ForcedTransactionNotIncluded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupForcedTransactionTooLarge represents a ForcedTransactionTooLarge error raised by the MyRollup contract.
type MyRollupForcedTransactionTooLarge struct {
	Size *big.Int
	Max  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ForcedTransactionTooLarge(uint256 size, uint256 max)
func MyRollupForcedTransactionTooLargeErrorID() common.Hash {
	return common.HexToHash("0x36ffd370aa28567fafc9fb136f981e7032fc6f27d3b7a95f9c03d2b864ca1b6d")
}

// UnpackForcedTransactionTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ForcedTransactionTooLarge(uint256 size, uint256 max)
func (myRollup *MyRollup) UnpackForcedTransactionTooLargeError(raw []byte) (*MyRollupForcedTransactionTooLarge, error) {
	out := new(MyRollupForcedTransactionTooLarge)
	if err := myRollup.abi.UnpackIntoInterface(out, "ForcedTransactionTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupForcedTransactionValid represents a ForcedTransactionValid error raised by the MyRollup contract.
type MyRollupForcedTransactionValid struct {
	Index  *big.Int
	TxHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ForcedTransactionValid(uint256 index, bytes32 txHash)
func MyRollupForcedTransactionValidErrorID() common.Hash {
	return common.HexToHash("0x3e976768019da5f59989d7ddb4caf623224e7dba5013465ebecd89e7bc653128")
}

// UnpackForcedTransactionValidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ForcedTransactionValid(uint256 index, bytes32 txHash)
func (myRollup *MyRollup) UnpackForcedTransactionValidError(raw []byte) (*MyRollupForcedTransactionValid, error) {
	out := new(MyRollupForcedTransactionValid)
	if err := myRollup.abi.UnpackIntoInterface(out, "ForcedTransactionValid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupGasLimitOutsidePolicy represents a GasLimitOutsidePolicy error raised by the MyRollup contract.
type MyRollupGasLimitOutsidePolicy struct {
	GasLimit    uint64
	MinGasLimit uint64
	MaxGasLimit uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GasLimitOutsidePolicy(uint64 gasLimit, uint64 minGasLimit, uint64 maxGasLimit)
func MyRollupGasLimitOutsidePolicyErrorID() common.Hash {
	return common.HexToHash("0xc8eb5e5f977f6f007c7005682af4f5c4299c70b82690a274e79498e717ba7113")
}

// UnpackGasLimitOutsidePolicyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GasLimitOutsidePolicy(uint64 gasLimit, uint64 minGasLimit, uint64 maxGasLimit)
func (myRollup *MyRollup) UnpackGasLimitOutsidePolicyError(raw []byte) (*MyRollupGasLimitOutsidePolicy, error) {
	out := new(MyRollupGasLimitOutsidePolicy)
	if err := myRollup.abi.UnpackIntoInterface(out, "GasLimitOutsidePolicy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupGasLimitsOutOfRange represents a GasLimitsOutOfRange error raised by the MyRollup contract.
type MyRollupGasLimitsOutOfRange struct {
	MinGasLimit uint64
	MaxGasLimit uint64
	Floor       uint64
	Ceiling     uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GasLimitsOutOfRange(uint64 minGasLimit, uint64 maxGasLimit, uint64 floor, uint64 ceiling)
func MyRollupGasLimitsOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xd2be076aad547e785177f73ffe63b0bb53a5450ceeff7fef48ee8c130e5e6699")
}

// UnpackGasLimitsOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GasLimitsOutOfRange(uint64 minGasLimit, uint64 maxGasLimit, uint64 floor, uint64 ceiling)
func (myRollup *MyRollup) UnpackGasLimitsOutOfRangeError(raw []byte) (*MyRollupGasLimitsOutOfRange, error) {
	out := new(MyRollupGasLimitsOutOfRange)
	if err := myRollup.abi.UnpackIntoInterface(out, "GasLimitsOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupGenesisTimestampInFuture represents a GenesisTimestampInFuture error raised by the MyRollup contract.
type MyRollupGenesisTimestampInFuture struct {
	GenesisTimestamp uint64
	L1Timestamp      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GenesisTimestampInFuture(uint64 genesisTimestamp, uint256 l1Timestamp)
func MyRollupGenesisTimestampInFutureErrorID() common.Hash {
	return common.HexToHash("0xddbe5bb8f44244901a2afad9bfa5b4829533ec01d5235f45304b41f87716444f")
}

// UnpackGenesisTimestampInFutureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GenesisTimestampInFuture(uint64 genesisTimestamp, uint256 l1Timestamp)
func (myRollup *MyRollup) UnpackGenesisTimestampInFutureError(raw []byte) (*MyRollupGenesisTimestampInFuture, error) {
	out := new(MyRollupGenesisTimestampInFuture)
	if err := myRollup.abi.UnpackIntoInterface(out, "GenesisTimestampInFuture", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupGenesisUnset represents a GenesisUnset error raised by the MyRollup contract.
type MyRollupGenesisUnset struct {
	GenesisHash      [32]byte
	GenesisStateRoot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GenesisUnset(bytes32 genesisHash, bytes32 genesisStateRoot)
func MyRollupGenesisUnsetErrorID() common.Hash {
	return common.HexToHash("0xaa186dfc8ae744a23654f3afc38ee291507cbb6920e433bf14115d054fb591c2")
}

// UnpackGenesisUnsetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GenesisUnset(bytes32 genesisHash, bytes32 genesisStateRoot)
func (myRollup *MyRollup) UnpackGenesisUnsetError(raw []byte) (*MyRollupGenesisUnset, error) {
	out := new(MyRollupGenesisUnset)
	if err := myRollup.abi.UnpackIntoInterface(out, "GenesisUnset", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupHeadHeaderMismatch represents a HeadHeaderMismatch error raised by the MyRollup contract.
type MyRollupHeadHeaderMismatch struct {
	HeaderHash [32]byte
	BlockHash  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HeadHeaderMismatch(bytes32 headerHash, bytes32 blockHash)
func MyRollupHeadHeaderMismatchErrorID() common.Hash {
	return common.HexToHash("0x073af8eb77adeed2da561f740c78e13b63eae71cddc312fbe269519ebd15c0ea")
}

// UnpackHeadHeaderMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HeadHeaderMismatch(bytes32 headerHash, bytes32 blockHash)
func (myRollup *MyRollup) UnpackHeadHeaderMismatchError(raw []byte) (*MyRollupHeadHeaderMismatch, error) {
	out := new(MyRollupHeadHeaderMismatch)
	if err := myRollup.abi.UnpackIntoInterface(out, "HeadHeaderMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupHistorySizeTooSmall represents a HistorySizeTooSmall error raised by the MyRollup contract.
type MyRollupHistorySizeTooSmall struct {
	HistorySize uint64
	Min         uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HistorySizeTooSmall(uint64 historySize, uint64 min)
func MyRollupHistorySizeTooSmallErrorID() common.Hash {
	return common.HexToHash("0x159a34f4f774dc1f6a300d0e8a6c584c9e0116189b95b3a2278c51f7ed58bea7")
}

// UnpackHistorySizeTooSmallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HistorySizeTooSmall(uint64 historySize, uint64 min)
func (myRollup *MyRollup) UnpackHistorySizeTooSmallError(raw []byte) (*MyRollupHistorySizeTooSmall, error) {
	out := new(MyRollupHistorySizeTooSmall)
	if err := myRollup.abi.UnpackIntoInterface(out, "HistorySizeTooSmall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupInitcodeTooLarge represents a InitcodeTooLarge error raised by the MyRollup contract.
type MyRollupInitcodeTooLarge struct {
	Size *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InitcodeTooLarge(uint256 size)
func MyRollupInitcodeTooLargeErrorID() common.Hash {
	return common.HexToHash("0xc1eed06b1e3b7ee37f0aafe48350ebec7f63a9b4fc5ea9369e73094c5edf0857")
}

// UnpackInitcodeTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InitcodeTooLarge(uint256 size)
func (myRollup *MyRollup) UnpackInitcodeTooLargeError(raw []byte) (*MyRollupInitcodeTooLarge, error) {
	out := new(MyRollupInitcodeTooLarge)
	if err := myRollup.abi.UnpackIntoInterface(out, "InitcodeTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupIntrinsicGasTooLow represents a IntrinsicGasTooLow error raised by the MyRollup contract.
type MyRollupIntrinsicGasTooLow struct {
	GasLimit     uint64
	IntrinsicGas *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IntrinsicGasTooLow(uint64 gasLimit, uint256 intrinsicGas)
func MyRollupIntrinsicGasTooLowErrorID() common.Hash {
	return common.HexToHash("0xfa353ba31423ef7e7022fc6658df76f2cdb993079c4b53d15f690c7bdc07a5c0")
}

// UnpackIntrinsicGasTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IntrinsicGasTooLow(uint64 gasLimit, uint256 intrinsicGas)
func (myRollup *MyRollup) UnpackIntrinsicGasTooLowError(raw []byte) (*MyRollupIntrinsicGasTooLow, error) {
	out := new(MyRollupIntrinsicGasTooLow)
	if err := myRollup.abi.UnpackIntoInterface(out, "IntrinsicGasTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupInvalidChainId represents a InvalidChainId error raised by the MyRollup contract.
type MyRollupInvalidChainId struct {
	ChainId   uint64
	L1ChainId *big.Int
	Max       uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidChainId(uint64 chainId, uint256 l1ChainId, uint64 max)
func MyRollupInvalidChainIdErrorID() common.Hash {
	return common.HexToHash("0x92e63b3ccdf7400de47257965606cacaf4f51918eabe39932031cfe489054c8c")
}

// UnpackInvalidChainIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidChainId(uint64 chainId, uint256 l1ChainId, uint64 max)
func (myRollup *MyRollup) UnpackInvalidChainIdError(raw []byte) (*MyRollupInvalidChainId, error) {
	out := new(MyRollupInvalidChainId)
	if err := myRollup.abi.UnpackIntoInterface(out, "InvalidChainId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupInvalidClaim represents a InvalidClaim error raised by the MyRollup contract.
type MyRollupInvalidClaim struct {
	ComputedBlockHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidClaim(bytes32 computedBlockHash)
func MyRollupInvalidClaimErrorID() common.Hash {
	return common.HexToHash("0xa3a88d9d33c417e61d0d70566e1ef43fe9e19771621e74de7057477a3292a189")
}

// UnpackInvalidClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidClaim(bytes32 computedBlockHash)
func (myRollup *MyRollup) UnpackInvalidClaimError(raw []byte) (*MyRollupInvalidClaim, error) {
	out := new(MyRollupInvalidClaim)
	if err := myRollup.abi.UnpackIntoInterface(out, "InvalidClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupInvalidDeposit represents a InvalidDeposit error raised by the MyRollup contract.
type MyRollupInvalidDeposit struct {
	Value      *big.Int
	RelayerFee *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidDeposit(uint256 value, uint256 relayerFee)
func MyRollupInvalidDepositErrorID() common.Hash {
	return common.HexToHash("0x77f67c46bcbbfd31bc27733d6df1af482b7314b70ddb5a7beb32b125b050534d")
}

// UnpackInvalidDepositError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidDeposit(uint256 value, uint256 relayerFee)
func (myRollup *MyRollup) UnpackInvalidDepositError(raw []byte) (*MyRollupInvalidDeposit, error) {
	out := new(MyRollupInvalidDeposit)
	if err := myRollup.abi.UnpackIntoInterface(out, "InvalidDeposit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupInvalidTransactionSignature represents a InvalidTransactionSignature error raised by the MyRollup contract.
type MyRollupInvalidTransactionSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidTransactionSignature()
func MyRollupInvalidTransactionSignatureErrorID() common.Hash {
	return common.HexToHash("0x0d22aef05028b00f1a6cf918a8ad345cc088d780b436bfa80c0170fc8ae4f163")
}

// UnpackInvalidTransactionSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidTransactionSignature()
func (myRollup *MyRollup) UnpackInvalidTransactionSignatureError(raw []byte) (*MyRollupInvalidTransactionSignature, error) {
	out := new(MyRollupInvalidTransactionSignature)
	if err := myRollup.abi.UnpackIntoInterface(out, "InvalidTransactionSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupMPTEmptyValue represents a MPTEmptyValue error raised by the MyRollup contract.
type MyRollupMPTEmptyValue struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MPTEmptyValue()
func MyRollupMPTEmptyValueErrorID() common.Hash {
	return common.HexToHash("0x72bd2633956ba5adecd18ca9b7dd6acfc26f8cdaad701a59380ddf4f8e5ce4e3")
}

// UnpackMPTEmptyValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MPTEmptyValue()
func (myRollup *MyRollup) UnpackMPTEmptyValueError(raw []byte) (*MyRollupMPTEmptyValue, error) {
	out := new(MyRollupMPTEmptyValue)
	if err := myRollup.abi.UnpackIntoInterface(out, "MPTEmptyValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupMPTExtraProofNodes represents a MPTExtraProofNodes error raised by the MyRollup contract.
type MyRollupMPTExtraProofNodes struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MPTExtraProofNodes()
func MyRollupMPTExtraProofNodesErrorID() common.Hash {
	return common.HexToHash("0x0f0778d4ee4c73c940e714f50a405e5119330125deff9d7eaeaee244d20bd899")
}

// UnpackMPTExtraProofNodesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MPTExtraProofNodes()
func (myRollup *MyRollup) UnpackMPTExtraProofNodesError(raw []byte) (*MyRollupMPTExtraProofNodes, error) {
	out := new(MyRollupMPTExtraProofNodes)
	if err := myRollup.abi.UnpackIntoInterface(out, "MPTExtraProofNodes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupMPTInvalidNode represents a MPTInvalidNode error raised by the MyRollup contract.
type MyRollupMPTInvalidNode struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MPTInvalidNode()
func MyRollupMPTInvalidNodeErrorID() common.Hash {
	return common.HexToHash("0xfc6594b2de2b1f42153634570bca84f114d0fc5b5bfb066ac28ae74d297093ad")
}

// UnpackMPTInvalidNodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MPTInvalidNode()
func (myRollup *MyRollup) UnpackMPTInvalidNodeError(raw []byte) (*MyRollupMPTInvalidNode, error) {
	out := new(MyRollupMPTInvalidNode)
	if err := myRollup.abi.UnpackIntoInterface(out, "MPTInvalidNode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupMPTInvalidNodeHash represents a MPTInvalidNodeHash error raised by the MyRollup contract.
type MyRollupMPTInvalidNodeHash struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MPTInvalidNodeHash()
func MyRollupMPTInvalidNodeHashErrorID() common.Hash {
	return common.HexToHash("0xf541d9d4d2dfbcf032ce6243226a06db8f1e858a739d98d224f010cfd15c2474")
}

// UnpackMPTInvalidNodeHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MPTInvalidNodeHash()
func (myRollup *MyRollup) UnpackMPTInvalidNodeHashError(raw []byte) (*MyRollupMPTInvalidNodeHash, error) {
	out := new(MyRollupMPTInvalidNodeHash)
	if err := myRollup.abi.UnpackIntoInterface(out, "MPTInvalidNodeHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupMPTInvalidRootHash represents a MPTInvalidRootHash error raised by the MyRollup contract.
type MyRollupMPTInvalidRootHash struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MPTInvalidRootHash()
func MyRollupMPTInvalidRootHashErrorID() common.Hash {
	return common.HexToHash("0xd8a0503c59bb99f659ea50a44d414afdc12380565f26831c40617f29b0bb9ede")
}

// UnpackMPTInvalidRootHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MPTInvalidRootHash()
func (myRollup *MyRollup) UnpackMPTInvalidRootHashError(raw []byte) (*MyRollupMPTInvalidRootHash, error) {
	out := new(MyRollupMPTInvalidRootHash)
	if err := myRollup.abi.UnpackIntoInterface(out, "MPTInvalidRootHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupMPTProofTooShort represents a MPTProofTooShort error raised by the MyRollup contract.
type MyRollupMPTProofTooShort struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MPTProofTooShort()
func MyRollupMPTProofTooShortErrorID() common.Hash {
	return common.HexToHash("0x35e909e90ed5e3f9b9c275834c61c2d0f8a074f104c4f6605b44a8e228d32628")
}

// UnpackMPTProofTooShortError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MPTProofTooShort()
func (myRollup *MyRollup) UnpackMPTProofTooShortError(raw []byte) (*MyRollupMPTProofTooShort, error) {
	out := new(MyRollupMPTProofTooShort)
	if err := myRollup.abi.UnpackIntoInterface(out, "MPTProofTooShort", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupMalformedAccount represents a MalformedAccount error raised by the MyRollup contract.
type MyRollupMalformedAccount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedAccount()
func MyRollupMalformedAccountErrorID() common.Hash {
	return common.HexToHash("0x8bfd7d3faa3c4da56686ea83ad17c9abe20b6459cfb3c37debf10dd25bef38b7")
}

// UnpackMalformedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedAccount()
func (myRollup *MyRollup) UnpackMalformedAccountError(raw []byte) (*MyRollupMalformedAccount, error) {
	out := new(MyRollupMalformedAccount)
	if err := myRollup.abi.UnpackIntoInterface(out, "MalformedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupMalformedStorageValue represents a MalformedStorageValue error raised by the MyRollup contract.
type MyRollupMalformedStorageValue struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedStorageValue()
func MyRollupMalformedStorageValueErrorID() common.Hash {
	return common.HexToHash("0x0b5ac8756dc2cc5ac05214161a6aab0c81893342c073cdb55848e3ec6f3667f6")
}

// UnpackMalformedStorageValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedStorageValue()
func (myRollup *MyRollup) UnpackMalformedStorageValueError(raw []byte) (*MyRollupMalformedStorageValue, error) {
	out := new(MyRollupMalformedStorageValue)
	if err := myRollup.abi.UnpackIntoInterface(out, "MalformedStorageValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupMalformedTransaction represents a MalformedTransaction error raised by the MyRollup contract.
type MyRollupMalformedTransaction struct {
	Field string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedTransaction(string field)
func MyRollupMalformedTransactionErrorID() common.Hash {
	return common.HexToHash("0x9cdc2da0c0897ae6cae32b1550ea10b6afe5b2a2b86dcdb32a0263c0d0f85ec2")
}

// UnpackMalformedTransactionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedTransaction(string field)
func (myRollup *MyRollup) UnpackMalformedTransactionError(raw []byte) (*MyRollupMalformedTransaction, error) {
	out := new(MyRollupMalformedTransaction)
	if err := myRollup.abi.UnpackIntoInterface(out, "MalformedTransaction", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupRLPEmptyInput represents a RLPEmptyInput error raised by the MyRollup contract.
type MyRollupRLPEmptyInput struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RLPEmptyInput()
func MyRollupRLPEmptyInputErrorID() common.Hash {
	return common.HexToHash("0x403adeedff5272a06ca58baf9847b4025842dc9652052a9ea01d280f02a02d89")
}

// UnpackRLPEmptyInputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RLPEmptyInput()
func (myRollup *MyRollup) UnpackRLPEmptyInputError(raw []byte) (*MyRollupRLPEmptyInput, error) {
	out := new(MyRollupRLPEmptyInput)
	if err := myRollup.abi.UnpackIntoInterface(out, "RLPEmptyInput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupRLPIntegerTooLarge represents a RLPIntegerTooLarge error raised by the MyRollup contract.
type MyRollupRLPIntegerTooLarge struct {
	MaxBytes *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RLPIntegerTooLarge(uint256 maxBytes)
func MyRollupRLPIntegerTooLargeErrorID() common.Hash {
	return common.HexToHash("0xdf3ac6da594c188f69e1b6f32399d7afbb772f0ee4185753e44740a377e0298a")
}

// UnpackRLPIntegerTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RLPIntegerTooLarge(uint256 maxBytes)
func (myRollup *MyRollup) UnpackRLPIntegerTooLargeError(raw []byte) (*MyRollupRLPIntegerTooLarge, error) {
	out := new(MyRollupRLPIntegerTooLarge)
	if err := myRollup.abi.UnpackIntoInterface(out, "RLPIntegerTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupRLPNonCanonical represents a RLPNonCanonical error raised by the MyRollup contract.
type MyRollupRLPNonCanonical struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RLPNonCanonical()
func MyRollupRLPNonCanonicalErrorID() common.Hash {
	return common.HexToHash("0x2dbeb369d80f5282a5910d73316ae334814afc3048d8521574ef86ea0e731361")
}

// UnpackRLPNonCanonicalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RLPNonCanonical()
func (myRollup *MyRollup) UnpackRLPNonCanonicalError(raw []byte) (*MyRollupRLPNonCanonical, error) {
	out := new(MyRollupRLPNonCanonical)
	if err := myRollup.abi.UnpackIntoInterface(out, "RLPNonCanonical", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupRLPNotAList represents a RLPNotAList error raised by the MyRollup contract.
type MyRollupRLPNotAList struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RLPNotAList()
func MyRollupRLPNotAListErrorID() common.Hash {
	return common.HexToHash("0xf5ad531ed855c5726eb97d1d5a1cdc187ef406bc505532ced02a7fb22a351d89")
}

// UnpackRLPNotAListError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RLPNotAList()
func (myRollup *MyRollup) UnpackRLPNotAListError(raw []byte) (*MyRollupRLPNotAList, error) {
	out := new(MyRollupRLPNotAList)
	if err := myRollup.abi.UnpackIntoInterface(out, "RLPNotAList", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupRLPNotAString represents a RLPNotAString error raised by the MyRollup contract.
type MyRollupRLPNotAString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RLPNotAString()
func MyRollupRLPNotAStringErrorID() common.Hash {
	return common.HexToHash("0x16f3f4b481a347f94e3d4fd6b7101f4eb825080cc42a4875b370122cfb40dc60")
}

// UnpackRLPNotAStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RLPNotAString()
func (myRollup *MyRollup) UnpackRLPNotAStringError(raw []byte) (*MyRollupRLPNotAString, error) {
	out := new(MyRollupRLPNotAString)
	if err := myRollup.abi.UnpackIntoInterface(out, "RLPNotAString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupRLPTrailingBytes represents a RLPTrailingBytes error raised by the MyRollup contract.
type MyRollupRLPTrailingBytes struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RLPTrailingBytes()
func MyRollupRLPTrailingBytesErrorID() common.Hash {
	return common.HexToHash("0xda5578386710e439630958ee593af09dd185da9dac1ea9d0409dca2764956294")
}

// UnpackRLPTrailingBytesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RLPTrailingBytes()
func (myRollup *MyRollup) UnpackRLPTrailingBytesError(raw []byte) (*MyRollupRLPTrailingBytes, error) {
	out := new(MyRollupRLPTrailingBytes)
	if err := myRollup.abi.UnpackIntoInterface(out, "RLPTrailingBytes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupRLPTruncated represents a RLPTruncated error raised by the MyRollup contract.
type MyRollupRLPTruncated struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RLPTruncated()
func MyRollupRLPTruncatedErrorID() common.Hash {
	return common.HexToHash("0xafdf59e476f56a8fca2bc955fc1268932bb048784c6fc767801d3ac7a23eeb00")
}

// UnpackRLPTruncatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RLPTruncated()
func (myRollup *MyRollup) UnpackRLPTruncatedError(raw []byte) (*MyRollupRLPTruncated, error) {
	out := new(MyRollupRLPTruncated)
	if err := myRollup.abi.UnpackIntoInterface(out, "RLPTruncated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupSenderCodeMismatch represents a SenderCodeMismatch error raised by the MyRollup contract.
type MyRollupSenderCodeMismatch struct {
	CodeHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SenderCodeMismatch(bytes32 codeHash)
func MyRollupSenderCodeMismatchErrorID() common.Hash {
	return common.HexToHash("0xad7e7be1ec165ab2bca61a60af45db2d118a030d06d57fe7ad3695cf87fe195f")
}

// UnpackSenderCodeMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SenderCodeMismatch(bytes32 codeHash)
func (myRollup *MyRollup) UnpackSenderCodeMismatchError(raw []byte) (*MyRollupSenderCodeMismatch, error) {
	out := new(MyRollupSenderCodeMismatch)
	if err := myRollup.abi.UnpackIntoInterface(out, "SenderCodeMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupSequencerExclusive represents a SequencerExclusive error raised by the MyRollup contract.
type MyRollupSequencerExclusive struct {
	Sequencer common.Address
	OpenAt    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SequencerExclusive(address sequencer, uint256 openAt)
func MyRollupSequencerExclusiveErrorID() common.Hash {
	return common.HexToHash("0x80beb8f3770cbde0f52e8f65690a063a5adf14ce90897027a4582e513a67976c")
}

// UnpackSequencerExclusiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SequencerExclusive(address sequencer, uint256 openAt)
func (myRollup *MyRollup) UnpackSequencerExclusiveError(raw []byte) (*MyRollupSequencerExclusive, error) {
	out := new(MyRollupSequencerExclusive)
	if err := myRollup.abi.UnpackIntoInterface(out, "SequencerExclusive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupSequencerUnset represents a SequencerUnset error raised by the MyRollup contract.
type MyRollupSequencerUnset struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SequencerUnset()
func MyRollupSequencerUnsetErrorID() common.Hash {
	return common.HexToHash("0xe323ccbc185385aff60a0796531c151e737c6fc6b6b0a75b8fe1680e7b27539f")
}

// UnpackSequencerUnsetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SequencerUnset()
func (myRollup *MyRollup) UnpackSequencerUnsetError(raw []byte) (*MyRollupSequencerUnset, error) {
	out := new(MyRollupSequencerUnset)
	if err := myRollup.abi.UnpackIntoInterface(out, "SequencerUnset", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupSequencerWindowOutOfRange represents a SequencerWindowOutOfRange error raised by the MyRollup contract.
type MyRollupSequencerWindowOutOfRange struct {
	SequencerWindow uint64
	Min             uint64
	Max             uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SequencerWindowOutOfRange(uint64 sequencerWindow, uint64 min, uint64 max)
func MyRollupSequencerWindowOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xf9acdadac2d9eb14851a360c9b08578083837560200aa857041e7936888c9b80")
}

// UnpackSequencerWindowOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SequencerWindowOutOfRange(uint64 sequencerWindow, uint64 min, uint64 max)
func (myRollup *MyRollup) UnpackSequencerWindowOutOfRangeError(raw []byte) (*MyRollupSequencerWindowOutOfRange, error) {
	out := new(MyRollupSequencerWindowOutOfRange)
	if err := myRollup.abi.UnpackIntoInterface(out, "SequencerWindowOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupStateRootUnavailable represents a StateRootUnavailable error raised by the MyRollup contract.
type MyRollupStateRootUnavailable struct {
	L2BlockNumber uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StateRootUnavailable(uint64 l2BlockNumber)
func MyRollupStateRootUnavailableErrorID() common.Hash {
	return common.HexToHash("0x9ae2a7c3ab9cf74097eb0778c6abaa33e702f47eab2f33e47fb6aa26a587aa88")
}

// UnpackStateRootUnavailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StateRootUnavailable(uint64 l2BlockNumber)
func (myRollup *MyRollup) UnpackStateRootUnavailableError(raw []byte) (*MyRollupStateRootUnavailable, error) {
	out := new(MyRollupStateRootUnavailable)
	if err := myRollup.abi.UnpackIntoInterface(out, "StateRootUnavailable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupTimestampOutOfRange represents a TimestampOutOfRange error raised by the MyRollup contract.
type MyRollupTimestampOutOfRange struct {
	Timestamp       uint64
	ParentTimestamp uint64
	L1Timestamp     uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimestampOutOfRange(uint64 timestamp, uint64 parentTimestamp, uint64 l1Timestamp)
func MyRollupTimestampOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x3bdf90a7416b561b3bdc1f31ed6a881a6132d7e695827a04ba0a0589cf4be611")
}

// UnpackTimestampOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimestampOutOfRange(uint64 timestamp, uint64 parentTimestamp, uint64 l1Timestamp)
func (myRollup *MyRollup) UnpackTimestampOutOfRangeError(raw []byte) (*MyRollupTimestampOutOfRange, error) {
	out := new(MyRollupTimestampOutOfRange)
	if err := myRollup.abi.UnpackIntoInterface(out, "TimestampOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupTipAboveFeeCap represents a TipAboveFeeCap error raised by the MyRollup contract.
type MyRollupTipAboveFeeCap struct {
	MaxPriorityFeePerGas *big.Int
	MaxFeePerGas         *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TipAboveFeeCap(uint256 maxPriorityFeePerGas, uint256 maxFeePerGas)
func MyRollupTipAboveFeeCapErrorID() common.Hash {
	return common.HexToHash("0x38366612f37e4bc066e985660c65b4acfb82431a43ec26a337ec8db3bbc37e12")
}

// UnpackTipAboveFeeCapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TipAboveFeeCap(uint256 maxPriorityFeePerGas, uint256 maxFeePerGas)
func (myRollup *MyRollup) UnpackTipAboveFeeCapError(raw []byte) (*MyRollupTipAboveFeeCap, error) {
	out := new(MyRollupTipAboveFeeCap)
	if err := myRollup.abi.UnpackIntoInterface(out, "TipAboveFeeCap", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupTransactionCostOverflow represents a TransactionCostOverflow error raised by the MyRollup contract.
type MyRollupTransactionCostOverflow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransactionCostOverflow()
func MyRollupTransactionCostOverflowErrorID() common.Hash {
	return common.HexToHash("0x61fea41526ab38035551faf31e11239f11f8154b3569ad59076a18d5a914caf7")
}

// UnpackTransactionCostOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransactionCostOverflow()
func (myRollup *MyRollup) UnpackTransactionCostOverflowError(raw []byte) (*MyRollupTransactionCostOverflow, error) {
	out := new(MyRollupTransactionCostOverflow)
	if err := myRollup.abi.UnpackIntoInterface(out, "TransactionCostOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupTransactionGasTooHigh represents a TransactionGasTooHigh error raised by the MyRollup contract.
type MyRollupTransactionGasTooHigh struct {
	GasLimit uint64
	MaxGas   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransactionGasTooHigh(uint64 gasLimit, uint256 maxGas)
func MyRollupTransactionGasTooHighErrorID() common.Hash {
	return common.HexToHash("0xac4dde26f0ad1de2e7a342715cdce92e832c575254da2aa705665e62671d3652")
}

// UnpackTransactionGasTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransactionGasTooHigh(uint64 gasLimit, uint256 maxGas)
func (myRollup *MyRollup) UnpackTransactionGasTooHighError(raw []byte) (*MyRollupTransactionGasTooHigh, error) {
	out := new(MyRollupTransactionGasTooHigh)
	if err := myRollup.abi.UnpackIntoInterface(out, "TransactionGasTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupTransferFailed represents a TransferFailed error raised by the MyRollup contract.
type MyRollupTransferFailed struct {
	To common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to)
func MyRollupTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x39f1c8d9a08940175dbc82f15840b953aa855264e371e68f3e5d5cb38c445fa0")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to)
func (myRollup *MyRollup) UnpackTransferFailedError(raw []byte) (*MyRollupTransferFailed, error) {
	out := new(MyRollupTransferFailed)
	if err := myRollup.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupUnsupportedTransactionType represents a UnsupportedTransactionType error raised by the MyRollup contract.
type MyRollupUnsupportedTransactionType struct {
	TxType uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedTransactionType(uint8 txType)
func MyRollupUnsupportedTransactionTypeErrorID() common.Hash {
	return common.HexToHash("0x301bf494d6780ea7ed78b49cedf1b45f32ee17b1b0ccadf91ebccd5631f75880")
}

// UnpackUnsupportedTransactionTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedTransactionType(uint8 txType)
func (myRollup *MyRollup) UnpackUnsupportedTransactionTypeError(raw []byte) (*MyRollupUnsupportedTransactionType, error) {
	out := new(MyRollupUnsupportedTransactionType)
	if err := myRollup.abi.UnpackIntoInterface(out, "UnsupportedTransactionType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupWithdrawalAlreadyFinalized represents a WithdrawalAlreadyFinalized error raised by the MyRollup contract.
type MyRollupWithdrawalAlreadyFinalized struct {
	WithdrawalHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawalAlreadyFinalized(bytes32 withdrawalHash)
func MyRollupWithdrawalAlreadyFinalizedErrorID() common.Hash {
	return common.HexToHash("0x9b26663946b0e83cff6e916f9994f36cef88f7205d09fd89ef801ea9d9c4746c")
}

// UnpackWithdrawalAlreadyFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawalAlreadyFinalized(bytes32 withdrawalHash)
func (myRollup *MyRollup) UnpackWithdrawalAlreadyFinalizedError(raw []byte) (*MyRollupWithdrawalAlreadyFinalized, error) {
	out := new(MyRollupWithdrawalAlreadyFinalized)
	if err := myRollup.abi.UnpackIntoInterface(out, "WithdrawalAlreadyFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupWithdrawalNotProven represents a WithdrawalNotProven error raised by the MyRollup contract.
type MyRollupWithdrawalNotProven struct {
	WithdrawalHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawalNotProven(bytes32 withdrawalHash)
func MyRollupWithdrawalNotProvenErrorID() common.Hash {
	return common.HexToHash("0x24bd5a5253b0806598fec67a4dabc2b3abb261a14fb9ee2432db8f540bda4dce")
}

// UnpackWithdrawalNotProvenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawalNotProven(bytes32 withdrawalHash)
func (myRollup *MyRollup) UnpackWithdrawalNotProvenError(raw []byte) (*MyRollupWithdrawalNotProven, error) {
	out := new(MyRollupWithdrawalNotProven)
	if err := myRollup.abi.UnpackIntoInterface(out, "WithdrawalNotProven", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MyRollupWrongTransactionChainId represents a WrongTransactionChainId error raised by the MyRollup contract.
type MyRollupWrongTransactionChainId struct {
	TxChainId *big.Int
	ChainId   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongTransactionChainId(uint256 txChainId, uint64 chainId)
func MyRollupWrongTransactionChainIdErrorID() common.Hash {
	return common.HexToHash("0xce74c5f7b089a63d854e97b76a245ba385eed90ac383af301c599e2301110d85")
}

// UnpackWrongTransactionChainIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongTransactionChainId(uint256 txChainId, uint64 chainId)
func (myRollup *MyRollup) UnpackWrongTransactionChainIdError(raw []byte) (*MyRollupWrongTransactionChainId, error) {
	out := new(MyRollupWrongTransactionChainId)
	if err := myRollup.abi.UnpackIntoInterface(out, "WrongTransactionChainId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupMetaData contains all meta data concerning the OptimisticNativeRollup contract.
var OptimisticNativeRollupMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"genesisHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"genesisStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"genesisReceiptsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"genesisGasUsed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minGasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxGasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"historySize\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"proposerBond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"challengerBond\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"moveTimeout\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxBlocksPerProposal\",\"type\":\"uint64\"}],\"internalType\":\"structOptimisticNativeRollup.Config\",\"name\":\"c\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AccountNotInState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"anchorBlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"previousAnchor\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"l1BlockNumber\",\"type\":\"uint256\"}],\"name\":\"AnchorOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"blobIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BlobDoesNotHoldBlock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BlobTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BlockDataNotProven\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"blobIndex\",\"type\":\"uint256\"}],\"name\":\"BlockDataProvenAlready\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"payloadBytes\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"settleGas\",\"type\":\"uint256\"}],\"name\":\"BlockTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"BondOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"BondPaid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"closedAt\",\"type\":\"uint64\"}],\"name\":\"ChallengeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"closesAt\",\"type\":\"uint64\"}],\"name\":\"ChallengeWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"min\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"}],\"name\":\"ChallengeWindowOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"ClockExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"ClockRunning\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DataMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DeriveFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DeriveUnavailable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExecuteFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExecuteUnavailable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GameResolvedAlready\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"openGames\",\"type\":\"uint64\"}],\"name\":\"GamesOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"minGasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxGasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"floor\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"ceiling\",\"type\":\"uint64\"}],\"name\":\"GasLimitsOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"genesisHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"genesisStateRoot\",\"type\":\"bytes32\"}],\"name\":\"GenesisUnset\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"historySize\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"min\",\"type\":\"uint64\"}],\"name\":\"HistorySizeTooSmall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InputsNotDerived\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"blobs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"blocks\",\"type\":\"uint256\"}],\"name\":\"InvalidBlockCounts\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"l1ChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"}],\"name\":\"InvalidChainId\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"relayerFee\",\"type\":\"uint256\"}],\"name\":\"InvalidDeposit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"endNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxBlocks\",\"type\":\"uint64\"}],\"name\":\"InvalidRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTEmptyValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTExtraProofNodes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidNode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidNodeHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidRootHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTProofTooShort\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedStorageValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"maxBlocksPerProposal\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"}],\"name\":\"MaxBlocksPerProposalOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"moveTimeout\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"min\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"}],\"name\":\"MoveTimeoutOutOfRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoBlobs\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoPendingProposal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"}],\"name\":\"NotAtOneBlock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOptimisticNativeRollup.Turn\",\"name\":\"turn\",\"type\":\"uint8\"}],\"name\":\"NotYourTurn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"NothingToSync\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OutputMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"ProposalDefeated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"ProposalNotDefeated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"ProposalNotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"ProposalPending\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPEmptyInput\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNonCanonical\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNotAList\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNotAString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPTrailingBytes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPTruncated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"section\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sections\",\"type\":\"uint256\"}],\"name\":\"SectionOutOfRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SectionsMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"}],\"name\":\"StateRootUnavailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"WithdrawalAlreadyFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"WithdrawalNotProven\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"WrongBond\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"WrongOutputCount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"outputRoots\",\"type\":\"bytes32[]\"}],\"name\":\"Bisected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"}],\"name\":\"BisectionReused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blobIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"BlockDataInvalid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blobIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"blocksRoot\",\"type\":\"bytes32\"}],\"name\":\"BlockDataProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"name\":\"Challenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"depositHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"relayerFee\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structMessages.Deposit\",\"name\":\"deposit\",\"type\":\"tuple\"}],\"name\":\"DepositSent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"name\":\"Finalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"proposerWon\",\"type\":\"bool\"}],\"name\":\"GameResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"parentId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"startNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"startOutputRoot\",\"type\":\"bytes32\"}],\"name\":\"ProposalParent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"endNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"endOutputRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"blobHashes\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"uint32[]\",\"name\":\"blockCounts\",\"type\":\"uint32[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"anchorL1Block\",\"type\":\"uint64\"}],\"name\":\"Proposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"Refunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"}],\"name\":\"Selected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structMessages.Withdrawal\",\"name\":\"withdrawal\",\"type\":\"tuple\"}],\"name\":\"WithdrawalFinalized\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BLOB_RETENTION\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFENCE_GAS_PRICE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GAS_LIMIT_FLOOR\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"K\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"L2_BRIDGE\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_BLOCKS_PER_PROPOSAL\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_BOND\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CHAIN_ID\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_DEFENCE_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FINALIZE_SKIPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_GAS_LIMIT\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_MOVE_TIMEOUT\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SETTLE_PAYLOAD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TX_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_BOND\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_CHALLENGER_BOND\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_CHALLENGE_WINDOW\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_HISTORY_SIZE\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_MOVE_TIMEOUT\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_SETTLE_PAYLOAD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SETTLE_HOST_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"anchorBlockNumber\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"outputRoots\",\"type\":\"bytes32[]\"}],\"name\":\"bisect\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"range\",\"type\":\"bytes32\"}],\"name\":\"bisections\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"sectionsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"blobIndex\",\"type\":\"uint256\"}],\"name\":\"blobBlocks\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"firstNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockNumber\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"chainId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"challenge\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengerBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"relayerFee\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"depositHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"depositHash\",\"type\":\"bytes32\"}],\"name\":\"depositSent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"executions\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"outputs\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"internalType\":\"structMessages.Withdrawal\",\"name\":\"withdrawal\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes[]\",\"name\":\"accountProof\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes[]\",\"name\":\"storageProof\",\"type\":\"bytes[]\"}],\"name\":\"finalizeWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gameCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"games\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"enumOptimisticNativeRollup.Turn\",\"name\":\"turn\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"loOutputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"hiOutputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"sectionsHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"}],\"internalType\":\"structOptimisticNativeRollup.Output\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"hashOutput\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"historySize\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxBlocksPerProposal\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxGasLimit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minGasLimit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"moveTimeout\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"outputRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"pending\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proposalCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"proposals\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"startNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"endNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"proposedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"openGames\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"defeated\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"settled\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"anchorBlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"startOutputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endOutputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endBlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"anchor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"parentId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"endNumber\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"}],\"internalType\":\"structOptimisticNativeRollup.Output\",\"name\":\"end\",\"type\":\"tuple\"},{\"internalType\":\"uint32[]\",\"name\":\"blockCounts\",\"type\":\"uint32[]\"},{\"internalType\":\"uint64\",\"name\":\"anchorL1Block\",\"type\":\"uint64\"}],\"name\":\"propose\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proposerBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"blobHashes\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint32[]\",\"name\":\"blockCounts\",\"type\":\"uint32[]\"},{\"internalType\":\"uint256\",\"name\":\"blobIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"blob\",\"type\":\"bytes\"}],\"name\":\"proveBlockData\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"reclaim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"outputRoots\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"section\",\"type\":\"uint256\"}],\"name\":\"select\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"payloadBytes\",\"type\":\"uint256\"}],\"name\":\"settleGasBound\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"payloadBytes\",\"type\":\"uint256\"}],\"name\":\"settleable\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stateRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"}],\"name\":\"stateRootAt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"}],\"internalType\":\"structOptimisticNativeRollup.Output\",\"name\":\"parent\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"}],\"internalType\":\"structOptimisticNativeRollup.Output\",\"name\":\"claimed\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"prevRandao\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"}],\"internalType\":\"structExecute.BlockEnv\",\"name\":\"env\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"transactions\",\"type\":\"bytes\"}],\"internalType\":\"structOptimisticNativeRollup.BlockInputs\",\"name\":\"inputs\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"blobIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"step\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"sync\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawCredit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"withdrawalFinalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "OptimisticNativeRollup",
	Bin: "0x6101a08060405234610659576101a081615cc38038038091610021828561065d565b83398101031261065957604051906101a082016001600160401b0381118382101761047e5760405261005281610680565b918281526020820151906020810190828252808060408601519560408201978789526060820151976060840198895261008d60808401610680565b97608085019889526100a160a08501610680565b8060a08701526100b360c08601610680565b8060c08801526100c560e08701610680565b918260e089015261010087015195610100890196875261018061011d816101208b01519a6101208d019b8c526101406100ff818301610680565b9d019c8d52610160610112818301610680565b9e019d8e5201610680565b9b019a8b526001600160401b039283169391831692918216911680158015610649575b8015610640575b61061a5784158015610612575b6105fb5761010082106105e257620f4240831080156105d9575b80156105cd575b61059d5760805260a05260c05260e0526003556004819055600580546001600160801b03191643604090811b6fffffffffffffffff000000000000000016919091179091558051919082016001600160401b0381118382101761047e576040525f82526020820190815260a0516001600160401b031615610589575f8052600260205290517fac33ff75c19e70fe83507db0d683fd3465c996598dc972688b7ace676c89077b80546001600160401b0319166001600160401b0392909216919091179055517fac33ff75c19e70fe83507db0d683fd3465c996598dc972688b7ace676c89077c55805167016345785d8a000081108015610576575b61054a57508151670e383a3f95f5000081108015610537575b61050b575082516001600160401b0316611c20811080156104ff575b6104e0575083516001600160401b0316610e10811080156104d4575b6104b5575084516001600160401b0316801580156104aa575b610492575051610100525161012052516001600160401b0390811661014052905181166101605290518116610180529051935192519151604051908216929160808201919082118183101761047e57606091604052858152602081019485526040810192835201918252604051926020840194855251604084015251606083015260018060401b0390511660808201526080815261037960a08261065d565b51902060065560405161562e90816106958239608051818181611d020152614442015260a051818181610e4101528181612763015261405f015260c051818181611183015261427c015260e05181818161123b01526142d2015261010051818181610c190152818161182b0152818161235c01528181612add01528181613c760152613e5f015261012051818181610d74015281816113db01528181611e6401528181613c5401528181613d4201528181613e030152613e80015261014051818181611ca20152611e2b0152610160518181816109c601528181612506015281816135be0152613b1201526101805181818161111a01528181611b430152611b810152f35b634e487b7160e01b5f52604160045260245ffd5b63d9f7c34560e01b5f5260045261600060245260445ffd5b5061600081116102da565b63273d06fb60e21b5f52600452610e106024526201518060445260645ffd5b506201518081116102c1565b630d4d32cd60e31b5f52600452611c206024526218000060445260645ffd5b506218000081116102a5565b6342762c1b60e11b5f52600452670e383a3f95f5000060245269021e19e0c9bab240000060445260645ffd5b5069021e19e0c9bab24000008111610289565b6342762c1b60e11b5f5260045267016345785d8a000060245269021e19e0c9bab240000060445260645ffd5b5069021e19e0c9bab24000008111610270565b634e487b7160e01b5f52601260045260245ffd5b608483856040519163695f03b560e11b835260048301526024820152620f4240604482015262cdfe606064820152fd5b5062cdfe608411610175565b5083831161016e565b506305668d3d60e21b5f5260045261010060245260445ffd5b8585632a861b7f60e21b5f5260045260245260445ffd5b508515610154565b6324b98ecf60e21b5f9081526004919091524660245260256001603f1b03604452606490fd5b50468114610147565b5060256001603f1b038111610140565b5f80fd5b601f909101601f19168101906001600160401b0382119082101761047e57604052565b51906001600160401b03821682036106595756fe60806040526004361015610011575f80fd5b5f3560e01c8063013cf08b14610424578063017616991461041f578063045c8f601461041a578063073fa05c14610415578063074fcfbd1461041057806308148f7a1461040b578063085def64146104065780630bdc203b14610401578063117a5b90146103fc5780631598691d146103f7578063159a99ea146103f2578063170806aa146103ed578063225cde5e146103e8578063278ecde1146103e35780632dabbeed146103de5780632dfdf0b5146103d9578063365b11d9146103d45780633b1306fd146103cf5780633cad82ff146103ca57806346241e8e146103c5578063479d96bd146103c057806347e7ef24146103bb5780634bb278f3146103b65780634d1975b4146103b15780634fda3dd2146103ac578063544a06c0146103a757806357e871e7146103a25780635aeb4d771461039d5780635bc105c0146103985780635e45da23146103935780636127e3ff1461038e5780636844db521461038957806368ccdc86146103845780636d381f1a1461037f57806371cc6a4c1461037a57806372bf41d814610375578063791b47fe146103705780637d82b0911461036b57806381bd4e7914610366578063839b6d9314610361578063861a14121461035c5780639588eca2146103575780639a8a0592146103525780639f3f18131461034d578063a04db18e14610348578063a0e66d9214610343578063a78deacf1461033e578063a932492f14610339578063ab82d9a014610334578063af6e62381461032f578063b1357bf91461032a578063c2214bf614610325578063c25ae7b814610320578063c36f38741461031b578063cd77f57a14610316578063d2e25d8414610311578063d5d44d801461030c578063d685de6014610307578063da35c66414610302578063db35e93e146102fd578063de761570146102f8578063e0de0fee146102f3578063e3f5aa51146102ee578063f22a195e146102e95763fdb894ac146102e4575f80fd5b6124e7565b6124ca565b6124ad565b61248b565b61246c565b61243d565b612420565b6123ba565b61237f565b612345565b612181565b612114565b6120f6565b612074565b612035565b61200c565b611dcd565b611db2565b611d95565b611d78565b611d43565b611d26565b611ce3565b611cc6565b611c83565b611c67565b6117d5565b6117b9565b61179b565b61174f565b61141b565b6113fe565b6113c4565b61136f565b6112d0565b61121c565b6111f9565b611164565b61113e565b6110fb565b6110d9565b611026565b61100e565b610f0a565b610ece565b610e9f565b610e65565b610e22565b610e06565b610dea565b610cd2565b610b51565b610af6565b610ad9565b610ab7565b6107bf565b610713565b610672565b610627565b610609565b6105ec565b6105d0565b6105b3565b61058f565b6104cb565b9b99979593919e9d9c9a98969492909e6101c08d019f600160a01b60019003168d526001600160401b031660208d015260408c0161046e916001600160401b03169052565b6001600160401b031660608b01526001600160401b031660808a0152151560a0890152151560c08801526001600160401b031660e08701526101008601526101208501526101408401526101608301526101808201526101a00152565b3461058b57602036600319011261058b576004355f52600860205260405f206001600160401b03610587825492600181015490610512826001600160401b039060401c1690565b608083901c6001600160401b031660c084901c60ff1660c885901c60ff1660028501546001600160401b0316600386015491600487015493600588015495600689015497600860078b01549a01549a6040519e8f9e8f9216916001600160401b038260a01c169160018060a01b031690610429565b0390f35b5f80fd5b3461058b575f36600319011261058b57602060405169021e19e0c9bab24000008152f35b3461058b575f36600319011261058b576020604051620100008152f35b3461058b575f36600319011261058b5760206040516101008152f35b3461058b575f36600319011261058b576020604051621800008152f35b3461058b57602036600319011261058b5761062560043561252a565b005b3461058b57602036600319011261058b57602060016106687f405f0deb3d285d4e12dd4c0ea78141b800589a8b89657b11ad5da71c886aa42e6004356149dc565b5414604051908152f35b3461058b575f36600319011261058b576020604051611c208152f35b6003111561069857565b634e487b7160e01b5f52602160045260245ffd5b9060038210156106985752565b9591946001600160401b0361010098956106f3829683959e9d9c996101208c019f8c5260018060a01b031660208c015260408b01906106ac565b1660608801521660808601521660a084015260c083015260e08201520152565b3461058b57602036600319011261058b576004355f52600b60205260405f208054610587600183015492600281015490600381015460056004830154920154926040519687966001600160401b03808460401c169316916001600160401b038160a81c169160ff8260a01c169160018060a01b0316908a6106b9565b9181601f8401121561058b578235916001600160401b03831161058b576020808501948460051b01011161058b57565b3461058b57606036600319011261058b576004356024356001600160401b03811161058b576107f290369060040161078f565b91604435926108008261391e565b9261080b8484613998565b5061081584613ec1565b6001840180546108356001600160a01b0382165b6001600160a01b031690565b3303610a9d5750604051602081019061086181610853878786612648565b03601f1981018352826116b9565b519020916005860192835403610a8e5761087a86613f34565b9182881015610a7457908594939291879860028901948554946108a7866001600160401b039060401c1690565b956001600160401b031695866108bc916111d9565b6001600160401b03169581806108d2868a6110c6565b906108dc9161265c565b6001600160401b03166108ef9083612689565b976108f9866126a9565b610902916110c6565b9061090c9161265c565b6001600160401b031661091e91612689565b80978415159d7fa2acf49504427d4fd99679a0325792f0377fe4f4a39d98c496125271fa6400869a6106259f985f976109616109b497610a1c9c610a56576125bf565b8110610a3d575b5050825467ffffffffffffffff19166001600160401b038b161783555061098c9050565b9067ffffffffffffffff60401b82549160401b169067ffffffffffffffff60401b1916179055565b55805460ff60a01b191681555b6109f47f00000000000000000000000000000000000000000000000000000000000000006001600160401b034216612689565b815467ffffffffffffffff60a81b191660a89190911b67ffffffffffffffff60a81b16179055565b604080516001600160401b03928316815292909116602083015290a2613998565b600492610a4992612723565b359101558c5f8080610968565b610a69610a62846125bf565b8686612723565b3560038701556125bf565b6356845def60e01b5f526004889052602483905260445b5ffd5b633cf7d80960e21b5f5260045ffd5b610a8b9060a01c60ff165b634eb8d5d960e11b5f52612616565b3461058b575f36600319011261058b576020604051600161272960911b018152f35b3461058b575f36600319011261058b576020604051620493e08152f35b3461058b57604036600319011261058b57600435602435905f52600e60205260405f20905f52602052606060405f2063ffffffff600182549201546040519283526001600160401b038116602084015260401c166040820152f35b3461058b57602036600319011261058b57600435610b77815f52600860205260405f2090565b80546001600160a01b031615610cbe5760018101805460c081901c60ff16610caa5760c881901c60ff16610c9657610bb5610bb184613f65565b1590565b610c825760801c6001600160401b03166001600160401b038116610c675750805460ff60c81b1916600160c81b179055610c1490610bfb905b546001600160a01b031690565b6001600160a01b03165f90815260106020526040902090565b610c3f7f00000000000000000000000000000000000000000000000000000000000000008254612702565b90557f3d2a04f53164bedf9a8a46353305d6b2d2261410406df3b41f99ce6489dc003c5f80a2005b63657b454760e01b5f526001600160401b031660045260245ffd5b6302c2a02b60e21b5f52600484905260245ffd5b63b943988f60e01b5f52600484905260245ffd5b631a91580160e11b5f52600484905260245ffd5b630ad4bc1160e41b5f52600482905260245ffd5b3461058b57602036600319011261058b57600435610cf8815f52600b60205260405f2090565b600181019081546002610d0f8260ff9060a01c1690565b610d188161068e565b14908115610dd8575b50610dc95754610d4c610bb16001610d41845f52600860205260405f2090565b015460c01c60ff1690565b610db75750805460ff60a01b1916600160a11b178155610d6f90610bfb90610bee565b610d9a7f00000000000000000000000000000000000000000000000000000000000000008254612702565b90556040515f81525f51602061560e5f395f51905f5290602090a2005b637ebe921f60e01b5f5260045260245ffd5b631e10644f60e01b5f5260045ffd5b6001600160a01b03161590505f610d21565b3461058b575f36600319011261058b5760205f54604051908152f35b3461058b575f36600319011261058b5760206040516104008152f35b3461058b575f36600319011261058b5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461058b575f36600319011261058b5760206001600160401b0360055460401c16604051908152f35b6001600160401b0381160361058b57565b3461058b57602036600319011261058b576020610ec6600435610ec181610e8e565b612756565b604051908152f35b3461058b57604036600319011261058b576020610ec6600435610ef081610e8e565b602435906127d8565b6001600160a01b0381160361058b57565b604036600319011261058b57600435610f2281610ef9565b6024359034158015611005575b610fee57610fdb90610f76610587935f5490610f66610f4c6116da565b838152336020820152946001600160a01b03166040860152565b34606085015260808401526128c8565b5f557fb5423a27b2bae2a2e762ca99cacdf8fc967ded07e738e8a518084a0f24a1eb95610fa282613fb4565b928392610fcf7f405f0deb3d285d4e12dd4c0ea78141b800589a8b89657b11ad5da71c886aa42e85613fc9565b604051918291826128d6565b0390a26040519081529081906020820190565b50633bfb3e2360e11b5f523460045260245260445ffd5b50348211610f2f565b3461058b575f36600319011261058b5761062561292f565b3461058b575f36600319011261058b576020600c54604051908152f35b634e487b7160e01b5f52601160045260245ffd5b600481901b91906001600160fc1b0381160361106f57565b611043565b908160030291600383040361106f57565b908160280291602883040361106f57565b600581901b91906001600160fb1b0381160361106f57565b600181901b91906001600160ff1b0381160361106f57565b8181029291811591840414171561106f57565b3461058b575f36600319011261058b576020604051670e383a3f95f500008152f35b3461058b575f36600319011261058b5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461058b575f36600319011261058b5760206001600160401b0360055416604051908152f35b3461058b575f36600319011261058b5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b634e487b7160e01b5f52601260045260245ffd5b6001600160401b035f19911601906001600160401b03821161106f57565b906001600160401b03809116911603906001600160401b03821161106f57565b3461058b575f36600319011261058b576020677fffffffffffffdb604051908152f35b3461058b575f36600319011261058b5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b608090602319011261058b57602490565b60809060a319011261058b5760a490565b608090604319011261058b57604490565b608090600319011261058b57600490565b9181601f8401121561058b578235916001600160401b03831161058b576020838186019501011161058b57565b3461058b576101a036600319011261058b576004356112ee3661125f565b6112f736611270565b9161012435906001600160401b03821161058b576040600319833603011261058b57610144356001600160401b03811161058b576113399036906004016112a3565b90610164359261018435966001600160401b03881161058b5761136361062598369060040161078f565b97909660040192612c19565b3461058b57602036600319011261058b576004355f52600d60205260405f206001600160401b03600182549201541690610587604051928392839092916001600160401b036020916040840195845216910152565b3461058b575f36600319011261058b5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461058b575f36600319011261058b576020604051620151808152f35b3461058b57604036600319011261058b576004356024356001600160401b03811161058b5761144e90369060040161078f565b9190611459826140c6565b90815493611475610829610bee875f52600860205260405f2090565b330361162057600283019485546114a6611499826001600160401b039060401c1690565b916001600160401b031690565b60026001600160401b036114ba83856111d9565b16106115ff576114c986613f34565b6114d2816125bf565b85036115da575061150f916115019160405160208101906114f8816108538a8c86612648565b51902094614479565b5f52600d60205260405f2090565b8054806115a75750818155600101805467ffffffffffffffff1916426001600160401b03161790557fded317f1dbc827d594d51a5bdebd6d5a20d3d04356b4fc5847365ea3113d46ab936115a2915b600582015560018101805460ff60a01b1916600160a01b178155611581906109c1565b5495546001600160401b03808216939160401c169360405194859485612f97565b0390a3005b82915003610a8e577fded317f1dbc827d594d51a5bdebd6d5a20d3d04356b4fc5847365ea3113d46ab936115a29161155e565b846115e7610a8b926125bf565b63038f998f60e01b5f52600491909152602452604490565b633b12aa4560e11b5f526001600160401b039081166004521660245260445ffd5b6001830154610a8b9060a01c60ff16610aa8565b634e487b7160e01b5f52604160045260245ffd5b608081019081106001600160401b0382111761166357604052565b611634565b604081019081106001600160401b0382111761166357604052565b606081019081106001600160401b0382111761166357604052565b60a081019081106001600160401b0382111761166357604052565b90601f801991011681019081106001600160401b0382111761166357604052565b604051906116e960a0836116b9565b565b604051906116e96101c0836116b9565b604051906116e96040836116b9565b919082608091031261058b5760405161172281611648565b606080829480358452602081013560208501526040810135604085015201359161174b83610e8e565b0152565b3461058b57608036600319011261058b576020610ec660405161177181611648565b600435815260243583820152604435604082015260643561179181610e8e565b6060820152612fbe565b3461058b575f36600319011261058b57602060405163010000008152f35b3461058b575f36600319011261058b576020604051610e108152f35b61010036600319011261058b576024356004356117f182610e8e565b6117fa36611281565b9060c4356001600160401b03811161058b5761181a90369060040161078f565b939060e4359461182986610e8e565b7f0000000000000000000000000000000000000000000000000000000000000000803403611c5157506005546001600160401b0316926006549285611ba9575b6001600160401b0385166001600160401b03831611801590611b6b575b611b2357611893886144fd565b9161189c61460c565b905f5f5b868110611aca57508251861490811591611aa7575b50611a7757869798996007546118ca906128c8565b9a8b998a966118d888600755565b6118e2368461170a565b6118eb90612fbe565b90833560208501359089898d604051918291602083019461190c928661308f565b03601f198101825261191e90826116b9565b5190209361192a6116eb565b338152956001600160401b031660208701526001600160401b03891660408701526001600160401b03421660608701525f6080870181905260a0870181905260c08701526001600160401b03881660e08701528d6101008701526101208601526101408501526101608401526101808301526101a08201526119b4875f52600860205260405f2090565b906119be916130b4565b856119c9898b613fd5565b6119db905f52600960205260405f2090565b906119e59161328f565b366119ef9161170a565b6119f890612fbe565b956040519485943398611a0b95876132c8565b037fccb2b847ec2a622dc03a76da183cb287d94ab7f632b17202b0a1b268e59869d091a3604080516001600160401b0393909316835260208301919091527f3665561c45fd629aeb3e3f792d49010594a47ef596b050ed64f5e91172b65ccd91a3604051908152602090f35b611a8687610a8b9351926111d9565b631fc0d29d60e21b5f526004919091526001600160401b0316602452604490565b9050611ac2611ab689846111d9565b6001600160401b031690565b14155f6118b5565b90611aea611ae1611adc848a89612723565b613012565b63ffffffff1690565b15611b1357611b0c600191611b06611ae1611adc868c8b612723565b90612702565b91016118a0565b610a8b83611a868b8751926111d9565b631d27552d60e21b5f526001600160401b038083166004528086166024527f00000000000000000000000000000000000000000000000000000000000000001660445260645ffd5b50611b7685836111d9565b6001600160401b03807f000000000000000000000000000000000000000000000000000000000000000016911611611886565b93509150611bbf845f52600860205260405f2090565b91611bcc610bb1846144aa565b611c3d5760028301546001600160401b03166001600160401b0381166001600160401b03891610611c1857506004611c0e60018501546001600160401b031690565b9301549293611869565b631e96ee1d60e31b5f526001600160401b03808916600452166024524360445260645ffd5b630ad4bc1160e41b5f52600485905260245ffd5b63062f01ed60e11b5f523460045260245260445ffd5b3461058b575f36600319011261058b5760206040516160008152f35b3461058b575f36600319011261058b5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461058b575f36600319011261058b576020600454604051908152f35b3461058b575f36600319011261058b5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461058b575f36600319011261058b5760206040516201f8008152f35b3461058b57604036600319011261058b576020611d6e600435611d6581610e8e565b6024359061330f565b6040519015158152f35b3461058b575f36600319011261058b576020604051620f42408152f35b3461058b575f36600319011261058b576020600654604051908152f35b3461058b575f36600319011261058b57602060405160108152f35b602036600319011261058b57600435611dee815f52600860205260405f2090565b9060018201908154611e048160ff9060c01c1690565b611ff857611e14610bb1856144aa565b610cbe57611e509060401c6001600160401b03165b7f000000000000000000000000000000000000000000000000000000000000000090612689565b6001600160401b038116421015611fdd57507f0000000000000000000000000000000000000000000000000000000000000000803403611c51575061058792611fcc91611f9f611ea1600c546128c8565b94611eab86600c55565b6004611ebf875f52600b60205260405f2090565b8481556001810180546001600160a81b0319163360ff60a01b1916178155909590611ee9906109c1565b8054611f499060a01c6001600160401b0316611f1f600289019182906001600160401b03166001600160401b0319825416179055565b8454815467ffffffffffffffff60401b191660409190911b67ffffffffffffffff60401b16179055565b6003810154600387015501546004850155611f77611f7282546001600160401b039060801c1690565b613338565b815467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b16179055565b8333917fa5f8c369e0214ca8253e5f7a94be7e6296f76d2e0283d76f7759115c6f0424115f80a482613998565b506040519081529081906020820190565b630e10189960e31b5f526001600160401b031660045260245ffd5b631a91580160e11b5f52600482905260245ffd5b3461058b57602036600319011261058b576004355f5260086020526020611d6e60405f206144aa565b3461058b57602036600319011261058b5760043561205b6120558261391e565b82613998565b1561206257005b630c561f2f60e01b5f5260045260245ffd5b3461058b5760a036600319011261058b576004356024356001600160401b03811161058b576120a790369060040161078f565b916044356001600160401b03811161058b576120c790369060040161078f565b60643591608435956001600160401b03871161058b576120ee6106259736906004016112a3565b96909561336e565b3461058b575f36600319011261058b57602060405163020927c08152f35b3461058b575f36600319011261058b57335f52601060205260405f20548015612172575f808080933382526010602052816040812055335af1612155613776565b501561215d57005b6339f1c8d960e01b5f90815233600452602490fd5b630686827b60e51b5f5260045ffd5b3461058b5760e036600319011261058b5761219b36611292565b6084356121a781610e8e565b60a4356001600160401b03811161058b576121c690369060040161078f565b60c4356001600160401b03811161058b576121e590369060040161078f565b9190926121fa6121f536886137a5565b6148d4565b94612217612210875f52600160205260405f2090565b5460ff1690565b612331576122446001959361223e612275969461223661226f95612756565b92369161385b565b9061491b565b926122367fd6a5bc246508e8f189608dbda8507c3bd6de66a48b8efdeebfbe1a7b18f7a023886149dc565b91614a1d565b0361231f5761229c61228f825f52600160205260405f2090565b805460ff19166001179055565b7f6a5302ceb0e2163337c6a68b08115fac6f8ebf5158c48eeffb98d0e48ba0f2ca604051806122cb85826138c6565b0390a25f808080604085019460606122e287613914565b910135905af16122f0613776565b50156122f857005b612304610a8b91613914565b6339f1c8d960e01b5f526001600160a01b0316600452602490565b63125ead2960e11b5f5260045260245ffd5b639b26663960e01b5f52600486905260245ffd5b3461058b575f36600319011261058b5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461058b57602036600319011261058b5760043561239c81610ef9565b60018060a01b03165f526010602052602060405f2054604051908152f35b3461058b57604036600319011261058b576123fe6024356004356123dd82610e8e565b5f52600f60205260405f20906001600160401b03165f5260205260405f2090565b8054600190910154604080519283526001600160401b03909116602083015290f35b3461058b575f36600319011261058b576020600754604051908152f35b3461058b57602036600319011261058b576004355f526001602052602060ff60405f2054166040519015158152f35b3461058b575f36600319011261058b5760206040516406fc23ac008152f35b3461058b575f36600319011261058b57602060405167016345785d8a00008152f35b3461058b575f36600319011261058b57602060405162cdfe608152f35b3461058b575f36600319011261058b576020600354604051908152f35b3461058b575f36600319011261058b5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b906125348261391e565b9161253f8382613998565b806125a2575b61259d576001830154926001600160401b03808560a81c16168042111561258b5750600161257b6116e9949560ff9060a01c1690565b6125848161068e565b1491613d87565b6303a5cac360e01b5f5260045260245ffd5b509050565b50600260ff600185015460a01c166125b98161068e565b14612545565b5f1981019190821161106f57565b60f61981019190821161106f57565b60bf1981019190821161106f57565b60b61981019190821161106f57565b607f1981019190821161106f57565b9190820391821161106f57565b906116e960046024936106ac565b81835290916001600160fb1b03831161058b5760209260051b809284830137010190565b916020612659938181520191612624565b90565b8115612666570490565b6111a7565b6001600160401b036001911601906001600160401b03821161106f57565b906001600160401b03809116911601906001600160401b03821161106f57565b906001820180921161106f57565b906040820180921161106f57565b90610400820180921161106f57565b6152080190816152081161106f57565b90620493e0820180921161106f57565b906020820180921161106f57565b9190820180921161106f57565b634e487b7160e01b5f52603260045260245ffd5b91908110156127335760051b0190565b61270f565b906001600160401b0316908115612666576001600160401b03160690565b6001600160401b036127887f000000000000000000000000000000000000000000000000000000000000000083612738565b165f52600260205260405f20906001600160401b038083541691168091148015906127cc575b6127ba57506001015490565b639ae2a7c360e01b5f5260045260245ffd5b506001820154156127ae565b630100000082116128c1576102c082019081831161106f576127f982611057565b61c35001918261c3501161106f576128a56128a085611b0661289a61289361288a61288561285d611b0661287d6128ab9b6128786128b09f6128739f612868612863612855612873946001600160401b0361286e951690612702565b988996611074565b60051c90565b6126b7565b9c6126c5565b611057565b6126d4565b612702565b91603f900490565b6126a9565b611b0685611074565b92806110c6565b60091c90565b6126e4565b936126c5565b611085565b808211156128bc575090565b905090565b50505f1990565b5f19811461106f5760010190565b91909160808060a08301948051845260018060a01b03602082015116602085015260018060a01b036040820151166040850152606081015160608501520151910152565b8054821015612733575f5260205f2001905f90565b61294d6129446005546001600160401b031690565b60065490613fd5565b61295f815f52600960205260405f2090565b90612972815f52600a60205260405f2090565b549161297d836126c5565b925b8154811080612b6b575b156129bd57612997906128c8565b908382146129a5579061297f565b5091506129ba905f52600a60205260405f2090565b55565b9250906129d383915f52600a60205260405f2090565b5580548214612b5c576129f3916129e99161291a565b90549060031b1c90565b612a05815f52600860205260405f2090565b60018101908154612a23611e29826001600160401b039060401c1690565b6001600160401b0381164210612b4157506001600160401b03608082901c1680610c67575090612b3c612b12612a817f46c50f83d9a7dff80e8bd75a8c0a04b0f813709270a0b3040f665a380cff304a95946001600160401b031690565b93612ad8610bfb6005860195612ab587549860068301998a5490612aaf60028601546001600160401b031690565b92613fff565b612ac26004820154600655565b835460ff60c81b1916600160c81b178455610bee565b612b037f00000000000000000000000000000000000000000000000000000000000000008254612702565b9055546001600160401b031690565b91549254604051938493846040919493926001600160401b03606083019616825260208201520152565b0390a2565b639db52e4960e01b5f526001600160401b031660045260245ffd5b6358b89db560e11b5f5260045ffd5b50612b8f6001610d41612b816129e9858761291a565b5f52600860205260405f2090565b612989565b903590609e198136030182121561058b570190565b903590601e198136030182121561058b57018035906001600160401b03821161058b5760200191813603831361058b57565b3561265981610e8e565b60016001600160401b0360206116e994805185550151169101906001600160401b03166001600160401b0319825416179055565b949793929190612c28866140c6565b966002880198895491612c55612c48846001600160401b039060401c1690565b936001600160401b031690565b60016001600160401b03612c6983876111d9565b1603612f755750612c82612c7d368661170a565b612fbe565b9760038b0198895414801590612f5b575b612f4c578a5492612cbd83612cb0865f52600e60205260405f2090565b905f5260205260405f2090565b928354938415612f305760010154906001600160401b038216906001600160401b0382166001600160401b038916108015612f01575b612ee25750612d028a80612b94565b9660208b0197612d12898d612ba9565b90612d1c9261411f565b9260401c63ffffffff1691612d30916111d9565b6001600160401b03169063ffffffff16612d49956141bf565b15612ed357612d6d612d66612d8e925f52600860205260405f2090565b9286612ba9565b9050612d86612d7c8780612b94565b6080810190612ba9565b919050612702565b612db5610bb1612d9e8780612b94565b600185015460401c6001600160401b031690614259565b8015612eb2575b612e9e5791612dfb959391612df68694612df08e6116e99f996020612de482612dea93612b94565b01612bdb565b92612702565b90614304565b614344565b9384612e09575b5050613d87565b90546004840154604080516020810193845290810191909152612e979291612e9291612e388160608101610853565b51902091612e446116fb565b928352426001600160401b03166020840152612e7d612e6c87545f52600f60205260405f2090565b915460401c6001600160401b031690565b6001600160401b03165f5260205260405f2090565b612be5565b5f80612e02565b505050505050509091506116e99250613bfd565b50612ece610bb182612ec96020612de48a80612b94565b61330f565b612dbc565b638297f73360e01b5f5260045ffd5b63139cb11360e31b5f526004526001600160401b03871660245260445ffd5b50612f0c82896111d9565b6001600160401b03612f27604086901c63ffffffff16611ae1565b91161015612cf3565b6366e2261b60e11b5f526001600160401b03871660045260245ffd5b635f670cf360e11b5f5260045ffd5b50612f69612c7d368861170a565b60048c01541415612c93565b633b12aa4560e11b5f526001600160401b03908116600452831660245260445ffd5b6001600160401b036126599593816060941683521660208201528160408201520191612624565b6040516001600160401b03606060208301938051855260208101516040850152604081015182850152015116608082015260808152612ffe60a0826116b9565b51902090565b63ffffffff81160361058b57565b3561265981613004565b90602080835192838152019201905f5b8181106130395750505090565b825184526020938401939092019160010161302c565b916020908281520191905f5b8181106130685750505090565b90919260208060019263ffffffff873561308181613004565b16815201940192910161305b565b916130a6612659949260408552604085019061301c565b92602081850391015261304f565b815181546001600160a01b0319166001600160a01b03909116178155906008906101a0906131176130ef60208301516001600160401b031690565b855467ffffffffffffffff60a01b191660a09190911b67ffffffffffffffff60a01b16178555565b61321b6001850161315261313560408501516001600160401b031690565b825467ffffffffffffffff19166001600160401b03909116178255565b61319161316960608501516001600160401b031690565b825467ffffffffffffffff60401b191660409190911b67ffffffffffffffff60401b16178255565b6131d06131a860808501516001600160401b031690565b825467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b16178255565b6131fa6131e060a0850151151590565b825460ff60c01b191690151560c01b60ff60c01b16178255565b60c08301511515815460ff60c81b191690151560c81b60ff60c81b16179055565b61325161323260e08301516001600160401b031690565b60028601906001600160401b03166001600160401b0319825416179055565b610100810151600385015561012081015160048501556101408101516005850155610160810151600685015561018081015160078501550151910155565b805468010000000000000000811015611663576132b19160018201815561291a565b819291549060031b91821b915f19901b1916179055565b946132fa6001600160401b03946133089486608098959b9a9b168952602089015260a0604089015260a088019061301c565b91868303606088015261304f565b9416910152565b906201f800811115918261332257505090565b6301000000925090613333916127d8565b111590565b6001600160401b03166001600160401b03811461106f5760010190565b92906130a6906126599593604086526040860191612624565b92949793956133b697613380856140c6565b93600285015460016001600160401b036133bd6133a7846001600160401b039060401c1690565b9d8e946001600160401b031690565b80946111d9565b160361372557509188999a93918593896108536133fe6133ea9d9a99549d8e5f52600860205260405f2090565b9a6040519283916020830195878b88613355565b519020600889015403613716578b9a613438611ab68f6134339061342d8d546001600160401b039060a01c1690565b906111d9565b6111bb565b9d5f5f9e8f905b8a8210918261370a575b50501561348f579e8e9f8e9f8f908f9161346292612723565b61346b90613012565b63ffffffff1661347a91612702565b9f613484906128c8565b909f909e8f9061343f565b9b96999d509091929394979b96999d8b888c1091821592613700575b82156136dc575b50506136bc575088612cb06134cf925f52600e60205260405f2090565b9586546136a857886134ed9493926134e692612723565b359161468f565b979160ff819b929b161580159061368e575b61363257507f1448583da74696da5cb1c81fadf15e89739e1bec1c0ea5fa5c23030973ddb4e5989950866135b7948694613593600161357461356f613598988f6135676136199f9e9a6001600160401b0392611adc9c55546001600160401b039060a01c1690565b911690612689565b61266b565b97019687906001600160401b03166001600160401b0319825416179055565b612723565b63ffffffff60401b82549160401b169063ffffffff60401b1916179055565b60016135ec7f00000000000000000000000000000000000000000000000000000000000000006001600160401b034216612689565b9101805467ffffffffffffffff60a81b191660a89290921b67ffffffffffffffff60a81b16919091179055565b6040805191825260208201929092529081908101612b3c565b9450505050508493507f62d326d73d18a03565ede16967998a10fdc56e215e86275f6b1b695967e6edcb9194926136866116e9976040519384938460ff604092959493606083019683521660208201520152565b0390a2613bfd565b506136a0611ae1611adc8a8888612723565b8b14156134ff565b63784e93d560e11b5f52600489905260245ffd5b63139cb11360e31b5f5260048a90526001600160401b031660245260445ffd5b6136e69250612609565b6136f7611ae1611adc8d8b8b612723565b11158b5f6134b2565b81811092506134ab565b909150108f8f90613449565b63866c41db60e01b5f5260045ffd5b633b12aa4560e11b5f526001600160401b039081166004528a1660245260445ffd5b6001600160401b03811161166357601f01601f191660200190565b604051906137716020836116b9565b5f8252565b3d156137a0573d9061378782613747565b9161379560405193846116b9565b82523d5f602084013e565b606090565b919082608091031261058b576040516137bd81611648565b60608082948035845260208101356137d481610ef9565b602085015260408101356137e781610ef9565b60408501520135910152565b6001600160401b0381116116635760051b60200190565b92919261381682613747565b9161382460405193846116b9565b82948184528183011161058b578281602093845f960137010152565b9080601f8301121561058b578160206126599335910161380a565b929190613867816137f3565b9361387560405195866116b9565b602085838152019160051b81019183831161058b5781905b83821061389b575050505050565b81356001600160401b03811161058b576020916138bb8784938701613840565b81520191019061388d565b91909160608060808301948035845260208101356138e381610ef9565b6001600160a01b0316602085015260408101356138ff81610ef9565b6001600160a01b031660408501520135910152565b3561265981610ef9565b5f52600b60205260405f20906001820154600260ff8260a01c166139418161068e565b14908115613986575b50610dc957815460ff6001613967835f52600860205260405f2090565b015460c01c166139745750565b631a91580160e11b5f5260045260245ffd5b6001600160a01b03161590505f61394a565b906001810180546139ad8160ff9060a01c1690565b6139b68161068e565b613be057600283019081546139d8611499826001600160401b039060401c1690565b60026001600160401b036139ec83856111d9565b161015613aa557505050613a1090612e7d612e6c85545f52600f60205260405f2090565b805460038401546004850154604080516020810193845290810191909152929392613a3e8160608101610853565b5190201491821592613a65575b5050613a5f57613a5a91613ce1565b600190565b50505f90565b6001600160401b03919250611ab6613a8a6001613a9b9301546001600160401b031690565b935460a81c6001600160401b031690565b9116115f80613a4b565b613ab89161150191879694959654614479565b91825480158015613bb2575b613ba7577ff6e87e886c54d7d2e89b2fc46d9617c2ef668a3ea8674e72ff4d9d4a65c7d4e095613b5a6001613b7c96613b0a6109f4966001600160401b039060a81c1690565b946005613b387f000000000000000000000000000000000000000000000000000000000000000080986111d9565b950155865460ff60a01b1916600160a01b17875501546001600160401b031690565b906001600160401b0381166001600160401b038316115f14613ba05750612689565b54604080516001600160401b03808416825292821c909216602083015290a2600190565b9050612689565b505050505050505f90565b5060018401546001600160401b03166001600160401b03613bd860a885901c8216611ab6565b911611613ac4565b505050505f90565b6001600160401b0316801561106f575f190190565b60018201805460ff60a01b1916600160a11b1781559091545f526008602052613c52600160405f2001613c3f6131a86001600160401b03835460801c16613be8565b805460ff60c01b1916600160c01b179055565b7f0000000000000000000000000000000000000000000000000000000000000000907f0000000000000000000000000000000000000000000000000000000000000000820180921161106f57546001600160a01b03165f908152601060205260409020805491820180921161106f57556040515f81525f51602061560e5f395f51905f52908060208101612b3c565b60018201805460ff60a01b1916600160a11b17905590545f526008602052613d3d60405f20613d2360018201611f776001600160401b03825460801c16613be8565b546001600160a01b03165f90815260106020526040902090565b8054907f0000000000000000000000000000000000000000000000000000000000000000820180921161106f5755604051600181525f51602061560e5f395f51905f5290602090a2565b60018201805460ff60a01b1916600160a11b17815590925f51602061560e5f395f51905f5292612b3c9290545f52600860205260405f209060018201613de36131a8613dde83546001600160401b039060801c1690565b613be8565b8315613e3e57505054613dfe906001600160a01b0316610bfb565b613e297f00000000000000000000000000000000000000000000000000000000000000008254612702565b90555b60405190151581529081906020820190565b805460ff60c01b1916600160c01b1790559050613eba613eb2610bfb613ea47f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000612702565b93546001600160a01b031690565b918254612702565b9055613e2c565b6001015460ff8160a01c1660038110156106985760018103613f19575060a81c6001600160401b03165b6001600160401b0381164211613efe5750565b6375adfbd560e01b5f526001600160401b031660045260245ffd5b634eb8d5d960e11b5f52613f2f906004906106ac565b60245ffd5b613f5260026001600160401b03920154828082169160401c166111d9565b166010811015613f5f5790565b50601090565b6001600160401b03815460a01c16906001600160401b0360055416808310928315613f91575b50505090565b14915081613fa3575b505f8080613f8b565b60039150015460065414155f613f9a565b604051612ffe816108536020820194856128d6565b6001916129ba916149dc565b604080516001600160401b039092166020830190815290820192909252612ffe8160608101610853565b6001600160401b0392614084926003558060045583821694858519600554161760055567ffffffffffffffff60401b6005549160401b169067ffffffffffffffff60401b1916176005556040519461405686611668565b855260208501527f000000000000000000000000000000000000000000000000000000000000000090612738565b165f5260026020526001602060405f20926140bf6001600160401b0382511685906001600160401b03166001600160401b0319825416179055565b0151910155565b6140cf9061391e565b600181015490919060a081901c60ff166003811015610698575f03610a9d5760a81c6001600160401b0316613eeb565b908060209392818452848401375f828201840152601f01601f1916010190565b906001600160401b0392610853612ffe9284359261413c84610e8e565b6141ad60208701359661414e88610e8e565b60408101359061415d82610ef9565b6141706060820135916080810190612ba9565b9190928b6040519b8c9a60208c019e8f911690521660408a015260018060a01b03166060890152608088015260c060a088015260e08701916140ff565b848103601f190160c0860152916140ff565b949391929080841090811591614243575b5061423a579291905f925b8084106141ea57505050501490565b90919293600184861c16155f1461421e57614206858385612723565b35905f52602052600160405f205b94019291906141db565b614229858385612723565b355f52602052600160405f20614214565b50505050505f90565b61424d9150614af9565b6001851b14155f6141d0565b906001600160401b03602083013561427081610e8e565b16916001600160401b037f00000000000000000000000000000000000000000000000000000000000000001683101592836142d0575b50826142b157505090565b3591506001600160401b039081906142c884610e8e565b169116111590565b7f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316101592505f6142a6565b61430e828261330f565b15614317575050565b8061432a836001600160401b03936127d8565b9263772fb22360e11b5f526004521660245260445260645ffd5b9491949290926020843594013590600761435e8480612b94565b910154916143ab6020890135946001600160401b0360408b013560608c01359061438782610e8e565b604051986143948a611683565b895260208901521660408701526020810190612ba9565b9760a08436031261058b57604051936143c38561169e565b80356143ce81610e8e565b855260208101356143de81610e8e565b602086015260408101356143f181610ef9565b6040860152606081013560608601526080810135926001600160401b03841161058b576144669a61442b6144379361443f96369101613840565b6080880152369161380a565b96369161380a565b957f0000000000000000000000000000000000000000000000000000000000000000614c45565b90918261447257505090565b3514919050565b916001600160401b039081604051936020850195865216604084015216606082015260608152612ffe6080826116b9565b80546001600160a01b0316151590816144ea575b816144d7575b816144cd575090565b610bb19150613f65565b600181015460c81c60ff161591506144c4565b600181015460c01c60ff161591506144be565b906001600160401b0360055460401c16916001600160401b038116838110801561457e575b6145585740928315614532575050565b631e96ee1d60e31b5f526001600160401b0391821660045216602452504360445260645ffd5b631e96ee1d60e31b5f526001600160401b0380831660045284166024524360445260645ffd5b5043811015614522565b90614592826137f3565b61459f60405191826116b9565b82815280926145b0601f19916137f3565b0190602036910137565b8051156127335760200190565b8051600210156127335760600190565b8051600110156127335760400190565b805160101015612733576102200190565b80518210156127335760209160051b010190565b5f905b81496146575781156146485761462482614588565b915f5b818110614632575050565b806001914961464182876145f8565b5201614627565b63fdac229f60e01b5f5260045ffd5b90614661906128c8565b9061460f565b9061467182613747565b61467e60405191826116b9565b82815280926145b0601f1991613747565b919290926202000084116148c05762020080936146b36146ae866126b7565b614667565b9360208501956001875260606040870152606086015262020000608086015260a08501376001620200a0840152620200c08301525f808351856101025afa913d92156148b157606083106147a25761471361470d84614d33565b60ff1690565b9360ff85166148a75761472584614d44565b916147308584614d76565b9461473b8160051c90565b8611801561488a575b6147a257851561487b5761475f61475a87614af9565b614588565b935f9392519260208083015f3e60205f51830101935f945b8986106147f1575b50505050505081515b600181116147b157506147a25761479e906145ba565b5190565b63f8ee12bf60e01b5f5260045ffd5b5f5b8160011c81106147c6575060011c614788565b80604060019260061b860160208101515f52015160205260405f2060208260051b87010152016147b3565b8490600187018b811061485e575b50858211828211176148495780820390838211614833575b908060019392863e842060208860051b8b010152950194614777565b6040805180840190915294509092508290614817565b505050505050505060015f808080808061477f565b6020919250819060051b8601015f3e60205f51850101905f6147ff565b505050509150505f905f905f90565b50806148a1614898866126f4565b611b0689611096565b11614744565b505f925082919050565b63874f0e9d60e01b5f5260045ffd5b63023b9f8760e41b5f52600484905260245ffd5b604051606060208201928051845260018060a01b03602082015116604084015260018060a01b03604082015116828401520151608082015260808152612ffe60a0826116b9565b604051600160601b61272960f11b016020820190815261497693926149639290916149719161494d8160348101610853565b5190206040519384916020830160209181520190565b03601f1981018452836116b9565b614dbd565b90156149c15761498861498d9161508c565b615142565b60048151036149b2576149a26149a8916145c7565b5161522c565b919091156149b257565b638bfd7d3f60e01b5f5260045ffd5b633926252960e01b5f52600161272960911b0160045260245ffd5b906040519060208201928352604082015260408152612ffe6060826116b9565b8051600110156127335760210190565b908151811015612733570160200190565b91614963614a469294936149715f9660405161494d816108536020820194859190602083019252565b9015614af357614a58614a5d9161508c565b615273565b80518015908115614ae8575b508015614acb575b614abc575f925b8151841015614ab75760019060081b614aae61470d614aa8614a9a8887614a0c565b516001600160f81b03191690565b60f81c90565b17930192614a78565b925050565b630b5ac87560e01b5f5260045ffd5b506001600160f81b0319614ae1614a9a836145ba565b1615614a71565b60209150115f614a69565b505f9150565b906001915b808310614b085750565b918060011b908082046002149015171561106f5791614afe565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b9c9899949560c06126599f9d98938f90614c169e99614ba9614be299614c089e99614bb994614b8f614bc99a614b7f89600160ff169052565b6001600160401b03166020890152565b604087015260608601526001600160401b03166080850152565b6001600160401b031660a0830152565b6001600160a01b03909216910152565b60e08c01526101e06101008c01526101e08b0190614b22565b956101208a01526101408901526101608801526101808701906001600160401b03169052565b8482036101a0860152614b22565b916101c0818403910152614b22565b919082604091031261058b578151801515810361058b5760209092015190565b94909592969391968051614c5f906001600160401b031690565b926020820151614c75906001600160401b031690565b60408301519092906001600160a01b031690606081015190608001519185519460208701519660400151614caf906001600160401b031690565b976040519d8e9d60208f019d614cc49e614b46565b03601f1981018252614cd690826116b9565b8051906020015a915f92916101018493fa614cef613776565b9015614d24576040815103614d155780602080614d1193518301019101614c25565b9091565b631b57874760e31b5f5260045ffd5b63d6bed87360e01b5f5260045ffd5b6020116147a25760205f803e5f5190565b80604011908115614d60575b506147a257602060405f3e5f5190565b603f1981019150811161106f576020115f614d50565b90808211908115614d91575b506147a2576020905f3e5f5190565b8281039150811161106f576020115f614d82565b60405190614db282611668565b5f6020838281520152565b92919081511561504a57614dd0906152a7565b925f9081614ddc614da5565b9060015b614fd3575b614dee82615142565b90614df7614da5565b50815160118103614efc575087518114614ed457614e31614e2a614e2461470d614aa8614a9a868e614a0c565b846145f8565b51916128c8565b935b614e3c826154b7565b614eaf5750614e4a8161522c565b92909215614e615750509060015b92909192614de0565b92509394959650506011915051149081614e9d575b50614e8a57637e32ca5960e11b5f5260045ffd5b614d119151614e97613762565b91615481565b614ea79150615273565b51155f614e76565b925090506020808201511015614ec5575f614e58565b637e32ca5960e11b5f5260045ffd5b50614d11959650614ef09250614eea91506145e7565b51615273565b915182511515916154ab565b600203614ec557614f17614f12614eea846145ba565b61535b565b90614f23838b84615419565b90614f6457815115614ec55715614f4f5751614f3e91612702565b92614f48826145d7565b5190614e33565b505050505090614d1192935051614e97613762565b9192959697989350935015928315614fba575b505050614fac57614eea614f8a916145d7565b90815115614f9d57614d1192519061549d565b6372bd263360e01b5f5260045ffd5b50614d119151614e97613762565b614fc79293505190612702565b905114155f8080614f77565b9290508351811461503b5781614fe982866145f8565b5160208151910120036150185761501261500c61500683876145f8565b5161508c565b916128c8565b92614de5565b1561502c57633d50767560e21b5f5260045ffd5b633628140f60e21b5f5260045ffd5b6335e909e960e01b5f5260045ffd5b5050907f56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b42114615082576335e909e960e01b5f5260045ffd5b5f90612659613762565b615094614da5565b508051156150e45760208101906150ac8151836154ce565b50810180911161106f578151036150d55751604051916150cb83611668565b8252602082015290565b631b4aaf0760e31b5f5260045ffd5b63403adeed60e01b5f5260045ffd5b906150fd826137f3565b61510a60405191826116b9565b828152809261511b601f19916137f3565b01905f5b82811061512b57505050565b602090615136614da5565b8282850101520161511f565b9061515382516020840151906154ce565b9390931561521d57615170916151699151612702565b9283612702565b5f90835b8181106151f35750615185826150f3565b93905f915b8383106151975750505050565b6151eb81611b066151b36151ad60019587612609565b836154ce565b50906151bf8282612702565b6151c76116fb565b9085825260208201526151da898d6145f8565b526151e5888c6145f8565b50612702565b92019161518a565b61521181611b0661520a6151ad6152179587612609565b5090612702565b926128c8565b91615174565b637ad6a98f60e11b5f5260045ffd5b61523c81516020830151906154ce565b9291926152645760200361525c575190810180911161106f575190600190565b50505f905f90565b6305bcfd2d60e21b5f5260045ffd5b9061528482516020840151906154ce565b9190916152645761529482614667565b935190810180911161106f57602084015e565b9081518060011b908082046002149015171561106f576152c690614667565b915f5b815181101561535757806153046152f46152eb614aa8614a9a60019688614a0c565b60041c600f1690565b60f81b6001600160f81b03191690565b61531a615310836110ae565b915f1a9187614a0c565b53615341600f615330614aa8614a9a8588614a0c565b1660f81b6001600160f81b03191690565b615350615310612885846110ae565b53016152c9565b5050565b805115614ec55761536b906152a7565b9061537b614aa8614a9a846145ba565b60ff811660038111614ec55760016002819210159216148015806153ff575b614ec557156153f65760ff60015b166153b76146ae828651612609565b915f5b83518110156153ef57806153dc614a9a6153d686600195612702565b89614a0c565b5f1a6153e88287614a0c565b53016153ba565b5093505090565b60ff60026153a8565b5060ff615411614aa8614a9a876149fc565b16151561539a565b91815181810390811161106f5783511161547a575f5b8351811015615471576001600160f81b031961544b8286614a0c565b511681830180841161106f57614a9a6154649186614a0c565b03613be05760010161542f565b50505050600190565b5050505f90565b9291920361548e575f9190565b6303c1de3560e21b5f5260045ffd5b9291920361548e5760019190565b9392930361548e579190565b6154c89060208151910151906154ce565b91505090565b915f9082156155145783515f1a608081106155c05760b8811015615559576154f5906125fa565b92600194858514615523575b505b61550d8486612702565b1161551457565b632bf7d67960e21b5f5260045ffd5b600282106155145761553f6155396080926126a9565b515f1a90565b1061554a575f615501565b632dbeb36960e01b5f5260045ffd5b919092938460c084105f146155835761557561557b93946125eb565b916155cd565b929093615503565b50905060f88210156155a55750615599906125dc565b60019091600193615503565b836155756155b5939594956125cd565b919092600191615503565b505f935060019250839150565b92919092816001018060011161106f57809410615514576001810180911161106f5780515f1a1561554a57519060031b610100031c906038821061554a5756fef60ea0ca5e1013423d0b02aa943e2bf84e0805fdd950539fb5153fd71d62cf20",
}

// OptimisticNativeRollup is an auto generated Go binding around an Ethereum contract.
type OptimisticNativeRollup struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *OptimisticNativeRollup) GetABI() abi.ABI {
	return c.abi
}

// NewOptimisticNativeRollup creates a new instance of OptimisticNativeRollup.
func NewOptimisticNativeRollup() *OptimisticNativeRollup {
	parsed, err := OptimisticNativeRollupMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OptimisticNativeRollup{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OptimisticNativeRollup) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor((uint64,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint64,uint256,uint256,uint64,uint64,uint64) c) returns()
func (optimisticNativeRollup *OptimisticNativeRollup) PackConstructor(c OptimisticNativeRollupConfig) []byte {
	enc, err := optimisticNativeRollup.abi.Pack("", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBLOBRETENTION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x074fcfbd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BLOB_RETENTION() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) PackBLOBRETENTION() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("BLOB_RETENTION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBLOBRETENTION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x074fcfbd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BLOB_RETENTION() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackBLOBRETENTION() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("BLOB_RETENTION")
}

// UnpackBLOBRETENTION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x074fcfbd.
//
// Solidity: function BLOB_RETENTION() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackBLOBRETENTION(data []byte) (uint64, error) {
	out, err := optimisticNativeRollup.abi.Unpack("BLOB_RETENTION", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDEFENCEGASPRICE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde761570.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFENCE_GAS_PRICE() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) PackDEFENCEGASPRICE() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("DEFENCE_GAS_PRICE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFENCEGASPRICE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde761570.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFENCE_GAS_PRICE() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackDEFENCEGASPRICE() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("DEFENCE_GAS_PRICE")
}

// UnpackDEFENCEGASPRICE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xde761570.
//
// Solidity: function DEFENCE_GAS_PRICE() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackDEFENCEGASPRICE(data []byte) (*big.Int, error) {
	out, err := optimisticNativeRollup.abi.Unpack("DEFENCE_GAS_PRICE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGASLIMITFLOOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0e66d92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GAS_LIMIT_FLOOR() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) PackGASLIMITFLOOR() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("GAS_LIMIT_FLOOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGASLIMITFLOOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0e66d92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GAS_LIMIT_FLOOR() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackGASLIMITFLOOR() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("GAS_LIMIT_FLOOR")
}

// UnpackGASLIMITFLOOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa0e66d92.
//
// Solidity: function GAS_LIMIT_FLOOR() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackGASLIMITFLOOR(data []byte) (uint64, error) {
	out, err := optimisticNativeRollup.abi.Unpack("GAS_LIMIT_FLOOR", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackK is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa932492f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function K() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) PackK() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("K")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackK is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa932492f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function K() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackK() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("K")
}

// UnpackK is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa932492f.
//
// Solidity: function K() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackK(data []byte) (*big.Int, error) {
	out, err := optimisticNativeRollup.abi.Unpack("K", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackL2BRIDGE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x159a99ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function L2_BRIDGE() view returns(address)
func (optimisticNativeRollup *OptimisticNativeRollup) PackL2BRIDGE() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("L2_BRIDGE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackL2BRIDGE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x159a99ea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function L2_BRIDGE() view returns(address)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackL2BRIDGE() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("L2_BRIDGE")
}

// UnpackL2BRIDGE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x159a99ea.
//
// Solidity: function L2_BRIDGE() view returns(address)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackL2BRIDGE(data []byte) (common.Address, error) {
	out, err := optimisticNativeRollup.abi.Unpack("L2_BRIDGE", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMAXBLOCKSPERPROPOSAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x839b6d93.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_BLOCKS_PER_PROPOSAL() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) PackMAXBLOCKSPERPROPOSAL() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("MAX_BLOCKS_PER_PROPOSAL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXBLOCKSPERPROPOSAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x839b6d93.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_BLOCKS_PER_PROPOSAL() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackMAXBLOCKSPERPROPOSAL() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("MAX_BLOCKS_PER_PROPOSAL")
}

// UnpackMAXBLOCKSPERPROPOSAL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x839b6d93.
//
// Solidity: function MAX_BLOCKS_PER_PROPOSAL() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackMAXBLOCKSPERPROPOSAL(data []byte) (uint64, error) {
	out, err := optimisticNativeRollup.abi.Unpack("MAX_BLOCKS_PER_PROPOSAL", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMAXBOND is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01761699.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_BOND() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) PackMAXBOND() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("MAX_BOND")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXBOND is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01761699.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_BOND() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackMAXBOND() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("MAX_BOND")
}

// UnpackMAXBOND is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01761699.
//
// Solidity: function MAX_BOND() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackMAXBOND(data []byte) (*big.Int, error) {
	out, err := optimisticNativeRollup.abi.Unpack("MAX_BOND", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXCHAINID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bc105c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CHAIN_ID() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) PackMAXCHAINID() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("MAX_CHAIN_ID")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCHAINID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bc105c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CHAIN_ID() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackMAXCHAINID() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("MAX_CHAIN_ID")
}

// UnpackMAXCHAINID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5bc105c0.
//
// Solidity: function MAX_CHAIN_ID() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackMAXCHAINID(data []byte) (uint64, error) {
	out, err := optimisticNativeRollup.abi.Unpack("MAX_CHAIN_ID", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMAXDEFENCEGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc25ae7b8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_DEFENCE_GAS() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) PackMAXDEFENCEGAS() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("MAX_DEFENCE_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXDEFENCEGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc25ae7b8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_DEFENCE_GAS() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackMAXDEFENCEGAS() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("MAX_DEFENCE_GAS")
}

// UnpackMAXDEFENCEGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc25ae7b8.
//
// Solidity: function MAX_DEFENCE_GAS() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackMAXDEFENCEGAS(data []byte) (*big.Int, error) {
	out, err := optimisticNativeRollup.abi.Unpack("MAX_DEFENCE_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXFINALIZESKIPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x365b11d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FINALIZE_SKIPS() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) PackMAXFINALIZESKIPS() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("MAX_FINALIZE_SKIPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFINALIZESKIPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x365b11d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FINALIZE_SKIPS() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackMAXFINALIZESKIPS() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("MAX_FINALIZE_SKIPS")
}

// UnpackMAXFINALIZESKIPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x365b11d9.
//
// Solidity: function MAX_FINALIZE_SKIPS() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackMAXFINALIZESKIPS(data []byte) (*big.Int, error) {
	out, err := optimisticNativeRollup.abi.Unpack("MAX_FINALIZE_SKIPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXGASLIMIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3f5aa51.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_GAS_LIMIT() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) PackMAXGASLIMIT() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("MAX_GAS_LIMIT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXGASLIMIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3f5aa51.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_GAS_LIMIT() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackMAXGASLIMIT() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("MAX_GAS_LIMIT")
}

// UnpackMAXGASLIMIT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe3f5aa51.
//
// Solidity: function MAX_GAS_LIMIT() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackMAXGASLIMIT(data []byte) (uint64, error) {
	out, err := optimisticNativeRollup.abi.Unpack("MAX_GAS_LIMIT", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMAXMOVETIMEOUT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d381f1a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_MOVE_TIMEOUT() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) PackMAXMOVETIMEOUT() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("MAX_MOVE_TIMEOUT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXMOVETIMEOUT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d381f1a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_MOVE_TIMEOUT() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackMAXMOVETIMEOUT() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("MAX_MOVE_TIMEOUT")
}

// UnpackMAXMOVETIMEOUT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6d381f1a.
//
// Solidity: function MAX_MOVE_TIMEOUT() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackMAXMOVETIMEOUT(data []byte) (uint64, error) {
	out, err := optimisticNativeRollup.abi.Unpack("MAX_MOVE_TIMEOUT", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMAXSETTLEPAYLOAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f3f1813.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SETTLE_PAYLOAD() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) PackMAXSETTLEPAYLOAD() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("MAX_SETTLE_PAYLOAD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSETTLEPAYLOAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f3f1813.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SETTLE_PAYLOAD() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackMAXSETTLEPAYLOAD() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("MAX_SETTLE_PAYLOAD")
}

// UnpackMAXSETTLEPAYLOAD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9f3f1813.
//
// Solidity: function MAX_SETTLE_PAYLOAD() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackMAXSETTLEPAYLOAD(data []byte) (*big.Int, error) {
	out, err := optimisticNativeRollup.abi.Unpack("MAX_SETTLE_PAYLOAD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXTXGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x791b47fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_TX_GAS() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) PackMAXTXGAS() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("MAX_TX_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTXGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x791b47fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_TX_GAS() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackMAXTXGAS() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("MAX_TX_GAS")
}

// UnpackMAXTXGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x791b47fe.
//
// Solidity: function MAX_TX_GAS() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackMAXTXGAS(data []byte) (*big.Int, error) {
	out, err := optimisticNativeRollup.abi.Unpack("MAX_TX_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINBOND is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0de0fee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_BOND() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) PackMINBOND() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("MIN_BOND")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINBOND is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0de0fee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_BOND() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackMINBOND() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("MIN_BOND")
}

// UnpackMINBOND is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe0de0fee.
//
// Solidity: function MIN_BOND() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackMINBOND(data []byte) (*big.Int, error) {
	out, err := optimisticNativeRollup.abi.Unpack("MIN_BOND", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINCHALLENGERBOND is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fda3dd2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_CHALLENGER_BOND() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) PackMINCHALLENGERBOND() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("MIN_CHALLENGER_BOND")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINCHALLENGERBOND is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fda3dd2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_CHALLENGER_BOND() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackMINCHALLENGERBOND() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("MIN_CHALLENGER_BOND")
}

// UnpackMINCHALLENGERBOND is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4fda3dd2.
//
// Solidity: function MIN_CHALLENGER_BOND() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackMINCHALLENGERBOND(data []byte) (*big.Int, error) {
	out, err := optimisticNativeRollup.abi.Unpack("MIN_CHALLENGER_BOND", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINCHALLENGEWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0bdc203b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_CHALLENGE_WINDOW() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) PackMINCHALLENGEWINDOW() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("MIN_CHALLENGE_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINCHALLENGEWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0bdc203b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_CHALLENGE_WINDOW() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackMINCHALLENGEWINDOW() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("MIN_CHALLENGE_WINDOW")
}

// UnpackMINCHALLENGEWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0bdc203b.
//
// Solidity: function MIN_CHALLENGE_WINDOW() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackMINCHALLENGEWINDOW(data []byte) (uint64, error) {
	out, err := optimisticNativeRollup.abi.Unpack("MIN_CHALLENGE_WINDOW", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMINHISTORYSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x073fa05c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_HISTORY_SIZE() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) PackMINHISTORYSIZE() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("MIN_HISTORY_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINHISTORYSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x073fa05c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_HISTORY_SIZE() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackMINHISTORYSIZE() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("MIN_HISTORY_SIZE")
}

// UnpackMINHISTORYSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x073fa05c.
//
// Solidity: function MIN_HISTORY_SIZE() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackMINHISTORYSIZE(data []byte) (uint64, error) {
	out, err := optimisticNativeRollup.abi.Unpack("MIN_HISTORY_SIZE", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMINMOVETIMEOUT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d82b091.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_MOVE_TIMEOUT() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) PackMINMOVETIMEOUT() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("MIN_MOVE_TIMEOUT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINMOVETIMEOUT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d82b091.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_MOVE_TIMEOUT() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackMINMOVETIMEOUT() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("MIN_MOVE_TIMEOUT")
}

// UnpackMINMOVETIMEOUT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d82b091.
//
// Solidity: function MIN_MOVE_TIMEOUT() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackMINMOVETIMEOUT(data []byte) (uint64, error) {
	out, err := optimisticNativeRollup.abi.Unpack("MIN_MOVE_TIMEOUT", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMINSETTLEPAYLOAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x045c8f60.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_SETTLE_PAYLOAD() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) PackMINSETTLEPAYLOAD() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("MIN_SETTLE_PAYLOAD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINSETTLEPAYLOAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x045c8f60.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_SETTLE_PAYLOAD() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackMINSETTLEPAYLOAD() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("MIN_SETTLE_PAYLOAD")
}

// UnpackMINSETTLEPAYLOAD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x045c8f60.
//
// Solidity: function MIN_SETTLE_PAYLOAD() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackMINSETTLEPAYLOAD(data []byte) (*big.Int, error) {
	out, err := optimisticNativeRollup.abi.Unpack("MIN_SETTLE_PAYLOAD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSETTLEHOSTGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x170806aa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SETTLE_HOST_GAS() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) PackSETTLEHOSTGAS() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("SETTLE_HOST_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSETTLEHOSTGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x170806aa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SETTLE_HOST_GAS() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackSETTLEHOSTGAS() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("SETTLE_HOST_GAS")
}

// UnpackSETTLEHOSTGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x170806aa.
//
// Solidity: function SETTLE_HOST_GAS() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackSETTLEHOSTGAS(data []byte) (*big.Int, error) {
	out, err := optimisticNativeRollup.abi.Unpack("SETTLE_HOST_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAnchorBlockNumber is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3cad82ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchorBlockNumber() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) PackAnchorBlockNumber() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("anchorBlockNumber")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnchorBlockNumber is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3cad82ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function anchorBlockNumber() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackAnchorBlockNumber() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("anchorBlockNumber")
}

// UnpackAnchorBlockNumber is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3cad82ff.
//
// Solidity: function anchorBlockNumber() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackAnchorBlockNumber(data []byte) (uint64, error) {
	out, err := optimisticNativeRollup.abi.Unpack("anchorBlockNumber", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackBisect is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71cc6a4c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bisect(uint256 gameId, bytes32[] outputRoots) returns()
func (optimisticNativeRollup *OptimisticNativeRollup) PackBisect(gameId *big.Int, outputRoots [][32]byte) []byte {
	enc, err := optimisticNativeRollup.abi.Pack("bisect", gameId, outputRoots)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBisect is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71cc6a4c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bisect(uint256 gameId, bytes32[] outputRoots) returns()
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackBisect(gameId *big.Int, outputRoots [][32]byte) ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("bisect", gameId, outputRoots)
}

// PackBisections is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6844db52.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bisections(bytes32 range) view returns(bytes32 sectionsHash, uint64 at)
func (optimisticNativeRollup *OptimisticNativeRollup) PackBisections(arg0 [32]byte) []byte {
	enc, err := optimisticNativeRollup.abi.Pack("bisections", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBisections is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6844db52.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bisections(bytes32 range) view returns(bytes32 sectionsHash, uint64 at)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackBisections(arg0 [32]byte) ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("bisections", arg0)
}

// BisectionsOutput serves as a container for the return parameters of contract
// method Bisections.
type BisectionsOutput struct {
	SectionsHash [32]byte
	At           uint64
}

// UnpackBisections is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6844db52.
//
// Solidity: function bisections(bytes32 range) view returns(bytes32 sectionsHash, uint64 at)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackBisections(data []byte) (BisectionsOutput, error) {
	out, err := optimisticNativeRollup.abi.Unpack("bisections", data)
	outstruct := new(BisectionsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.SectionsHash = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.At = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackBlobBlocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x225cde5e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blobBlocks(uint256 proposalId, uint256 blobIndex) view returns(bytes32 root, uint64 firstNumber, uint32 count)
func (optimisticNativeRollup *OptimisticNativeRollup) PackBlobBlocks(proposalId *big.Int, blobIndex *big.Int) []byte {
	enc, err := optimisticNativeRollup.abi.Pack("blobBlocks", proposalId, blobIndex)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlobBlocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x225cde5e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blobBlocks(uint256 proposalId, uint256 blobIndex) view returns(bytes32 root, uint64 firstNumber, uint32 count)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackBlobBlocks(proposalId *big.Int, blobIndex *big.Int) ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("blobBlocks", proposalId, blobIndex)
}

// BlobBlocksOutput serves as a container for the return parameters of contract
// method BlobBlocks.
type BlobBlocksOutput struct {
	Root        [32]byte
	FirstNumber uint64
	Count       uint32
}

// UnpackBlobBlocks is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x225cde5e.
//
// Solidity: function blobBlocks(uint256 proposalId, uint256 blobIndex) view returns(bytes32 root, uint64 firstNumber, uint32 count)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackBlobBlocks(data []byte) (BlobBlocksOutput, error) {
	out, err := optimisticNativeRollup.abi.Unpack("blobBlocks", data)
	outstruct := new(BlobBlocksOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Root = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.FirstNumber = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.Count = *abi.ConvertType(out[2], new(uint32)).(*uint32)
	return *outstruct, nil
}

// PackBlockHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf22a195e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blockHash() view returns(bytes32)
func (optimisticNativeRollup *OptimisticNativeRollup) PackBlockHash() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("blockHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlockHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf22a195e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blockHash() view returns(bytes32)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackBlockHash() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("blockHash")
}

// UnpackBlockHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf22a195e.
//
// Solidity: function blockHash() view returns(bytes32)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackBlockHash(data []byte) ([32]byte, error) {
	out, err := optimisticNativeRollup.abi.Unpack("blockHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBlockNumber is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57e871e7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blockNumber() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) PackBlockNumber() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("blockNumber")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlockNumber is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57e871e7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blockNumber() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackBlockNumber() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("blockNumber")
}

// UnpackBlockNumber is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x57e871e7.
//
// Solidity: function blockNumber() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackBlockNumber(data []byte) (uint64, error) {
	out, err := optimisticNativeRollup.abi.Unpack("blockNumber", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackChainId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a8a0592.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function chainId() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) PackChainId() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("chainId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChainId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a8a0592.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function chainId() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackChainId() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("chainId")
}

// UnpackChainId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a8a0592.
//
// Solidity: function chainId() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackChainId(data []byte) (uint64, error) {
	out, err := optimisticNativeRollup.abi.Unpack("chainId", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab82d9a0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challenge(uint256 proposalId) payable returns(uint256 gameId)
func (optimisticNativeRollup *OptimisticNativeRollup) PackChallenge(proposalId *big.Int) []byte {
	enc, err := optimisticNativeRollup.abi.Pack("challenge", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab82d9a0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challenge(uint256 proposalId) payable returns(uint256 gameId)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackChallenge(proposalId *big.Int) ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("challenge", proposalId)
}

// UnpackChallenge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xab82d9a0.
//
// Solidity: function challenge(uint256 proposalId) payable returns(uint256 gameId)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackChallenge(data []byte) (*big.Int, error) {
	out, err := optimisticNativeRollup.abi.Unpack("challenge", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x861a1412.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeWindow() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) PackChallengeWindow() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("challengeWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x861a1412.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeWindow() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackChallengeWindow() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("challengeWindow")
}

// UnpackChallengeWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x861a1412.
//
// Solidity: function challengeWindow() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackChallengeWindow(data []byte) (uint64, error) {
	out, err := optimisticNativeRollup.abi.Unpack("challengeWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackChallengerBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68ccdc86.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengerBond() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) PackChallengerBond() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("challengerBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengerBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68ccdc86.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengerBond() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackChallengerBond() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("challengerBond")
}

// UnpackChallengerBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x68ccdc86.
//
// Solidity: function challengerBond() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackChallengerBond(data []byte) (*big.Int, error) {
	out, err := optimisticNativeRollup.abi.Unpack("challengerBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credit(address account) view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) PackCredit(account common.Address) []byte {
	enc, err := optimisticNativeRollup.abi.Pack("credit", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credit(address account) view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackCredit(account common.Address) ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("credit", account)
}

// UnpackCredit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5d44d80.
//
// Solidity: function credit(address account) view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackCredit(data []byte) (*big.Int, error) {
	out, err := optimisticNativeRollup.abi.Unpack("credit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47e7ef24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(address to, uint256 relayerFee) payable returns(bytes32 depositHash)
func (optimisticNativeRollup *OptimisticNativeRollup) PackDeposit(to common.Address, relayerFee *big.Int) []byte {
	enc, err := optimisticNativeRollup.abi.Pack("deposit", to, relayerFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47e7ef24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(address to, uint256 relayerFee) payable returns(bytes32 depositHash)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackDeposit(to common.Address, relayerFee *big.Int) ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("deposit", to, relayerFee)
}

// UnpackDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x47e7ef24.
//
// Solidity: function deposit(address to, uint256 relayerFee) payable returns(bytes32 depositHash)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackDeposit(data []byte) ([32]byte, error) {
	out, err := optimisticNativeRollup.abi.Unpack("deposit", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDepositCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2dfdf0b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositCount() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) PackDepositCount() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("depositCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2dfdf0b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositCount() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackDepositCount() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("depositCount")
}

// UnpackDepositCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2dfdf0b5.
//
// Solidity: function depositCount() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackDepositCount(data []byte) (*big.Int, error) {
	out, err := optimisticNativeRollup.abi.Unpack("depositCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDepositSent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x085def64.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositSent(bytes32 depositHash) view returns(bool)
func (optimisticNativeRollup *OptimisticNativeRollup) PackDepositSent(depositHash [32]byte) []byte {
	enc, err := optimisticNativeRollup.abi.Pack("depositSent", depositHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositSent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x085def64.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositSent(bytes32 depositHash) view returns(bool)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackDepositSent(depositHash [32]byte) ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("depositSent", depositHash)
}

// UnpackDepositSent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x085def64.
//
// Solidity: function depositSent(bytes32 depositHash) view returns(bool)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackDepositSent(data []byte) (bool, error) {
	out, err := optimisticNativeRollup.abi.Unpack("depositSent", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackExecutions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd685de60.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executions(uint256 proposalId, uint64 number) view returns(bytes32 outputs, uint64 at)
func (optimisticNativeRollup *OptimisticNativeRollup) PackExecutions(proposalId *big.Int, number uint64) []byte {
	enc, err := optimisticNativeRollup.abi.Pack("executions", proposalId, number)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecutions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd685de60.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executions(uint256 proposalId, uint64 number) view returns(bytes32 outputs, uint64 at)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackExecutions(proposalId *big.Int, number uint64) ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("executions", proposalId, number)
}

// ExecutionsOutput serves as a container for the return parameters of contract
// method Executions.
type ExecutionsOutput struct {
	Outputs [32]byte
	At      uint64
}

// UnpackExecutions is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd685de60.
//
// Solidity: function executions(uint256 proposalId, uint64 number) view returns(bytes32 outputs, uint64 at)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackExecutions(data []byte) (ExecutionsOutput, error) {
	out, err := optimisticNativeRollup.abi.Unpack("executions", data)
	outstruct := new(ExecutionsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Outputs = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.At = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bb278f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize() returns()
func (optimisticNativeRollup *OptimisticNativeRollup) PackFinalize() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("finalize")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bb278f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize() returns()
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackFinalize() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("finalize")
}

// PackFinalizeWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd77f57a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizeWithdrawal((uint256,address,address,uint256) withdrawal, uint64 l2BlockNumber, bytes[] accountProof, bytes[] storageProof) returns()
func (optimisticNativeRollup *OptimisticNativeRollup) PackFinalizeWithdrawal(withdrawal MessagesWithdrawal, l2BlockNumber uint64, accountProof [][]byte, storageProof [][]byte) []byte {
	enc, err := optimisticNativeRollup.abi.Pack("finalizeWithdrawal", withdrawal, l2BlockNumber, accountProof, storageProof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizeWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd77f57a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizeWithdrawal((uint256,address,address,uint256) withdrawal, uint64 l2BlockNumber, bytes[] accountProof, bytes[] storageProof) returns()
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackFinalizeWithdrawal(withdrawal MessagesWithdrawal, l2BlockNumber uint64, accountProof [][]byte, storageProof [][]byte) ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("finalizeWithdrawal", withdrawal, l2BlockNumber, accountProof, storageProof)
}

// PackGameCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1975b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gameCount() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) PackGameCount() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("gameCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGameCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1975b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gameCount() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackGameCount() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("gameCount")
}

// UnpackGameCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d1975b4.
//
// Solidity: function gameCount() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackGameCount(data []byte) (*big.Int, error) {
	out, err := optimisticNativeRollup.abi.Unpack("gameCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGames is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x117a5b90.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function games(uint256 id) view returns(uint256 proposalId, address challenger, uint8 turn, uint64 deadline, uint64 lo, uint64 hi, bytes32 loOutputRoot, bytes32 hiOutputRoot, bytes32 sectionsHash)
func (optimisticNativeRollup *OptimisticNativeRollup) PackGames(id *big.Int) []byte {
	enc, err := optimisticNativeRollup.abi.Pack("games", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGames is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x117a5b90.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function games(uint256 id) view returns(uint256 proposalId, address challenger, uint8 turn, uint64 deadline, uint64 lo, uint64 hi, bytes32 loOutputRoot, bytes32 hiOutputRoot, bytes32 sectionsHash)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackGames(id *big.Int) ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("games", id)
}

// GamesOutput serves as a container for the return parameters of contract
// method Games.
type GamesOutput struct {
	ProposalId   *big.Int
	Challenger   common.Address
	Turn         uint8
	Deadline     uint64
	Lo           uint64
	Hi           uint64
	LoOutputRoot [32]byte
	HiOutputRoot [32]byte
	SectionsHash [32]byte
}

// UnpackGames is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x117a5b90.
//
// Solidity: function games(uint256 id) view returns(uint256 proposalId, address challenger, uint8 turn, uint64 deadline, uint64 lo, uint64 hi, bytes32 loOutputRoot, bytes32 hiOutputRoot, bytes32 sectionsHash)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackGames(data []byte) (GamesOutput, error) {
	out, err := optimisticNativeRollup.abi.Unpack("games", data)
	outstruct := new(GamesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.ProposalId = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Challenger = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.Turn = *abi.ConvertType(out[2], new(uint8)).(*uint8)
	outstruct.Deadline = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	outstruct.Lo = *abi.ConvertType(out[4], new(uint64)).(*uint64)
	outstruct.Hi = *abi.ConvertType(out[5], new(uint64)).(*uint64)
	outstruct.LoOutputRoot = *abi.ConvertType(out[6], new([32]byte)).(*[32]byte)
	outstruct.HiOutputRoot = *abi.ConvertType(out[7], new([32]byte)).(*[32]byte)
	outstruct.SectionsHash = *abi.ConvertType(out[8], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackHashOutput is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72bf41d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashOutput((bytes32,bytes32,bytes32,uint64) o) pure returns(bytes32)
func (optimisticNativeRollup *OptimisticNativeRollup) PackHashOutput(o OptimisticNativeRollupOutput) []byte {
	enc, err := optimisticNativeRollup.abi.Pack("hashOutput", o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashOutput is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72bf41d8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashOutput((bytes32,bytes32,bytes32,uint64) o) pure returns(bytes32)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackHashOutput(o OptimisticNativeRollupOutput) ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("hashOutput", o)
}

// UnpackHashOutput is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x72bf41d8.
//
// Solidity: function hashOutput((bytes32,bytes32,bytes32,uint64) o) pure returns(bytes32)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackHashOutput(data []byte) ([32]byte, error) {
	out, err := optimisticNativeRollup.abi.Unpack("hashOutput", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHistorySize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b1306fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function historySize() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) PackHistorySize() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("historySize")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHistorySize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b1306fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function historySize() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackHistorySize() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("historySize")
}

// UnpackHistorySize is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3b1306fd.
//
// Solidity: function historySize() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackHistorySize(data []byte) (uint64, error) {
	out, err := optimisticNativeRollup.abi.Unpack("historySize", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMaxBlocksPerProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x544a06c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxBlocksPerProposal() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) PackMaxBlocksPerProposal() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("maxBlocksPerProposal")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxBlocksPerProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x544a06c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxBlocksPerProposal() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackMaxBlocksPerProposal() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("maxBlocksPerProposal")
}

// UnpackMaxBlocksPerProposal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x544a06c0.
//
// Solidity: function maxBlocksPerProposal() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackMaxBlocksPerProposal(data []byte) (uint64, error) {
	out, err := optimisticNativeRollup.abi.Unpack("maxBlocksPerProposal", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMaxGasLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e45da23.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxGasLimit() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) PackMaxGasLimit() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("maxGasLimit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxGasLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e45da23.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxGasLimit() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackMaxGasLimit() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("maxGasLimit")
}

// UnpackMaxGasLimit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5e45da23.
//
// Solidity: function maxGasLimit() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackMaxGasLimit(data []byte) (uint64, error) {
	out, err := optimisticNativeRollup.abi.Unpack("maxGasLimit", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMinGasLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5aeb4d77.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minGasLimit() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) PackMinGasLimit() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("minGasLimit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinGasLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5aeb4d77.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minGasLimit() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackMinGasLimit() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("minGasLimit")
}

// UnpackMinGasLimit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5aeb4d77.
//
// Solidity: function minGasLimit() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackMinGasLimit(data []byte) (uint64, error) {
	out, err := optimisticNativeRollup.abi.Unpack("minGasLimit", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMoveTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfdb894ac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function moveTimeout() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) PackMoveTimeout() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("moveTimeout")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMoveTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfdb894ac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function moveTimeout() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackMoveTimeout() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("moveTimeout")
}

// UnpackMoveTimeout is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfdb894ac.
//
// Solidity: function moveTimeout() view returns(uint64)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackMoveTimeout(data []byte) (uint64, error) {
	out, err := optimisticNativeRollup.abi.Unpack("moveTimeout", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOutputRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa78deacf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function outputRoot() view returns(bytes32)
func (optimisticNativeRollup *OptimisticNativeRollup) PackOutputRoot() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("outputRoot")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOutputRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa78deacf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function outputRoot() view returns(bytes32)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackOutputRoot() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("outputRoot")
}

// UnpackOutputRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa78deacf.
//
// Solidity: function outputRoot() view returns(bytes32)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackOutputRoot(data []byte) ([32]byte, error) {
	out, err := optimisticNativeRollup.abi.Unpack("outputRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPending is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf6e6238.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pending(uint256 proposalId) view returns(bool)
func (optimisticNativeRollup *OptimisticNativeRollup) PackPending(proposalId *big.Int) []byte {
	enc, err := optimisticNativeRollup.abi.Pack("pending", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPending is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf6e6238.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pending(uint256 proposalId) view returns(bool)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackPending(proposalId *big.Int) ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("pending", proposalId)
}

// UnpackPending is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaf6e6238.
//
// Solidity: function pending(uint256 proposalId) view returns(bool)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackPending(data []byte) (bool, error) {
	out, err := optimisticNativeRollup.abi.Unpack("pending", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackProposalCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda35c664.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalCount() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) PackProposalCount() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("proposalCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda35c664.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalCount() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackProposalCount() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("proposalCount")
}

// UnpackProposalCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xda35c664.
//
// Solidity: function proposalCount() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackProposalCount(data []byte) (*big.Int, error) {
	out, err := optimisticNativeRollup.abi.Unpack("proposalCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x013cf08b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposals(uint256 id) view returns(address proposer, uint64 startNumber, uint64 endNumber, uint64 proposedAt, uint64 openGames, bool defeated, bool settled, uint64 anchorBlockNumber, bytes32 startOutputRoot, bytes32 endOutputRoot, bytes32 endBlockHash, bytes32 endStateRoot, bytes32 anchor, bytes32 dataHash)
func (optimisticNativeRollup *OptimisticNativeRollup) PackProposals(id *big.Int) []byte {
	enc, err := optimisticNativeRollup.abi.Pack("proposals", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x013cf08b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposals(uint256 id) view returns(address proposer, uint64 startNumber, uint64 endNumber, uint64 proposedAt, uint64 openGames, bool defeated, bool settled, uint64 anchorBlockNumber, bytes32 startOutputRoot, bytes32 endOutputRoot, bytes32 endBlockHash, bytes32 endStateRoot, bytes32 anchor, bytes32 dataHash)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackProposals(id *big.Int) ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("proposals", id)
}

// ProposalsOutput serves as a container for the return parameters of contract
// method Proposals.
type ProposalsOutput struct {
	Proposer          common.Address
	StartNumber       uint64
	EndNumber         uint64
	ProposedAt        uint64
	OpenGames         uint64
	Defeated          bool
	Settled           bool
	AnchorBlockNumber uint64
	StartOutputRoot   [32]byte
	EndOutputRoot     [32]byte
	EndBlockHash      [32]byte
	EndStateRoot      [32]byte
	Anchor            [32]byte
	DataHash          [32]byte
}

// UnpackProposals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x013cf08b.
//
// Solidity: function proposals(uint256 id) view returns(address proposer, uint64 startNumber, uint64 endNumber, uint64 proposedAt, uint64 openGames, bool defeated, bool settled, uint64 anchorBlockNumber, bytes32 startOutputRoot, bytes32 endOutputRoot, bytes32 endBlockHash, bytes32 endStateRoot, bytes32 anchor, bytes32 dataHash)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackProposals(data []byte) (ProposalsOutput, error) {
	out, err := optimisticNativeRollup.abi.Unpack("proposals", data)
	outstruct := new(ProposalsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Proposer = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.StartNumber = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.EndNumber = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.ProposedAt = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	outstruct.OpenGames = *abi.ConvertType(out[4], new(uint64)).(*uint64)
	outstruct.Defeated = *abi.ConvertType(out[5], new(bool)).(*bool)
	outstruct.Settled = *abi.ConvertType(out[6], new(bool)).(*bool)
	outstruct.AnchorBlockNumber = *abi.ConvertType(out[7], new(uint64)).(*uint64)
	outstruct.StartOutputRoot = *abi.ConvertType(out[8], new([32]byte)).(*[32]byte)
	outstruct.EndOutputRoot = *abi.ConvertType(out[9], new([32]byte)).(*[32]byte)
	outstruct.EndBlockHash = *abi.ConvertType(out[10], new([32]byte)).(*[32]byte)
	outstruct.EndStateRoot = *abi.ConvertType(out[11], new([32]byte)).(*[32]byte)
	outstruct.Anchor = *abi.ConvertType(out[12], new([32]byte)).(*[32]byte)
	outstruct.DataHash = *abi.ConvertType(out[13], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81bd4e79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function propose(uint256 parentId, uint64 endNumber, (bytes32,bytes32,bytes32,uint64) end, uint32[] blockCounts, uint64 anchorL1Block) payable returns(uint256 proposalId)
func (optimisticNativeRollup *OptimisticNativeRollup) PackPropose(parentId *big.Int, endNumber uint64, end OptimisticNativeRollupOutput, blockCounts []uint32, anchorL1Block uint64) []byte {
	enc, err := optimisticNativeRollup.abi.Pack("propose", parentId, endNumber, end, blockCounts, anchorL1Block)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81bd4e79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function propose(uint256 parentId, uint64 endNumber, (bytes32,bytes32,bytes32,uint64) end, uint32[] blockCounts, uint64 anchorL1Block) payable returns(uint256 proposalId)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackPropose(parentId *big.Int, endNumber uint64, end OptimisticNativeRollupOutput, blockCounts []uint32, anchorL1Block uint64) ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("propose", parentId, endNumber, end, blockCounts, anchorL1Block)
}

// UnpackPropose is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x81bd4e79.
//
// Solidity: function propose(uint256 parentId, uint64 endNumber, (bytes32,bytes32,bytes32,uint64) end, uint32[] blockCounts, uint64 anchorL1Block) payable returns(uint256 proposalId)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackPropose(data []byte) (*big.Int, error) {
	out, err := optimisticNativeRollup.abi.Unpack("propose", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposerBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2e25d84.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposerBond() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) PackProposerBond() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("proposerBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposerBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2e25d84.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposerBond() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackProposerBond() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("proposerBond")
}

// UnpackProposerBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd2e25d84.
//
// Solidity: function proposerBond() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackProposerBond(data []byte) (*big.Int, error) {
	out, err := optimisticNativeRollup.abi.Unpack("proposerBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProveBlockData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2214bf6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveBlockData(uint256 gameId, bytes32[] blobHashes, uint32[] blockCounts, uint256 blobIndex, bytes blob) returns()
func (optimisticNativeRollup *OptimisticNativeRollup) PackProveBlockData(gameId *big.Int, blobHashes [][32]byte, blockCounts []uint32, blobIndex *big.Int, blob []byte) []byte {
	enc, err := optimisticNativeRollup.abi.Pack("proveBlockData", gameId, blobHashes, blockCounts, blobIndex, blob)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveBlockData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2214bf6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveBlockData(uint256 gameId, bytes32[] blobHashes, uint32[] blockCounts, uint256 blobIndex, bytes blob) returns()
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackProveBlockData(gameId *big.Int, blobHashes [][32]byte, blockCounts []uint32, blobIndex *big.Int, blob []byte) ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("proveBlockData", gameId, blobHashes, blockCounts, blobIndex, blob)
}

// PackReclaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2dabbeed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reclaim(uint256 gameId) returns()
func (optimisticNativeRollup *OptimisticNativeRollup) PackReclaim(gameId *big.Int) []byte {
	enc, err := optimisticNativeRollup.abi.Pack("reclaim", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReclaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2dabbeed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reclaim(uint256 gameId) returns()
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackReclaim(gameId *big.Int) ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("reclaim", gameId)
}

// PackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x278ecde1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refund(uint256 proposalId) returns()
func (optimisticNativeRollup *OptimisticNativeRollup) PackRefund(proposalId *big.Int) []byte {
	enc, err := optimisticNativeRollup.abi.Pack("refund", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x278ecde1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refund(uint256 proposalId) returns()
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackRefund(proposalId *big.Int) ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("refund", proposalId)
}

// PackSelect is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1598691d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function select(uint256 gameId, bytes32[] outputRoots, uint256 section) returns()
func (optimisticNativeRollup *OptimisticNativeRollup) PackSelect(gameId *big.Int, outputRoots [][32]byte, section *big.Int) []byte {
	enc, err := optimisticNativeRollup.abi.Pack("select", gameId, outputRoots, section)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSelect is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1598691d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function select(uint256 gameId, bytes32[] outputRoots, uint256 section) returns()
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackSelect(gameId *big.Int, outputRoots [][32]byte, section *big.Int) ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("select", gameId, outputRoots, section)
}

// PackSettleGasBound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x479d96bd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleGasBound(uint64 gasLimit, uint256 payloadBytes) pure returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) PackSettleGasBound(gasLimit uint64, payloadBytes *big.Int) []byte {
	enc, err := optimisticNativeRollup.abi.Pack("settleGasBound", gasLimit, payloadBytes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleGasBound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x479d96bd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleGasBound(uint64 gasLimit, uint256 payloadBytes) pure returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackSettleGasBound(gasLimit uint64, payloadBytes *big.Int) ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("settleGasBound", gasLimit, payloadBytes)
}

// UnpackSettleGasBound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x479d96bd.
//
// Solidity: function settleGasBound(uint64 gasLimit, uint256 payloadBytes) pure returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackSettleGasBound(data []byte) (*big.Int, error) {
	out, err := optimisticNativeRollup.abi.Unpack("settleGasBound", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSettleable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa04db18e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleable(uint64 gasLimit, uint256 payloadBytes) pure returns(bool)
func (optimisticNativeRollup *OptimisticNativeRollup) PackSettleable(gasLimit uint64, payloadBytes *big.Int) []byte {
	enc, err := optimisticNativeRollup.abi.Pack("settleable", gasLimit, payloadBytes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa04db18e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleable(uint64 gasLimit, uint256 payloadBytes) pure returns(bool)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackSettleable(gasLimit uint64, payloadBytes *big.Int) ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("settleable", gasLimit, payloadBytes)
}

// UnpackSettleable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa04db18e.
//
// Solidity: function settleable(uint64 gasLimit, uint256 payloadBytes) pure returns(bool)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackSettleable(data []byte) (bool, error) {
	out, err := optimisticNativeRollup.abi.Unpack("settleable", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackStateRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9588eca2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stateRoot() view returns(bytes32)
func (optimisticNativeRollup *OptimisticNativeRollup) PackStateRoot() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("stateRoot")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStateRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9588eca2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stateRoot() view returns(bytes32)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackStateRoot() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("stateRoot")
}

// UnpackStateRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9588eca2.
//
// Solidity: function stateRoot() view returns(bytes32)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackStateRoot(data []byte) ([32]byte, error) {
	out, err := optimisticNativeRollup.abi.Unpack("stateRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackStateRootAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46241e8e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stateRootAt(uint64 l2BlockNumber) view returns(bytes32)
func (optimisticNativeRollup *OptimisticNativeRollup) PackStateRootAt(l2BlockNumber uint64) []byte {
	enc, err := optimisticNativeRollup.abi.Pack("stateRootAt", l2BlockNumber)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStateRootAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46241e8e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stateRootAt(uint64 l2BlockNumber) view returns(bytes32)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackStateRootAt(l2BlockNumber uint64) ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("stateRootAt", l2BlockNumber)
}

// UnpackStateRootAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46241e8e.
//
// Solidity: function stateRootAt(uint64 l2BlockNumber) view returns(bytes32)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackStateRootAt(data []byte) ([32]byte, error) {
	out, err := optimisticNativeRollup.abi.Unpack("stateRootAt", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6127e3ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function step(uint256 gameId, (bytes32,bytes32,bytes32,uint64) parent, (bytes32,bytes32,bytes32,uint64) claimed, ((uint64,uint64,address,bytes32,bytes),bytes) inputs, bytes witness, uint256 blobIndex, bytes32[] proof) returns()
func (optimisticNativeRollup *OptimisticNativeRollup) PackStep(gameId *big.Int, parent OptimisticNativeRollupOutput, claimed OptimisticNativeRollupOutput, inputs OptimisticNativeRollupBlockInputs, witness []byte, blobIndex *big.Int, proof [][32]byte) []byte {
	enc, err := optimisticNativeRollup.abi.Pack("step", gameId, parent, claimed, inputs, witness, blobIndex, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6127e3ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function step(uint256 gameId, (bytes32,bytes32,bytes32,uint64) parent, (bytes32,bytes32,bytes32,uint64) claimed, ((uint64,uint64,address,bytes32,bytes),bytes) inputs, bytes witness, uint256 blobIndex, bytes32[] proof) returns()
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackStep(gameId *big.Int, parent OptimisticNativeRollupOutput, claimed OptimisticNativeRollupOutput, inputs OptimisticNativeRollupBlockInputs, witness []byte, blobIndex *big.Int, proof [][32]byte) ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("step", gameId, parent, claimed, inputs, witness, blobIndex, proof)
}

// PackSync is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1357bf9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sync(uint256 gameId) returns()
func (optimisticNativeRollup *OptimisticNativeRollup) PackSync(gameId *big.Int) []byte {
	enc, err := optimisticNativeRollup.abi.Pack("sync", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSync is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1357bf9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sync(uint256 gameId) returns()
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackSync(gameId *big.Int) ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("sync", gameId)
}

// PackTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08148f7a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timeout(uint256 gameId) returns()
func (optimisticNativeRollup *OptimisticNativeRollup) PackTimeout(gameId *big.Int) []byte {
	enc, err := optimisticNativeRollup.abi.Pack("timeout", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08148f7a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timeout(uint256 gameId) returns()
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackTimeout(gameId *big.Int) ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("timeout", gameId)
}

// PackWithdrawCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc36f3874.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawCredit() returns()
func (optimisticNativeRollup *OptimisticNativeRollup) PackWithdrawCredit() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("withdrawCredit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc36f3874.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawCredit() returns()
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackWithdrawCredit() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("withdrawCredit")
}

// PackWithdrawalFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb35e93e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawalFinalized(bytes32 withdrawalHash) view returns(bool)
func (optimisticNativeRollup *OptimisticNativeRollup) PackWithdrawalFinalized(withdrawalHash [32]byte) []byte {
	enc, err := optimisticNativeRollup.abi.Pack("withdrawalFinalized", withdrawalHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawalFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb35e93e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawalFinalized(bytes32 withdrawalHash) view returns(bool)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackWithdrawalFinalized(withdrawalHash [32]byte) ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("withdrawalFinalized", withdrawalHash)
}

// UnpackWithdrawalFinalized is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb35e93e.
//
// Solidity: function withdrawalFinalized(bytes32 withdrawalHash) view returns(bool)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackWithdrawalFinalized(data []byte) (bool, error) {
	out, err := optimisticNativeRollup.abi.Unpack("withdrawalFinalized", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// OptimisticNativeRollupBisected represents a Bisected event raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupBisected struct {
	GameId      *big.Int
	ProposalId  *big.Int
	Lo          uint64
	Hi          uint64
	OutputRoots [][32]byte
	Raw         *types.Log // Blockchain specific contextual infos
}

const OptimisticNativeRollupBisectedEventName = "Bisected"

// ContractEventName returns the user-defined event name.
func (OptimisticNativeRollupBisected) ContractEventName() string {
	return OptimisticNativeRollupBisectedEventName
}

// UnpackBisectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Bisected(uint256 indexed gameId, uint256 indexed proposalId, uint64 lo, uint64 hi, bytes32[] outputRoots)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackBisectedEvent(log *types.Log) (*OptimisticNativeRollupBisected, error) {
	event := "Bisected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != optimisticNativeRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OptimisticNativeRollupBisected)
	if len(log.Data) > 0 {
		if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range optimisticNativeRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OptimisticNativeRollupBisectionReused represents a BisectionReused event raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupBisectionReused struct {
	GameId *big.Int
	Lo     uint64
	Hi     uint64
	Raw    *types.Log // Blockchain specific contextual infos
}

const OptimisticNativeRollupBisectionReusedEventName = "BisectionReused"

// ContractEventName returns the user-defined event name.
func (OptimisticNativeRollupBisectionReused) ContractEventName() string {
	return OptimisticNativeRollupBisectionReusedEventName
}

// UnpackBisectionReusedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BisectionReused(uint256 indexed gameId, uint64 lo, uint64 hi)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackBisectionReusedEvent(log *types.Log) (*OptimisticNativeRollupBisectionReused, error) {
	event := "BisectionReused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != optimisticNativeRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OptimisticNativeRollupBisectionReused)
	if len(log.Data) > 0 {
		if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range optimisticNativeRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OptimisticNativeRollupBlockDataInvalid represents a BlockDataInvalid event raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupBlockDataInvalid struct {
	GameId    *big.Int
	BlobIndex *big.Int
	Reason    uint8
	Count     *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const OptimisticNativeRollupBlockDataInvalidEventName = "BlockDataInvalid"

// ContractEventName returns the user-defined event name.
func (OptimisticNativeRollupBlockDataInvalid) ContractEventName() string {
	return OptimisticNativeRollupBlockDataInvalidEventName
}

// UnpackBlockDataInvalidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BlockDataInvalid(uint256 indexed gameId, uint256 blobIndex, uint8 reason, uint256 count)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackBlockDataInvalidEvent(log *types.Log) (*OptimisticNativeRollupBlockDataInvalid, error) {
	event := "BlockDataInvalid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != optimisticNativeRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OptimisticNativeRollupBlockDataInvalid)
	if len(log.Data) > 0 {
		if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range optimisticNativeRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OptimisticNativeRollupBlockDataProven represents a BlockDataProven event raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupBlockDataProven struct {
	GameId     *big.Int
	BlobIndex  *big.Int
	BlocksRoot [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const OptimisticNativeRollupBlockDataProvenEventName = "BlockDataProven"

// ContractEventName returns the user-defined event name.
func (OptimisticNativeRollupBlockDataProven) ContractEventName() string {
	return OptimisticNativeRollupBlockDataProvenEventName
}

// UnpackBlockDataProvenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BlockDataProven(uint256 indexed gameId, uint256 blobIndex, bytes32 blocksRoot)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackBlockDataProvenEvent(log *types.Log) (*OptimisticNativeRollupBlockDataProven, error) {
	event := "BlockDataProven"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != optimisticNativeRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OptimisticNativeRollupBlockDataProven)
	if len(log.Data) > 0 {
		if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range optimisticNativeRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OptimisticNativeRollupChallenged represents a Challenged event raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupChallenged struct {
	ProposalId *big.Int
	GameId     *big.Int
	Challenger common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const OptimisticNativeRollupChallengedEventName = "Challenged"

// ContractEventName returns the user-defined event name.
func (OptimisticNativeRollupChallenged) ContractEventName() string {
	return OptimisticNativeRollupChallengedEventName
}

// UnpackChallengedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Challenged(uint256 indexed proposalId, uint256 indexed gameId, address indexed challenger)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackChallengedEvent(log *types.Log) (*OptimisticNativeRollupChallenged, error) {
	event := "Challenged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != optimisticNativeRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OptimisticNativeRollupChallenged)
	if len(log.Data) > 0 {
		if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range optimisticNativeRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OptimisticNativeRollupDepositSent represents a DepositSent event raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupDepositSent struct {
	DepositHash [32]byte
	Deposit     MessagesDeposit
	Raw         *types.Log // Blockchain specific contextual infos
}

const OptimisticNativeRollupDepositSentEventName = "DepositSent"

// ContractEventName returns the user-defined event name.
func (OptimisticNativeRollupDepositSent) ContractEventName() string {
	return OptimisticNativeRollupDepositSentEventName
}

// UnpackDepositSentEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DepositSent(bytes32 indexed depositHash, (uint256,address,address,uint256,uint256) deposit)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackDepositSentEvent(log *types.Log) (*OptimisticNativeRollupDepositSent, error) {
	event := "DepositSent"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != optimisticNativeRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OptimisticNativeRollupDepositSent)
	if len(log.Data) > 0 {
		if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range optimisticNativeRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OptimisticNativeRollupFinalized represents a Finalized event raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupFinalized struct {
	ProposalId *big.Int
	Number     uint64
	BlockHash  [32]byte
	StateRoot  [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const OptimisticNativeRollupFinalizedEventName = "Finalized"

// ContractEventName returns the user-defined event name.
func (OptimisticNativeRollupFinalized) ContractEventName() string {
	return OptimisticNativeRollupFinalizedEventName
}

// UnpackFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Finalized(uint256 indexed proposalId, uint64 number, bytes32 blockHash, bytes32 stateRoot)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackFinalizedEvent(log *types.Log) (*OptimisticNativeRollupFinalized, error) {
	event := "Finalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != optimisticNativeRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OptimisticNativeRollupFinalized)
	if len(log.Data) > 0 {
		if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range optimisticNativeRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OptimisticNativeRollupGameResolved represents a GameResolved event raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupGameResolved struct {
	GameId      *big.Int
	ProposerWon bool
	Raw         *types.Log // Blockchain specific contextual infos
}

const OptimisticNativeRollupGameResolvedEventName = "GameResolved"

// ContractEventName returns the user-defined event name.
func (OptimisticNativeRollupGameResolved) ContractEventName() string {
	return OptimisticNativeRollupGameResolvedEventName
}

// UnpackGameResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GameResolved(uint256 indexed gameId, bool proposerWon)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackGameResolvedEvent(log *types.Log) (*OptimisticNativeRollupGameResolved, error) {
	event := "GameResolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != optimisticNativeRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OptimisticNativeRollupGameResolved)
	if len(log.Data) > 0 {
		if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range optimisticNativeRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OptimisticNativeRollupProposalParent represents a ProposalParent event raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupProposalParent struct {
	ProposalId      *big.Int
	ParentId        *big.Int
	StartNumber     uint64
	StartOutputRoot [32]byte
	Raw             *types.Log // Blockchain specific contextual infos
}

const OptimisticNativeRollupProposalParentEventName = "ProposalParent"

// ContractEventName returns the user-defined event name.
func (OptimisticNativeRollupProposalParent) ContractEventName() string {
	return OptimisticNativeRollupProposalParentEventName
}

// UnpackProposalParentEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalParent(uint256 indexed proposalId, uint256 indexed parentId, uint64 startNumber, bytes32 startOutputRoot)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackProposalParentEvent(log *types.Log) (*OptimisticNativeRollupProposalParent, error) {
	event := "ProposalParent"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != optimisticNativeRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OptimisticNativeRollupProposalParent)
	if len(log.Data) > 0 {
		if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range optimisticNativeRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OptimisticNativeRollupProposed represents a Proposed event raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupProposed struct {
	ProposalId    *big.Int
	Proposer      common.Address
	EndNumber     uint64
	EndOutputRoot [32]byte
	BlobHashes    [][32]byte
	BlockCounts   []uint32
	AnchorL1Block uint64
	Raw           *types.Log // Blockchain specific contextual infos
}

const OptimisticNativeRollupProposedEventName = "Proposed"

// ContractEventName returns the user-defined event name.
func (OptimisticNativeRollupProposed) ContractEventName() string {
	return OptimisticNativeRollupProposedEventName
}

// UnpackProposedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Proposed(uint256 indexed proposalId, address indexed proposer, uint64 endNumber, bytes32 endOutputRoot, bytes32[] blobHashes, uint32[] blockCounts, uint64 anchorL1Block)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackProposedEvent(log *types.Log) (*OptimisticNativeRollupProposed, error) {
	event := "Proposed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != optimisticNativeRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OptimisticNativeRollupProposed)
	if len(log.Data) > 0 {
		if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range optimisticNativeRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OptimisticNativeRollupRefunded represents a Refunded event raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupRefunded struct {
	ProposalId *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const OptimisticNativeRollupRefundedEventName = "Refunded"

// ContractEventName returns the user-defined event name.
func (OptimisticNativeRollupRefunded) ContractEventName() string {
	return OptimisticNativeRollupRefundedEventName
}

// UnpackRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Refunded(uint256 indexed proposalId)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackRefundedEvent(log *types.Log) (*OptimisticNativeRollupRefunded, error) {
	event := "Refunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != optimisticNativeRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OptimisticNativeRollupRefunded)
	if len(log.Data) > 0 {
		if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range optimisticNativeRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OptimisticNativeRollupSelected represents a Selected event raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupSelected struct {
	GameId *big.Int
	Lo     uint64
	Hi     uint64
	Raw    *types.Log // Blockchain specific contextual infos
}

const OptimisticNativeRollupSelectedEventName = "Selected"

// ContractEventName returns the user-defined event name.
func (OptimisticNativeRollupSelected) ContractEventName() string {
	return OptimisticNativeRollupSelectedEventName
}

// UnpackSelectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Selected(uint256 indexed gameId, uint64 lo, uint64 hi)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackSelectedEvent(log *types.Log) (*OptimisticNativeRollupSelected, error) {
	event := "Selected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != optimisticNativeRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OptimisticNativeRollupSelected)
	if len(log.Data) > 0 {
		if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range optimisticNativeRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OptimisticNativeRollupWithdrawalFinalized represents a WithdrawalFinalized event raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupWithdrawalFinalized struct {
	WithdrawalHash [32]byte
	Withdrawal     MessagesWithdrawal
	Raw            *types.Log // Blockchain specific contextual infos
}

const OptimisticNativeRollupWithdrawalFinalizedEventName = "WithdrawalFinalized"

// ContractEventName returns the user-defined event name.
func (OptimisticNativeRollupWithdrawalFinalized) ContractEventName() string {
	return OptimisticNativeRollupWithdrawalFinalizedEventName
}

// UnpackWithdrawalFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawalFinalized(bytes32 indexed withdrawalHash, (uint256,address,address,uint256) withdrawal)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackWithdrawalFinalizedEvent(log *types.Log) (*OptimisticNativeRollupWithdrawalFinalized, error) {
	event := "WithdrawalFinalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != optimisticNativeRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OptimisticNativeRollupWithdrawalFinalized)
	if len(log.Data) > 0 {
		if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range optimisticNativeRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["AccountNotInState"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackAccountNotInStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["AnchorOutOfRange"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackAnchorOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["BlobDoesNotHoldBlock"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackBlobDoesNotHoldBlockError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["BlobTooLong"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackBlobTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["BlockDataNotProven"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackBlockDataNotProvenError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["BlockDataProvenAlready"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackBlockDataProvenAlreadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["BlockTooLarge"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackBlockTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["BondOutOfRange"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackBondOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["BondPaid"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackBondPaidError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["ChallengeWindowClosed"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackChallengeWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["ChallengeWindowOpen"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackChallengeWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["ChallengeWindowOutOfRange"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackChallengeWindowOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["ClockExpired"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackClockExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["ClockRunning"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackClockRunningError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["DataMismatch"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackDataMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["DeriveFailed"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackDeriveFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["DeriveUnavailable"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackDeriveUnavailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["ExecuteFailed"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackExecuteFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["ExecuteUnavailable"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackExecuteUnavailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["GameResolvedAlready"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackGameResolvedAlreadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["GamesOpen"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackGamesOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["GasLimitsOutOfRange"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackGasLimitsOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["GenesisUnset"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackGenesisUnsetError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["HistorySizeTooSmall"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackHistorySizeTooSmallError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["InputsNotDerived"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackInputsNotDerivedError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["InvalidBlockCounts"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackInvalidBlockCountsError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["InvalidChainId"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackInvalidChainIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["InvalidDeposit"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackInvalidDepositError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["InvalidRange"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackInvalidRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["MPTEmptyValue"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackMPTEmptyValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["MPTExtraProofNodes"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackMPTExtraProofNodesError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["MPTInvalidNode"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackMPTInvalidNodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["MPTInvalidNodeHash"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackMPTInvalidNodeHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["MPTInvalidRootHash"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackMPTInvalidRootHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["MPTProofTooShort"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackMPTProofTooShortError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["MalformedAccount"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackMalformedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["MalformedStorageValue"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackMalformedStorageValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["MaxBlocksPerProposalOutOfRange"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackMaxBlocksPerProposalOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["MoveTimeoutOutOfRange"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackMoveTimeoutOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["NoBlobs"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackNoBlobsError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["NoPendingProposal"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackNoPendingProposalError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["NotAtOneBlock"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackNotAtOneBlockError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["NotYourTurn"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackNotYourTurnError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["NothingToSync"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackNothingToSyncError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["OutputMismatch"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackOutputMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["ProposalDefeated"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackProposalDefeatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["ProposalNotDefeated"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackProposalNotDefeatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["ProposalNotPending"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackProposalNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["ProposalPending"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackProposalPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["RLPEmptyInput"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackRLPEmptyInputError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["RLPNonCanonical"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackRLPNonCanonicalError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["RLPNotAList"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackRLPNotAListError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["RLPNotAString"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackRLPNotAStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["RLPTrailingBytes"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackRLPTrailingBytesError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["RLPTruncated"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackRLPTruncatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["SectionOutOfRange"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackSectionOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["SectionsMismatch"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackSectionsMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["StateRootUnavailable"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackStateRootUnavailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["WithdrawalAlreadyFinalized"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackWithdrawalAlreadyFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["WithdrawalNotProven"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackWithdrawalNotProvenError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["WrongBond"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackWrongBondError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["WrongOutputCount"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackWrongOutputCountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// OptimisticNativeRollupAccountNotInState represents a AccountNotInState error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupAccountNotInState struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccountNotInState(address account)
func OptimisticNativeRollupAccountNotInStateErrorID() common.Hash {
	return common.HexToHash("0x39262529707a9354ddf1871bf12f4404f26fb19b007f771e28807bde9b9d99dc")
}

// UnpackAccountNotInStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccountNotInState(address account)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackAccountNotInStateError(raw []byte) (*OptimisticNativeRollupAccountNotInState, error) {
	out := new(OptimisticNativeRollupAccountNotInState)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "AccountNotInState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupAnchorOutOfRange represents a AnchorOutOfRange error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupAnchorOutOfRange struct {
	AnchorBlockNumber uint64
	PreviousAnchor    uint64
	L1BlockNumber     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AnchorOutOfRange(uint64 anchorBlockNumber, uint64 previousAnchor, uint256 l1BlockNumber)
func OptimisticNativeRollupAnchorOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xf4b770e8a9ea34fce3610e988701b7238e39062507c4b4d3fc591e402629a522")
}

// UnpackAnchorOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AnchorOutOfRange(uint64 anchorBlockNumber, uint64 previousAnchor, uint256 l1BlockNumber)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackAnchorOutOfRangeError(raw []byte) (*OptimisticNativeRollupAnchorOutOfRange, error) {
	out := new(OptimisticNativeRollupAnchorOutOfRange)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "AnchorOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupBlobDoesNotHoldBlock represents a BlobDoesNotHoldBlock error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupBlobDoesNotHoldBlock struct {
	BlobIndex *big.Int
	Number    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BlobDoesNotHoldBlock(uint256 blobIndex, uint64 number)
func OptimisticNativeRollupBlobDoesNotHoldBlockErrorID() common.Hash {
	return common.HexToHash("0x9ce58898fe9ac77adc9f253b9fdff26e7ba77d36d3e90cd364461239dd828bf1")
}

// UnpackBlobDoesNotHoldBlockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BlobDoesNotHoldBlock(uint256 blobIndex, uint64 number)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackBlobDoesNotHoldBlockError(raw []byte) (*OptimisticNativeRollupBlobDoesNotHoldBlock, error) {
	out := new(OptimisticNativeRollupBlobDoesNotHoldBlock)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "BlobDoesNotHoldBlock", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupBlobTooLong represents a BlobTooLong error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupBlobTooLong struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BlobTooLong(uint256 length)
func OptimisticNativeRollupBlobTooLongErrorID() common.Hash {
	return common.HexToHash("0x23b9f870a4a7c8aee9b51edb43b98b6c3866c0822aaa87c7e3dea2b17ae65986")
}

// UnpackBlobTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BlobTooLong(uint256 length)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackBlobTooLongError(raw []byte) (*OptimisticNativeRollupBlobTooLong, error) {
	out := new(OptimisticNativeRollupBlobTooLong)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "BlobTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupBlockDataNotProven represents a BlockDataNotProven error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupBlockDataNotProven struct {
	Number uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BlockDataNotProven(uint64 number)
func OptimisticNativeRollupBlockDataNotProvenErrorID() common.Hash {
	return common.HexToHash("0xcdc44c36e4f4958657228ab1b7914322cb43015f19e94dce12ece9b12b118582")
}

// UnpackBlockDataNotProvenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BlockDataNotProven(uint64 number)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackBlockDataNotProvenError(raw []byte) (*OptimisticNativeRollupBlockDataNotProven, error) {
	out := new(OptimisticNativeRollupBlockDataNotProven)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "BlockDataNotProven", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupBlockDataProvenAlready represents a BlockDataProvenAlready error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupBlockDataProvenAlready struct {
	BlobIndex *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BlockDataProvenAlready(uint256 blobIndex)
func OptimisticNativeRollupBlockDataProvenAlreadyErrorID() common.Hash {
	return common.HexToHash("0xf09d27aab1fca17a6990f70cbdde28a2fd2b4fe9396f1611d3b9c44c8061dbf4")
}

// UnpackBlockDataProvenAlreadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BlockDataProvenAlready(uint256 blobIndex)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackBlockDataProvenAlreadyError(raw []byte) (*OptimisticNativeRollupBlockDataProvenAlready, error) {
	out := new(OptimisticNativeRollupBlockDataProvenAlready)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "BlockDataProvenAlready", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupBlockTooLarge represents a BlockTooLarge error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupBlockTooLarge struct {
	PayloadBytes *big.Int
	GasLimit     uint64
	SettleGas    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BlockTooLarge(uint256 payloadBytes, uint64 gasLimit, uint256 settleGas)
func OptimisticNativeRollupBlockTooLargeErrorID() common.Hash {
	return common.HexToHash("0xee5f6446a06082d05ad2314f6bae9003a1bb34e140bfbb38df90588c4f818784")
}

// UnpackBlockTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BlockTooLarge(uint256 payloadBytes, uint64 gasLimit, uint256 settleGas)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackBlockTooLargeError(raw []byte) (*OptimisticNativeRollupBlockTooLarge, error) {
	out := new(OptimisticNativeRollupBlockTooLarge)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "BlockTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupBondOutOfRange represents a BondOutOfRange error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupBondOutOfRange struct {
	Bond *big.Int
	Min  *big.Int
	Max  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BondOutOfRange(uint256 bond, uint256 min, uint256 max)
func OptimisticNativeRollupBondOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x84ec5836fbf3e3682df2c324ff39cc90cc5647d1834dfc9b217f1e98c5b48c29")
}

// UnpackBondOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BondOutOfRange(uint256 bond, uint256 min, uint256 max)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackBondOutOfRangeError(raw []byte) (*OptimisticNativeRollupBondOutOfRange, error) {
	out := new(OptimisticNativeRollupBondOutOfRange)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "BondOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupBondPaid represents a BondPaid error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupBondPaid struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BondPaid(uint256 proposalId)
func OptimisticNativeRollupBondPaidErrorID() common.Hash {
	return common.HexToHash("0xb943988fe00276d9c8d8b5bc5d9ee1bb8799dc436ba7eae77039f435f0d81e1f")
}

// UnpackBondPaidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BondPaid(uint256 proposalId)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackBondPaidError(raw []byte) (*OptimisticNativeRollupBondPaid, error) {
	out := new(OptimisticNativeRollupBondPaid)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "BondPaid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupChallengeWindowClosed represents a ChallengeWindowClosed error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupChallengeWindowClosed struct {
	ClosedAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeWindowClosed(uint64 closedAt)
func OptimisticNativeRollupChallengeWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x7080c4c81e1570ed1f4d2a59daedc7d703b9ed94fa730af016994a53f63ecdd4")
}

// UnpackChallengeWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeWindowClosed(uint64 closedAt)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackChallengeWindowClosedError(raw []byte) (*OptimisticNativeRollupChallengeWindowClosed, error) {
	out := new(OptimisticNativeRollupChallengeWindowClosed)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "ChallengeWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupChallengeWindowOpen represents a ChallengeWindowOpen error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupChallengeWindowOpen struct {
	ClosesAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeWindowOpen(uint64 closesAt)
func OptimisticNativeRollupChallengeWindowOpenErrorID() common.Hash {
	return common.HexToHash("0x9db52e4950a5ddfb0d069e456b91f337164618cfd0d5def2cce7223ca8d041cb")
}

// UnpackChallengeWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeWindowOpen(uint64 closesAt)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackChallengeWindowOpenError(raw []byte) (*OptimisticNativeRollupChallengeWindowOpen, error) {
	out := new(OptimisticNativeRollupChallengeWindowOpen)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "ChallengeWindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupChallengeWindowOutOfRange represents a ChallengeWindowOutOfRange error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupChallengeWindowOutOfRange struct {
	ChallengeWindow uint64
	Min             uint64
	Max             uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeWindowOutOfRange(uint64 challengeWindow, uint64 min, uint64 max)
func OptimisticNativeRollupChallengeWindowOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x6a699668b94156c7627d252e4772342b6bb9c2d6182518cfa994ff1808a37f95")
}

// UnpackChallengeWindowOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeWindowOutOfRange(uint64 challengeWindow, uint64 min, uint64 max)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackChallengeWindowOutOfRangeError(raw []byte) (*OptimisticNativeRollupChallengeWindowOutOfRange, error) {
	out := new(OptimisticNativeRollupChallengeWindowOutOfRange)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "ChallengeWindowOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupClockExpired represents a ClockExpired error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupClockExpired struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClockExpired(uint64 deadline)
func OptimisticNativeRollupClockExpiredErrorID() common.Hash {
	return common.HexToHash("0x75adfbd5fddaf545abf57fd7e53592b655d5a9959906987de339d4446ab649df")
}

// UnpackClockExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClockExpired(uint64 deadline)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackClockExpiredError(raw []byte) (*OptimisticNativeRollupClockExpired, error) {
	out := new(OptimisticNativeRollupClockExpired)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "ClockExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupClockRunning represents a ClockRunning error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupClockRunning struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClockRunning(uint64 deadline)
func OptimisticNativeRollupClockRunningErrorID() common.Hash {
	return common.HexToHash("0x03a5cac37238aa81aea19c8e46eab8a85e49ddc248deac94270281bef0eb18d8")
}

// UnpackClockRunningError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClockRunning(uint64 deadline)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackClockRunningError(raw []byte) (*OptimisticNativeRollupClockRunning, error) {
	out := new(OptimisticNativeRollupClockRunning)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "ClockRunning", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupDataMismatch represents a DataMismatch error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupDataMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DataMismatch()
func OptimisticNativeRollupDataMismatchErrorID() common.Hash {
	return common.HexToHash("0x866c41db17524aae26971868db133e9b30c8cccfa1a83b8be08202d5e16584ee")
}

// UnpackDataMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DataMismatch()
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackDataMismatchError(raw []byte) (*OptimisticNativeRollupDataMismatch, error) {
	out := new(OptimisticNativeRollupDataMismatch)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "DataMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupDeriveFailed represents a DeriveFailed error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupDeriveFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeriveFailed()
func OptimisticNativeRollupDeriveFailedErrorID() common.Hash {
	return common.HexToHash("0x874f0e9d6ec128d32ee9ba2eb9074c42f2c34f5a6c22c2b1b8f5a6bd78608236")
}

// UnpackDeriveFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeriveFailed()
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackDeriveFailedError(raw []byte) (*OptimisticNativeRollupDeriveFailed, error) {
	out := new(OptimisticNativeRollupDeriveFailed)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "DeriveFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupDeriveUnavailable represents a DeriveUnavailable error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupDeriveUnavailable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeriveUnavailable()
func OptimisticNativeRollupDeriveUnavailableErrorID() common.Hash {
	return common.HexToHash("0xf8ee12bf2d385c383d524bc35c462302ea2e7c0f41f2325b79774d7a96030843")
}

// UnpackDeriveUnavailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeriveUnavailable()
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackDeriveUnavailableError(raw []byte) (*OptimisticNativeRollupDeriveUnavailable, error) {
	out := new(OptimisticNativeRollupDeriveUnavailable)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "DeriveUnavailable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupExecuteFailed represents a ExecuteFailed error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupExecuteFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExecuteFailed()
func OptimisticNativeRollupExecuteFailedErrorID() common.Hash {
	return common.HexToHash("0xd6bed873b61e0c022a3041c8750c4aeea171d77d891747ae05542d8f625f98b9")
}

// UnpackExecuteFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExecuteFailed()
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackExecuteFailedError(raw []byte) (*OptimisticNativeRollupExecuteFailed, error) {
	out := new(OptimisticNativeRollupExecuteFailed)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "ExecuteFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupExecuteUnavailable represents a ExecuteUnavailable error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupExecuteUnavailable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExecuteUnavailable()
func OptimisticNativeRollupExecuteUnavailableErrorID() common.Hash {
	return common.HexToHash("0xdabc3a388fbd683130ee328eb86b4826e2c9e36e66f97838462c47a62c3fd276")
}

// UnpackExecuteUnavailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExecuteUnavailable()
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackExecuteUnavailableError(raw []byte) (*OptimisticNativeRollupExecuteUnavailable, error) {
	out := new(OptimisticNativeRollupExecuteUnavailable)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "ExecuteUnavailable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupGameResolvedAlready represents a GameResolvedAlready error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupGameResolvedAlready struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GameResolvedAlready()
func OptimisticNativeRollupGameResolvedAlreadyErrorID() common.Hash {
	return common.HexToHash("0x1e10644fc00dbb07a9e0019e363bf691343983103ee02f9777eeeb893654358e")
}

// UnpackGameResolvedAlreadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GameResolvedAlready()
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackGameResolvedAlreadyError(raw []byte) (*OptimisticNativeRollupGameResolvedAlready, error) {
	out := new(OptimisticNativeRollupGameResolvedAlready)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "GameResolvedAlready", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupGamesOpen represents a GamesOpen error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupGamesOpen struct {
	OpenGames uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GamesOpen(uint64 openGames)
func OptimisticNativeRollupGamesOpenErrorID() common.Hash {
	return common.HexToHash("0x657b4547b78a16910ea131d711bb04fd8a58ad454d2138c27dae356206cd3dbd")
}

// UnpackGamesOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GamesOpen(uint64 openGames)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackGamesOpenError(raw []byte) (*OptimisticNativeRollupGamesOpen, error) {
	out := new(OptimisticNativeRollupGamesOpen)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "GamesOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupGasLimitsOutOfRange represents a GasLimitsOutOfRange error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupGasLimitsOutOfRange struct {
	MinGasLimit uint64
	MaxGasLimit uint64
	Floor       uint64
	Ceiling     uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GasLimitsOutOfRange(uint64 minGasLimit, uint64 maxGasLimit, uint64 floor, uint64 ceiling)
func OptimisticNativeRollupGasLimitsOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xd2be076aad547e785177f73ffe63b0bb53a5450ceeff7fef48ee8c130e5e6699")
}

// UnpackGasLimitsOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GasLimitsOutOfRange(uint64 minGasLimit, uint64 maxGasLimit, uint64 floor, uint64 ceiling)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackGasLimitsOutOfRangeError(raw []byte) (*OptimisticNativeRollupGasLimitsOutOfRange, error) {
	out := new(OptimisticNativeRollupGasLimitsOutOfRange)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "GasLimitsOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupGenesisUnset represents a GenesisUnset error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupGenesisUnset struct {
	GenesisHash      [32]byte
	GenesisStateRoot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GenesisUnset(bytes32 genesisHash, bytes32 genesisStateRoot)
func OptimisticNativeRollupGenesisUnsetErrorID() common.Hash {
	return common.HexToHash("0xaa186dfc8ae744a23654f3afc38ee291507cbb6920e433bf14115d054fb591c2")
}

// UnpackGenesisUnsetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GenesisUnset(bytes32 genesisHash, bytes32 genesisStateRoot)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackGenesisUnsetError(raw []byte) (*OptimisticNativeRollupGenesisUnset, error) {
	out := new(OptimisticNativeRollupGenesisUnset)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "GenesisUnset", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupHistorySizeTooSmall represents a HistorySizeTooSmall error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupHistorySizeTooSmall struct {
	HistorySize uint64
	Min         uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HistorySizeTooSmall(uint64 historySize, uint64 min)
func OptimisticNativeRollupHistorySizeTooSmallErrorID() common.Hash {
	return common.HexToHash("0x159a34f4f774dc1f6a300d0e8a6c584c9e0116189b95b3a2278c51f7ed58bea7")
}

// UnpackHistorySizeTooSmallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HistorySizeTooSmall(uint64 historySize, uint64 min)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackHistorySizeTooSmallError(raw []byte) (*OptimisticNativeRollupHistorySizeTooSmall, error) {
	out := new(OptimisticNativeRollupHistorySizeTooSmall)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "HistorySizeTooSmall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupInputsNotDerived represents a InputsNotDerived error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupInputsNotDerived struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InputsNotDerived()
func OptimisticNativeRollupInputsNotDerivedErrorID() common.Hash {
	return common.HexToHash("0x8297f733220c61cfa41dae7c3844afcb1154d3d0b0604c48b827dcf01794c8a7")
}

// UnpackInputsNotDerivedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InputsNotDerived()
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackInputsNotDerivedError(raw []byte) (*OptimisticNativeRollupInputsNotDerived, error) {
	out := new(OptimisticNativeRollupInputsNotDerived)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "InputsNotDerived", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupInvalidBlockCounts represents a InvalidBlockCounts error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupInvalidBlockCounts struct {
	Blobs  *big.Int
	Blocks *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidBlockCounts(uint256 blobs, uint256 blocks)
func OptimisticNativeRollupInvalidBlockCountsErrorID() common.Hash {
	return common.HexToHash("0x7f034a74669219c8d60fd60ba6c95c3affa108d8a11ffbb17018c8b9c45aec71")
}

// UnpackInvalidBlockCountsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidBlockCounts(uint256 blobs, uint256 blocks)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackInvalidBlockCountsError(raw []byte) (*OptimisticNativeRollupInvalidBlockCounts, error) {
	out := new(OptimisticNativeRollupInvalidBlockCounts)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "InvalidBlockCounts", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupInvalidChainId represents a InvalidChainId error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupInvalidChainId struct {
	ChainId   uint64
	L1ChainId *big.Int
	Max       uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidChainId(uint64 chainId, uint256 l1ChainId, uint64 max)
func OptimisticNativeRollupInvalidChainIdErrorID() common.Hash {
	return common.HexToHash("0x92e63b3ccdf7400de47257965606cacaf4f51918eabe39932031cfe489054c8c")
}

// UnpackInvalidChainIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidChainId(uint64 chainId, uint256 l1ChainId, uint64 max)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackInvalidChainIdError(raw []byte) (*OptimisticNativeRollupInvalidChainId, error) {
	out := new(OptimisticNativeRollupInvalidChainId)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "InvalidChainId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupInvalidDeposit represents a InvalidDeposit error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupInvalidDeposit struct {
	Value      *big.Int
	RelayerFee *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidDeposit(uint256 value, uint256 relayerFee)
func OptimisticNativeRollupInvalidDepositErrorID() common.Hash {
	return common.HexToHash("0x77f67c46bcbbfd31bc27733d6df1af482b7314b70ddb5a7beb32b125b050534d")
}

// UnpackInvalidDepositError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidDeposit(uint256 value, uint256 relayerFee)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackInvalidDepositError(raw []byte) (*OptimisticNativeRollupInvalidDeposit, error) {
	out := new(OptimisticNativeRollupInvalidDeposit)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "InvalidDeposit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupInvalidRange represents a InvalidRange error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupInvalidRange struct {
	EndNumber uint64
	Start     uint64
	MaxBlocks uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRange(uint64 endNumber, uint64 start, uint64 maxBlocks)
func OptimisticNativeRollupInvalidRangeErrorID() common.Hash {
	return common.HexToHash("0x749d54b4facac9be5c1dce71d1d1b8c8e89d694054e09198676910ec11497121")
}

// UnpackInvalidRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRange(uint64 endNumber, uint64 start, uint64 maxBlocks)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackInvalidRangeError(raw []byte) (*OptimisticNativeRollupInvalidRange, error) {
	out := new(OptimisticNativeRollupInvalidRange)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "InvalidRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupMPTEmptyValue represents a MPTEmptyValue error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupMPTEmptyValue struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MPTEmptyValue()
func OptimisticNativeRollupMPTEmptyValueErrorID() common.Hash {
	return common.HexToHash("0x72bd2633956ba5adecd18ca9b7dd6acfc26f8cdaad701a59380ddf4f8e5ce4e3")
}

// UnpackMPTEmptyValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MPTEmptyValue()
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackMPTEmptyValueError(raw []byte) (*OptimisticNativeRollupMPTEmptyValue, error) {
	out := new(OptimisticNativeRollupMPTEmptyValue)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "MPTEmptyValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupMPTExtraProofNodes represents a MPTExtraProofNodes error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupMPTExtraProofNodes struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MPTExtraProofNodes()
func OptimisticNativeRollupMPTExtraProofNodesErrorID() common.Hash {
	return common.HexToHash("0x0f0778d4ee4c73c940e714f50a405e5119330125deff9d7eaeaee244d20bd899")
}

// UnpackMPTExtraProofNodesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MPTExtraProofNodes()
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackMPTExtraProofNodesError(raw []byte) (*OptimisticNativeRollupMPTExtraProofNodes, error) {
	out := new(OptimisticNativeRollupMPTExtraProofNodes)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "MPTExtraProofNodes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupMPTInvalidNode represents a MPTInvalidNode error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupMPTInvalidNode struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MPTInvalidNode()
func OptimisticNativeRollupMPTInvalidNodeErrorID() common.Hash {
	return common.HexToHash("0xfc6594b2de2b1f42153634570bca84f114d0fc5b5bfb066ac28ae74d297093ad")
}

// UnpackMPTInvalidNodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MPTInvalidNode()
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackMPTInvalidNodeError(raw []byte) (*OptimisticNativeRollupMPTInvalidNode, error) {
	out := new(OptimisticNativeRollupMPTInvalidNode)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "MPTInvalidNode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupMPTInvalidNodeHash represents a MPTInvalidNodeHash error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupMPTInvalidNodeHash struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MPTInvalidNodeHash()
func OptimisticNativeRollupMPTInvalidNodeHashErrorID() common.Hash {
	return common.HexToHash("0xf541d9d4d2dfbcf032ce6243226a06db8f1e858a739d98d224f010cfd15c2474")
}

// UnpackMPTInvalidNodeHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MPTInvalidNodeHash()
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackMPTInvalidNodeHashError(raw []byte) (*OptimisticNativeRollupMPTInvalidNodeHash, error) {
	out := new(OptimisticNativeRollupMPTInvalidNodeHash)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "MPTInvalidNodeHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupMPTInvalidRootHash represents a MPTInvalidRootHash error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupMPTInvalidRootHash struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MPTInvalidRootHash()
func OptimisticNativeRollupMPTInvalidRootHashErrorID() common.Hash {
	return common.HexToHash("0xd8a0503c59bb99f659ea50a44d414afdc12380565f26831c40617f29b0bb9ede")
}

// UnpackMPTInvalidRootHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MPTInvalidRootHash()
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackMPTInvalidRootHashError(raw []byte) (*OptimisticNativeRollupMPTInvalidRootHash, error) {
	out := new(OptimisticNativeRollupMPTInvalidRootHash)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "MPTInvalidRootHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupMPTProofTooShort represents a MPTProofTooShort error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupMPTProofTooShort struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MPTProofTooShort()
func OptimisticNativeRollupMPTProofTooShortErrorID() common.Hash {
	return common.HexToHash("0x35e909e90ed5e3f9b9c275834c61c2d0f8a074f104c4f6605b44a8e228d32628")
}

// UnpackMPTProofTooShortError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MPTProofTooShort()
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackMPTProofTooShortError(raw []byte) (*OptimisticNativeRollupMPTProofTooShort, error) {
	out := new(OptimisticNativeRollupMPTProofTooShort)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "MPTProofTooShort", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupMalformedAccount represents a MalformedAccount error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupMalformedAccount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedAccount()
func OptimisticNativeRollupMalformedAccountErrorID() common.Hash {
	return common.HexToHash("0x8bfd7d3faa3c4da56686ea83ad17c9abe20b6459cfb3c37debf10dd25bef38b7")
}

// UnpackMalformedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedAccount()
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackMalformedAccountError(raw []byte) (*OptimisticNativeRollupMalformedAccount, error) {
	out := new(OptimisticNativeRollupMalformedAccount)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "MalformedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupMalformedStorageValue represents a MalformedStorageValue error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupMalformedStorageValue struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedStorageValue()
func OptimisticNativeRollupMalformedStorageValueErrorID() common.Hash {
	return common.HexToHash("0x0b5ac8756dc2cc5ac05214161a6aab0c81893342c073cdb55848e3ec6f3667f6")
}

// UnpackMalformedStorageValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedStorageValue()
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackMalformedStorageValueError(raw []byte) (*OptimisticNativeRollupMalformedStorageValue, error) {
	out := new(OptimisticNativeRollupMalformedStorageValue)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "MalformedStorageValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupMaxBlocksPerProposalOutOfRange represents a MaxBlocksPerProposalOutOfRange error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupMaxBlocksPerProposalOutOfRange struct {
	MaxBlocksPerProposal uint64
	Max                  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MaxBlocksPerProposalOutOfRange(uint64 maxBlocksPerProposal, uint64 max)
func OptimisticNativeRollupMaxBlocksPerProposalOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xd9f7c34508e36c06e59e29d285ece2a6ecd45815d8cfe78ae9cf5204655978bb")
}

// UnpackMaxBlocksPerProposalOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MaxBlocksPerProposalOutOfRange(uint64 maxBlocksPerProposal, uint64 max)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackMaxBlocksPerProposalOutOfRangeError(raw []byte) (*OptimisticNativeRollupMaxBlocksPerProposalOutOfRange, error) {
	out := new(OptimisticNativeRollupMaxBlocksPerProposalOutOfRange)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "MaxBlocksPerProposalOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupMoveTimeoutOutOfRange represents a MoveTimeoutOutOfRange error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupMoveTimeoutOutOfRange struct {
	MoveTimeout uint64
	Min         uint64
	Max         uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MoveTimeoutOutOfRange(uint64 moveTimeout, uint64 min, uint64 max)
func OptimisticNativeRollupMoveTimeoutOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x9cf41becacb9071622ac0eb6e762747043b52c1e2e3d110eedf89073e8979cab")
}

// UnpackMoveTimeoutOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MoveTimeoutOutOfRange(uint64 moveTimeout, uint64 min, uint64 max)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackMoveTimeoutOutOfRangeError(raw []byte) (*OptimisticNativeRollupMoveTimeoutOutOfRange, error) {
	out := new(OptimisticNativeRollupMoveTimeoutOutOfRange)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "MoveTimeoutOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupNoBlobs represents a NoBlobs error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupNoBlobs struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoBlobs()
func OptimisticNativeRollupNoBlobsErrorID() common.Hash {
	return common.HexToHash("0xfdac229fa6c61d2e4a6bc1ebc68087ecb60df7b4b811cc9f0a38c384fb4e0fd8")
}

// UnpackNoBlobsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoBlobs()
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackNoBlobsError(raw []byte) (*OptimisticNativeRollupNoBlobs, error) {
	out := new(OptimisticNativeRollupNoBlobs)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "NoBlobs", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupNoPendingProposal represents a NoPendingProposal error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupNoPendingProposal struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoPendingProposal()
func OptimisticNativeRollupNoPendingProposalErrorID() common.Hash {
	return common.HexToHash("0xb1713b6a35a63633a74cb023cb626404832b98571273b6733ee741f0fb1bf655")
}

// UnpackNoPendingProposalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoPendingProposal()
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackNoPendingProposalError(raw []byte) (*OptimisticNativeRollupNoPendingProposal, error) {
	out := new(OptimisticNativeRollupNoPendingProposal)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "NoPendingProposal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupNotAtOneBlock represents a NotAtOneBlock error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupNotAtOneBlock struct {
	Lo uint64
	Hi uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAtOneBlock(uint64 lo, uint64 hi)
func OptimisticNativeRollupNotAtOneBlockErrorID() common.Hash {
	return common.HexToHash("0x7625548ab145e8591f7a8a3689d3f9cfa9555bdbd5f25aed4580ff3111ebbf8d")
}

// UnpackNotAtOneBlockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAtOneBlock(uint64 lo, uint64 hi)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackNotAtOneBlockError(raw []byte) (*OptimisticNativeRollupNotAtOneBlock, error) {
	out := new(OptimisticNativeRollupNotAtOneBlock)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "NotAtOneBlock", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupNotYourTurn represents a NotYourTurn error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupNotYourTurn struct {
	Turn uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotYourTurn(uint8 turn)
func OptimisticNativeRollupNotYourTurnErrorID() common.Hash {
	return common.HexToHash("0x9d71abb25ab104d20d7a2f47d3709582ae853efd2f3f429b801ed017cdf24144")
}

// UnpackNotYourTurnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotYourTurn(uint8 turn)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackNotYourTurnError(raw []byte) (*OptimisticNativeRollupNotYourTurn, error) {
	out := new(OptimisticNativeRollupNotYourTurn)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "NotYourTurn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupNothingToSync represents a NothingToSync error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupNothingToSync struct {
	GameId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToSync(uint256 gameId)
func OptimisticNativeRollupNothingToSyncErrorID() common.Hash {
	return common.HexToHash("0x0c561f2f0a6176c03ac64b2caa541c5f9cc1d1a97a793c27a8a61cd8c5989fe1")
}

// UnpackNothingToSyncError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToSync(uint256 gameId)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackNothingToSyncError(raw []byte) (*OptimisticNativeRollupNothingToSync, error) {
	out := new(OptimisticNativeRollupNothingToSync)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "NothingToSync", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupNothingToWithdraw represents a NothingToWithdraw error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func OptimisticNativeRollupNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackNothingToWithdrawError(raw []byte) (*OptimisticNativeRollupNothingToWithdraw, error) {
	out := new(OptimisticNativeRollupNothingToWithdraw)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupOutputMismatch represents a OutputMismatch error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupOutputMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutputMismatch()
func OptimisticNativeRollupOutputMismatchErrorID() common.Hash {
	return common.HexToHash("0xbece19e609440c2bb2000e3b62a2ab1c42c3d0e8130cf2f08603ad0bf8017c2a")
}

// UnpackOutputMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutputMismatch()
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackOutputMismatchError(raw []byte) (*OptimisticNativeRollupOutputMismatch, error) {
	out := new(OptimisticNativeRollupOutputMismatch)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "OutputMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupProposalDefeated represents a ProposalDefeated error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupProposalDefeated struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProposalDefeated(uint256 proposalId)
func OptimisticNativeRollupProposalDefeatedErrorID() common.Hash {
	return common.HexToHash("0x3522b002b3ea22609209b2ede7c619a1e7e16781a08fd1ec2233419b00640828")
}

// UnpackProposalDefeatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProposalDefeated(uint256 proposalId)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackProposalDefeatedError(raw []byte) (*OptimisticNativeRollupProposalDefeated, error) {
	out := new(OptimisticNativeRollupProposalDefeated)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "ProposalDefeated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupProposalNotDefeated represents a ProposalNotDefeated error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupProposalNotDefeated struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProposalNotDefeated(uint256 proposalId)
func OptimisticNativeRollupProposalNotDefeatedErrorID() common.Hash {
	return common.HexToHash("0x7ebe921fff18679eaa68285f988890e5773cc269109bc9ccbcb190027cb0ff6f")
}

// UnpackProposalNotDefeatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProposalNotDefeated(uint256 proposalId)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackProposalNotDefeatedError(raw []byte) (*OptimisticNativeRollupProposalNotDefeated, error) {
	out := new(OptimisticNativeRollupProposalNotDefeated)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "ProposalNotDefeated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupProposalNotPending represents a ProposalNotPending error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupProposalNotPending struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProposalNotPending(uint256 proposalId)
func OptimisticNativeRollupProposalNotPendingErrorID() common.Hash {
	return common.HexToHash("0xad4bc11061654df1a04d9f651c7e7d2c52fabfb00e4bb7873f027bd908d2d054")
}

// UnpackProposalNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProposalNotPending(uint256 proposalId)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackProposalNotPendingError(raw []byte) (*OptimisticNativeRollupProposalNotPending, error) {
	out := new(OptimisticNativeRollupProposalNotPending)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "ProposalNotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupProposalPending represents a ProposalPending error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupProposalPending struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProposalPending(uint256 proposalId)
func OptimisticNativeRollupProposalPendingErrorID() common.Hash {
	return common.HexToHash("0x0b0a80acf5b5f3bf3412084eb9c2442ef91af281dced010374391f5e13c5d9dc")
}

// UnpackProposalPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProposalPending(uint256 proposalId)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackProposalPendingError(raw []byte) (*OptimisticNativeRollupProposalPending, error) {
	out := new(OptimisticNativeRollupProposalPending)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "ProposalPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupRLPEmptyInput represents a RLPEmptyInput error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupRLPEmptyInput struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RLPEmptyInput()
func OptimisticNativeRollupRLPEmptyInputErrorID() common.Hash {
	return common.HexToHash("0x403adeedff5272a06ca58baf9847b4025842dc9652052a9ea01d280f02a02d89")
}

// UnpackRLPEmptyInputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RLPEmptyInput()
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackRLPEmptyInputError(raw []byte) (*OptimisticNativeRollupRLPEmptyInput, error) {
	out := new(OptimisticNativeRollupRLPEmptyInput)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "RLPEmptyInput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupRLPNonCanonical represents a RLPNonCanonical error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupRLPNonCanonical struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RLPNonCanonical()
func OptimisticNativeRollupRLPNonCanonicalErrorID() common.Hash {
	return common.HexToHash("0x2dbeb369d80f5282a5910d73316ae334814afc3048d8521574ef86ea0e731361")
}

// UnpackRLPNonCanonicalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RLPNonCanonical()
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackRLPNonCanonicalError(raw []byte) (*OptimisticNativeRollupRLPNonCanonical, error) {
	out := new(OptimisticNativeRollupRLPNonCanonical)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "RLPNonCanonical", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupRLPNotAList represents a RLPNotAList error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupRLPNotAList struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RLPNotAList()
func OptimisticNativeRollupRLPNotAListErrorID() common.Hash {
	return common.HexToHash("0xf5ad531ed855c5726eb97d1d5a1cdc187ef406bc505532ced02a7fb22a351d89")
}

// UnpackRLPNotAListError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RLPNotAList()
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackRLPNotAListError(raw []byte) (*OptimisticNativeRollupRLPNotAList, error) {
	out := new(OptimisticNativeRollupRLPNotAList)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "RLPNotAList", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupRLPNotAString represents a RLPNotAString error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupRLPNotAString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RLPNotAString()
func OptimisticNativeRollupRLPNotAStringErrorID() common.Hash {
	return common.HexToHash("0x16f3f4b481a347f94e3d4fd6b7101f4eb825080cc42a4875b370122cfb40dc60")
}

// UnpackRLPNotAStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RLPNotAString()
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackRLPNotAStringError(raw []byte) (*OptimisticNativeRollupRLPNotAString, error) {
	out := new(OptimisticNativeRollupRLPNotAString)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "RLPNotAString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupRLPTrailingBytes represents a RLPTrailingBytes error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupRLPTrailingBytes struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RLPTrailingBytes()
func OptimisticNativeRollupRLPTrailingBytesErrorID() common.Hash {
	return common.HexToHash("0xda5578386710e439630958ee593af09dd185da9dac1ea9d0409dca2764956294")
}

// UnpackRLPTrailingBytesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RLPTrailingBytes()
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackRLPTrailingBytesError(raw []byte) (*OptimisticNativeRollupRLPTrailingBytes, error) {
	out := new(OptimisticNativeRollupRLPTrailingBytes)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "RLPTrailingBytes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupRLPTruncated represents a RLPTruncated error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupRLPTruncated struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RLPTruncated()
func OptimisticNativeRollupRLPTruncatedErrorID() common.Hash {
	return common.HexToHash("0xafdf59e476f56a8fca2bc955fc1268932bb048784c6fc767801d3ac7a23eeb00")
}

// UnpackRLPTruncatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RLPTruncated()
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackRLPTruncatedError(raw []byte) (*OptimisticNativeRollupRLPTruncated, error) {
	out := new(OptimisticNativeRollupRLPTruncated)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "RLPTruncated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupSectionOutOfRange represents a SectionOutOfRange error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupSectionOutOfRange struct {
	Section  *big.Int
	Sections *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SectionOutOfRange(uint256 section, uint256 sections)
func OptimisticNativeRollupSectionOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x56845def681c8ca6f7a401f5b34e36cfb48d84c3d3e90fd30edd5f2fe7d39a5b")
}

// UnpackSectionOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SectionOutOfRange(uint256 section, uint256 sections)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackSectionOutOfRangeError(raw []byte) (*OptimisticNativeRollupSectionOutOfRange, error) {
	out := new(OptimisticNativeRollupSectionOutOfRange)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "SectionOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupSectionsMismatch represents a SectionsMismatch error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupSectionsMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SectionsMismatch()
func OptimisticNativeRollupSectionsMismatchErrorID() common.Hash {
	return common.HexToHash("0xf3df602422d72bee421399a8d252ead137e020f3d2085bc428efe9a4f9d91eff")
}

// UnpackSectionsMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SectionsMismatch()
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackSectionsMismatchError(raw []byte) (*OptimisticNativeRollupSectionsMismatch, error) {
	out := new(OptimisticNativeRollupSectionsMismatch)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "SectionsMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupStateRootUnavailable represents a StateRootUnavailable error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupStateRootUnavailable struct {
	L2BlockNumber uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StateRootUnavailable(uint64 l2BlockNumber)
func OptimisticNativeRollupStateRootUnavailableErrorID() common.Hash {
	return common.HexToHash("0x9ae2a7c3ab9cf74097eb0778c6abaa33e702f47eab2f33e47fb6aa26a587aa88")
}

// UnpackStateRootUnavailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StateRootUnavailable(uint64 l2BlockNumber)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackStateRootUnavailableError(raw []byte) (*OptimisticNativeRollupStateRootUnavailable, error) {
	out := new(OptimisticNativeRollupStateRootUnavailable)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "StateRootUnavailable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupTransferFailed represents a TransferFailed error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupTransferFailed struct {
	To common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to)
func OptimisticNativeRollupTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x39f1c8d9a08940175dbc82f15840b953aa855264e371e68f3e5d5cb38c445fa0")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackTransferFailedError(raw []byte) (*OptimisticNativeRollupTransferFailed, error) {
	out := new(OptimisticNativeRollupTransferFailed)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupWithdrawalAlreadyFinalized represents a WithdrawalAlreadyFinalized error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupWithdrawalAlreadyFinalized struct {
	WithdrawalHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawalAlreadyFinalized(bytes32 withdrawalHash)
func OptimisticNativeRollupWithdrawalAlreadyFinalizedErrorID() common.Hash {
	return common.HexToHash("0x9b26663946b0e83cff6e916f9994f36cef88f7205d09fd89ef801ea9d9c4746c")
}

// UnpackWithdrawalAlreadyFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawalAlreadyFinalized(bytes32 withdrawalHash)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackWithdrawalAlreadyFinalizedError(raw []byte) (*OptimisticNativeRollupWithdrawalAlreadyFinalized, error) {
	out := new(OptimisticNativeRollupWithdrawalAlreadyFinalized)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "WithdrawalAlreadyFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupWithdrawalNotProven represents a WithdrawalNotProven error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupWithdrawalNotProven struct {
	WithdrawalHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawalNotProven(bytes32 withdrawalHash)
func OptimisticNativeRollupWithdrawalNotProvenErrorID() common.Hash {
	return common.HexToHash("0x24bd5a5253b0806598fec67a4dabc2b3abb261a14fb9ee2432db8f540bda4dce")
}

// UnpackWithdrawalNotProvenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawalNotProven(bytes32 withdrawalHash)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackWithdrawalNotProvenError(raw []byte) (*OptimisticNativeRollupWithdrawalNotProven, error) {
	out := new(OptimisticNativeRollupWithdrawalNotProven)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "WithdrawalNotProven", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupWrongBond represents a WrongBond error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupWrongBond struct {
	Sent     *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongBond(uint256 sent, uint256 required)
func OptimisticNativeRollupWrongBondErrorID() common.Hash {
	return common.HexToHash("0x0c5e03da3c3575f08d387f0e59dfdfe46b22550c7a25676fffcb9251582e2c11")
}

// UnpackWrongBondError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongBond(uint256 sent, uint256 required)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackWrongBondError(raw []byte) (*OptimisticNativeRollupWrongBond, error) {
	out := new(OptimisticNativeRollupWrongBond)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "WrongBond", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OptimisticNativeRollupWrongOutputCount represents a WrongOutputCount error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupWrongOutputCount struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongOutputCount(uint256 got, uint256 want)
func OptimisticNativeRollupWrongOutputCountErrorID() common.Hash {
	return common.HexToHash("0x038f998fcf266222dbbdbda765727850591b11b199233a344c5d68ca61914962")
}

// UnpackWrongOutputCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongOutputCount(uint256 got, uint256 want)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackWrongOutputCountError(raw []byte) (*OptimisticNativeRollupWrongOutputCount, error) {
	out := new(OptimisticNativeRollupWrongOutputCount)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "WrongOutputCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofHarnessMetaData contains all meta data concerning the ProofHarness contract.
var ProofHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AccountNotInState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"InitcodeTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"intrinsicGas\",\"type\":\"uint256\"}],\"name\":\"IntrinsicGasTooLow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidTransactionSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTEmptyValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTExtraProofNodes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidNode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidNodeHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidRootHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTProofTooShort\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedStorageValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"MalformedTransaction\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPEmptyInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxBytes\",\"type\":\"uint256\"}],\"name\":\"RLPIntegerTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNonCanonical\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNotAList\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNotAString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPTrailingBytes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPTruncated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxPriorityFeePerGas\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxFeePerGas\",\"type\":\"uint256\"}],\"name\":\"TipAboveFeeCap\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransactionCostOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxGas\",\"type\":\"uint256\"}],\"name\":\"TransactionGasTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"txType\",\"type\":\"uint8\"}],\"name\":\"UnsupportedTransactionType\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"txChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"}],\"name\":\"WrongTransactionChainId\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"signedTx\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxGas\",\"type\":\"uint256\"}],\"name\":\"decodeSignedTx\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxFeePerGas\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"internalType\":\"structSignedTx.Fields\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"flatten\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"},{\"internalType\":\"bytes[]\",\"name\":\"proof\",\"type\":\"bytes[]\"}],\"name\":\"get\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"found\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"value\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes[]\",\"name\":\"accountProof\",\"type\":\"bytes[]\"}],\"name\":\"storageRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes[]\",\"name\":\"storageProof\",\"type\":\"bytes[]\"}],\"name\":\"storageValue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "ProofHarness",
	Bin: "0x60808060405234601557611d18908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c80631943ab391461006457806331ac9ef51461005f578063416b16f21461005a5780639f07b143146100555763f16a494b14610050575f80fd5b610779565b610654565b6105bf565b610547565b346104e65760603660031901126104e6576004356001600160401b0381116104e6576100949036906004016104ea565b602435906001600160401b038216928383036104e6576100c290604435926100ba610840565b503691610895565b916100cb610840565b9280511580156104ca575b61047e576100fb906100e66109a4565b60218201815290515f19016020820152611145565b93600c85510361044a5761011761011186610971565b51611226565b90810361042c5750506001600160401b038061016061014d61014161013b886109bc565b516112a5565b6001600160401b031690565b6001600160401b03166020860181905290565b16146103fe57610172610111846109cc565b61017e610111856109dc565b60608401918183528181116103e957505061019e61014161013b866109ec565b6001600160401b031660408401908152906101c16101bb866109fc565b5161138b565b5192831593841590816103dd575b506103b2576102276102566102276102516101ec6101118b610a0c565b9760808a0198895261024b61024561023e8d61023861023261022c6102136101bb85610a1c565b9b8c9861021f8a6113bf565b809a516114a3565b610aaa565b92610a2d565b51611532565b90610b17565b9651610b24565b91610b3c565b90610bdd565b610b4d565b8181116103aa575b5083516001600160401b031681811061038c57505082516001600160401b031663010000008111610369575082516001600160401b031681811161034a575050906102bb6101416102c1935194511992516001600160401b031690565b90610bea565b1061033b576102e26102d561033793611666565b6001600160a01b03168252565b6040519182918291909160808060a083019460018060a01b0381511684526001600160401b0360208201511660208501526001600160401b036040820151166040850152606081015160608501520151910152565b0390f35b6361fea41560e01b5f5260045ffd5b635626ef1360e11b5f526001600160401b031660045260245260445b5ffd5b635626ef1360e11b5f526001600160401b0316600452630100000060245260445ffd5b63fa353ba360e01b5f526001600160401b031660045260245260445ffd5b90508761025e565b6040516304e6e16d60e51b8152602060048201526002602482015261746f60f01b6044820152606490fd5b601491501415876101cf565b631c1b330960e11b5f5260045260245260445ffd5b6040516304e6e16d60e51b81526020600482015260056024820152646e6f6e636560d81b6044820152606490fd5b63ce74c5f760e01b5f526004526001600160401b031660245260445ffd5b6040516304e6e16d60e51b815260206004820152600b60248201526a199a595b190818dbdd5b9d60aa1b6044820152606490fd5b805161049f57506103665f5b630c06fd2560e21b5f5260ff16600452602490565b6104c56104bf6104b161036693610971565b516001600160f81b03191690565b60f81c90565b61048a565b50600260ff6104de6104bf6104b185610971565b1614156100d6565b5f80fd5b9181601f840112156104e6578235916001600160401b0383116104e657602083818601950101116104e657565b9181601f840112156104e6578235916001600160401b0383116104e6576020808501948460051b0101116104e657565b346104e65760603660031901126104e6576024356044356004356001600160401b0382116104e65760209261058d610586610593943690600401610517565b36916108e2565b91610c08565b604051908152f35b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b346104e65760603660031901126104e6576004356024356001600160401b0381116104e6576105f29036906004016104ea565b91906044356001600160401b0381116104e6576106359361062761061d61062f933690600401610517565b9490923691610895565b9236916108e2565b91610cf8565b906103376040519283921515835260406020840152604083019061059b565b346104e65760603660031901126104e6576024356004356001600160a01b03821682036104e657604435906001600160401b0382116104e6576106f96106a461058661070c943690600401610517565b9161070760405160208101906106e3816106d58a856014916bffffffffffffffffffffffff199060601b1681520190565b03601f19810183528261080e565b5190206040519384916020830160209181520190565b03601f19810184528361080e565b610cf8565b91901561075e5761072461071f83610fc8565b611952565b600481510361074f5761073961073f916109cc565b51611bb0565b1561074f57604051908152602090f35b638bfd7d3f60e01b5f5260045ffd5b633926252960e01b5f526001600160a01b031660045260245ffd5b346104e65760203660031901126104e6576004356001600160401b0381116104e6576107c66107c16107bc6107b56103379436906004016104ea565b3691610895565b610fc8565b611087565b60405191829160208352602083019061059b565b634e487b7160e01b5f52604160045260245ffd5b604081019081106001600160401b0382111761080957604052565b6107da565b90601f801991011681019081106001600160401b0382111761080957604052565b6040519061083e60408361080e565b565b6040519060a082018281106001600160401b03821117610809576040525f6080838281528260208201528260408201528260608201520152565b6001600160401b03811161080957601f01601f191660200190565b9291926108a18261087a565b916108af604051938461080e565b8294818452818301116104e6578281602093845f960137010152565b6001600160401b0381116108095760051b60200190565b9291926108ee826108cb565b936108fc604051958661080e565b602085848152019260051b8201918183116104e65780935b838510610922575050505050565b84356001600160401b0381116104e657820183601f820112156104e6576020916109528583858095359101610895565b815201940193610914565b634e487b7160e01b5f52603260045260245ffd5b80511561097e5760200190565b61095d565b80516001101561097e5760210190565b90815181101561097e570160200190565b604051906109b1826107ee565b5f6020838281520152565b80516001101561097e5760400190565b80516002101561097e5760600190565b80516003101561097e5760800190565b80516004101561097e5760a00190565b80516005101561097e5760c00190565b80516006101561097e5760e00190565b80516007101561097e576101000190565b80516008101561097e576101200190565b80516010101561097e576102200190565b80516009101561097e576101400190565b8051600a101561097e576101600190565b8051600b101561097e576101800190565b805182101561097e5760209160051b010190565b634e487b7160e01b5f52601160045260245ffd5b61520801908161520811610aba57565b610a96565b90601f8201809211610aba57565b617d00019081617d0011610aba57565b61096001908161096011610aba57565b6002019081600211610aba57565b601b019081601b11610aba57565b9060018201809211610aba57565b91908201809211610aba57565b600281901b91906001600160fe1b03811603610aba57565b9081600302916003830403610aba57565b9081600a0291600a830403610aba57565b600181901b91906001600160ff1b03811603610aba57565b908161076c029161076c830403610aba57565b600381901b91906001600160fd1b03811603610aba57565b60f619810191908211610aba57565b60bf19810191908211610aba57565b60b619810191908211610aba57565b607f19810191908211610aba57565b91908203918211610aba57565b8115610bf4570490565b634e487b7160e01b5f52601260045260245ffd5b916106f9610c319294936107075f966040516106e3816106d56020820194859190602083019252565b9015610cd057610c43610c4891610fc8565b61138b565b80518015908115610cc5575b508015610ca8575b610c99575f925b8151841015610c945760019060081b610c8b610c856104bf6104b18887610993565b60ff1690565b17930192610c63565b925050565b630b5ac87560e01b5f5260045ffd5b506001600160f81b0319610cbe6104b183610971565b1615610c5c565b60209150115f610c54565b505f9150565b60405190610ce560208361080e565b5f8252565b5f198114610aba5760010190565b929190815115610f8357610d0b9061184e565b925f9081610d176109a4565b9060015b610f0c575b610d2982611952565b90610d326109a4565b50815160118103610e35575087518114610e1357610d6c610d65610d5f610c856104bf6104b1868e610993565b84610a82565b5191610cea565b935b610d7782611b99565b610dee5750610d8581611bb0565b92909215610d9c5750509060015b92909192610d1b565b92509394959650506011915051149081610ddc575b50610dc557637e32ca5960e11b5f5260045ffd5b610dd89151610dd2610cd6565b91611b63565b9091565b610de6915061138b565b51155f610db1565b925090506020808201511015610e04575f610d93565b637e32ca5960e11b5f5260045ffd5b50610dd8959650610e2992506101bb9150610a3e565b91518251151591611b8d565b600203610e0457610e50610e4b6101bb84610971565b611a3c565b90610e5c838b84611afa565b90610e9d57815115610e045715610e885751610e7791610b17565b92610e81826109bc565b5190610d6e565b505050505090610dd892935051610dd2610cd6565b9192959697989350935015928315610ef3575b505050610ee5576101bb610ec3916109bc565b90815115610ed657610dd8925190611b7f565b6372bd263360e01b5f5260045ffd5b50610dd89151610dd2610cd6565b610f009293505190610b17565b905114155f8080610eb0565b92905083518114610f745781610f228286610a82565b516020815191012003610f5157610f4b610f45610f3f8387610a82565b51610fc8565b91610cea565b92610d20565b15610f6557633d50767560e21b5f5260045ffd5b633628140f60e21b5f5260045ffd5b6335e909e960e01b5f5260045ffd5b5050907f56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b42114610fbb576335e909e960e01b5f5260045ffd5b5f90610fc5610cd6565b90565b610fd06109a4565b50805115611020576020810190610fe8815183611be8565b508101809111610aba57815103611011575160405191611007836107ee565b8252602082015290565b631b4aaf0760e31b5f5260045ffd5b63403adeed60e01b5f5260045ffd5b805191908290602001825e015f815290565b600590610fc593925f825263ffffffff60e01b9060e01b166001820152019061102f565b61083e906106f96110819493604051958693602085019061102f565b9061102f565b61109761109382611b99565b1590565b611119576110a490611952565b906106d56110e56110b9845163ffffffff1690565b604051600160f81b602082015260e09190911b6001600160e01b03191660218201529182906025820190565b915f925b8151841015610c94576111056110ff8584610a82565b51611087565b61111190600192611065565b9301926110e9565b6111229061138b565b610fc5611133825163ffffffff1690565b6106d560405193849260208401611041565b602081018051156111f35761115d8251825190611be8565b156111b85761116b91610b17565b90510361117b57610fc590611952565b6040516304e6e16d60e51b815260206004820152601460248201527362797465732061667465722074686520626f647960601b6044820152606490fd5b6040516304e6e16d60e51b8152602060048201526012602482015271189bd91e481a5cc81b9bdd0818481b1a5cdd60721b6044820152606490fd5b6040516304e6e16d60e51b815260206004820152600a602482015269656d70747920626f647960b01b6044820152606490fd5b6112368151602083015190611be8565b929092611296576020831161128257821561127b5751908101809111610aba5780515f1a1561126c57519060031b610100031c90565b632dbeb36960e01b5f5260045ffd5b5050505f90565b636f9d636d60e11b5f52602060045260245ffd5b6305bcfd2d60e21b5f5260045ffd5b6112b58151602083015190611be8565b92909261129657600883116112eb57821561127b5751908101809111610aba5780515f1a1561126c57519060031b610100031c90565b636f9d636d60e11b5f52600860045260245ffd5b61130f8151602083015190611be8565b929092611296576001831161134557821561127b5751908101809111610aba5780515f1a1561126c57519060031b610100031c90565b636f9d636d60e11b5f52600160045260245ffd5b906113638261087a565b611370604051918261080e565b8281528092611381601f199161087a565b0190602036910137565b9061139c8251602084015190611be8565b919091611296576113ac82611359565b9351908101809111610aba57602084015e565b905f6020830192805180910193602085015b8082106113e5575050610fc5929350610bdd565b90926020907f01010101010101010101010101010101010101010101010101010101010101018551868903848082011061148b575b50818160041c7f33333333333333333333333333333333333333333333333333333333333333337f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f821684179183808460021c96169116178385161793161760011c16170260f81c019301906113d1565b6001908503601f190160031b1b5f190119165f61141a565b9092919280820390828211610aba57600482901b916001600160fc1b03811603610aba576001600160fe1b0381168103610aba5760021b8101809111610aba5780936114ed575050565b90925061c000831161151f5761023861151a61151561150f610fc59596610abf565b60051c90565b610b5e565b610acd565b8263c1eed06b60e01b5f5260045260245ffd5b905f9161154161109382611b99565b6115d35761154e90611952565b5f905b80518210156116575761157061109361156a8484610a82565b51611b99565b6115d3576115876115818383610a82565b51611952565b6002815114801590611640575b801561162b575b6115d3576115816115ab916109bc565b925f5b8451811015611607576115c46107398287610a82565b9050156115d3576001016115ae565b6040516304e6e16d60e51b815260206004820152600b60248201526a1858d8d95cdcc81b1a5cdd60aa1b6044820152606490fd5b5092600191929461023861161e6116239351610b76565b610add565b930190611551565b5061163b61109361156a836109bc565b61159b565b50601461164f6101bb83610971565b511415611594565b5050565b6040513d5f823e3d90fd5b61167861167282610a4f565b516112ff565b61168461011183610a60565b9161169161011182610a71565b90600183118015611846575b801561182a575b8015611822575b80156117f9575b6117a8576116ef816116c66116ea93610971565b5151928160206116e16116d98795610a2d565b515192610a2d565b51015190610b17565b610bdd565b905f9160388110156117c9575b9261175f610c8584611786948761172861172360209c9a61171e5f9d9b610aed565b610b17565b611359565b9160228c84019460028653808d146117bb578060f7016021860153838160031b610100031b828601525b8401015e51902094610afb565b93604051948594859094939260ff6060936080840197845216602083015260408201520152565b838052039060015afa156117b6575f51906001600160a01b038216156117a857565b62d22aef60e41b5f5260045ffd5b61165b565b8360c0016021860153611752565b94929593915b856117d982610b89565b1c156117ed576117e890610cea565b6117cf565b939592949193916116fc565b507f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a082116116b2565b5081156116ab565b5070014551231950b75fc4402da1732fc9bebe198410156116a4565b50831561169d565b9081518060011b9080820460021490151715610aba5761186d90611359565b915f5b815181101561165757806118ab61189b6118926104bf6104b160019688610993565b60041c600f1690565b60f81b6001600160f81b03191690565b6118c16118b783610b5e565b915f1a9187610993565b536118e8600f6118d76104bf6104b18588610993565b1660f81b6001600160f81b03191690565b6118fc6118b76118f784610b5e565b610b09565b5301611870565b9061190d826108cb565b61191a604051918261080e565b828152809261192b601f19916108cb565b01905f5b82811061193b57505050565b6020906119466109a4565b8282850101520161192f565b906119638251602084015190611be8565b93909315611a2d57611980916119799151610b17565b9283610b17565b5f90835b818110611a03575061199582611903565b93905f915b8383106119a75750505050565b6119fb816102386119c36119bd60019587610bdd565b83611be8565b50906119cf8282610b17565b6119d761082f565b9085825260208201526119ea898d610a82565b526119f5888c610a82565b50610b17565b92019161199a565b611a2181610238611a1a6119bd611a279587610bdd565b5090610b17565b92610cea565b91611984565b637ad6a98f60e11b5f5260045ffd5b805115610e0457611a4c9061184e565b90611a5c6104bf6104b184610971565b60ff811660038111610e04576001600281921015921614801580611ae0575b610e045715611ad75760ff60015b16611a98611723828651610bdd565b915f5b8351811015611ad05780611abd6104b1611ab786600195610b17565b89610993565b5f1a611ac98287610993565b5301611a9b565b5093505090565b60ff6002611a89565b5060ff611af26104bf6104b187610983565b161515611a7b565b918151818103908111610aba5783511161127b575f5b8351811015611b5a576001600160f81b0319611b2c8286610993565b5116818301808411610aba576104b1611b459186610993565b03611b5257600101611b10565b505050505f90565b50505050600190565b92919203611b70575f9190565b6303c1de3560e21b5f5260045ffd5b92919203611b705760019190565b93929303611b70579190565b611baa906020815191015190611be8565b91505090565b611bc08151602083015190611be8565b92919261129657602003611be05751908101809111610aba575190600190565b50505f905f90565b915f908215611c2e5783515f1a60808110611ccb5760b8811015611c6457611c0f90610bce565b92600194858514611c3d575b505b611c278486610b17565b11611c2e57565b632bf7d67960e21b5f5260045ffd5b60028210611c2e57611c59611c53608092610b09565b515f1a90565b1061126c575f611c1b565b919092938460c084105f14611c8e57611c80611c869394610bbf565b91611cd8565b929093611c1d565b50905060f8821015611cb05750611ca490610bb0565b60019091600193611c1d565b83611c80611cc093959495610ba1565b919092600191611c1d565b505f935060019250839150565b929190928160010180600111610aba57809410611c2e5760018101809111610aba5780515f1a1561126c57519060031b610100031c906038821061126c5756",
}

// ProofHarness is an auto generated Go binding around an Ethereum contract.
type ProofHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ProofHarness) GetABI() abi.ABI {
	return c.abi
}

// NewProofHarness creates a new instance of ProofHarness.
func NewProofHarness() *ProofHarness {
	parsed, err := ProofHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ProofHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ProofHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDecodeSignedTx is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1943ab39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decodeSignedTx(bytes signedTx, uint64 chainId, uint256 maxGas) pure returns((address,uint64,uint64,uint256,uint256))
func (proofHarness *ProofHarness) PackDecodeSignedTx(signedTx []byte, chainId uint64, maxGas *big.Int) []byte {
	enc, err := proofHarness.abi.Pack("decodeSignedTx", signedTx, chainId, maxGas)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecodeSignedTx is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1943ab39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decodeSignedTx(bytes signedTx, uint64 chainId, uint256 maxGas) pure returns((address,uint64,uint64,uint256,uint256))
func (proofHarness *ProofHarness) TryPackDecodeSignedTx(signedTx []byte, chainId uint64, maxGas *big.Int) ([]byte, error) {
	return proofHarness.abi.Pack("decodeSignedTx", signedTx, chainId, maxGas)
}

// UnpackDecodeSignedTx is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1943ab39.
//
// Solidity: function decodeSignedTx(bytes signedTx, uint64 chainId, uint256 maxGas) pure returns((address,uint64,uint64,uint256,uint256))
func (proofHarness *ProofHarness) UnpackDecodeSignedTx(data []byte) (SignedTxFields, error) {
	out, err := proofHarness.abi.Unpack("decodeSignedTx", data)
	if err != nil {
		return *new(SignedTxFields), err
	}
	out0 := *abi.ConvertType(out[0], new(SignedTxFields)).(*SignedTxFields)
	return out0, nil
}

// PackFlatten is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf16a494b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function flatten(bytes data) pure returns(bytes)
func (proofHarness *ProofHarness) PackFlatten(data []byte) []byte {
	enc, err := proofHarness.abi.Pack("flatten", data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFlatten is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf16a494b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function flatten(bytes data) pure returns(bytes)
func (proofHarness *ProofHarness) TryPackFlatten(data []byte) ([]byte, error) {
	return proofHarness.abi.Pack("flatten", data)
}

// UnpackFlatten is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf16a494b.
//
// Solidity: function flatten(bytes data) pure returns(bytes)
func (proofHarness *ProofHarness) UnpackFlatten(data []byte) ([]byte, error) {
	out, err := proofHarness.abi.Unpack("flatten", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackGet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x416b16f2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function get(bytes32 root, bytes key, bytes[] proof) pure returns(bool found, bytes value)
func (proofHarness *ProofHarness) PackGet(root [32]byte, key []byte, proof [][]byte) []byte {
	enc, err := proofHarness.abi.Pack("get", root, key, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x416b16f2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function get(bytes32 root, bytes key, bytes[] proof) pure returns(bool found, bytes value)
func (proofHarness *ProofHarness) TryPackGet(root [32]byte, key []byte, proof [][]byte) ([]byte, error) {
	return proofHarness.abi.Pack("get", root, key, proof)
}

// GetOutput serves as a container for the return parameters of contract
// method Get.
type GetOutput struct {
	Found bool
	Value []byte
}

// UnpackGet is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x416b16f2.
//
// Solidity: function get(bytes32 root, bytes key, bytes[] proof) pure returns(bool found, bytes value)
func (proofHarness *ProofHarness) UnpackGet(data []byte) (GetOutput, error) {
	out, err := proofHarness.abi.Unpack("get", data)
	outstruct := new(GetOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Found = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Value = *abi.ConvertType(out[1], new([]byte)).(*[]byte)
	return *outstruct, nil
}

// PackStorageRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f07b143.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function storageRoot(bytes32 stateRoot, address account, bytes[] accountProof) pure returns(bytes32)
func (proofHarness *ProofHarness) PackStorageRoot(stateRoot [32]byte, account common.Address, accountProof [][]byte) []byte {
	enc, err := proofHarness.abi.Pack("storageRoot", stateRoot, account, accountProof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStorageRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f07b143.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function storageRoot(bytes32 stateRoot, address account, bytes[] accountProof) pure returns(bytes32)
func (proofHarness *ProofHarness) TryPackStorageRoot(stateRoot [32]byte, account common.Address, accountProof [][]byte) ([]byte, error) {
	return proofHarness.abi.Pack("storageRoot", stateRoot, account, accountProof)
}

// UnpackStorageRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9f07b143.
//
// Solidity: function storageRoot(bytes32 stateRoot, address account, bytes[] accountProof) pure returns(bytes32)
func (proofHarness *ProofHarness) UnpackStorageRoot(data []byte) ([32]byte, error) {
	out, err := proofHarness.abi.Unpack("storageRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackStorageValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31ac9ef5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function storageValue(bytes32 root, bytes32 slot, bytes[] storageProof) pure returns(uint256)
func (proofHarness *ProofHarness) PackStorageValue(root [32]byte, slot [32]byte, storageProof [][]byte) []byte {
	enc, err := proofHarness.abi.Pack("storageValue", root, slot, storageProof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStorageValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31ac9ef5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function storageValue(bytes32 root, bytes32 slot, bytes[] storageProof) pure returns(uint256)
func (proofHarness *ProofHarness) TryPackStorageValue(root [32]byte, slot [32]byte, storageProof [][]byte) ([]byte, error) {
	return proofHarness.abi.Pack("storageValue", root, slot, storageProof)
}

// UnpackStorageValue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x31ac9ef5.
//
// Solidity: function storageValue(bytes32 root, bytes32 slot, bytes[] storageProof) pure returns(uint256)
func (proofHarness *ProofHarness) UnpackStorageValue(data []byte) (*big.Int, error) {
	out, err := proofHarness.abi.Unpack("storageValue", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (proofHarness *ProofHarness) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], proofHarness.abi.Errors["AccountNotInState"].ID.Bytes()[:4]) {
		return proofHarness.UnpackAccountNotInStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofHarness.abi.Errors["InitcodeTooLarge"].ID.Bytes()[:4]) {
		return proofHarness.UnpackInitcodeTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofHarness.abi.Errors["IntrinsicGasTooLow"].ID.Bytes()[:4]) {
		return proofHarness.UnpackIntrinsicGasTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofHarness.abi.Errors["InvalidTransactionSignature"].ID.Bytes()[:4]) {
		return proofHarness.UnpackInvalidTransactionSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofHarness.abi.Errors["MPTEmptyValue"].ID.Bytes()[:4]) {
		return proofHarness.UnpackMPTEmptyValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofHarness.abi.Errors["MPTExtraProofNodes"].ID.Bytes()[:4]) {
		return proofHarness.UnpackMPTExtraProofNodesError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofHarness.abi.Errors["MPTInvalidNode"].ID.Bytes()[:4]) {
		return proofHarness.UnpackMPTInvalidNodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofHarness.abi.Errors["MPTInvalidNodeHash"].ID.Bytes()[:4]) {
		return proofHarness.UnpackMPTInvalidNodeHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofHarness.abi.Errors["MPTInvalidRootHash"].ID.Bytes()[:4]) {
		return proofHarness.UnpackMPTInvalidRootHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofHarness.abi.Errors["MPTProofTooShort"].ID.Bytes()[:4]) {
		return proofHarness.UnpackMPTProofTooShortError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofHarness.abi.Errors["MalformedAccount"].ID.Bytes()[:4]) {
		return proofHarness.UnpackMalformedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofHarness.abi.Errors["MalformedStorageValue"].ID.Bytes()[:4]) {
		return proofHarness.UnpackMalformedStorageValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofHarness.abi.Errors["MalformedTransaction"].ID.Bytes()[:4]) {
		return proofHarness.UnpackMalformedTransactionError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofHarness.abi.Errors["RLPEmptyInput"].ID.Bytes()[:4]) {
		return proofHarness.UnpackRLPEmptyInputError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofHarness.abi.Errors["RLPIntegerTooLarge"].ID.Bytes()[:4]) {
		return proofHarness.UnpackRLPIntegerTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofHarness.abi.Errors["RLPNonCanonical"].ID.Bytes()[:4]) {
		return proofHarness.UnpackRLPNonCanonicalError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofHarness.abi.Errors["RLPNotAList"].ID.Bytes()[:4]) {
		return proofHarness.UnpackRLPNotAListError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofHarness.abi.Errors["RLPNotAString"].ID.Bytes()[:4]) {
		return proofHarness.UnpackRLPNotAStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofHarness.abi.Errors["RLPTrailingBytes"].ID.Bytes()[:4]) {
		return proofHarness.UnpackRLPTrailingBytesError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofHarness.abi.Errors["RLPTruncated"].ID.Bytes()[:4]) {
		return proofHarness.UnpackRLPTruncatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofHarness.abi.Errors["TipAboveFeeCap"].ID.Bytes()[:4]) {
		return proofHarness.UnpackTipAboveFeeCapError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofHarness.abi.Errors["TransactionCostOverflow"].ID.Bytes()[:4]) {
		return proofHarness.UnpackTransactionCostOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofHarness.abi.Errors["TransactionGasTooHigh"].ID.Bytes()[:4]) {
		return proofHarness.UnpackTransactionGasTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofHarness.abi.Errors["UnsupportedTransactionType"].ID.Bytes()[:4]) {
		return proofHarness.UnpackUnsupportedTransactionTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofHarness.abi.Errors["WrongTransactionChainId"].ID.Bytes()[:4]) {
		return proofHarness.UnpackWrongTransactionChainIdError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ProofHarnessAccountNotInState represents a AccountNotInState error raised by the ProofHarness contract.
type ProofHarnessAccountNotInState struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccountNotInState(address account)
func ProofHarnessAccountNotInStateErrorID() common.Hash {
	return common.HexToHash("0x39262529707a9354ddf1871bf12f4404f26fb19b007f771e28807bde9b9d99dc")
}

// UnpackAccountNotInStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccountNotInState(address account)
func (proofHarness *ProofHarness) UnpackAccountNotInStateError(raw []byte) (*ProofHarnessAccountNotInState, error) {
	out := new(ProofHarnessAccountNotInState)
	if err := proofHarness.abi.UnpackIntoInterface(out, "AccountNotInState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofHarnessInitcodeTooLarge represents a InitcodeTooLarge error raised by the ProofHarness contract.
type ProofHarnessInitcodeTooLarge struct {
	Size *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InitcodeTooLarge(uint256 size)
func ProofHarnessInitcodeTooLargeErrorID() common.Hash {
	return common.HexToHash("0xc1eed06b1e3b7ee37f0aafe48350ebec7f63a9b4fc5ea9369e73094c5edf0857")
}

// UnpackInitcodeTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InitcodeTooLarge(uint256 size)
func (proofHarness *ProofHarness) UnpackInitcodeTooLargeError(raw []byte) (*ProofHarnessInitcodeTooLarge, error) {
	out := new(ProofHarnessInitcodeTooLarge)
	if err := proofHarness.abi.UnpackIntoInterface(out, "InitcodeTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofHarnessIntrinsicGasTooLow represents a IntrinsicGasTooLow error raised by the ProofHarness contract.
type ProofHarnessIntrinsicGasTooLow struct {
	GasLimit     uint64
	IntrinsicGas *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IntrinsicGasTooLow(uint64 gasLimit, uint256 intrinsicGas)
func ProofHarnessIntrinsicGasTooLowErrorID() common.Hash {
	return common.HexToHash("0xfa353ba31423ef7e7022fc6658df76f2cdb993079c4b53d15f690c7bdc07a5c0")
}

// UnpackIntrinsicGasTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IntrinsicGasTooLow(uint64 gasLimit, uint256 intrinsicGas)
func (proofHarness *ProofHarness) UnpackIntrinsicGasTooLowError(raw []byte) (*ProofHarnessIntrinsicGasTooLow, error) {
	out := new(ProofHarnessIntrinsicGasTooLow)
	if err := proofHarness.abi.UnpackIntoInterface(out, "IntrinsicGasTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofHarnessInvalidTransactionSignature represents a InvalidTransactionSignature error raised by the ProofHarness contract.
type ProofHarnessInvalidTransactionSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidTransactionSignature()
func ProofHarnessInvalidTransactionSignatureErrorID() common.Hash {
	return common.HexToHash("0x0d22aef05028b00f1a6cf918a8ad345cc088d780b436bfa80c0170fc8ae4f163")
}

// UnpackInvalidTransactionSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidTransactionSignature()
func (proofHarness *ProofHarness) UnpackInvalidTransactionSignatureError(raw []byte) (*ProofHarnessInvalidTransactionSignature, error) {
	out := new(ProofHarnessInvalidTransactionSignature)
	if err := proofHarness.abi.UnpackIntoInterface(out, "InvalidTransactionSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofHarnessMPTEmptyValue represents a MPTEmptyValue error raised by the ProofHarness contract.
type ProofHarnessMPTEmptyValue struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MPTEmptyValue()
func ProofHarnessMPTEmptyValueErrorID() common.Hash {
	return common.HexToHash("0x72bd2633956ba5adecd18ca9b7dd6acfc26f8cdaad701a59380ddf4f8e5ce4e3")
}

// UnpackMPTEmptyValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MPTEmptyValue()
func (proofHarness *ProofHarness) UnpackMPTEmptyValueError(raw []byte) (*ProofHarnessMPTEmptyValue, error) {
	out := new(ProofHarnessMPTEmptyValue)
	if err := proofHarness.abi.UnpackIntoInterface(out, "MPTEmptyValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofHarnessMPTExtraProofNodes represents a MPTExtraProofNodes error raised by the ProofHarness contract.
type ProofHarnessMPTExtraProofNodes struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MPTExtraProofNodes()
func ProofHarnessMPTExtraProofNodesErrorID() common.Hash {
	return common.HexToHash("0x0f0778d4ee4c73c940e714f50a405e5119330125deff9d7eaeaee244d20bd899")
}

// UnpackMPTExtraProofNodesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MPTExtraProofNodes()
func (proofHarness *ProofHarness) UnpackMPTExtraProofNodesError(raw []byte) (*ProofHarnessMPTExtraProofNodes, error) {
	out := new(ProofHarnessMPTExtraProofNodes)
	if err := proofHarness.abi.UnpackIntoInterface(out, "MPTExtraProofNodes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofHarnessMPTInvalidNode represents a MPTInvalidNode error raised by the ProofHarness contract.
type ProofHarnessMPTInvalidNode struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MPTInvalidNode()
func ProofHarnessMPTInvalidNodeErrorID() common.Hash {
	return common.HexToHash("0xfc6594b2de2b1f42153634570bca84f114d0fc5b5bfb066ac28ae74d297093ad")
}

// UnpackMPTInvalidNodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MPTInvalidNode()
func (proofHarness *ProofHarness) UnpackMPTInvalidNodeError(raw []byte) (*ProofHarnessMPTInvalidNode, error) {
	out := new(ProofHarnessMPTInvalidNode)
	if err := proofHarness.abi.UnpackIntoInterface(out, "MPTInvalidNode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofHarnessMPTInvalidNodeHash represents a MPTInvalidNodeHash error raised by the ProofHarness contract.
type ProofHarnessMPTInvalidNodeHash struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MPTInvalidNodeHash()
func ProofHarnessMPTInvalidNodeHashErrorID() common.Hash {
	return common.HexToHash("0xf541d9d4d2dfbcf032ce6243226a06db8f1e858a739d98d224f010cfd15c2474")
}

// UnpackMPTInvalidNodeHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MPTInvalidNodeHash()
func (proofHarness *ProofHarness) UnpackMPTInvalidNodeHashError(raw []byte) (*ProofHarnessMPTInvalidNodeHash, error) {
	out := new(ProofHarnessMPTInvalidNodeHash)
	if err := proofHarness.abi.UnpackIntoInterface(out, "MPTInvalidNodeHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofHarnessMPTInvalidRootHash represents a MPTInvalidRootHash error raised by the ProofHarness contract.
type ProofHarnessMPTInvalidRootHash struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MPTInvalidRootHash()
func ProofHarnessMPTInvalidRootHashErrorID() common.Hash {
	return common.HexToHash("0xd8a0503c59bb99f659ea50a44d414afdc12380565f26831c40617f29b0bb9ede")
}

// UnpackMPTInvalidRootHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MPTInvalidRootHash()
func (proofHarness *ProofHarness) UnpackMPTInvalidRootHashError(raw []byte) (*ProofHarnessMPTInvalidRootHash, error) {
	out := new(ProofHarnessMPTInvalidRootHash)
	if err := proofHarness.abi.UnpackIntoInterface(out, "MPTInvalidRootHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofHarnessMPTProofTooShort represents a MPTProofTooShort error raised by the ProofHarness contract.
type ProofHarnessMPTProofTooShort struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MPTProofTooShort()
func ProofHarnessMPTProofTooShortErrorID() common.Hash {
	return common.HexToHash("0x35e909e90ed5e3f9b9c275834c61c2d0f8a074f104c4f6605b44a8e228d32628")
}

// UnpackMPTProofTooShortError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MPTProofTooShort()
func (proofHarness *ProofHarness) UnpackMPTProofTooShortError(raw []byte) (*ProofHarnessMPTProofTooShort, error) {
	out := new(ProofHarnessMPTProofTooShort)
	if err := proofHarness.abi.UnpackIntoInterface(out, "MPTProofTooShort", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofHarnessMalformedAccount represents a MalformedAccount error raised by the ProofHarness contract.
type ProofHarnessMalformedAccount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedAccount()
func ProofHarnessMalformedAccountErrorID() common.Hash {
	return common.HexToHash("0x8bfd7d3faa3c4da56686ea83ad17c9abe20b6459cfb3c37debf10dd25bef38b7")
}

// UnpackMalformedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedAccount()
func (proofHarness *ProofHarness) UnpackMalformedAccountError(raw []byte) (*ProofHarnessMalformedAccount, error) {
	out := new(ProofHarnessMalformedAccount)
	if err := proofHarness.abi.UnpackIntoInterface(out, "MalformedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofHarnessMalformedStorageValue represents a MalformedStorageValue error raised by the ProofHarness contract.
type ProofHarnessMalformedStorageValue struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedStorageValue()
func ProofHarnessMalformedStorageValueErrorID() common.Hash {
	return common.HexToHash("0x0b5ac8756dc2cc5ac05214161a6aab0c81893342c073cdb55848e3ec6f3667f6")
}

// UnpackMalformedStorageValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedStorageValue()
func (proofHarness *ProofHarness) UnpackMalformedStorageValueError(raw []byte) (*ProofHarnessMalformedStorageValue, error) {
	out := new(ProofHarnessMalformedStorageValue)
	if err := proofHarness.abi.UnpackIntoInterface(out, "MalformedStorageValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofHarnessMalformedTransaction represents a MalformedTransaction error raised by the ProofHarness contract.
type ProofHarnessMalformedTransaction struct {
	Field string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedTransaction(string field)
func ProofHarnessMalformedTransactionErrorID() common.Hash {
	return common.HexToHash("0x9cdc2da0c0897ae6cae32b1550ea10b6afe5b2a2b86dcdb32a0263c0d0f85ec2")
}

// UnpackMalformedTransactionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedTransaction(string field)
func (proofHarness *ProofHarness) UnpackMalformedTransactionError(raw []byte) (*ProofHarnessMalformedTransaction, error) {
	out := new(ProofHarnessMalformedTransaction)
	if err := proofHarness.abi.UnpackIntoInterface(out, "MalformedTransaction", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofHarnessRLPEmptyInput represents a RLPEmptyInput error raised by the ProofHarness contract.
type ProofHarnessRLPEmptyInput struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RLPEmptyInput()
func ProofHarnessRLPEmptyInputErrorID() common.Hash {
	return common.HexToHash("0x403adeedff5272a06ca58baf9847b4025842dc9652052a9ea01d280f02a02d89")
}

// UnpackRLPEmptyInputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RLPEmptyInput()
func (proofHarness *ProofHarness) UnpackRLPEmptyInputError(raw []byte) (*ProofHarnessRLPEmptyInput, error) {
	out := new(ProofHarnessRLPEmptyInput)
	if err := proofHarness.abi.UnpackIntoInterface(out, "RLPEmptyInput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofHarnessRLPIntegerTooLarge represents a RLPIntegerTooLarge error raised by the ProofHarness contract.
type ProofHarnessRLPIntegerTooLarge struct {
	MaxBytes *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RLPIntegerTooLarge(uint256 maxBytes)
func ProofHarnessRLPIntegerTooLargeErrorID() common.Hash {
	return common.HexToHash("0xdf3ac6da594c188f69e1b6f32399d7afbb772f0ee4185753e44740a377e0298a")
}

// UnpackRLPIntegerTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RLPIntegerTooLarge(uint256 maxBytes)
func (proofHarness *ProofHarness) UnpackRLPIntegerTooLargeError(raw []byte) (*ProofHarnessRLPIntegerTooLarge, error) {
	out := new(ProofHarnessRLPIntegerTooLarge)
	if err := proofHarness.abi.UnpackIntoInterface(out, "RLPIntegerTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofHarnessRLPNonCanonical represents a RLPNonCanonical error raised by the ProofHarness contract.
type ProofHarnessRLPNonCanonical struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RLPNonCanonical()
func ProofHarnessRLPNonCanonicalErrorID() common.Hash {
	return common.HexToHash("0x2dbeb369d80f5282a5910d73316ae334814afc3048d8521574ef86ea0e731361")
}

// UnpackRLPNonCanonicalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RLPNonCanonical()
func (proofHarness *ProofHarness) UnpackRLPNonCanonicalError(raw []byte) (*ProofHarnessRLPNonCanonical, error) {
	out := new(ProofHarnessRLPNonCanonical)
	if err := proofHarness.abi.UnpackIntoInterface(out, "RLPNonCanonical", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofHarnessRLPNotAList represents a RLPNotAList error raised by the ProofHarness contract.
type ProofHarnessRLPNotAList struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RLPNotAList()
func ProofHarnessRLPNotAListErrorID() common.Hash {
	return common.HexToHash("0xf5ad531ed855c5726eb97d1d5a1cdc187ef406bc505532ced02a7fb22a351d89")
}

// UnpackRLPNotAListError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RLPNotAList()
func (proofHarness *ProofHarness) UnpackRLPNotAListError(raw []byte) (*ProofHarnessRLPNotAList, error) {
	out := new(ProofHarnessRLPNotAList)
	if err := proofHarness.abi.UnpackIntoInterface(out, "RLPNotAList", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofHarnessRLPNotAString represents a RLPNotAString error raised by the ProofHarness contract.
type ProofHarnessRLPNotAString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RLPNotAString()
func ProofHarnessRLPNotAStringErrorID() common.Hash {
	return common.HexToHash("0x16f3f4b481a347f94e3d4fd6b7101f4eb825080cc42a4875b370122cfb40dc60")
}

// UnpackRLPNotAStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RLPNotAString()
func (proofHarness *ProofHarness) UnpackRLPNotAStringError(raw []byte) (*ProofHarnessRLPNotAString, error) {
	out := new(ProofHarnessRLPNotAString)
	if err := proofHarness.abi.UnpackIntoInterface(out, "RLPNotAString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofHarnessRLPTrailingBytes represents a RLPTrailingBytes error raised by the ProofHarness contract.
type ProofHarnessRLPTrailingBytes struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RLPTrailingBytes()
func ProofHarnessRLPTrailingBytesErrorID() common.Hash {
	return common.HexToHash("0xda5578386710e439630958ee593af09dd185da9dac1ea9d0409dca2764956294")
}

// UnpackRLPTrailingBytesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RLPTrailingBytes()
func (proofHarness *ProofHarness) UnpackRLPTrailingBytesError(raw []byte) (*ProofHarnessRLPTrailingBytes, error) {
	out := new(ProofHarnessRLPTrailingBytes)
	if err := proofHarness.abi.UnpackIntoInterface(out, "RLPTrailingBytes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofHarnessRLPTruncated represents a RLPTruncated error raised by the ProofHarness contract.
type ProofHarnessRLPTruncated struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RLPTruncated()
func ProofHarnessRLPTruncatedErrorID() common.Hash {
	return common.HexToHash("0xafdf59e476f56a8fca2bc955fc1268932bb048784c6fc767801d3ac7a23eeb00")
}

// UnpackRLPTruncatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RLPTruncated()
func (proofHarness *ProofHarness) UnpackRLPTruncatedError(raw []byte) (*ProofHarnessRLPTruncated, error) {
	out := new(ProofHarnessRLPTruncated)
	if err := proofHarness.abi.UnpackIntoInterface(out, "RLPTruncated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofHarnessTipAboveFeeCap represents a TipAboveFeeCap error raised by the ProofHarness contract.
type ProofHarnessTipAboveFeeCap struct {
	MaxPriorityFeePerGas *big.Int
	MaxFeePerGas         *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TipAboveFeeCap(uint256 maxPriorityFeePerGas, uint256 maxFeePerGas)
func ProofHarnessTipAboveFeeCapErrorID() common.Hash {
	return common.HexToHash("0x38366612f37e4bc066e985660c65b4acfb82431a43ec26a337ec8db3bbc37e12")
}

// UnpackTipAboveFeeCapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TipAboveFeeCap(uint256 maxPriorityFeePerGas, uint256 maxFeePerGas)
func (proofHarness *ProofHarness) UnpackTipAboveFeeCapError(raw []byte) (*ProofHarnessTipAboveFeeCap, error) {
	out := new(ProofHarnessTipAboveFeeCap)
	if err := proofHarness.abi.UnpackIntoInterface(out, "TipAboveFeeCap", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofHarnessTransactionCostOverflow represents a TransactionCostOverflow error raised by the ProofHarness contract.
type ProofHarnessTransactionCostOverflow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransactionCostOverflow()
func ProofHarnessTransactionCostOverflowErrorID() common.Hash {
	return common.HexToHash("0x61fea41526ab38035551faf31e11239f11f8154b3569ad59076a18d5a914caf7")
}

// UnpackTransactionCostOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransactionCostOverflow()
func (proofHarness *ProofHarness) UnpackTransactionCostOverflowError(raw []byte) (*ProofHarnessTransactionCostOverflow, error) {
	out := new(ProofHarnessTransactionCostOverflow)
	if err := proofHarness.abi.UnpackIntoInterface(out, "TransactionCostOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofHarnessTransactionGasTooHigh represents a TransactionGasTooHigh error raised by the ProofHarness contract.
type ProofHarnessTransactionGasTooHigh struct {
	GasLimit uint64
	MaxGas   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransactionGasTooHigh(uint64 gasLimit, uint256 maxGas)
func ProofHarnessTransactionGasTooHighErrorID() common.Hash {
	return common.HexToHash("0xac4dde26f0ad1de2e7a342715cdce92e832c575254da2aa705665e62671d3652")
}

// UnpackTransactionGasTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransactionGasTooHigh(uint64 gasLimit, uint256 maxGas)
func (proofHarness *ProofHarness) UnpackTransactionGasTooHighError(raw []byte) (*ProofHarnessTransactionGasTooHigh, error) {
	out := new(ProofHarnessTransactionGasTooHigh)
	if err := proofHarness.abi.UnpackIntoInterface(out, "TransactionGasTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofHarnessUnsupportedTransactionType represents a UnsupportedTransactionType error raised by the ProofHarness contract.
type ProofHarnessUnsupportedTransactionType struct {
	TxType uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedTransactionType(uint8 txType)
func ProofHarnessUnsupportedTransactionTypeErrorID() common.Hash {
	return common.HexToHash("0x301bf494d6780ea7ed78b49cedf1b45f32ee17b1b0ccadf91ebccd5631f75880")
}

// UnpackUnsupportedTransactionTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedTransactionType(uint8 txType)
func (proofHarness *ProofHarness) UnpackUnsupportedTransactionTypeError(raw []byte) (*ProofHarnessUnsupportedTransactionType, error) {
	out := new(ProofHarnessUnsupportedTransactionType)
	if err := proofHarness.abi.UnpackIntoInterface(out, "UnsupportedTransactionType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofHarnessWrongTransactionChainId represents a WrongTransactionChainId error raised by the ProofHarness contract.
type ProofHarnessWrongTransactionChainId struct {
	TxChainId *big.Int
	ChainId   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongTransactionChainId(uint256 txChainId, uint64 chainId)
func ProofHarnessWrongTransactionChainIdErrorID() common.Hash {
	return common.HexToHash("0xce74c5f7b089a63d854e97b76a245ba385eed90ac383af301c599e2301110d85")
}

// UnpackWrongTransactionChainIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongTransactionChainId(uint256 txChainId, uint64 chainId)
func (proofHarness *ProofHarness) UnpackWrongTransactionChainIdError(raw []byte) (*ProofHarnessWrongTransactionChainId, error) {
	out := new(ProofHarnessWrongTransactionChainId)
	if err := proofHarness.abi.UnpackIntoInterface(out, "WrongTransactionChainId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupMetaData contains all meta data concerning the TestNativeRollup contract.
var TestNativeRollupMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"genesisHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"genesisStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"genesisTimestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minGasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxGasLimit\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"sequencerWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"historySize\",\"type\":\"uint64\"}],\"internalType\":\"structNativeRollup.Config\",\"name\":\"c\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AccountNotInState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"anchorBlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"previousAnchor\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"l1BlockNumber\",\"type\":\"uint256\"}],\"name\":\"AnchorOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"payloadBytes\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"settleGas\",\"type\":\"uint256\"}],\"name\":\"BlockTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExecuteFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExecuteUnavailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"ForcedInclusionFeeTooLow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ForcedQueueEmpty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"queued\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"given\",\"type\":\"bytes32\"}],\"name\":\"ForcedTransactionMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"txHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"dueAt\",\"type\":\"uint256\"}],\"name\":\"ForcedTransactionNotIncluded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ForcedTransactionTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"txHash\",\"type\":\"bytes32\"}],\"name\":\"ForcedTransactionValid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minGasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxGasLimit\",\"type\":\"uint64\"}],\"name\":\"GasLimitOutsidePolicy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"minGasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxGasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"floor\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"ceiling\",\"type\":\"uint64\"}],\"name\":\"GasLimitsOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"genesisTimestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"l1Timestamp\",\"type\":\"uint256\"}],\"name\":\"GenesisTimestampInFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"genesisHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"genesisStateRoot\",\"type\":\"bytes32\"}],\"name\":\"GenesisUnset\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"}],\"name\":\"HeadHeaderMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"historySize\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"min\",\"type\":\"uint64\"}],\"name\":\"HistorySizeTooSmall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"InitcodeTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"intrinsicGas\",\"type\":\"uint256\"}],\"name\":\"IntrinsicGasTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"l1ChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"}],\"name\":\"InvalidChainId\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"computedBlockHash\",\"type\":\"bytes32\"}],\"name\":\"InvalidClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"relayerFee\",\"type\":\"uint256\"}],\"name\":\"InvalidDeposit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidTransactionSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTEmptyValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTExtraProofNodes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidNode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidNodeHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidRootHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTProofTooShort\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedStorageValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"MalformedTransaction\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPEmptyInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxBytes\",\"type\":\"uint256\"}],\"name\":\"RLPIntegerTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNonCanonical\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNotAList\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNotAString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPTrailingBytes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPTruncated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"codeHash\",\"type\":\"bytes32\"}],\"name\":\"SenderCodeMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"openAt\",\"type\":\"uint256\"}],\"name\":\"SequencerExclusive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SequencerUnset\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"sequencerWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"min\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"}],\"name\":\"SequencerWindowOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"}],\"name\":\"StateRootUnavailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"parentTimestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"}],\"name\":\"TimestampOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxPriorityFeePerGas\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxFeePerGas\",\"type\":\"uint256\"}],\"name\":\"TipAboveFeeCap\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransactionCostOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxGas\",\"type\":\"uint256\"}],\"name\":\"TransactionGasTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"txType\",\"type\":\"uint8\"}],\"name\":\"UnsupportedTransactionType\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"WithdrawalAlreadyFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"WithdrawalNotProven\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"txChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"}],\"name\":\"WrongTransactionChainId\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"anchor\",\"type\":\"bytes32\"}],\"name\":\"BlockAdvanced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"depositHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"relayerFee\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structMessages.Deposit\",\"name\":\"deposit\",\"type\":\"tuple\"}],\"name\":\"DepositSent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"txHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"}],\"name\":\"ForcedTransactionIncluded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"txHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"dueAt\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"transaction\",\"type\":\"bytes\"}],\"name\":\"ForcedTransactionQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"txHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"enumForcedInclusion.SkipReason\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"ForcedTransactionSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structMessages.Withdrawal\",\"name\":\"withdrawal\",\"type\":\"tuple\"}],\"name\":\"WithdrawalFinalized\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"FORCED_INCLUSION_FEE_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GAS_LIMIT_FLOOR\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"L2_BRIDGE\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CHAIN_ID\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FORCED_TX_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_GAS_LIMIT\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SEQUENCER_WINDOW\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SETTLE_PAYLOAD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TX_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_HISTORY_SIZE\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_SEQUENCER_WINDOW\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_SETTLE_PAYLOAD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SETTLE_HOST_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"prevRandao\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"}],\"internalType\":\"structExecute.BlockEnv\",\"name\":\"env\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"anchorL1Block\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"postStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"}],\"internalType\":\"structExecute.Claims\",\"name\":\"claims\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"transactions\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"}],\"name\":\"advance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"anchorBlockNumber\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockNumber\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockTimestamp\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"chainId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"relayerFee\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"depositHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"depositHash\",\"type\":\"bytes32\"}],\"name\":\"depositSent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"internalType\":\"structMessages.Withdrawal\",\"name\":\"withdrawal\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes[]\",\"name\":\"accountProof\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes[]\",\"name\":\"storageProof\",\"type\":\"bytes[]\"}],\"name\":\"finalizeWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedHead\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedInclusionDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedTail\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"forcedTransaction\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"txHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"dueAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"internalType\":\"structForcedInclusion.QueuedTransaction\",\"name\":\"q\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"historySize\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastSequencerAdvanceTime\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxGasLimit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minGasLimit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"signedTx\",\"type\":\"bytes\"}],\"name\":\"queueForcedTransaction\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencerWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"payloadBytes\",\"type\":\"uint256\"}],\"name\":\"settleGasBound\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"payloadBytes\",\"type\":\"uint256\"}],\"name\":\"settleable\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"signedTx\",\"type\":\"bytes\"},{\"internalType\":\"bytes[]\",\"name\":\"accountProof\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes\",\"name\":\"senderCode\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"headHeader\",\"type\":\"bytes\"}],\"name\":\"skipForcedTransaction\",\"outputs\":[{\"internalType\":\"enumForcedInclusion.SkipReason\",\"name\":\"reason\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stateRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"}],\"name\":\"stateRootAt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"withdrawalFinalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "TestNativeRollup",
	Bin: "0x610140604052346104ab57604051601f6143a638819003918201601f19168301916001600160401b038311848410176103db57808492610120946040528339810103126104ab576040519061012082016001600160401b038111838210176103db5760405261006d816104af565b8083526020820151806020850152604083015190816040860152610093606085016104af565b94606081019586526100a7608086016104af565b8060808301526100b960a087016104af565b60a0830181905260c0870151959091906001600160a01b03871687036104ab578360c06101009501978852610102856100f460e08c016104af565b9a60e084019b8c52016104af565b94018490526001600160401b03928316939183169291821691168015801561049b575b8015610492575b61046c5784158015610464575b61044d57610100821061043457620f42408310801561042b575b801561041f575b6103ef5760805260a05260c05260e0526003556004819055600580546001600160801b03191643604090811b6fffffffffffffffff000000000000000016919091179091558051919082016001600160401b038111838210176103db576040525f82526020820190815260a0516001600160401b0316156103c7575f8052600260205290517fac33ff75c19e70fe83507db0d683fd3465c996598dc972688b7ace676c89077b80546001600160401b0319166001600160401b0392909216919091179055517fac33ff75c19e70fe83507db0d683fd3465c996598dc972688b7ace676c89077c5580516001600160a01b0316156103b85781516001600160401b0316603c811080156103ac575b61038e575082516001600160401b03164281116103785750516001600160a01b031661010052516001600160401b03908116610120529051600780546001600160801b031916919092161742604090811b6fffffffffffffffff0000000000000000169190911790915551613ee290816104c482396080518181816108be01528181610a9e015261165c015260a0518181816103f101528181610ff101526123ae015260c0518181816107240152818161089b015281816117b50152611d7f015260e0518181816107f5015281816117db0152611db80152610100518181816107a7015281816116ea0152611c7f0152610120518181816103ae015281816109c001528181611cc8015261298c0152f35b631bb7cb7760e31b5f526004524260245260445ffd5b637cd66d6d60e11b5f52600452603c6024526201518060445260645ffd5b50620151808111610267565b6338c8f32f60e21b5f5260045ffd5b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b608483856040519163695f03b560e11b835260048301526024820152620f4240604482015262cdfe606064820152fd5b5062cdfe60841161015a565b50838311610153565b506305668d3d60e21b5f5260045261010060245260445ffd5b8585632a861b7f60e21b5f5260045260245260445ffd5b508515610139565b6324b98ecf60e21b5f9081526004919091524660245260256001603f1b03604452606490fd5b5046811461012c565b5060256001603f1b038111610125565b5f80fd5b51906001600160401b03821682036104ab5756fe60806040526004361015610011575f80fd5b5f3560e01c8063045c8f601461028f578063073fa05c1461028a578063085def6414610285578063159a99ea14610280578063170806aa1461027b57806329eb39ff146102765780632dfdf0b5146102715780632f2f7641146101f95780633b1306fd1461026c5780633cad82ff14610267578063433b953f1461026257806346241e8e1461025d578063479d96bd1461025857806347e7ef24146102535780634fd1d7121461024e57806352e863bd1461024957806357e871e7146102445780635aeb4d771461023f5780635bc105c01461023a5780635c1bba38146102355780635e45da231461023057806367b001121461022b57806376426a1f14610226578063791b47fe146102215780639588eca21461021c5780639a8a0592146102175780639f3f1813146102125780639fdc8f201461020d578063a04db18e14610208578063a0e66d9214610203578063adb61832146101fe578063af73a5f7146101f9578063b1871c11146101f4578063cb131d66146101ef578063cd77f57a146101ea578063d0a16785146101e5578063db35e93e146101e0578063e3f5aa51146101db578063eff93e1d146101d65763f22a195e146101d1575f80fd5b610f56565b610f3b565b610f1e565b610eef565b610e42565b610c5b565b610c02565b610b73565b61038f565b610b4d565b610b30565b610afb565b610adf565b610ac2565b610a7f565b610a62565b610a44565b610836565b610819565b6107d6565b610792565b610770565b610705565b6106df565b6106bf565b610629565b6104e3565b6104a7565b610478565b61043e565b610415565b6103d2565b610373565b610356565b610339565b610317565b6102cc565b6102b0565b346102ac575f3660031901126102ac576020604051620100008152f35b5f80fd5b346102ac575f3660031901126102ac5760206040516101008152f35b346102ac5760203660031901126102ac576020600161030d7f405f0deb3d285d4e12dd4c0ea78141b800589a8b89657b11ad5da71c886aa42e600435612ac0565b5414604051908152f35b346102ac575f3660031901126102ac576020604051600161272960911b018152f35b346102ac575f3660031901126102ac576020604051620493e08152f35b346102ac575f3660031901126102ac576020604051620151808152f35b346102ac575f3660031901126102ac5760205f54604051908152f35b346102ac575f3660031901126102ac5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102ac575f3660031901126102ac5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102ac575f3660031901126102ac5760206001600160401b0360055460401c16604051908152f35b346102ac575f3660031901126102ac5760206001600160401b0360055460801c16604051908152f35b6001600160401b038116036102ac57565b346102ac5760203660031901126102ac57602061049f60043561049a81610467565b610fe4565b604051908152f35b346102ac5760403660031901126102ac57602061049f6004356104c981610467565b602435906111e0565b6001600160a01b038116036102ac57565b60403660031901126102ac576004356104fb816104d2565b60243590341580156105e2575b6105cb576105b49061054f6105c7935f549061053f610525611361565b838152336020820152946001600160a01b03166040860152565b3460608501526080840152611390565b5f557fb5423a27b2bae2a2e762ca99cacdf8fc967ded07e738e8a518084a0f24a1eb9561057b82611c45565b9283926105a87f405f0deb3d285d4e12dd4c0ea78141b800589a8b89657b11ad5da71c886aa42e85611c6e565b6040519182918261139e565b0390a26040519081529081906020820190565b0390f35b50633bfb3e2360e11b5f523460045260245260445ffd5b50348211610508565b60609060431901126102ac57604490565b9181601f840112156102ac578235916001600160401b0383116102ac57602083818601950101116102ac57565b346102ac5760e03660031901126102ac576004356001600160401b0381116102ac5760a060031982360301126102ac5760243561066581610467565b61066e366105eb565b9160a4356001600160401b0381116102ac5761068e9036906004016105fc565b9060c435946001600160401b0386116102ac576106b26106bd9636906004016105fc565b959094600401611564565b005b346102ac575f3660031901126102ac57602060055460c01c604051908152f35b346102ac575f3660031901126102ac5760206001600160401b0360055416604051908152f35b346102ac575f3660031901126102ac5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b346102ac575f3660031901126102ac576020604051677fffffffffffffdb8152f35b346102ac575f3660031901126102ac576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346102ac575f3660031901126102ac5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102ac575f3660031901126102ac576020604051620927c08152f35b60203660031901126102ac576004356001600160401b0381116102ac576108619036906004016105fc565b906180008211610a2a5761087448611108565b803410610a13576105c76109b084846108e361089136848461145a565b6001600160401b037f000000000000000000000000000000000000000000000000000000000000000016907f0000000000000000000000000000000000000000000000000000000000000000906125ba565b7f549388484980ea7bf66565eaeaffa3352198650e03e6c4437515b672ad885acc61090f36858561145a565b60208151910120926001600160401b0361092b60055460c01c90565b61095c61093782611853565b600580546001600160c01b031660c09290921b6001600160c01b031916919091179055565b169586936109a361096b611372565b878152426001600160401b03166020820152346001600160c01b0316604082015261099e875f52600660205260405f2090565b611870565b516001600160a01b031690565b610a006109e66001600160401b037f000000000000000000000000000000000000000000000000000000000000000016426110fb565b6040516001600160a01b03909316979293849391846118cb565b0390a46040519081529081906020820190565b63f661aa8b60e01b5f523460045260245260445b5ffd5b63036ffd3760e41b5f52600482905261800060245260445ffd5b346102ac575f3660031901126102ac57602060405163010000008152f35b346102ac575f3660031901126102ac576020600454604051908152f35b346102ac575f3660031901126102ac5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102ac575f3660031901126102ac5760206040516201f8008152f35b346102ac575f3660031901126102ac5760206040516180008152f35b346102ac5760403660031901126102ac576020610b26600435610b1d81610467565b602435906118f8565b6040519015158152f35b346102ac575f3660031901126102ac576020604051620f42408152f35b346102ac575f3660031901126102ac5760206001600160401b0360075416604051908152f35b346102ac5760203660031901126102ac576105c7600435610b92611921565b905f52600660205260405f2080549081610bcd575b505060408051825181526020808401519082015291810151908201529081906060820190565b9091506001610bdb82612974565b91015460401c9060405192610bef846112ea565b8352602083015260408201525f80610ba7565b346102ac575f3660031901126102ac5760206001600160401b0360075460401c16604051908152f35b9181601f840112156102ac578235916001600160401b0383116102ac576020808501948460051b0101116102ac57565b346102ac57366003190160e081126102ac576080136102ac57608435610c8081610467565b60a4356001600160401b0381116102ac57610c9f903690600401610c2b565b60c4356001600160401b0381116102ac57610cbe903690600401610c2b565b919092610cd4610ccf36600461193f565b6129b8565b94610cf1610cea875f52600160205260405f2090565b5460ff1690565b610e0757610d1e60019593610d18610d4f9694610d10610d4995610fe4565b9236916119b4565b906129ff565b92610d107fd6a5bc246508e8f189608dbda8507c3bd6de66a48b8efdeebfbe1a7b18f7a02388612ac0565b91612ae0565b03610df557610d76610d69825f52600160205260405f2090565b805460ff19166001179055565b7f6a5302ceb0e2163337c6a68b08115fac6f8ebf5158c48eeffb98d0e48ba0f2ca60405180610da6600482611a1f565b0390a25f808080610db76044611a6d565b606435905af1610dc5611a8b565b5015610dcd57005b610a27610dda6044611a6d565b6339f1c8d960e01b5f526001600160a01b0316600452602490565b63125ead2960e11b5f5260045260245ffd5b639b26663960e01b5f52600486905260245ffd5b919060208301926004821015610e2e5752565b634e487b7160e01b5f52602160045260245ffd5b346102ac5760803660031901126102ac576004356001600160401b0381116102ac57610e729036906004016105fc565b6024356001600160401b0381116102ac57610e91903690600401610c2b565b9190926044356001600160401b0381116102ac57610eb39036906004016105fc565b90606435946001600160401b0386116102ac576105c796610edb610ee39736906004016105fc565b969095611aba565b60405191829182610e1b565b346102ac5760203660031901126102ac576004355f526001602052602060ff60405f2054166040519015158152f35b346102ac575f3660031901126102ac57602060405162cdfe608152f35b346102ac575f3660031901126102ac576020604051603c8152f35b346102ac575f3660031901126102ac576020600354604051908152f35b60f619810191908211610f8257565b61075c565b60bf19810191908211610f8257565b60b619810191908211610f8257565b607f19810191908211610f8257565b91908203918211610f8257565b906001600160401b0316908115610fdf576001600160401b03160690565b610748565b6001600160401b036110167f000000000000000000000000000000000000000000000000000000000000000083610fc1565b165f52600260205260405f20906001600160401b0380835416911680911480159061105a575b61104857506001015490565b639ae2a7c360e01b5f5260045260245ffd5b5060018201541561103c565b9060408201809211610f8257565b906104008201809211610f8257565b61520801908161520811610f8257565b9060018201809211610f8257565b90620493e08201809211610f8257565b90601f8201809211610f8257565b617d00019081617d0011610f8257565b61096001908161096011610f8257565b6002019081600211610f8257565b601b019081601b11610f8257565b91908201809211610f8257565b9081620927c00291620927c0830403610f8257565b600481901b91906001600160fc1b03811603610f8257565b9081600302916003830403610f8257565b9081602802916028830403610f8257565b600281901b91906001600160fe1b03811603610f8257565b9081600a0291600a830403610f8257565b600181901b91906001600160ff1b03811603610f8257565b908161076c029161076c830403610f8257565b600381901b91906001600160fd1b03811603610f8257565b81810292918115918404141715610f8257565b8115610fdf570490565b630100000082116112cf576102c0820190818311610f82576112018261111d565b61c35001918261c35011610f82576112b36112ae8561128d6112a86112a161129861129361126561128d6112856112b99b6112806112be9f61127b9f61127061126b61125d61127b946001600160401b036112769516906110fb565b988996611135565b60051c90565b611066565b9c611074565b61111d565b611083565b6110fb565b91603f900490565b906110fb565b611093565b61128d85611135565b92806111c3565b60091c90565b6110a1565b93611074565b611146565b808211156112ca575090565b905090565b50505f1990565b634e487b7160e01b5f52604160045260245ffd5b606081019081106001600160401b0382111761130557604052565b6112d6565b60a081019081106001600160401b0382111761130557604052565b604081019081106001600160401b0382111761130557604052565b90601f801991011681019081106001600160401b0382111761130557604052565b6040519061137060a083611340565b565b60405190611370606083611340565b60405190611370604083611340565b5f198114610f825760010190565b91909160808060a08301948051845260018060a01b03602082015116602085015260018060a01b036040820151166040850152606081015160608501520151910152565b356113ec81610467565b90565b903590601e19813603018212156102ac57018035906001600160401b0382116102ac576020019181360383136102ac57565b6001600160401b036001911601906001600160401b038211610f8257565b6001600160401b03811161130557601f01601f191660200190565b9291926114668261143f565b916114746040519384611340565b8294818452818301116102ac578281602093845f960137010152565b9080601f830112156102ac578160206113ec9335910161145a565b919060a0838203126102ac57604051906114c48261130a565b819380356114d181610467565b835260208101356114e181610467565b602084015260408101356114f4816104d2565b6040840152606081013560608401526080810135916001600160401b0383116102ac576080926115249201611490565b910152565b91908260609103126102ac57604051611541816112ea565b6040808294803584526020810135602085015201359161156083610467565b0152565b96959294919091611573611c7d565b61157c886113e2565b6007546001600160401b0390811691168110801590611838575b6118035750602088016115b76115b36115ae836113e2565b611d6c565b1590565b61178f57906115f36115cb611680936113e2565b6115ed6115d8888a6110fb565b6115e560808e018e6113ef565b9190506110fb565b90611ddd565b6115fc84611e1d565b946116176116126005546001600160401b031690565b611421565b968661162489838c611ec0565b998c6116596003549661165161163e6004549436906114ab565b94611649368d611529565b97369161145a565b96369161145a565b957f0000000000000000000000000000000000000000000000000000000000000000612260565b97901561177b577f970c63cb136d31cf1b7679a2663161da36fefa5b3ee4cf8eb6d15f2108f27951936001600160401b0393611722611370999a97946116e76116cb611741966113e2565b6001600160401b03166001600160401b03196007541617600755565b337f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031614611749575b359182898761234e565b6040519485941696846040919493926060820195825260208201520152565b0390a2612415565b600780546fffffffffffffffff0000000000000000191642891660401b67ffffffffffffffff60401b16179055611718565b63a3a88d9d60e01b5f52600488905260245ffd5b61179b610a27916113e2565b63c8eb5e5f60e01b5f526001600160401b039081166004527f000000000000000000000000000000000000000000000000000000000000000081166024527f000000000000000000000000000000000000000000000000000000000000000016604452606490565b610a27906118108a6113e2565b633bdf90a760e01b5f526001600160401b039081166004529081166024524216604452606490565b50611842896113e2565b6001600160401b0342911611611596565b6001600160401b03166001600160401b038114610f825760010190565b60016040918351815501916118a86001600160401b0360208301511684906001600160401b03166001600160401b0319825416179055565b015181546001600160401b031660409190911b67ffffffffffffffff1916179055565b91926060938192845260406020850152816040850152848401375f828201840152601f01601f1916010190565b906201f800811115918261190b57505090565b630100000092509061191c916111e0565b111590565b6040519061192e826112ea565b5f6040838281528260208201520152565b91908260809103126102ac57604051608081018181106001600160401b0382111761130557604052606080829480358452602081013561197e816104d2565b60208501526040810135611991816104d2565b60408501520135910152565b6001600160401b0381116113055760051b60200190565b9291906119c08161199d565b936119ce6040519586611340565b602085838152019160051b8101918383116102ac5781905b8382106119f4575050505050565b81356001600160401b0381116102ac57602091611a148784938701611490565b8152019101906119e6565b9190916060806080830194803584526020810135611a3c816104d2565b6001600160a01b031660208501526040810135611a58816104d2565b6001600160a01b031660408501520135910152565b356113ec816104d2565b60405190611a86602083611340565b5f8252565b3d15611ab5573d90611a9c8261143f565b91611aaa6040519384611340565b82523d5f602084013e565b606090565b96919294909397959760055495611af4611ae8611ae1896001600160401b039060801c1690565b9860c01c90565b6001600160401b031690565b946001600160401b038816958614611c3657611b21886001600160401b03165f52600660205260405f2090565b99611b2d36898361145a565b60208151910120978b54808a03611c125750956113709a9b9c611bae96611b8496611b7896600196611b6a610891611b6f98611bdb9e369161145a565b612bae565b9a015460401c90565b6001600160c01b031690565b94611612611ba3826001600160401b03165f52600660205260405f2090565b60015f918281550155565b6005805467ffffffffffffffff60801b191660809290921b67ffffffffffffffff60801b16919091179055565b7fef3c121bad33a076773ac31037ae42e46c2f8e49fd0b4b222db1133ac67e2cb360405180611c0a8982610e1b565b0390a3612415565b6302edb46560e31b5f526001600160401b038b16600452602452604489905260645ffd5b63556eb3fb60e01b5f5260045ffd5b604051611c6881611c5a60208201948561139e565b03601f198101835282611340565b51902090565b600191611c7a91612ac0565b55565b7f0000000000000000000000000000000000000000000000000000000000000000336001600160a01b03821614611d69576001600160401b0360075460401c16906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168201809211610f825781421080611d20575b611d02575050565b6380beb8f360e01b5f526001600160a01b031660045260245260445ffd5b506005546001600160401b038160801c169060c01c811080611d4a575b159050611cfa565b611cfa565b505f526006602052611d45611d6160405f20612974565b421015611d3d565b50565b6001600160401b03166001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168110159081611dac575090565b90506001600160401b037f000000000000000000000000000000000000000000000000000000000000000016101590565b611de782826118f8565b15611df0575050565b80611e03836001600160401b03936111e0565b9263772fb22360e11b5f526004521660245260445260645ffd5b906001600160401b0360055460401c16916001600160401b0381168381108015611e9e575b611e785740928315611e52575050565b631e96ee1d60e31b5f526001600160401b0391821660045216602452504360445260645ffd5b631e96ee1d60e31b5f526001600160401b0380831660045284166024524360445260645ffd5b5043811015611e42565b909392938483116102ac5784116102ac578101920390565b909291925f93600554611edd816001600160401b039060801c1690565b91611eec611ae8849360c01c90565b906001600160401b03841682811461213157611f088688612d46565b9991991561212257611f1a908a6110fb565b985b6001600160401b0387169a858c1080612119575b1561210857611f40828a8c612d81565b99919290996120f557611f77611f708d8c8e611f6a611f5f898b6110fb565b926112808a8c6110fb565b92611ea8565b369161145a565b6020815191012090611f9a836001600160401b03165f52600660205260405f2090565b8054830361203e576001015460401c6001600160c01b0316611fbb916110fb565b6040516001600160401b0389168152909e907f6f486b1fa0907bcb4042e65de622ef9656eb69dab611c72c4baec0b890b5ad5390602090a361200e816001600160401b03165f52600660205260405f2090565b61201d9060015f918281550155565b61202690611853565b97612030916110fb565b612039916110fb565b611f1c565b509d50509950505097509350505091505b6001600160401b0383161461208c57506005805467ffffffffffffffff60801b191660809290921b67ffffffffffffffff60801b16919091179055565b809293506120ac91506001600160401b03165f52600660205260405f2090565b6120b581612974565b4210156120c25750505f90565b610a2792506120d2815491612974565b636a5b6c9d60e11b5f526001600160401b03909216600452602452604452606490565b9c5099505050975093505050915061204f565b9a505097509395505050915061204f565b508a8210611f30565b637ad6a98f60e11b5f5260045ffd5b505f9750505050505050565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b9c9899949560c06113ec9f9d98938f906122319e996121c46121fd996122239e996121d4946121aa6121e49a61219a89600160ff169052565b6001600160401b03166020890152565b604087015260608601526001600160401b03166080850152565b6001600160401b031660a0830152565b6001600160a01b03909216910152565b60e08c01526101e06101008c01526101e08b019061213d565b956101208a01526101408901526101608801526101808701906001600160401b03169052565b8482036101a086015261213d565b916101c081840391015261213d565b91908260409103126102ac57815180151581036102ac5760209092015190565b9490959296939196805161227a906001600160401b031690565b926020820151612290906001600160401b031690565b60408301519092906001600160a01b0316906060810151906080015191855194602087015196604001516122ca906001600160401b031690565b976040519d8e9d60208f019d6122df9e612161565b03601f19810182526122f19082611340565b8051906020015a915f92916101018493fa61230a611a8b565b901561233f576040815103612330578060208061232c93518301019101612240565b9091565b631b57874760e31b5f5260045ffd5b63d6bed87360e01b5f5260045ffd5b6001600160401b03926123d3926003558060045583821694858519600554161760055567ffffffffffffffff60401b6005549160401b169067ffffffffffffffff60401b191617600555604051946123a586611325565b855260208501527f000000000000000000000000000000000000000000000000000000000000000090610fc1565b165f5260026020526001602060405f209261240e6001600160401b0382511685906001600160401b03166001600160401b0319825416179055565b0151910155565b8015611d69575f80808093335af161242b611a8b565b501561243357565b6339f1c8d960e01b5f523360045260245ffd5b604051906124538261130a565b5f6080838281528260208201528260408201528260608201520152565b634e487b7160e01b5f52603260045260245ffd5b8051156124915760200190565b612470565b8051600110156124915760210190565b908151811015612491570160200190565b604051906124c482611325565b5f6020838281520152565b8051600110156124915760400190565b8051600210156124915760600190565b8051600310156124915760800190565b8051600410156124915760a00190565b8051600510156124915760c00190565b8051600610156124915760e00190565b805160071015612491576101000190565b805160081015612491576101200190565b805160091015612491576101400190565b8051600a1015612491576101600190565b8051600b1015612491576101800190565b805160101015612491576102200190565b8051600f1015612491576102000190565b80518210156124915760209160051b010190565b92916125c4612446565b938051158015612958575b61290c576125f4906125df6124b7565b60218201815290515f19016020820152612dbd565b91600c8351036128d85761261061260a84612484565b51612e9e565b6001600160401b03821681036128ba5750506001600160401b0380612656612643611ae861263d876124cf565b51612f1d565b6001600160401b03166020880181905290565b161461288c5761266861260a836124df565b61267461260a846124ef565b6060860191818352818111612877575050612694611ae861263d856124ff565b6001600160401b031660408601908152906126b76126b18561250f565b51613003565b51928315938415908161286b575b506128405761127b61274161127b61273c6126e261260a8a61251f565b9760808c019889526127366127306127298c61128d61272361271d6127096126b18561252f565b9b8c986127158a613037565b809a5161311b565b92612540565b516131a4565b9651611157565b91611135565b90610fb4565b61116f565b818111612838575b5083516001600160401b031681811061281a57505082516001600160401b0316630100000081116127f7575082516001600160401b03168181116127d9575050906127a6611ae86127ac935194511992516001600160401b031690565b906111d6565b106127ca576127bd611370916132d8565b6001600160a01b03168352565b6361fea41560e01b5f5260045ffd5b635626ef1360e11b5f526001600160401b031660045260245260445ffd5b635626ef1360e11b5f526001600160401b0316600452630100000060245260445ffd5b63fa353ba360e01b5f526001600160401b031660045260245260445ffd5b90505f612749565b6040516304e6e16d60e51b8152602060048201526002602482015261746f60f01b6044820152606490fd5b6014915014155f6126c5565b631c1b330960e11b5f5260045260245260445ffd5b6040516304e6e16d60e51b81526020600482015260056024820152646e6f6e636560d81b6044820152606490fd5b63ce74c5f760e01b5f526004526001600160401b031660245260445ffd5b6040516304e6e16d60e51b815260206004820152600b60248201526a199a595b190818dbdd5b9d60aa1b6044820152606490fd5b805161292d5750610a275f5b630c06fd2560e21b5f5260ff16600452602490565b61295361294d61293f610a2793612484565b516001600160f81b03191690565b60f81c90565b612918565b50600260ff61296c61294d61293f85612484565b1614156125cf565b60016001600160401b03910154166001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168101809111610f825790565b604051606060208201928051845260018060a01b03602082015116604084015260018060a01b03604082015116828401520151608082015260808152611c6860a082611340565b604051600160601b61272960f11b0160208201908152612a5a9392612a47929091612a5591612a318160348101611c5a565b5190206040519384916020830160209181520190565b03601f198101845283611340565b6134bb565b9015612aa557612a6c612a7191613784565b61383a565b6004815103612a9657612a86612a8c916124df565b51613915565b91909115612a9657565b638bfd7d3f60e01b5f5260045ffd5b633926252960e01b5f52600161272960911b0160045260245ffd5b906040519060208201928352604082015260408152611c68606082611340565b91612a47612b09929493612a555f96604051612a3181611c5a6020820194859190602083019252565b9015612ba857612b1b612b2091613784565b613003565b80518015908115612b9d575b508015612b80575b612b71575f925b8151841015612b6c5760019060081b612b63612b5d61294d61293f88876124a6565b60ff1690565b17930192612b3b565b925050565b630b5ac87560e01b5f5260045ffd5b506001600160f81b0319612b9661293f83612484565b1615612b34565b60209150115f612b2c565b505f9150565b9495939190612bd491612bce60045492610d10895160018060a01b031690565b9161394d565b80516001600160401b03166001600160401b03612bfe611ae860208901516001600160401b031690565b911603612d3c576020810151612c40612c24611ae860408901516001600160401b031690565b966080612c3760608301998a51906111c3565b910151906110fb565b11612d31576040017fc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470815103612cd8575b505050612c7f915192613ab2565b11612cd357600554610a279060801c6001600160401b0316612cb2816001600160401b03165f52600660205260405f2090565b546307d2eced60e31b5f526001600160401b03909116600452602452604490565b600390565b612ce336838561145a565b602081519101209051809103612d1f5750612d06612d0b926115b392369161145a565b613a30565b612d17575f8080612c71565b505050600290565b63ad7e7be160e01b5f5260045260245ffd5b505050505050600190565b5050505050505f90565b906009811015612d795780915b8183116102ac57612d7292602091612d6c91369161145a565b01613b8e565b9192909190565b600991612d53565b9180820391808311610f82576009831015612db657825b820193848311610f8257612d7294602093612d6c93611f7093611ea8565b6009612d98565b60208101805115612e6b57612dd58251825190613b8e565b15612e3057612de3916110fb565b905103612df3576113ec9061383a565b6040516304e6e16d60e51b815260206004820152601460248201527362797465732061667465722074686520626f647960601b6044820152606490fd5b6040516304e6e16d60e51b8152602060048201526012602482015271189bd91e481a5cc81b9bdd0818481b1a5cdd60721b6044820152606490fd5b6040516304e6e16d60e51b815260206004820152600a602482015269656d70747920626f647960b01b6044820152606490fd5b612eae8151602083015190613b8e565b929092612f0e5760208311612efa578215612ef35751908101809111610f825780515f1a15612ee457519060031b610100031c90565b632dbeb36960e01b5f5260045ffd5b5050505f90565b636f9d636d60e11b5f52602060045260245ffd5b6305bcfd2d60e21b5f5260045ffd5b612f2d8151602083015190613b8e565b929092612f0e5760088311612f63578215612ef35751908101809111610f825780515f1a15612ee457519060031b610100031c90565b636f9d636d60e11b5f52600860045260245ffd5b612f878151602083015190613b8e565b929092612f0e5760018311612fbd578215612ef35751908101809111610f825780515f1a15612ee457519060031b610100031c90565b636f9d636d60e11b5f52600160045260245ffd5b90612fdb8261143f565b612fe86040519182611340565b8281528092612ff9601f199161143f565b0190602036910137565b906130148251602084015190613b8e565b919091612f0e5761302482612fd1565b9351908101809111610f8257602084015e565b905f6020830192805180910193602085015b80821061305d5750506113ec929350610fb4565b90926020907f010101010101010101010101010101010101010101010101010101010101010185518689038480820110613103575b50818160041c7f33333333333333333333333333333333333333333333333333333333333333337f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f821684179183808460021c96169116178385161793161760011c16170260f81c01930190613049565b6001908503601f190160031b1b5f190119165f613092565b9092919280820390828211610f8257600482901b916001600160fc1b03811603610f82576001600160fe1b0381168103610f825760021b8101809111610f82578093613165575050565b90925061c00083116131915761128d61318c6131876112656113ec95966110b1565b611180565b6110bf565b8263c1eed06b60e01b5f5260045260245ffd5b905f916131b36115b382613c7e565b613245576131c09061383a565b5f905b80518210156132c9576131e26115b36131dc84846125a6565b51613c7e565b613245576131f96131f383836125a6565b5161383a565b60028151148015906132b2575b801561329d575b613245576131f361321d916124cf565b925f5b845181101561327957613236612a8682876125a6565b90501561324557600101613220565b6040516304e6e16d60e51b815260206004820152600b60248201526a1858d8d95cdcc81b1a5cdd60aa1b6044820152606490fd5b5092600191929461128d6132906132959351611198565b6110cf565b9301906131c3565b506132ad6115b36131dc836124cf565b61320d565b5060146132c16126b183612484565b511415613206565b5050565b6040513d5f823e3d90fd5b6132ea6132e482612551565b51612f77565b6132f661260a83612562565b9161330361260a82612573565b906001831180156134b3575b8015613497575b801561348f575b8015613466575b613415576133618161333861335c93612484565b51519281602061335361334b8795612540565b515192612540565b510151906110fb565b610fb4565b905f916038811015613436575b926133cc612b5d846133f3948761339561339060209c9a6112805f9d9b6110df565b612fd1565b9160228c84019460028653808d14613428578060f7016021860153838160031b610100031b828601525b8401015e519020946110ed565b93604051948594859094939260ff6060936080840197845216602083015260408201520152565b838052039060015afa15613423575f51906001600160a01b0382161561341557565b62d22aef60e41b5f5260045ffd5b6132cd565b8360c00160218601536133bf565b94929593915b85613446826111ab565b1c1561345a5761345590611390565b61343c565b9395929491939161336e565b507f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08211613324565b50811561331d565b5070014551231950b75fc4402da1732fc9bebe19841015613316565b50831561330f565b929190815115613742576134ce90613c95565b925f90816134da6124b7565b9060015b6136cb575b6134ec8261383a565b906134f56124b7565b508151601181036135f45750875181146135d25761352f613528613522612b5d61294d61293f868e6124a6565b846125a6565b5191611390565b935b61353a82613c7e565b6135ad575061354881613915565b9290921561355f5750509060015b929091926134de565b9250939495965050601191505114908161359b575b5061358857637e32ca5960e11b5f5260045ffd5b61232c9151613595611a77565b91613e6c565b6135a59150613003565b51155f613574565b9250905060208082015110156135c3575f613556565b637e32ca5960e11b5f5260045ffd5b5061232c9596506135e892506126b19150612584565b91518251151591613e96565b6002036135c35761360f61360a6126b184612484565b613d45565b9061361b838b84613e03565b9061365c578151156135c357156136475751613636916110fb565b92613640826124cf565b5190613531565b50505050509061232c92935051613595611a77565b91929596979893509350159283156136b2575b5050506136a4576126b1613682916124cf565b908151156136955761232c925190613e88565b6372bd263360e01b5f5260045ffd5b5061232c9151613595611a77565b6136bf92935051906110fb565b905114155f808061366f565b9290508351811461373357816136e182866125a6565b5160208151910120036137105761370a6137046136fe83876125a6565b51613784565b91611390565b926134e3565b1561372457633d50767560e21b5f5260045ffd5b633628140f60e21b5f5260045ffd5b6335e909e960e01b5f5260045ffd5b5050907f56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b4211461377a576335e909e960e01b5f5260045ffd5b5f906113ec611a77565b61378c6124b7565b508051156137dc5760208101906137a4815183613b8e565b508101809111610f82578151036137cd5751604051916137c383611325565b8252602082015290565b631b4aaf0760e31b5f5260045ffd5b63403adeed60e01b5f5260045ffd5b906137f58261199d565b6138026040519182611340565b8281528092613813601f199161199d565b01905f5b82811061382357505050565b60209061382e6124b7565b82828501015201613817565b9061384b8251602084015190613b8e565b93909315612122576138689161386191516110fb565b92836110fb565b5f90835b8181106138eb575061387d826137eb565b93905f915b83831061388f5750505050565b6138e38161128d6138ab6138a560019587610fb4565b83613b8e565b50906138b782826110fb565b6138bf611381565b9085825260208201526138d2898d6125a6565b526138dd888c6125a6565b506110fb565b920191613882565b6139098161128d6139026138a561390f9587610fb4565b50906110fb565b92611390565b9161386c565b6139258151602083015190613b8e565b929192612f0e576020036139455751908101809111610f82575190600190565b50505f905f90565b91612a4761398f929493612a55613962611921565b96604051612a3181611c5a6020820194856014916bffffffffffffffffffffffff199060601b1681520190565b90156139f357612a6c6139a191613784565b6004815103612a9657612a86816139d06139c3611ae861263d6139e696612484565b6001600160401b03168652565b6139dc61260a826124cf565b60208601526124ef565b90604084015215612a9657565b5090506139fe611372565b5f81525f60208201527fc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470604082015290565b805190601782149182613a8e575b5081613a6c575b81613a4e575090565b905080516002101561249157602201516001600160f81b0319161590565b9050613a7781612496565b516001600160f81b031916600160f81b1490613a45565b909150156124915760208101516001600160f81b03191660ef60f81b14905f613a3e565b90613abe36828461145a565b6020815191012060035490818103613b79575050613ae4613ae992612a6c92369161145a565b613784565b613af561263d82612551565b613b17613b1061260a613b0a61263d86612562565b94612595565b9160011c90565b91828114613b7357828111613b4e57613b4883613b43613b3d612736946113ec97610fb4565b856111c3565b6111d6565b60031c90565b613b4883613b43613b3d6113ec96613b6595610fb4565b8061128d57506001906110fb565b50905090565b63073af8eb60e01b5f5260045260245260445ffd5b915f908215613bd45783515f1a60808110613c715760b8811015613c0a57613bb590610fa5565b92600194858514613be3575b505b613bcd84866110fb565b11613bd457565b632bf7d67960e21b5f5260045ffd5b60028210613bd457613bff613bf9608092611093565b515f1a90565b10612ee4575f613bc1565b919092938460c084105f14613c3457613c26613c2c9394610f96565b91613ea2565b929093613bc3565b50905060f8821015613c565750613c4a90610f87565b60019091600193613bc3565b83613c26613c6693959495610f73565b919092600191613bc3565b505f935060019250839150565b613c8f906020815191015190613b8e565b91505090565b9081518060011b9080820460021490151715610f8257613cb490612fd1565b915f5b81518110156132c95780613cf2613ce2613cd961294d61293f600196886124a6565b60041c600f1690565b60f81b6001600160f81b03191690565b613d08613cfe83611180565b915f1a91876124a6565b53613d2f600f613d1e61294d61293f85886124a6565b1660f81b6001600160f81b03191690565b613d3e613cfe61129384611180565b5301613cb7565b8051156135c357613d5590613c95565b90613d6561294d61293f84612484565b60ff8116600381116135c3576001600281921015921614801580613de9575b6135c35715613de05760ff60015b16613da1613390828651610fb4565b915f5b8351811015613dd95780613dc661293f613dc0866001956110fb565b896124a6565b5f1a613dd282876124a6565b5301613da4565b5093505090565b60ff6002613d92565b5060ff613dfb61294d61293f87612496565b161515613d84565b918151818103908111610f8257835111612ef3575f5b8351811015613e63576001600160f81b0319613e3582866124a6565b5116818301808411610f825761293f613e4e91866124a6565b03613e5b57600101613e19565b505050505f90565b50505050600190565b92919203613e79575f9190565b6303c1de3560e21b5f5260045ffd5b92919203613e795760019190565b93929303613e79579190565b929190928160010180600111610f8257809410613bd45760018101809111610f825780515f1a15612ee457519060031b610100031c9060388210612ee45756",
}

// TestNativeRollup is an auto generated Go binding around an Ethereum contract.
type TestNativeRollup struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestNativeRollup) GetABI() abi.ABI {
	return c.abi
}

// NewTestNativeRollup creates a new instance of TestNativeRollup.
func NewTestNativeRollup() *TestNativeRollup {
	parsed, err := TestNativeRollupMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestNativeRollup{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestNativeRollup) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor((uint64,bytes32,bytes32,uint64,uint64,uint64,address,uint64,uint64) c) returns()
func (testNativeRollup *TestNativeRollup) PackConstructor(c NativeRollupConfig) []byte {
	enc, err := testNativeRollup.abi.Pack("", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackFORCEDINCLUSIONFEEGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67b00112.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FORCED_INCLUSION_FEE_GAS() view returns(uint256)
func (testNativeRollup *TestNativeRollup) PackFORCEDINCLUSIONFEEGAS() []byte {
	enc, err := testNativeRollup.abi.Pack("FORCED_INCLUSION_FEE_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFORCEDINCLUSIONFEEGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67b00112.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FORCED_INCLUSION_FEE_GAS() view returns(uint256)
func (testNativeRollup *TestNativeRollup) TryPackFORCEDINCLUSIONFEEGAS() ([]byte, error) {
	return testNativeRollup.abi.Pack("FORCED_INCLUSION_FEE_GAS")
}

// UnpackFORCEDINCLUSIONFEEGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x67b00112.
//
// Solidity: function FORCED_INCLUSION_FEE_GAS() view returns(uint256)
func (testNativeRollup *TestNativeRollup) UnpackFORCEDINCLUSIONFEEGAS(data []byte) (*big.Int, error) {
	out, err := testNativeRollup.abi.Unpack("FORCED_INCLUSION_FEE_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGASLIMITFLOOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0e66d92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GAS_LIMIT_FLOOR() view returns(uint64)
func (testNativeRollup *TestNativeRollup) PackGASLIMITFLOOR() []byte {
	enc, err := testNativeRollup.abi.Pack("GAS_LIMIT_FLOOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGASLIMITFLOOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0e66d92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GAS_LIMIT_FLOOR() view returns(uint64)
func (testNativeRollup *TestNativeRollup) TryPackGASLIMITFLOOR() ([]byte, error) {
	return testNativeRollup.abi.Pack("GAS_LIMIT_FLOOR")
}

// UnpackGASLIMITFLOOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa0e66d92.
//
// Solidity: function GAS_LIMIT_FLOOR() view returns(uint64)
func (testNativeRollup *TestNativeRollup) UnpackGASLIMITFLOOR(data []byte) (uint64, error) {
	out, err := testNativeRollup.abi.Unpack("GAS_LIMIT_FLOOR", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackL2BRIDGE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x159a99ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function L2_BRIDGE() view returns(address)
func (testNativeRollup *TestNativeRollup) PackL2BRIDGE() []byte {
	enc, err := testNativeRollup.abi.Pack("L2_BRIDGE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackL2BRIDGE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x159a99ea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function L2_BRIDGE() view returns(address)
func (testNativeRollup *TestNativeRollup) TryPackL2BRIDGE() ([]byte, error) {
	return testNativeRollup.abi.Pack("L2_BRIDGE")
}

// UnpackL2BRIDGE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x159a99ea.
//
// Solidity: function L2_BRIDGE() view returns(address)
func (testNativeRollup *TestNativeRollup) UnpackL2BRIDGE(data []byte) (common.Address, error) {
	out, err := testNativeRollup.abi.Unpack("L2_BRIDGE", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMAXCHAINID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bc105c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CHAIN_ID() view returns(uint64)
func (testNativeRollup *TestNativeRollup) PackMAXCHAINID() []byte {
	enc, err := testNativeRollup.abi.Pack("MAX_CHAIN_ID")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCHAINID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bc105c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CHAIN_ID() view returns(uint64)
func (testNativeRollup *TestNativeRollup) TryPackMAXCHAINID() ([]byte, error) {
	return testNativeRollup.abi.Pack("MAX_CHAIN_ID")
}

// UnpackMAXCHAINID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5bc105c0.
//
// Solidity: function MAX_CHAIN_ID() view returns(uint64)
func (testNativeRollup *TestNativeRollup) UnpackMAXCHAINID(data []byte) (uint64, error) {
	out, err := testNativeRollup.abi.Unpack("MAX_CHAIN_ID", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMAXFORCEDTXBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fdc8f20.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FORCED_TX_BYTES() view returns(uint256)
func (testNativeRollup *TestNativeRollup) PackMAXFORCEDTXBYTES() []byte {
	enc, err := testNativeRollup.abi.Pack("MAX_FORCED_TX_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFORCEDTXBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fdc8f20.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FORCED_TX_BYTES() view returns(uint256)
func (testNativeRollup *TestNativeRollup) TryPackMAXFORCEDTXBYTES() ([]byte, error) {
	return testNativeRollup.abi.Pack("MAX_FORCED_TX_BYTES")
}

// UnpackMAXFORCEDTXBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fdc8f20.
//
// Solidity: function MAX_FORCED_TX_BYTES() view returns(uint256)
func (testNativeRollup *TestNativeRollup) UnpackMAXFORCEDTXBYTES(data []byte) (*big.Int, error) {
	out, err := testNativeRollup.abi.Unpack("MAX_FORCED_TX_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXGASLIMIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3f5aa51.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_GAS_LIMIT() view returns(uint64)
func (testNativeRollup *TestNativeRollup) PackMAXGASLIMIT() []byte {
	enc, err := testNativeRollup.abi.Pack("MAX_GAS_LIMIT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXGASLIMIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3f5aa51.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_GAS_LIMIT() view returns(uint64)
func (testNativeRollup *TestNativeRollup) TryPackMAXGASLIMIT() ([]byte, error) {
	return testNativeRollup.abi.Pack("MAX_GAS_LIMIT")
}

// UnpackMAXGASLIMIT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe3f5aa51.
//
// Solidity: function MAX_GAS_LIMIT() view returns(uint64)
func (testNativeRollup *TestNativeRollup) UnpackMAXGASLIMIT(data []byte) (uint64, error) {
	out, err := testNativeRollup.abi.Unpack("MAX_GAS_LIMIT", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMAXSEQUENCERWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29eb39ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SEQUENCER_WINDOW() view returns(uint64)
func (testNativeRollup *TestNativeRollup) PackMAXSEQUENCERWINDOW() []byte {
	enc, err := testNativeRollup.abi.Pack("MAX_SEQUENCER_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSEQUENCERWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29eb39ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SEQUENCER_WINDOW() view returns(uint64)
func (testNativeRollup *TestNativeRollup) TryPackMAXSEQUENCERWINDOW() ([]byte, error) {
	return testNativeRollup.abi.Pack("MAX_SEQUENCER_WINDOW")
}

// UnpackMAXSEQUENCERWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x29eb39ff.
//
// Solidity: function MAX_SEQUENCER_WINDOW() view returns(uint64)
func (testNativeRollup *TestNativeRollup) UnpackMAXSEQUENCERWINDOW(data []byte) (uint64, error) {
	out, err := testNativeRollup.abi.Unpack("MAX_SEQUENCER_WINDOW", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMAXSETTLEPAYLOAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f3f1813.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SETTLE_PAYLOAD() view returns(uint256)
func (testNativeRollup *TestNativeRollup) PackMAXSETTLEPAYLOAD() []byte {
	enc, err := testNativeRollup.abi.Pack("MAX_SETTLE_PAYLOAD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSETTLEPAYLOAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f3f1813.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SETTLE_PAYLOAD() view returns(uint256)
func (testNativeRollup *TestNativeRollup) TryPackMAXSETTLEPAYLOAD() ([]byte, error) {
	return testNativeRollup.abi.Pack("MAX_SETTLE_PAYLOAD")
}

// UnpackMAXSETTLEPAYLOAD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9f3f1813.
//
// Solidity: function MAX_SETTLE_PAYLOAD() view returns(uint256)
func (testNativeRollup *TestNativeRollup) UnpackMAXSETTLEPAYLOAD(data []byte) (*big.Int, error) {
	out, err := testNativeRollup.abi.Unpack("MAX_SETTLE_PAYLOAD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXTXGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x791b47fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_TX_GAS() view returns(uint256)
func (testNativeRollup *TestNativeRollup) PackMAXTXGAS() []byte {
	enc, err := testNativeRollup.abi.Pack("MAX_TX_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTXGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x791b47fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_TX_GAS() view returns(uint256)
func (testNativeRollup *TestNativeRollup) TryPackMAXTXGAS() ([]byte, error) {
	return testNativeRollup.abi.Pack("MAX_TX_GAS")
}

// UnpackMAXTXGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x791b47fe.
//
// Solidity: function MAX_TX_GAS() view returns(uint256)
func (testNativeRollup *TestNativeRollup) UnpackMAXTXGAS(data []byte) (*big.Int, error) {
	out, err := testNativeRollup.abi.Unpack("MAX_TX_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINHISTORYSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x073fa05c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_HISTORY_SIZE() view returns(uint64)
func (testNativeRollup *TestNativeRollup) PackMINHISTORYSIZE() []byte {
	enc, err := testNativeRollup.abi.Pack("MIN_HISTORY_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINHISTORYSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x073fa05c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_HISTORY_SIZE() view returns(uint64)
func (testNativeRollup *TestNativeRollup) TryPackMINHISTORYSIZE() ([]byte, error) {
	return testNativeRollup.abi.Pack("MIN_HISTORY_SIZE")
}

// UnpackMINHISTORYSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x073fa05c.
//
// Solidity: function MIN_HISTORY_SIZE() view returns(uint64)
func (testNativeRollup *TestNativeRollup) UnpackMINHISTORYSIZE(data []byte) (uint64, error) {
	out, err := testNativeRollup.abi.Unpack("MIN_HISTORY_SIZE", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMINSEQUENCERWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeff93e1d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_SEQUENCER_WINDOW() view returns(uint64)
func (testNativeRollup *TestNativeRollup) PackMINSEQUENCERWINDOW() []byte {
	enc, err := testNativeRollup.abi.Pack("MIN_SEQUENCER_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINSEQUENCERWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeff93e1d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_SEQUENCER_WINDOW() view returns(uint64)
func (testNativeRollup *TestNativeRollup) TryPackMINSEQUENCERWINDOW() ([]byte, error) {
	return testNativeRollup.abi.Pack("MIN_SEQUENCER_WINDOW")
}

// UnpackMINSEQUENCERWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeff93e1d.
//
// Solidity: function MIN_SEQUENCER_WINDOW() view returns(uint64)
func (testNativeRollup *TestNativeRollup) UnpackMINSEQUENCERWINDOW(data []byte) (uint64, error) {
	out, err := testNativeRollup.abi.Unpack("MIN_SEQUENCER_WINDOW", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMINSETTLEPAYLOAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x045c8f60.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_SETTLE_PAYLOAD() view returns(uint256)
func (testNativeRollup *TestNativeRollup) PackMINSETTLEPAYLOAD() []byte {
	enc, err := testNativeRollup.abi.Pack("MIN_SETTLE_PAYLOAD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINSETTLEPAYLOAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x045c8f60.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_SETTLE_PAYLOAD() view returns(uint256)
func (testNativeRollup *TestNativeRollup) TryPackMINSETTLEPAYLOAD() ([]byte, error) {
	return testNativeRollup.abi.Pack("MIN_SETTLE_PAYLOAD")
}

// UnpackMINSETTLEPAYLOAD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x045c8f60.
//
// Solidity: function MIN_SETTLE_PAYLOAD() view returns(uint256)
func (testNativeRollup *TestNativeRollup) UnpackMINSETTLEPAYLOAD(data []byte) (*big.Int, error) {
	out, err := testNativeRollup.abi.Unpack("MIN_SETTLE_PAYLOAD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSETTLEHOSTGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x170806aa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SETTLE_HOST_GAS() view returns(uint256)
func (testNativeRollup *TestNativeRollup) PackSETTLEHOSTGAS() []byte {
	enc, err := testNativeRollup.abi.Pack("SETTLE_HOST_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSETTLEHOSTGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x170806aa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SETTLE_HOST_GAS() view returns(uint256)
func (testNativeRollup *TestNativeRollup) TryPackSETTLEHOSTGAS() ([]byte, error) {
	return testNativeRollup.abi.Pack("SETTLE_HOST_GAS")
}

// UnpackSETTLEHOSTGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x170806aa.
//
// Solidity: function SETTLE_HOST_GAS() view returns(uint256)
func (testNativeRollup *TestNativeRollup) UnpackSETTLEHOSTGAS(data []byte) (*big.Int, error) {
	out, err := testNativeRollup.abi.Unpack("SETTLE_HOST_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAdvance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fd1d712.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function advance((uint64,uint64,address,bytes32,bytes) env, uint64 anchorL1Block, (bytes32,bytes32,uint64) claims, bytes transactions, bytes witness) returns()
func (testNativeRollup *TestNativeRollup) PackAdvance(env ExecuteBlockEnv, anchorL1Block uint64, claims ExecuteClaims, transactions []byte, witness []byte) []byte {
	enc, err := testNativeRollup.abi.Pack("advance", env, anchorL1Block, claims, transactions, witness)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAdvance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fd1d712.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function advance((uint64,uint64,address,bytes32,bytes) env, uint64 anchorL1Block, (bytes32,bytes32,uint64) claims, bytes transactions, bytes witness) returns()
func (testNativeRollup *TestNativeRollup) TryPackAdvance(env ExecuteBlockEnv, anchorL1Block uint64, claims ExecuteClaims, transactions []byte, witness []byte) ([]byte, error) {
	return testNativeRollup.abi.Pack("advance", env, anchorL1Block, claims, transactions, witness)
}

// PackAnchorBlockNumber is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3cad82ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchorBlockNumber() view returns(uint64)
func (testNativeRollup *TestNativeRollup) PackAnchorBlockNumber() []byte {
	enc, err := testNativeRollup.abi.Pack("anchorBlockNumber")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnchorBlockNumber is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3cad82ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function anchorBlockNumber() view returns(uint64)
func (testNativeRollup *TestNativeRollup) TryPackAnchorBlockNumber() ([]byte, error) {
	return testNativeRollup.abi.Pack("anchorBlockNumber")
}

// UnpackAnchorBlockNumber is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3cad82ff.
//
// Solidity: function anchorBlockNumber() view returns(uint64)
func (testNativeRollup *TestNativeRollup) UnpackAnchorBlockNumber(data []byte) (uint64, error) {
	out, err := testNativeRollup.abi.Unpack("anchorBlockNumber", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackBlockHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf22a195e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blockHash() view returns(bytes32)
func (testNativeRollup *TestNativeRollup) PackBlockHash() []byte {
	enc, err := testNativeRollup.abi.Pack("blockHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlockHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf22a195e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blockHash() view returns(bytes32)
func (testNativeRollup *TestNativeRollup) TryPackBlockHash() ([]byte, error) {
	return testNativeRollup.abi.Pack("blockHash")
}

// UnpackBlockHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf22a195e.
//
// Solidity: function blockHash() view returns(bytes32)
func (testNativeRollup *TestNativeRollup) UnpackBlockHash(data []byte) ([32]byte, error) {
	out, err := testNativeRollup.abi.Unpack("blockHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBlockNumber is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57e871e7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blockNumber() view returns(uint64)
func (testNativeRollup *TestNativeRollup) PackBlockNumber() []byte {
	enc, err := testNativeRollup.abi.Pack("blockNumber")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlockNumber is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57e871e7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blockNumber() view returns(uint64)
func (testNativeRollup *TestNativeRollup) TryPackBlockNumber() ([]byte, error) {
	return testNativeRollup.abi.Pack("blockNumber")
}

// UnpackBlockNumber is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x57e871e7.
//
// Solidity: function blockNumber() view returns(uint64)
func (testNativeRollup *TestNativeRollup) UnpackBlockNumber(data []byte) (uint64, error) {
	out, err := testNativeRollup.abi.Unpack("blockNumber", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackBlockTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadb61832.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blockTimestamp() view returns(uint64)
func (testNativeRollup *TestNativeRollup) PackBlockTimestamp() []byte {
	enc, err := testNativeRollup.abi.Pack("blockTimestamp")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlockTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadb61832.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blockTimestamp() view returns(uint64)
func (testNativeRollup *TestNativeRollup) TryPackBlockTimestamp() ([]byte, error) {
	return testNativeRollup.abi.Pack("blockTimestamp")
}

// UnpackBlockTimestamp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xadb61832.
//
// Solidity: function blockTimestamp() view returns(uint64)
func (testNativeRollup *TestNativeRollup) UnpackBlockTimestamp(data []byte) (uint64, error) {
	out, err := testNativeRollup.abi.Unpack("blockTimestamp", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackChainId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a8a0592.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function chainId() view returns(uint64)
func (testNativeRollup *TestNativeRollup) PackChainId() []byte {
	enc, err := testNativeRollup.abi.Pack("chainId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChainId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a8a0592.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function chainId() view returns(uint64)
func (testNativeRollup *TestNativeRollup) TryPackChainId() ([]byte, error) {
	return testNativeRollup.abi.Pack("chainId")
}

// UnpackChainId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a8a0592.
//
// Solidity: function chainId() view returns(uint64)
func (testNativeRollup *TestNativeRollup) UnpackChainId(data []byte) (uint64, error) {
	out, err := testNativeRollup.abi.Unpack("chainId", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47e7ef24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(address to, uint256 relayerFee) payable returns(bytes32 depositHash)
func (testNativeRollup *TestNativeRollup) PackDeposit(to common.Address, relayerFee *big.Int) []byte {
	enc, err := testNativeRollup.abi.Pack("deposit", to, relayerFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47e7ef24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(address to, uint256 relayerFee) payable returns(bytes32 depositHash)
func (testNativeRollup *TestNativeRollup) TryPackDeposit(to common.Address, relayerFee *big.Int) ([]byte, error) {
	return testNativeRollup.abi.Pack("deposit", to, relayerFee)
}

// UnpackDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x47e7ef24.
//
// Solidity: function deposit(address to, uint256 relayerFee) payable returns(bytes32 depositHash)
func (testNativeRollup *TestNativeRollup) UnpackDeposit(data []byte) ([32]byte, error) {
	out, err := testNativeRollup.abi.Unpack("deposit", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDepositCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2dfdf0b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositCount() view returns(uint256)
func (testNativeRollup *TestNativeRollup) PackDepositCount() []byte {
	enc, err := testNativeRollup.abi.Pack("depositCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2dfdf0b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositCount() view returns(uint256)
func (testNativeRollup *TestNativeRollup) TryPackDepositCount() ([]byte, error) {
	return testNativeRollup.abi.Pack("depositCount")
}

// UnpackDepositCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2dfdf0b5.
//
// Solidity: function depositCount() view returns(uint256)
func (testNativeRollup *TestNativeRollup) UnpackDepositCount(data []byte) (*big.Int, error) {
	out, err := testNativeRollup.abi.Unpack("depositCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDepositSent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x085def64.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositSent(bytes32 depositHash) view returns(bool)
func (testNativeRollup *TestNativeRollup) PackDepositSent(depositHash [32]byte) []byte {
	enc, err := testNativeRollup.abi.Pack("depositSent", depositHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositSent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x085def64.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositSent(bytes32 depositHash) view returns(bool)
func (testNativeRollup *TestNativeRollup) TryPackDepositSent(depositHash [32]byte) ([]byte, error) {
	return testNativeRollup.abi.Pack("depositSent", depositHash)
}

// UnpackDepositSent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x085def64.
//
// Solidity: function depositSent(bytes32 depositHash) view returns(bool)
func (testNativeRollup *TestNativeRollup) UnpackDepositSent(data []byte) (bool, error) {
	out, err := testNativeRollup.abi.Unpack("depositSent", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackFinalizeWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd77f57a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizeWithdrawal((uint256,address,address,uint256) withdrawal, uint64 l2BlockNumber, bytes[] accountProof, bytes[] storageProof) returns()
func (testNativeRollup *TestNativeRollup) PackFinalizeWithdrawal(withdrawal MessagesWithdrawal, l2BlockNumber uint64, accountProof [][]byte, storageProof [][]byte) []byte {
	enc, err := testNativeRollup.abi.Pack("finalizeWithdrawal", withdrawal, l2BlockNumber, accountProof, storageProof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizeWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd77f57a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizeWithdrawal((uint256,address,address,uint256) withdrawal, uint64 l2BlockNumber, bytes[] accountProof, bytes[] storageProof) returns()
func (testNativeRollup *TestNativeRollup) TryPackFinalizeWithdrawal(withdrawal MessagesWithdrawal, l2BlockNumber uint64, accountProof [][]byte, storageProof [][]byte) ([]byte, error) {
	return testNativeRollup.abi.Pack("finalizeWithdrawal", withdrawal, l2BlockNumber, accountProof, storageProof)
}

// PackForcedHead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x433b953f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedHead() view returns(uint64)
func (testNativeRollup *TestNativeRollup) PackForcedHead() []byte {
	enc, err := testNativeRollup.abi.Pack("forcedHead")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedHead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x433b953f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedHead() view returns(uint64)
func (testNativeRollup *TestNativeRollup) TryPackForcedHead() ([]byte, error) {
	return testNativeRollup.abi.Pack("forcedHead")
}

// UnpackForcedHead is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x433b953f.
//
// Solidity: function forcedHead() view returns(uint64)
func (testNativeRollup *TestNativeRollup) UnpackForcedHead(data []byte) (uint64, error) {
	out, err := testNativeRollup.abi.Unpack("forcedHead", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackForcedInclusionDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2f7641.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedInclusionDelay() view returns(uint256)
func (testNativeRollup *TestNativeRollup) PackForcedInclusionDelay() []byte {
	enc, err := testNativeRollup.abi.Pack("forcedInclusionDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedInclusionDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2f7641.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedInclusionDelay() view returns(uint256)
func (testNativeRollup *TestNativeRollup) TryPackForcedInclusionDelay() ([]byte, error) {
	return testNativeRollup.abi.Pack("forcedInclusionDelay")
}

// UnpackForcedInclusionDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f2f7641.
//
// Solidity: function forcedInclusionDelay() view returns(uint256)
func (testNativeRollup *TestNativeRollup) UnpackForcedInclusionDelay(data []byte) (*big.Int, error) {
	out, err := testNativeRollup.abi.Unpack("forcedInclusionDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackForcedTail is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52e863bd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedTail() view returns(uint64)
func (testNativeRollup *TestNativeRollup) PackForcedTail() []byte {
	enc, err := testNativeRollup.abi.Pack("forcedTail")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedTail is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52e863bd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedTail() view returns(uint64)
func (testNativeRollup *TestNativeRollup) TryPackForcedTail() ([]byte, error) {
	return testNativeRollup.abi.Pack("forcedTail")
}

// UnpackForcedTail is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52e863bd.
//
// Solidity: function forcedTail() view returns(uint64)
func (testNativeRollup *TestNativeRollup) UnpackForcedTail(data []byte) (uint64, error) {
	out, err := testNativeRollup.abi.Unpack("forcedTail", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackForcedTransaction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1871c11.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedTransaction(uint256 index) view returns((bytes32,uint256,uint256) q)
func (testNativeRollup *TestNativeRollup) PackForcedTransaction(index *big.Int) []byte {
	enc, err := testNativeRollup.abi.Pack("forcedTransaction", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedTransaction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1871c11.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedTransaction(uint256 index) view returns((bytes32,uint256,uint256) q)
func (testNativeRollup *TestNativeRollup) TryPackForcedTransaction(index *big.Int) ([]byte, error) {
	return testNativeRollup.abi.Pack("forcedTransaction", index)
}

// UnpackForcedTransaction is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1871c11.
//
// Solidity: function forcedTransaction(uint256 index) view returns((bytes32,uint256,uint256) q)
func (testNativeRollup *TestNativeRollup) UnpackForcedTransaction(data []byte) (ForcedInclusionQueuedTransaction, error) {
	out, err := testNativeRollup.abi.Unpack("forcedTransaction", data)
	if err != nil {
		return *new(ForcedInclusionQueuedTransaction), err
	}
	out0 := *abi.ConvertType(out[0], new(ForcedInclusionQueuedTransaction)).(*ForcedInclusionQueuedTransaction)
	return out0, nil
}

// PackHistorySize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b1306fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function historySize() view returns(uint64)
func (testNativeRollup *TestNativeRollup) PackHistorySize() []byte {
	enc, err := testNativeRollup.abi.Pack("historySize")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHistorySize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b1306fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function historySize() view returns(uint64)
func (testNativeRollup *TestNativeRollup) TryPackHistorySize() ([]byte, error) {
	return testNativeRollup.abi.Pack("historySize")
}

// UnpackHistorySize is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3b1306fd.
//
// Solidity: function historySize() view returns(uint64)
func (testNativeRollup *TestNativeRollup) UnpackHistorySize(data []byte) (uint64, error) {
	out, err := testNativeRollup.abi.Unpack("historySize", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackLastSequencerAdvanceTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb131d66.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastSequencerAdvanceTime() view returns(uint64)
func (testNativeRollup *TestNativeRollup) PackLastSequencerAdvanceTime() []byte {
	enc, err := testNativeRollup.abi.Pack("lastSequencerAdvanceTime")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastSequencerAdvanceTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb131d66.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastSequencerAdvanceTime() view returns(uint64)
func (testNativeRollup *TestNativeRollup) TryPackLastSequencerAdvanceTime() ([]byte, error) {
	return testNativeRollup.abi.Pack("lastSequencerAdvanceTime")
}

// UnpackLastSequencerAdvanceTime is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb131d66.
//
// Solidity: function lastSequencerAdvanceTime() view returns(uint64)
func (testNativeRollup *TestNativeRollup) UnpackLastSequencerAdvanceTime(data []byte) (uint64, error) {
	out, err := testNativeRollup.abi.Unpack("lastSequencerAdvanceTime", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMaxGasLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e45da23.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxGasLimit() view returns(uint64)
func (testNativeRollup *TestNativeRollup) PackMaxGasLimit() []byte {
	enc, err := testNativeRollup.abi.Pack("maxGasLimit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxGasLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e45da23.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxGasLimit() view returns(uint64)
func (testNativeRollup *TestNativeRollup) TryPackMaxGasLimit() ([]byte, error) {
	return testNativeRollup.abi.Pack("maxGasLimit")
}

// UnpackMaxGasLimit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5e45da23.
//
// Solidity: function maxGasLimit() view returns(uint64)
func (testNativeRollup *TestNativeRollup) UnpackMaxGasLimit(data []byte) (uint64, error) {
	out, err := testNativeRollup.abi.Unpack("maxGasLimit", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMinGasLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5aeb4d77.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minGasLimit() view returns(uint64)
func (testNativeRollup *TestNativeRollup) PackMinGasLimit() []byte {
	enc, err := testNativeRollup.abi.Pack("minGasLimit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinGasLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5aeb4d77.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minGasLimit() view returns(uint64)
func (testNativeRollup *TestNativeRollup) TryPackMinGasLimit() ([]byte, error) {
	return testNativeRollup.abi.Pack("minGasLimit")
}

// UnpackMinGasLimit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5aeb4d77.
//
// Solidity: function minGasLimit() view returns(uint64)
func (testNativeRollup *TestNativeRollup) UnpackMinGasLimit(data []byte) (uint64, error) {
	out, err := testNativeRollup.abi.Unpack("minGasLimit", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackQueueForcedTransaction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76426a1f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queueForcedTransaction(bytes signedTx) payable returns(uint256 index)
func (testNativeRollup *TestNativeRollup) PackQueueForcedTransaction(signedTx []byte) []byte {
	enc, err := testNativeRollup.abi.Pack("queueForcedTransaction", signedTx)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueueForcedTransaction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76426a1f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queueForcedTransaction(bytes signedTx) payable returns(uint256 index)
func (testNativeRollup *TestNativeRollup) TryPackQueueForcedTransaction(signedTx []byte) ([]byte, error) {
	return testNativeRollup.abi.Pack("queueForcedTransaction", signedTx)
}

// UnpackQueueForcedTransaction is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76426a1f.
//
// Solidity: function queueForcedTransaction(bytes signedTx) payable returns(uint256 index)
func (testNativeRollup *TestNativeRollup) UnpackQueueForcedTransaction(data []byte) (*big.Int, error) {
	out, err := testNativeRollup.abi.Unpack("queueForcedTransaction", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSequencer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c1bba38.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sequencer() view returns(address)
func (testNativeRollup *TestNativeRollup) PackSequencer() []byte {
	enc, err := testNativeRollup.abi.Pack("sequencer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSequencer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c1bba38.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sequencer() view returns(address)
func (testNativeRollup *TestNativeRollup) TryPackSequencer() ([]byte, error) {
	return testNativeRollup.abi.Pack("sequencer")
}

// UnpackSequencer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c1bba38.
//
// Solidity: function sequencer() view returns(address)
func (testNativeRollup *TestNativeRollup) UnpackSequencer(data []byte) (common.Address, error) {
	out, err := testNativeRollup.abi.Unpack("sequencer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSequencerWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf73a5f7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sequencerWindow() view returns(uint64)
func (testNativeRollup *TestNativeRollup) PackSequencerWindow() []byte {
	enc, err := testNativeRollup.abi.Pack("sequencerWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSequencerWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf73a5f7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sequencerWindow() view returns(uint64)
func (testNativeRollup *TestNativeRollup) TryPackSequencerWindow() ([]byte, error) {
	return testNativeRollup.abi.Pack("sequencerWindow")
}

// UnpackSequencerWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaf73a5f7.
//
// Solidity: function sequencerWindow() view returns(uint64)
func (testNativeRollup *TestNativeRollup) UnpackSequencerWindow(data []byte) (uint64, error) {
	out, err := testNativeRollup.abi.Unpack("sequencerWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSettleGasBound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x479d96bd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleGasBound(uint64 gasLimit, uint256 payloadBytes) pure returns(uint256)
func (testNativeRollup *TestNativeRollup) PackSettleGasBound(gasLimit uint64, payloadBytes *big.Int) []byte {
	enc, err := testNativeRollup.abi.Pack("settleGasBound", gasLimit, payloadBytes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleGasBound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x479d96bd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleGasBound(uint64 gasLimit, uint256 payloadBytes) pure returns(uint256)
func (testNativeRollup *TestNativeRollup) TryPackSettleGasBound(gasLimit uint64, payloadBytes *big.Int) ([]byte, error) {
	return testNativeRollup.abi.Pack("settleGasBound", gasLimit, payloadBytes)
}

// UnpackSettleGasBound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x479d96bd.
//
// Solidity: function settleGasBound(uint64 gasLimit, uint256 payloadBytes) pure returns(uint256)
func (testNativeRollup *TestNativeRollup) UnpackSettleGasBound(data []byte) (*big.Int, error) {
	out, err := testNativeRollup.abi.Unpack("settleGasBound", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSettleable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa04db18e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleable(uint64 gasLimit, uint256 payloadBytes) pure returns(bool)
func (testNativeRollup *TestNativeRollup) PackSettleable(gasLimit uint64, payloadBytes *big.Int) []byte {
	enc, err := testNativeRollup.abi.Pack("settleable", gasLimit, payloadBytes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa04db18e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleable(uint64 gasLimit, uint256 payloadBytes) pure returns(bool)
func (testNativeRollup *TestNativeRollup) TryPackSettleable(gasLimit uint64, payloadBytes *big.Int) ([]byte, error) {
	return testNativeRollup.abi.Pack("settleable", gasLimit, payloadBytes)
}

// UnpackSettleable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa04db18e.
//
// Solidity: function settleable(uint64 gasLimit, uint256 payloadBytes) pure returns(bool)
func (testNativeRollup *TestNativeRollup) UnpackSettleable(data []byte) (bool, error) {
	out, err := testNativeRollup.abi.Unpack("settleable", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSkipForcedTransaction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0a16785.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function skipForcedTransaction(bytes signedTx, bytes[] accountProof, bytes senderCode, bytes headHeader) returns(uint8 reason)
func (testNativeRollup *TestNativeRollup) PackSkipForcedTransaction(signedTx []byte, accountProof [][]byte, senderCode []byte, headHeader []byte) []byte {
	enc, err := testNativeRollup.abi.Pack("skipForcedTransaction", signedTx, accountProof, senderCode, headHeader)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSkipForcedTransaction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0a16785.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function skipForcedTransaction(bytes signedTx, bytes[] accountProof, bytes senderCode, bytes headHeader) returns(uint8 reason)
func (testNativeRollup *TestNativeRollup) TryPackSkipForcedTransaction(signedTx []byte, accountProof [][]byte, senderCode []byte, headHeader []byte) ([]byte, error) {
	return testNativeRollup.abi.Pack("skipForcedTransaction", signedTx, accountProof, senderCode, headHeader)
}

// UnpackSkipForcedTransaction is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd0a16785.
//
// Solidity: function skipForcedTransaction(bytes signedTx, bytes[] accountProof, bytes senderCode, bytes headHeader) returns(uint8 reason)
func (testNativeRollup *TestNativeRollup) UnpackSkipForcedTransaction(data []byte) (uint8, error) {
	out, err := testNativeRollup.abi.Unpack("skipForcedTransaction", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackStateRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9588eca2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stateRoot() view returns(bytes32)
func (testNativeRollup *TestNativeRollup) PackStateRoot() []byte {
	enc, err := testNativeRollup.abi.Pack("stateRoot")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStateRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9588eca2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stateRoot() view returns(bytes32)
func (testNativeRollup *TestNativeRollup) TryPackStateRoot() ([]byte, error) {
	return testNativeRollup.abi.Pack("stateRoot")
}

// UnpackStateRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9588eca2.
//
// Solidity: function stateRoot() view returns(bytes32)
func (testNativeRollup *TestNativeRollup) UnpackStateRoot(data []byte) ([32]byte, error) {
	out, err := testNativeRollup.abi.Unpack("stateRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackStateRootAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46241e8e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stateRootAt(uint64 l2BlockNumber) view returns(bytes32)
func (testNativeRollup *TestNativeRollup) PackStateRootAt(l2BlockNumber uint64) []byte {
	enc, err := testNativeRollup.abi.Pack("stateRootAt", l2BlockNumber)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStateRootAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46241e8e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stateRootAt(uint64 l2BlockNumber) view returns(bytes32)
func (testNativeRollup *TestNativeRollup) TryPackStateRootAt(l2BlockNumber uint64) ([]byte, error) {
	return testNativeRollup.abi.Pack("stateRootAt", l2BlockNumber)
}

// UnpackStateRootAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46241e8e.
//
// Solidity: function stateRootAt(uint64 l2BlockNumber) view returns(bytes32)
func (testNativeRollup *TestNativeRollup) UnpackStateRootAt(data []byte) ([32]byte, error) {
	out, err := testNativeRollup.abi.Unpack("stateRootAt", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackWithdrawalFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb35e93e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawalFinalized(bytes32 withdrawalHash) view returns(bool)
func (testNativeRollup *TestNativeRollup) PackWithdrawalFinalized(withdrawalHash [32]byte) []byte {
	enc, err := testNativeRollup.abi.Pack("withdrawalFinalized", withdrawalHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawalFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb35e93e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawalFinalized(bytes32 withdrawalHash) view returns(bool)
func (testNativeRollup *TestNativeRollup) TryPackWithdrawalFinalized(withdrawalHash [32]byte) ([]byte, error) {
	return testNativeRollup.abi.Pack("withdrawalFinalized", withdrawalHash)
}

// UnpackWithdrawalFinalized is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb35e93e.
//
// Solidity: function withdrawalFinalized(bytes32 withdrawalHash) view returns(bool)
func (testNativeRollup *TestNativeRollup) UnpackWithdrawalFinalized(data []byte) (bool, error) {
	out, err := testNativeRollup.abi.Unpack("withdrawalFinalized", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// TestNativeRollupBlockAdvanced represents a BlockAdvanced event raised by the TestNativeRollup contract.
type TestNativeRollupBlockAdvanced struct {
	Number    uint64
	BlockHash [32]byte
	StateRoot [32]byte
	Anchor    [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const TestNativeRollupBlockAdvancedEventName = "BlockAdvanced"

// ContractEventName returns the user-defined event name.
func (TestNativeRollupBlockAdvanced) ContractEventName() string {
	return TestNativeRollupBlockAdvancedEventName
}

// UnpackBlockAdvancedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BlockAdvanced(uint64 indexed number, bytes32 blockHash, bytes32 stateRoot, bytes32 anchor)
func (testNativeRollup *TestNativeRollup) UnpackBlockAdvancedEvent(log *types.Log) (*TestNativeRollupBlockAdvanced, error) {
	event := "BlockAdvanced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testNativeRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestNativeRollupBlockAdvanced)
	if len(log.Data) > 0 {
		if err := testNativeRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testNativeRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TestNativeRollupDepositSent represents a DepositSent event raised by the TestNativeRollup contract.
type TestNativeRollupDepositSent struct {
	DepositHash [32]byte
	Deposit     MessagesDeposit
	Raw         *types.Log // Blockchain specific contextual infos
}

const TestNativeRollupDepositSentEventName = "DepositSent"

// ContractEventName returns the user-defined event name.
func (TestNativeRollupDepositSent) ContractEventName() string {
	return TestNativeRollupDepositSentEventName
}

// UnpackDepositSentEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DepositSent(bytes32 indexed depositHash, (uint256,address,address,uint256,uint256) deposit)
func (testNativeRollup *TestNativeRollup) UnpackDepositSentEvent(log *types.Log) (*TestNativeRollupDepositSent, error) {
	event := "DepositSent"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testNativeRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestNativeRollupDepositSent)
	if len(log.Data) > 0 {
		if err := testNativeRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testNativeRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TestNativeRollupForcedTransactionIncluded represents a ForcedTransactionIncluded event raised by the TestNativeRollup contract.
type TestNativeRollupForcedTransactionIncluded struct {
	Index         *big.Int
	TxHash        [32]byte
	L2BlockNumber uint64
	Raw           *types.Log // Blockchain specific contextual infos
}

const TestNativeRollupForcedTransactionIncludedEventName = "ForcedTransactionIncluded"

// ContractEventName returns the user-defined event name.
func (TestNativeRollupForcedTransactionIncluded) ContractEventName() string {
	return TestNativeRollupForcedTransactionIncludedEventName
}

// UnpackForcedTransactionIncludedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ForcedTransactionIncluded(uint256 indexed index, bytes32 indexed txHash, uint64 l2BlockNumber)
func (testNativeRollup *TestNativeRollup) UnpackForcedTransactionIncludedEvent(log *types.Log) (*TestNativeRollupForcedTransactionIncluded, error) {
	event := "ForcedTransactionIncluded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testNativeRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestNativeRollupForcedTransactionIncluded)
	if len(log.Data) > 0 {
		if err := testNativeRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testNativeRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TestNativeRollupForcedTransactionQueued represents a ForcedTransactionQueued event raised by the TestNativeRollup contract.
type TestNativeRollupForcedTransactionQueued struct {
	Index       *big.Int
	TxHash      [32]byte
	Sender      common.Address
	DueAt       *big.Int
	Transaction []byte
	Raw         *types.Log // Blockchain specific contextual infos
}

const TestNativeRollupForcedTransactionQueuedEventName = "ForcedTransactionQueued"

// ContractEventName returns the user-defined event name.
func (TestNativeRollupForcedTransactionQueued) ContractEventName() string {
	return TestNativeRollupForcedTransactionQueuedEventName
}

// UnpackForcedTransactionQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ForcedTransactionQueued(uint256 indexed index, bytes32 indexed txHash, address indexed sender, uint256 dueAt, bytes transaction)
func (testNativeRollup *TestNativeRollup) UnpackForcedTransactionQueuedEvent(log *types.Log) (*TestNativeRollupForcedTransactionQueued, error) {
	event := "ForcedTransactionQueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testNativeRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestNativeRollupForcedTransactionQueued)
	if len(log.Data) > 0 {
		if err := testNativeRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testNativeRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TestNativeRollupForcedTransactionSkipped represents a ForcedTransactionSkipped event raised by the TestNativeRollup contract.
type TestNativeRollupForcedTransactionSkipped struct {
	Index  *big.Int
	TxHash [32]byte
	Reason uint8
	Raw    *types.Log // Blockchain specific contextual infos
}

const TestNativeRollupForcedTransactionSkippedEventName = "ForcedTransactionSkipped"

// ContractEventName returns the user-defined event name.
func (TestNativeRollupForcedTransactionSkipped) ContractEventName() string {
	return TestNativeRollupForcedTransactionSkippedEventName
}

// UnpackForcedTransactionSkippedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ForcedTransactionSkipped(uint256 indexed index, bytes32 indexed txHash, uint8 reason)
func (testNativeRollup *TestNativeRollup) UnpackForcedTransactionSkippedEvent(log *types.Log) (*TestNativeRollupForcedTransactionSkipped, error) {
	event := "ForcedTransactionSkipped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testNativeRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestNativeRollupForcedTransactionSkipped)
	if len(log.Data) > 0 {
		if err := testNativeRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testNativeRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TestNativeRollupWithdrawalFinalized represents a WithdrawalFinalized event raised by the TestNativeRollup contract.
type TestNativeRollupWithdrawalFinalized struct {
	WithdrawalHash [32]byte
	Withdrawal     MessagesWithdrawal
	Raw            *types.Log // Blockchain specific contextual infos
}

const TestNativeRollupWithdrawalFinalizedEventName = "WithdrawalFinalized"

// ContractEventName returns the user-defined event name.
func (TestNativeRollupWithdrawalFinalized) ContractEventName() string {
	return TestNativeRollupWithdrawalFinalizedEventName
}

// UnpackWithdrawalFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawalFinalized(bytes32 indexed withdrawalHash, (uint256,address,address,uint256) withdrawal)
func (testNativeRollup *TestNativeRollup) UnpackWithdrawalFinalizedEvent(log *types.Log) (*TestNativeRollupWithdrawalFinalized, error) {
	event := "WithdrawalFinalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testNativeRollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestNativeRollupWithdrawalFinalized)
	if len(log.Data) > 0 {
		if err := testNativeRollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testNativeRollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (testNativeRollup *TestNativeRollup) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["AccountNotInState"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackAccountNotInStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["AnchorOutOfRange"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackAnchorOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["BlockTooLarge"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackBlockTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["ExecuteFailed"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackExecuteFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["ExecuteUnavailable"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackExecuteUnavailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["ForcedInclusionFeeTooLow"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackForcedInclusionFeeTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["ForcedQueueEmpty"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackForcedQueueEmptyError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["ForcedTransactionMismatch"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackForcedTransactionMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["ForcedTransactionNotIncluded"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackForcedTransactionNotIncludedError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["ForcedTransactionTooLarge"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackForcedTransactionTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["ForcedTransactionValid"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackForcedTransactionValidError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["GasLimitOutsidePolicy"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackGasLimitOutsidePolicyError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["GasLimitsOutOfRange"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackGasLimitsOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["GenesisTimestampInFuture"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackGenesisTimestampInFutureError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["GenesisUnset"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackGenesisUnsetError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["HeadHeaderMismatch"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackHeadHeaderMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["HistorySizeTooSmall"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackHistorySizeTooSmallError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["InitcodeTooLarge"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackInitcodeTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["IntrinsicGasTooLow"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackIntrinsicGasTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["InvalidChainId"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackInvalidChainIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["InvalidClaim"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackInvalidClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["InvalidDeposit"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackInvalidDepositError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["InvalidTransactionSignature"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackInvalidTransactionSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["MPTEmptyValue"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackMPTEmptyValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["MPTExtraProofNodes"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackMPTExtraProofNodesError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["MPTInvalidNode"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackMPTInvalidNodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["MPTInvalidNodeHash"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackMPTInvalidNodeHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["MPTInvalidRootHash"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackMPTInvalidRootHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["MPTProofTooShort"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackMPTProofTooShortError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["MalformedAccount"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackMalformedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["MalformedStorageValue"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackMalformedStorageValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["MalformedTransaction"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackMalformedTransactionError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["RLPEmptyInput"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackRLPEmptyInputError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["RLPIntegerTooLarge"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackRLPIntegerTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["RLPNonCanonical"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackRLPNonCanonicalError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["RLPNotAList"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackRLPNotAListError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["RLPNotAString"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackRLPNotAStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["RLPTrailingBytes"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackRLPTrailingBytesError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["RLPTruncated"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackRLPTruncatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["SenderCodeMismatch"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackSenderCodeMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["SequencerExclusive"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackSequencerExclusiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["SequencerUnset"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackSequencerUnsetError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["SequencerWindowOutOfRange"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackSequencerWindowOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["StateRootUnavailable"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackStateRootUnavailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["TimestampOutOfRange"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackTimestampOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["TipAboveFeeCap"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackTipAboveFeeCapError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["TransactionCostOverflow"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackTransactionCostOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["TransactionGasTooHigh"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackTransactionGasTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["UnsupportedTransactionType"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackUnsupportedTransactionTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["WithdrawalAlreadyFinalized"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackWithdrawalAlreadyFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["WithdrawalNotProven"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackWithdrawalNotProvenError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["WrongTransactionChainId"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackWrongTransactionChainIdError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TestNativeRollupAccountNotInState represents a AccountNotInState error raised by the TestNativeRollup contract.
type TestNativeRollupAccountNotInState struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccountNotInState(address account)
func TestNativeRollupAccountNotInStateErrorID() common.Hash {
	return common.HexToHash("0x39262529707a9354ddf1871bf12f4404f26fb19b007f771e28807bde9b9d99dc")
}

// UnpackAccountNotInStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccountNotInState(address account)
func (testNativeRollup *TestNativeRollup) UnpackAccountNotInStateError(raw []byte) (*TestNativeRollupAccountNotInState, error) {
	out := new(TestNativeRollupAccountNotInState)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "AccountNotInState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupAnchorOutOfRange represents a AnchorOutOfRange error raised by the TestNativeRollup contract.
type TestNativeRollupAnchorOutOfRange struct {
	AnchorBlockNumber uint64
	PreviousAnchor    uint64
	L1BlockNumber     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AnchorOutOfRange(uint64 anchorBlockNumber, uint64 previousAnchor, uint256 l1BlockNumber)
func TestNativeRollupAnchorOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xf4b770e8a9ea34fce3610e988701b7238e39062507c4b4d3fc591e402629a522")
}

// UnpackAnchorOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AnchorOutOfRange(uint64 anchorBlockNumber, uint64 previousAnchor, uint256 l1BlockNumber)
func (testNativeRollup *TestNativeRollup) UnpackAnchorOutOfRangeError(raw []byte) (*TestNativeRollupAnchorOutOfRange, error) {
	out := new(TestNativeRollupAnchorOutOfRange)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "AnchorOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupBlockTooLarge represents a BlockTooLarge error raised by the TestNativeRollup contract.
type TestNativeRollupBlockTooLarge struct {
	PayloadBytes *big.Int
	GasLimit     uint64
	SettleGas    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BlockTooLarge(uint256 payloadBytes, uint64 gasLimit, uint256 settleGas)
func TestNativeRollupBlockTooLargeErrorID() common.Hash {
	return common.HexToHash("0xee5f6446a06082d05ad2314f6bae9003a1bb34e140bfbb38df90588c4f818784")
}

// UnpackBlockTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BlockTooLarge(uint256 payloadBytes, uint64 gasLimit, uint256 settleGas)
func (testNativeRollup *TestNativeRollup) UnpackBlockTooLargeError(raw []byte) (*TestNativeRollupBlockTooLarge, error) {
	out := new(TestNativeRollupBlockTooLarge)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "BlockTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupExecuteFailed represents a ExecuteFailed error raised by the TestNativeRollup contract.
type TestNativeRollupExecuteFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExecuteFailed()
func TestNativeRollupExecuteFailedErrorID() common.Hash {
	return common.HexToHash("0xd6bed873b61e0c022a3041c8750c4aeea171d77d891747ae05542d8f625f98b9")
}

// UnpackExecuteFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExecuteFailed()
func (testNativeRollup *TestNativeRollup) UnpackExecuteFailedError(raw []byte) (*TestNativeRollupExecuteFailed, error) {
	out := new(TestNativeRollupExecuteFailed)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "ExecuteFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupExecuteUnavailable represents a ExecuteUnavailable error raised by the TestNativeRollup contract.
type TestNativeRollupExecuteUnavailable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExecuteUnavailable()
func TestNativeRollupExecuteUnavailableErrorID() common.Hash {
	return common.HexToHash("0xdabc3a388fbd683130ee328eb86b4826e2c9e36e66f97838462c47a62c3fd276")
}

// UnpackExecuteUnavailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExecuteUnavailable()
func (testNativeRollup *TestNativeRollup) UnpackExecuteUnavailableError(raw []byte) (*TestNativeRollupExecuteUnavailable, error) {
	out := new(TestNativeRollupExecuteUnavailable)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "ExecuteUnavailable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupForcedInclusionFeeTooLow represents a ForcedInclusionFeeTooLow error raised by the TestNativeRollup contract.
type TestNativeRollupForcedInclusionFeeTooLow struct {
	Paid     *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ForcedInclusionFeeTooLow(uint256 paid, uint256 required)
func TestNativeRollupForcedInclusionFeeTooLowErrorID() common.Hash {
	return common.HexToHash("0xf661aa8b127a651cf44f7cc491827574dbaafe40bb2492660f2313625fb92e6f")
}

// UnpackForcedInclusionFeeTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ForcedInclusionFeeTooLow(uint256 paid, uint256 required)
func (testNativeRollup *TestNativeRollup) UnpackForcedInclusionFeeTooLowError(raw []byte) (*TestNativeRollupForcedInclusionFeeTooLow, error) {
	out := new(TestNativeRollupForcedInclusionFeeTooLow)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "ForcedInclusionFeeTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupForcedQueueEmpty represents a ForcedQueueEmpty error raised by the TestNativeRollup contract.
type TestNativeRollupForcedQueueEmpty struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ForcedQueueEmpty()
func TestNativeRollupForcedQueueEmptyErrorID() common.Hash {
	return common.HexToHash("0x556eb3fb8b118770900c0acc8ba23233f13c14105d444caa5badbfbd86f3f3de")
}

// UnpackForcedQueueEmptyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ForcedQueueEmpty()
func (testNativeRollup *TestNativeRollup) UnpackForcedQueueEmptyError(raw []byte) (*TestNativeRollupForcedQueueEmpty, error) {
	out := new(TestNativeRollupForcedQueueEmpty)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "ForcedQueueEmpty", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupForcedTransactionMismatch represents a ForcedTransactionMismatch error raised by the TestNativeRollup contract.
type TestNativeRollupForcedTransactionMismatch struct {
	Index  *big.Int
	Queued [32]byte
	Given  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ForcedTransactionMismatch(uint256 index, bytes32 queued, bytes32 given)
func TestNativeRollupForcedTransactionMismatchErrorID() common.Hash {
	return common.HexToHash("0x176da328c928915b96a6e368677c01d6971aa892e86bbdf8ef92d949d6c40a13")
}

// UnpackForcedTransactionMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ForcedTransactionMismatch(uint256 index, bytes32 queued, bytes32 given)
func (testNativeRollup *TestNativeRollup) UnpackForcedTransactionMismatchError(raw []byte) (*TestNativeRollupForcedTransactionMismatch, error) {
	out := new(TestNativeRollupForcedTransactionMismatch)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "ForcedTransactionMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupForcedTransactionNotIncluded represents a ForcedTransactionNotIncluded error raised by the TestNativeRollup contract.
type TestNativeRollupForcedTransactionNotIncluded struct {
	Index  *big.Int
	TxHash [32]byte
	DueAt  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ForcedTransactionNotIncluded(uint256 index, bytes32 txHash, uint256 dueAt)
func TestNativeRollupForcedTransactionNotIncludedErrorID() common.Hash {
	return common.HexToHash("0xd4b6d93a7fbefbd350cbecff7bad6025f8327947eca31237f3fc35963bab50d0")
}

// UnpackForcedTransactionNotIncludedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ForcedTransactionNotIncluded(uint256 index, bytes32 txHash, uint256 dueAt)
func (testNativeRollup *TestNativeRollup) UnpackForcedTransactionNotIncludedError(raw []byte) (*TestNativeRollupForcedTransactionNotIncluded, error) {
	out := new(TestNativeRollupForcedTransactionNotIncluded)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "ForcedTransactionNotIncluded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupForcedTransactionTooLarge represents a ForcedTransactionTooLarge error raised by the TestNativeRollup contract.
type TestNativeRollupForcedTransactionTooLarge struct {
	Size *big.Int
	Max  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ForcedTransactionTooLarge(uint256 size, uint256 max)
func TestNativeRollupForcedTransactionTooLargeErrorID() common.Hash {
	return common.HexToHash("0x36ffd370aa28567fafc9fb136f981e7032fc6f27d3b7a95f9c03d2b864ca1b6d")
}

// UnpackForcedTransactionTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ForcedTransactionTooLarge(uint256 size, uint256 max)
func (testNativeRollup *TestNativeRollup) UnpackForcedTransactionTooLargeError(raw []byte) (*TestNativeRollupForcedTransactionTooLarge, error) {
	out := new(TestNativeRollupForcedTransactionTooLarge)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "ForcedTransactionTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupForcedTransactionValid represents a ForcedTransactionValid error raised by the TestNativeRollup contract.
type TestNativeRollupForcedTransactionValid struct {
	Index  *big.Int
	TxHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ForcedTransactionValid(uint256 index, bytes32 txHash)
func TestNativeRollupForcedTransactionValidErrorID() common.Hash {
	return common.HexToHash("0x3e976768019da5f59989d7ddb4caf623224e7dba5013465ebecd89e7bc653128")
}

// UnpackForcedTransactionValidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ForcedTransactionValid(uint256 index, bytes32 txHash)
func (testNativeRollup *TestNativeRollup) UnpackForcedTransactionValidError(raw []byte) (*TestNativeRollupForcedTransactionValid, error) {
	out := new(TestNativeRollupForcedTransactionValid)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "ForcedTransactionValid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupGasLimitOutsidePolicy represents a GasLimitOutsidePolicy error raised by the TestNativeRollup contract.
type TestNativeRollupGasLimitOutsidePolicy struct {
	GasLimit    uint64
	MinGasLimit uint64
	MaxGasLimit uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GasLimitOutsidePolicy(uint64 gasLimit, uint64 minGasLimit, uint64 maxGasLimit)
func TestNativeRollupGasLimitOutsidePolicyErrorID() common.Hash {
	return common.HexToHash("0xc8eb5e5f977f6f007c7005682af4f5c4299c70b82690a274e79498e717ba7113")
}

// UnpackGasLimitOutsidePolicyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GasLimitOutsidePolicy(uint64 gasLimit, uint64 minGasLimit, uint64 maxGasLimit)
func (testNativeRollup *TestNativeRollup) UnpackGasLimitOutsidePolicyError(raw []byte) (*TestNativeRollupGasLimitOutsidePolicy, error) {
	out := new(TestNativeRollupGasLimitOutsidePolicy)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "GasLimitOutsidePolicy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupGasLimitsOutOfRange represents a GasLimitsOutOfRange error raised by the TestNativeRollup contract.
type TestNativeRollupGasLimitsOutOfRange struct {
	MinGasLimit uint64
	MaxGasLimit uint64
	Floor       uint64
	Ceiling     uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GasLimitsOutOfRange(uint64 minGasLimit, uint64 maxGasLimit, uint64 floor, uint64 ceiling)
func TestNativeRollupGasLimitsOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xd2be076aad547e785177f73ffe63b0bb53a5450ceeff7fef48ee8c130e5e6699")
}

// UnpackGasLimitsOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GasLimitsOutOfRange(uint64 minGasLimit, uint64 maxGasLimit, uint64 floor, uint64 ceiling)
func (testNativeRollup *TestNativeRollup) UnpackGasLimitsOutOfRangeError(raw []byte) (*TestNativeRollupGasLimitsOutOfRange, error) {
	out := new(TestNativeRollupGasLimitsOutOfRange)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "GasLimitsOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupGenesisTimestampInFuture represents a GenesisTimestampInFuture error raised by the TestNativeRollup contract.
type TestNativeRollupGenesisTimestampInFuture struct {
	GenesisTimestamp uint64
	L1Timestamp      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GenesisTimestampInFuture(uint64 genesisTimestamp, uint256 l1Timestamp)
func TestNativeRollupGenesisTimestampInFutureErrorID() common.Hash {
	return common.HexToHash("0xddbe5bb8f44244901a2afad9bfa5b4829533ec01d5235f45304b41f87716444f")
}

// UnpackGenesisTimestampInFutureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GenesisTimestampInFuture(uint64 genesisTimestamp, uint256 l1Timestamp)
func (testNativeRollup *TestNativeRollup) UnpackGenesisTimestampInFutureError(raw []byte) (*TestNativeRollupGenesisTimestampInFuture, error) {
	out := new(TestNativeRollupGenesisTimestampInFuture)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "GenesisTimestampInFuture", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupGenesisUnset represents a GenesisUnset error raised by the TestNativeRollup contract.
type TestNativeRollupGenesisUnset struct {
	GenesisHash      [32]byte
	GenesisStateRoot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GenesisUnset(bytes32 genesisHash, bytes32 genesisStateRoot)
func TestNativeRollupGenesisUnsetErrorID() common.Hash {
	return common.HexToHash("0xaa186dfc8ae744a23654f3afc38ee291507cbb6920e433bf14115d054fb591c2")
}

// UnpackGenesisUnsetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GenesisUnset(bytes32 genesisHash, bytes32 genesisStateRoot)
func (testNativeRollup *TestNativeRollup) UnpackGenesisUnsetError(raw []byte) (*TestNativeRollupGenesisUnset, error) {
	out := new(TestNativeRollupGenesisUnset)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "GenesisUnset", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupHeadHeaderMismatch represents a HeadHeaderMismatch error raised by the TestNativeRollup contract.
type TestNativeRollupHeadHeaderMismatch struct {
	HeaderHash [32]byte
	BlockHash  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HeadHeaderMismatch(bytes32 headerHash, bytes32 blockHash)
func TestNativeRollupHeadHeaderMismatchErrorID() common.Hash {
	return common.HexToHash("0x073af8eb77adeed2da561f740c78e13b63eae71cddc312fbe269519ebd15c0ea")
}

// UnpackHeadHeaderMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HeadHeaderMismatch(bytes32 headerHash, bytes32 blockHash)
func (testNativeRollup *TestNativeRollup) UnpackHeadHeaderMismatchError(raw []byte) (*TestNativeRollupHeadHeaderMismatch, error) {
	out := new(TestNativeRollupHeadHeaderMismatch)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "HeadHeaderMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupHistorySizeTooSmall represents a HistorySizeTooSmall error raised by the TestNativeRollup contract.
type TestNativeRollupHistorySizeTooSmall struct {
	HistorySize uint64
	Min         uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HistorySizeTooSmall(uint64 historySize, uint64 min)
func TestNativeRollupHistorySizeTooSmallErrorID() common.Hash {
	return common.HexToHash("0x159a34f4f774dc1f6a300d0e8a6c584c9e0116189b95b3a2278c51f7ed58bea7")
}

// UnpackHistorySizeTooSmallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HistorySizeTooSmall(uint64 historySize, uint64 min)
func (testNativeRollup *TestNativeRollup) UnpackHistorySizeTooSmallError(raw []byte) (*TestNativeRollupHistorySizeTooSmall, error) {
	out := new(TestNativeRollupHistorySizeTooSmall)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "HistorySizeTooSmall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupInitcodeTooLarge represents a InitcodeTooLarge error raised by the TestNativeRollup contract.
type TestNativeRollupInitcodeTooLarge struct {
	Size *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InitcodeTooLarge(uint256 size)
func TestNativeRollupInitcodeTooLargeErrorID() common.Hash {
	return common.HexToHash("0xc1eed06b1e3b7ee37f0aafe48350ebec7f63a9b4fc5ea9369e73094c5edf0857")
}

// UnpackInitcodeTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InitcodeTooLarge(uint256 size)
func (testNativeRollup *TestNativeRollup) UnpackInitcodeTooLargeError(raw []byte) (*TestNativeRollupInitcodeTooLarge, error) {
	out := new(TestNativeRollupInitcodeTooLarge)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "InitcodeTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupIntrinsicGasTooLow represents a IntrinsicGasTooLow error raised by the TestNativeRollup contract.
type TestNativeRollupIntrinsicGasTooLow struct {
	GasLimit     uint64
	IntrinsicGas *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IntrinsicGasTooLow(uint64 gasLimit, uint256 intrinsicGas)
func TestNativeRollupIntrinsicGasTooLowErrorID() common.Hash {
	return common.HexToHash("0xfa353ba31423ef7e7022fc6658df76f2cdb993079c4b53d15f690c7bdc07a5c0")
}

// UnpackIntrinsicGasTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IntrinsicGasTooLow(uint64 gasLimit, uint256 intrinsicGas)
func (testNativeRollup *TestNativeRollup) UnpackIntrinsicGasTooLowError(raw []byte) (*TestNativeRollupIntrinsicGasTooLow, error) {
	out := new(TestNativeRollupIntrinsicGasTooLow)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "IntrinsicGasTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupInvalidChainId represents a InvalidChainId error raised by the TestNativeRollup contract.
type TestNativeRollupInvalidChainId struct {
	ChainId   uint64
	L1ChainId *big.Int
	Max       uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidChainId(uint64 chainId, uint256 l1ChainId, uint64 max)
func TestNativeRollupInvalidChainIdErrorID() common.Hash {
	return common.HexToHash("0x92e63b3ccdf7400de47257965606cacaf4f51918eabe39932031cfe489054c8c")
}

// UnpackInvalidChainIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidChainId(uint64 chainId, uint256 l1ChainId, uint64 max)
func (testNativeRollup *TestNativeRollup) UnpackInvalidChainIdError(raw []byte) (*TestNativeRollupInvalidChainId, error) {
	out := new(TestNativeRollupInvalidChainId)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "InvalidChainId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupInvalidClaim represents a InvalidClaim error raised by the TestNativeRollup contract.
type TestNativeRollupInvalidClaim struct {
	ComputedBlockHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidClaim(bytes32 computedBlockHash)
func TestNativeRollupInvalidClaimErrorID() common.Hash {
	return common.HexToHash("0xa3a88d9d33c417e61d0d70566e1ef43fe9e19771621e74de7057477a3292a189")
}

// UnpackInvalidClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidClaim(bytes32 computedBlockHash)
func (testNativeRollup *TestNativeRollup) UnpackInvalidClaimError(raw []byte) (*TestNativeRollupInvalidClaim, error) {
	out := new(TestNativeRollupInvalidClaim)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "InvalidClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupInvalidDeposit represents a InvalidDeposit error raised by the TestNativeRollup contract.
type TestNativeRollupInvalidDeposit struct {
	Value      *big.Int
	RelayerFee *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidDeposit(uint256 value, uint256 relayerFee)
func TestNativeRollupInvalidDepositErrorID() common.Hash {
	return common.HexToHash("0x77f67c46bcbbfd31bc27733d6df1af482b7314b70ddb5a7beb32b125b050534d")
}

// UnpackInvalidDepositError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidDeposit(uint256 value, uint256 relayerFee)
func (testNativeRollup *TestNativeRollup) UnpackInvalidDepositError(raw []byte) (*TestNativeRollupInvalidDeposit, error) {
	out := new(TestNativeRollupInvalidDeposit)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "InvalidDeposit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupInvalidTransactionSignature represents a InvalidTransactionSignature error raised by the TestNativeRollup contract.
type TestNativeRollupInvalidTransactionSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidTransactionSignature()
func TestNativeRollupInvalidTransactionSignatureErrorID() common.Hash {
	return common.HexToHash("0x0d22aef05028b00f1a6cf918a8ad345cc088d780b436bfa80c0170fc8ae4f163")
}

// UnpackInvalidTransactionSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidTransactionSignature()
func (testNativeRollup *TestNativeRollup) UnpackInvalidTransactionSignatureError(raw []byte) (*TestNativeRollupInvalidTransactionSignature, error) {
	out := new(TestNativeRollupInvalidTransactionSignature)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "InvalidTransactionSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupMPTEmptyValue represents a MPTEmptyValue error raised by the TestNativeRollup contract.
type TestNativeRollupMPTEmptyValue struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MPTEmptyValue()
func TestNativeRollupMPTEmptyValueErrorID() common.Hash {
	return common.HexToHash("0x72bd2633956ba5adecd18ca9b7dd6acfc26f8cdaad701a59380ddf4f8e5ce4e3")
}

// UnpackMPTEmptyValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MPTEmptyValue()
func (testNativeRollup *TestNativeRollup) UnpackMPTEmptyValueError(raw []byte) (*TestNativeRollupMPTEmptyValue, error) {
	out := new(TestNativeRollupMPTEmptyValue)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "MPTEmptyValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupMPTExtraProofNodes represents a MPTExtraProofNodes error raised by the TestNativeRollup contract.
type TestNativeRollupMPTExtraProofNodes struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MPTExtraProofNodes()
func TestNativeRollupMPTExtraProofNodesErrorID() common.Hash {
	return common.HexToHash("0x0f0778d4ee4c73c940e714f50a405e5119330125deff9d7eaeaee244d20bd899")
}

// UnpackMPTExtraProofNodesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MPTExtraProofNodes()
func (testNativeRollup *TestNativeRollup) UnpackMPTExtraProofNodesError(raw []byte) (*TestNativeRollupMPTExtraProofNodes, error) {
	out := new(TestNativeRollupMPTExtraProofNodes)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "MPTExtraProofNodes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupMPTInvalidNode represents a MPTInvalidNode error raised by the TestNativeRollup contract.
type TestNativeRollupMPTInvalidNode struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MPTInvalidNode()
func TestNativeRollupMPTInvalidNodeErrorID() common.Hash {
	return common.HexToHash("0xfc6594b2de2b1f42153634570bca84f114d0fc5b5bfb066ac28ae74d297093ad")
}

// UnpackMPTInvalidNodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MPTInvalidNode()
func (testNativeRollup *TestNativeRollup) UnpackMPTInvalidNodeError(raw []byte) (*TestNativeRollupMPTInvalidNode, error) {
	out := new(TestNativeRollupMPTInvalidNode)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "MPTInvalidNode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupMPTInvalidNodeHash represents a MPTInvalidNodeHash error raised by the TestNativeRollup contract.
type TestNativeRollupMPTInvalidNodeHash struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MPTInvalidNodeHash()
func TestNativeRollupMPTInvalidNodeHashErrorID() common.Hash {
	return common.HexToHash("0xf541d9d4d2dfbcf032ce6243226a06db8f1e858a739d98d224f010cfd15c2474")
}

// UnpackMPTInvalidNodeHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MPTInvalidNodeHash()
func (testNativeRollup *TestNativeRollup) UnpackMPTInvalidNodeHashError(raw []byte) (*TestNativeRollupMPTInvalidNodeHash, error) {
	out := new(TestNativeRollupMPTInvalidNodeHash)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "MPTInvalidNodeHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupMPTInvalidRootHash represents a MPTInvalidRootHash error raised by the TestNativeRollup contract.
type TestNativeRollupMPTInvalidRootHash struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MPTInvalidRootHash()
func TestNativeRollupMPTInvalidRootHashErrorID() common.Hash {
	return common.HexToHash("0xd8a0503c59bb99f659ea50a44d414afdc12380565f26831c40617f29b0bb9ede")
}

// UnpackMPTInvalidRootHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MPTInvalidRootHash()
func (testNativeRollup *TestNativeRollup) UnpackMPTInvalidRootHashError(raw []byte) (*TestNativeRollupMPTInvalidRootHash, error) {
	out := new(TestNativeRollupMPTInvalidRootHash)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "MPTInvalidRootHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupMPTProofTooShort represents a MPTProofTooShort error raised by the TestNativeRollup contract.
type TestNativeRollupMPTProofTooShort struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MPTProofTooShort()
func TestNativeRollupMPTProofTooShortErrorID() common.Hash {
	return common.HexToHash("0x35e909e90ed5e3f9b9c275834c61c2d0f8a074f104c4f6605b44a8e228d32628")
}

// UnpackMPTProofTooShortError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MPTProofTooShort()
func (testNativeRollup *TestNativeRollup) UnpackMPTProofTooShortError(raw []byte) (*TestNativeRollupMPTProofTooShort, error) {
	out := new(TestNativeRollupMPTProofTooShort)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "MPTProofTooShort", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupMalformedAccount represents a MalformedAccount error raised by the TestNativeRollup contract.
type TestNativeRollupMalformedAccount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedAccount()
func TestNativeRollupMalformedAccountErrorID() common.Hash {
	return common.HexToHash("0x8bfd7d3faa3c4da56686ea83ad17c9abe20b6459cfb3c37debf10dd25bef38b7")
}

// UnpackMalformedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedAccount()
func (testNativeRollup *TestNativeRollup) UnpackMalformedAccountError(raw []byte) (*TestNativeRollupMalformedAccount, error) {
	out := new(TestNativeRollupMalformedAccount)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "MalformedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupMalformedStorageValue represents a MalformedStorageValue error raised by the TestNativeRollup contract.
type TestNativeRollupMalformedStorageValue struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedStorageValue()
func TestNativeRollupMalformedStorageValueErrorID() common.Hash {
	return common.HexToHash("0x0b5ac8756dc2cc5ac05214161a6aab0c81893342c073cdb55848e3ec6f3667f6")
}

// UnpackMalformedStorageValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedStorageValue()
func (testNativeRollup *TestNativeRollup) UnpackMalformedStorageValueError(raw []byte) (*TestNativeRollupMalformedStorageValue, error) {
	out := new(TestNativeRollupMalformedStorageValue)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "MalformedStorageValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupMalformedTransaction represents a MalformedTransaction error raised by the TestNativeRollup contract.
type TestNativeRollupMalformedTransaction struct {
	Field string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedTransaction(string field)
func TestNativeRollupMalformedTransactionErrorID() common.Hash {
	return common.HexToHash("0x9cdc2da0c0897ae6cae32b1550ea10b6afe5b2a2b86dcdb32a0263c0d0f85ec2")
}

// UnpackMalformedTransactionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedTransaction(string field)
func (testNativeRollup *TestNativeRollup) UnpackMalformedTransactionError(raw []byte) (*TestNativeRollupMalformedTransaction, error) {
	out := new(TestNativeRollupMalformedTransaction)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "MalformedTransaction", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupRLPEmptyInput represents a RLPEmptyInput error raised by the TestNativeRollup contract.
type TestNativeRollupRLPEmptyInput struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RLPEmptyInput()
func TestNativeRollupRLPEmptyInputErrorID() common.Hash {
	return common.HexToHash("0x403adeedff5272a06ca58baf9847b4025842dc9652052a9ea01d280f02a02d89")
}

// UnpackRLPEmptyInputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RLPEmptyInput()
func (testNativeRollup *TestNativeRollup) UnpackRLPEmptyInputError(raw []byte) (*TestNativeRollupRLPEmptyInput, error) {
	out := new(TestNativeRollupRLPEmptyInput)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "RLPEmptyInput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupRLPIntegerTooLarge represents a RLPIntegerTooLarge error raised by the TestNativeRollup contract.
type TestNativeRollupRLPIntegerTooLarge struct {
	MaxBytes *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RLPIntegerTooLarge(uint256 maxBytes)
func TestNativeRollupRLPIntegerTooLargeErrorID() common.Hash {
	return common.HexToHash("0xdf3ac6da594c188f69e1b6f32399d7afbb772f0ee4185753e44740a377e0298a")
}

// UnpackRLPIntegerTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RLPIntegerTooLarge(uint256 maxBytes)
func (testNativeRollup *TestNativeRollup) UnpackRLPIntegerTooLargeError(raw []byte) (*TestNativeRollupRLPIntegerTooLarge, error) {
	out := new(TestNativeRollupRLPIntegerTooLarge)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "RLPIntegerTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupRLPNonCanonical represents a RLPNonCanonical error raised by the TestNativeRollup contract.
type TestNativeRollupRLPNonCanonical struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RLPNonCanonical()
func TestNativeRollupRLPNonCanonicalErrorID() common.Hash {
	return common.HexToHash("0x2dbeb369d80f5282a5910d73316ae334814afc3048d8521574ef86ea0e731361")
}

// UnpackRLPNonCanonicalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RLPNonCanonical()
func (testNativeRollup *TestNativeRollup) UnpackRLPNonCanonicalError(raw []byte) (*TestNativeRollupRLPNonCanonical, error) {
	out := new(TestNativeRollupRLPNonCanonical)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "RLPNonCanonical", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupRLPNotAList represents a RLPNotAList error raised by the TestNativeRollup contract.
type TestNativeRollupRLPNotAList struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RLPNotAList()
func TestNativeRollupRLPNotAListErrorID() common.Hash {
	return common.HexToHash("0xf5ad531ed855c5726eb97d1d5a1cdc187ef406bc505532ced02a7fb22a351d89")
}

// UnpackRLPNotAListError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RLPNotAList()
func (testNativeRollup *TestNativeRollup) UnpackRLPNotAListError(raw []byte) (*TestNativeRollupRLPNotAList, error) {
	out := new(TestNativeRollupRLPNotAList)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "RLPNotAList", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupRLPNotAString represents a RLPNotAString error raised by the TestNativeRollup contract.
type TestNativeRollupRLPNotAString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RLPNotAString()
func TestNativeRollupRLPNotAStringErrorID() common.Hash {
	return common.HexToHash("0x16f3f4b481a347f94e3d4fd6b7101f4eb825080cc42a4875b370122cfb40dc60")
}

// UnpackRLPNotAStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RLPNotAString()
func (testNativeRollup *TestNativeRollup) UnpackRLPNotAStringError(raw []byte) (*TestNativeRollupRLPNotAString, error) {
	out := new(TestNativeRollupRLPNotAString)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "RLPNotAString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupRLPTrailingBytes represents a RLPTrailingBytes error raised by the TestNativeRollup contract.
type TestNativeRollupRLPTrailingBytes struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RLPTrailingBytes()
func TestNativeRollupRLPTrailingBytesErrorID() common.Hash {
	return common.HexToHash("0xda5578386710e439630958ee593af09dd185da9dac1ea9d0409dca2764956294")
}

// UnpackRLPTrailingBytesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RLPTrailingBytes()
func (testNativeRollup *TestNativeRollup) UnpackRLPTrailingBytesError(raw []byte) (*TestNativeRollupRLPTrailingBytes, error) {
	out := new(TestNativeRollupRLPTrailingBytes)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "RLPTrailingBytes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupRLPTruncated represents a RLPTruncated error raised by the TestNativeRollup contract.
type TestNativeRollupRLPTruncated struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RLPTruncated()
func TestNativeRollupRLPTruncatedErrorID() common.Hash {
	return common.HexToHash("0xafdf59e476f56a8fca2bc955fc1268932bb048784c6fc767801d3ac7a23eeb00")
}

// UnpackRLPTruncatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RLPTruncated()
func (testNativeRollup *TestNativeRollup) UnpackRLPTruncatedError(raw []byte) (*TestNativeRollupRLPTruncated, error) {
	out := new(TestNativeRollupRLPTruncated)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "RLPTruncated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupSenderCodeMismatch represents a SenderCodeMismatch error raised by the TestNativeRollup contract.
type TestNativeRollupSenderCodeMismatch struct {
	CodeHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SenderCodeMismatch(bytes32 codeHash)
func TestNativeRollupSenderCodeMismatchErrorID() common.Hash {
	return common.HexToHash("0xad7e7be1ec165ab2bca61a60af45db2d118a030d06d57fe7ad3695cf87fe195f")
}

// UnpackSenderCodeMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SenderCodeMismatch(bytes32 codeHash)
func (testNativeRollup *TestNativeRollup) UnpackSenderCodeMismatchError(raw []byte) (*TestNativeRollupSenderCodeMismatch, error) {
	out := new(TestNativeRollupSenderCodeMismatch)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "SenderCodeMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupSequencerExclusive represents a SequencerExclusive error raised by the TestNativeRollup contract.
type TestNativeRollupSequencerExclusive struct {
	Sequencer common.Address
	OpenAt    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SequencerExclusive(address sequencer, uint256 openAt)
func TestNativeRollupSequencerExclusiveErrorID() common.Hash {
	return common.HexToHash("0x80beb8f3770cbde0f52e8f65690a063a5adf14ce90897027a4582e513a67976c")
}

// UnpackSequencerExclusiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SequencerExclusive(address sequencer, uint256 openAt)
func (testNativeRollup *TestNativeRollup) UnpackSequencerExclusiveError(raw []byte) (*TestNativeRollupSequencerExclusive, error) {
	out := new(TestNativeRollupSequencerExclusive)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "SequencerExclusive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupSequencerUnset represents a SequencerUnset error raised by the TestNativeRollup contract.
type TestNativeRollupSequencerUnset struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SequencerUnset()
func TestNativeRollupSequencerUnsetErrorID() common.Hash {
	return common.HexToHash("0xe323ccbc185385aff60a0796531c151e737c6fc6b6b0a75b8fe1680e7b27539f")
}

// UnpackSequencerUnsetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SequencerUnset()
func (testNativeRollup *TestNativeRollup) UnpackSequencerUnsetError(raw []byte) (*TestNativeRollupSequencerUnset, error) {
	out := new(TestNativeRollupSequencerUnset)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "SequencerUnset", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupSequencerWindowOutOfRange represents a SequencerWindowOutOfRange error raised by the TestNativeRollup contract.
type TestNativeRollupSequencerWindowOutOfRange struct {
	SequencerWindow uint64
	Min             uint64
	Max             uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SequencerWindowOutOfRange(uint64 sequencerWindow, uint64 min, uint64 max)
func TestNativeRollupSequencerWindowOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xf9acdadac2d9eb14851a360c9b08578083837560200aa857041e7936888c9b80")
}

// UnpackSequencerWindowOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SequencerWindowOutOfRange(uint64 sequencerWindow, uint64 min, uint64 max)
func (testNativeRollup *TestNativeRollup) UnpackSequencerWindowOutOfRangeError(raw []byte) (*TestNativeRollupSequencerWindowOutOfRange, error) {
	out := new(TestNativeRollupSequencerWindowOutOfRange)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "SequencerWindowOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupStateRootUnavailable represents a StateRootUnavailable error raised by the TestNativeRollup contract.
type TestNativeRollupStateRootUnavailable struct {
	L2BlockNumber uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StateRootUnavailable(uint64 l2BlockNumber)
func TestNativeRollupStateRootUnavailableErrorID() common.Hash {
	return common.HexToHash("0x9ae2a7c3ab9cf74097eb0778c6abaa33e702f47eab2f33e47fb6aa26a587aa88")
}

// UnpackStateRootUnavailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StateRootUnavailable(uint64 l2BlockNumber)
func (testNativeRollup *TestNativeRollup) UnpackStateRootUnavailableError(raw []byte) (*TestNativeRollupStateRootUnavailable, error) {
	out := new(TestNativeRollupStateRootUnavailable)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "StateRootUnavailable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupTimestampOutOfRange represents a TimestampOutOfRange error raised by the TestNativeRollup contract.
type TestNativeRollupTimestampOutOfRange struct {
	Timestamp       uint64
	ParentTimestamp uint64
	L1Timestamp     uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimestampOutOfRange(uint64 timestamp, uint64 parentTimestamp, uint64 l1Timestamp)
func TestNativeRollupTimestampOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x3bdf90a7416b561b3bdc1f31ed6a881a6132d7e695827a04ba0a0589cf4be611")
}

// UnpackTimestampOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimestampOutOfRange(uint64 timestamp, uint64 parentTimestamp, uint64 l1Timestamp)
func (testNativeRollup *TestNativeRollup) UnpackTimestampOutOfRangeError(raw []byte) (*TestNativeRollupTimestampOutOfRange, error) {
	out := new(TestNativeRollupTimestampOutOfRange)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "TimestampOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupTipAboveFeeCap represents a TipAboveFeeCap error raised by the TestNativeRollup contract.
type TestNativeRollupTipAboveFeeCap struct {
	MaxPriorityFeePerGas *big.Int
	MaxFeePerGas         *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TipAboveFeeCap(uint256 maxPriorityFeePerGas, uint256 maxFeePerGas)
func TestNativeRollupTipAboveFeeCapErrorID() common.Hash {
	return common.HexToHash("0x38366612f37e4bc066e985660c65b4acfb82431a43ec26a337ec8db3bbc37e12")
}

// UnpackTipAboveFeeCapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TipAboveFeeCap(uint256 maxPriorityFeePerGas, uint256 maxFeePerGas)
func (testNativeRollup *TestNativeRollup) UnpackTipAboveFeeCapError(raw []byte) (*TestNativeRollupTipAboveFeeCap, error) {
	out := new(TestNativeRollupTipAboveFeeCap)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "TipAboveFeeCap", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupTransactionCostOverflow represents a TransactionCostOverflow error raised by the TestNativeRollup contract.
type TestNativeRollupTransactionCostOverflow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransactionCostOverflow()
func TestNativeRollupTransactionCostOverflowErrorID() common.Hash {
	return common.HexToHash("0x61fea41526ab38035551faf31e11239f11f8154b3569ad59076a18d5a914caf7")
}

// UnpackTransactionCostOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransactionCostOverflow()
func (testNativeRollup *TestNativeRollup) UnpackTransactionCostOverflowError(raw []byte) (*TestNativeRollupTransactionCostOverflow, error) {
	out := new(TestNativeRollupTransactionCostOverflow)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "TransactionCostOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupTransactionGasTooHigh represents a TransactionGasTooHigh error raised by the TestNativeRollup contract.
type TestNativeRollupTransactionGasTooHigh struct {
	GasLimit uint64
	MaxGas   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransactionGasTooHigh(uint64 gasLimit, uint256 maxGas)
func TestNativeRollupTransactionGasTooHighErrorID() common.Hash {
	return common.HexToHash("0xac4dde26f0ad1de2e7a342715cdce92e832c575254da2aa705665e62671d3652")
}

// UnpackTransactionGasTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransactionGasTooHigh(uint64 gasLimit, uint256 maxGas)
func (testNativeRollup *TestNativeRollup) UnpackTransactionGasTooHighError(raw []byte) (*TestNativeRollupTransactionGasTooHigh, error) {
	out := new(TestNativeRollupTransactionGasTooHigh)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "TransactionGasTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupTransferFailed represents a TransferFailed error raised by the TestNativeRollup contract.
type TestNativeRollupTransferFailed struct {
	To common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to)
func TestNativeRollupTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x39f1c8d9a08940175dbc82f15840b953aa855264e371e68f3e5d5cb38c445fa0")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to)
func (testNativeRollup *TestNativeRollup) UnpackTransferFailedError(raw []byte) (*TestNativeRollupTransferFailed, error) {
	out := new(TestNativeRollupTransferFailed)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupUnsupportedTransactionType represents a UnsupportedTransactionType error raised by the TestNativeRollup contract.
type TestNativeRollupUnsupportedTransactionType struct {
	TxType uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedTransactionType(uint8 txType)
func TestNativeRollupUnsupportedTransactionTypeErrorID() common.Hash {
	return common.HexToHash("0x301bf494d6780ea7ed78b49cedf1b45f32ee17b1b0ccadf91ebccd5631f75880")
}

// UnpackUnsupportedTransactionTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedTransactionType(uint8 txType)
func (testNativeRollup *TestNativeRollup) UnpackUnsupportedTransactionTypeError(raw []byte) (*TestNativeRollupUnsupportedTransactionType, error) {
	out := new(TestNativeRollupUnsupportedTransactionType)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "UnsupportedTransactionType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupWithdrawalAlreadyFinalized represents a WithdrawalAlreadyFinalized error raised by the TestNativeRollup contract.
type TestNativeRollupWithdrawalAlreadyFinalized struct {
	WithdrawalHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawalAlreadyFinalized(bytes32 withdrawalHash)
func TestNativeRollupWithdrawalAlreadyFinalizedErrorID() common.Hash {
	return common.HexToHash("0x9b26663946b0e83cff6e916f9994f36cef88f7205d09fd89ef801ea9d9c4746c")
}

// UnpackWithdrawalAlreadyFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawalAlreadyFinalized(bytes32 withdrawalHash)
func (testNativeRollup *TestNativeRollup) UnpackWithdrawalAlreadyFinalizedError(raw []byte) (*TestNativeRollupWithdrawalAlreadyFinalized, error) {
	out := new(TestNativeRollupWithdrawalAlreadyFinalized)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "WithdrawalAlreadyFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupWithdrawalNotProven represents a WithdrawalNotProven error raised by the TestNativeRollup contract.
type TestNativeRollupWithdrawalNotProven struct {
	WithdrawalHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawalNotProven(bytes32 withdrawalHash)
func TestNativeRollupWithdrawalNotProvenErrorID() common.Hash {
	return common.HexToHash("0x24bd5a5253b0806598fec67a4dabc2b3abb261a14fb9ee2432db8f540bda4dce")
}

// UnpackWithdrawalNotProvenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawalNotProven(bytes32 withdrawalHash)
func (testNativeRollup *TestNativeRollup) UnpackWithdrawalNotProvenError(raw []byte) (*TestNativeRollupWithdrawalNotProven, error) {
	out := new(TestNativeRollupWithdrawalNotProven)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "WithdrawalNotProven", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestNativeRollupWrongTransactionChainId represents a WrongTransactionChainId error raised by the TestNativeRollup contract.
type TestNativeRollupWrongTransactionChainId struct {
	TxChainId *big.Int
	ChainId   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongTransactionChainId(uint256 txChainId, uint64 chainId)
func TestNativeRollupWrongTransactionChainIdErrorID() common.Hash {
	return common.HexToHash("0xce74c5f7b089a63d854e97b76a245ba385eed90ac383af301c599e2301110d85")
}

// UnpackWrongTransactionChainIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongTransactionChainId(uint256 txChainId, uint64 chainId)
func (testNativeRollup *TestNativeRollup) UnpackWrongTransactionChainIdError(raw []byte) (*TestNativeRollupWrongTransactionChainId, error) {
	out := new(TestNativeRollupWrongTransactionChainId)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "WrongTransactionChainId", raw); err != nil {
		return nil, err
	}
	return out, nil
}
