/// `import Serve` brings ServeConfig too: its values are in the public API of this module.
@_exported public import ServeConfig
