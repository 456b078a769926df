"""The nbgitpuller link that opens the kit on a JupyterHub (``sahel-kit nbgitpuller-link HUB_URL``).

A student who follows the link logs in to the hub; nbgitpuller clones the kit's repository
into their home folder (or updates their copy without overwriting their changes) and opens
``notebooks/00_start_here.ipynb`` in JupyterLab.  The link's form is the one nbgitpuller's own
link generator makes: ``<hub>/hub/user-redirect/git-pull?repo=...&urlpath=lab/tree/<repo
folder>/<notebook>&branch=...``.  The hub needs nbgitpuller installed; the kit itself need
not be (the notebooks' setup cell falls back to the checkout).
"""
from __future__ import annotations

import sys
from urllib.parse import urlencode, urlsplit

__all__ = ["nbgitpuller_link", "default_repo", "register", "FIRST_NOTEBOOK"]

FIRST_NOTEBOOK = "notebooks/00_start_here.ipynb"


def default_repo() -> str:
    """The kit's source repository, as declared in ``pyproject.toml`` (``[project.urls] Source``)."""
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        urls = metadata("sahel-kit").get_all("Project-URL") or []
    except PackageNotFoundError:
        urls = []
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip().lower() == "source" and url.strip():
            return url.strip()
    raise ValueError("the kit's source repository is unknown (not installed?): pass --repo URL")


def nbgitpuller_link(hub_url: str, repo: str | None = None, branch: str = "main",
                     notebook: str = FIRST_NOTEBOOK, app: str = "lab") -> str:
    """Return the nbgitpuller link that opens ``notebook`` of ``repo`` on the hub at ``hub_url``.

    Parameters
    ----------
    hub_url : str
        The hub's address, e.g. ``https://hub.example.org`` (a trailing ``/hub`` is dropped).
    repo : str, optional
        The git repository to pull; default :func:`default_repo`.
    branch : str, default "main"
    notebook : str, default "notebooks/00_start_here.ipynb"
        Path of the file to open, inside the repository.
    app : {"lab", "notebook"}, default "lab"
        JupyterLab (``lab/tree/...``) or Jupyter Notebook 7 (``tree/...``).

    Examples
    --------
    >>> nbgitpuller_link("https://hub.example.org", repo="https://github.com/o/kit")  # doctest: +ELLIPSIS
    'https://hub.example.org/hub/user-redirect/git-pull?repo=https%3A%2F%2Fgithub.com%2Fo%2Fkit&urlpath=lab%2Ftree%2Fkit%2F...'
    """
    parts = urlsplit(hub_url.strip())
    problems = []
    if parts.scheme not in ("http", "https") or not parts.netloc:
        problems.append(f"{hub_url!r} is not a hub address such as https://hub.example.org")
    if parts.query or parts.fragment:
        problems.append(f"{hub_url!r}: give the hub's address without '?' or '#' parts")
    if app not in ("lab", "notebook"):
        problems.append(f"app {app!r} is not 'lab' or 'notebook'")
    if problems:
        raise ValueError("; ".join(problems))
    repo = repo or default_repo()
    folder = urlsplit(repo).path.rstrip("/").rsplit("/", 1)[-1].removesuffix(".git")
    if not folder:
        raise ValueError(f"cannot tell the folder name from the repository URL {repo!r}")
    path = parts.path.rstrip("/")
    path = path[: -len("/hub")] if path.endswith("/hub") else path
    base = f"{parts.scheme}://{parts.netloc}{path}/hub/user-redirect/git-pull"
    urlpath = f"{'lab/tree' if app == 'lab' else 'tree'}/{folder}/{notebook.lstrip('/')}"
    return f"{base}?{urlencode({'repo': repo, 'urlpath': urlpath, 'branch': branch})}"


def register(subparsers) -> None:
    """Add ``nbgitpuller-link``."""
    p = subparsers.add_parser(
        "nbgitpuller-link", help="print the link that opens notebook 00 on a JupyterHub (nbgitpuller)",
        description="Print an nbgitpuller link: students who follow it get their own copy of the kit "
                    "on the hub (updated, never overwritten, on later clicks) with notebook 00 open. "
                    "The hub needs nbgitpuller installed.")
    p.add_argument("hub_url", metavar="HUB_URL", help="the hub's address, e.g. https://hub.example.org")
    p.add_argument("--repo", help="git repository to pull (default: the kit's Source URL in pyproject.toml)")
    p.add_argument("--branch", default="main", help="branch to pull (default: main)")
    p.add_argument("--notebook", default=FIRST_NOTEBOOK, help=f"file to open (default: {FIRST_NOTEBOOK})")
    p.add_argument("--app", choices=("lab", "notebook"), default="lab",
                   help="open in JupyterLab (default) or Jupyter Notebook")
    p.set_defaults(func=_cmd)


def _cmd(args) -> int:
    try:
        print(nbgitpuller_link(args.hub_url, args.repo, args.branch, args.notebook, args.app))
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0
