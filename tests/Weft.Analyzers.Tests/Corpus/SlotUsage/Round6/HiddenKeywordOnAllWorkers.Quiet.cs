// Quiet twin of HiddenKeywordOnAllWorkers: the `@event` update alone, its generated sender left to the generator.
using Weft;

namespace Corpus6a.HiddenKeywordOnAllWorkers;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Journal
{
    private int _count;

    [WorkerUpdate] public void @event(string name) => _count += name.Length;

    public int Count => _count;
}
