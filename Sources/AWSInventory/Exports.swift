/// `import AWSInventory` brings AWSModel too: its values are in the public API of this module.
@_exported public import AWSModel
