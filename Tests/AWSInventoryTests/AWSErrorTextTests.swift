@testable import AWSInventory
import AWSModel
import Localization
import Testing
import _TestSupport

/// The catalog of `AWSError`'s messages and of where credentials were found: every key in
/// English and Japanese, with the same values. `samples` are exhaustive switches and
/// `checkEveryCase` holds each list of keys to the cases its enum declares, so a new key cannot
/// go untested.
@Suite struct AWSErrorTextTests {
    /// Credentials whose key id and profile appear in no text of their own.
    static let credentials = AWSCredentials(accessKeyID: "AKIAX1", secretAccessKey: "secretX0", origin: .profile(name: "profX2"))

    /// A sample of every key, with the values each text must show.
    static func samples(_ entry: AWSErrorText) -> [(AWSErrorText, [String])] {
        let credentials = Self.credentials
        return switch entry {
        case .loadBalancersNotFound:
            [(.loadBalancersNotFound(missing: ["lbX3"], region: "regionX4", found: ["lbX5", "lbX6"]), ["lbX3", "regionX4", "lbX5", "lbX6"]),
             (.loadBalancersNotFound(missing: ["lbX3", "lbX7"], region: "regionX4", found: []), ["lbX3", "lbX7", "regionX4"])]
        case .snapshotNotEncodable: [(.snapshotNotEncodable(reason: "reasonX8"), ["reasonX8", "JSON"])]
        case .snapshotNotJSON: [(.snapshotNotJSON(file: "fileX9.json"), ["fileX9.json", "`albdoctor aws --save-snapshot FILE`"])]
        case .snapshotFormat:
            [(.snapshotFormat(file: "fileX9.json", format: 97, reads: 98), ["fileX9.json", "97", "98"]),
             (.snapshotFormat(file: "fileX9.json", format: nil, reads: 98), ["fileX9.json", "98"])]
        case .snapshotLacksKey:
            [(.snapshotLacksKey(file: "fileX9.json", key: "keyX10", path: "subnets.0"), ["fileX9.json", "'keyX10'", "subnets.0"]),
             (.snapshotLacksKey(file: "fileX9.json", key: "keyX10", path: ""), ["fileX9.json", "'keyX10'"])]
        case .snapshotInvalid: [(.snapshotInvalid(file: "fileX9.json", reason: "reasonX8"), ["fileX9.json", "reasonX8"])]
        case .snapshotUnreadable: [(.snapshotUnreadable(path: "fileX9.json"), ["fileX9.json"])]
        case .endpointNotURL: [(.endpointNotURL(endpoint: "endpointX11"), ["'endpointX11'", "http://127.0.0.1:5000"])]
        case .notAWSXML:
            [(.notAWSXML(endpoint: "http://endpointX11", action: "DescribeVpcs", reason: "reasonX8"), ["http://endpointX11", "DescribeVpcs", "reasonX8", "--endpoint-url"])]
        case .accessDenied:
            [(.accessDenied(credentials: credentials, permission: "ec2:DescribeVpcs", s3: false, awsMessage: "You are not authorized X12."),
              ["AKIAX1", "profX2", "ec2:DescribeVpcs", "`albdoctor aws --help`", "You are not authorized X12."]),
             (.accessDenied(credentials: credentials, permission: "s3:ListBucket", s3: true, awsMessage: ""),
              ["AKIAX1", "profX2", "s3:ListBucket", "s3:GetObject"])]
        case .expiredToken:
            [(.expiredToken(credentials: credentials, awsMessage: "The token expired X13."), ["AKIAX1", "profX2", "`aws sso login`", "The token expired X13."])]
        case .invalidCredentials:
            [(.invalidCredentials(credentials: credentials, code: "InvalidClientTokenId", awsMessage: "messageX14"), ["AKIAX1", "profX2", "InvalidClientTokenId", "messageX14"])]
        case .regionNotEnabled: [(.regionNotEnabled(region: "regionX4", awsMessage: "messageX14"), ["regionX4", "messageX14"])]
        case .serviceFailed:
            [(.serviceFailed(permission: "ec2:DescribeVpcs", status: 599, code: "codeX15", awsMessage: "messageX14"), ["ec2:DescribeVpcs", "599", "codeX15", "messageX14"]),
             (.serviceFailed(permission: "ec2:DescribeVpcs", status: 599, code: nil, awsMessage: ""), ["ec2:DescribeVpcs", "599"])]
        case .readingFailed: [(.readingFailed(reason: "reasonX8"), ["reasonX8"])]
        case .sharedFileIsFolder: [(.sharedFileIsFolder(path: "/homeX16/credentials", variable: "VARIABLE_X17"), ["/homeX16/credentials", "VARIABLE_X17"])]
        case .sharedFileUnreadable: [(.sharedFileUnreadable(path: "/homeX16/credentials", variable: "VARIABLE_X17"), ["/homeX16/credentials", "VARIABLE_X17", "I/O"])]
        case .sharedFileNotUTF8: [(.sharedFileNotUTF8(path: "/homeX16/config", variable: "VARIABLE_X17"), ["/homeX16/config", "VARIABLE_X17", "UTF-8"])]
        case .noRegion: [(.noRegion(profile: "profX2", configFile: "/homeX16/config"), ["profX2", "/homeX16/config", "--region", "AWS_REGION", "`region = …`"])]
        case .notARegion: [(.notARegion(region: "regionX4"), ["'regionX4'", "ap-northeast-1"])]
        case .profileNotFound:
            [(.profileNotFound(name: "profX2", credentialsFile: "/homeX16/credentials", configFile: "/homeX16/config", known: ["profX18", "profX19"]),
              ["'profX2'", "/homeX16/credentials", "/homeX16/config", "profX18", "profX19"]),
             (.profileNotFound(name: "profX2", credentialsFile: "/homeX16/credentials", configFile: "/homeX16/config", known: []),
              ["'profX2'", "/homeX16/credentials", "/homeX16/config"])]
        case .noCredentialsFound:
            [(.noCredentialsFound(credentialsFile: "/homeX16/credentials", configFile: "/homeX16/config", instanceMetadata: true),
              ["AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY", "/homeX16/credentials", "/homeX16/config", "default", "EC2", "AWS_PROFILE", "`aws configure`"]),
             (.noCredentialsFound(credentialsFile: "/homeX16/credentials", configFile: "/homeX16/config", instanceMetadata: false),
              ["AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY", "/homeX16/credentials", "/homeX16/config", "AWS_PROFILE", "`aws configure`"])]
        case .profileCycle: [(.profileCycle(chain: ["profX18", "profX19", "profX18"]), ["profX18 → profX19 → profX18"])]
        case .sourceProfileNotFound:
            [(.sourceProfileNotFound(name: "profX2", referrer: "profX18", credentialsFile: "/homeX16/credentials", configFile: "/homeX16/config"),
              ["'profX2'", "profX18", "source_profile", "/homeX16/credentials", "/homeX16/config"])]
        case .roleWithoutSource: [(.roleWithoutSource(profile: "profX2"), ["profX2", "role_arn", "source_profile", "credential_source = Environment"])]
        case .ssoProfile: [(.ssoProfile(profile: "profX2"), ["profX2", "IAM Identity Center", "`aws configure export-credentials --profile profX2 --format env`"])]
        case .profileWithoutCredentials:
            [(.profileWithoutCredentials(profile: "profX2"), ["profX2", "aws_access_key_id/aws_secret_access_key", "credential_process", "role_arn"])]
        case .assumeRoleWithoutCredentials: [(.assumeRoleWithoutCredentials(role: "arn:roleX20"), ["arn:roleX20", "STS AssumeRole"])]
        case .credentialProcessTimedOut:
            [(.credentialProcessTimedOut(profile: "profX2", seconds: 61, output: "outputX21"), ["profX2", "credential_process", "61", "outputX21"]),
             (.credentialProcessTimedOut(profile: "profX2", seconds: 61, output: ""), ["profX2", "credential_process", "61"])]
        case .credentialProcessFailedToRun: [(.credentialProcessFailedToRun(profile: "profX2", reason: "reasonX8"), ["profX2", "credential_process", "reasonX8"])]
        case .credentialProcessExited:
            [(.credentialProcessExited(profile: "profX2", status: 93, errorText: "errorX22"), ["profX2", "credential_process", "93", "errorX22"]),
             (.credentialProcessExited(profile: "profX2", status: 93, errorText: ""), ["profX2", "credential_process", "93"])]
        case .credentialProcessInvalidJSON:
            [(.credentialProcessInvalidJSON(profile: "profX2"), ["profX2", "credential_process", "JSON", "{\"Version\": 1, \"AccessKeyId\": …, \"SecretAccessKey\": …}"])]
        case .credentialProcessExpired: [(.credentialProcessExpired(profile: "profX2", expiration: "2001-02-03T04:05:06Z"), ["profX2", "credential_process", "2001-02-03T04:05:06Z"])]
        case .instanceWithoutRole: [(.instanceWithoutRole(endpoint: "http://endpointX11"), ["http://endpointX11", "IAM"])]
        case .instanceRoleWithoutCredentials: [(.instanceRoleWithoutCredentials(endpoint: "http://endpointX11", role: "roleX23"), ["http://endpointX11", "roleX23"])]
        case .instanceCredentialsUnreadable: [(.instanceCredentialsUnreadable(endpoint: "http://endpointX11", role: "roleX23"), ["http://endpointX11", "roleX23"])]
        case .s3NotXML: [(.s3NotXML(bucket: "bucketX24", reason: "reasonX8"), ["bucketX24", "ListObjectsV2", "XML", "reasonX8"])]
        case .s3URL: [(.s3URL(base: "baseX25", bucket: "bucketX24"), ["'baseX25'", "'bucketX24'", "--endpoint-url http://127.0.0.1:5000"])]
        case .unreachable:
            [(.unreachable(endpoint: "http://endpointX11", permission: "ec2:DescribeVpcs", attempts: 7, reason: "reasonX8"),
              ["http://endpointX11", "ec2:DescribeVpcs", "7", "reasonX8", "--endpoint-url"])]
        case .notAWSXMLWithStatus:
            [(.notAWSXMLWithStatus(endpoint: "http://endpointX11", action: "DescribeVpcs", status: 599, reason: "reasonX8"),
              ["http://endpointX11", "DescribeVpcs", "599", "reasonX8", "--endpoint-url"])]
        case .cancelled: [(.cancelled(permission: "ec2:DescribeVpcs", endpoint: "http://endpointX11"), ["ec2:DescribeVpcs", "http://endpointX11"])]
        }
    }

