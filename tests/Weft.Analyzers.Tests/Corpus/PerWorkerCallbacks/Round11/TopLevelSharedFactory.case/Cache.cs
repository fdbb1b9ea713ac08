// A project of two files: a per-worker cache type here, and a top-level program whose Initialize factory returns one
// instance it captured: every worker gets the same cache.
using System.Collections.Generic;
using Weft;

namespace Corpus.R11.TopLevelSharedFactory;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    public Dictionary<string, string> Entries { get; } = new();
}
