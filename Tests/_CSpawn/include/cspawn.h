// The glibc extensions the tests' process spawner needs, which Swift's Glibc module hides
// (they need _GNU_SOURCE): close-on-exec pipes, closing every other descriptor in the child,
// and a working directory for the child. `actions` is a posix_spawn_file_actions_t *.
#ifndef CSPAWN_H
#define CSPAWN_H

int cspawn_pipe_cloexec(int fds[2]);
int cspawn_close_from(void *actions, int lowest);
int cspawn_chdir(void *actions, const char *path);

#endif
