"""The command line: thin adapters over the library, one module per command group."""
