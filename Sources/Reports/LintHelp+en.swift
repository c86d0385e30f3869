extension LintHelp {
    /// The English of every entry: the words the help had before the catalog, unchanged.
    public var english: String {
        switch self {
        case .abstract: "Check CloudFormation templates or Terraform before deploying: will every load-balancer node be reachable?"
        case .discussion:
            """
            Give every stack of the deployment at once: they are joined by their exports, so \
            Fn::ImportValue resolves. A file is a stack named after the file; a folder is every \
            template in it (files that are not templates are skipped and named in the summary). \
            A CDK cloud assembly (cdk.out, or a project folder holding one) is the stacks its \
            manifest deploys, stage assemblies included, each with its stack name and region; \
            findings name the construct path. Rain modules (!Rain::Module PATH) below the \
            folders given are expanded as rain pkg would. What cannot be known (an import from a stack you did not give, a \
            parameter without a value) is reported as unverified, saying what to pass.

            Nested stacks (AWS::CloudFormation::Stack) are followed: a TemplateURL that is a \
            local path, or a URL whose path ends like a template below the folders given \
            (for a file given, its own folder), is read as the child stack; the child gets \
            the parent's Parameters and Fn::GetAtt Child.Outputs.X resolves. Templates are \
            never read outside those folders. AWS::LanguageExtensions (Fn::ForEach, \
            Fn::Length, Fn::FindInMap defaults) is expanded; SAM templates are read with \
            the resources SAM generates.

            Terraform is told apart by content: a folder holding .tf or .tf.json files (or \
            such a file) is one root module, read before any plan. Variables come from \
            their defaults, terraform.tfvars, *.auto.tfvars, --var-file and --var; count, \
            for_each, locals, for expressions, splats and data "aws_availability_zones" \
            (the zones of --region) are evaluated. Findings name resource addresses \
            (aws_subnet.public[1]) and fixes are HCL. What is known only after apply or \
            from AWS (other data sources, modules not read) is unverified.

            Examples:
              albdoctor lint fixtures/unrouted-alb-subnet/
              albdoctor lint fixtures/terraform/unrouted-alb-subnet/
              albdoctor lint infra/ --var environment=prod --var-file prod.tfvars
              albdoctor lint cdk.out/
              albdoctor lint network.yaml alb.yaml --region ap-northeast-1
              albdoctor lint --stack prod-net=network.yaml --stack prod-app=alb.yaml --parameter ProjectName=prod
              albdoctor lint templates/ --format sarif > albdoctor.sarif
              albdoctor lint parent.yaml --template-url https://bucket.s3.amazonaws.com/vpc.yaml=stacks/vpc.yaml
            """
        case .paths: "Template files or folders; each file is a stack named after the file (X.template.json is X); a CDK cloud assembly (cdk.out) is the stacks its manifest deploys. Or Terraform, told apart by content: a configuration folder, plan JSON (terraform show -json), state files, or a folder of plans and states."
        case .variable: "A Terraform input variable (KEY=VALUE)."
        case .variableFile: "A Terraform .tfvars file."
        case .region: "The region the stacks deploy to (Fn::GetAZs, AWS::Region). Default: AWS_REGION, AWS_DEFAULT_REGION, else us-east-1."
        }
    }
}
