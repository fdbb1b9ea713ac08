// Round 2. The constructor takes its id with Interlocked.Increment.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.StaticWrites.Round2.Constructor;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Arena
{
    private static int s_instances;

    public Arena()
    {
        Id = Interlocked.Increment(ref s_instances);
    }

    public int Id { get; }

    public List<byte[]> Blocks { get; } = new();
}
