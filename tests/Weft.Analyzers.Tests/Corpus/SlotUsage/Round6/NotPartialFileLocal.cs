// WEFT0100 on a file-local per-worker slot type declared without partial.
// WEFT0110 (added after round 6): a file-local slot type cannot be served, its generated part being another file (its page).
using Weft;

namespace Corpus6a.NotPartialFileLocal;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
file sealed class Scratch // expect: WEFT0100, WEFT0110 "Scratch"
{
    public int Used;
}
