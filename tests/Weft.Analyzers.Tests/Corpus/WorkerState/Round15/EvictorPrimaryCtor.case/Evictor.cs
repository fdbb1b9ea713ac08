using System;
using System.Threading.Tasks;

namespace Corpus.Round15.EvictorPrimaryCtor;

public sealed class Evictor(SessionCache cache, TimeSpan maxAge)
{
    public void Start(DateTime now) =>
        _ = Task.Run(() => cache.TrimOlderThan(now - maxAge));
}
