// WEFT0108: a static [WorkerUpdate] method on a per-worker slot type nested in a partial container.
using Weft;

namespace Corpus6a.UpdateStatic;

public partial class Proxy
{
    [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
    public sealed partial class Stats
    {
        private int _hits;

        [WorkerUpdate] public static void NextGeneration(string reason) => System.Console.WriteLine(reason); // expect: WEFT0108 "NextGeneration"
    }
}
