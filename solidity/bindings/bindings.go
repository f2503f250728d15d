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
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"genesisHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"genesisStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"genesisTime\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AccountNotInState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"anchorBlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"previousAnchor\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"l1BlockNumber\",\"type\":\"uint256\"}],\"name\":\"AnchorOutOfRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExecuteFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExecuteUnavailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minGasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxGasLimit\",\"type\":\"uint64\"}],\"name\":\"GasLimitOutsidePolicy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"computedBlockHash\",\"type\":\"bytes32\"}],\"name\":\"InvalidClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"relayerFee\",\"type\":\"uint256\"}],\"name\":\"InvalidDeposit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTEmptyValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTExtraProofNodes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidNode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidNodeHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidRootHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTProofTooShort\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedStorageValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPEmptyInput\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNonCanonical\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNotAList\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNotAString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPTrailingBytes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPTruncated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"openAt\",\"type\":\"uint64\"}],\"name\":\"SequencerExclusive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"}],\"name\":\"StateRootUnavailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"parentTimestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"}],\"name\":\"TimestampOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"WithdrawalAlreadyFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"WithdrawalNotProven\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"anchor\",\"type\":\"bytes32\"}],\"name\":\"BlockAdvanced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"depositHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"relayerFee\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structMessages.Deposit\",\"name\":\"deposit\",\"type\":\"tuple\"}],\"name\":\"DepositSent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structMessages.Withdrawal\",\"name\":\"withdrawal\",\"type\":\"tuple\"}],\"name\":\"WithdrawalFinalized\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"L2_BRIDGE\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"prevRandao\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"}],\"internalType\":\"structExecute.BlockEnv\",\"name\":\"env\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"anchorL1Block\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"postStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"}],\"internalType\":\"structExecute.Claims\",\"name\":\"claims\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"transactions\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"}],\"name\":\"advance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"anchorBlockNumber\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockNumber\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockTimestamp\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"chainId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"relayerFee\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"depositHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"depositHash\",\"type\":\"bytes32\"}],\"name\":\"depositSent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"internalType\":\"structMessages.Withdrawal\",\"name\":\"withdrawal\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes[]\",\"name\":\"accountProof\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes[]\",\"name\":\"storageProof\",\"type\":\"bytes[]\"}],\"name\":\"finalizeWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"historySize\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastAdvanceTime\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxGasLimit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minGasLimit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencerWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stateRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"}],\"name\":\"stateRootAt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"withdrawalFinalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "MyRollup",
	Bin: "0x610140604052346102ad57604051601f6122d438819003918201601f19168301916001600160401b03831184841017610299578084926080946040528339810103126102ad578051602082015160408301516001600160401b03811693919291908490036102ad57606001516001600160a01b038116908190036102ad576040519061012082016001600160401b0381118382101761029957604052610385825260208201928352604082019380855260608301958652620f4240608084015262b71b0060a084015260c08301918252611fff61010060e0850194603c86520152610385608052611fff60a052620f424060c05262b71b0060e052604051906040820182811060018060401b03821117610299576040525f82526020820190815260a0516001600160401b031615610285575f8052600260205290517fac33ff75c19e70fe83507db0d683fd3465c996598dc972688b7ace676c89077b80546001600160401b0319166001600160401b0392831617905590517fac33ff75c19e70fe83507db0d683fd3465c996598dc972688b7ace676c89077c5590516001600160a01b0316610100529051811661012052905160035590516004559051600580544360801b600160801b600160c01b03169316604092831b6fffffffffffffffff00000000000000001617929092174260c01b6001600160c01b031916179091555161202290816102b282396080518181816105c60152610c8d015260a051818181610220015281816109360152611456015260c0518181816104df01528181610e210152611132015260e05181818161056601528181610e47015261116b01526101005181818161051801526110b301526101205181818161063201526110820152f35b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c8063085def641461015457806309af1e2f1461014f578063159a99ea1461014a5780632dfdf0b5146101455780633b1306fd146101405780633cad82ff1461013b57806346241e8e1461013657806347e7ef24146101315780634fd1d7121461012c57806357e871e7146101275780635aeb4d77146101225780635c1bba381461011d5780635e45da23146101185780639588eca2146101135780639a8a05921461010e578063adb6183214610109578063af73a5f714610104578063cd77f57a146100ff578063db35e93e146100fa5763f22a195e146100f5575f80fd5b610878565b610849565b610686565b610613565b6105ea565b6105a7565b61058a565b610547565b610503565b6104c0565b61049a565b610404565b6102be565b61027e565b610244565b610201565b6101e5565b6101c3565b6101a3565b3461019f57602036600319011261019f57602060016101957f405f0deb3d285d4e12dd4c0ea78141b800589a8b89657b11ad5da71c886aa42e60043561161a565b5414604051908152f35b5f80fd5b3461019f575f36600319011261019f57602060055460c01c604051908152f35b3461019f575f36600319011261019f576020604051600161272960911b018152f35b3461019f575f36600319011261019f5760205f54604051908152f35b3461019f575f36600319011261019f5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461019f575f36600319011261019f5760206001600160401b0360055460801c16604051908152f35b6001600160401b0381160361019f57565b3461019f57602036600319011261019f5760206102a56004356102a08161026d565b610929565b604051908152f35b6001600160a01b0381160361019f57565b604036600319011261019f576004356102d6816102ad565b60243590341580156103bd575b6103a65761038f9061032a6103a2935f549061031a610300610a00565b838152336020820152946001600160a01b03166040860152565b3460608501526080840152610a20565b5f557fb5423a27b2bae2a2e762ca99cacdf8fc967ded07e738e8a518084a0f24a1eb956103568261103a565b9283926103837f405f0deb3d285d4e12dd4c0ea78141b800589a8b89657b11ad5da71c886aa42e85611063565b60405191829182610a2e565b0390a26040519081529081906020820190565b0390f35b50633bfb3e2360e11b5f523460045260245260445ffd5b503482116102e3565b606090604319011261019f57604490565b9181601f8401121561019f578235916001600160401b03831161019f576020838186019501011161019f57565b3461019f5760e036600319011261019f576004356001600160401b03811161019f5760a0600319823603011261019f576024356104408161026d565b610449366103c6565b9160a4356001600160401b03811161019f576104699036906004016103d7565b9060c435946001600160401b03861161019f5761048d6104989636906004016103d7565b959094600401610be2565b005b3461019f575f36600319011261019f5760206001600160401b0360055416604051908152f35b3461019f575f36600319011261019f5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461019f575f36600319011261019f576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461019f575f36600319011261019f5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461019f575f36600319011261019f576020600454604051908152f35b3461019f575f36600319011261019f5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461019f575f36600319011261019f5760206001600160401b0360055460401c16604051908152f35b3461019f575f36600319011261019f5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b9181601f8401121561019f578235916001600160401b03831161019f576020808501948460051b01011161019f57565b3461019f57366003190160e0811261019f5760801361019f576084356106ab8161026d565b60a4356001600160401b03811161019f576106ca903690600401610656565b60c4356001600160401b03811161019f576106e9903690600401610656565b9190926106ff6106fa366004610ebf565b6114a7565b9461071c610715875f52600160205260405f2090565b5460ff1690565b610835576107496001959361074361077a969461073b61077495610929565b923691610f34565b90611559565b9261073b7fd6a5bc246508e8f189608dbda8507c3bd6de66a48b8efdeebfbe1a7b18f7a0238861161a565b9161165b565b03610823576107a1610794825f52600160205260405f2090565b805460ff19166001179055565b7f6a5302ceb0e2163337c6a68b08115fac6f8ebf5158c48eeffb98d0e48ba0f2ca604051806107d1600482610f9f565b0390a25f8080806107e26044610fed565b606435905af16107f061100b565b50156107f857005b6108206108056044610fed565b6339f1c8d960e01b5f526001600160a01b0316600452602490565b5ffd5b63125ead2960e11b5f5260045260245ffd5b639b26663960e01b5f52600486905260245ffd5b3461019f57602036600319011261019f576004355f526001602052602060ff60405f2054166040519015158152f35b3461019f575f36600319011261019f576020600354604051908152f35b634e487b7160e01b5f52601160045260245ffd5b60f6198101919082116108b857565b610895565b60bf198101919082116108b857565b60b6198101919082116108b857565b607f198101919082116108b857565b919082039182116108b857565b906001600160401b0316908115610915576001600160401b03160690565b634e487b7160e01b5f52601260045260245ffd5b6001600160401b0361095b7f0000000000000000000000000000000000000000000000000000000000000000836108f7565b165f52600260205260405f20906001600160401b0380835416911680911480159061099f575b61098d57506001015490565b639ae2a7c360e01b5f5260045260245ffd5b50600182015415610981565b634e487b7160e01b5f52604160045260245ffd5b604081019081106001600160401b038211176109da57604052565b6109ab565b90601f801991011681019081106001600160401b038211176109da57604052565b60405190610a0f60a0836109df565b565b60405190610a0f6040836109df565b5f1981146108b85760010190565b91909160808060a08301948051845260018060a01b03602082015116602085015260018060a01b036040820151166040850152606081015160608501520151910152565b35610a7c8161026d565b90565b6001600160401b0381116109da57601f01601f191660200190565b929192610aa682610a7f565b91610ab460405193846109df565b82948184528183011161019f578281602093845f960137010152565b9080601f8301121561019f57816020610a7c93359101610a9a565b919060a08382031261019f576040519060a082018281106001600160401b038211176109da5760405281938035610b218161026d565b83526020810135610b318161026d565b60208401526040810135610b44816102ad565b6040840152606081013560608401526080810135916001600160401b03831161019f57608092610b749201610ad0565b910152565b919082606091031261019f57604051606081018181106001600160401b038211176109da5760405260408082948035845260208101356020850152013591610bc08361026d565b0152565b6001600160401b036001911601906001600160401b0382116108b857565b93959092919495610bf1611072565b610bfa85610a72565b60055497906001600160401b0360408a901c811691168110801590610ea4575b610e6f575060208601610c3b610c37610c3283610a72565b61111f565b1590565b610dfb575091849391610cb1938888610c57610c8a9a99611190565b998a93610c8260035498610c7a610c72600454963690610aeb565b963690610b79565b973691610a9a565b963691610a9a565b957f000000000000000000000000000000000000000000000000000000000000000061133e565b959015610de757927f970c63cb136d31cf1b7679a2663161da36fefa5b3ee4cf8eb6d15f2108f279519492610d99610de293610d6c610d43610d09610d046001600160401b039a6001600160401b031690565b610bc4565b97610d138c600355565b3594610d1e86600455565b610d3e896001600160401b03166001600160401b03196005541617600555565b610a72565b67ffffffffffffffff60401b6005549160401b169067ffffffffffffffff60401b191617600555565b6005805467ffffffffffffffff60801b191660809290921b67ffffffffffffffff60801b16919091179055565b600580546001600160c01b031642871660c01b6001600160c01b031916179055610dc3818561142c565b6040519485941696846040919493926060820195825260208201520152565b0390a2565b63a3a88d9d60e01b5f52600486905260245ffd5b610e0761082091610a72565b63c8eb5e5f60e01b5f526001600160401b039081166004527f000000000000000000000000000000000000000000000000000000000000000081166024527f000000000000000000000000000000000000000000000000000000000000000016604452606490565b61082090610e7c88610a72565b633bdf90a760e01b5f526001600160401b039081166004529081166024524216604452606490565b50610eae87610a72565b6001600160401b0342911611610c1a565b919082608091031261019f57604051608081018181106001600160401b038211176109da576040526060808294803584526020810135610efe816102ad565b60208501526040810135610f11816102ad565b60408501520135910152565b6001600160401b0381116109da5760051b60200190565b929190610f4081610f1d565b93610f4e60405195866109df565b602085838152019160051b81019183831161019f5781905b838210610f74575050505050565b81356001600160401b03811161019f57602091610f948784938701610ad0565b815201910190610f66565b9190916060806080830194803584526020810135610fbc816102ad565b6001600160a01b031660208501526040810135610fd8816102ad565b6001600160a01b031660408501520135910152565b35610a7c816102ad565b604051906110066020836109df565b5f8252565b3d15611035573d9061101c82610a7f565b9161102a60405193846109df565b82523d5f602084013e565b606090565b60405161105d8161104f602082019485610a2e565b03601f1981018352826109df565b51902090565b60019161106f9161161a565b55565b60055460c01c6001600160401b037f000000000000000000000000000000000000000000000000000000000000000016016001600160401b0381116108b8577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316338114158061110d575b6110ed575050565b6001600160401b03925063f3fd208360e01b5f526004521660245260445ffd5b506001600160401b03821642106110e5565b6001600160401b03166001600160401b037f000000000000000000000000000000000000000000000000000000000000000016811015908161115f575090565b90506001600160401b037f000000000000000000000000000000000000000000000000000000000000000016101590565b906001600160401b0360055460801c16916001600160401b0381168381108015611211575b6111eb57409283156111c5575050565b631e96ee1d60e31b5f526001600160401b0391821660045216602452504360445260645ffd5b631e96ee1d60e31b5f526001600160401b0380831660045284166024524360445260645ffd5b50438110156111b5565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b9c9899949560c0610a7c9f9d98938f9061130f9e996112a26112db996113019e996112b2946112886112c29a61127889600160ff169052565b6001600160401b03166020890152565b604087015260608601526001600160401b03166080850152565b6001600160401b031660a0830152565b6001600160a01b03909216910152565b60e08c01526101e06101008c01526101e08b019061121b565b956101208a01526101408901526101608801526101808701906001600160401b03169052565b8482036101a086015261121b565b916101c081840391015261121b565b919082604091031261019f578151801515810361019f5760209092015190565b94909592969391968051611358906001600160401b031690565b92602082015161136e906001600160401b031690565b60408301519092906001600160a01b0316906060810151906080015191855194602087015196604001516113a8906001600160401b031690565b976040519d8e9d60208f019d6113bd9e61123f565b03601f19810182526113cf90826109df565b8051906020015a915f92916101018493fa6113e861100b565b901561141d57604081510361140e578060208061140a9351830101910161131e565b9091565b631b57874760e31b5f5260045ffd5b63d6bed87360e01b5f5260045ffd5b906001906001600160401b0361147b60405194611448866109bf565b8281168652602086019384527f0000000000000000000000000000000000000000000000000000000000000000906108f7565b165f5260026020526001600160401b0360405f209351166001600160401b031984541617835551910155565b604051606060208201928051845260018060a01b03602082015116604084015260018060a01b0360408201511682840152015160808201526080815261105d60a0826109df565b634e487b7160e01b5f52603260045260245ffd5b8051600210156115125760600190565b6114ee565b8051156115125760200190565b8051600110156115125760400190565b805160101015611512576102200190565b80518210156115125760209160051b010190565b604051600160601b61272960f11b01602082019081526115b493926115a19290916115af9161158b816034810161104f565b5190206040519384916020830160209181520190565b03601f1981018452836109df565b611770565b90156115ff576115c66115cb91611a3f565b611af5565b60048151036115f0576115e06115e691611502565b51611be5565b919091156115f057565b638bfd7d3f60e01b5f5260045ffd5b633926252960e01b5f52600161272960911b0160045260245ffd5b90604051906020820192835260408201526040815261105d6060826109df565b8051600110156115125760210190565b908151811015611512570160200190565b916115a16116849294936115af5f9660405161158b8161104f6020820194859190602083019252565b90156117375761169661169b91611a3f565b611c5e565b8051801590811561172c575b50801561170f575b611700575f925b81518410156116fb5760019060081b6116f26116ec6116e66116d8888761164a565b516001600160f81b03191690565b60f81c90565b60ff1690565b179301926116b6565b925050565b630b5ac87560e01b5f5260045ffd5b506001600160f81b03196117256116d883611517565b16156116af565b60209150115f6116a7565b505f9150565b6040519061174a826109bf565b5f6020838281520152565b90600182018092116108b857565b919082018092116108b857565b9291908151156119fd5761178390611caa565b925f908161178f61173d565b9060015b611986575b6117a182611af5565b906117aa61173d565b508151601181036118af575087518114611887576117e46117dd6117d76116ec6116e66116d8868e61164a565b84611545565b5191610a20565b935b6117ef82611ecc565b61186257506117fd81611be5565b929092156118145750509060015b92909192611793565b92509394959650506011915051149081611850575b5061183d57637e32ca5960e11b5f5260045ffd5b61140a915161184a610ff7565b91611e96565b61185a9150611c5e565b51155f611829565b925090506020808201511015611878575f61180b565b637e32ca5960e11b5f5260045ffd5b5061140a9596506118a3925061189d9150611534565b51611c5e565b91518251151591611ec0565b600203611878576118ca6118c561189d84611517565b611d63565b906118d6838b84611e26565b9061191757815115611878571561190257516118f191611763565b926118fb82611524565b51906117e6565b50505050509061140a9293505161184a610ff7565b919295969798935093501592831561196d575b50505061195f5761189d61193d91611524565b908151156119505761140a925190611eb2565b6372bd263360e01b5f5260045ffd5b5061140a915161184a610ff7565b61197a9293505190611763565b905114155f808061192a565b929050835181146119ee578161199c8286611545565b5160208151910120036119cb576119c56119bf6119b98387611545565b51611a3f565b91610a20565b92611798565b156119df57633d50767560e21b5f5260045ffd5b633628140f60e21b5f5260045ffd5b6335e909e960e01b5f5260045ffd5b5050907f56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b42114611a35576335e909e960e01b5f5260045ffd5b5f90610a7c610ff7565b611a4761173d565b50805115611a97576020810190611a5f815183611ee3565b5081018091116108b857815103611a88575160405191611a7e836109bf565b8252602082015290565b631b4aaf0760e31b5f5260045ffd5b63403adeed60e01b5f5260045ffd5b90611ab082610f1d565b611abd60405191826109df565b8281528092611ace601f1991610f1d565b01905f5b828110611ade57505050565b602090611ae961173d565b82828501015201611ad2565b90611b068251602084015190611ee3565b93909315611bd657611b2391611b1c9151611763565b9283611763565b5f90835b818110611bac5750611b3882611aa6565b93905f915b838310611b4a5750505050565b611ba481611b9e611b66611b60600195876108ea565b83611ee3565b5090611b728282611763565b611b7a610a11565b908582526020820152611b8d898d611545565b52611b98888c611545565b50611763565b90611763565b920191611b3d565b611bca81611b9e611bc3611b60611bd095876108ea565b5090611763565b92610a20565b91611b27565b637ad6a98f60e11b5f5260045ffd5b611bf58151602083015190611ee3565b929192611c1d57602003611c1557519081018091116108b8575190600190565b50505f905f90565b6305bcfd2d60e21b5f5260045ffd5b90611c3682610a7f565b611c4360405191826109df565b8281528092611c54601f1991610a7f565b0190602036910137565b90611c6f8251602084015190611ee3565b919091611c1d57611c7f82611c2c565b93519081018091116108b857602084015e565b600181901b91906001600160ff1b038116036108b857565b9081518060011b90808204600214901517156108b857611cc990611c2c565b915f5b8151811015611d5f5780611d07611cf7611cee6116e66116d86001968861164a565b60041c600f1690565b60f81b6001600160f81b03191690565b611d1d611d1383611c92565b915f1a918761164a565b53611d44600f611d336116e66116d8858861164a565b1660f81b6001600160f81b03191690565b611d58611d13611d5384611c92565b611755565b5301611ccc565b5050565b80511561187857611d7390611caa565b90611d836116e66116d884611517565b60ff811660038111611878576001600281921015921614801580611e0c575b6118785715611e035760ff60015b16611dc4611dbf8286516108ea565b611c2c565b915f5b8351811015611dfc5780611de96116d8611de386600195611763565b8961164a565b5f1a611df5828761164a565b5301611dc7565b5093505090565b60ff6002611db0565b5060ff611e1e6116e66116d88761163a565b161515611da2565b9181518181039081116108b857835111611e8f575f5b8351811015611e86576001600160f81b0319611e58828661164a565b51168183018084116108b8576116d8611e71918661164a565b03611e7e57600101611e3c565b505050505f90565b50505050600190565b5050505f90565b92919203611ea3575f9190565b6303c1de3560e21b5f5260045ffd5b92919203611ea35760019190565b93929303611ea3579190565b611edd906020815191015190611ee3565b91505090565b915f908215611f295783515f1a60808110611fd55760b8811015611f6e57611f0a906108db565b92600194858514611f38575b505b611f228486611763565b11611f2957565b632bf7d67960e21b5f5260045ffd5b60028210611f2957611f54611f4e608092611755565b515f1a90565b10611f5f575f611f16565b632dbeb36960e01b5f5260045ffd5b919092938460c084105f14611f9857611f8a611f9093946108cc565b91611fe2565b929093611f18565b50905060f8821015611fba5750611fae906108bd565b60019091600193611f18565b83611f8a611fca939594956108a9565b919092600191611f18565b505f935060019250839150565b9291909281600101806001116108b857809410611f2957600181018091116108b85780515f1a15611f5f57519060031b610100031c9060388210611f5f5756",
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

// PackLastAdvanceTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09af1e2f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastAdvanceTime() view returns(uint64)
func (myRollup *MyRollup) PackLastAdvanceTime() []byte {
	enc, err := myRollup.abi.Pack("lastAdvanceTime")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastAdvanceTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09af1e2f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastAdvanceTime() view returns(uint64)
func (myRollup *MyRollup) TryPackLastAdvanceTime() ([]byte, error) {
	return myRollup.abi.Pack("lastAdvanceTime")
}

// UnpackLastAdvanceTime is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x09af1e2f.
//
// Solidity: function lastAdvanceTime() view returns(uint64)
func (myRollup *MyRollup) UnpackLastAdvanceTime(data []byte) (uint64, error) {
	out, err := myRollup.abi.Unpack("lastAdvanceTime", data)
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
	if bytes.Equal(raw[:4], myRollup.abi.Errors["GasLimitOutsidePolicy"].ID.Bytes()[:4]) {
		return myRollup.UnpackGasLimitOutsidePolicyError(raw[4:])
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
	if bytes.Equal(raw[:4], myRollup.abi.Errors["RLPEmptyInput"].ID.Bytes()[:4]) {
		return myRollup.UnpackRLPEmptyInputError(raw[4:])
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
	if bytes.Equal(raw[:4], myRollup.abi.Errors["SequencerExclusive"].ID.Bytes()[:4]) {
		return myRollup.UnpackSequencerExclusiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["StateRootUnavailable"].ID.Bytes()[:4]) {
		return myRollup.UnpackStateRootUnavailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["TimestampOutOfRange"].ID.Bytes()[:4]) {
		return myRollup.UnpackTimestampOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return myRollup.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["WithdrawalAlreadyFinalized"].ID.Bytes()[:4]) {
		return myRollup.UnpackWithdrawalAlreadyFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], myRollup.abi.Errors["WithdrawalNotProven"].ID.Bytes()[:4]) {
		return myRollup.UnpackWithdrawalNotProvenError(raw[4:])
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

// MyRollupSequencerExclusive represents a SequencerExclusive error raised by the MyRollup contract.
type MyRollupSequencerExclusive struct {
	Sequencer common.Address
	OpenAt    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SequencerExclusive(address sequencer, uint64 openAt)
func MyRollupSequencerExclusiveErrorID() common.Hash {
	return common.HexToHash("0xf3fd208369d94361c2c2ec9b984a4eea421ede881c7495027c3149b1f5ed8450")
}

// UnpackSequencerExclusiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SequencerExclusive(address sequencer, uint64 openAt)
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

// OptimisticNativeRollupMetaData contains all meta data concerning the OptimisticNativeRollup contract.
var OptimisticNativeRollupMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"genesisHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"genesisStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"genesisReceiptsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"genesisGasUsed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minGasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxGasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"historySize\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"proposerBond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"challengerBond\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"moveTimeout\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxBlocksPerProposal\",\"type\":\"uint64\"}],\"internalType\":\"structOptimisticNativeRollup.Config\",\"name\":\"c\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AccountNotInState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"anchorBlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"previousAnchor\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"l1BlockNumber\",\"type\":\"uint256\"}],\"name\":\"AnchorOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"blobIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BlobDoesNotHoldBlock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BlobTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BlockDataNotProven\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BlockDataProvenAlready\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"closedAt\",\"type\":\"uint64\"}],\"name\":\"ChallengeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"closesAt\",\"type\":\"uint64\"}],\"name\":\"ChallengeWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"ClockExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"ClockRunning\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DataMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DeriveFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DeriveUnavailable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExecuteFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExecuteUnavailable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GameResolvedAlready\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"openGames\",\"type\":\"uint64\"}],\"name\":\"GamesOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InputsNotDerived\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"blobs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"blocks\",\"type\":\"uint256\"}],\"name\":\"InvalidBlockCounts\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"relayerFee\",\"type\":\"uint256\"}],\"name\":\"InvalidDeposit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"endNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"head\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxBlocks\",\"type\":\"uint64\"}],\"name\":\"InvalidRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTEmptyValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTExtraProofNodes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidNode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidNodeHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidRootHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTProofTooShort\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedStorageValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoBlobs\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoPendingProposal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"}],\"name\":\"NotAtOneBlock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumOptimisticNativeRollup.Turn\",\"name\":\"turn\",\"type\":\"uint8\"}],\"name\":\"NotYourTurn\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OutputMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"ProposalDefeated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"ProposalNotDefeated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"ProposalPending\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPEmptyInput\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNonCanonical\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNotAList\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNotAString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPTrailingBytes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPTruncated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"section\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sections\",\"type\":\"uint256\"}],\"name\":\"SectionOutOfRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SectionsMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"}],\"name\":\"StateRootUnavailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"WithdrawalAlreadyFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"WithdrawalNotProven\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"WrongBond\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"WrongOutputCount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"outputRoots\",\"type\":\"bytes32[]\"}],\"name\":\"Bisected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blobIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"BlockDataInvalid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"inputsHash\",\"type\":\"bytes32\"}],\"name\":\"BlockDataProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"name\":\"Challenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"depositHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"relayerFee\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structMessages.Deposit\",\"name\":\"deposit\",\"type\":\"tuple\"}],\"name\":\"DepositSent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"name\":\"Finalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"proposerWon\",\"type\":\"bool\"}],\"name\":\"GameResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"endNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"endOutputRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"blobHashes\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"uint32[]\",\"name\":\"blockCounts\",\"type\":\"uint32[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"anchorL1Block\",\"type\":\"uint64\"}],\"name\":\"Proposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"}],\"name\":\"Selected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structMessages.Withdrawal\",\"name\":\"withdrawal\",\"type\":\"tuple\"}],\"name\":\"WithdrawalFinalized\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BLOB_RETENTION\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"K\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"L2_BRIDGE\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"anchorBlockNumber\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"outputRoots\",\"type\":\"bytes32[]\"}],\"name\":\"bisect\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockNumber\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"chainId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challenge\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengerBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"relayerFee\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"depositHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"depositHash\",\"type\":\"bytes32\"}],\"name\":\"depositSent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"derivedInputs\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"internalType\":\"structMessages.Withdrawal\",\"name\":\"withdrawal\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes[]\",\"name\":\"accountProof\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes[]\",\"name\":\"storageProof\",\"type\":\"bytes[]\"}],\"name\":\"finalizeWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gameCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"games\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"enumOptimisticNativeRollup.Turn\",\"name\":\"turn\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"loOutputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"hiOutputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"sectionsHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"}],\"internalType\":\"structOptimisticNativeRollup.Output\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"hashOutput\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"historySize\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxBlocksPerProposal\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxGasLimit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minGasLimit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"moveTimeout\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"outputRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingProposal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proposalCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"proposals\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"startNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"endNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"proposedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"openGames\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"defeated\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"anchorBlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"startOutputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endOutputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endBlockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"endStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"anchor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"endNumber\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"}],\"internalType\":\"structOptimisticNativeRollup.Output\",\"name\":\"end\",\"type\":\"tuple\"},{\"internalType\":\"uint32[]\",\"name\":\"blockCounts\",\"type\":\"uint32[]\"},{\"internalType\":\"uint64\",\"name\":\"anchorL1Block\",\"type\":\"uint64\"}],\"name\":\"propose\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proposerBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"blobHashes\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint32[]\",\"name\":\"blockCounts\",\"type\":\"uint32[]\"},{\"internalType\":\"uint256\",\"name\":\"blobIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"blob\",\"type\":\"bytes\"}],\"name\":\"proveBlockData\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"reclaim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"outputRoots\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"section\",\"type\":\"uint256\"}],\"name\":\"select\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stateRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"}],\"name\":\"stateRootAt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"}],\"internalType\":\"structOptimisticNativeRollup.Output\",\"name\":\"parent\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"}],\"internalType\":\"structOptimisticNativeRollup.Output\",\"name\":\"claimed\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"prevRandao\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"}],\"internalType\":\"structExecute.BlockEnv\",\"name\":\"env\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"transactions\",\"type\":\"bytes\"}],\"internalType\":\"structOptimisticNativeRollup.BlockInputs\",\"name\":\"inputs\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"}],\"name\":\"step\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawCredit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"withdrawalFinalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "OptimisticNativeRollup",
	Bin: "0x6101a080604052346105b1576101a081614abd803803809161002182856105b5565b8339810103126105b1576040516101a081016001600160401b038111828210176103e757604052610051826105d8565b9081815260208301516020820190815260408401519180604081019584875260608101519560608301968752610089608083016105d8565b956080840196875261009d60a084016105d8565b908160a08601526100b060c085016105d8565b928360c08701526100c360e086016105d8565b938460e088015261010086015193610100880194855261012087015195610120890196875261018061011e816100fc6101408c016105d8565b9a6101408d019b8c526101606101138183016105d8565b9d019c8d52016105d8565b9a01998a526001600160401b0392831693918316921690811561056b5782158015610562575b6105105760018060401b031660805260a05260c05260e052604051906040820182811060018060401b038211176103e7576040525f82526020820190815260a0516001600160401b0316156104fc575f8052600260205290517fac33ff75c19e70fe83507db0d683fd3465c996598dc972688b7ace676c89077b80546001600160401b0319166001600160401b0392831617905590517fac33ff75c19e70fe83507db0d683fd3465c996598dc972688b7ace676c89077c55855116156104a85783516001600160401b0316158015610496575b610450578251621800006001600160401b03909116116103fb5751610100525161012052516001600160401b03908116610140529051811661016052905181166101805290516003819055935160048190559251915160405190821692916080820191908211818310176103e757606091604052858152602081019485526040810192835201918252604051926020840194855251604084015251606083015260018060401b039051166080820152608081526102d560a0826105b5565b519020600655600780546001600160401b031916436001600160401b03161790556040516144d090816105ed823960805181818161184d01526133de015260a051818181610aba015281816122f50152613463015260c05181818161104e0152613258015260e05181818161109101526132ae015261010051818181610f040152818161147301528181611b9001528181612dd60152612f62015261012051818181610a01015281816110cc01528181611c0a01528181612db401528181612f050152612f83015261014051818181610dcc01526113f601526101605181818161082f01528181611c5201528181611e8201526128cc015261018051818181610fe50152818161178301526117c10152f35b634e487b7160e01b5f52604160045260245ffd5b6040516389a6198960e01b815260206004820152602660248201527f6368616c6c656e676557696e646f77206578636565647320626c6f622072657460448201526532b73a34b7b760d11b6064820152608490fd5b6040516389a6198960e01b815260206004820152601960248201527f74696d656f757473206d75737420626520706f736974697665000000000000006044820152606490fd5b5082516001600160401b031615610217565b6040516389a6198960e01b815260206004820152602560248201527f6d6178426c6f636b7350657250726f706f73616c206d75737420626520706f73604482015264697469766560d81b6064820152608490fd5b634e487b7160e01b5f52601260045260245ffd5b6040516389a6198960e01b815260206004820152602360248201527f6e6565642030203c206d696e4761734c696d6974203c3d206d61784761734c696044820152621b5a5d60ea1b6064820152608490fd5b50838311610144565b6040516389a6198960e01b815260206004820152601c60248201527f686973746f727953697a65206d75737420626520706f736974697665000000006044820152606490fd5b5f80fd5b601f909101601f19168101906001600160401b038211908210176103e757604052565b51906001600160401b03821682036105b15756fe60806040526004361015610011575f80fd5b5f3560e01c8063013cf08b146102a4578063074fcfbd1461029f57806308148f7a1461029a578063085def6414610295578063117a5b90146102905780631598691d1461028b578063159a99ea146102865780632dabbeed146102815780632dfdf0b51461027c5780633b1306fd146102775780633cad82ff146102725780634304341a1461026d578063439ca2c61461026857806346241e8e1461026357806347e7ef241461025e5780634bb278f3146102595780634d1975b414610254578063544a06c01461024f57806357e871e71461024a5780635aeb4d77146102455780635e45da231461024057806368ccdc861461023b57806371cc6a4c1461023657806372bf41d814610231578063861a14121461022c5780638e013f62146102275780639588eca2146102225780639a8a05921461021d578063a76e5f8314610218578063a78deacf14610213578063a932492f1461020e578063c2214bf614610209578063c36f387414610204578063cd77f57a146101ff578063d2e25d84146101fa578063d2ef7398146101f5578063d5d44d80146101f0578063da35c664146101eb578063db35e93e146101e6578063f22a195e146101e15763fdb894ac146101dc575f80fd5b611e63565b611e46565b611e17565b611dfa565b611dbf565b611bb3565b611b79565b6119b5565b611948565b6118c6565b6118ab565b61188e565b611871565b61182e565b611811565b61141a565b6113d7565b61138b565b6110ef565b6110b5565b611072565b61102f565b611009565b610fc6565b610fa9565b610d80565b610c7c565b610c3c565b610bc3565b610b15565b610ade565b610a9b565b610a7f565b610944565b610922565b610646565b61059a565b6104ca565b6103cf565b6103b2565b346103ae5760203660031901126103ae576004355f52600a6020526001600160401b0360405f206103aa81546001830154926102ea846001600160401b039060401c1690565b600282015460038301546004840154600585015460068601546007870154600890970154604080516001600160a01b038b16815260a09a8b1c6001600160401b0390811660208301529d8d168e1691810191909152968c16606088015260808b811c8d169088015260ff60c09b8c1c16151598870198909852939099169784019790975260e083015261010082019590955261012081019590955261014085019390935261016084019290925261018083019190915281906101a0820190565b0390f35b5f80fd5b346103ae575f3660031901126103ae576020604051621800008152f35b346103ae5760203660031901126103ae576004356103f5815f52600b60205260405f2090565b6001810154919060a083901c60ff169261040e84610515565b6002841480156104b9575b6104aa5781546104416001610436835f52600a60205260405f2090565b015460c01c60ff1690565b610498575060a81c6001600160401b03166001600160401b03811642111561047c575060018361047361047a95610515565b1491612e6d565b005b6303a5cac360e01b5f526001600160401b031660045260245b5ffd5b631a91580160e11b5f5260045260245ffd5b631e10644f60e01b5f5260045ffd5b506001600160a01b03811615610419565b346103ae5760203660031901126103ae576020600161050b7f405f0deb3d285d4e12dd4c0ea78141b800589a8b89657b11ad5da71c886aa42e600435613887565b5414604051908152f35b6003111561051f57565b634e487b7160e01b5f52602160045260245ffd5b90600382101561051f5752565b9591946001600160401b03610100989561057a829683959e9d9c996101208c019f8c5260018060a01b031660208c015260408b0190610533565b1660608801521660808601521660a084015260c083015260e08201520152565b346103ae5760203660031901126103ae576004355f52600b60205260405f2080546103aa600183015492600281015490600381015460056004830154920154926040519687966001600160401b03808460401c169316916001600160401b038160a81c169160ff8260a01c169160018060a01b0316908a610540565b9181601f840112156103ae578235916001600160401b0383116103ae576020808501948460051b0101116103ae57565b346103ae5760603660031901126103ae576004356024356001600160401b0381116103ae57610679903690600401610616565b906044359061068784612fd7565b6001810180549192916106aa6001600160a01b0382165b6001600160a01b031690565b3303610908575060405160208101906106d6816106c8898786611f48565b03601f1981018352826112e5565b5190209360058401948554036108f9576106ef84613144565b94858210156108e0576002850195865495610714876001600160401b039060401c1690565b966001600160401b0316968761072991611f7a565b6001600160401b031696828061073f878b611fca565b9061074991611ff1565b6001600160401b031661075c9083612000565b9861076687612020565b61076f91611fca565b9061077991611ff1565b6001600160401b031661078b91612000565b9788918515159a610885985f976107ca61081d977fa2acf49504427d4fd99679a0325792f0377fe4f4a39d98c496125271fa6400869f6108c257611eba565b81106108a9575b5050825467ffffffffffffffff19166001600160401b038b16178355506107f59050565b9067ffffffffffffffff60401b82549160401b169067ffffffffffffffff60401b1916179055565b55805460ff60a01b191681555b61085d7f00000000000000000000000000000000000000000000000000000000000000006001600160401b034216612000565b815467ffffffffffffffff60a81b191660a89190911b67ffffffffffffffff60a81b16179055565b604080516001600160401b039283168152929091166020830152819081015b0390a2005b6004926108b5926120a3565b359101555f8080806107d1565b6108d56108ce84611eba565b86866120a3565b356003870155611eba565b6356845def60e01b5f526004829052602486905260445ffd5b633cf7d80960e21b5f5260045ffd5b6104959060a01c60ff165b634eb8d5d960e11b5f52611f16565b346103ae575f3660031901126103ae576020604051600161272960911b018152f35b346103ae5760203660031901126103ae5760043561096a815f52600b60205260405f2090565b6001810190815460026109818260ff9060a01c1690565b61098a81610515565b14908115610a6d575b506104aa57546109b76109b36001610436845f52600a60205260405f2090565b1590565b610a5b5750805460ff60a01b1916600160a11b1781556109fc906109e3905b546001600160a01b031690565b6001600160a01b03165f908152600e6020526040902090565b610a277f00000000000000000000000000000000000000000000000000000000000000008254612082565b90556040515f81527ff60ea0ca5e1013423d0b02aa943e2bf84e0805fdd950539fb5153fd71d62cf209080602081016108a4565b637ebe921f60e01b5f5260045260245ffd5b6001600160a01b03161590505f610993565b346103ae575f3660031901126103ae5760205f54604051908152f35b346103ae575f3660031901126103ae5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346103ae575f3660031901126103ae5760206001600160401b0360075416604051908152f35b6001600160401b038116036103ae57565b346103ae5760403660031901126103ae576020610b5a602435600435610b3a82610b04565b5f52600d835260405f20906001600160401b03165f5260205260405f2090565b54604051908152f35b60809060231901126103ae57602490565b60809060a31901126103ae5760a490565b60809060031901126103ae57600490565b9181601f840112156103ae578235916001600160401b0383116103ae57602083818601950101116103ae57565b346103ae576101603660031901126103ae57600435610be136610b63565b610bea36610b74565b9161012435906001600160401b0382116103ae57604060031983360301126103ae5761014435936001600160401b0385116103ae57610c3061047a953690600401610b96565b94909360040192612123565b346103ae5760203660031901126103ae576020610c63600435610c5e81610b04565b6122e8565b604051908152f35b6001600160a01b038116036103ae57565b60403660031901126103ae57600435610c9481610c6b565b6024359034158015610d77575b610d6057610d4d90610ce86103aa935f5490610cd8610cbe611306565b838152336020820152946001600160a01b03166040860152565b346060850152608084015261236a565b5f557fb5423a27b2bae2a2e762ca99cacdf8fc967ded07e738e8a518084a0f24a1eb95610d1482613415565b928392610d417f405f0deb3d285d4e12dd4c0ea78141b800589a8b89657b11ad5da71c886aa42e8561342a565b60405191829182612378565b0390a26040519081529081906020820190565b50633bfb3e2360e11b5f523460045260245260445ffd5b50348211610ca1565b346103ae575f3660031901126103ae576008548015610f9a57610dab815f52600a60205260405f2090565b9060018201918254610df1610dca826001600160401b039060401c1690565b7f000000000000000000000000000000000000000000000000000000000000000090612000565b6001600160401b0381164210610f7f575060801c6001600160401b0316926001600160401b038416610f6357907f46c50f83d9a7dff80e8bd75a8c0a04b0f813709270a0b3040f665a380cff304a916108a4610f396005840192610e558454600355565b610eff6109e36006870196610e6a8854600455565b610e9a610e7e85546001600160401b031690565b6001600160401b03166001600160401b03196005541617600555565b610ea76004820154600655565b610eda610ebe60028301546001600160401b031690565b6001600160401b03166001600160401b03196007541617600755565b610ee35f600855565b6109d6610ef785546001600160401b031690565b895490613439565b610f2a7f00000000000000000000000000000000000000000000000000000000000000008254612082565b9055546001600160401b031690565b91549254604051938493846040919493926001600160401b03606083019616825260208201520152565b63657b454760e01b5f526001600160401b03841660045260245ffd5b639db52e4960e01b5f526001600160401b031660045260245ffd5b6358b89db560e11b5f5260045ffd5b346103ae575f3660031901126103ae576020600c54604051908152f35b346103ae575f3660031901126103ae5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346103ae575f3660031901126103ae5760206001600160401b0360055416604051908152f35b346103ae575f3660031901126103ae5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346103ae575f3660031901126103ae5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346103ae575f3660031901126103ae5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346103ae5760403660031901126103ae576004356024356001600160401b0381116103ae57611122903690600401610616565b61112d8392936130ae565b9261114761069e6109d686545f52600a60205260405f2090565b330361124c5760028401546001600160401b03604082901c8116911660026001600160401b036111778385611f7a565b161061122b57505061118884613144565b9361119285611eba565b830361120657906111f760017f6c6c6e2eee0279370c2edac6ffce345e54e6585a79e9c965a314a38e875d4e73949360405160208101906111d8816106c8898986611f48565b519020600582015501805460ff60a01b1916600160a01b17815561082a565b6108a460405192839283611f48565b6104958361121387611eba565b63038f998f60e01b5f52600491909152602452604490565b633b12aa4560e11b5f526001600160401b039081166004521660245260445ffd5b60018401546104959060a01c60ff16610913565b634e487b7160e01b5f52604160045260245ffd5b608081019081106001600160401b0382111761128f57604052565b611260565b606081019081106001600160401b0382111761128f57604052565b60a081019081106001600160401b0382111761128f57604052565b604081019081106001600160401b0382111761128f57604052565b90601f801991011681019081106001600160401b0382111761128f57604052565b6040519061131560a0836112e5565b565b604051906113156101a0836112e5565b60405190611315610120836112e5565b604051906113156040836112e5565b91908260809103126103ae5760405161135e81611274565b606080829480358452602081013560208501526040810135604085015201359161138783610b04565b0152565b346103ae5760803660031901126103ae576020610c636040516113ad81611274565b60043581526024358382015260443560408201526064356113cd81610b04565b60608201526123bc565b346103ae575f3660031901126103ae5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b60e03660031901126103ae5760043561143281610b04565b61143b36610b63565b9060a4356001600160401b0381116103ae5761145b903690600401610616565b9060c43561146881610b04565b600854806117ff57507f00000000000000000000000000000000000000000000000000000000000000008034036117e957506005546001600160401b0316926001600160401b0384166001600160401b038616118015906117ab575b611763576007546001600160401b038381169791168088108015611759575b8015611750575b61172b57506114f7613516565b945f5f5b8481106116d2575086518414908115916116af575b5061167e576103aa61164c888a7fccb2b847ec2a622dc03a76da183cb287d94ab7f632b17202b0a1b268e59869d08a8a61166b8b8b61165c6115898d61155760095461236a565b9b8c9a6115638c600955565b8c6115766005546001600160401b031690565b918a8c60065461158e611589368a611346565b6123bc565b906115e68935938d6115b360208d0135976106c860405193849260208401968761248d565b519020966115d66115c2611317565b338152996001600160401b031660208b0152565b6001600160401b03166040890152565b426001600160401b031660608801525f6080880181905260a08801526001600160401b038d1660c088015260e0870152610100860152610120850152610140840152406101608301526101808201526116478c5f52600a60205260405f2090565b6124b2565b6116558a600855565b3690611346565b93604051958695339a87612662565b0390a36040519081529081906020820190565b8661168e61049592885192611f7a565b631fc0d29d60e21b5f526004919091526001600160401b0316602452604490565b90506116ca6116be838a611f7a565b6001600160401b031690565b14155f611510565b906116f26116e96116e484888b6120a3565b612410565b63ffffffff1690565b1561171b5761171460019161170e6116e96116e4868a8d6120a3565b90612082565b91016114fb565b6104958961168e858b5192611f7a565b631e96ee1d60e31b5f526001600160401b03808516600452166024524360445260645ffd5b508740156114ea565b50438810156114e3565b631d27552d60e21b5f526001600160401b038086166004528085166024527f00000000000000000000000000000000000000000000000000000000000000001660445260645ffd5b506117b68486611f7a565b6001600160401b03807f0000000000000000000000000000000000000000000000000000000000000000169116116114c4565b63062f01ed60e11b5f523460045260245260445ffd5b6302c2a02b60e21b5f5260045260245ffd5b346103ae575f3660031901126103ae576020600454604051908152f35b346103ae575f3660031901126103ae5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346103ae575f3660031901126103ae576020600854604051908152f35b346103ae575f3660031901126103ae576020600654604051908152f35b346103ae575f3660031901126103ae57602060405160108152f35b346103ae5760a03660031901126103ae576004356024356001600160401b0381116103ae576118f9903690600401610616565b916044356001600160401b0381116103ae57611919903690600401610616565b60643591608435956001600160401b0387116103ae5761194061047a973690600401610b96565b9690956126c2565b346103ae575f3660031901126103ae57335f52600e60205260405f205480156119a6575f80808093338252600e602052816040812055335af1611989612aa7565b501561199157005b6339f1c8d960e01b5f90815233600452602490fd5b630686827b60e51b5f5260045ffd5b346103ae5760e03660031901126103ae576119cf36610b85565b6084356119db81610b04565b60a4356001600160401b0381116103ae576119fa903690600401610616565b60c4356001600160401b0381116103ae57611a19903690600401610616565b919092611a2e611a293688612ad6565b61377f565b94611a4b611a44875f52600160205260405f2090565b5460ff1690565b611b6557611a7860019593611a72611aa99694611a6a611aa3956122e8565b923691612b8c565b906137c6565b92611a6a7fd6a5bc246508e8f189608dbda8507c3bd6de66a48b8efdeebfbe1a7b18f7a02388613887565b916138c8565b03611b5357611ad0611ac3825f52600160205260405f2090565b805460ff19166001179055565b7f6a5302ceb0e2163337c6a68b08115fac6f8ebf5158c48eeffb98d0e48ba0f2ca60405180611aff8582612bf7565b0390a25f80808060408501946060611b1687612c45565b910135905af1611b24612aa7565b5015611b2c57005b611b3861049591612c45565b6339f1c8d960e01b5f526001600160a01b0316600452602490565b63125ead2960e11b5f5260045260245ffd5b639b26663960e01b5f52600486905260245ffd5b346103ae575f3660031901126103ae5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b5f3660031901126103ae576008548015610f9a57611bd9815f52600a60205260405f2090565b9060018201611bf6610dca82546001600160401b039060401c1690565b6001600160401b038116421015611da457507f00000000000000000000000000000000000000000000000000000000000000008034036117e95750611d6b90611d2c611c43600c5461236a565b94611c4d86600c55565b611c807f00000000000000000000000000000000000000000000000000000000000000006001600160401b034216612000565b90611c9681546001600160401b039060a01c1690565b90611d04611cab86546001600160401b031690565b611cf46004600385015494015494611ce4611cc4611327565b8c8152336020820152975f60408a01526001600160401b03166060890152565b6001600160401b03166080870152565b6001600160401b031660a0850152565b60c083015260e08201525f610100820152611d27865f52600b60205260405f2090565b612c4f565b8054611d439060801c6001600160401b0316612d23565b815467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b16179055565b6103aa6040519283928133917fa5f8c369e0214ca8253e5f7a94be7e6296f76d2e0283d76f7759115c6f0424115f80a482526020820190565b630e10189960e31b5f526001600160401b031660045260245ffd5b346103ae5760203660031901126103ae57600435611ddc81610c6b565b60018060a01b03165f52600e602052602060405f2054604051908152f35b346103ae575f3660031901126103ae576020600954604051908152f35b346103ae5760203660031901126103ae576004355f526001602052602060ff60405f2054166040519015158152f35b346103ae575f3660031901126103ae576020600354604051908152f35b346103ae575f3660031901126103ae5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b634e487b7160e01b5f52601160045260245ffd5b5f19810191908211611ec857565b611ea6565b60f619810191908211611ec857565b60bf19810191908211611ec857565b60b619810191908211611ec857565b607f19810191908211611ec857565b91908203918211611ec857565b906113156004602493610533565b81835290916001600160fb1b0383116103ae5760209260051b809284830137010190565b916020611f59938181520191611f24565b90565b6001600160401b035f19911601906001600160401b038211611ec857565b906001600160401b03809116911603906001600160401b038211611ec857565b600581901b91906001600160fb1b03811603611ec857565b600181901b91906001600160ff1b03811603611ec857565b81810292918115918404141715611ec857565b634e487b7160e01b5f52601260045260245ffd5b8115611ffb570490565b611fdd565b906001600160401b03809116911601906001600160401b038211611ec857565b9060018201809211611ec857565b9060408201809211611ec857565b9060208201809211611ec857565b9060808201809211611ec857565b9060c08201809211611ec857565b60e001908160e011611ec857565b9060a08201809211611ec857565b91908201809211611ec857565b634e487b7160e01b5f52603260045260245ffd5b91908110156120b35760051b0190565b61208f565b90600381101561051f57815460ff60a01b191660a09190911b60ff60a01b16179055565b903590609e19813603018212156103ae570190565b903590601e19813603018212156103ae57018035906001600160401b0382116103ae576020019181360383136103ae57565b91949093612130836130ae565b9360028501549661215b61214e896001600160401b039060401c1690565b986001600160401b031690565b60016001600160401b0361216f838c611f7a565b16036122a857506121836115893689611346565b60038701541480159061228e575b61227f578554976121c4816121ae8b5f52600d60205260405f2090565b906001600160401b03165f5260205260405f2090565b5490811561226457506121ed6121da84806120dc565b6121e760208601866120f1565b91613195565b0361225557612207611315985f52600a60205260405f2090565b9661222c61221584806120dc565b60018a015460401c6001600160401b031690613235565b978861223e575b505050505050612e6d565b6122499698506132e0565b915f8080808080612233565b638297f73360e01b5f5260045ffd5b6366e2261b60e11b5f526001600160401b031660045260245ffd5b635f670cf360e11b5f5260045ffd5b5061229c6115893683611346565b60048701541415612191565b633b12aa4560e11b5f526001600160401b03908116600452881660245260445ffd5b906001600160401b0316908115611ffb576001600160401b03160690565b6001600160401b0361231a7f0000000000000000000000000000000000000000000000000000000000000000836122ca565b165f52600260205260405f20906001600160401b0380835416911680911480159061235e575b61234c57506001015490565b639ae2a7c360e01b5f5260045260245ffd5b50600182015415612340565b5f198114611ec85760010190565b91909160808060a08301948051845260018060a01b03602082015116602085015260018060a01b036040820151166040850152606081015160608501520151910152565b6040516001600160401b036060602083019380518552602081015160408501526040810151828501520151166080820152608081526123fc60a0826112e5565b51902090565b63ffffffff8116036103ae57565b35611f5981612402565b90602080835192838152019201905f5b8181106124375750505090565b825184526020938401939092019160010161242a565b916020908281520191905f5b8181106124665750505090565b90919260208060019263ffffffff873561247f81612402565b168152019401929101612459565b916124a4611f59949260408552604085019061241a565b92602081850391015261244d565b815181546001600160a01b0319166001600160a01b0390911617815590600890610180906125156124ed60208301516001600160401b031690565b855467ffffffffffffffff60a01b191660a09190911b67ffffffffffffffff60a01b16178555565b6125ef6001850161255061253360408501516001600160401b031690565b825467ffffffffffffffff19166001600160401b03909116178255565b61258f61256760608501516001600160401b031690565b825467ffffffffffffffff60401b191660409190911b67ffffffffffffffff60401b16178255565b6125ce6125a660808501516001600160401b031690565b825467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b16178255565b60a08301511515815460ff60c01b191690151560c01b60ff60c01b16179055565b61262561260660c08301516001600160401b031690565b60028601906001600160401b03166001600160401b0319825416179055565b60e0810151600385015561010081015160048501556101208101516005850155610140810151600685015561016081015160078501550151910155565b946126946001600160401b03946126a29486608098959b9a9b168952602089015260a0604089015260a088019061241a565b91868303606088015261244d565b9416910152565b92906124a490611f599593604086526040860191611f24565b929461270e9698949792986126d6856130ae565b926002840194855460016001600160401b036127156126ff846001600160401b039060401c1690565b9d8e946001600160401b031690565b8094611f7a565b1603612a56575084549b6127318d5f52600a60205260405f2090565b9c8d8d8c6040518091602082019361274b91888b876126a9565b03601f198101825261275d90826112e5565b519020906008015403612a47578b6121ae612780925f52600d60205260405f2090565b54612a2b57909b6116be6127ab6127a56127b093546001600160401b039060a01c1690565b8d611f7a565b611f5c565b915f9a5f9b5b868d1080612a22575b156127f757906127eb8e9f9493928f908f8f6116e461170e926127e5956116e9936120a3565b9d61236a565b9c909192939e506127b6565b939597999d9496989b508c8b8982811092831593612a18575b83156129f0575b5050506129d057506128429492612835888098969461283c946120a3565b3593611f09565b926135c8565b969193909860ff851615928315936129b2575b50505061295b5750507f589613c482e2391864586467d081a4f4ba60384650285c66b933ee94cbe1213b9394509061292782846128c46128a161293796545f52600d60205260405f2090565b855460401c6001600160401b03166001600160401b03165f5260205260405f2090565b5560016128fa7f00000000000000000000000000000000000000000000000000000000000000006001600160401b034216612000565b9101805467ffffffffffffffff60a81b191660a89290921b67ffffffffffffffff60a81b16919091179055565b5460401c6001600160401b031690565b604080516001600160401b039092168252602082019290925290819081015b0390a2565b8594507f62d326d73d18a03565ede16967998a10fdc56e215e86275f6b1b695967e6edcb929593506129aa611315976040519384938460ff604092959493606083019683521660208201520152565b0390a2612d55565b6129c59350916116e4916116e9936120a3565b871415815f80612855565b63139cb11360e31b5f5260048890526001600160401b031660245260445ffd5b612a0e9293506116e9916116e491612a088a8d611f09565b956120a3565b11158b898f612817565b878a109350612810565b508d8d106127bf565b6371e0f42960e01b5f526001600160401b038b1660045260245ffd5b63866c41db60e01b5f5260045ffd5b633b12aa4560e11b5f526001600160401b039081166004528a1660245260445ffd5b6001600160401b03811161128f57601f01601f191660200190565b60405190612aa26020836112e5565b5f8252565b3d15612ad1573d90612ab882612a78565b91612ac660405193846112e5565b82523d5f602084013e565b606090565b91908260809103126103ae57604051612aee81611274565b6060808294803584526020810135612b0581610c6b565b60208501526040810135612b1881610c6b565b60408501520135910152565b6001600160401b03811161128f5760051b60200190565b929192612b4782612a78565b91612b5560405193846112e5565b8294818452818301116103ae578281602093845f960137010152565b9080601f830112156103ae57816020611f5993359101612b3b565b929190612b9881612b24565b93612ba660405195866112e5565b602085838152019160051b8101918383116103ae5781905b838210612bcc575050505050565b81356001600160401b0381116103ae57602091612bec8784938701612b71565b815201910190612bbe565b9190916060806080830194803584526020810135612c1481610c6b565b6001600160a01b031660208501526040810135612c3081610c6b565b6001600160a01b031660408501520135910152565b35611f5981610c6b565b9061010060059180518455612cbd60018501612c93612c77602085015160018060a01b031690565b82546001600160a01b0319166001600160a01b03909116178255565b612caa6040840151612ca481610515565b826120b8565b60608301516001600160401b031661085d565b612d0860028501612cdb61253360808501516001600160401b031690565b60a0830151815467ffffffffffffffff60401b191660409190911b67ffffffffffffffff60401b16179055565b60c0810151600385015560e081015160048501550151910155565b6001600160401b03166001600160401b038114611ec85760010190565b6001600160401b03168015611ec8575f190190565b60018201805460ff60a01b1916600160a11b178155909190612db26001612d8584545f52600a60205260405f2090565b01612d9f6125a66001600160401b03835460801c16612d40565b805460ff60c01b1916600160c01b179055565b7f0000000000000000000000000000000000000000000000000000000000000000907f00000000000000000000000000000000000000000000000000000000000000008201809211611ec857546001600160a01b03165f908152600e602052604090208054918201809211611ec85755600854905414612e5f575b6040515f81527ff60ea0ca5e1013423d0b02aa943e2bf84e0805fdd950539fb5153fd71d62cf20908060208101612956565b612e685f600855565b612e2d565b60018201805460ff60a01b1916600160a11b17815590927ff60ea0ca5e1013423d0b02aa943e2bf84e0805fdd950539fb5153fd71d62cf20926129569290612ebe81545f52600a60205260405f2090565b9160018301612ee36125a6612ede83546001600160401b039060801c1690565b612d40565b8415612f405750509054612f0091506001600160a01b03166109e3565b612f2b7f00000000000000000000000000000000000000000000000000000000000000008254612082565b90555b60405190151581529081906020820190565b805460ff60c01b1916600160c01b179055909150612fbd612fb56109e3612fa77f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000612082565b93546001600160a01b031690565b918254612082565b9055600854905403612f2e57612fd25f600855565b612f2e565b612fe9905f52600b60205260405f2090565b906001820154612ffd8160ff9060a01c1690565b61300681610515565b60028114801561309d575b6104aa57835461302e6001610436835f52600a60205260405f2090565b610498575061303d6001610515565b61304681610515565b6001810361308a575060a81c6001600160401b03165b6001600160401b038116421161306f5750565b6375adfbd560e01b5f526001600160401b031660045260245ffd5b634eb8d5d960e11b5f5261049590611f16565b506001600160a01b03821615613011565b6130c0905f52600b60205260405f2090565b9060018201546130d48160ff9060a01c1690565b6130dd81610515565b600281148015613133575b6104aa5783546131056001610436835f52600a60205260405f2090565b61049857506131135f610515565b61311c81610515565b8061308a575060a81c6001600160401b031661305c565b506001600160a01b038216156130e8565b61316260026001600160401b03920154828082169160401c16611f7a565b16601081101561316f5790565b50601090565b908060209392818452848401375f828201840152601f01601f1916010190565b906001600160401b03926106c86123fc928435926131b284610b04565b6132236020870135966131c488610b04565b6040810135906131d382610c6b565b6131e660608201359160808101906120f1565b9190928b6040519b8c9a60208c019e8f911690521660408a015260018060a01b03166060890152608088015260c060a088015260e0870191613175565b848103601f190160c086015291613175565b906001600160401b03602083013561324c81610b04565b16916001600160401b037f00000000000000000000000000000000000000000000000000000000000000001683101592836132ac575b508261328d57505090565b3591506001600160401b039081906132a484610b04565b169116111590565b7f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316101592505f613282565b949194929092602084359401359060076132fa84806120dc565b910154916133476020890135946001600160401b0360408b013560608c01359061332382610b04565b604051986133308a611294565b8952602089015216604087015260208101906120f1565b9760a0843603126103ae576040519361335f856112af565b803561336a81610b04565b8552602081013561337a81610b04565b6020860152604081013561338d81610c6b565b6040860152606081013560608601526080810135926001600160401b0384116103ae576134029a6133c76133d3936133db96369101612b71565b60808801523691612b3b565b963691612b3b565b957f0000000000000000000000000000000000000000000000000000000000000000613ac7565b90918261340e57505090565b3514919050565b6040516123fc816106c8602082019485612378565b60019161343691613887565b55565b906001906001600160401b0361348860405194613455866112ca565b8281168652602086019384527f0000000000000000000000000000000000000000000000000000000000000000906122ca565b165f5260026020526134be6001600160401b0360405f2094511684906001600160401b03166001600160401b0319825416179055565b51910155565b8051600210156120b35760600190565b8051156120b35760200190565b8051600110156120b35760400190565b8051601010156120b3576102200190565b80518210156120b35760209160051b010190565b5f905b81496135865781156135775761352e82612b24565b9161353c60405193846112e5565b808352601f1961354b82612b24565b01366020850137825f5b82811061356157505050565b80600191496135708285613502565b5201613555565b63fdac229f60e01b5f5260045ffd5b906135909061236a565b90613519565b906135a082612a78565b6135ad60405191826112e5565b82815280926135be601f1991612a78565b0190602036910137565b939162020000821161376b575f91829162020080916135ee6135e98461202e565b613596565b97602089019360018552606060408b015260608a01526202000060808a015260a08901376001620200a0880152620200c08701528551906101025afa3d901561375c57606081106137375761364b61364582613bb5565b60ff1690565b9360ff85166137525761365d82613bc6565b6136678382613bf8565b9485811015613746579061170e8461369761369c9461170e61369161368b8761203c565b9661203c565b91611f9a565b613bf8565b9060c06136ac846136978561204a565b03613737576136ce6136c96136c48561369786612058565b613c27565b612066565b806136dc8561369786612074565b0361373757826137038261170e6136c4886136976136fc6137099861203c565b9487612082565b94611f09565b83116137375780518391908211613726576020905b0191823e2090565b50602061373282613596565b61371e565b63f8ee12bf60e01b5f5260045ffd5b505f9550859392505050565b505f925082919050565b63874f0e9d60e01b5f5260045ffd5b63023b9f8760e41b5f52600482905260245ffd5b604051606060208201928051845260018060a01b03602082015116604084015260018060a01b036040820151168284015201516080820152608081526123fc60a0826112e5565b604051600160601b61272960f11b0160208201908152613821939261380e92909161381c916137f881603481016106c8565b5190206040519384916020830160209181520190565b03601f1981018452836112e5565b613c73565b901561386c5761383361383891613f42565b613ff8565b600481510361385d5761384d613853916134c4565b516140e2565b9190911561385d57565b638bfd7d3f60e01b5f5260045ffd5b633926252960e01b5f52600161272960911b0160045260245ffd5b9060405190602082019283526040820152604081526123fc6060826112e5565b8051600110156120b35760210190565b9081518110156120b3570160200190565b9161380e6138f192949361381c5f966040516137f8816106c86020820194859190602083019252565b901561399e5761390361390891613f42565b614129565b80518015908115613993575b508015613976575b613967575f925b81518410156139625760019060081b61395961364561395361394588876138b7565b516001600160f81b03191690565b60f81c90565b17930192613923565b925050565b630b5ac87560e01b5f5260045ffd5b506001600160f81b031961398c613945836134d4565b161561391c565b60209150115f613914565b505f9150565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b9c9899949560c0611f599f9d98938f90613a989e99613a2b613a6499613a8a9e99613a3b94613a11613a4b9a613a0189600160ff169052565b6001600160401b03166020890152565b604087015260608601526001600160401b03166080850152565b6001600160401b031660a0830152565b6001600160a01b03909216910152565b60e08c01526101e06101008c01526101e08b01906139a4565b956101208a01526101408901526101608801526101808701906001600160401b03169052565b8482036101a08601526139a4565b916101c08184039101526139a4565b91908260409103126103ae57815180151581036103ae5760209092015190565b94909592969391968051613ae1906001600160401b031690565b926020820151613af7906001600160401b031690565b60408301519092906001600160a01b031690606081015190608001519185519460208701519660400151613b31906001600160401b031690565b976040519d8e9d60208f019d613b469e6139c8565b03601f1981018252613b5890826112e5565b8051906020015a915f92916101018493fa613b71612aa7565b9015613ba6576040815103613b975780602080613b9393518301019101613aa7565b9091565b631b57874760e31b5f5260045ffd5b63d6bed87360e01b5f5260045ffd5b6020116137375760205f803e5f5190565b80604011908115613be2575b5061373757602060405f3e5f5190565b603f19810191508111611ec8576020115f613bd2565b90808211908115613c13575b50613737576020905f3e5f5190565b82810391508111611ec8576020115f613c04565b6001600160401b03811161373757601f8101809111611ec8578060051c90601f19169080820460201490151715611ec85790565b60405190613c68826112ca565b5f6020838281520152565b929190815115613f0057613c869061415d565b925f9081613c92613c5b565b9060015b613e89575b613ca482613ff8565b90613cad613c5b565b50815160118103613db2575087518114613d8a57613ce7613ce0613cda613645613953613945868e6138b7565b84613502565b519161236a565b935b613cf28261437a565b613d655750613d00816140e2565b92909215613d175750509060015b92909192613c96565b92509394959650506011915051149081613d53575b50613d4057637e32ca5960e11b5f5260045ffd5b613b939151613d4d612a93565b91614344565b613d5d9150614129565b51155f613d2c565b925090506020808201511015613d7b575f613d0e565b637e32ca5960e11b5f5260045ffd5b50613b93959650613da69250613da091506134f1565b51614129565b9151825115159161436e565b600203613d7b57613dcd613dc8613da0846134d4565b614216565b90613dd9838b846142d4565b90613e1a57815115613d7b5715613e055751613df491612082565b92613dfe826134e1565b5190613ce9565b505050505090613b9392935051613d4d612a93565b9192959697989350935015928315613e70575b505050613e6257613da0613e40916134e1565b90815115613e5357613b93925190614360565b6372bd263360e01b5f5260045ffd5b50613b939151613d4d612a93565b613e7d9293505190612082565b905114155f8080613e2d565b92905083518114613ef15781613e9f8286613502565b516020815191012003613ece57613ec8613ec2613ebc8387613502565b51613f42565b9161236a565b92613c9b565b15613ee257633d50767560e21b5f5260045ffd5b633628140f60e21b5f5260045ffd5b6335e909e960e01b5f5260045ffd5b5050907f56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b42114613f38576335e909e960e01b5f5260045ffd5b5f90611f59612a93565b613f4a613c5b565b50805115613f9a576020810190613f62815183614391565b508101809111611ec857815103613f8b575160405191613f81836112ca565b8252602082015290565b631b4aaf0760e31b5f5260045ffd5b63403adeed60e01b5f5260045ffd5b90613fb382612b24565b613fc060405191826112e5565b8281528092613fd1601f1991612b24565b01905f5b828110613fe157505050565b602090613fec613c5b565b82828501015201613fd5565b906140098251602084015190614391565b939093156140d3576140269161401f9151612082565b9283612082565b5f90835b8181106140a9575061403b82613fa9565b93905f915b83831061404d5750505050565b6140a18161170e61406961406360019587611f09565b83614391565b50906140758282612082565b61407d611337565b908582526020820152614090898d613502565b5261409b888c613502565b50612082565b920191614040565b6140c78161170e6140c06140636140cd9587611f09565b5090612082565b9261236a565b9161402a565b637ad6a98f60e11b5f5260045ffd5b6140f28151602083015190614391565b92919261411a576020036141125751908101809111611ec8575190600190565b50505f905f90565b6305bcfd2d60e21b5f5260045ffd5b9061413a8251602084015190614391565b91909161411a5761414a82613596565b9351908101809111611ec857602084015e565b9081518060011b9080820460021490151715611ec85761417c90613596565b915f5b815181101561421257806141ba6141aa6141a1613953613945600196886138b7565b60041c600f1690565b60f81b6001600160f81b03191690565b6141d06141c683611fb2565b915f1a91876138b7565b536141f7600f6141e661395361394585886138b7565b1660f81b6001600160f81b03191690565b61420b6141c661420684611fb2565b612020565b530161417f565b5050565b805115613d7b576142269061415d565b90614236613953613945846134d4565b60ff811660038111613d7b5760016002819210159216148015806142ba575b613d7b57156142b15760ff60015b166142726135e9828651611f09565b915f5b83518110156142aa578061429761394561429186600195612082565b896138b7565b5f1a6142a382876138b7565b5301614275565b5093505090565b60ff6002614263565b5060ff6142cc613953613945876138a7565b161515614255565b918151818103908111611ec85783511161433d575f5b8351811015614334576001600160f81b031961430682866138b7565b5116818301808411611ec85761394561431f91866138b7565b0361432c576001016142ea565b505050505f90565b50505050600190565b5050505f90565b92919203614351575f9190565b6303c1de3560e21b5f5260045ffd5b929192036143515760019190565b93929303614351579190565b61438b906020815191015190614391565b91505090565b915f9082156143d75783515f1a608081106144835760b881101561441c576143b890611efa565b926001948585146143e6575b505b6143d08486612082565b116143d757565b632bf7d67960e21b5f5260045ffd5b600282106143d7576144026143fc608092612020565b515f1a90565b1061440d575f6143c4565b632dbeb36960e01b5f5260045ffd5b919092938460c084105f146144465761443861443e9394611eeb565b91614490565b9290936143c6565b50905060f8821015614468575061445c90611edc565b600190916001936143c6565b8361443861447893959495611ecd565b9190926001916143c6565b505f935060019250839150565b929190928160010180600111611ec8578094106143d75760018101809111611ec85780515f1a1561440d57519060031b610100031c906038821061440d5756",
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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AccountNotInState\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTEmptyValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTExtraProofNodes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidNode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidNodeHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidRootHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTProofTooShort\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedStorageValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPEmptyInput\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNonCanonical\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNotAList\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNotAString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPTrailingBytes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPTruncated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"flatten\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"},{\"internalType\":\"bytes[]\",\"name\":\"proof\",\"type\":\"bytes[]\"}],\"name\":\"get\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"found\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"value\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes[]\",\"name\":\"accountProof\",\"type\":\"bytes[]\"}],\"name\":\"storageRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes[]\",\"name\":\"storageProof\",\"type\":\"bytes[]\"}],\"name\":\"storageValue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "ProofHarness",
	Bin: "0x60808060405234601557611095908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c806331ac9ef514610054578063416b16f21461004f5780639f07b1431461004a5763f16a494b14610045575f80fd5b6102f1565b6101cb565b610130565b346100a95760603660031901126100a95760243560443560043567ffffffffffffffff82116100a95760209261009b6100946100a19436906004016100ad565b3691610425565b916104e8565b604051908152f35b5f80fd5b9181601f840112156100a95782359167ffffffffffffffff83116100a9576020808501948460051b0101116100a957565b9181601f840112156100a95782359167ffffffffffffffff83116100a957602083818601950101116100a957565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b346100a95760603660031901126100a95760043560243567ffffffffffffffff81116100a9576101649036906004016100de565b919060443567ffffffffffffffff81116100a9576101a89361019a6101906101a29336906004016100ad565b94909236916103ef565b923691610425565b9161067d565b906101c76040519283921515835260406020840152604083019061010c565b0390f35b346100a95760603660031901126100a9576024356004356001600160a01b03821682036100a9576044359067ffffffffffffffff82116100a95761027161021c6100946102849436906004016100ad565b9161027f604051602081019061025b8161024d8a856014916bffffffffffffffffffffffff199060601b1681520190565b03601f198101835282610388565b5190206040519384916020830160209181520190565b03601f198101845283610388565b61067d565b9190156102d65761029c61029783610953565b610cae565b60048151036102c7576102b16102b7916105f6565b51610f1e565b156102c757604051908152602090f35b638bfd7d3f60e01b5f5260045ffd5b633926252960e01b5f526001600160a01b031660045260245ffd5b346100a95760203660031901126100a95760043567ffffffffffffffff81116100a95761033f61033a61033561032e6101c79436906004016100de565b36916103ef565b610953565b610a12565b60405191829160208352602083019061010c565b634e487b7160e01b5f52604160045260245ffd5b6040810190811067ffffffffffffffff82111761038357604052565b610353565b90601f8019910116810190811067ffffffffffffffff82111761038357604052565b604051906103b9604083610388565b565b67ffffffffffffffff81116103835760051b60200190565b67ffffffffffffffff811161038357601f01601f191660200190565b9291926103fb826103d3565b916104096040519384610388565b8294818452818301116100a9578281602093845f960137010152565b929192610431826103bb565b9361043f6040519586610388565b602085848152019260051b8201918183116100a95780935b838510610465575050505050565b843567ffffffffffffffff81116100a957820183601f820112156100a95760209161049685838580953591016103ef565b815201940193610457565b634e487b7160e01b5f52603260045260245ffd5b8051156104c25760200190565b6104a1565b8051600110156104c25760210190565b9081518110156104c2570160200190565b9161027161051192949361027f5f9660405161025b8161024d6020820194859190602083019252565b90156105c45761052361052891610953565b610b02565b805180159081156105b9575b50801561059c575b61058d575f925b81518410156105885760019060081b61057f61057961057361056588876104d7565b516001600160f81b03191690565b60f81c90565b60ff1690565b17930192610543565b925050565b630b5ac87560e01b5f5260045ffd5b506001600160f81b03196105b2610565836104b5565b161561053c565b60209150115f610534565b505f9150565b604051906105d9602083610388565b5f8252565b604051906105eb82610367565b5f6020838281520152565b8051600210156104c25760600190565b8051600110156104c25760400190565b8051601010156104c2576102200190565b80518210156104c25760209160051b010190565b634e487b7160e01b5f52601160045260245ffd5b5f19811461065d5760010190565b61063b565b906001820180921161065d57565b9190820180921161065d57565b92919081511561090e5761069090610b5d565b925f908161069c6105de565b9060015b610897575b6106ae82610cae565b906106b76105de565b508151601181036107c0575087518114610798576106f16106ea6106e4610579610573610565868e6104d7565b84610627565b519161064f565b935b6106fc82610f07565b610773575061070a81610f1e565b929092156107215750509060015b929091926106a0565b92509394959650506011915051149081610761575b5061074a57637e32ca5960e11b5f5260045ffd5b61075d91516107576105ca565b91610ed1565b9091565b61076b9150610b02565b51155f610736565b925090506020808201511015610789575f610718565b637e32ca5960e11b5f5260045ffd5b5061075d9596506107b492506107ae9150610616565b51610b02565b91518251151591610efb565b600203610789576107db6107d66107ae846104b5565b610d9e565b906107e7838b84610e61565b90610828578151156107895715610813575161080291610670565b9261080c82610606565b51906106f3565b50505050509061075d929350516107576105ca565b919295969798935093501592831561087e575b505050610870576107ae61084e91610606565b908151156108615761075d925190610eed565b6372bd263360e01b5f5260045ffd5b5061075d91516107576105ca565b61088b9293505190610670565b905114155f808061083b565b929050835181146108ff57816108ad8286610627565b5160208151910120036108dc576108d66108d06108ca8387610627565b51610953565b9161064f565b926106a5565b156108f057633d50767560e21b5f5260045ffd5b633628140f60e21b5f5260045ffd5b6335e909e960e01b5f5260045ffd5b5050907f56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b42114610946576335e909e960e01b5f5260045ffd5b5f906109506105ca565b90565b61095b6105de565b508051156109ab576020810190610973815183610f56565b50810180911161065d5781510361099c57516040519161099283610367565b8252602082015290565b631b4aaf0760e31b5f5260045ffd5b63403adeed60e01b5f5260045ffd5b805191908290602001825e015f815290565b60059061095093925f825263ffffffff60e01b9060e01b16600182015201906109ba565b6103b990610271610a0c949360405195869360208501906109ba565b906109ba565b610a22610a1e82610f07565b1590565b610aa457610a2f90610cae565b9061024d610a70610a44845163ffffffff1690565b604051600160f81b602082015260e09190911b6001600160e01b03191660218201529182906025820190565b915f925b815184101561058857610a90610a8a8584610627565b51610a12565b610a9c906001926109f0565b930192610a74565b610aad90610b02565b610950610abe825163ffffffff1690565b61024d604051938492602084016109cc565b90610ada826103d3565b610ae76040519182610388565b8281528092610af8601f19916103d3565b0190602036910137565b90610b138251602084015190610f56565b919091610b3657610b2382610ad0565b935190810180911161065d57602084015e565b6305bcfd2d60e21b5f5260045ffd5b600181901b91906001600160ff1b0381160361065d57565b9081518060011b908082046002149015171561065d57610b7c90610ad0565b915f5b8151811015610c125780610bba610baa610ba1610573610565600196886104d7565b60041c600f1690565b60f81b6001600160f81b03191690565b610bd0610bc683610b45565b915f1a91876104d7565b53610bf7600f610be661057361056585886104d7565b1660f81b6001600160f81b03191690565b610c0b610bc6610c0684610b45565b610662565b5301610b7f565b5050565b60f61981019190821161065d57565b60bf1981019190821161065d57565b60b61981019190821161065d57565b607f1981019190821161065d57565b9190820391821161065d57565b90610c69826103bb565b610c766040519182610388565b8281528092610c87601f19916103bb565b01905f5b828110610c9757505050565b602090610ca26105de565b82828501015201610c8b565b90610cbf8251602084015190610f56565b93909315610d8f57610cdc91610cd59151610670565b9283610670565b5f90835b818110610d655750610cf182610c5f565b93905f915b838310610d035750505050565b610d5d81610d57610d1f610d1960019587610c52565b83610f56565b5090610d2b8282610670565b610d336103aa565b908582526020820152610d46898d610627565b52610d51888c610627565b50610670565b90610670565b920191610cf6565b610d8381610d57610d7c610d19610d899587610c52565b5090610670565b9261064f565b91610ce0565b637ad6a98f60e11b5f5260045ffd5b80511561078957610dae90610b5d565b90610dbe610573610565846104b5565b60ff811660038111610789576001600281921015921614801580610e47575b6107895715610e3e5760ff60015b16610dff610dfa828651610c52565b610ad0565b915f5b8351811015610e375780610e24610565610e1e86600195610670565b896104d7565b5f1a610e3082876104d7565b5301610e02565b5093505090565b60ff6002610deb565b5060ff610e59610573610565876104c7565b161515610ddd565b91815181810390811161065d57835111610eca575f5b8351811015610ec1576001600160f81b0319610e9382866104d7565b511681830180841161065d57610565610eac91866104d7565b03610eb957600101610e77565b505050505f90565b50505050600190565b5050505f90565b92919203610ede575f9190565b6303c1de3560e21b5f5260045ffd5b92919203610ede5760019190565b93929303610ede579190565b610f18906020815191015190610f56565b91505090565b610f2e8151602083015190610f56565b929192610b3657602003610f4e575190810180911161065d575190600190565b50505f905f90565b915f908215610f9c5783515f1a608081106110485760b8811015610fe157610f7d90610c43565b92600194858514610fab575b505b610f958486610670565b11610f9c57565b632bf7d67960e21b5f5260045ffd5b60028210610f9c57610fc7610fc1608092610662565b515f1a90565b10610fd2575f610f89565b632dbeb36960e01b5f5260045ffd5b919092938460c084105f1461100b57610ffd6110039394610c34565b91611055565b929093610f8b565b50905060f882101561102d575061102190610c25565b60019091600193610f8b565b83610ffd61103d93959495610c16565b919092600191610f8b565b505f935060019250839150565b92919092816001018060011161065d57809410610f9c576001810180911161065d5780515f1a15610fd257519060031b610100031c9060388210610fd25756",
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
	if bytes.Equal(raw[:4], proofHarness.abi.Errors["RLPEmptyInput"].ID.Bytes()[:4]) {
		return proofHarness.UnpackRLPEmptyInputError(raw[4:])
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

// TestNativeRollupMetaData contains all meta data concerning the TestNativeRollup contract.
var TestNativeRollupMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"genesisHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"genesisStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"genesisTimestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minGasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxGasLimit\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"sequencerWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"historySize\",\"type\":\"uint64\"}],\"internalType\":\"structNativeRollup.Config\",\"name\":\"c\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AccountNotInState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"anchorBlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"previousAnchor\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"l1BlockNumber\",\"type\":\"uint256\"}],\"name\":\"AnchorOutOfRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExecuteFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExecuteUnavailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minGasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxGasLimit\",\"type\":\"uint64\"}],\"name\":\"GasLimitOutsidePolicy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"computedBlockHash\",\"type\":\"bytes32\"}],\"name\":\"InvalidClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"relayerFee\",\"type\":\"uint256\"}],\"name\":\"InvalidDeposit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTEmptyValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTExtraProofNodes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidNode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidNodeHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTInvalidRootHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MPTProofTooShort\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedStorageValue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPEmptyInput\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNonCanonical\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNotAList\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNotAString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPTrailingBytes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPTruncated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"openAt\",\"type\":\"uint64\"}],\"name\":\"SequencerExclusive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"}],\"name\":\"StateRootUnavailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"parentTimestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"}],\"name\":\"TimestampOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"WithdrawalAlreadyFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"WithdrawalNotProven\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"anchor\",\"type\":\"bytes32\"}],\"name\":\"BlockAdvanced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"depositHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"relayerFee\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structMessages.Deposit\",\"name\":\"deposit\",\"type\":\"tuple\"}],\"name\":\"DepositSent\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structMessages.Withdrawal\",\"name\":\"withdrawal\",\"type\":\"tuple\"}],\"name\":\"WithdrawalFinalized\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"L2_BRIDGE\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"prevRandao\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"extraData\",\"type\":\"bytes\"}],\"internalType\":\"structExecute.BlockEnv\",\"name\":\"env\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"anchorL1Block\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"postStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"}],\"internalType\":\"structExecute.Claims\",\"name\":\"claims\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"transactions\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"}],\"name\":\"advance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"anchorBlockNumber\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockNumber\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blockTimestamp\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"chainId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"relayerFee\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"depositHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"depositHash\",\"type\":\"bytes32\"}],\"name\":\"depositSent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"internalType\":\"structMessages.Withdrawal\",\"name\":\"withdrawal\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes[]\",\"name\":\"accountProof\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes[]\",\"name\":\"storageProof\",\"type\":\"bytes[]\"}],\"name\":\"finalizeWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"historySize\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastAdvanceTime\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxGasLimit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minGasLimit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencerWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stateRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"l2BlockNumber\",\"type\":\"uint64\"}],\"name\":\"stateRootAt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"withdrawalHash\",\"type\":\"bytes32\"}],\"name\":\"withdrawalFinalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "TestNativeRollup",
	Bin: "0x6101406040523461039857604051601f6123d338819003918201601f19168301916001600160401b038311848410176102e357808492610120946040528339810103126103985760405161012081016001600160401b038111828210176102e35760405261006c8261039c565b918282526020810151906020830191825260408101519260408101938085526100976060840161039c565b95606083019687526100ab6080850161039c565b8060808501526100bd60a0860161039c565b60a0850181905260c0860151949091906001600160a01b0386168603610398578060c06101009201968752610106826100f860e08b0161039c565b9960e084019a8b520161039c565b91018190526001600160401b039283169391831692169081156103525782158015610349575b6102f75760018060401b031660805260a05260c05260e052604051906040820182811060018060401b038211176102e3576040525f82526020820190815260a0516001600160401b0316156102cf575f8052600260205290517fac33ff75c19e70fe83507db0d683fd3465c996598dc972688b7ace676c89077b80546001600160401b0319166001600160401b0392831617905590517fac33ff75c19e70fe83507db0d683fd3465c996598dc972688b7ace676c89077c5590516001600160a01b0316610100529051811661012052905160035590516004559051600580544360801b600160801b600160c01b03169316604092831b6fffffffffffffffff00000000000000001617929092174260c01b6001600160c01b031916179091555161202290816103b182396080518181816105c60152610c8d015260a051818181610220015281816109360152611456015260c0518181816104df01528181610e210152611132015260e05181818161056601528181610e47015261116b01526101005181818161051801526110b301526101205181818161063201526110820152f35b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b6040516389a6198960e01b815260206004820152602360248201527f6e6565642030203c206d696e4761734c696d6974203c3d206d61784761734c696044820152621b5a5d60ea1b6064820152608490fd5b5083831161012c565b6040516389a6198960e01b815260206004820152601c60248201527f686973746f727953697a65206d75737420626520706f736974697665000000006044820152606490fd5b5f80fd5b51906001600160401b03821682036103985756fe60806040526004361015610011575f80fd5b5f3560e01c8063085def641461015457806309af1e2f1461014f578063159a99ea1461014a5780632dfdf0b5146101455780633b1306fd146101405780633cad82ff1461013b57806346241e8e1461013657806347e7ef24146101315780634fd1d7121461012c57806357e871e7146101275780635aeb4d77146101225780635c1bba381461011d5780635e45da23146101185780639588eca2146101135780639a8a05921461010e578063adb6183214610109578063af73a5f714610104578063cd77f57a146100ff578063db35e93e146100fa5763f22a195e146100f5575f80fd5b610878565b610849565b610686565b610613565b6105ea565b6105a7565b61058a565b610547565b610503565b6104c0565b61049a565b610404565b6102be565b61027e565b610244565b610201565b6101e5565b6101c3565b6101a3565b3461019f57602036600319011261019f57602060016101957f405f0deb3d285d4e12dd4c0ea78141b800589a8b89657b11ad5da71c886aa42e60043561161a565b5414604051908152f35b5f80fd5b3461019f575f36600319011261019f57602060055460c01c604051908152f35b3461019f575f36600319011261019f576020604051600161272960911b018152f35b3461019f575f36600319011261019f5760205f54604051908152f35b3461019f575f36600319011261019f5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461019f575f36600319011261019f5760206001600160401b0360055460801c16604051908152f35b6001600160401b0381160361019f57565b3461019f57602036600319011261019f5760206102a56004356102a08161026d565b610929565b604051908152f35b6001600160a01b0381160361019f57565b604036600319011261019f576004356102d6816102ad565b60243590341580156103bd575b6103a65761038f9061032a6103a2935f549061031a610300610a00565b838152336020820152946001600160a01b03166040860152565b3460608501526080840152610a20565b5f557fb5423a27b2bae2a2e762ca99cacdf8fc967ded07e738e8a518084a0f24a1eb956103568261103a565b9283926103837f405f0deb3d285d4e12dd4c0ea78141b800589a8b89657b11ad5da71c886aa42e85611063565b60405191829182610a2e565b0390a26040519081529081906020820190565b0390f35b50633bfb3e2360e11b5f523460045260245260445ffd5b503482116102e3565b606090604319011261019f57604490565b9181601f8401121561019f578235916001600160401b03831161019f576020838186019501011161019f57565b3461019f5760e036600319011261019f576004356001600160401b03811161019f5760a0600319823603011261019f576024356104408161026d565b610449366103c6565b9160a4356001600160401b03811161019f576104699036906004016103d7565b9060c435946001600160401b03861161019f5761048d6104989636906004016103d7565b959094600401610be2565b005b3461019f575f36600319011261019f5760206001600160401b0360055416604051908152f35b3461019f575f36600319011261019f5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461019f575f36600319011261019f576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461019f575f36600319011261019f5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461019f575f36600319011261019f576020600454604051908152f35b3461019f575f36600319011261019f5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461019f575f36600319011261019f5760206001600160401b0360055460401c16604051908152f35b3461019f575f36600319011261019f5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b9181601f8401121561019f578235916001600160401b03831161019f576020808501948460051b01011161019f57565b3461019f57366003190160e0811261019f5760801361019f576084356106ab8161026d565b60a4356001600160401b03811161019f576106ca903690600401610656565b60c4356001600160401b03811161019f576106e9903690600401610656565b9190926106ff6106fa366004610ebf565b6114a7565b9461071c610715875f52600160205260405f2090565b5460ff1690565b610835576107496001959361074361077a969461073b61077495610929565b923691610f34565b90611559565b9261073b7fd6a5bc246508e8f189608dbda8507c3bd6de66a48b8efdeebfbe1a7b18f7a0238861161a565b9161165b565b03610823576107a1610794825f52600160205260405f2090565b805460ff19166001179055565b7f6a5302ceb0e2163337c6a68b08115fac6f8ebf5158c48eeffb98d0e48ba0f2ca604051806107d1600482610f9f565b0390a25f8080806107e26044610fed565b606435905af16107f061100b565b50156107f857005b6108206108056044610fed565b6339f1c8d960e01b5f526001600160a01b0316600452602490565b5ffd5b63125ead2960e11b5f5260045260245ffd5b639b26663960e01b5f52600486905260245ffd5b3461019f57602036600319011261019f576004355f526001602052602060ff60405f2054166040519015158152f35b3461019f575f36600319011261019f576020600354604051908152f35b634e487b7160e01b5f52601160045260245ffd5b60f6198101919082116108b857565b610895565b60bf198101919082116108b857565b60b6198101919082116108b857565b607f198101919082116108b857565b919082039182116108b857565b906001600160401b0316908115610915576001600160401b03160690565b634e487b7160e01b5f52601260045260245ffd5b6001600160401b0361095b7f0000000000000000000000000000000000000000000000000000000000000000836108f7565b165f52600260205260405f20906001600160401b0380835416911680911480159061099f575b61098d57506001015490565b639ae2a7c360e01b5f5260045260245ffd5b50600182015415610981565b634e487b7160e01b5f52604160045260245ffd5b604081019081106001600160401b038211176109da57604052565b6109ab565b90601f801991011681019081106001600160401b038211176109da57604052565b60405190610a0f60a0836109df565b565b60405190610a0f6040836109df565b5f1981146108b85760010190565b91909160808060a08301948051845260018060a01b03602082015116602085015260018060a01b036040820151166040850152606081015160608501520151910152565b35610a7c8161026d565b90565b6001600160401b0381116109da57601f01601f191660200190565b929192610aa682610a7f565b91610ab460405193846109df565b82948184528183011161019f578281602093845f960137010152565b9080601f8301121561019f57816020610a7c93359101610a9a565b919060a08382031261019f576040519060a082018281106001600160401b038211176109da5760405281938035610b218161026d565b83526020810135610b318161026d565b60208401526040810135610b44816102ad565b6040840152606081013560608401526080810135916001600160401b03831161019f57608092610b749201610ad0565b910152565b919082606091031261019f57604051606081018181106001600160401b038211176109da5760405260408082948035845260208101356020850152013591610bc08361026d565b0152565b6001600160401b036001911601906001600160401b0382116108b857565b93959092919495610bf1611072565b610bfa85610a72565b60055497906001600160401b0360408a901c811691168110801590610ea4575b610e6f575060208601610c3b610c37610c3283610a72565b61111f565b1590565b610dfb575091849391610cb1938888610c57610c8a9a99611190565b998a93610c8260035498610c7a610c72600454963690610aeb565b963690610b79565b973691610a9a565b963691610a9a565b957f000000000000000000000000000000000000000000000000000000000000000061133e565b959015610de757927f970c63cb136d31cf1b7679a2663161da36fefa5b3ee4cf8eb6d15f2108f279519492610d99610de293610d6c610d43610d09610d046001600160401b039a6001600160401b031690565b610bc4565b97610d138c600355565b3594610d1e86600455565b610d3e896001600160401b03166001600160401b03196005541617600555565b610a72565b67ffffffffffffffff60401b6005549160401b169067ffffffffffffffff60401b191617600555565b6005805467ffffffffffffffff60801b191660809290921b67ffffffffffffffff60801b16919091179055565b600580546001600160c01b031642871660c01b6001600160c01b031916179055610dc3818561142c565b6040519485941696846040919493926060820195825260208201520152565b0390a2565b63a3a88d9d60e01b5f52600486905260245ffd5b610e0761082091610a72565b63c8eb5e5f60e01b5f526001600160401b039081166004527f000000000000000000000000000000000000000000000000000000000000000081166024527f000000000000000000000000000000000000000000000000000000000000000016604452606490565b61082090610e7c88610a72565b633bdf90a760e01b5f526001600160401b039081166004529081166024524216604452606490565b50610eae87610a72565b6001600160401b0342911611610c1a565b919082608091031261019f57604051608081018181106001600160401b038211176109da576040526060808294803584526020810135610efe816102ad565b60208501526040810135610f11816102ad565b60408501520135910152565b6001600160401b0381116109da5760051b60200190565b929190610f4081610f1d565b93610f4e60405195866109df565b602085838152019160051b81019183831161019f5781905b838210610f74575050505050565b81356001600160401b03811161019f57602091610f948784938701610ad0565b815201910190610f66565b9190916060806080830194803584526020810135610fbc816102ad565b6001600160a01b031660208501526040810135610fd8816102ad565b6001600160a01b031660408501520135910152565b35610a7c816102ad565b604051906110066020836109df565b5f8252565b3d15611035573d9061101c82610a7f565b9161102a60405193846109df565b82523d5f602084013e565b606090565b60405161105d8161104f602082019485610a2e565b03601f1981018352826109df565b51902090565b60019161106f9161161a565b55565b60055460c01c6001600160401b037f000000000000000000000000000000000000000000000000000000000000000016016001600160401b0381116108b8577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316338114158061110d575b6110ed575050565b6001600160401b03925063f3fd208360e01b5f526004521660245260445ffd5b506001600160401b03821642106110e5565b6001600160401b03166001600160401b037f000000000000000000000000000000000000000000000000000000000000000016811015908161115f575090565b90506001600160401b037f000000000000000000000000000000000000000000000000000000000000000016101590565b906001600160401b0360055460801c16916001600160401b0381168381108015611211575b6111eb57409283156111c5575050565b631e96ee1d60e31b5f526001600160401b0391821660045216602452504360445260645ffd5b631e96ee1d60e31b5f526001600160401b0380831660045284166024524360445260645ffd5b50438110156111b5565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b9c9899949560c0610a7c9f9d98938f9061130f9e996112a26112db996113019e996112b2946112886112c29a61127889600160ff169052565b6001600160401b03166020890152565b604087015260608601526001600160401b03166080850152565b6001600160401b031660a0830152565b6001600160a01b03909216910152565b60e08c01526101e06101008c01526101e08b019061121b565b956101208a01526101408901526101608801526101808701906001600160401b03169052565b8482036101a086015261121b565b916101c081840391015261121b565b919082604091031261019f578151801515810361019f5760209092015190565b94909592969391968051611358906001600160401b031690565b92602082015161136e906001600160401b031690565b60408301519092906001600160a01b0316906060810151906080015191855194602087015196604001516113a8906001600160401b031690565b976040519d8e9d60208f019d6113bd9e61123f565b03601f19810182526113cf90826109df565b8051906020015a915f92916101018493fa6113e861100b565b901561141d57604081510361140e578060208061140a9351830101910161131e565b9091565b631b57874760e31b5f5260045ffd5b63d6bed87360e01b5f5260045ffd5b906001906001600160401b0361147b60405194611448866109bf565b8281168652602086019384527f0000000000000000000000000000000000000000000000000000000000000000906108f7565b165f5260026020526001600160401b0360405f209351166001600160401b031984541617835551910155565b604051606060208201928051845260018060a01b03602082015116604084015260018060a01b0360408201511682840152015160808201526080815261105d60a0826109df565b634e487b7160e01b5f52603260045260245ffd5b8051600210156115125760600190565b6114ee565b8051156115125760200190565b8051600110156115125760400190565b805160101015611512576102200190565b80518210156115125760209160051b010190565b604051600160601b61272960f11b01602082019081526115b493926115a19290916115af9161158b816034810161104f565b5190206040519384916020830160209181520190565b03601f1981018452836109df565b611770565b90156115ff576115c66115cb91611a3f565b611af5565b60048151036115f0576115e06115e691611502565b51611be5565b919091156115f057565b638bfd7d3f60e01b5f5260045ffd5b633926252960e01b5f52600161272960911b0160045260245ffd5b90604051906020820192835260408201526040815261105d6060826109df565b8051600110156115125760210190565b908151811015611512570160200190565b916115a16116849294936115af5f9660405161158b8161104f6020820194859190602083019252565b90156117375761169661169b91611a3f565b611c5e565b8051801590811561172c575b50801561170f575b611700575f925b81518410156116fb5760019060081b6116f26116ec6116e66116d8888761164a565b516001600160f81b03191690565b60f81c90565b60ff1690565b179301926116b6565b925050565b630b5ac87560e01b5f5260045ffd5b506001600160f81b03196117256116d883611517565b16156116af565b60209150115f6116a7565b505f9150565b6040519061174a826109bf565b5f6020838281520152565b90600182018092116108b857565b919082018092116108b857565b9291908151156119fd5761178390611caa565b925f908161178f61173d565b9060015b611986575b6117a182611af5565b906117aa61173d565b508151601181036118af575087518114611887576117e46117dd6117d76116ec6116e66116d8868e61164a565b84611545565b5191610a20565b935b6117ef82611ecc565b61186257506117fd81611be5565b929092156118145750509060015b92909192611793565b92509394959650506011915051149081611850575b5061183d57637e32ca5960e11b5f5260045ffd5b61140a915161184a610ff7565b91611e96565b61185a9150611c5e565b51155f611829565b925090506020808201511015611878575f61180b565b637e32ca5960e11b5f5260045ffd5b5061140a9596506118a3925061189d9150611534565b51611c5e565b91518251151591611ec0565b600203611878576118ca6118c561189d84611517565b611d63565b906118d6838b84611e26565b9061191757815115611878571561190257516118f191611763565b926118fb82611524565b51906117e6565b50505050509061140a9293505161184a610ff7565b919295969798935093501592831561196d575b50505061195f5761189d61193d91611524565b908151156119505761140a925190611eb2565b6372bd263360e01b5f5260045ffd5b5061140a915161184a610ff7565b61197a9293505190611763565b905114155f808061192a565b929050835181146119ee578161199c8286611545565b5160208151910120036119cb576119c56119bf6119b98387611545565b51611a3f565b91610a20565b92611798565b156119df57633d50767560e21b5f5260045ffd5b633628140f60e21b5f5260045ffd5b6335e909e960e01b5f5260045ffd5b5050907f56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b42114611a35576335e909e960e01b5f5260045ffd5b5f90610a7c610ff7565b611a4761173d565b50805115611a97576020810190611a5f815183611ee3565b5081018091116108b857815103611a88575160405191611a7e836109bf565b8252602082015290565b631b4aaf0760e31b5f5260045ffd5b63403adeed60e01b5f5260045ffd5b90611ab082610f1d565b611abd60405191826109df565b8281528092611ace601f1991610f1d565b01905f5b828110611ade57505050565b602090611ae961173d565b82828501015201611ad2565b90611b068251602084015190611ee3565b93909315611bd657611b2391611b1c9151611763565b9283611763565b5f90835b818110611bac5750611b3882611aa6565b93905f915b838310611b4a5750505050565b611ba481611b9e611b66611b60600195876108ea565b83611ee3565b5090611b728282611763565b611b7a610a11565b908582526020820152611b8d898d611545565b52611b98888c611545565b50611763565b90611763565b920191611b3d565b611bca81611b9e611bc3611b60611bd095876108ea565b5090611763565b92610a20565b91611b27565b637ad6a98f60e11b5f5260045ffd5b611bf58151602083015190611ee3565b929192611c1d57602003611c1557519081018091116108b8575190600190565b50505f905f90565b6305bcfd2d60e21b5f5260045ffd5b90611c3682610a7f565b611c4360405191826109df565b8281528092611c54601f1991610a7f565b0190602036910137565b90611c6f8251602084015190611ee3565b919091611c1d57611c7f82611c2c565b93519081018091116108b857602084015e565b600181901b91906001600160ff1b038116036108b857565b9081518060011b90808204600214901517156108b857611cc990611c2c565b915f5b8151811015611d5f5780611d07611cf7611cee6116e66116d86001968861164a565b60041c600f1690565b60f81b6001600160f81b03191690565b611d1d611d1383611c92565b915f1a918761164a565b53611d44600f611d336116e66116d8858861164a565b1660f81b6001600160f81b03191690565b611d58611d13611d5384611c92565b611755565b5301611ccc565b5050565b80511561187857611d7390611caa565b90611d836116e66116d884611517565b60ff811660038111611878576001600281921015921614801580611e0c575b6118785715611e035760ff60015b16611dc4611dbf8286516108ea565b611c2c565b915f5b8351811015611dfc5780611de96116d8611de386600195611763565b8961164a565b5f1a611df5828761164a565b5301611dc7565b5093505090565b60ff6002611db0565b5060ff611e1e6116e66116d88761163a565b161515611da2565b9181518181039081116108b857835111611e8f575f5b8351811015611e86576001600160f81b0319611e58828661164a565b51168183018084116108b8576116d8611e71918661164a565b03611e7e57600101611e3c565b505050505f90565b50505050600190565b5050505f90565b92919203611ea3575f9190565b6303c1de3560e21b5f5260045ffd5b92919203611ea35760019190565b93929303611ea3579190565b611edd906020815191015190611ee3565b91505090565b915f908215611f295783515f1a60808110611fd55760b8811015611f6e57611f0a906108db565b92600194858514611f38575b505b611f228486611763565b11611f2957565b632bf7d67960e21b5f5260045ffd5b60028210611f2957611f54611f4e608092611755565b515f1a90565b10611f5f575f611f16565b632dbeb36960e01b5f5260045ffd5b919092938460c084105f14611f9857611f8a611f9093946108cc565b91611fe2565b929093611f18565b50905060f8821015611fba5750611fae906108bd565b60019091600193611f18565b83611f8a611fca939594956108a9565b919092600191611f18565b505f935060019250839150565b9291909281600101806001116108b857809410611f2957600181018091116108b85780515f1a15611f5f57519060031b610100031c9060388210611f5f5756",
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

// PackLastAdvanceTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09af1e2f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastAdvanceTime() view returns(uint64)
func (testNativeRollup *TestNativeRollup) PackLastAdvanceTime() []byte {
	enc, err := testNativeRollup.abi.Pack("lastAdvanceTime")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastAdvanceTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09af1e2f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastAdvanceTime() view returns(uint64)
func (testNativeRollup *TestNativeRollup) TryPackLastAdvanceTime() ([]byte, error) {
	return testNativeRollup.abi.Pack("lastAdvanceTime")
}

// UnpackLastAdvanceTime is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x09af1e2f.
//
// Solidity: function lastAdvanceTime() view returns(uint64)
func (testNativeRollup *TestNativeRollup) UnpackLastAdvanceTime(data []byte) (uint64, error) {
	out, err := testNativeRollup.abi.Unpack("lastAdvanceTime", data)
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
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["GasLimitOutsidePolicy"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackGasLimitOutsidePolicyError(raw[4:])
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
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["RLPEmptyInput"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackRLPEmptyInputError(raw[4:])
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
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["SequencerExclusive"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackSequencerExclusiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["StateRootUnavailable"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackStateRootUnavailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["TimestampOutOfRange"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackTimestampOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["WithdrawalAlreadyFinalized"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackWithdrawalAlreadyFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], testNativeRollup.abi.Errors["WithdrawalNotProven"].ID.Bytes()[:4]) {
		return testNativeRollup.UnpackWithdrawalNotProvenError(raw[4:])
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

// TestNativeRollupSequencerExclusive represents a SequencerExclusive error raised by the TestNativeRollup contract.
type TestNativeRollupSequencerExclusive struct {
	Sequencer common.Address
	OpenAt    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SequencerExclusive(address sequencer, uint64 openAt)
func TestNativeRollupSequencerExclusiveErrorID() common.Hash {
	return common.HexToHash("0xf3fd208369d94361c2c2ec9b984a4eea421ede881c7495027c3149b1f5ed8450")
}

// UnpackSequencerExclusiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SequencerExclusive(address sequencer, uint64 openAt)
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
