// The extensions the tests' process spawner needs, which Swift's Glibc module hides (they need
// _GNU_SOURCE): close-on-exec pipes, closing every other descriptor in the child, and a working
// directory for the child. `actions` is a posix_spawn_file_actions_t *, `attributes` a
// posix_spawnattr_t *. Linux (glibc) is the platform tested; Darwin has counterparts.
#ifndef CSPAWN_H
#define CSPAWN_H

int cspawn_pipe_cloexec(int fds[2]);
int cspawn_close_from(void *actions, void *attributes, int lowest);
int cspawn_chdir(void *actions, const char *path);

#endif
