// Quiet twin of FactoryStaticCount: Interlocked.Increment in the factory.
using System.Threading;
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
            Interlocked.Increment(ref s_made);
            return new Scratch();
        });
    }
}
