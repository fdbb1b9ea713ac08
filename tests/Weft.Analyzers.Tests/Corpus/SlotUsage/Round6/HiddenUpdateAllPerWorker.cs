// WEFT0109: `UpdateAllAsync` declared on a per-worker slot type, where the generator emits it.
using System.Threading.Tasks;
using Weft;

namespace Corpus6a.HiddenUpdateAllPerWorker;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Counters
{
    public long Hits;

    public static Task UpdateAllAsync() => Task.CompletedTask; // expect: WEFT0109 "UpdateAllAsync"
}
