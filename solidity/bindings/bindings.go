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
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"genesisHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"genesisStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"genesisTime\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AccountNotInState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"anchorBlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"previousAnchor\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"l1BlockNumber\",\"type\":\"uint256\"}],\"name\":\"AnchorOutOfRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExecuteFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExecuteUnavailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"ForcedInclusionFeeTooLow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ForcedQueueEmpty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"queued\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"given\",\"type\":\"bytes32\"}],\"name\":\"ForcedTransactionMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"txHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"dueAt\",\"type\":\"uint256\"}],\"name\":\"ForcedTransactionNotIncluded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ForcedTransactionTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"txHash\",\"type\":\"bytes32\"}],\"name\":\"ForcedTransactionValid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minGasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxGasLimit\",\"type\":\"uint64\"}],\"name\":\"GasLimitOutsidePolicy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"}],\"name\":\"HeadHeaderMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"InitcodeTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"intrinsicGas\",\"type\":\"uint256\"}],\"name\":\"IntrinsicGasTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"computedBlockHash\",\"type\":\"bytes32\"}],\"name\":\"InvalidClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"relayerFee\",\"type\":\"uint256\"}],\"name\":\"InvalidDeposit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidTransactionSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTEmptyValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTExtraProofNodes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidNode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidNodeHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidRootHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTProofTooShort\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedStorageValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"MalformedTransaction\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPEmptyInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxBytes\",\"type\":\"uint256\"}],\"name\":\"RLPIntegerTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNonCanonical\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNotAList\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNotAString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPTrailingBytes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPTruncated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"codeHash\",\"type\":\"bytes32\"}],\"name\":\"SenderCodeMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"openAt\",\"type\":\"uint256\"}],\"name\":\"SequencerExclusive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"}],\"name\":\"StateRootUnavailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"parentTimestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"}],\"name\":\"TimestampOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxPriorityFeePerGas\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxFeePerGas\",\"type\":\"uint256\"}],\"name\":\"TipAboveFeeCap\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransactionCostOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxGas\",\"type\":\"uint256\"}],\"name\":\"TransactionGasTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"txType\",\"type\":\"uint8\"}],\"name\":\"UnsupportedTransactionType\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"WithdrawalAlreadyFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"WithdrawalNotProven\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"txChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"}],\"name\":\"WrongTransactionChainId\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"anchor\",\"type\":\"bytes32\"}],\"name\":\"BlockAdvanced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"depositHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"relayerFee\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structMessages.Deposit\",\"name\":\"deposit\",\"type\":\"tuple\"}],\"name\":\"DepositSent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"txHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"}],\"name\":\"ForcedTransactionIncluded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"txHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"dueAt\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"transaction\",\"type\":\"bytes\"}],\"name\":\"ForcedTransactionQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"txHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"enumForcedInclusion.SkipReason\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"ForcedTransactionSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structMessages.Withdrawal\",\"name\":\"withdrawal\",\"type\":\"tuple\"}],\"name\":\"WithdrawalFinalized\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"FORCED_INCLUSION_FEE_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"L2_BRIDGE\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FORCED_TX_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"prevRandao\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"}],\"internalType\":\"structExecute.BlockEnv\",\"name\":\"env\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"anchorL1Block\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"postStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"}],\"internalType\":\"structExecute.Claims\",\"name\":\"claims\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"transactions\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"}],\"name\":\"advance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"anchorBlockNumber\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockNumber\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockTimestamp\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"chainId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"relayerFee\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"depositHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"depositHash\",\"type\":\"bytes32\"}],\"name\":\"depositSent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"internalType\":\"structMessages.Withdrawal\",\"name\":\"withdrawal\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes[]\",\"name\":\"accountProof\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes[]\",\"name\":\"storageProof\",\"type\":\"bytes[]\"}],\"name\":\"finalizeWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedHead\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedInclusionDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedTail\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"forcedTransaction\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"txHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"dueAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"internalType\":\"structForcedInclusion.QueuedTransaction\",\"name\":\"q\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"historySize\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastSequencerAdvanceTime\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxGasLimit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minGasLimit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"signedTx\",\"type\":\"bytes\"}],\"name\":\"queueForcedTransaction\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencerWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"signedTx\",\"type\":\"bytes\"},{\"internalType\":\"bytes[]\",\"name\":\"accountProof\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes\",\"name\":\"senderCode\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"headHeader\",\"type\":\"bytes\"}],\"name\":\"skipForcedTransaction\",\"outputs\":[{\"internalType\":\"enumForcedInclusion.SkipReason\",\"name\":\"reason\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stateRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"}],\"name\":\"stateRootAt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"withdrawalFinalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "MyRollup",
	Bin: "0x610140604052346102dc57604051601f613d7f38819003918201601f19168301916001600160401b038311848410176102c8578084926080946040528339810103126102dc578051602082015160408301516001600160401b03811693908490036102dc57606001516001600160a01b03811691908290036102dc576040519261012084016001600160401b038111858210176102c857604052610385845280602085015281604085015260608401948552620f4240608085015262b71b0060a085015260c08401928352611fff61010060e0860195603c87520152610385608052611fff60a052620f424060c05262b71b0060e0526003558060045560055468010000000000000000600160801b034360401b169060018060801b03191617600555604051906040820182811060018060401b038211176102c8576040525f82526020820190815260a0516001600160401b0316156102b4575f8052600260205290517fac33ff75c19e70fe83507db0d683fd3465c996598dc972688b7ace676c89077b80546001600160401b0319166001600160401b0392831617905590517fac33ff75c19e70fe83507db0d683fd3465c996598dc972688b7ace676c89077c5590516001600160a01b03166101005290518116610120529051600780546001600160801b031916919092161742604090811b6fffffffffffffffff0000000000000000169190911790915551613a9e90816102e18239608051818181610716015281816108d80152611142015260a0518181816102be01528181610dac0152611f4a015260c0518181816105c6015281816106f30152818161129b0152611956015260e05181818161064d015281816112c1015261198f0152610100518181816105ff015281816111d0015261185601526101205181818161027b015281816108180152818161189f015261253d0152f35b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c8063085def64146101cf578063159a99ea146101ca5780632dfdf0b5146101c55780632f2f76411461016b5780633b1306fd146101c05780633cad82ff146101bb578063433b953f146101b657806346241e8e146101b157806347e7ef24146101ac5780634fd1d712146101a757806352e863bd146101a257806357e871e71461019d5780635aeb4d77146101985780635c1bba38146101935780635e45da231461018e57806367b001121461018957806376426a1f146101845780639588eca21461017f5780639a8a05921461017a5780639fdc8f2014610175578063adb6183214610170578063af73a5f71461016b578063b1871c1114610166578063cb131d6614610161578063cd77f57a1461015c578063d0a1678514610157578063db35e93e146101525763f22a195e1461014d575f80fd5b610ce9565b610cba565b610c0d565b610a26565b6109cd565b61093e565b61025c565b610918565b6108fc565b6108b9565b61089c565b61068e565b610671565b61062e565b6105ea565b6105a7565b610581565b610561565b6104cb565b610385565b610345565b61030b565b6102e2565b61029f565b610240565b61021e565b3461021a57602036600319011261021a57602060016102107f405f0deb3d285d4e12dd4c0ea78141b800589a8b89657b11ad5da71c886aa42e600435612671565b5414604051908152f35b5f80fd5b3461021a575f36600319011261021a576020604051600161272960911b018152f35b3461021a575f36600319011261021a5760205f54604051908152f35b3461021a575f36600319011261021a5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461021a575f36600319011261021a5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461021a575f36600319011261021a5760206001600160401b0360055460401c16604051908152f35b3461021a575f36600319011261021a5760206001600160401b0360055460801c16604051908152f35b6001600160401b0381160361021a57565b3461021a57602036600319011261021a57602061036c60043561036781610334565b610d9f565b604051908152f35b6001600160a01b0381160361021a57565b604036600319011261021a5760043561039d81610374565b6024359034158015610484575b61046d57610456906103f1610469935f54906103e16103c7610eac565b838152336020820152946001600160a01b03166040860152565b3460608501526080840152610edb565b5f557fb5423a27b2bae2a2e762ca99cacdf8fc967ded07e738e8a518084a0f24a1eb9561041d8261181c565b92839261044a7f405f0deb3d285d4e12dd4c0ea78141b800589a8b89657b11ad5da71c886aa42e85611845565b60405191829182610ee9565b0390a26040519081529081906020820190565b0390f35b50633bfb3e2360e11b5f523460045260245260445ffd5b503482116103aa565b606090604319011261021a57604490565b9181601f8401121561021a578235916001600160401b03831161021a576020838186019501011161021a57565b3461021a5760e036600319011261021a576004356001600160401b03811161021a5760a0600319823603011261021a5760243561050781610334565b6105103661048d565b9160a4356001600160401b03811161021a5761053090369060040161049e565b9060c435946001600160401b03861161021a5761055461055f96369060040161049e565b95909460040161107d565b005b3461021a575f36600319011261021a57602060055460c01c604051908152f35b3461021a575f36600319011261021a5760206001600160401b0360055416604051908152f35b3461021a575f36600319011261021a5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461021a575f36600319011261021a576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461021a575f36600319011261021a5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461021a575f36600319011261021a576020604051620927c08152f35b602036600319011261021a576004356001600160401b03811161021a576106b990369060040161049e565b906180008211610882576106cc48611339565b80341061086b57610469610808848461073b6106e9368484610f73565b6001600160401b037f000000000000000000000000000000000000000000000000000000000000000016907f000000000000000000000000000000000000000000000000000000000000000090612160565b7f549388484980ea7bf66565eaeaffa3352198650e03e6c4437515b672ad885acc610767368585610f73565b60208151910120926001600160401b0361078360055460c01c90565b6107b461078f826113de565b600580546001600160c01b031660c09290921b6001600160c01b031916919091179055565b169586936107fb6107c3610ebd565b878152426001600160401b03166020820152346001600160c01b031660408201526107f6875f52600660205260405f2090565b6113fb565b516001600160a01b031690565b61085861083e6001600160401b037f000000000000000000000000000000000000000000000000000000000000000016426114be565b6040516001600160a01b03909316979293849391846114cb565b0390a46040519081529081906020820190565b63f661aa8b60e01b5f523460045260245260445b5ffd5b63036ffd3760e41b5f52600482905261800060245260445ffd5b3461021a575f36600319011261021a576020600454604051908152f35b3461021a575f36600319011261021a5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461021a575f36600319011261021a5760206040516180008152f35b3461021a575f36600319011261021a5760206001600160401b0360075416604051908152f35b3461021a57602036600319011261021a5761046960043561095d6114f8565b905f52600660205260405f2080549081610998575b505060408051825181526020808401519082015291810151908201529081906060820190565b90915060016109a682612525565b91015460401c90604051926109ba84610e35565b8352602083015260408201525f80610972565b3461021a575f36600319011261021a5760206001600160401b0360075460401c16604051908152f35b9181601f8401121561021a578235916001600160401b03831161021a576020808501948460051b01011161021a57565b3461021a57366003190160e0811261021a5760801361021a57608435610a4b81610334565b60a4356001600160401b03811161021a57610a6a9036906004016109f6565b60c4356001600160401b03811161021a57610a899036906004016109f6565b919092610a9f610a9a366004611516565b612569565b94610abc610ab5875f52600160205260405f2090565b5460ff1690565b610bd257610ae960019593610ae3610b1a9694610adb610b1495610d9f565b92369161158b565b906125b0565b92610adb7fd6a5bc246508e8f189608dbda8507c3bd6de66a48b8efdeebfbe1a7b18f7a02388612671565b91612691565b03610bc057610b41610b34825f52600160205260405f2090565b805460ff19166001179055565b7f6a5302ceb0e2163337c6a68b08115fac6f8ebf5158c48eeffb98d0e48ba0f2ca60405180610b716004826115f6565b0390a25f808080610b826044611644565b606435905af1610b90611662565b5015610b9857005b61087f610ba56044611644565b6339f1c8d960e01b5f526001600160a01b0316600452602490565b63125ead2960e11b5f5260045260245ffd5b639b26663960e01b5f52600486905260245ffd5b919060208301926004821015610bf95752565b634e487b7160e01b5f52602160045260245ffd5b3461021a57608036600319011261021a576004356001600160401b03811161021a57610c3d90369060040161049e565b6024356001600160401b03811161021a57610c5c9036906004016109f6565b9190926044356001600160401b03811161021a57610c7e90369060040161049e565b90606435946001600160401b03861161021a5761046996610ca6610cae97369060040161049e565b969095611691565b60405191829182610be6565b3461021a57602036600319011261021a576004355f526001602052602060ff60405f2054166040519015158152f35b3461021a575f36600319011261021a576020600354604051908152f35b634e487b7160e01b5f52601160045260245ffd5b60f619810191908211610d2957565b610d06565b60bf19810191908211610d2957565b60b619810191908211610d2957565b607f19810191908211610d2957565b91908203918211610d2957565b634e487b7160e01b5f52601260045260245ffd5b906001600160401b0316908115610d9a576001600160401b03160690565b610d68565b6001600160401b03610dd17f000000000000000000000000000000000000000000000000000000000000000083610d7c565b165f52600260205260405f20906001600160401b03808354169116809114801590610e15575b610e0357506001015490565b639ae2a7c360e01b5f5260045260245ffd5b50600182015415610df7565b634e487b7160e01b5f52604160045260245ffd5b606081019081106001600160401b03821117610e5057604052565b610e21565b60a081019081106001600160401b03821117610e5057604052565b604081019081106001600160401b03821117610e5057604052565b90601f801991011681019081106001600160401b03821117610e5057604052565b60405190610ebb60a083610e8b565b565b60405190610ebb606083610e8b565b60405190610ebb604083610e8b565b5f198114610d295760010190565b91909160808060a08301948051845260018060a01b03602082015116602085015260018060a01b036040820151166040850152606081015160608501520151910152565b35610f3781610334565b90565b6001600160401b036001911601906001600160401b038211610d2957565b6001600160401b038111610e5057601f01601f191660200190565b929192610f7f82610f58565b91610f8d6040519384610e8b565b82948184528183011161021a578281602093845f960137010152565b9080601f8301121561021a57816020610f3793359101610f73565b919060a08382031261021a5760405190610fdd82610e55565b81938035610fea81610334565b83526020810135610ffa81610334565b6020840152604081013561100d81610374565b6040840152606081013560608401526080810135916001600160401b03831161021a5760809261103d9201610fa9565b910152565b919082606091031261021a5760405161105a81610e35565b6040808294803584526020810135602085015201359161107983610334565b0152565b9695929491909161108c611854565b61109588610f2d565b6007546001600160401b039081169116811080159061131e575b6112e95750602088016110d06110cc6110c783610f2d565b611943565b1590565b6112755750611166906110e2846119b4565b946110fd6110f86005546001600160401b031690565b610f3a565b968661110a89838c611a57565b998c61113f60035496611137611124600454943690610fc4565b9461112f368d611042565b973691610f73565b963691610f73565b957f0000000000000000000000000000000000000000000000000000000000000000611dfc565b979015611261577f970c63cb136d31cf1b7679a2663161da36fefa5b3ee4cf8eb6d15f2108f27951936001600160401b0393611208610ebb999a97946111cd6111b161122796610f2d565b6001600160401b03166001600160401b03196007541617600755565b337f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161461122f575b3591828987611eea565b6040519485941696846040919493926060820195825260208201520152565b0390a2611fb1565b600780546fffffffffffffffff0000000000000000191642891660401b67ffffffffffffffff60401b161790556111fe565b63a3a88d9d60e01b5f52600488905260245ffd5b61128161087f91610f2d565b63c8eb5e5f60e01b5f526001600160401b039081166004527f000000000000000000000000000000000000000000000000000000000000000081166024527f000000000000000000000000000000000000000000000000000000000000000016604452606490565b61087f906112f68a610f2d565b633bdf90a760e01b5f526001600160401b039081166004529081166024524216604452606490565b5061132889610f2d565b6001600160401b03429116116110af565b9081620927c00291620927c0830403610d2957565b600281901b91906001600160fe1b03811603610d2957565b9081600302916003830403610d2957565b9081600a0291600a830403610d2957565b600181901b91906001600160ff1b03811603610d2957565b908161076c029161076c830403610d2957565b600381901b91906001600160fd1b03811603610d2957565b81810292918115918404141715610d2957565b6001600160401b03166001600160401b038114610d295760010190565b60016040918351815501916114336001600160401b0360208301511684906001600160401b03166001600160401b0319825416179055565b015181546001600160401b031660409190911b67ffffffffffffffff1916179055565b61520801908161520811610d2957565b90601f8201809211610d2957565b617d00019081617d0011610d2957565b61096001908161096011610d2957565b6002019081600211610d2957565b601b019081601b11610d2957565b9060018201809211610d2957565b91908201809211610d2957565b91926060938192845260406020850152816040850152848401375f828201840152601f01601f1916010190565b6040519061150582610e35565b5f6040838281528260208201520152565b919082608091031261021a57604051608081018181106001600160401b03821117610e5057604052606080829480358452602081013561155581610374565b6020850152604081013561156881610374565b60408501520135910152565b6001600160401b038111610e505760051b60200190565b92919061159781611574565b936115a56040519586610e8b565b602085838152019160051b81019183831161021a5781905b8382106115cb575050505050565b81356001600160401b03811161021a576020916115eb8784938701610fa9565b8152019101906115bd565b919091606080608083019480358452602081013561161381610374565b6001600160a01b03166020850152604081013561162f81610374565b6001600160a01b031660408501520135910152565b35610f3781610374565b6040519061165d602083610e8b565b5f8252565b3d1561168c573d9061167382610f58565b916116816040519384610e8b565b82523d5f602084013e565b606090565b969192949093979597600554956116cb6116bf6116b8896001600160401b039060801c1690565b9860c01c90565b6001600160401b031690565b946001600160401b03881695861461180d576116f8886001600160401b03165f52600660205260405f2090565b99611704368983610f73565b60208151910120978b54808a036117e9575095610ebb9a9b9c6117859661175b9661174f966001966117416106e9611746986117b29e3691610f73565b61275f565b9a015460401c90565b6001600160c01b031690565b946110f861177a826001600160401b03165f52600660205260405f2090565b60015f918281550155565b6005805467ffffffffffffffff60801b191660809290921b67ffffffffffffffff60801b16919091179055565b7fef3c121bad33a076773ac31037ae42e46c2f8e49fd0b4b222db1133ac67e2cb3604051806117e18982610be6565b0390a3611fb1565b6302edb46560e31b5f526001600160401b038b16600452602452604489905260645ffd5b63556eb3fb60e01b5f5260045ffd5b60405161183f81611831602082019485610ee9565b03601f198101835282610e8b565b51902090565b60019161185191612671565b55565b7f0000000000000000000000000000000000000000000000000000000000000000336001600160a01b03821614611940576001600160401b0360075460401c16906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168201809211610d2957814210806118f7575b6118d9575050565b6380beb8f360e01b5f526001600160a01b031660045260245260445ffd5b506005546001600160401b038160801c169060c01c811080611921575b1590506118d1565b6118d1565b505f52600660205261191c61193860405f20612525565b421015611914565b50565b6001600160401b03166001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168110159081611983575090565b90506001600160401b037f000000000000000000000000000000000000000000000000000000000000000016101590565b906001600160401b0360055460401c16916001600160401b0381168381108015611a35575b611a0f57409283156119e9575050565b631e96ee1d60e31b5f526001600160401b0391821660045216602452504360445260645ffd5b631e96ee1d60e31b5f526001600160401b0380831660045284166024524360445260645ffd5b50438110156119d9565b9093929384831161021a57841161021a578101920390565b909291925f93600554611a74816001600160401b039060801c1690565b91611a836116bf849360c01c90565b906001600160401b038416828114611ccd57611a9f86886128f7565b99919915611cbe57611ab1908a6114be565b985b6001600160401b0387169a858c1080611cb5575b15611ca457611ad7828a8c612932565b9991929099611c9157611b13611b0c8d8c8e611b06611af6898b6114be565b92611b018a8c6114be565b6114be565b92611a3f565b3691610f73565b6020815191012090611b36836001600160401b03165f52600660205260405f2090565b80548303611bda576001015460401c6001600160c01b0316611b57916114be565b6040516001600160401b0389168152909e907f6f486b1fa0907bcb4042e65de622ef9656eb69dab611c72c4baec0b890b5ad5390602090a3611baa816001600160401b03165f52600660205260405f2090565b611bb99060015f918281550155565b611bc2906113de565b97611bcc916114be565b611bd5916114be565b611ab3565b509d50509950505097509350505091505b6001600160401b03831614611c2857506005805467ffffffffffffffff60801b191660809290921b67ffffffffffffffff60801b16919091179055565b80929350611c4891506001600160401b03165f52600660205260405f2090565b611c5181612525565b421015611c5e5750505f90565b61087f9250611c6e815491612525565b636a5b6c9d60e11b5f526001600160401b03909216600452602452604452606490565b9c50995050509750935050509150611beb565b9a5050975093955050509150611beb565b508a8210611ac7565b637ad6a98f60e11b5f5260045ffd5b505f9750505050505050565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b9c9899949560c0610f379f9d98938f90611dcd9e99611d60611d9999611dbf9e99611d7094611d46611d809a611d3689600160ff169052565b6001600160401b03166020890152565b604087015260608601526001600160401b03166080850152565b6001600160401b031660a0830152565b6001600160a01b03909216910152565b60e08c01526101e06101008c01526101e08b0190611cd9565b956101208a01526101408901526101608801526101808701906001600160401b03169052565b8482036101a0860152611cd9565b916101c0818403910152611cd9565b919082604091031261021a578151801515810361021a5760209092015190565b94909592969391968051611e16906001600160401b031690565b926020820151611e2c906001600160401b031690565b60408301519092906001600160a01b031690606081015190608001519185519460208701519660400151611e66906001600160401b031690565b976040519d8e9d60208f019d611e7b9e611cfd565b03601f1981018252611e8d9082610e8b565b8051906020015a915f92916101018493fa611ea6611662565b9015611edb576040815103611ecc5780602080611ec893518301019101611ddc565b9091565b631b57874760e31b5f5260045ffd5b63d6bed87360e01b5f5260045ffd5b6001600160401b0392611f6f926003558060045583821694858519600554161760055567ffffffffffffffff60401b6005549160401b169067ffffffffffffffff60401b19161760055560405194611f4186610e70565b855260208501527f000000000000000000000000000000000000000000000000000000000000000090610d7c565b165f5260026020526001602060405f2092611faa6001600160401b0382511685906001600160401b03166001600160401b0319825416179055565b0151910155565b8015611940575f80808093335af1611fc7611662565b5015611fcf57565b6339f1c8d960e01b5f523360045260245ffd5b60405190611fef82610e55565b5f6080838281528260208201528260408201528260608201520152565b634e487b7160e01b5f52603260045260245ffd5b80511561202d5760200190565b61200c565b80516001101561202d5760210190565b90815181101561202d570160200190565b6040519061206082610e70565b5f6020838281520152565b80516001101561202d5760400190565b80516002101561202d5760600190565b80516003101561202d5760800190565b80516004101561202d5760a00190565b80516005101561202d5760c00190565b80516006101561202d5760e00190565b80516007101561202d576101000190565b80516008101561202d576101200190565b80516009101561202d576101400190565b8051600a101561202d576101600190565b8051600b101561202d576101800190565b80516010101561202d576102200190565b8051600f101561202d576102000190565b805182101561202d5760209160051b010190565b8115610d9a570490565b929161216a611fe2565b938051158015612509575b6124bd5761219a90612185612053565b60218201815290515f1901602082015261296e565b91600c835103612489576121b66121b084612020565b51612a4f565b6001600160401b038216810361246b5750506001600160401b03806121fc6121e96116bf6121e38761206b565b51612ace565b6001600160401b03166020880181905290565b161461243d5761220e6121b08361207b565b61221a6121b08461208b565b606086019181835281811161242857505061223a6116bf6121e38561209b565b6001600160401b0316604086019081529061225d612257856120ab565b51612bb4565b51928315938415908161241c575b506123f1576122c36122f26122c36122ed6122886121b08a6120bb565b9760808c019889526122e76122e16122da8c6122d46122ce6122c86122af612257856120cb565b9b8c986122bb8a612be8565b809a51612ccc565b611456565b926120dc565b51612d5b565b906114be565b965161134e565b91611366565b90610d5b565b611377565b8181116123e9575b5083516001600160401b03168181106123cb57505082516001600160401b0316630100000081116123a8575082516001600160401b031681811161238a575050906123576116bf61235d935194511992516001600160401b031690565b90612156565b1061237b5761236e610ebb91612e8f565b6001600160a01b03168352565b6361fea41560e01b5f5260045ffd5b635626ef1360e11b5f526001600160401b031660045260245260445ffd5b635626ef1360e11b5f526001600160401b0316600452630100000060245260445ffd5b63fa353ba360e01b5f526001600160401b031660045260245260445ffd5b90505f6122fa565b6040516304e6e16d60e51b8152602060048201526002602482015261746f60f01b6044820152606490fd5b6014915014155f61226b565b631c1b330960e11b5f5260045260245260445ffd5b6040516304e6e16d60e51b81526020600482015260056024820152646e6f6e636560d81b6044820152606490fd5b63ce74c5f760e01b5f526004526001600160401b031660245260445ffd5b6040516304e6e16d60e51b815260206004820152600b60248201526a199a595b190818dbdd5b9d60aa1b6044820152606490fd5b80516124de575061087f5f5b630c06fd2560e21b5f5260ff16600452602490565b6125046124fe6124f061087f93612020565b516001600160f81b03191690565b60f81c90565b6124c9565b50600260ff61251d6124fe6124f085612020565b161415612175565b60016001600160401b03910154166001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168101809111610d295790565b604051606060208201928051845260018060a01b03602082015116604084015260018060a01b0360408201511682840152015160808201526080815261183f60a082610e8b565b604051600160601b61272960f11b016020820190815261260b93926125f8929091612606916125e28160348101611831565b5190206040519384916020830160209181520190565b03601f198101845283610e8b565b613072565b90156126565761261d6126229161333b565b6133f1565b60048151036126475761263761263d9161207b565b516134cc565b9190911561264757565b638bfd7d3f60e01b5f5260045ffd5b633926252960e01b5f52600161272960911b0160045260245ffd5b90604051906020820192835260408201526040815261183f606082610e8b565b916125f86126ba9294936126065f966040516125e2816118316020820194859190602083019252565b9015612759576126cc6126d19161333b565b612bb4565b8051801590811561274e575b508015612731575b612722575f925b815184101561271d5760019060081b61271461270e6124fe6124f08887612042565b60ff1690565b179301926126ec565b925050565b630b5ac87560e01b5f5260045ffd5b506001600160f81b03196127476124f083612020565b16156126e5565b60209150115f6126dd565b505f9150565b94959391906127859161277f60045492610adb895160018060a01b031690565b91613504565b80516001600160401b03166001600160401b036127af6116bf60208901516001600160401b031690565b9116036128ed5760208101516127f16127d56116bf60408901516001600160401b031690565b9660806127e860608301998a51906113cb565b910151906114be565b116128e2576040017fc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470815103612889575b505050612830915192613669565b116128845760055461087f9060801c6001600160401b0316612863816001600160401b03165f52600660205260405f2090565b546307d2eced60e31b5f526001600160401b03909116600452602452604490565b600390565b612894368385610f73565b6020815191012090518091036128d057506128b76128bc926110cc923691610f73565b6135e7565b6128c8575f8080612822565b505050600290565b63ad7e7be160e01b5f5260045260245ffd5b505050505050600190565b5050505050505f90565b90600981101561292a5780915b81831161021a576129239260209161291d913691610f73565b01613745565b9192909190565b600991612904565b9180820391808311610d2957600983101561296757825b820193848311610d29576129239460209361291d93611b0c93611a3f565b6009612949565b60208101805115612a1c576129868251825190613745565b156129e157612994916114be565b9051036129a457610f37906133f1565b6040516304e6e16d60e51b815260206004820152601460248201527362797465732061667465722074686520626f647960601b6044820152606490fd5b6040516304e6e16d60e51b8152602060048201526012602482015271189bd91e481a5cc81b9bdd0818481b1a5cdd60721b6044820152606490fd5b6040516304e6e16d60e51b815260206004820152600a602482015269656d70747920626f647960b01b6044820152606490fd5b612a5f8151602083015190613745565b929092612abf5760208311612aab578215612aa45751908101809111610d295780515f1a15612a9557519060031b610100031c90565b632dbeb36960e01b5f5260045ffd5b5050505f90565b636f9d636d60e11b5f52602060045260245ffd5b6305bcfd2d60e21b5f5260045ffd5b612ade8151602083015190613745565b929092612abf5760088311612b14578215612aa45751908101809111610d295780515f1a15612a9557519060031b610100031c90565b636f9d636d60e11b5f52600860045260245ffd5b612b388151602083015190613745565b929092612abf5760018311612b6e578215612aa45751908101809111610d295780515f1a15612a9557519060031b610100031c90565b636f9d636d60e11b5f52600160045260245ffd5b90612b8c82610f58565b612b996040519182610e8b565b8281528092612baa601f1991610f58565b0190602036910137565b90612bc58251602084015190613745565b919091612abf57612bd582612b82565b9351908101809111610d2957602084015e565b905f6020830192805180910193602085015b808210612c0e575050610f37929350610d5b565b90926020907f010101010101010101010101010101010101010101010101010101010101010185518689038480820110612cb4575b50818160041c7f33333333333333333333333333333333333333333333333333333333333333337f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f821684179183808460021c96169116178385161793161760011c16170260f81c01930190612bfa565b6001908503601f190160031b1b5f190119165f612c43565b9092919280820390828211610d2957600482901b916001600160fc1b03811603610d29576001600160fe1b0381168103610d295760021b8101809111610d29578093612d16575050565b90925061c0008311612d48576122d4612d43612d3e612d38610f379596611466565b60051c90565b611388565b611474565b8263c1eed06b60e01b5f5260045260245ffd5b905f91612d6a6110cc82613835565b612dfc57612d77906133f1565b5f905b8051821015612e8057612d996110cc612d938484612142565b51613835565b612dfc57612db0612daa8383612142565b516133f1565b6002815114801590612e69575b8015612e54575b612dfc57612daa612dd49161206b565b925f5b8451811015612e3057612ded6126378287612142565b905015612dfc57600101612dd7565b6040516304e6e16d60e51b815260206004820152600b60248201526a1858d8d95cdcc81b1a5cdd60aa1b6044820152606490fd5b509260019192946122d4612e47612e4c93516113a0565b611484565b930190612d7a565b50612e646110cc612d938361206b565b612dc4565b506014612e7861225783612020565b511415612dbd565b5050565b6040513d5f823e3d90fd5b612ea1612e9b826120ed565b51612b28565b612ead6121b0836120fe565b91612eba6121b08261210f565b9060018311801561306a575b801561304e575b8015613046575b801561301d575b612fcc57612f1881612eef612f1393612020565b515192816020612f0a612f0287956120dc565b5151926120dc565b510151906114be565b610d5b565b905f916038811015612fed575b92612f8361270e84612faa9487612f4c612f4760209c9a611b015f9d9b611494565b612b82565b9160228c84019460028653808d14612fdf578060f7016021860153838160031b610100031b828601525b8401015e519020946114a2565b93604051948594859094939260ff6060936080840197845216602083015260408201520152565b838052039060015afa15612fda575f51906001600160a01b03821615612fcc57565b62d22aef60e41b5f5260045ffd5b612e84565b8360c0016021860153612f76565b94929593915b85612ffd826113b3565b1c156130115761300c90610edb565b612ff3565b93959294919391612f25565b507f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08211612edb565b508115612ed4565b5070014551231950b75fc4402da1732fc9bebe19841015612ecd565b508315612ec6565b9291908151156132f9576130859061384c565b925f9081613091612053565b9060015b613282575b6130a3826133f1565b906130ac612053565b508151601181036131ab575087518114613189576130e66130df6130d961270e6124fe6124f0868e612042565b84612142565b5191610edb565b935b6130f182613835565b61316457506130ff816134cc565b929092156131165750509060015b92909192613095565b92509394959650506011915051149081613152575b5061313f57637e32ca5960e11b5f5260045ffd5b611ec8915161314c61164e565b91613a28565b61315c9150612bb4565b51155f61312b565b92509050602080820151101561317a575f61310d565b637e32ca5960e11b5f5260045ffd5b50611ec895965061319f92506122579150612120565b91518251151591613a52565b60020361317a576131c66131c161225784612020565b613901565b906131d2838b846139bf565b906132135781511561317a57156131fe57516131ed916114be565b926131f78261206b565b51906130e8565b505050505090611ec89293505161314c61164e565b9192959697989350935015928315613269575b50505061325b576122576132399161206b565b9081511561324c57611ec8925190613a44565b6372bd263360e01b5f5260045ffd5b50611ec8915161314c61164e565b61327692935051906114be565b905114155f8080613226565b929050835181146132ea57816132988286612142565b5160208151910120036132c7576132c16132bb6132b58387612142565b5161333b565b91610edb565b9261309a565b156132db57633d50767560e21b5f5260045ffd5b633628140f60e21b5f5260045ffd5b6335e909e960e01b5f5260045ffd5b5050907f56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b42114613331576335e909e960e01b5f5260045ffd5b5f90610f3761164e565b613343612053565b5080511561339357602081019061335b815183613745565b508101809111610d295781510361338457516040519161337a83610e70565b8252602082015290565b631b4aaf0760e31b5f5260045ffd5b63403adeed60e01b5f5260045ffd5b906133ac82611574565b6133b96040519182610e8b565b82815280926133ca601f1991611574565b01905f5b8281106133da57505050565b6020906133e5612053565b828285010152016133ce565b906134028251602084015190613745565b93909315611cbe5761341f9161341891516114be565b92836114be565b5f90835b8181106134a25750613434826133a2565b93905f915b8383106134465750505050565b61349a816122d461346261345c60019587610d5b565b83613745565b509061346e82826114be565b613476610ecc565b908582526020820152613489898d612142565b52613494888c612142565b506114be565b920191613439565b6134c0816122d46134b961345c6134c69587610d5b565b50906114be565b92610edb565b91613423565b6134dc8151602083015190613745565b929192612abf576020036134fc5751908101809111610d29575190600190565b50505f905f90565b916125f86135469294936126066135196114f8565b966040516125e2816118316020820194856014916bffffffffffffffffffffffff199060601b1681520190565b90156135aa5761261d6135589161333b565b6004815103612647576126378161358761357a6116bf6121e361359d96612020565b6001600160401b03168652565b6135936121b08261206b565b602086015261208b565b9060408401521561264757565b5090506135b5610ebd565b5f81525f60208201527fc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470604082015290565b805190601782149182613645575b5081613623575b81613605575090565b905080516002101561202d57602201516001600160f81b0319161590565b905061362e81612032565b516001600160f81b031916600160f81b14906135fc565b9091501561202d5760208101516001600160f81b03191660ef60f81b14905f6135f5565b90613675368284610f73565b602081519101206003549081810361373057505061369b6136a09261261d923691610f73565b61333b565b6136ac6121e3826120ed565b6136ce6136c76121b06136c16121e3866120fe565b94612131565b9160011c90565b9182811461372a57828111613705576136ff836136fa6136f46122e794610f3797610d5b565b856113cb565b612156565b60031c90565b6136ff836136fa6136f4610f379661371c95610d5b565b806122d457506001906114be565b50905090565b63073af8eb60e01b5f5260045260245260445ffd5b915f90821561378b5783515f1a608081106138285760b88110156137c15761376c90610d4c565b9260019485851461379a575b505b61378484866114be565b1161378b57565b632bf7d67960e21b5f5260045ffd5b6002821061378b576137b66137b06080926114b0565b515f1a90565b10612a95575f613778565b919092938460c084105f146137eb576137dd6137e39394610d3d565b91613a5e565b92909361377a565b50905060f882101561380d575061380190610d2e565b6001909160019361377a565b836137dd61381d93959495610d1a565b91909260019161377a565b505f935060019250839150565b613846906020815191015190613745565b91505090565b9081518060011b9080820460021490151715610d295761386b90612b82565b915f5b8151811015612e8057806138a96138996138906124fe6124f060019688612042565b60041c600f1690565b60f81b6001600160f81b03191690565b6138bf6138b583611388565b915f1a9187612042565b536138e6600f6138d56124fe6124f08588612042565b1660f81b6001600160f81b03191690565b6138fa6138b56138f584611388565b6114b0565b530161386e565b80511561317a576139119061384c565b906139216124fe6124f084612020565b60ff81166003811161317a5760016002819210159216148015806139a5575b61317a571561399c5760ff60015b1661395d612f47828651610d5b565b915f5b835181101561399557806139826124f061397c866001956114be565b89612042565b5f1a61398e8287612042565b5301613960565b5093505090565b60ff600261394e565b5060ff6139b76124fe6124f087612032565b161515613940565b918151818103908111610d2957835111612aa4575f5b8351811015613a1f576001600160f81b03196139f18286612042565b5116818301808411610d29576124f0613a0a9186612042565b03613a17576001016139d5565b505050505f90565b50505050600190565b92919203613a35575f9190565b6303c1de3560e21b5f5260045ffd5b92919203613a355760019190565b93929303613a35579190565b929190928160010180600111610d295780941061378b5760018101809111610d295780515f1a15612a9557519060031b610100031c9060388210612a955756",
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
	if bytes.Equal(raw[:4], myRollup.abi.Errors["HeadHeaderMismatch"].ID.Bytes()[:4]) {
		return myRollup.UnpackHeadHeaderMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["InitcodeTooLarge"].ID.Bytes()[:4]) {
		return myRollup.UnpackInitcodeTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["IntrinsicGasTooLow"].ID.Bytes()[:4]) {
		return myRollup.UnpackIntrinsicGasTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["InvalidClaim"].ID.Bytes()[:4]) {
		return myRollup.UnpackInvalidClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["InvalidConfig"].ID.Bytes()[:4]) {
		return myRollup.UnpackInvalidConfigError(raw[4:])
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

// MyRollupInvalidConfig represents a InvalidConfig error raised by the MyRollup contract.
type MyRollupInvalidConfig struct {
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidConfig(string reason)
func MyRollupInvalidConfigErrorID() common.Hash {
	return common.HexToHash("0x89a61989863f97edef3cf9672465dbf8e5f073c532d59146a86917af6f971ea7")
}

// UnpackInvalidConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidConfig(string reason)
func (myRollup *MyRollup) UnpackInvalidConfigError(raw []byte) (*MyRollupInvalidConfig, error) {
	out := new(MyRollupInvalidConfig)
	if err := myRollup.abi.UnpackIntoInterface(out, "InvalidConfig", raw); err != nil {
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
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"genesisHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"genesisStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"genesisReceiptsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"genesisGasUsed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minGasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxGasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"historySize\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"proposerBond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"challengerBond\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"moveTimeout\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxBlocksPerProposal\",\"type\":\"uint64\"}],\"internalType\":\"structOptimisticNativeRollup.Config\",\"name\":\"c\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AccountNotInState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"anchorBlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"previousAnchor\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"l1BlockNumber\",\"type\":\"uint256\"}],\"name\":\"AnchorOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"blobIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BlobDoesNotHoldBlock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BlobTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BlockDataNotProven\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BlockDataProvenAlready\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"closedAt\",\"type\":\"uint64\"}],\"name\":\"ChallengeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"closesAt\",\"type\":\"uint64\"}],\"name\":\"ChallengeWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"ClockExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"ClockRunning\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DataMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DeriveFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DeriveUnavailable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExecuteFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExecuteUnavailable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GameResolvedAlready\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"openGames\",\"type\":\"uint64\"}],\"name\":\"GamesOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InputsNotDerived\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"blobs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"blocks\",\"type\":\"uint256\"}],\"name\":\"InvalidBlockCounts\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"relayerFee\",\"type\":\"uint256\"}],\"name\":\"InvalidDeposit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"endNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"head\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxBlocks\",\"type\":\"uint64\"}],\"name\":\"InvalidRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTEmptyValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTExtraProofNodes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidNode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidNodeHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidRootHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTProofTooShort\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedStorageValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoBlobs\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoPendingProposal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"}],\"name\":\"NotAtOneBlock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOptimisticNativeRollup.Turn\",\"name\":\"turn\",\"type\":\"uint8\"}],\"name\":\"NotYourTurn\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OutputMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"ProposalDefeated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"ProposalNotDefeated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"ProposalPending\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPEmptyInput\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNonCanonical\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNotAList\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNotAString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPTrailingBytes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPTruncated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"section\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sections\",\"type\":\"uint256\"}],\"name\":\"SectionOutOfRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SectionsMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"}],\"name\":\"StateRootUnavailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"WithdrawalAlreadyFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"WithdrawalNotProven\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"WrongBond\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"WrongOutputCount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"outputRoots\",\"type\":\"bytes32[]\"}],\"name\":\"Bisected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blobIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"BlockDataInvalid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"}],\"name\":\"BlockDataProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"name\":\"Challenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"depositHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"relayerFee\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structMessages.Deposit\",\"name\":\"deposit\",\"type\":\"tuple\"}],\"name\":\"DepositSent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"name\":\"Finalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"proposerWon\",\"type\":\"bool\"}],\"name\":\"GameResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"endNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"endOutputRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"blobHashes\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"uint32[]\",\"name\":\"blockCounts\",\"type\":\"uint32[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"anchorL1Block\",\"type\":\"uint64\"}],\"name\":\"Proposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"}],\"name\":\"Selected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structMessages.Withdrawal\",\"name\":\"withdrawal\",\"type\":\"tuple\"}],\"name\":\"WithdrawalFinalized\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BLOB_RETENTION\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"K\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"L2_BRIDGE\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"anchorBlockNumber\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"outputRoots\",\"type\":\"bytes32[]\"}],\"name\":\"bisect\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockNumber\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"chainId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challenge\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengerBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"relayerFee\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"depositHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"depositHash\",\"type\":\"bytes32\"}],\"name\":\"depositSent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"derivedInputs\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"internalType\":\"structMessages.Withdrawal\",\"name\":\"withdrawal\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes[]\",\"name\":\"accountProof\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes[]\",\"name\":\"storageProof\",\"type\":\"bytes[]\"}],\"name\":\"finalizeWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gameCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"games\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"enumOptimisticNativeRollup.Turn\",\"name\":\"turn\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"loOutputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"hiOutputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"sectionsHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"}],\"internalType\":\"structOptimisticNativeRollup.Output\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"hashOutput\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"historySize\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxBlocksPerProposal\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxGasLimit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minGasLimit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"moveTimeout\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"outputRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingProposal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proposalCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"proposals\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"startNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"endNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"proposedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"openGames\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"defeated\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"anchorBlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"startOutputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endOutputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endBlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"anchor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"endNumber\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"}],\"internalType\":\"structOptimisticNativeRollup.Output\",\"name\":\"end\",\"type\":\"tuple\"},{\"internalType\":\"uint32[]\",\"name\":\"blockCounts\",\"type\":\"uint32[]\"},{\"internalType\":\"uint64\",\"name\":\"anchorL1Block\",\"type\":\"uint64\"}],\"name\":\"propose\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proposerBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"blobHashes\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint32[]\",\"name\":\"blockCounts\",\"type\":\"uint32[]\"},{\"internalType\":\"uint256\",\"name\":\"blobIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"blob\",\"type\":\"bytes\"}],\"name\":\"proveBlockData\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"reclaim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"outputRoots\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"section\",\"type\":\"uint256\"}],\"name\":\"select\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stateRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"}],\"name\":\"stateRootAt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"}],\"internalType\":\"structOptimisticNativeRollup.Output\",\"name\":\"parent\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"}],\"internalType\":\"structOptimisticNativeRollup.Output\",\"name\":\"claimed\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"prevRandao\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"}],\"internalType\":\"structExecute.BlockEnv\",\"name\":\"env\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"transactions\",\"type\":\"bytes\"}],\"internalType\":\"structOptimisticNativeRollup.BlockInputs\",\"name\":\"inputs\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"}],\"name\":\"step\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawCredit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"withdrawalFinalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "OptimisticNativeRollup",
	Bin: "0x6101a080604052346105b9576101a081614acc803803809161002182856105bd565b8339810103126105b957604051906101a082016001600160401b038111838210176103ef57604052610052816105e0565b918281526020820151906020810190828252808060408601519560408201978789526060820151976060840198895261008d608084016105e0565b97608085019889526100a160a085016105e0565b928360a08701526100b460c086016105e0565b8060c08801526100c660e087016105e0565b948560e089015261010087015195610100890196875261018061011e816101208b01519a6101208d019b8c526101406101008183016105e0565b9d019c8d526101606101138183016105e0565b9e019d8e52016105e0565b9b019a8b526001600160401b03928316939183169216908115610573578215801561056a575b6105185760018060401b031660805260a05260c05260e0526003558060045560055468010000000000000000600160801b034360401b169060018060801b03191617600555604051906040820182811060018060401b038211176103ef576040525f82526020820190815260a0516001600160401b031615610504575f8052600260205290517fac33ff75c19e70fe83507db0d683fd3465c996598dc972688b7ace676c89077b80546001600160401b0319166001600160401b0392831617905590517fac33ff75c19e70fe83507db0d683fd3465c996598dc972688b7ace676c89077c55855116156104b05783516001600160401b031615801561049e575b610458578251621800006001600160401b03909116116104035751610100525161012052516001600160401b039081166101405290518116610160529051811661018052905193519251915160405190821692916080820191908211818310176103ef57606091604052858152602081019485526040810192835201918252604051926020840194855251604084015251606083015260018060401b039051166080820152608081526102f860a0826105bd565b5190206006556040516144d790816105f5823960805181818161178d015261331e015260a051818181610aba0152818161223501526133d9015260c051818181610fe40152613198015260e05181818161102701526131ee015261010051818181610e9b0152818161140901528181611ad001528181612d160152612ea2015261012051818181610a010152818161106201528181611b4a01528181612cf401528181612e450152612ec3015261014051818181610dca015261138c01526101605181818161082f01528181611b9201528181611dc2015261280c015261018051818181610f7b015281816116c301526117010152f35b634e487b7160e01b5f52604160045260245ffd5b6040516389a6198960e01b815260206004820152602660248201527f6368616c6c656e676557696e646f77206578636565647320626c6f622072657460448201526532b73a34b7b760d11b6064820152608490fd5b6040516389a6198960e01b815260206004820152601960248201527f74696d656f757473206d75737420626520706f736974697665000000000000006044820152606490fd5b5082516001600160401b031615610244565b6040516389a6198960e01b815260206004820152602560248201527f6d6178426c6f636b7350657250726f706f73616c206d75737420626520706f73604482015264697469766560d81b6064820152608490fd5b634e487b7160e01b5f52601260045260245ffd5b6040516389a6198960e01b815260206004820152602360248201527f6e6565642030203c206d696e4761734c696d6974203c3d206d61784761734c696044820152621b5a5d60ea1b6064820152608490fd5b50838311610144565b6040516389a6198960e01b815260206004820152601c60248201527f686973746f727953697a65206d75737420626520706f736974697665000000006044820152606490fd5b5f80fd5b601f909101601f19168101906001600160401b038211908210176103ef57604052565b51906001600160401b03821682036105b95756fe60806040526004361015610011575f80fd5b5f3560e01c8063013cf08b146102a4578063074fcfbd1461029f57806308148f7a1461029a578063085def6414610295578063117a5b90146102905780631598691d1461028b578063159a99ea146102865780632dabbeed146102815780632dfdf0b51461027c5780633b1306fd146102775780633cad82ff146102725780634304341a1461026d578063439ca2c61461026857806346241e8e1461026357806347e7ef241461025e5780634bb278f3146102595780634d1975b414610254578063544a06c01461024f57806357e871e71461024a5780635aeb4d77146102455780635e45da231461024057806368ccdc861461023b57806371cc6a4c1461023657806372bf41d814610231578063861a14121461022c5780638e013f62146102275780639588eca2146102225780639a8a05921461021d578063a76e5f8314610218578063a78deacf14610213578063a932492f1461020e578063c2214bf614610209578063c36f387414610204578063cd77f57a146101ff578063d2e25d84146101fa578063d2ef7398146101f5578063d5d44d80146101f0578063da35c664146101eb578063db35e93e146101e6578063f22a195e146101e15763fdb894ac146101dc575f80fd5b611da3565b611d86565b611d57565b611d3a565b611cff565b611af3565b611ab9565b6118f5565b611888565b611806565b6117eb565b6117ce565b6117b1565b61176e565b611751565b6113b0565b61136d565b611321565b611085565b61104b565b611008565b610fc5565b610f9f565b610f5c565b610f3f565b610d83565b610c7f565b610c3f565b610bc6565b610b18565b610ade565b610a9b565b610a7f565b610944565b610922565b610646565b61059a565b6104ca565b6103cf565b6103b2565b346103ae5760203660031901126103ae576004355f5260096020526001600160401b0360405f206103aa81546001830154926102ea846001600160401b039060401c1690565b600282015460038301546004840154600585015460068601546007870154600890970154604080516001600160a01b038b16815260a09a8b1c6001600160401b0390811660208301529d8d168e1691810191909152968c16606088015260808b811c8d169088015260ff60c09b8c1c16151598870198909852939099169784019790975260e083015261010082019590955261012081019590955261014085019390935261016084019290925261018083019190915281906101a0820190565b0390f35b5f80fd5b346103ae575f3660031901126103ae576020604051621800008152f35b346103ae5760203660031901126103ae576004356103f5815f52600a60205260405f2090565b6001810154919060a083901c60ff169261040e84610515565b6002841480156104b9575b6104aa5781546104416001610436835f52600960205260405f2090565b015460c01c60ff1690565b610498575060a81c6001600160401b03166001600160401b03811642111561047c575060018361047361047a95610515565b1491612dad565b005b6303a5cac360e01b5f526001600160401b031660045260245b5ffd5b631a91580160e11b5f5260045260245ffd5b631e10644f60e01b5f5260045ffd5b506001600160a01b03811615610419565b346103ae5760203660031901126103ae576020600161050b7f405f0deb3d285d4e12dd4c0ea78141b800589a8b89657b11ad5da71c886aa42e60043561388e565b5414604051908152f35b6003111561051f57565b634e487b7160e01b5f52602160045260245ffd5b90600382101561051f5752565b9591946001600160401b03610100989561057a829683959e9d9c996101208c019f8c5260018060a01b031660208c015260408b0190610533565b1660608801521660808601521660a084015260c083015260e08201520152565b346103ae5760203660031901126103ae576004355f52600a60205260405f2080546103aa600183015492600281015490600381015460056004830154920154926040519687966001600160401b03808460401c169316916001600160401b038160a81c169160ff8260a01c169160018060a01b0316908a610540565b9181601f840112156103ae578235916001600160401b0383116103ae576020808501948460051b0101116103ae57565b346103ae5760603660031901126103ae576004356024356001600160401b0381116103ae57610679903690600401610616565b906044359061068784612f17565b6001810180549192916106aa6001600160a01b0382165b6001600160a01b031690565b3303610908575060405160208101906106d6816106c8898786611e88565b03601f19810183528261127b565b5190209360058401948554036108f9576106ef84613084565b94858210156108e0576002850195865495610714876001600160401b039060401c1690565b966001600160401b0316968761072991611eba565b6001600160401b031696828061073f878b611f0a565b9061074991611f31565b6001600160401b031661075c9083611f40565b9861076687611f60565b61076f91611f0a565b9061077991611f31565b6001600160401b031661078b91611f40565b9788918515159a610885985f976107ca61081d977fa2acf49504427d4fd99679a0325792f0377fe4f4a39d98c496125271fa6400869f6108c257611dfa565b81106108a9575b5050825467ffffffffffffffff19166001600160401b038b16178355506107f59050565b9067ffffffffffffffff60401b82549160401b169067ffffffffffffffff60401b1916179055565b55805460ff60a01b191681555b61085d7f00000000000000000000000000000000000000000000000000000000000000006001600160401b034216611f40565b815467ffffffffffffffff60a81b191660a89190911b67ffffffffffffffff60a81b16179055565b604080516001600160401b039283168152929091166020830152819081015b0390a2005b6004926108b592611fe3565b359101555f8080806107d1565b6108d56108ce84611dfa565b8686611fe3565b356003870155611dfa565b6356845def60e01b5f526004829052602486905260445ffd5b633cf7d80960e21b5f5260045ffd5b6104959060a01c60ff165b634eb8d5d960e11b5f52611e56565b346103ae575f3660031901126103ae576020604051600161272960911b018152f35b346103ae5760203660031901126103ae5760043561096a815f52600a60205260405f2090565b6001810190815460026109818260ff9060a01c1690565b61098a81610515565b14908115610a6d575b506104aa57546109b76109b36001610436845f52600960205260405f2090565b1590565b610a5b5750805460ff60a01b1916600160a11b1781556109fc906109e3905b546001600160a01b031690565b6001600160a01b03165f908152600d6020526040902090565b610a277f00000000000000000000000000000000000000000000000000000000000000008254611fc2565b90556040515f81527ff60ea0ca5e1013423d0b02aa943e2bf84e0805fdd950539fb5153fd71d62cf209080602081016108a4565b637ebe921f60e01b5f5260045260245ffd5b6001600160a01b03161590505f610993565b346103ae575f3660031901126103ae5760205f54604051908152f35b346103ae575f3660031901126103ae5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346103ae575f3660031901126103ae5760206001600160401b0360055460401c16604051908152f35b6001600160401b038116036103ae57565b346103ae5760403660031901126103ae576020610b5d602435600435610b3d82610b07565b5f52600c835260405f20906001600160401b03165f5260205260405f2090565b54604051908152f35b60809060231901126103ae57602490565b60809060a31901126103ae5760a490565b60809060031901126103ae57600490565b9181601f840112156103ae578235916001600160401b0383116103ae57602083818601950101116103ae57565b346103ae576101603660031901126103ae57600435610be436610b66565b610bed36610b77565b9161012435906001600160401b0382116103ae57604060031983360301126103ae5761014435936001600160401b0385116103ae57610c3361047a953690600401610b99565b94909360040192612063565b346103ae5760203660031901126103ae576020610c66600435610c6181610b07565b612228565b604051908152f35b6001600160a01b038116036103ae57565b60403660031901126103ae57600435610c9781610c6e565b6024359034158015610d7a575b610d6357610d5090610ceb6103aa935f5490610cdb610cc161129c565b838152336020820152946001600160a01b03166040860152565b34606085015260808401526122aa565b5f557fb5423a27b2bae2a2e762ca99cacdf8fc967ded07e738e8a518084a0f24a1eb95610d1782613355565b928392610d447f405f0deb3d285d4e12dd4c0ea78141b800589a8b89657b11ad5da71c886aa42e8561336a565b604051918291826122b8565b0390a26040519081529081906020820190565b50633bfb3e2360e11b5f523460045260245260445ffd5b50348211610ca4565b346103ae575f3660031901126103ae576007548015610f3057610dae815f52600960205260405f2090565b6001810180549291610def604085901c6001600160401b03165b7f000000000000000000000000000000000000000000000000000000000000000090611f40565b6001600160401b0381164210610f1557506001600160401b03608085901c1680610efa57506108a4610ed0610e4c7f46c50f83d9a7dff80e8bd75a8c0a04b0f813709270a0b3040f665a380cff304a95966001600160401b031690565b93610e966109e36005860195610e8087549860068301998a5490610e7a60028601546001600160401b031690565b92613379565b610e8d6004820154600655565b6109d65f600755565b610ec17f00000000000000000000000000000000000000000000000000000000000000008254611fc2565b9055546001600160401b031690565b91549254604051938493846040919493926001600160401b03606083019616825260208201520152565b63657b454760e01b5f526001600160401b031660045260245ffd5b639db52e4960e01b5f526001600160401b031660045260245ffd5b6358b89db560e11b5f5260045ffd5b346103ae575f3660031901126103ae576020600b54604051908152f35b346103ae575f3660031901126103ae5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346103ae575f3660031901126103ae5760206001600160401b0360055416604051908152f35b346103ae575f3660031901126103ae5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346103ae575f3660031901126103ae5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346103ae575f3660031901126103ae5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346103ae5760403660031901126103ae576004356024356001600160401b0381116103ae576110b8903690600401610616565b6110c3839293612fee565b926110dd61069e6109d686545f52600960205260405f2090565b33036111e25760028401546001600160401b03604082901c8116911660026001600160401b0361110d8385611eba565b16106111c157505061111e84613084565b9361112885611dfa565b830361119c579061118d60017f6c6c6e2eee0279370c2edac6ffce345e54e6585a79e9c965a314a38e875d4e739493604051602081019061116e816106c8898986611e88565b519020600582015501805460ff60a01b1916600160a01b17815561082a565b6108a460405192839283611e88565b610495836111a987611dfa565b63038f998f60e01b5f52600491909152602452604490565b633b12aa4560e11b5f526001600160401b039081166004521660245260445ffd5b60018401546104959060a01c60ff16610913565b634e487b7160e01b5f52604160045260245ffd5b608081019081106001600160401b0382111761122557604052565b6111f6565b606081019081106001600160401b0382111761122557604052565b60a081019081106001600160401b0382111761122557604052565b604081019081106001600160401b0382111761122557604052565b90601f801991011681019081106001600160401b0382111761122557604052565b604051906112ab60a08361127b565b565b604051906112ab6101a08361127b565b604051906112ab6101208361127b565b604051906112ab60408361127b565b91908260809103126103ae576040516112f48161120a565b606080829480358452602081013560208501526040810135604085015201359161131d83610b07565b0152565b346103ae5760803660031901126103ae576020610c666040516113438161120a565b600435815260243583820152604435604082015260643561136381610b07565b60608201526122fc565b346103ae575f3660031901126103ae5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b60e03660031901126103ae576004356113c881610b07565b6113d136610b66565b9060a4356001600160401b0381116103ae576113f1903690600401610616565b9060c4356113fe81610b07565b6007548061173f57507f000000000000000000000000000000000000000000000000000000000000000080340361172957506005546001600160401b0316926001600160401b0384166001600160401b038616118015906116eb575b6116a35761146782613440565b9561147061351d565b945f5f5b84811061164a57508651841490811591611627575b506115f6576103aa6115c4888a7fccb2b847ec2a622dc03a76da183cb287d94ab7f632b17202b0a1b268e59869d08a8a6115e38b8b6115d46115028d6114d06008546122aa565b9b8c9a6114dc8c600855565b8c6114ef6005546001600160401b031690565b918a8c600654611507611502368a6112dc565b6122fc565b9061155f8935938d61152c60208d0135976106c86040519384926020840196876123cd565b5190209661154f61153b6112ad565b338152996001600160401b031660208b0152565b6001600160401b03166040890152565b426001600160401b031660608801525f6080880181905260a08801526001600160401b038d1660c088015260e08701526101008601526101208501526101408401526101608301526101808201526115bf8c5f52600960205260405f2090565b6123f2565b6115cd8a600755565b36906112dc565b93604051958695339a876125a2565b0390a36040519081529081906020820190565b8661160661049592885192611eba565b631fc0d29d60e21b5f526004919091526001600160401b0316602452604490565b9050611642611636838a611eba565b6001600160401b031690565b14155f611489565b9061166a61166161165c84888b611fe3565b612350565b63ffffffff1690565b156116935761168c60019161168661166161165c868a8d611fe3565b90611fc2565b9101611474565b61049589611606858b5192611eba565b631d27552d60e21b5f526001600160401b038086166004528085166024527f00000000000000000000000000000000000000000000000000000000000000001660445260645ffd5b506116f68486611eba565b6001600160401b03807f00000000000000000000000000000000000000000000000000000000000000001691161161145a565b63062f01ed60e11b5f523460045260245260445ffd5b6302c2a02b60e21b5f5260045260245ffd5b346103ae575f3660031901126103ae576020600454604051908152f35b346103ae575f3660031901126103ae5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346103ae575f3660031901126103ae576020600754604051908152f35b346103ae575f3660031901126103ae576020600654604051908152f35b346103ae575f3660031901126103ae57602060405160108152f35b346103ae5760a03660031901126103ae576004356024356001600160401b0381116103ae57611839903690600401610616565b916044356001600160401b0381116103ae57611859903690600401610616565b60643591608435956001600160401b0387116103ae5761188061047a973690600401610b99565b969095612602565b346103ae575f3660031901126103ae57335f52600d60205260405f205480156118e6575f80808093338252600d602052816040812055335af16118c96129e7565b50156118d157005b6339f1c8d960e01b5f90815233600452602490fd5b630686827b60e51b5f5260045ffd5b346103ae5760e03660031901126103ae5761190f36610b88565b60843561191b81610b07565b60a4356001600160401b0381116103ae5761193a903690600401610616565b60c4356001600160401b0381116103ae57611959903690600401610616565b91909261196e6119693688612a16565b613786565b9461198b611984875f52600160205260405f2090565b5460ff1690565b611aa5576119b8600195936119b26119e996946119aa6119e395612228565b923691612acc565b906137cd565b926119aa7fd6a5bc246508e8f189608dbda8507c3bd6de66a48b8efdeebfbe1a7b18f7a0238861388e565b916138cf565b03611a9357611a10611a03825f52600160205260405f2090565b805460ff19166001179055565b7f6a5302ceb0e2163337c6a68b08115fac6f8ebf5158c48eeffb98d0e48ba0f2ca60405180611a3f8582612b37565b0390a25f80808060408501946060611a5687612b85565b910135905af1611a646129e7565b5015611a6c57005b611a7861049591612b85565b6339f1c8d960e01b5f526001600160a01b0316600452602490565b63125ead2960e11b5f5260045260245ffd5b639b26663960e01b5f52600486905260245ffd5b346103ae575f3660031901126103ae5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b5f3660031901126103ae576007548015610f3057611b19815f52600960205260405f2090565b9060018201611b36610dc882546001600160401b039060401c1690565b6001600160401b038116421015611ce457507f00000000000000000000000000000000000000000000000000000000000000008034036117295750611cab90611c6c611b83600b546122aa565b94611b8d86600b55565b611bc07f00000000000000000000000000000000000000000000000000000000000000006001600160401b034216611f40565b90611bd681546001600160401b039060a01c1690565b90611c44611beb86546001600160401b031690565b611c346004600385015494015494611c24611c046112bd565b8c8152336020820152975f60408a01526001600160401b03166060890152565b6001600160401b03166080870152565b6001600160401b031660a0850152565b60c083015260e08201525f610100820152611c67865f52600a60205260405f2090565b612b8f565b8054611c839060801c6001600160401b0316612c63565b815467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b16179055565b6103aa6040519283928133917fa5f8c369e0214ca8253e5f7a94be7e6296f76d2e0283d76f7759115c6f0424115f80a482526020820190565b630e10189960e31b5f526001600160401b031660045260245ffd5b346103ae5760203660031901126103ae57600435611d1c81610c6e565b60018060a01b03165f52600d602052602060405f2054604051908152f35b346103ae575f3660031901126103ae576020600854604051908152f35b346103ae5760203660031901126103ae576004355f526001602052602060ff60405f2054166040519015158152f35b346103ae575f3660031901126103ae576020600354604051908152f35b346103ae575f3660031901126103ae5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b634e487b7160e01b5f52601160045260245ffd5b5f19810191908211611e0857565b611de6565b60f619810191908211611e0857565b60bf19810191908211611e0857565b60b619810191908211611e0857565b607f19810191908211611e0857565b91908203918211611e0857565b906112ab6004602493610533565b81835290916001600160fb1b0383116103ae5760209260051b809284830137010190565b916020611e99938181520191611e64565b90565b6001600160401b035f19911601906001600160401b038211611e0857565b906001600160401b03809116911603906001600160401b038211611e0857565b600581901b91906001600160fb1b03811603611e0857565b600181901b91906001600160ff1b03811603611e0857565b81810292918115918404141715611e0857565b634e487b7160e01b5f52601260045260245ffd5b8115611f3b570490565b611f1d565b906001600160401b03809116911601906001600160401b038211611e0857565b9060018201809211611e0857565b9060408201809211611e0857565b9060208201809211611e0857565b9060808201809211611e0857565b9060c08201809211611e0857565b60e001908160e011611e0857565b9060a08201809211611e0857565b91908201809211611e0857565b634e487b7160e01b5f52603260045260245ffd5b9190811015611ff35760051b0190565b611fcf565b90600381101561051f57815460ff60a01b191660a09190911b60ff60a01b16179055565b903590609e19813603018212156103ae570190565b903590601e19813603018212156103ae57018035906001600160401b0382116103ae576020019181360383136103ae57565b9194909361207083612fee565b9360028501549661209b61208e896001600160401b039060401c1690565b986001600160401b031690565b60016001600160401b036120af838c611eba565b16036121e857506120c361150236896112dc565b6003870154148015906121ce575b6121bf57855497612104816120ee8b5f52600c60205260405f2090565b906001600160401b03165f5260205260405f2090565b549081156121a4575061212d61211a848061201c565b6121276020860186612031565b916130d5565b03612195576121476112ab985f52600960205260405f2090565b9661216c612155848061201c565b60018a015460401c6001600160401b031690613175565b978861217e575b505050505050612dad565b612189969850613220565b915f8080808080612173565b638297f73360e01b5f5260045ffd5b6366e2261b60e11b5f526001600160401b031660045260245ffd5b635f670cf360e11b5f5260045ffd5b506121dc61150236836112dc565b600487015414156120d1565b633b12aa4560e11b5f526001600160401b03908116600452881660245260445ffd5b906001600160401b0316908115611f3b576001600160401b03160690565b6001600160401b0361225a7f00000000000000000000000000000000000000000000000000000000000000008361220a565b165f52600260205260405f20906001600160401b0380835416911680911480159061229e575b61228c57506001015490565b639ae2a7c360e01b5f5260045260245ffd5b50600182015415612280565b5f198114611e085760010190565b91909160808060a08301948051845260018060a01b03602082015116602085015260018060a01b036040820151166040850152606081015160608501520151910152565b6040516001600160401b0360606020830193805185526020810151604085015260408101518285015201511660808201526080815261233c60a08261127b565b51902090565b63ffffffff8116036103ae57565b35611e9981612342565b90602080835192838152019201905f5b8181106123775750505090565b825184526020938401939092019160010161236a565b916020908281520191905f5b8181106123a65750505090565b90919260208060019263ffffffff87356123bf81612342565b168152019401929101612399565b916123e4611e99949260408552604085019061235a565b92602081850391015261238d565b815181546001600160a01b0319166001600160a01b03909116178155906008906101809061245561242d60208301516001600160401b031690565b855467ffffffffffffffff60a01b191660a09190911b67ffffffffffffffff60a01b16178555565b61252f6001850161249061247360408501516001600160401b031690565b825467ffffffffffffffff19166001600160401b03909116178255565b6124cf6124a760608501516001600160401b031690565b825467ffffffffffffffff60401b191660409190911b67ffffffffffffffff60401b16178255565b61250e6124e660808501516001600160401b031690565b825467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b16178255565b60a08301511515815460ff60c01b191690151560c01b60ff60c01b16179055565b61256561254660c08301516001600160401b031690565b60028601906001600160401b03166001600160401b0319825416179055565b60e0810151600385015561010081015160048501556101208101516005850155610140810151600685015561016081015160078501550151910155565b946125d46001600160401b03946125e29486608098959b9a9b168952602089015260a0604089015260a088019061235a565b91868303606088015261238d565b9416910152565b92906123e490611e999593604086526040860191611e64565b929461264e96989497929861261685612fee565b926002840194855460016001600160401b0361265561263f846001600160401b039060401c1690565b9d8e946001600160401b031690565b8094611eba565b1603612996575084549b6126718d5f52600960205260405f2090565b9c8d8d8c6040518091602082019361268b91888b876125e9565b03601f198101825261269d908261127b565b519020906008015403612987578b6120ee6126c0925f52600c60205260405f2090565b5461296b57909b6116366126eb6126e56126f093546001600160401b039060a01c1690565b8d611eba565b611e9c565b915f9a5f9b5b868d1080612962575b15612737579061272b8e9f9493928f908f8f61165c611686926127259561166193611fe3565b9d6122aa565b9c909192939e506126f6565b939597999d9496989b508c8b8982811092831593612958575b8315612930575b50505061291057506127829492612775888098969461277c94611fe3565b3593611e49565b926135cf565b969193909860ff851615928315936128f2575b50505061289b5750507f589613c482e2391864586467d081a4f4ba60384650285c66b933ee94cbe1213b9394509061286782846128046127e161287796545f52600c60205260405f2090565b855460401c6001600160401b03166001600160401b03165f5260205260405f2090565b55600161283a7f00000000000000000000000000000000000000000000000000000000000000006001600160401b034216611f40565b9101805467ffffffffffffffff60a81b191660a89290921b67ffffffffffffffff60a81b16919091179055565b5460401c6001600160401b031690565b604080516001600160401b039092168252602082019290925290819081015b0390a2565b8594507f62d326d73d18a03565ede16967998a10fdc56e215e86275f6b1b695967e6edcb929593506128ea6112ab976040519384938460ff604092959493606083019683521660208201520152565b0390a2612c95565b61290593509161165c9161166193611fe3565b871415815f80612795565b63139cb11360e31b5f5260048890526001600160401b031660245260445ffd5b61294e9293506116619161165c916129488a8d611e49565b95611fe3565b11158b898f612757565b878a109350612750565b508d8d106126ff565b6371e0f42960e01b5f526001600160401b038b1660045260245ffd5b63866c41db60e01b5f5260045ffd5b633b12aa4560e11b5f526001600160401b039081166004528a1660245260445ffd5b6001600160401b03811161122557601f01601f191660200190565b604051906129e260208361127b565b5f8252565b3d15612a11573d906129f8826129b8565b91612a06604051938461127b565b82523d5f602084013e565b606090565b91908260809103126103ae57604051612a2e8161120a565b6060808294803584526020810135612a4581610c6e565b60208501526040810135612a5881610c6e565b60408501520135910152565b6001600160401b0381116112255760051b60200190565b929192612a87826129b8565b91612a95604051938461127b565b8294818452818301116103ae578281602093845f960137010152565b9080601f830112156103ae57816020611e9993359101612a7b565b929190612ad881612a64565b93612ae6604051958661127b565b602085838152019160051b8101918383116103ae5781905b838210612b0c575050505050565b81356001600160401b0381116103ae57602091612b2c8784938701612ab1565b815201910190612afe565b9190916060806080830194803584526020810135612b5481610c6e565b6001600160a01b031660208501526040810135612b7081610c6e565b6001600160a01b031660408501520135910152565b35611e9981610c6e565b9061010060059180518455612bfd60018501612bd3612bb7602085015160018060a01b031690565b82546001600160a01b0319166001600160a01b03909116178255565b612bea6040840151612be481610515565b82611ff8565b60608301516001600160401b031661085d565b612c4860028501612c1b61247360808501516001600160401b031690565b60a0830151815467ffffffffffffffff60401b191660409190911b67ffffffffffffffff60401b16179055565b60c0810151600385015560e081015160048501550151910155565b6001600160401b03166001600160401b038114611e085760010190565b6001600160401b03168015611e08575f190190565b60018201805460ff60a01b1916600160a11b178155909190612cf26001612cc584545f52600960205260405f2090565b01612cdf6124e66001600160401b03835460801c16612c80565b805460ff60c01b1916600160c01b179055565b7f0000000000000000000000000000000000000000000000000000000000000000907f00000000000000000000000000000000000000000000000000000000000000008201809211611e0857546001600160a01b03165f908152600d602052604090208054918201809211611e085755600754905414612d9f575b6040515f81527ff60ea0ca5e1013423d0b02aa943e2bf84e0805fdd950539fb5153fd71d62cf20908060208101612896565b612da85f600755565b612d6d565b60018201805460ff60a01b1916600160a11b17815590927ff60ea0ca5e1013423d0b02aa943e2bf84e0805fdd950539fb5153fd71d62cf20926128969290612dfe81545f52600960205260405f2090565b9160018301612e236124e6612e1e83546001600160401b039060801c1690565b612c80565b8415612e805750509054612e4091506001600160a01b03166109e3565b612e6b7f00000000000000000000000000000000000000000000000000000000000000008254611fc2565b90555b60405190151581529081906020820190565b805460ff60c01b1916600160c01b179055909150612efd612ef56109e3612ee77f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000611fc2565b93546001600160a01b031690565b918254611fc2565b9055600754905403612e6e57612f125f600755565b612e6e565b612f29905f52600a60205260405f2090565b906001820154612f3d8160ff9060a01c1690565b612f4681610515565b600281148015612fdd575b6104aa578354612f6e6001610436835f52600960205260405f2090565b6104985750612f7d6001610515565b612f8681610515565b60018103612fca575060a81c6001600160401b03165b6001600160401b0381164211612faf5750565b6375adfbd560e01b5f526001600160401b031660045260245ffd5b634eb8d5d960e11b5f5261049590611e56565b506001600160a01b03821615612f51565b613000905f52600a60205260405f2090565b9060018201546130148160ff9060a01c1690565b61301d81610515565b600281148015613073575b6104aa5783546130456001610436835f52600960205260405f2090565b61049857506130535f610515565b61305c81610515565b80612fca575060a81c6001600160401b0316612f9c565b506001600160a01b03821615613028565b6130a260026001600160401b03920154828082169160401c16611eba565b1660108110156130af5790565b50601090565b908060209392818452848401375f828201840152601f01601f1916010190565b906001600160401b03926106c861233c928435926130f284610b07565b61316360208701359661310488610b07565b60408101359061311382610c6e565b6131266060820135916080810190612031565b9190928b6040519b8c9a60208c019e8f911690521660408a015260018060a01b03166060890152608088015260c060a088015260e08701916130b5565b848103601f190160c0860152916130b5565b906001600160401b03602083013561318c81610b07565b16916001600160401b037f00000000000000000000000000000000000000000000000000000000000000001683101592836131ec575b50826131cd57505090565b3591506001600160401b039081906131e484610b07565b169116111590565b7f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316101592505f6131c2565b9491949290926020843594013590600761323a848061201c565b910154916132876020890135946001600160401b0360408b013560608c01359061326382610b07565b604051986132708a61122a565b895260208901521660408701526020810190612031565b9760a0843603126103ae576040519361329f85611245565b80356132aa81610b07565b855260208101356132ba81610b07565b602086015260408101356132cd81610c6e565b6040860152606081013560608601526080810135926001600160401b0384116103ae576133429a6133076133139361331b96369101612ab1565b60808801523691612a7b565b963691612a7b565b957f0000000000000000000000000000000000000000000000000000000000000000613ace565b90918261334e57505090565b3514919050565b60405161233c816106c86020820194856122b8565b6001916133769161388e565b55565b6001600160401b03926133fe926003558060045583821694858519600554161760055567ffffffffffffffff60401b6005549160401b169067ffffffffffffffff60401b191617600555604051946133d086611260565b855260208501527f00000000000000000000000000000000000000000000000000000000000000009061220a565b165f5260026020526001602060405f20926134396001600160401b0382511685906001600160401b03166001600160401b0319825416179055565b0151910155565b906001600160401b0360055460401c16916001600160401b03811683811080156134c1575b61349b5740928315613475575050565b631e96ee1d60e31b5f526001600160401b0391821660045216602452504360445260645ffd5b631e96ee1d60e31b5f526001600160401b0380831660045284166024524360445260645ffd5b5043811015613465565b805160021015611ff35760600190565b805115611ff35760200190565b805160011015611ff35760400190565b805160101015611ff3576102200190565b8051821015611ff35760209160051b010190565b5f905b814961358d57811561357e5761353582612a64565b91613543604051938461127b565b808352601f1961355282612a64565b01366020850137825f5b82811061356857505050565b80600191496135778285613509565b520161355c565b63fdac229f60e01b5f5260045ffd5b90613597906122aa565b90613520565b906135a7826129b8565b6135b4604051918261127b565b82815280926135c5601f19916129b8565b0190602036910137565b9391620200008211613772575f91829162020080916135f56135f084611f6e565b61359d565b97602089019360018552606060408b015260608a01526202000060808a015260a08901376001620200a0880152620200c08701528551906101025afa3d9015613763576060811061373e5761365261364c82613bbc565b60ff1690565b9360ff85166137595761366482613bcd565b61366e8382613bff565b948581101561374d57906116868461369e6136a39461168661369861369287611f7c565b96611f7c565b91611eda565b613bff565b9060c06136b38461369e85611f8a565b0361373e576136d56136d06136cb8561369e86611f98565b613c2e565b611fa6565b806136e38561369e86611fb4565b0361373e578261370a826116866136cb8861369e61370361371098611f7c565b9487611fc2565b94611e49565b831161373e578051839190821161372d576020905b0191823e2090565b5060206137398261359d565b613725565b63f8ee12bf60e01b5f5260045ffd5b505f9550859392505050565b505f925082919050565b63874f0e9d60e01b5f5260045ffd5b63023b9f8760e41b5f52600482905260245ffd5b604051606060208201928051845260018060a01b03602082015116604084015260018060a01b0360408201511682840152015160808201526080815261233c60a08261127b565b604051600160601b61272960f11b01602082019081526138289392613815929091613823916137ff81603481016106c8565b5190206040519384916020830160209181520190565b03601f19810184528361127b565b613c7a565b90156138735761383a61383f91613f49565b613fff565b60048151036138645761385461385a916134cb565b516140e9565b9190911561386457565b638bfd7d3f60e01b5f5260045ffd5b633926252960e01b5f52600161272960911b0160045260245ffd5b90604051906020820192835260408201526040815261233c60608261127b565b805160011015611ff35760210190565b908151811015611ff3570160200190565b916138156138f89294936138235f966040516137ff816106c86020820194859190602083019252565b90156139a55761390a61390f91613f49565b614130565b8051801590811561399a575b50801561397d575b61396e575f925b81518410156139695760019060081b61396061364c61395a61394c88876138be565b516001600160f81b03191690565b60f81c90565b1793019261392a565b925050565b630b5ac87560e01b5f5260045ffd5b506001600160f81b031961399361394c836134db565b1615613923565b60209150115f61391b565b505f9150565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b9c9899949560c0611e999f9d98938f90613a9f9e99613a32613a6b99613a919e99613a4294613a18613a529a613a0889600160ff169052565b6001600160401b03166020890152565b604087015260608601526001600160401b03166080850152565b6001600160401b031660a0830152565b6001600160a01b03909216910152565b60e08c01526101e06101008c01526101e08b01906139ab565b956101208a01526101408901526101608801526101808701906001600160401b03169052565b8482036101a08601526139ab565b916101c08184039101526139ab565b91908260409103126103ae57815180151581036103ae5760209092015190565b94909592969391968051613ae8906001600160401b031690565b926020820151613afe906001600160401b031690565b60408301519092906001600160a01b031690606081015190608001519185519460208701519660400151613b38906001600160401b031690565b976040519d8e9d60208f019d613b4d9e6139cf565b03601f1981018252613b5f908261127b565b8051906020015a915f92916101018493fa613b786129e7565b9015613bad576040815103613b9e5780602080613b9a93518301019101613aae565b9091565b631b57874760e31b5f5260045ffd5b63d6bed87360e01b5f5260045ffd5b60201161373e5760205f803e5f5190565b80604011908115613be9575b5061373e57602060405f3e5f5190565b603f19810191508111611e08576020115f613bd9565b90808211908115613c1a575b5061373e576020905f3e5f5190565b82810391508111611e08576020115f613c0b565b6001600160401b03811161373e57601f8101809111611e08578060051c90601f19169080820460201490151715611e085790565b60405190613c6f82611260565b5f6020838281520152565b929190815115613f0757613c8d90614164565b925f9081613c99613c62565b9060015b613e90575b613cab82613fff565b90613cb4613c62565b50815160118103613db9575087518114613d9157613cee613ce7613ce161364c61395a61394c868e6138be565b84613509565b51916122aa565b935b613cf982614381565b613d6c5750613d07816140e9565b92909215613d1e5750509060015b92909192613c9d565b92509394959650506011915051149081613d5a575b50613d4757637e32ca5960e11b5f5260045ffd5b613b9a9151613d546129d3565b9161434b565b613d649150614130565b51155f613d33565b925090506020808201511015613d82575f613d15565b637e32ca5960e11b5f5260045ffd5b50613b9a959650613dad9250613da791506134f8565b51614130565b91518251151591614375565b600203613d8257613dd4613dcf613da7846134db565b61421d565b90613de0838b846142db565b90613e2157815115613d825715613e0c5751613dfb91611fc2565b92613e05826134e8565b5190613cf0565b505050505090613b9a92935051613d546129d3565b9192959697989350935015928315613e77575b505050613e6957613da7613e47916134e8565b90815115613e5a57613b9a925190614367565b6372bd263360e01b5f5260045ffd5b50613b9a9151613d546129d3565b613e849293505190611fc2565b905114155f8080613e34565b92905083518114613ef85781613ea68286613509565b516020815191012003613ed557613ecf613ec9613ec38387613509565b51613f49565b916122aa565b92613ca2565b15613ee957633d50767560e21b5f5260045ffd5b633628140f60e21b5f5260045ffd5b6335e909e960e01b5f5260045ffd5b5050907f56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b42114613f3f576335e909e960e01b5f5260045ffd5b5f90611e996129d3565b613f51613c62565b50805115613fa1576020810190613f69815183614398565b508101809111611e0857815103613f92575160405191613f8883611260565b8252602082015290565b631b4aaf0760e31b5f5260045ffd5b63403adeed60e01b5f5260045ffd5b90613fba82612a64565b613fc7604051918261127b565b8281528092613fd8601f1991612a64565b01905f5b828110613fe857505050565b602090613ff3613c62565b82828501015201613fdc565b906140108251602084015190614398565b939093156140da5761402d916140269151611fc2565b9283611fc2565b5f90835b8181106140b0575061404282613fb0565b93905f915b8383106140545750505050565b6140a88161168661407061406a60019587611e49565b83614398565b509061407c8282611fc2565b6140846112cd565b908582526020820152614097898d613509565b526140a2888c613509565b50611fc2565b920191614047565b6140ce816116866140c761406a6140d49587611e49565b5090611fc2565b926122aa565b91614031565b637ad6a98f60e11b5f5260045ffd5b6140f98151602083015190614398565b929192614121576020036141195751908101809111611e08575190600190565b50505f905f90565b6305bcfd2d60e21b5f5260045ffd5b906141418251602084015190614398565b919091614121576141518261359d565b9351908101809111611e0857602084015e565b9081518060011b9080820460021490151715611e08576141839061359d565b915f5b815181101561421957806141c16141b16141a861395a61394c600196886138be565b60041c600f1690565b60f81b6001600160f81b03191690565b6141d76141cd83611ef2565b915f1a91876138be565b536141fe600f6141ed61395a61394c85886138be565b1660f81b6001600160f81b03191690565b6142126141cd61420d84611ef2565b611f60565b5301614186565b5050565b805115613d825761422d90614164565b9061423d61395a61394c846134db565b60ff811660038111613d825760016002819210159216148015806142c1575b613d8257156142b85760ff60015b166142796135f0828651611e49565b915f5b83518110156142b1578061429e61394c61429886600195611fc2565b896138be565b5f1a6142aa82876138be565b530161427c565b5093505090565b60ff600261426a565b5060ff6142d361395a61394c876138ae565b16151561425c565b918151818103908111611e0857835111614344575f5b835181101561433b576001600160f81b031961430d82866138be565b5116818301808411611e085761394c61432691866138be565b03614333576001016142f1565b505050505f90565b50505050600190565b5050505f90565b92919203614358575f9190565b6303c1de3560e21b5f5260045ffd5b929192036143585760019190565b93929303614358579190565b614392906020815191015190614398565b91505090565b915f9082156143de5783515f1a6080811061448a5760b8811015614423576143bf90611e3a565b926001948585146143ed575b505b6143d78486611fc2565b116143de57565b632bf7d67960e21b5f5260045ffd5b600282106143de57614409614403608092611f60565b515f1a90565b10614414575f6143cb565b632dbeb36960e01b5f5260045ffd5b919092938460c084105f1461444d5761443f6144459394611e2b565b91614497565b9290936143cd565b50905060f882101561446f575061446390611e1c565b600190916001936143cd565b8361443f61447f93959495611e0d565b9190926001916143cd565b505f935060019250839150565b929190928160010180600111611e08578094106143de5760018101809111611e085780515f1a1561441457519060031b610100031c90603882106144145756",
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
// the contract method with ID 0xd2ef7398.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challenge() payable returns(uint256 gameId)
func (optimisticNativeRollup *OptimisticNativeRollup) PackChallenge() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("challenge")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2ef7398.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challenge() payable returns(uint256 gameId)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackChallenge() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("challenge")
}

