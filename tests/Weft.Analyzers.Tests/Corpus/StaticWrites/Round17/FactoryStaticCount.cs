// WEFT0006 (and not WEFT0008): a per-worker factory given to Initialize increments a static count of instances made.
// Page (WEFT0006): "Callbacks run on every thread (RunOnAllThreads, per-worker factories) are worker code; a static
// field changed there is reported by this rule only, not also by WEFT0008".
using Weft;

namespace Corpus.R17.StaticWrites.FactoryStaticCount;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Scratch
{
    public static int s_made;
    public byte[] Buffer { get; } = new byte[4096];

    public static void Setup(WorkerPool pool)
    {
        Initialize(pool, _ =>
        {
            s_made++; // expect: WEFT0006
            return new Scratch();
        });
    }
}
