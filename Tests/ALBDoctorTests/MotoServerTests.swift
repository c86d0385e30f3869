import Foundation
import Testing
import _TestSupport

/// The moto servers the AWS tests get from `withMoto`: forked from one process, yet each as new
/// as a moto started for it alone, and gone once its test is done.
@Suite(.requires(.python("moto", "boto3", "flask", "flask_cors", packages: "'moto[server]' boto3")), .timeLimit(.minutes(2)))
struct MotoServerTests {
    /// Creates COUNT VPCs in the moto at ENDPOINT, then prints how many VPCs it holds and the ids
    /// of those created, on one line.
    static let vpcs = """
        import boto3, sys
        ec2 = boto3.client("ec2", endpoint_url=sys.argv[1], region_name="ap-northeast-1", aws_access_key_id="testing", aws_secret_access_key="testing")
        created = [ec2.create_vpc(CidrBlock="10.9.0.0/16")["Vpc"]["VpcId"] for _ in range(int(sys.argv[2]))]
        print(len(ec2.describe_vpcs()["Vpcs"]), *created)
        """

    @Test func eachTestsServerStartsNewAndIsGoneAfterIt() async throws {
        let python = try #require(which("python3"))
        let first = try await withMoto { first in
            try await withMoto { second in
                #expect(first.endpoint != second.endpoint)
                // The region's default VPC, and those created in this server only.
                let inFirst = try await runProcess(python, ["-c", Self.vpcs, first.endpoint, "2"]).stdout.split(whereSeparator: \.isWhitespace)
                let inSecond = try await runProcess(python, ["-c", Self.vpcs, second.endpoint, "1"]).stdout.split(whereSeparator: \.isWhitespace)
                #expect(inFirst.first == "3")
                #expect(inSecond.first == "2")
                // Ids as two motos of their own would make them: not the same sequence twice.
                #expect(inFirst.count == 3 && inSecond.count == 2 && inFirst[1] != inSecond[1], "\(inFirst) \(inSecond)")
            }
            return first.endpoint
        }
        // A server started after another one changed its state starts from moto's first state.
        try await withMoto { third in
            let fresh = try await runProcess(python, ["-c", Self.vpcs, third.endpoint, "0"])
            #expect(fresh.stdout == "1\n", "\(fresh.stderr)")
        }
        let port = try #require(first.split(separator: ":").last.map(String.init))
        let connect = try await runProcess(python, ["-c", "import socket, sys; socket.create_connection(('127.0.0.1', int(sys.argv[1])), 5)", port])
        #expect(connect.status != 0, "the stopped server at \(first) still accepts connections")
        #expect(connect.stderr.contains("ConnectionRefusedError"), "\(connect.stderr)")
    }
}
