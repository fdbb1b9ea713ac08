// WEFT0109: a [WorkerUpdate] method named `@event` gets `eventOnAllWorkersAsync`; the user declares that name.
using System.Threading.Tasks;
using Weft;

namespace Corpus6a.HiddenKeywordOnAllWorkers;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Journal
{
    private int _count;

    [WorkerUpdate] public void @event(string name) => _count += name.Length;

    public static Task eventOnAllWorkersAsync(string name) => Task.CompletedTask; // expect: WEFT0109 "eventOnAllWorkersAsync"
}
