// WEFT0006: a static Lazy<Dictionary> is created thread-safely, but the dictionary it holds is one object shared by
// every worker; a posted callback adds to it. Reading taken: a non-concurrent collection reached from a static field
// (here through Lazy<T>.Value) is "a static non-concurrent collection".
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.LazyStaticDictionary;

public static class MimeSniffer
{
    static readonly Lazy<Dictionary<string, string>> s_learned = new(() => new Dictionary<string, string>());

    public static void Learn(WorkerPool pool, int worker, string extension, string mime) =>
        pool.Workers[worker].Post(() => s_learned.Value[extension] = mime); // expect: WEFT0006
}
