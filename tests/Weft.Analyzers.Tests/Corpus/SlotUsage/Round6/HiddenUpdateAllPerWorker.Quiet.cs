// Quiet twin of HiddenUpdateAllPerWorker: the same `UpdateAllAsync` on a snapshot type. Reading: the generator emits
// UpdateAllAsync only in per-worker mode (SlotMode's docs), so on a snapshot type nothing is hidden.
using System.Threading.Tasks;
using Weft;

namespace Corpus6a.HiddenUpdateAllPerWorker;

[ThreadLocalSlot]
public sealed partial class Counters
{
    public long Hits { get; init; }

    public static Task UpdateAllAsync() => Task.CompletedTask;
}
