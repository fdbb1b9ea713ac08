// WEFT0006 across files: a per-worker slot type in two parts; this part declares a static dictionary, the other
// (Quotas.Updates.cs) writes it from a [WorkerUpdate] method.
using System.Collections.Generic;
using Weft;

namespace Corpus.StaticWrites.R9.PartialSlotStatic;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Quotas
{
    private static readonly Dictionary<string, int> s_lastLimit = new();

    private readonly Dictionary<string, int> _used = new();
}
