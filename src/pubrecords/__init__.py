"""pubrecords: clean, typed, de-duplicated publication records; BibTeX and CSL-JSON out.

Read a profile page, clean it, drop duplicates and write BibTeX::

    >>> import pubrecords
    >>> profile = pubrecords.read_profile(pubrecords.sample_path())
    >>> pubs = pubrecords.deduplicate(pubrecords.clean_profile(profile).publications)
    >>> bib = pubrecords.to_bibtex(pubs)
    >>> bib.lstrip().startswith("@")
    True

Every public name is importable from ``pubrecords``; see the API reference.
"""

from __future__ import annotations

from . import (
    bibtex as _bibtex,
)
from . import (
    clean as _clean,
)
from . import (
    completion as _completion,
)
from . import (
    csl as _csl,
)
from . import (
    dedup as _dedup,
)
from . import (
    errors as _errors,
)
from . import (
    io as _io,
)
from . import (
    model as _model,
)
from . import (
    names as _names,
)
from . import (
    profile_page as _profile_page,
)
from . import (
    profiles as _profiles,
)
from . import (
    sample as _sample,
)
from . import (
    serialize as _serialize,
)
from . import (
    table as _table,
)
from .bibtex import *
from .clean import *
from .completion import *
from .csl import *
from .dedup import *
from .errors import *
from .io import *
from .model import *
from .names import *
from .profile_page import *
from .profiles import *
from .sample import *
from .serialize import *
from .table import *

__version__ = "0.1.0"

__all__ = sorted(
    {
        *_bibtex.__all__,
        *_clean.__all__,
        *_completion.__all__,
        *_csl.__all__,
        *_dedup.__all__,
        *_errors.__all__,
        *_io.__all__,
        *_model.__all__,
        *_names.__all__,
        *_profile_page.__all__,
        *_profiles.__all__,
        *_sample.__all__,
        *_serialize.__all__,
        *_table.__all__,
    }
)
