#include "CBuildInfo.h"

const char *_Nullable albdoctor_build_commit(void) {
#ifdef ALBDOCTOR_COMMIT
    return ALBDOCTOR_COMMIT;
#else
    return 0;
#endif
}