    @Test func awsErrors() {
        let credentials = Self.credentials
        let keys: [AWSErrorText] = [
            .loadBalancersNotFound(missing: [], region: "", found: []), .snapshotNotEncodable(reason: ""), .snapshotNotJSON(file: ""),
            .snapshotFormat(file: "", format: nil, reads: 0), .snapshotLacksKey(file: "", key: "", path: ""), .snapshotInvalid(file: "", reason: ""),
            .snapshotUnreadable(path: ""), .endpointNotURL(endpoint: ""), .notAWSXML(endpoint: "", action: "", reason: ""),
            .accessDenied(credentials: credentials, permission: "", s3: false, awsMessage: ""), .expiredToken(credentials: credentials, awsMessage: ""),
            .invalidCredentials(credentials: credentials, code: "", awsMessage: ""), .regionNotEnabled(region: "", awsMessage: ""),
            .serviceFailed(permission: "", status: 0, code: nil, awsMessage: ""), .readingFailed(reason: ""),
            .sharedFileIsFolder(path: "", variable: ""), .sharedFileUnreadable(path: "", variable: ""), .sharedFileNotUTF8(path: "", variable: ""),
            .noRegion(profile: "", configFile: ""), .notARegion(region: ""),
            .profileNotFound(name: "", credentialsFile: "", configFile: "", known: []),
            .noCredentialsFound(credentialsFile: "", configFile: "", instanceMetadata: false), .profileCycle(chain: []),
            .sourceProfileNotFound(name: "", referrer: "", credentialsFile: "", configFile: ""), .roleWithoutSource(profile: ""),
            .ssoProfile(profile: ""), .profileWithoutCredentials(profile: ""), .assumeRoleWithoutCredentials(role: ""),
            .credentialProcessTimedOut(profile: "", seconds: 0, output: ""), .credentialProcessFailedToRun(profile: "", reason: ""),
            .credentialProcessExited(profile: "", status: 0, errorText: ""), .credentialProcessInvalidJSON(profile: ""),
            .credentialProcessExpired(profile: "", expiration: ""), .instanceWithoutRole(endpoint: ""),
            .instanceRoleWithoutCredentials(endpoint: "", role: ""), .instanceCredentialsUnreadable(endpoint: "", role: ""),
            .s3NotXML(bucket: "", reason: ""), .s3URL(base: "", bucket: ""), .unreachable(endpoint: "", permission: "", attempts: 0, reason: ""),
            .notAWSXMLWithStatus(endpoint: "", action: "", status: 0, reason: ""), .cancelled(permission: "", endpoint: ""),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/AWSModel/AWSErrorText.swift")
    }

    /// A sample of every place credentials come from, with the values each name must show.
    static func samples(_ entry: CredentialSourceText) -> [(CredentialSourceText, [String])] {
        switch entry {
        case .environmentKeys: [(.environmentKeys, ["AWS_ACCESS_KEY_ID"])]
        case .environment: [(.environment, [])]
        case .profile: [(.profile(name: "profX2"), ["profX2"])]
        case .assumedRole: [(.assumedRole(profile: "profX2", role: "arn:roleX20"), ["profX2", "arn:roleX20"])]
        case .credentialProcess: [(.credentialProcess(profile: "profX2"), ["profX2", "credential_process"])]
        case .instanceMetadata: [(.instanceMetadata(role: "roleX23"), ["roleX23"])]
        }
    }

    @Test func credentialSources() {
        let keys: [CredentialSourceText] = [
            .environmentKeys, .environment, .profile(name: ""), .assumedRole(profile: "", role: ""), .credentialProcess(profile: ""), .instanceMetadata(role: ""),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/AWSModel/CredentialSourceText.swift")
    }

    /// What users and tests read in English is what it was before the catalog.
    @Test func theEnglishIsAsItWas() {
        #expect(Self.credentials.description == "credentials AKIAX1 from profile profX2")
        let denied = QueryClient.error(
            for: .describeVpcs, status: 403, code: "UnauthorizedOperation", message: "You are not authorized to perform this operation.",
            credentials: Self.credentials, region: "ap-northeast-1")
        #expect(denied.code == .accessDenied)
        #expect(denied.awsCode == "UnauthorizedOperation")
        #expect(denied.description == "credentials AKIAX1 from profile profX2 may not call ec2:DescribeVpcs; allow it in the IAM policy (albdoctor needs only the Describe actions listed in `albdoctor aws --help`) (AWS said: You are not authorized to perform this operation.)")
        #expect(denied.message == denied.localizedMessage.english)
        let other = QueryClient.error(for: .describeVpcs, status: 500, code: nil, message: "", credentials: Self.credentials, region: "ap-northeast-1")
        #expect(other.description == "ec2:DescribeVpcs failed with HTTP 500")
        #expect(AWSErrorText.noCredentialsFound(credentialsFile: "/h/.aws/credentials", configFile: "/h/.aws/config", instanceMetadata: true).english
            == "no AWS credentials found; looked in AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, profile default in /h/.aws/credentials and /h/.aws/config, the EC2 instance metadata service. Set AWS_PROFILE or AWS_ACCESS_KEY_ID, or run `aws configure`")
        #expect(AWSErrorText.loadBalancersNotFound(missing: ["nope"], region: "ap-northeast-1", found: []).english == "no load balancer nope in ap-northeast-1; the region has none")
        #expect(AWSErrorText.snapshotFormat(file: "a.json", format: nil, reads: 1).english == "a.json is a snapshot of format unknown; this albdoctor reads format 1")
    }

    /// In Japanese, the credentials are named in Japanese and what AWS said stays as AWS wrote it.
    @Test func japaneseKeepsWhatAWSSaid() {
        let denied = QueryClient.error(
            for: .listObjectsV2, status: 403, code: "AccessDenied", message: "Access Denied",
            credentials: Self.credentials, region: "ap-northeast-1")
        let japanese = denied.localizedMessage(.ja)
        #expect(japanese == "プロファイル profX2 の認証情報 AKIAX1 には s3:ListBucket を呼び出す権限がありません。IAM ポリシーで許可してください（albdoctor がログを読むのに使うのは s3:ListBucket と s3:GetObject だけです）。AWS の応答: Access Denied")
    }
}
