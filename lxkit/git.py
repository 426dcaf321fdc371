"""A small layer over the ``git`` command: every failure becomes a :class:`GitError` with git's own words.

lxkit needs little of Git: where a repository is, what a file looked like at a ref, who touched a
folder, and committing a tree to a branch (such as ``gh-pages``) without touching the work tree.
That last one works like ``mike``: a temporary index, ``git add`` from a temporary work tree,
``write-tree``, ``commit-tree`` and a compare-and-swap ``update-ref``.
"""

from __future__ import annotations

import io
import os
import subprocess
import tarfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from lxkit.exceptions import UsageError
from lxkit.scratch import scratch_dir

ZERO_SHA = "0" * 40
DEFAULT_BRANCH_CANDIDATES = ("origin/HEAD", "origin/main", "origin/master", "main", "master")


class GitError(UsageError):
    """A git command failed (or git is missing); the message says which and why."""


def run_git(
    repo: Path, args: Sequence[str], env: Mapping[str, str] | None = None, input_bytes: bytes | None = None
) -> bytes:
    """Run ``git ARGS`` in ``repo`` and return its standard output; failures raise :class:`GitError`.

    Paths are always literal (``--literal-pathspecs``): a version named ``*`` or ``:(glob)*`` is one
    folder of that name, never a pattern that matches every folder.
    """
    command = ["git", "--literal-pathspecs", *args]
    full_env = {**os.environ, "GIT_TERMINAL_PROMPT": "0", **(env or {})}
    try:
        done = subprocess.run(command, cwd=repo, env=full_env, input=input_bytes, capture_output=True, check=False)
    except FileNotFoundError as error:
        raise GitError("git is not installed or not on the PATH; install Git to use this command") from error
    except NotADirectoryError as error:
        raise GitError(f"{repo} is not a folder") from error
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip() or f"exit code {done.returncode}"
        raise GitError(f"'git {' '.join(args[:2])}' failed in {repo}: {reason}")
    return done.stdout


def git_text(repo: Path, *args: str, env: Mapping[str, str] | None = None) -> str:
    """Like :func:`run_git`, decoded and stripped of the trailing newline."""
    return run_git(repo, args, env).decode("utf-8", "replace").strip()


def repo_root(path: Path) -> Path:
    """The top folder of the Git work tree that holds ``path``."""
    folder = path if path.is_dir() else path.parent
    try:
        return Path(git_text(folder, "rev-parse", "--show-toplevel")).resolve()
    except GitError as error:
        raise GitError(f"{path} is not inside a Git repository ({error.message})") from error


def git_dir(repo: Path) -> Path:
    """The repository's shared ``.git`` folder (the same for all its worktrees)."""
    return (repo / git_text(repo, "rev-parse", "--git-common-dir")).resolve()


def _revision(ref: str) -> str:
    """``ref`` for a git command line; one that starts with '-' would be read as an option, so it is refused.

    The one guard every function here puts a caller's ref or revision through before git sees it.
    """
    if ref.startswith("-"):
        raise GitError(f"'{ref}' is not a commit, branch or tag; check the name")
    return ref


def resolve(repo: Path, rev: str) -> str | None:
    """The commit a ref or revision names, or None when there is no such commit."""
    try:
        return git_text(repo, "rev-parse", "--verify", "--quiet", f"{_revision(rev)}^{{commit}}")
    except GitError:
        return None


def require_commit(repo: Path, rev: str) -> str:
    """The commit a revision names; a clear error when it does not exist."""
    commit = resolve(repo, rev)
    if commit is None:
        raise GitError(f"'{rev}' is not a commit, branch or tag in {repo}; fetch it or check the name")
    return commit


def merge_base(repo: Path, first: str, second: str) -> str:
    """The best common ancestor of two revisions (each must name a commit, never an option of git)."""
    commits = (require_commit(repo, first), require_commit(repo, second))
    try:
        return git_text(repo, "merge-base", *commits)
    except GitError as error:
        raise GitError(f"'{first}' and '{second}' have no common history ({error.message})") from error


def default_branch(repo: Path) -> str:
    """The default branch to compare against: origin/HEAD, origin/main, origin/master, main or master."""
    for candidate in DEFAULT_BRANCH_CANDIDATES:
        if resolve(repo, candidate) is not None:
            return candidate
    raise GitError(f"cannot tell the default branch of {repo} (no origin/HEAD, main or master); pass --base")


def is_ancestor(repo: Path, ancestor: str, descendant: str) -> bool:
    """Whether ``ancestor`` is reachable from ``descendant``."""
    commits = (resolve(repo, ancestor), resolve(repo, descendant))
    if None in commits:
        return False
    try:
        run_git(repo, ["merge-base", "--is-ancestor", *(c or "" for c in commits)])
    except GitError:
        return False
    return True


def show_file(repo: Path, ref: str, path: str) -> bytes | None:
    """A file's bytes at a ref (path relative to the repository root), or None if it is not there."""
    if not list_files(repo, ref, path):
        return None
    return run_git(repo, ["show", f"{ref}:{path}"])


def list_files(repo: Path, ref: str, under: str = "") -> list[str]:
    """Paths of the files at a ref, optionally only those under a folder (relative to the repo root)."""
    args = ["ls-tree", "-r", "-z", "--name-only", "--full-tree", _revision(ref)]
    if under:
        args += ["--", under.rstrip("/")]
    output = run_git(repo, args).decode("utf-8", "surrogateescape")
    return [name for name in output.split("\0") if name]


def tree_names(repo: Path, ref: str) -> list[str]:
    """Names of the top-level entries (files and folders) of the tree at a ref."""
    output = run_git(repo, ["ls-tree", "-z", "--name-only", _revision(ref)]).decode("utf-8", "surrogateescape")
    return [name for name in output.split("\0") if name]