// UnpackChallenge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd2ef7398.
//
// Solidity: function challenge() payable returns(uint256 gameId)
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

// PackDerivedInputs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4304341a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function derivedInputs(uint256 proposalId, uint64 number) view returns(bytes32)
func (optimisticNativeRollup *OptimisticNativeRollup) PackDerivedInputs(proposalId *big.Int, number uint64) []byte {
	enc, err := optimisticNativeRollup.abi.Pack("derivedInputs", proposalId, number)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDerivedInputs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4304341a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function derivedInputs(uint256 proposalId, uint64 number) view returns(bytes32)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackDerivedInputs(proposalId *big.Int, number uint64) ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("derivedInputs", proposalId, number)
}

// UnpackDerivedInputs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4304341a.
//
// Solidity: function derivedInputs(uint256 proposalId, uint64 number) view returns(bytes32)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackDerivedInputs(data []byte) ([32]byte, error) {
	out, err := optimisticNativeRollup.abi.Unpack("derivedInputs", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
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

// PackPendingProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa76e5f83.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingProposal() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) PackPendingProposal() []byte {
	enc, err := optimisticNativeRollup.abi.Pack("pendingProposal")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa76e5f83.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingProposal() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackPendingProposal() ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("pendingProposal")
}

// UnpackPendingProposal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa76e5f83.
//
// Solidity: function pendingProposal() view returns(uint256)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackPendingProposal(data []byte) (*big.Int, error) {
	out, err := optimisticNativeRollup.abi.Unpack("pendingProposal", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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
// Solidity: function proposals(uint256 id) view returns(address proposer, uint64 startNumber, uint64 endNumber, uint64 proposedAt, uint64 openGames, bool defeated, uint64 anchorBlockNumber, bytes32 startOutputRoot, bytes32 endOutputRoot, bytes32 endBlockHash, bytes32 endStateRoot, bytes32 anchor, bytes32 dataHash)
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
// Solidity: function proposals(uint256 id) view returns(address proposer, uint64 startNumber, uint64 endNumber, uint64 proposedAt, uint64 openGames, bool defeated, uint64 anchorBlockNumber, bytes32 startOutputRoot, bytes32 endOutputRoot, bytes32 endBlockHash, bytes32 endStateRoot, bytes32 anchor, bytes32 dataHash)
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
// Solidity: function proposals(uint256 id) view returns(address proposer, uint64 startNumber, uint64 endNumber, uint64 proposedAt, uint64 openGames, bool defeated, uint64 anchorBlockNumber, bytes32 startOutputRoot, bytes32 endOutputRoot, bytes32 endBlockHash, bytes32 endStateRoot, bytes32 anchor, bytes32 dataHash)
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
	outstruct.AnchorBlockNumber = *abi.ConvertType(out[6], new(uint64)).(*uint64)
	outstruct.StartOutputRoot = *abi.ConvertType(out[7], new([32]byte)).(*[32]byte)
	outstruct.EndOutputRoot = *abi.ConvertType(out[8], new([32]byte)).(*[32]byte)
	outstruct.EndBlockHash = *abi.ConvertType(out[9], new([32]byte)).(*[32]byte)
	outstruct.EndStateRoot = *abi.ConvertType(out[10], new([32]byte)).(*[32]byte)
	outstruct.Anchor = *abi.ConvertType(out[11], new([32]byte)).(*[32]byte)
	outstruct.DataHash = *abi.ConvertType(out[12], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e013f62.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function propose(uint64 endNumber, (bytes32,bytes32,bytes32,uint64) end, uint32[] blockCounts, uint64 anchorL1Block) payable returns(uint256 proposalId)
func (optimisticNativeRollup *OptimisticNativeRollup) PackPropose(endNumber uint64, end OptimisticNativeRollupOutput, blockCounts []uint32, anchorL1Block uint64) []byte {
	enc, err := optimisticNativeRollup.abi.Pack("propose", endNumber, end, blockCounts, anchorL1Block)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e013f62.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function propose(uint64 endNumber, (bytes32,bytes32,bytes32,uint64) end, uint32[] blockCounts, uint64 anchorL1Block) payable returns(uint256 proposalId)
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackPropose(endNumber uint64, end OptimisticNativeRollupOutput, blockCounts []uint32, anchorL1Block uint64) ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("propose", endNumber, end, blockCounts, anchorL1Block)
}

// UnpackPropose is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8e013f62.
//
// Solidity: function propose(uint64 endNumber, (bytes32,bytes32,bytes32,uint64) end, uint32[] blockCounts, uint64 anchorL1Block) payable returns(uint256 proposalId)
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
// the contract method with ID 0x439ca2c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function step(uint256 gameId, (bytes32,bytes32,bytes32,uint64) parent, (bytes32,bytes32,bytes32,uint64) claimed, ((uint64,uint64,address,bytes32,bytes),bytes) inputs, bytes witness) returns()
func (optimisticNativeRollup *OptimisticNativeRollup) PackStep(gameId *big.Int, parent OptimisticNativeRollupOutput, claimed OptimisticNativeRollupOutput, inputs OptimisticNativeRollupBlockInputs, witness []byte) []byte {
	enc, err := optimisticNativeRollup.abi.Pack("step", gameId, parent, claimed, inputs, witness)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x439ca2c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function step(uint256 gameId, (bytes32,bytes32,bytes32,uint64) parent, (bytes32,bytes32,bytes32,uint64) claimed, ((uint64,uint64,address,bytes32,bytes),bytes) inputs, bytes witness) returns()
func (optimisticNativeRollup *OptimisticNativeRollup) TryPackStep(gameId *big.Int, parent OptimisticNativeRollupOutput, claimed OptimisticNativeRollupOutput, inputs OptimisticNativeRollupBlockInputs, witness []byte) ([]byte, error) {
	return optimisticNativeRollup.abi.Pack("step", gameId, parent, claimed, inputs, witness)
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
// Solidity: event Bisected(uint256 indexed gameId, bytes32[] outputRoots)
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
	Number     uint64
	InputsHash [32]byte
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
// Solidity: event BlockDataProven(uint256 indexed gameId, uint64 number, bytes32 inputsHash)
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
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["ChallengeWindowClosed"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackChallengeWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["ChallengeWindowOpen"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackChallengeWindowOpenError(raw[4:])
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
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["InputsNotDerived"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackInputsNotDerivedError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["InvalidBlockCounts"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackInvalidBlockCountsError(raw[4:])
	}
	if bytes.Equal(raw[:4], optimisticNativeRollup.abi.Errors["InvalidConfig"].ID.Bytes()[:4]) {
		return optimisticNativeRollup.UnpackInvalidConfigError(raw[4:])
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
	Number uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BlockDataProvenAlready(uint64 number)
func OptimisticNativeRollupBlockDataProvenAlreadyErrorID() common.Hash {
	return common.HexToHash("0x71e0f429641812f6ee321c78e67a9dc81e35339dd43f26f7b212b2e14bac939a")
}

// UnpackBlockDataProvenAlreadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BlockDataProvenAlready(uint64 number)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackBlockDataProvenAlreadyError(raw []byte) (*OptimisticNativeRollupBlockDataProvenAlready, error) {
	out := new(OptimisticNativeRollupBlockDataProvenAlready)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "BlockDataProvenAlready", raw); err != nil {
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

// OptimisticNativeRollupInvalidConfig represents a InvalidConfig error raised by the OptimisticNativeRollup contract.
type OptimisticNativeRollupInvalidConfig struct {
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidConfig(string reason)
func OptimisticNativeRollupInvalidConfigErrorID() common.Hash {
	return common.HexToHash("0x89a61989863f97edef3cf9672465dbf8e5f073c532d59146a86917af6f971ea7")
}

// UnpackInvalidConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidConfig(string reason)
func (optimisticNativeRollup *OptimisticNativeRollup) UnpackInvalidConfigError(raw []byte) (*OptimisticNativeRollupInvalidConfig, error) {
	out := new(OptimisticNativeRollupInvalidConfig)
	if err := optimisticNativeRollup.abi.UnpackIntoInterface(out, "InvalidConfig", raw); err != nil {
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
	Head      uint64
	MaxBlocks uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRange(uint64 endNumber, uint64 head, uint64 maxBlocks)
func OptimisticNativeRollupInvalidRangeErrorID() common.Hash {
	return common.HexToHash("0x749d54b4facac9be5c1dce71d1d1b8c8e89d694054e09198676910ec11497121")
}

// UnpackInvalidRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRange(uint64 endNumber, uint64 head, uint64 maxBlocks)
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
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"genesisHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"genesisStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"genesisTimestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minGasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxGasLimit\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"sequencerWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"historySize\",\"type\":\"uint64\"}],\"internalType\":\"structNativeRollup.Config\",\"name\":\"c\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AccountNotInState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"anchorBlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"previousAnchor\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"l1BlockNumber\",\"type\":\"uint256\"}],\"name\":\"AnchorOutOfRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExecuteFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExecuteUnavailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"ForcedInclusionFeeTooLow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ForcedQueueEmpty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"queued\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"given\",\"type\":\"bytes32\"}],\"name\":\"ForcedTransactionMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"txHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"dueAt\",\"type\":\"uint256\"}],\"name\":\"ForcedTransactionNotIncluded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ForcedTransactionTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"txHash\",\"type\":\"bytes32\"}],\"name\":\"ForcedTransactionValid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minGasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxGasLimit\",\"type\":\"uint64\"}],\"name\":\"GasLimitOutsidePolicy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"}],\"name\":\"HeadHeaderMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"InitcodeTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"intrinsicGas\",\"type\":\"uint256\"}],\"name\":\"IntrinsicGasTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"computedBlockHash\",\"type\":\"bytes32\"}],\"name\":\"InvalidClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"relayerFee\",\"type\":\"uint256\"}],\"name\":\"InvalidDeposit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidTransactionSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTEmptyValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTExtraProofNodes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidNode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidNodeHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidRootHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTProofTooShort\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedStorageValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"MalformedTransaction\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPEmptyInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxBytes\",\"type\":\"uint256\"}],\"name\":\"RLPIntegerTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNonCanonical\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNotAList\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNotAString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPTrailingBytes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPTruncated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"codeHash\",\"type\":\"bytes32\"}],\"name\":\"SenderCodeMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"openAt\",\"type\":\"uint256\"}],\"name\":\"SequencerExclusive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"}],\"name\":\"StateRootUnavailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"parentTimestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"}],\"name\":\"TimestampOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxPriorityFeePerGas\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxFeePerGas\",\"type\":\"uint256\"}],\"name\":\"TipAboveFeeCap\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransactionCostOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxGas\",\"type\":\"uint256\"}],\"name\":\"TransactionGasTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"txType\",\"type\":\"uint8\"}],\"name\":\"UnsupportedTransactionType\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"WithdrawalAlreadyFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"WithdrawalNotProven\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"txChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"}],\"name\":\"WrongTransactionChainId\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"anchor\",\"type\":\"bytes32\"}],\"name\":\"BlockAdvanced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"depositHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"relayerFee\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structMessages.Deposit\",\"name\":\"deposit\",\"type\":\"tuple\"}],\"name\":\"DepositSent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"txHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"}],\"name\":\"ForcedTransactionIncluded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"txHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"dueAt\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"transaction\",\"type\":\"bytes\"}],\"name\":\"ForcedTransactionQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"txHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"enumForcedInclusion.SkipReason\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"ForcedTransactionSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structMessages.Withdrawal\",\"name\":\"withdrawal\",\"type\":\"tuple\"}],\"name\":\"WithdrawalFinalized\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"FORCED_INCLUSION_FEE_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"L2_BRIDGE\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FORCED_TX_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"prevRandao\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"}],\"internalType\":\"structExecute.BlockEnv\",\"name\":\"env\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"anchorL1Block\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"postStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"}],\"internalType\":\"structExecute.Claims\",\"name\":\"claims\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"transactions\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"}],\"name\":\"advance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"anchorBlockNumber\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockNumber\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockTimestamp\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"chainId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"relayerFee\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"depositHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"depositHash\",\"type\":\"bytes32\"}],\"name\":\"depositSent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"internalType\":\"structMessages.Withdrawal\",\"name\":\"withdrawal\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes[]\",\"name\":\"accountProof\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes[]\",\"name\":\"storageProof\",\"type\":\"bytes[]\"}],\"name\":\"finalizeWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedHead\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedInclusionDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedTail\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"forcedTransaction\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"txHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"dueAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"internalType\":\"structForcedInclusion.QueuedTransaction\",\"name\":\"q\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"historySize\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastSequencerAdvanceTime\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxGasLimit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minGasLimit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"signedTx\",\"type\":\"bytes\"}],\"name\":\"queueForcedTransaction\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencerWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"signedTx\",\"type\":\"bytes\"},{\"internalType\":\"bytes[]\",\"name\":\"accountProof\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes\",\"name\":\"senderCode\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"headHeader\",\"type\":\"bytes\"}],\"name\":\"skipForcedTransaction\",\"outputs\":[{\"internalType\":\"enumForcedInclusion.SkipReason\",\"name\":\"reason\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stateRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"}],\"name\":\"stateRootAt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"withdrawalFinalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "TestNativeRollup",
	Bin: "0x610140604052346103c957604051601f613e8038819003918201601f19168301916001600160401b0383118484101761031457808492610120946040528339810103126103c9576040519061012082016001600160401b038111838210176103145760405261006d816103cd565b918281526020820151806020830152604083015190816040840152610094606085016103cd565b94606084019586526100a8608086016103cd565b8060808601526100ba60a087016103cd565b60a0860181905260c0870151959091906001600160a01b03871687036103c9578060c06101009201978852610103826100f560e08c016103cd565b9a60e084019b8c52016103cd565b91018190526001600160401b03928316939183169216908115610383578215801561037a575b6103285760018060401b031660805260a05260c05260e0526003558060045560055468010000000000000000600160801b034360401b169060018060801b03191617600555604051906040820182811060018060401b03821117610314576040525f82526020820190815260a0516001600160401b031615610300575f8052600260205290517fac33ff75c19e70fe83507db0d683fd3465c996598dc972688b7ace676c89077b80546001600160401b0319166001600160401b0392831617905590517fac33ff75c19e70fe83507db0d683fd3465c996598dc972688b7ace676c89077c5590516001600160a01b03166101005290518116610120529051600780546001600160801b031916919092161742604090811b6fffffffffffffffff0000000000000000169190911790915551613a9e90816103e28239608051818181610716015281816108d80152611142015260a0518181816102be01528181610dac0152611f4a015260c0518181816105c6015281816106f30152818161129b0152611956015260e05181818161064d015281816112c1015261198f0152610100518181816105ff015281816111d0015261185601526101205181818161027b015281816108180152818161189f015261253d0152f35b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b6040516389a6198960e01b815260206004820152602360248201527f6e6565642030203c206d696e4761734c696d6974203c3d206d61784761734c696044820152621b5a5d60ea1b6064820152608490fd5b50838311610129565b6040516389a6198960e01b815260206004820152601c60248201527f686973746f727953697a65206d75737420626520706f736974697665000000006044820152606490fd5b5f80fd5b51906001600160401b03821682036103c95756fe60806040526004361015610011575f80fd5b5f3560e01c8063085def64146101cf578063159a99ea146101ca5780632dfdf0b5146101c55780632f2f76411461016b5780633b1306fd146101c05780633cad82ff146101bb578063433b953f146101b657806346241e8e146101b157806347e7ef24146101ac5780634fd1d712146101a757806352e863bd146101a257806357e871e71461019d5780635aeb4d77146101985780635c1bba38146101935780635e45da231461018e57806367b001121461018957806376426a1f146101845780639588eca21461017f5780639a8a05921461017a5780639fdc8f2014610175578063adb6183214610170578063af73a5f71461016b578063b1871c1114610166578063cb131d6614610161578063cd77f57a1461015c578063d0a1678514610157578063db35e93e146101525763f22a195e1461014d575f80fd5b610ce9565b610cba565b610c0d565b610a26565b6109cd565b61093e565b61025c565b610918565b6108fc565b6108b9565b61089c565b61068e565b610671565b61062e565b6105ea565b6105a7565b610581565b610561565b6104cb565b610385565b610345565b61030b565b6102e2565b61029f565b610240565b61021e565b3461021a57602036600319011261021a57602060016102107f405f0deb3d285d4e12dd4c0ea78141b800589a8b89657b11ad5da71c886aa42e600435612671565b5414604051908152f35b5f80fd5b3461021a575f36600319011261021a576020604051600161272960911b018152f35b3461021a575f36600319011261021a5760205f54604051908152f35b3461021a575f36600319011261021a5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461021a575f36600319011261021a5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461021a575f36600319011261021a5760206001600160401b0360055460401c16604051908152f35b3461021a575f36600319011261021a5760206001600160401b0360055460801c16604051908152f35b6001600160401b0381160361021a57565b3461021a57602036600319011261021a57602061036c60043561036781610334565b610d9f565b604051908152f35b6001600160a01b0381160361021a57565b604036600319011261021a5760043561039d81610374565b6024359034158015610484575b61046d57610456906103f1610469935f54906103e16103c7610eac565b838152336020820152946001600160a01b03166040860152565b3460608501526080840152610edb565b5f557fb5423a27b2bae2a2e762ca99cacdf8fc967ded07e738e8a518084a0f24a1eb9561041d8261181c565b92839261044a7f405f0deb3d285d4e12dd4c0ea78141b800589a8b89657b11ad5da71c886aa42e85611845565b60405191829182610ee9565b0390a26040519081529081906020820190565b0390f35b50633bfb3e2360e11b5f523460045260245260445ffd5b503482116103aa565b606090604319011261021a57604490565b9181601f8401121561021a578235916001600160401b03831161021a576020838186019501011161021a57565b3461021a5760e036600319011261021a576004356001600160401b03811161021a5760a0600319823603011261021a5760243561050781610334565b6105103661048d565b9160a4356001600160401b03811161021a5761053090369060040161049e565b9060c435946001600160401b03861161021a5761055461055f96369060040161049e565b95909460040161107d565b005b3461021a575f36600319011261021a57602060055460c01c604051908152f35b3461021a575f36600319011261021a5760206001600160401b0360055416604051908152f35b3461021a575f36600319011261021a5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461021a575f36600319011261021a576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461021a575f36600319011261021a5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461021a575f36600319011261021a576020604051620927c08152f35b602036600319011261021a576004356001600160401b03811161021a576106b990369060040161049e565b906180008211610882576106cc48611339565b80341061086b57610469610808848461073b6106e9368484610f73565b6001600160401b037f000000000000000000000000000000000000000000000000000000000000000016907f000000000000000000000000000000000000000000000000000000000000000090612160565b7f549388484980ea7bf66565eaeaffa3352198650e03e6c4437515b672ad885acc610767368585610f73565b60208151910120926001600160401b0361078360055460c01c90565b6107b461078f826113de565b600580546001600160c01b031660c09290921b6001600160c01b031916919091179055565b169586936107fb6107c3610ebd565b878152426001600160401b03166020820152346001600160c01b031660408201526107f6875f52600660205260405f2090565b6113fb565b516001600160a01b031690565b61085861083e6001600160401b037f000000000000000000000000000000000000000000000000000000000000000016426114be565b6040516001600160a01b03909316979293849391846114cb565b0390a46040519081529081906020820190565b63f661aa8b60e01b5f523460045260245260445b5ffd5b63036ffd3760e41b5f52600482905261800060245260445ffd5b3461021a575f36600319011261021a576020600454604051908152f35b3461021a575f36600319011261021a5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461021a575f36600319011261021a5760206040516180008152f35b3461021a575f36600319011261021a5760206001600160401b0360075416604051908152f35b3461021a57602036600319011261021a5761046960043561095d6114f8565b905f52600660205260405f2080549081610998575b505060408051825181526020808401519082015291810151908201529081906060820190565b90915060016109a682612525565b91015460401c90604051926109ba84610e35565b8352602083015260408201525f80610972565b3461021a575f36600319011261021a5760206001600160401b0360075460401c16604051908152f35b9181601f8401121561021a578235916001600160401b03831161021a576020808501948460051b01011161021a57565b3461021a57366003190160e0811261021a5760801361021a57608435610a4b81610334565b60a4356001600160401b03811161021a57610a6a9036906004016109f6565b60c4356001600160401b03811161021a57610a899036906004016109f6565b919092610a9f610a9a366004611516565b612569565b94610abc610ab5875f52600160205260405f2090565b5460ff1690565b610bd257610ae960019593610ae3610b1a9694610adb610b1495610d9f565b92369161158b565b906125b0565b92610adb7fd6a5bc246508e8f189608dbda8507c3bd6de66a48b8efdeebfbe1a7b18f7a02388612671565b91612691565b03610bc057610b41610b34825f52600160205260405f2090565b805460ff19166001179055565b7f6a5302ceb0e2163337c6a68b08115fac6f8ebf5158c48eeffb98d0e48ba0f2ca60405180610b716004826115f6565b0390a25f808080610b826044611644565b606435905af1610b90611662565b5015610b9857005b61087f610ba56044611644565b6339f1c8d960e01b5f526001600160a01b0316600452602490565b63125ead2960e11b5f5260045260245ffd5b639b26663960e01b5f52600486905260245ffd5b919060208301926004821015610bf95752565b634e487b7160e01b5f52602160045260245ffd5b3461021a57608036600319011261021a576004356001600160401b03811161021a57610c3d90369060040161049e565b6024356001600160401b03811161021a57610c5c9036906004016109f6565b9190926044356001600160401b03811161021a57610c7e90369060040161049e565b90606435946001600160401b03861161021a5761046996610ca6610cae97369060040161049e565b969095611691565b60405191829182610be6565b3461021a57602036600319011261021a576004355f526001602052602060ff60405f2054166040519015158152f35b3461021a575f36600319011261021a576020600354604051908152f35b634e487b7160e01b5f52601160045260245ffd5b60f619810191908211610d2957565b610d06565b60bf19810191908211610d2957565b60b619810191908211610d2957565b607f19810191908211610d2957565b91908203918211610d2957565b634e487b7160e01b5f52601260045260245ffd5b906001600160401b0316908115610d9a576001600160401b03160690565b610d68565b6001600160401b03610dd17f000000000000000000000000000000000000000000000000000000000000000083610d7c565b165f52600260205260405f20906001600160401b03808354169116809114801590610e15575b610e0357506001015490565b639ae2a7c360e01b5f5260045260245ffd5b50600182015415610df7565b634e487b7160e01b5f52604160045260245ffd5b606081019081106001600160401b03821117610e5057604052565b610e21565b60a081019081106001600160401b03821117610e5057604052565b604081019081106001600160401b03821117610e5057604052565b90601f801991011681019081106001600160401b03821117610e5057604052565b60405190610ebb60a083610e8b565b565b60405190610ebb606083610e8b565b60405190610ebb604083610e8b565b5f198114610d295760010190565b91909160808060a08301948051845260018060a01b03602082015116602085015260018060a01b036040820151166040850152606081015160608501520151910152565b35610f3781610334565b90565b6001600160401b036001911601906001600160401b038211610d2957565b6001600160401b038111610e5057601f01601f191660200190565b929192610f7f82610f58565b91610f8d6040519384610e8b565b82948184528183011161021a578281602093845f960137010152565b9080601f8301121561021a57816020610f3793359101610f73565b919060a08382031261021a5760405190610fdd82610e55565b81938035610fea81610334565b83526020810135610ffa81610334565b6020840152604081013561100d81610374565b6040840152606081013560608401526080810135916001600160401b03831161021a5760809261103d9201610fa9565b910152565b919082606091031261021a5760405161105a81610e35565b6040808294803584526020810135602085015201359161107983610334565b0152565b9695929491909161108c611854565b61109588610f2d565b6007546001600160401b039081169116811080159061131e575b6112e95750602088016110d06110cc6110c783610f2d565b611943565b1590565b6112755750611166906110e2846119b4565b946110fd6110f86005546001600160401b031690565b610f3a565b968661110a89838c611a57565b998c61113f60035496611137611124600454943690610fc4565b9461112f368d611042565b973691610f73565b963691610f73565b957f0000000000000000000000000000000000000000000000000000000000000000611dfc565b979015611261577f970c63cb136d31cf1b7679a2663161da36fefa5b3ee4cf8eb6d15f2108f27951936001600160401b0393611208610ebb999a97946111cd6111b161122796610f2d565b6001600160401b03166001600160401b03196007541617600755565b337f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161461122f575b3591828987611eea565b6040519485941696846040919493926060820195825260208201520152565b0390a2611fb1565b600780546fffffffffffffffff0000000000000000191642891660401b67ffffffffffffffff60401b161790556111fe565b63a3a88d9d60e01b5f52600488905260245ffd5b61128161087f91610f2d565b63c8eb5e5f60e01b5f526001600160401b039081166004527f000000000000000000000000000000000000000000000000000000000000000081166024527f000000000000000000000000000000000000000000000000000000000000000016604452606490565b61087f906112f68a610f2d565b633bdf90a760e01b5f526001600160401b039081166004529081166024524216604452606490565b5061132889610f2d565b6001600160401b03429116116110af565b9081620927c00291620927c0830403610d2957565b600281901b91906001600160fe1b03811603610d2957565b9081600302916003830403610d2957565b9081600a0291600a830403610d2957565b600181901b91906001600160ff1b03811603610d2957565b908161076c029161076c830403610d2957565b600381901b91906001600160fd1b03811603610d2957565b81810292918115918404141715610d2957565b6001600160401b03166001600160401b038114610d295760010190565b60016040918351815501916114336001600160401b0360208301511684906001600160401b03166001600160401b0319825416179055565b015181546001600160401b031660409190911b67ffffffffffffffff1916179055565b61520801908161520811610d2957565b90601f8201809211610d2957565b617d00019081617d0011610d2957565b61096001908161096011610d2957565b6002019081600211610d2957565b601b019081601b11610d2957565b9060018201809211610d2957565b91908201809211610d2957565b91926060938192845260406020850152816040850152848401375f828201840152601f01601f1916010190565b6040519061150582610e35565b5f6040838281528260208201520152565b919082608091031261021a57604051608081018181106001600160401b03821117610e5057604052606080829480358452602081013561155581610374565b6020850152604081013561156881610374565b60408501520135910152565b6001600160401b038111610e505760051b60200190565b92919061159781611574565b936115a56040519586610e8b565b602085838152019160051b81019183831161021a5781905b8382106115cb575050505050565b81356001600160401b03811161021a576020916115eb8784938701610fa9565b8152019101906115bd565b919091606080608083019480358452602081013561161381610374565b6001600160a01b03166020850152604081013561162f81610374565b6001600160a01b031660408501520135910152565b35610f3781610374565b6040519061165d602083610e8b565b5f8252565b3d1561168c573d9061167382610f58565b916116816040519384610e8b565b82523d5f602084013e565b606090565b969192949093979597600554956116cb6116bf6116b8896001600160401b039060801c1690565b9860c01c90565b6001600160401b031690565b946001600160401b03881695861461180d576116f8886001600160401b03165f52600660205260405f2090565b99611704368983610f73565b60208151910120978b54808a036117e9575095610ebb9a9b9c6117859661175b9661174f966001966117416106e9611746986117b29e3691610f73565b61275f565b9a015460401c90565b6001600160c01b031690565b946110f861177a826001600160401b03165f52600660205260405f2090565b60015f918281550155565b6005805467ffffffffffffffff60801b191660809290921b67ffffffffffffffff60801b16919091179055565b7fef3c121bad33a076773ac31037ae42e46c2f8e49fd0b4b222db1133ac67e2cb3604051806117e18982610be6565b0390a3611fb1565b6302edb46560e31b5f526001600160401b038b16600452602452604489905260645ffd5b63556eb3fb60e01b5f5260045ffd5b60405161183f81611831602082019485610ee9565b03601f198101835282610e8b565b51902090565b60019161185191612671565b55565b7f0000000000000000000000000000000000000000000000000000000000000000336001600160a01b03821614611940576001600160401b0360075460401c16906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168201809211610d2957814210806118f7575b6118d9575050565b6380beb8f360e01b5f526001600160a01b031660045260245260445ffd5b506005546001600160401b038160801c169060c01c811080611921575b1590506118d1565b6118d1565b505f52600660205261191c61193860405f20612525565b421015611914565b50565b6001600160401b03166001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168110159081611983575090565b90506001600160401b037f000000000000000000000000000000000000000000000000000000000000000016101590565b906001600160401b0360055460401c16916001600160401b0381168381108015611a35575b611a0f57409283156119e9575050565b631e96ee1d60e31b5f526001600160401b0391821660045216602452504360445260645ffd5b631e96ee1d60e31b5f526001600160401b0380831660045284166024524360445260645ffd5b50438110156119d9565b9093929384831161021a57841161021a578101920390565b909291925f93600554611a74816001600160401b039060801c1690565b91611a836116bf849360c01c90565b906001600160401b038416828114611ccd57611a9f86886128f7565b99919915611cbe57611ab1908a6114be565b985b6001600160401b0387169a858c1080611cb5575b15611ca457611ad7828a8c612932565b9991929099611c9157611b13611b0c8d8c8e611b06611af6898b6114be565b92611b018a8c6114be565b6114be565b92611a3f565b3691610f73565b6020815191012090611b36836001600160401b03165f52600660205260405f2090565b80548303611bda576001015460401c6001600160c01b0316611b57916114be565b6040516001600160401b0389168152909e907f6f486b1fa0907bcb4042e65de622ef9656eb69dab611c72c4baec0b890b5ad5390602090a3611baa816001600160401b03165f52600660205260405f2090565b611bb99060015f918281550155565b611bc2906113de565b97611bcc916114be565b611bd5916114be565b611ab3565b509d50509950505097509350505091505b6001600160401b03831614611c2857506005805467ffffffffffffffff60801b191660809290921b67ffffffffffffffff60801b16919091179055565b80929350611c4891506001600160401b03165f52600660205260405f2090565b611c5181612525565b421015611c5e5750505f90565b61087f9250611c6e815491612525565b636a5b6c9d60e11b5f526001600160401b03909216600452602452604452606490565b9c50995050509750935050509150611beb565b9a5050975093955050509150611beb565b508a8210611ac7565b637ad6a98f60e11b5f5260045ffd5b505f9750505050505050565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b9c9899949560c0610f379f9d98938f90611dcd9e99611d60611d9999611dbf9e99611d7094611d46611d809a611d3689600160ff169052565b6001600160401b03166020890152565b604087015260608601526001600160401b03166080850152565b6001600160401b031660a0830152565b6001600160a01b03909216910152565b60e08c01526101e06101008c01526101e08b0190611cd9565b956101208a01526101408901526101608801526101808701906001600160401b03169052565b8482036101a0860152611cd9565b916101c0818403910152611cd9565b919082604091031261021a578151801515810361021a5760209092015190565b94909592969391968051611e16906001600160401b031690565b926020820151611e2c906001600160401b031690565b60408301519092906001600160a01b031690606081015190608001519185519460208701519660400151611e66906001600160401b031690565b976040519d8e9d60208f019d611e7b9e611cfd565b03601f1981018252611e8d9082610e8b565b8051906020015a915f92916101018493fa611ea6611662565b9015611edb576040815103611ecc5780602080611ec893518301019101611ddc565b9091565b631b57874760e31b5f5260045ffd5b63d6bed87360e01b5f5260045ffd5b6001600160401b0392611f6f926003558060045583821694858519600554161760055567ffffffffffffffff60401b6005549160401b169067ffffffffffffffff60401b19161760055560405194611f4186610e70565b855260208501527f000000000000000000000000000000000000000000000000000000000000000090610d7c565b165f5260026020526001602060405f2092611faa6001600160401b0382511685906001600160401b03166001600160401b0319825416179055565b0151910155565b8015611940575f80808093335af1611fc7611662565b5015611fcf57565b6339f1c8d960e01b5f523360045260245ffd5b60405190611fef82610e55565b5f6080838281528260208201528260408201528260608201520152565b634e487b7160e01b5f52603260045260245ffd5b80511561202d5760200190565b61200c565b80516001101561202d5760210190565b90815181101561202d570160200190565b6040519061206082610e70565b5f6020838281520152565b80516001101561202d5760400190565b80516002101561202d5760600190565b80516003101561202d5760800190565b80516004101561202d5760a00190565b80516005101561202d5760c00190565b80516006101561202d5760e00190565b80516007101561202d576101000190565b80516008101561202d576101200190565b80516009101561202d576101400190565b8051600a101561202d576101600190565b8051600b101561202d576101800190565b80516010101561202d576102200190565b8051600f101561202d576102000190565b805182101561202d5760209160051b010190565b8115610d9a570490565b929161216a611fe2565b938051158015612509575b6124bd5761219a90612185612053565b60218201815290515f1901602082015261296e565b91600c835103612489576121b66121b084612020565b51612a4f565b6001600160401b038216810361246b5750506001600160401b03806121fc6121e96116bf6121e38761206b565b51612ace565b6001600160401b03166020880181905290565b161461243d5761220e6121b08361207b565b61221a6121b08461208b565b606086019181835281811161242857505061223a6116bf6121e38561209b565b6001600160401b0316604086019081529061225d612257856120ab565b51612bb4565b51928315938415908161241c575b506123f1576122c36122f26122c36122ed6122886121b08a6120bb565b9760808c019889526122e76122e16122da8c6122d46122ce6122c86122af612257856120cb565b9b8c986122bb8a612be8565b809a51612ccc565b611456565b926120dc565b51612d5b565b906114be565b965161134e565b91611366565b90610d5b565b611377565b8181116123e9575b5083516001600160401b03168181106123cb57505082516001600160401b0316630100000081116123a8575082516001600160401b031681811161238a575050906123576116bf61235d935194511992516001600160401b031690565b90612156565b1061237b5761236e610ebb91612e8f565b6001600160a01b03168352565b6361fea41560e01b5f5260045ffd5b635626ef1360e11b5f526001600160401b031660045260245260445ffd5b635626ef1360e11b5f526001600160401b0316600452630100000060245260445ffd5b63fa353ba360e01b5f526001600160401b031660045260245260445ffd5b90505f6122fa565b6040516304e6e16d60e51b8152602060048201526002602482015261746f60f01b6044820152606490fd5b6014915014155f61226b565b631c1b330960e11b5f5260045260245260445ffd5b6040516304e6e16d60e51b81526020600482015260056024820152646e6f6e636560d81b6044820152606490fd5b63ce74c5f760e01b5f526004526001600160401b031660245260445ffd5b6040516304e6e16d60e51b815260206004820152600b60248201526a199a595b190818dbdd5b9d60aa1b6044820152606490fd5b80516124de575061087f5f5b630c06fd2560e21b5f5260ff16600452602490565b6125046124fe6124f061087f93612020565b516001600160f81b03191690565b60f81c90565b6124c9565b50600260ff61251d6124fe6124f085612020565b161415612175565b60016001600160401b03910154166001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168101809111610d295790565b604051606060208201928051845260018060a01b03602082015116604084015260018060a01b0360408201511682840152015160808201526080815261183f60a082610e8b565b604051600160601b61272960f11b016020820190815261260b93926125f8929091612606916125e28160348101611831565b5190206040519384916020830160209181520190565b03601f198101845283610e8b565b613072565b90156126565761261d6126229161333b565b6133f1565b60048151036126475761263761263d9161207b565b516134cc565b9190911561264757565b638bfd7d3f60e01b5f5260045ffd5b633926252960e01b5f52600161272960911b0160045260245ffd5b90604051906020820192835260408201526040815261183f606082610e8b565b916125f86126ba9294936126065f966040516125e2816118316020820194859190602083019252565b9015612759576126cc6126d19161333b565b612bb4565b8051801590811561274e575b508015612731575b612722575f925b815184101561271d5760019060081b61271461270e6124fe6124f08887612042565b60ff1690565b179301926126ec565b925050565b630b5ac87560e01b5f5260045ffd5b506001600160f81b03196127476124f083612020565b16156126e5565b60209150115f6126dd565b505f9150565b94959391906127859161277f60045492610adb895160018060a01b031690565b91613504565b80516001600160401b03166001600160401b036127af6116bf60208901516001600160401b031690565b9116036128ed5760208101516127f16127d56116bf60408901516001600160401b031690565b9660806127e860608301998a51906113cb565b910151906114be565b116128e2576040017fc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470815103612889575b505050612830915192613669565b116128845760055461087f9060801c6001600160401b0316612863816001600160401b03165f52600660205260405f2090565b546307d2eced60e31b5f526001600160401b03909116600452602452604490565b600390565b612894368385610f73565b6020815191012090518091036128d057506128b76128bc926110cc923691610f73565b6135e7565b6128c8575f8080612822565b505050600290565b63ad7e7be160e01b5f5260045260245ffd5b505050505050600190565b5050505050505f90565b90600981101561292a5780915b81831161021a576129239260209161291d913691610f73565b01613745565b9192909190565b600991612904565b9180820391808311610d2957600983101561296757825b820193848311610d29576129239460209361291d93611b0c93611a3f565b6009612949565b60208101805115612a1c576129868251825190613745565b156129e157612994916114be565b9051036129a457610f37906133f1565b6040516304e6e16d60e51b815260206004820152601460248201527362797465732061667465722074686520626f647960601b6044820152606490fd5b6040516304e6e16d60e51b8152602060048201526012602482015271189bd91e481a5cc81b9bdd0818481b1a5cdd60721b6044820152606490fd5b6040516304e6e16d60e51b815260206004820152600a602482015269656d70747920626f647960b01b6044820152606490fd5b612a5f8151602083015190613745565b929092612abf5760208311612aab578215612aa45751908101809111610d295780515f1a15612a9557519060031b610100031c90565b632dbeb36960e01b5f5260045ffd5b5050505f90565b636f9d636d60e11b5f52602060045260245ffd5b6305bcfd2d60e21b5f5260045ffd5b612ade8151602083015190613745565b929092612abf5760088311612b14578215612aa45751908101809111610d295780515f1a15612a9557519060031b610100031c90565b636f9d636d60e11b5f52600860045260245ffd5b612b388151602083015190613745565b929092612abf5760018311612b6e578215612aa45751908101809111610d295780515f1a15612a9557519060031b610100031c90565b636f9d636d60e11b5f52600160045260245ffd5b90612b8c82610f58565b612b996040519182610e8b565b8281528092612baa601f1991610f58565b0190602036910137565b90612bc58251602084015190613745565b919091612abf57612bd582612b82565b9351908101809111610d2957602084015e565b905f6020830192805180910193602085015b808210612c0e575050610f37929350610d5b565b90926020907f010101010101010101010101010101010101010101010101010101010101010185518689038480820110612cb4575b50818160041c7f33333333333333333333333333333333333333333333333333333333333333337f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f821684179183808460021c96169116178385161793161760011c16170260f81c01930190612bfa565b6001908503601f190160031b1b5f190119165f612c43565b9092919280820390828211610d2957600482901b916001600160fc1b03811603610d29576001600160fe1b0381168103610d295760021b8101809111610d29578093612d16575050565b90925061c0008311612d48576122d4612d43612d3e612d38610f379596611466565b60051c90565b611388565b611474565b8263c1eed06b60e01b5f5260045260245ffd5b905f91612d6a6110cc82613835565b612dfc57612d77906133f1565b5f905b8051821015612e8057612d996110cc612d938484612142565b51613835565b612dfc57612db0612daa8383612142565b516133f1565b6002815114801590612e69575b8015612e54575b612dfc57612daa612dd49161206b565b925f5b8451811015612e3057612ded6126378287612142565b905015612dfc57600101612dd7565b6040516304e6e16d60e51b815260206004820152600b60248201526a1858d8d95cdcc81b1a5cdd60aa1b6044820152606490fd5b509260019192946122d4612e47612e4c93516113a0565b611484565b930190612d7a565b50612e646110cc612d938361206b565b612dc4565b506014612e7861225783612020565b511415612dbd565b5050565b6040513d5f823e3d90fd5b612ea1612e9b826120ed565b51612b28565b612ead6121b0836120fe565b91612eba6121b08261210f565b9060018311801561306a575b801561304e575b8015613046575b801561301d575b612fcc57612f1881612eef612f1393612020565b515192816020612f0a612f0287956120dc565b5151926120dc565b510151906114be565b610d5b565b905f916038811015612fed575b92612f8361270e84612faa9487612f4c612f4760209c9a611b015f9d9b611494565b612b82565b9160228c84019460028653808d14612fdf578060f7016021860153838160031b610100031b828601525b8401015e519020946114a2565b93604051948594859094939260ff6060936080840197845216602083015260408201520152565b838052039060015afa15612fda575f51906001600160a01b03821615612fcc57565b62d22aef60e41b5f5260045ffd5b612e84565b8360c0016021860153612f76565b94929593915b85612ffd826113b3565b1c156130115761300c90610edb565b612ff3565b93959294919391612f25565b507f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08211612edb565b508115612ed4565b5070014551231950b75fc4402da1732fc9bebe19841015612ecd565b508315612ec6565b9291908151156132f9576130859061384c565b925f9081613091612053565b9060015b613282575b6130a3826133f1565b906130ac612053565b508151601181036131ab575087518114613189576130e66130df6130d961270e6124fe6124f0868e612042565b84612142565b5191610edb565b935b6130f182613835565b61316457506130ff816134cc565b929092156131165750509060015b92909192613095565b92509394959650506011915051149081613152575b5061313f57637e32ca5960e11b5f5260045ffd5b611ec8915161314c61164e565b91613a28565b61315c9150612bb4565b51155f61312b565b92509050602080820151101561317a575f61310d565b637e32ca5960e11b5f5260045ffd5b50611ec895965061319f92506122579150612120565b91518251151591613a52565b60020361317a576131c66131c161225784612020565b613901565b906131d2838b846139bf565b906132135781511561317a57156131fe57516131ed916114be565b926131f78261206b565b51906130e8565b505050505090611ec89293505161314c61164e565b9192959697989350935015928315613269575b50505061325b576122576132399161206b565b9081511561324c57611ec8925190613a44565b6372bd263360e01b5f5260045ffd5b50611ec8915161314c61164e565b61327692935051906114be565b905114155f8080613226565b929050835181146132ea57816132988286612142565b5160208151910120036132c7576132c16132bb6132b58387612142565b5161333b565b91610edb565b9261309a565b156132db57633d50767560e21b5f5260045ffd5b633628140f60e21b5f5260045ffd5b6335e909e960e01b5f5260045ffd5b5050907f56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b42114613331576335e909e960e01b5f5260045ffd5b5f90610f3761164e565b613343612053565b5080511561339357602081019061335b815183613745565b508101809111610d295781510361338457516040519161337a83610e70565b8252602082015290565b631b4aaf0760e31b5f5260045ffd5b63403adeed60e01b5f5260045ffd5b906133ac82611574565b6133b96040519182610e8b565b82815280926133ca601f1991611574565b01905f5b8281106133da57505050565b6020906133e5612053565b828285010152016133ce565b906134028251602084015190613745565b93909315611cbe5761341f9161341891516114be565b92836114be565b5f90835b8181106134a25750613434826133a2565b93905f915b8383106134465750505050565b61349a816122d461346261345c60019587610d5b565b83613745565b509061346e82826114be565b613476610ecc565b908582526020820152613489898d612142565b52613494888c612142565b506114be565b920191613439565b6134c0816122d46134b961345c6134c69587610d5b565b50906114be565b92610edb565b91613423565b6134dc8151602083015190613745565b929192612abf576020036134fc5751908101809111610d29575190600190565b50505f905f90565b916125f86135469294936126066135196114f8565b966040516125e2816118316020820194856014916bffffffffffffffffffffffff199060601b1681520190565b90156135aa5761261d6135589161333b565b6004815103612647576126378161358761357a6116bf6121e361359d96612020565b6001600160401b03168652565b6135936121b08261206b565b602086015261208b565b9060408401521561264757565b5090506135b5610ebd565b5f81525f60208201527fc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470604082015290565b805190601782149182613645575b5081613623575b81613605575090565b905080516002101561202d57602201516001600160f81b0319161590565b905061362e81612032565b516001600160f81b031916600160f81b14906135fc565b9091501561202d5760208101516001600160f81b03191660ef60f81b14905f6135f5565b90613675368284610f73565b602081519101206003549081810361373057505061369b6136a09261261d923691610f73565b61333b565b6136ac6121e3826120ed565b6136ce6136c76121b06136c16121e3866120fe565b94612131565b9160011c90565b9182811461372a57828111613705576136ff836136fa6136f46122e794610f3797610d5b565b856113cb565b612156565b60031c90565b6136ff836136fa6136f4610f379661371c95610d5b565b806122d457506001906114be565b50905090565b63073af8eb60e01b5f5260045260245260445ffd5b915f90821561378b5783515f1a608081106138285760b88110156137c15761376c90610d4c565b9260019485851461379a575b505b61378484866114be565b1161378b57565b632bf7d67960e21b5f5260045ffd5b6002821061378b576137b66137b06080926114b0565b515f1a90565b10612a95575f613778565b919092938460c084105f146137eb576137dd6137e39394610d3d565b91613a5e565b92909361377a565b50905060f882101561380d575061380190610d2e565b6001909160019361377a565b836137dd61381d93959495610d1a565b91909260019161377a565b505f935060019250839150565b613846906020815191015190613745565b91505090565b9081518060011b9080820460021490151715610d295761386b90612b82565b915f5b8151811015612e8057806138a96138996138906124fe6124f060019688612042565b60041c600f1690565b60f81b6001600160f81b03191690565b6138bf6138b583611388565b915f1a9187612042565b536138e6600f6138d56124fe6124f08588612042565b1660f81b6001600160f81b03191690565b6138fa6138b56138f584611388565b6114b0565b530161386e565b80511561317a576139119061384c565b906139216124fe6124f084612020565b60ff81166003811161317a5760016002819210159216148015806139a5575b61317a571561399c5760ff60015b1661395d612f47828651610d5b565b915f5b835181101561399557806139826124f061397c866001956114be565b89612042565b5f1a61398e8287612042565b5301613960565b5093505090565b60ff600261394e565b5060ff6139b76124fe6124f087612032565b161515613940565b918151818103908111610d2957835111612aa4575f5b8351811015613a1f576001600160f81b03196139f18286612042565b5116818301808411610d29576124f0613a0a9186612042565b03613a17576001016139d5565b505050505f90565b50505050600190565b92919203613a35575f9190565b6303c1de3560e21b5f5260045ffd5b92919203613a355760019190565b93929303613a35579190565b929190928160010180600111610d295780941061378b5760018101809111610d295780515f1a15612a9557519060031b610100031c9060388210612a955756",
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
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["HeadHeaderMismatch"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackHeadHeaderMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["InitcodeTooLarge"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackInitcodeTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["IntrinsicGasTooLow"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackIntrinsicGasTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["InvalidClaim"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackInvalidClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["InvalidConfig"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackInvalidConfigError(raw[4:])
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

// TestNativeRollupInvalidConfig represents a InvalidConfig error raised by the TestNativeRollup contract.
type TestNativeRollupInvalidConfig struct {
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidConfig(string reason)
func TestNativeRollupInvalidConfigErrorID() common.Hash {
	return common.HexToHash("0x89a61989863f97edef3cf9672465dbf8e5f073c532d59146a86917af6f971ea7")
}

// UnpackInvalidConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidConfig(string reason)
func (testNativeRollup *TestNativeRollup) UnpackInvalidConfigError(raw []byte) (*TestNativeRollupInvalidConfig, error) {
	out := new(TestNativeRollupInvalidConfig)
	if err := testNativeRollup.abi.UnpackIntoInterface(out, "InvalidConfig", raw); err != nil {
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
