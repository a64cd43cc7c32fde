"""Where a distributed run's evidence goes: a folder every worker can write, or an
object store through fsspec (`s3://bucket/prefix`, `gcs://...`, `memory://...`).

A probe always writes to a local folder; for an fsspec URL the worker writes to a
staging folder, then uploads the attempt's files and records their URLs instead of
the local paths (`publish`).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from audit.campaign import slug
from probes.base import Observation


def is_url(location: str) -> bool:
    """An fsspec URL (`scheme://...`) rather than a folder; `file://` counts as a URL."""
    return "://" in location


@dataclass(frozen=True)
class EvidencePlace:
    """One campaign's evidence location as a worker sees it."""

    local_root: Path
    """Where probes write (the shared folder itself, or a staging folder)."""
    url: str | None = None
    """The fsspec URL the files are uploaded to (None: `local_root` is shared)."""

    @classmethod
    def for_campaign(cls, location: str | None, default: Path, campaign_id: str) -> EvidencePlace:
        """`location` from the campaign (`evidence:`), resolved; `default` when unset."""
        if location is None:
            return cls(default)
        if is_url(location):
            staging = Path(tempfile.mkdtemp(prefix="audit-evidence-"))
            return cls(staging / slug(campaign_id), location.rstrip("/") + "/" + slug(campaign_id))
        return cls(Path(location) / slug(campaign_id))

    def publish(self, observations: Sequence[Observation], attempt_dir: Path) -> list[Observation]:
        """Upload `attempt_dir` (when the place is a URL) and point the evidence at it."""
        if self.url is None:
            return list(observations)
        import fsspec  # the `fleet` extra

        relative = attempt_dir.relative_to(self.local_root).as_posix()
        remote = f"{self.url}/{relative}"
        fs, root = fsspec.core.url_to_fs(remote)
        if attempt_dir.exists():
            for file in sorted(p for p in attempt_dir.rglob("*") if p.is_file()):
                target = f"{root}/{file.relative_to(attempt_dir).as_posix()}"
                fs.makedirs(target.rsplit("/", 1)[0], exist_ok=True)
                fs.put_file(str(file), target)
        out = []
        for obs in observations:
            evidence = tuple(
                e.model_copy(update={"path": self._url_of(Path(e.path), attempt_dir, remote)})
                for e in obs.evidence
            )
            out.append(obs.model_copy(update={"evidence": evidence}))
        shutil.rmtree(attempt_dir, ignore_errors=True)
        return out

    @staticmethod
    def _url_of(path: Path, attempt_dir: Path, remote: str) -> str:
        try:
            return f"{remote}/{path.relative_to(attempt_dir).as_posix()}"
        except ValueError:  # not under the attempt's folder: left as the probe said
            return str(path)
