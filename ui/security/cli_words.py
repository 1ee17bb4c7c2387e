"""Translated command-line messages of the security commands (audit verify, keys, reset-password)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def messages() -> dict[str, str]:
    return {
        "audit.ok_sealed": QCoreApplication.translate(
            "SecurityCli", "{seals} sealed days verify; the chain holds everything the highest anchor ({anchor}) names."
        ),
        "audit.no_anchor": QCoreApplication.translate(
            "SecurityCli",
            "No anchor outside the database was found: entries cut from the end since the last "
            "sealed day would not show.",
        ),
        "audit.bad.truncated": QCoreApplication.translate(
            "SecurityCli",
            "Audit chain CUT SHORT: the last {missing} entries are missing since {since} "
            "(the chain ends at entry {last}).",
        ),
        "audit.bad.seal_broken": QCoreApplication.translate(
            "SecurityCli",
            "Audit chain RE-FORGED: the seal of {day} does not verify; entries up to that day were rewritten "
            "or the seals replaced.",
        ),
        "audit.bad.anchor_mismatch": QCoreApplication.translate(
            "SecurityCli", "Audit chain REWRITTEN: entry {seq} differs from the anchor kept outside the database."
        ),
        "audit.bad.head_missing": QCoreApplication.translate(
            "SecurityCli", "Audit chain BROKEN: its head row (audit_head) was deleted from the database."
        ),
        "audit.anchor_written": QCoreApplication.translate("SecurityCli", "Audit anchor {anchor} written to {path}."),
        "keys.passphrase": QCoreApplication.translate("SecurityCli", "Passphrase for the key file: "),
        "keys.passphrase_again": QCoreApplication.translate("SecurityCli", "The same passphrase again: "),
        "keys.passphrase_mismatch": QCoreApplication.translate("SecurityCli", "The two passphrases differ."),
        "keys.passphrase_short": QCoreApplication.translate(
            "SecurityCli", "The passphrase must have at least {min} characters."
        ),
        "keys.wrong_passphrase": QCoreApplication.translate(
            "SecurityCli", "Wrong passphrase, or the key file was altered: nothing was imported."
        ),
        "keys.exported_sealed": QCoreApplication.translate(
            "SecurityCli",
            "Site key written to {path}, encrypted with your passphrase (owner-only file). Keep both apart.",
        ),
        "cli.password": QCoreApplication.translate("SecurityCli", "Password for {user}: "),
        "cli.credentials_needed": QCoreApplication.translate(
            "SecurityCli",
            "This command reads personal data or changes the database: give --user NAME "
            "(with --password-file F, or type the password when asked).",
        ),
        "cli.role_refused": QCoreApplication.translate(
            "SecurityCli", "{user} ({role}) may not run this command; it needs: {roles}."
        ),
        "cli.sign_in_failed": QCoreApplication.translate("SecurityCli", "Sign-in as {user} refused: {why}"),
        "operators.password_recovered": QCoreApplication.translate(
            "SecurityCli", "New password set for {user}; the account is unlocked. The recovery is in the audit log."
        ),
        "operators.key_file_mismatch": QCoreApplication.translate(
            "SecurityCli", "That key file is not this site's key: nothing was changed."
        ),
    }
