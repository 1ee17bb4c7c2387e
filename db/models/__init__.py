"""All models, imported so ``Base.metadata`` knows every table (Alembic and tests rely on it).

Each module area adds one import line here.
"""

from db.models import core as core
from db.models import directory as directory
from db.models import duty as duty
from db.models import keys as keys
from db.models import repairs as repairs
from db.models import visitors as visitors

__all__ = ["core", "directory", "duty", "keys", "repairs", "visitors"]
