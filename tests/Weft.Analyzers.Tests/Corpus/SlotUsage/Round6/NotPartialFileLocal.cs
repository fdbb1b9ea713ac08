// WEFT0100 on a file-local per-worker slot type declared without partial.
using Weft;

namespace Corpus6a.NotPartialFileLocal;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
file sealed class Scratch // expect: WEFT0100 "Scratch"
{
    public int Used;
}
