#define _GNU_SOURCE
#include <fcntl.h>
#include <spawn.h>
#include <unistd.h>
#include "cspawn.h"

int cspawn_pipe_cloexec(int fds[2]) {
#if defined(__linux__)
    return pipe2(fds, O_CLOEXEC);
#else
    if (pipe(fds) != 0) return -1;
    if (fcntl(fds[0], F_SETFD, FD_CLOEXEC) != 0 || fcntl(fds[1], F_SETFD, FD_CLOEXEC) != 0) return -1;
    return 0;
#endif
}

int cspawn_close_from(void *actions, void *attributes, int lowest) {
#if defined(__GLIBC__)
    (void)attributes;
    return posix_spawn_file_actions_addclosefrom_np((posix_spawn_file_actions_t *)actions, lowest);
#elif defined(__APPLE__)
    // Darwin's counterpart: every descriptor not named by a file action closes on exec.
    (void)actions;
    (void)lowest;
    short flags = 0;
    posix_spawnattr_getflags((posix_spawnattr_t *)attributes, &flags);
    return posix_spawnattr_setflags((posix_spawnattr_t *)attributes, flags | POSIX_SPAWN_CLOEXEC_DEFAULT);
#else
    (void)actions;
    (void)attributes;
    (void)lowest;
    return 0;
#endif
}

int cspawn_chdir(void *actions, const char *path) {
    return posix_spawn_file_actions_addchdir_np((posix_spawn_file_actions_t *)actions, path);
}
