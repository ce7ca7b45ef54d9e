# simpul_add_plugin() — see core/sdk.
