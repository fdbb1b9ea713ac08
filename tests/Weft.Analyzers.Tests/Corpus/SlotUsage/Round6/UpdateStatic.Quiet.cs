// Quiet twin of UpdateStatic: an instance update; a static method without the attribute is fine.
using Weft;

namespace Corpus6a.UpdateStatic;

public partial class Proxy
{
    [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
    public sealed partial class Stats
    {
        private int _hits;

        public static string Name() => "stats";

        [WorkerUpdate] public void Reset() => _hits = 0;
    }
}
