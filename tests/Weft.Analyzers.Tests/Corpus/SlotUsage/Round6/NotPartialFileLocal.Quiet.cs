// Quiet twin of NotPartialFileLocal: a file-local partial per-worker slot type.
using Weft;

namespace Corpus6a.NotPartialFileLocal;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
file sealed partial class Scratch
{
    public int Used;
}
