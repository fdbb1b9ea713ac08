// A project of several files: a per-worker cache here; Eviction.cs calls an extension-block method on the worker's
// instance inside Task.Run vs in a post to its own dispatcher.
using System.Collections.Generic;
using Weft;

namespace Corpus.R12.ExtensionHandsOffQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    public Dictionary<string, string> Entries { get; } = [];
}

public static class CacheExtensions
{
    extension(Cache cache)
    {
        public int Trim(int keep)
        {
            int removed = 0;
            foreach (var key in new List<string>(cache.Entries.Keys))
            {
                if (cache.Entries.Count <= keep) break;
                cache.Entries.Remove(key);
                removed++;
            }

            return removed;
        }
    }
}
