"""Writes the lab's certificates into a folder: root → intermediate → leaf for the lab's names,
and the broken variants the probe must name (expired leaf, leaf for another name).

Usage: python3 make_certs.py FOLDER
"""
import datetime
import ipaddress
import sys
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

NOW = datetime.datetime.now(datetime.timezone.utc)
DAY = datetime.timedelta(days=1)


def name(common):
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "albdoctor lab"), x509.NameAttribute(NameOID.COMMON_NAME, common)])


def issue(subject, key, issuer_name, issuer_key, *, ca, names=(), not_before=NOW - DAY, not_after=NOW + 90 * DAY):
    builder = (
        x509.CertificateBuilder()
        .subject_name(name(subject))
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if ca:
        builder = builder.add_extension(x509.KeyUsage(True, False, False, False, False, True, True, False, False), critical=True)
    else:
        builder = builder.add_extension(x509.KeyUsage(True, False, False, False, False, False, False, False, False), critical=True)
        builder = builder.add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        sans = [x509.IPAddress(ipaddress.ip_address(n)) if n[0].isdigit() else x509.DNSName(n) for n in names]
        builder = builder.add_extension(x509.SubjectAlternativeName(sans), critical=False)
    if issuer_key is not key:
        builder = builder.add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()), critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


def pem(*certs):
    return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certs)


def key_pem(key):
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())


def main(folder):
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    root_key = ec.generate_private_key(ec.SECP256R1())
    root = issue("albdoctor lab root", root_key, name("albdoctor lab root"), root_key, ca=True, not_after=NOW + 3650 * DAY)
    inter_key = ec.generate_private_key(ec.SECP256R1())
    inter = issue("albdoctor lab intermediate", inter_key, root.subject, root_key, ca=True, not_after=NOW + 1825 * DAY)
    leaf_key = ec.generate_private_key(ec.SECP256R1())
    good = issue("test.lab", leaf_key, inter.subject, inter_key, ca=False,
                 names=["test.lab", "www.test.lab", "v6.lab", "v6dead.lab", "refused.lab", "silent.lab", "badredirect.lab", "nochain.lab"])
    expired = issue("expired.lab", leaf_key, inter.subject, inter_key, ca=False, names=["expired.lab"],
                    not_before=NOW - 120 * DAY, not_after=NOW - 3 * DAY)
    soon = issue("soon.lab", leaf_key, inter.subject, inter_key, ca=False, names=["soon.lab"], not_after=NOW + 10 * DAY)
    other = issue("wrong.example", leaf_key, inter.subject, inter_key, ca=False, names=["wrong.example"])
    (out / "root.pem").write_bytes(pem(root))
    (out / "leaf.key").write_bytes(key_pem(leaf_key))
    (out / "good.pem").write_bytes(pem(good, inter))
    (out / "expired.pem").write_bytes(pem(expired, inter))
    (out / "soon.pem").write_bytes(pem(soon, inter))
    (out / "other.pem").write_bytes(pem(other, inter))
    (out / "nochain.pem").write_bytes(pem(good))


if __name__ == "__main__":
    main(sys.argv[1])
