// Quiet twin of UpdateKeywordName: two void updates named with keywords (`@event`, `@class`).
using Weft;

namespace Corpus6a.UpdateKeywordName;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Journal
{
    private int _count;

    [WorkerUpdate] public void @event(string name) => _count += name.Length;

    [WorkerUpdate] public void @class() => _count = 0;
}
