"""Checking a screening record, or a certificate made from one, without trusting the server.

``verify_certificate(store, cert)`` checks, and reports each check:

* ``content``: the record's content, hashed again with its chain position, gives the
  ``record_hash`` it carries (nothing in the record was changed);
* ``signature``: ``record_hash`` is signed by the key ``key_id`` (Ed25519), a key the
  database registered (``signing_keys``), the one pinned by the caller if any;
* ``stored``: the database still holds that record with the same ``record_hash``;
* ``chain``: the record before it in the chain has the ``record_hash`` this one names as
  ``prev_hash``, and the record after it names this one (or the chain's head is this one);
* ``snapshots``: every snapshot the screening names still holds the bytes it had: each
  file's blob hashes to its SHA-256 and the files give the snapshot's content hash, the
  one recorded at screening time.

``verify_screening(store, id)`` does the same for a stored record.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import select

from listwatch.errors import NotFound
from listwatch.store.audit import get_screening
from listwatch.store.audit_chain import content_digest, record_hash
from listwatch.store.db import Store, get_blob
from listwatch.store.schema import (
    screening_chain,
    screening_chain_head,
    screenings,
    signing_keys,
    snapshots,
)
from listwatch.store.signing import public_key_from_b64, signature_valid


def _check(name: str, ok: bool, detail: str) -> dict[str, Any]:
    return {"check": name, "ok": ok, "detail": detail}


def certificate_of(store: Store, screening_id: int) -> dict[str, Any]:
    """A stored screening as a certificate: the record, its chain entry and the public
    key that signed it (what ``listwatch certificate ID --format json`` writes)."""
    record = get_screening(store, screening_id)
    chain = record.get("chain")
    if chain:
        with store.connect() as conn:
            key = conn.execute(select(signing_keys.c.public_key)
                               .where(signing_keys.c.key_id == chain["key_id"])).scalar()
        record["chain"] = {**chain, "public_key": key, "algorithm": "Ed25519"}
    return record


def _snapshot_check(store: Store, named: dict[str, Any]) -> dict[str, Any]:
    problems: list[str] = []
    checked = 0
    with store.connect() as conn:
        for source, snap in sorted(named.items()):
            sid = snap.get("id") if isinstance(snap, dict) else None
            if sid is None:
                continue
            row = conn.execute(select(snapshots).where(snapshots.c.id == sid)).first()
            if row is None:
                problems.append(f"{source}: snapshot #{sid} is gone")
                continue
            if row.source != source or (snap.get("date") and row.date != snap["date"]):
                problems.append(f"{source}: snapshot #{sid} is now {row.source} of {row.date}")
            want = snap.get("content_hash")
            if want and row.content_hash != want:
                problems.append(f"{source}: snapshot #{sid}'s content hash changed")
            h = hashlib.sha256()
            for f in sorted(json.loads(row.files), key=lambda f: f["name"]):
                try:
                    data = get_blob(conn, f["sha256"])
                except Exception:
                    problems.append(f"{source}: file {f['name']} of snapshot #{sid} is gone")
                    continue
                digest = hashlib.sha256(data).digest()
                if digest.hex() != f["sha256"]:
                    problems.append(f"{source}: file {f['name']} of snapshot #{sid} no longer "
                                    "holds its bytes")
                h.update(f["name"].encode())
                h.update(b"\0")
                h.update(digest)
            if h.hexdigest() != row.content_hash:
                problems.append(f"{source}: the files of snapshot #{sid} do not give its "
                                "content hash")
            checked += 1
    if problems:
        return _check("snapshots", False, "; ".join(problems))
    return _check("snapshots", True, f"{checked} snapshot(s) hold the bytes they had")


def verify_certificate(store: Store | None, cert: dict[str, Any],
                       pinned: tuple[Any, str] | None = None) -> dict[str, Any]:
    """Every check of a certificate (a dict as ``certificate_of`` gives); ``pinned`` is a
    ``(public key, key_id)`` the signature must be made with. ``store`` None: only what
    the certificate itself proves (content and signature)."""
    checks: list[dict[str, Any]] = []
    sid = cert.get("id")
    chain = cert.get("chain")
    if not chain:
        checks.append(_check("chained", False, "the record is not in the signed chain "
                             "(made before chaining, or its chain entry was removed)"))
        return {"id": sid, "ok": False, "checks": checks}
    digest = content_digest(cert, chain.get("params") or {})
    rhash = record_hash(int(chain["seq"]), chain.get("prev_hash"), digest, chain["key_id"],
                        chain.get("known_at"))
    checks.append(_check("content", rhash == chain["record_hash"],
                         "the record hashes to its record_hash" if rhash == chain["record_hash"]
                         else "the record's content does not give its record_hash: it was "
                         "changed after it was signed"))
    key_b64 = None
    if store is not None:
        with store.connect() as conn:
            key_b64 = conn.execute(select(signing_keys.c.public_key)
                                   .where(signing_keys.c.key_id == chain["key_id"])).scalar()
    source = "the database's"
    if key_b64 is None:
        key_b64, source = chain.get("public_key"), "the certificate's own"
    if pinned is not None and pinned[1] != chain["key_id"]:
        checks.append(_check("signature", False, f"signed by key {chain['key_id'][:16]}…, "
                             f"not the pinned key {pinned[1][:16]}…"))
    elif key_b64 is None and pinned is None:
        checks.append(_check("signature", False, "no public key for key id "
                             f"{chain['key_id'][:16]}…"))
    else:
        public = pinned[0] if pinned is not None else public_key_from_b64(str(key_b64))
        good = signature_valid(public, chain["signature"], chain["record_hash"].encode())
        checks.append(_check("signature", good, (
            f"Ed25519 signature valid ({'pinned' if pinned else source} key "
            f"{chain['key_id'][:16]}…)") if good else "the signature does not match "
            "record_hash: forged or altered"))
    if store is not None:
        checks.extend(_store_checks(store, cert, chain))
    return {"id": sid, "ok": all(c["ok"] for c in checks), "record_hash": chain["record_hash"],
            "seq": chain["seq"], "key_id": chain["key_id"], "checks": checks}


def _edited_columns(store: Store, screening_id: int) -> list[str]:
    """The JSON columns of a stored record whose bytes are not the canonical JSON of their
    content, the text that was hashed and signed: edited in place, even where the parsed
    JSON is the same (a space added, keys reordered)."""
    from listwatch.store.audit_chain import canonical_json

    with store.connect() as conn:
        row = conn.execute(select(screenings.c.snapshots, screenings.c.queries,
                                  screenings.c.results)
                           .where(screenings.c.id == screening_id)).first()
    if row is None:
        return []
    out = []
    for name in ("snapshots", "queries", "results"):
        text = getattr(row, name)
        try:
            canonical = canonical_json(json.loads(text))
        except ValueError:
            out.append(name)
            continue
        if canonical != text:
            out.append(name)
    return out


def _store_checks(store: Store, cert: dict[str, Any], chain: dict[str, Any]) -> list[dict[str, Any]]:
    checks = []
    with store.connect() as conn:
        row = conn.execute(select(screening_chain)
                           .where(screening_chain.c.screening_id == cert["id"])).first()
        prev = conn.execute(select(screening_chain.c.record_hash)
                            .where(screening_chain.c.seq == int(chain["seq"]) - 1)).first()
        nxt = conn.execute(select(screening_chain.c.prev_hash)
                           .where(screening_chain.c.seq == int(chain["seq"]) + 1)).first()
        head = conn.execute(select(screening_chain_head)
                            .where(screening_chain_head.c.id == 1)).first()
    try:
        stored = get_screening(store, int(cert["id"]))
    except NotFound:
        stored = None
    if row is None or stored is None:
        checks.append(_check("stored", False, f"the database holds no screening #{cert['id']} "
                             "in the chain"))
    else:
        s_chain = stored.get("chain") or {}
        again = record_hash(int(row.seq), row.prev_hash,
                            content_digest(stored, s_chain.get("params") or {}), row.key_id,
                            row.known_at)
        same = row.record_hash == chain["record_hash"] and again == row.record_hash
        edited = _edited_columns(store, int(cert["id"])) if same else []
        checks.append(_check(
            "stored", same and not edited, "the database holds this record unchanged"
            if same and not edited else "the database's record differs from the signed one"
            + (f": the bytes of its {', '.join(edited)} were edited (they are not the "
               "canonical JSON that was signed)" if edited else "")))
    details: list[str] = []
    if int(chain["seq"]) > 1:
        if prev is None:
            details.append(f"record #{int(chain['seq']) - 1} of the chain is missing")
        elif prev.record_hash != chain.get("prev_hash"):
            details.append("the previous record's hash differs from prev_hash")
    elif chain.get("prev_hash"):
        details.append("the first record names a predecessor")
    if nxt is not None and nxt.prev_hash != chain["record_hash"]:
        details.append("the next record does not name this one")
    if nxt is None and head is not None and head.seq > int(chain["seq"]):
        details.append(f"record #{int(chain['seq']) + 1} of the chain is missing")
    if nxt is None and head is not None and head.seq == int(chain["seq"]) \
            and head.record_hash != chain["record_hash"]:
        details.append("the chain's head differs")
    link_ok = not details
    checks.append(_check("chain", link_ok, "linked to its neighbours" if link_ok
                         else "; ".join(details)))
    checks.append(_snapshot_check(store, cert.get("snapshots") or {}))
    return checks


def verify_screening(store: Store, screening_id: int) -> dict[str, Any]:
    """Every check of a stored screening record (``GET /screenings/{id}/verify``)."""
    return verify_certificate(store, certificate_of(store, screening_id))


def verify_chain(store: Store) -> dict[str, Any]:
    """Walk the whole chain: each record's content and signature, each link."""
    with store.connect() as conn:
        ids = [r.screening_id for r in conn.execute(
            select(screening_chain.c.screening_id).order_by(screening_chain.c.seq))]
    bad = []
    for sid in ids:
        report = verify_certificate(store, certificate_of(store, sid))
        failed = [c for c in report["checks"] if not c["ok"] and c["check"] != "snapshots"]
        if failed:
            bad.append({"id": sid, "checks": failed})
    return {"ok": not bad, "records": len(ids), "failures": bad}
