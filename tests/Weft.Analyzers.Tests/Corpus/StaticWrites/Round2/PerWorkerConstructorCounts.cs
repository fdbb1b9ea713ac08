// Round 2. The per-worker type's constructor runs on every worker (through the factory), all at once: the static
// instance count loses increments.
using System.Collections.Generic;
using Weft;

namespace Corpus.StaticWrites.Round2.Constructor;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Arena
{
    private static int s_instances;

    public Arena()
    {
        s_instances++; // expect: WEFT0006
        Id = s_instances;
    }

    public int Id { get; }

    public List<byte[]> Blocks { get; } = new();
}
