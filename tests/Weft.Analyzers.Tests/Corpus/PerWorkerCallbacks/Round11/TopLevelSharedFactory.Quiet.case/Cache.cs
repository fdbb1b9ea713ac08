// Quiet twin: the factory builds a new cache on every worker and fills it from immutable seed data.
using System.Collections.Generic;
using Weft;

namespace Corpus.R11.TopLevelSharedFactoryQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    public Dictionary<string, string> Entries { get; } = new();
}
