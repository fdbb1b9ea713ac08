// Quiet twin of NotPartialFileLocal: a file-local partial per-worker slot type.
// WEFT0110 (added after round 6): a file-local slot type cannot be served, its generated part being another file (its page).
using Weft;

namespace Corpus6a.NotPartialFileLocal;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
file sealed partial class Scratch // expect: WEFT0110 "Scratch"
{
    public int Used;
}
