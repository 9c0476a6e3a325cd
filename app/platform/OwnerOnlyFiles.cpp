#include "app/platform/OwnerOnlyFiles.h"

#include <QtGlobal>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#endif

void OwnerOnlyFiles::apply()
{
#ifndef Q_OS_WIN
    // New files get at most rw-------, new folders rwx------.
    ::umask(S_IRWXG | S_IRWXO);
#endif
    // On Windows the user's own folders (where Amparo keeps its data) are private to the
    // user already; a file written elsewhere takes that folder's permissions.
}