def export_paths(repo: Path, ref: str, paths: Sequence[str], destination: Path) -> None:
    """Write the files under ``paths`` as they are at ``ref`` into ``destination`` (``git archive``)."""
    present = [path for path in paths if list_files(repo, ref, path)]
    if not present:
        return
    archive = run_git(repo, ["archive", "--format=tar", _revision(ref), "--", *present])
    links: list[tarfile.TarInfo] = []

    def files_only(member: tarfile.TarInfo, path: str) -> tarfile.TarInfo | None:
        if member.issym() or member.islnk():
            links.append(member)
            return None
        return tarfile.data_filter(member, path)

    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(destination, filter=files_only)
    for link in sorted(links, key=lambda member: member.name.count("/")):
        _place_link(destination, link)


def _place_link(destination: Path, link: tarfile.TarInfo) -> None:
    """Recreate a committed symlink as it is (never followed) once every file is written.

    The loader then reports a link that leads out of the courses folder (LX017) instead of reading
    it; a link whose own folder is outside ``destination`` (a link inside a linked folder) is left out.
    """
    target = destination / link.name
    base = os.path.realpath(destination)
    parent = os.path.realpath(target.parent)
    if link.issym() and (parent == base or parent.startswith(base + os.sep)) and not os.path.lexists(target):
        target.parent.mkdir(parents=True, exist_ok=True)
        os.symlink(link.linkname, target)


def commit_paths(repo: Path, branch: str, source: Path, names: Sequence[str], message: str) -> str | None:
    """Commit to ``branch``: its tree with each top-level name in ``names`` taken from ``source``.

    A name missing from ``source`` is removed from the branch; every other path is kept. The work
    tree, the real index and HEAD are never touched. The branch moves by compare-and-swap, so a
    concurrent writer makes this fail instead of being lost. Returns the new commit, or None when
    the tree did not change.
    """
    ref = f"refs/heads/{branch}"
    parent = resolve(repo, ref)
    with scratch_dir("lxkit-index-") as scratch:
        env = {"GIT_INDEX_FILE": str(scratch / "index")}
        run_git(repo, ["read-tree", parent] if parent else ["read-tree", "--empty"], env)
        run_git(repo, ["rm", "-r", "-q", "--cached", "--ignore-unmatch", "--", *names], env)
        tree = _add_from(repo, source, [n for n in names if (source / n).exists()], env)
    if parent is not None and tree == git_text(repo, "rev-parse", f"{parent}^{{tree}}"):
        return None
    commit = git_text(repo, "commit-tree", tree, *(["-p", parent] if parent else []), "-m", message)
    run_git(repo, ["update-ref", "-m", f"lxkit: {message}", ref, commit, parent or ZERO_SHA])
    return commit


def _add_from(repo: Path, source: Path, names: Sequence[str], env: Mapping[str, str]) -> str:
    """Add files from a folder outside the work tree to the temporary index; returns the new tree."""
    if names:
        settings = ["-c", "core.autocrlf=false", "-c", "core.safecrlf=false", "-c", "core.fileMode=true"]
        where = [f"--git-dir={git_dir(repo)}", f"--work-tree={source}"]
        run_git(source, [*settings, *where, "add", "-f", "-A", "--", *names], env)
    return git_text(repo, "write-tree", env=env)


def push(repo: Path, remote: str, branch: str) -> None:
    """Push a branch to a remote (fast-forward only)."""
    run_git(repo, ["push", "--quiet", remote, f"refs/heads/{branch}:refs/heads/{branch}"])


def update_from_remote(repo: Path, remote: str, branch: str) -> None:
    """Fetch ``remote/branch`` and fast-forward (or create) the local branch; diverged history is an error."""
    try:
        run_git(repo, ["fetch", "--quiet", remote, f"+refs/heads/{branch}:refs/remotes/{remote}/{branch}"])
    except GitError as error:
        if "couldn't find remote ref" in error.message:
            return
        raise
    remote_commit = require_commit(repo, f"refs/remotes/{remote}/{branch}")
    local = resolve(repo, f"refs/heads/{branch}")
    if local is None or is_ancestor(repo, local, remote_commit):
        run_git(repo, ["update-ref", f"refs/heads/{branch}", remote_commit, local or ZERO_SHA])
    elif not is_ancestor(repo, remote_commit, local):
        raise GitError(f"the local branch '{branch}' and '{remote}/{branch}' have diverged; reconcile them first")


def authors_by_folder(repo: Path, root: Path) -> dict[str, list[tuple[str, str]]]:
    """(name, email) of the author of every commit touching each folder directly under ``root``, newest first.

    One ``git log`` for all folders (``.mailmap`` applied; a file moved between folders counts
    for both); folders without commits are absent.
    """
    relative = root.resolve().relative_to(repo.resolve()).as_posix()
    prefix = "" if relative == "." else f"{relative}/"
    args = ["log", "--no-merges", "--no-renames", "--name-only", "--format=%x00%aN%x09%aE", "--", str(root)]
    output = run_git(repo, args).decode("utf-8", "replace")
    found: dict[str, list[tuple[str, str]]] = {}
    for commit in output.split("\0")[1:]:
        author, _, paths = commit.partition("\n")
        name, _, email = author.partition("\t")
        folders = {path[len(prefix) :].split("/", 1)[0] for path in paths.split("\n") if _in_folder(path, prefix)}
        for folder in sorted(folders):
            found.setdefault(folder, []).append((name.strip(), email.strip()))
    return found


def _in_folder(path: str, prefix: str) -> bool:
    """Whether a repository path is inside a folder directly under ``prefix``."""
    return path.startswith(prefix) and "/" in path[len(prefix) :]
