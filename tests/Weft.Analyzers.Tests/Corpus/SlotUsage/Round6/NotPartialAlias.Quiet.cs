// Quiet twin of NotPartialAlias: aliased attribute on a partial per-worker type.
using Slot = Weft.ThreadLocalSlotAttribute;

namespace Corpus6a.NotPartialAlias;

[Slot(Mode = Weft.SlotMode.PerWorker)]
public sealed partial class Counters
{
    public long Hits;
}
