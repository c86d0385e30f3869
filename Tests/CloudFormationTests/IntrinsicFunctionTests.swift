import CloudFormation
import Localization
import Testing
import Topology

/// Intrinsic functions, observed through the network model they produce.
@Suite struct IntrinsicFunctionTests {
    private func subnet(_ yaml: String, parameters: [String] = [], region: String = "us-east-1") throws -> Subnet {
        try #require(try Lint.topology(yaml, parameters: parameters, region: region).subnets.first)
    }

    @Test func getAZsAndSelectGiveDistinctZonesPerRegion() throws {
        let yaml = """
            Resources:
              Subnet:
                Type: AWS::EC2::Subnet
                Properties: { VpcId: vpc-1, CidrBlock: 10.0.0.0/24, AvailabilityZone: !Select [1, !GetAZs ''] }
            """
        #expect(try subnet(yaml).availabilityZone == .known("us-east-1b"))
        #expect(try subnet(yaml, region: "ap-northeast-1").availabilityZone == .known("ap-northeast-1c"))
    }

    @Test func subInBothFormsWithParametersAndPseudoParameters() throws {
        let yaml = """
            Parameters:
              Env: { Type: String, Default: prod }
            Resources:
              Subnet:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: !Sub 'vpc-${Env}-${AWS::Region}'
                  CidrBlock: !Sub ['10.${Octet}.0.0/24', { Octet: '7' }]
                  AvailabilityZone: !Sub '${AWS::Region}a'
            """
        let found = try subnet(yaml, parameters: ["Env=test"], region: "eu-west-1")
        #expect(found.vpc == .known(ResourceID("vpc-test-eu-west-1")))
        #expect(found.cidr.value?.description == "10.7.0.0/24")
        #expect(found.availabilityZone == .known("eu-west-1a"))
    }

    @Test func subLiteralDollarAndGetAttInsideSub() throws {
        let yaml = """
            Resources:
              VPC:
                Type: AWS::EC2::VPC
                Properties: { CidrBlock: 10.1.0.0/16 }
              Subnet:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: !Ref VPC
                  CidrBlock: !Select [2, !Cidr [!GetAtt VPC.CidrBlock, 4, 8]]
                  AvailabilityZone: !Sub '${!Literal}-${VPC.CidrBlock}'
            """
        let found = try subnet(yaml)
        #expect(found.vpc == .known(ResourceID(stack: "t", "VPC")))
        #expect(found.cidr.value?.description == "10.1.2.0/24")
        #expect(found.availabilityZone == .known("${Literal}-10.1.0.0/16"))
    }

    @Test func findInMapJoinSplitAndLength() throws {
        let yaml = """
            Mappings:
              Net: { ap-northeast-1: { Block: 10.9.0.0/24 } }
            Resources:
              Subnet:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: !Select [1, !Split ['|', !Join ['|', [vpc-a, vpc-b, vpc-c]]]]
                  CidrBlock: !FindInMap [Net, !Ref 'AWS::Region', Block]
                  AvailabilityZone: !Join ['-', [zone, !Length [a, b, c]]]
            """
        let found = try subnet(yaml, region: "ap-northeast-1")
        #expect(found.vpc == .known(ResourceID("vpc-b")))
        #expect(found.cidr.value?.description == "10.9.0.0/24")
        #expect(found.availabilityZone == .known("zone-3"))
    }

    @Test(arguments: [("a", "b", "false"), ("x", "x", "true")])
    func conditionsDecideWhichResourcesExist(left: String, right: String, created: String) throws {
        let yaml = """
            Parameters:
              Left: { Type: String }
              Right: { Type: String }
            Conditions:
              Same: !Equals [!Ref Left, !Ref Right]
              AlsoSame: !And [!Condition Same, !Not [!Equals [!Ref Left, never]]]
              Either: !Or [!Condition AlsoSame, !Equals [x, y]]
            Resources:
              Subnet:
                Type: AWS::EC2::Subnet
                Condition: Either
                Properties: { VpcId: vpc-1, CidrBlock: 10.0.0.0/24, AvailabilityZone: a }
            """
        let topology = try Lint.topology(yaml, parameters: ["Left=\(left)", "Right=\(right)"])
        #expect(topology.subnets.isEmpty == (created == "false"))
    }

    @Test func noValueRemovesAListItemAndIfPicksABranch() throws {
        let yaml = """
            Parameters:
              Two: { Type: String, Default: 'no' }
            Conditions:
              HasTwo: !Equals [!Ref Two, 'yes']
            Resources:
              LB:
                Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                Properties:
                  Subnets: [subnet-a, !If [HasTwo, subnet-b, !Ref 'AWS::NoValue']]
                  Scheme: !If [HasTwo, internal, internet-facing]
            """
        let lb = try #require(try Lint.topology(yaml).loadBalancers.first)
        #expect(lb.subnets.value?.count == 1)
        #expect(lb.scheme == .known(.internetFacing))
        let two = try #require(try Lint.topology(yaml, parameters: ["Two=yes"]).loadBalancers.first)
        #expect(two.subnets.value?.count == 2)
        #expect(two.scheme == .known(.internal))
    }

    @Test func listParametersAndMissingValuesStayUnknownWithTheReason() throws {
        let yaml = """
            Parameters:
              Subnets: { Type: 'List<AWS::EC2::Subnet::Id>' }
              Vpc: { Type: 'AWS::SSM::Parameter::Value<String>', Default: /net/vpc }
            Resources:
              LB:
                Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                Properties: { Subnets: !Ref Subnets }
            """
        let lb = try #require(try Lint.topology(yaml).loadBalancers.first)
        #expect(lb.subnets.unknownReason?.english == "parameter Subnets of stack t has no value; pass --parameter t.Subnets=VALUE (t.yaml:7:28)")
        #expect(lb.subnets.unknownReason?.japanese == "スタック t のパラメーター Subnets に値がありません。--parameter t.Subnets=VALUE で値を渡してください（t.yaml:7:28）")
        let given = try #require(try Lint.topology(yaml, parameters: ["t.Subnets=subnet-1, subnet-2"]).loadBalancers.first)
        #expect(given.subnets.value == [.known(ResourceID("subnet-1")), .known(ResourceID("subnet-2"))])
    }

    @Test func base64EncodesText() throws {
        let yaml = """
            Resources:
              Subnet:
                Type: AWS::EC2::Subnet
                Properties: { VpcId: vpc-1, CidrBlock: 10.0.0.0/24, AvailabilityZone: !Base64 'hello' }
            """
        #expect(try subnet(yaml).availabilityZone == .known("aGVsbG8="))
    }
}

@Suite struct LanguageExtensionFunctionTests {
    @Test func findInMapDefaultValueAndFunctionsTheModelDoesNotRead() throws {
        let yaml = """
            Transform: AWS::LanguageExtensions
            Mappings:
              Zones: { tokyo: { Count: "2" } }
            Resources:
              A:
                Type: AWS::EC2::VPC
                Properties:
                  CidrBlock: !FindInMap [Zones, osaka, Cidr, { DefaultValue: 10.9.0.0/16 }]
                  Tags:
                    - Key: config
                      Value: !ToJsonString { name: "a \\"b\\"", list: [x, !Length [1, 2, 3]] }
            """
        let vpc = try #require(try Lint.topology(yaml).vpcs.first)
        #expect(vpc.cidr.value?.description == "10.9.0.0/16")
        let evaluated = try Deployment(stacks: [StackSource(name: "t", file: "t.yaml", text: yaml)]).evaluate()
        #expect(evaluated.topology.vpcs.count == 1)
    }
}
