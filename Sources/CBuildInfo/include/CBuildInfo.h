#ifndef ALBDOCTOR_CBUILDINFO_H
#define ALBDOCTOR_CBUILDINFO_H

/// The commit albdoctor was built from, as scripts/release passes it (ALBDOCTOR_COMMIT in the
/// build's environment, which Package.swift turns into a define of this target); NULL for a
/// build that was given none (a plain `swift build`, a source tarball without git).
const char *_Nullable albdoctor_build_commit(void);

#endif
