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

from .clean import clean_profile, clean_publication, truncation_reason
from .completion import (
    COMPLETABLE_FIELDS,
    CompletionEntry,
    CompletionReport,
    Hook,
    Verdict,
    abstract_consistency,
    complete,
    from_records,
    missing_fields,
    normalize_title,
    verify_candidate,
)
from .dedup import DuplicateGroup, Evidence, deduplicate, find_duplicates, merge
from .dedup.review import read_decisions, record_id, review_rows, write_review
from .errors import (
    FormatError,
    InputError,
    NameParseError,
    OnlineError,
    ParseError,
    ParseWarning,
    PubrecordsError,
    PubrecordsWarning,
)
from .formats.bibtex import (
    citation_keys,
    parse_bibtex,
    read_bibtex,
    read_bibtex_files,
    to_bibtex,
    write_bibtex,
)
from .formats.csl import (
    from_csl,
    parse_csl_json,
    read_csl_json,
    to_csl,
    to_csl_json,
    write_csl_json,
)
from .formats.detect import detect_format, read_any, read_publications
from .formats.files import read_text
from .formats.medline import parse_medline, read_medline, to_medline, write_medline
from .formats.profile_page import parse_profile, read_profile
from .formats.ris import parse_ris, read_ris
from .formats.ris_write import to_ris, write_ris
from .formats.serialize import dumps, from_dict, loads, to_dict
from .formats.table import parse_table, read_table
from .formats.table_write import to_table, write_table
from .formats.wos import parse_wos, read_wos, to_wos, write_wos
from .model import (
    Block,
    Kind,
    Person,
    Profile,
    Publication,
    Related,
    Repair,
    Source,
    SourceEntry,
    StudentGroup,
    changed_fields,
)
from .names import (
    MAX_NAME_LENGTH,
    best_variant,
    family_key,
    format_name,
    from_csl_name,
    name_similarity,
    parse_author_list,
    parse_name,
    parse_name_repaired,
    repair_person,
    same_person,
    to_csl_name,
)
from .profiles import (
    FieldChange,
    ProfileDiff,
    PublicationChange,
    Suspect,
    diff_profiles,
    include_owner,
    merge_profiles,
    suspect_publications,
)
from .sample import sample_path, sample_text
from .text import clean_text
from .version import __version__ as __version__

__all__ = [
    "COMPLETABLE_FIELDS",
    "MAX_NAME_LENGTH",
    "Block",
    "CompletionEntry",
    "CompletionReport",
    "DuplicateGroup",
    "Evidence",
    "FieldChange",
    "FormatError",
    "Hook",
    "InputError",
    "Kind",
    "NameParseError",
    "OnlineError",
    "ParseError",
    "ParseWarning",
    "Person",
    "Profile",
    "ProfileDiff",
    "Publication",
    "PublicationChange",
    "PubrecordsError",
    "PubrecordsWarning",
    "Related",
    "Repair",
    "Source",
    "SourceEntry",
    "StudentGroup",
    "Suspect",
    "Verdict",
    "abstract_consistency",
    "best_variant",
    "changed_fields",
    "citation_keys",
    "clean_profile",
    "clean_publication",
    "clean_text",
    "complete",
    "deduplicate",
    "detect_format",
    "diff_profiles",
    "dumps",
    "family_key",
    "find_duplicates",
    "format_name",
    "from_csl",
    "from_csl_name",
    "from_dict",
    "from_records",
    "include_owner",
    "loads",
    "merge",
    "merge_profiles",
    "missing_fields",
    "name_similarity",
    "normalize_title",
    "parse_author_list",
    "parse_bibtex",
    "parse_csl_json",
    "parse_medline",
    "parse_name",
    "parse_name_repaired",
    "parse_profile",
    "parse_ris",
    "parse_table",
    "parse_wos",
    "read_any",
    "read_bibtex",
    "read_bibtex_files",
    "read_csl_json",
    "read_decisions",
    "read_medline",
    "read_profile",
    "read_publications",
    "read_ris",
    "read_table",
    "read_text",
    "read_wos",
    "record_id",
    "repair_person",
    "review_rows",
    "same_person",
    "sample_path",
    "sample_text",
    "suspect_publications",
    "to_bibtex",
    "to_csl",
    "to_csl_json",
    "to_csl_name",
    "to_dict",
    "to_medline",
    "to_ris",
    "to_table",
    "to_wos",
    "truncation_reason",
    "verify_candidate",
    "write_bibtex",
    "write_csl_json",
    "write_medline",
    "write_review",
    "write_ris",
    "write_table",
    "write_wos",
]
