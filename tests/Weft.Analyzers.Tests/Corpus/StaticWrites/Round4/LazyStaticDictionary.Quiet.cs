// Quiet twin of LazyStaticDictionary: the static Lazy holds a ConcurrentDictionary.
using System;
using System.Collections.Concurrent;
using Weft;

namespace Corpus.Round4.LazyStaticDictionary;

public static class MimeSniffer
{
    static readonly Lazy<ConcurrentDictionary<string, string>> s_learned = new(() => new ConcurrentDictionary<string, string>());

    public static void Learn(WorkerPool pool, int worker, string extension, string mime) =>
        pool.Workers[worker].Post(() => s_learned.Value[extension] = mime);
}
