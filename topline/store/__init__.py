"""The database: schema, migrations, and the repositories that read and write records. Nothing else runs SQL."""
from topline.store.db import Store, open_store

__all__ = ["Store", "open_store"]
