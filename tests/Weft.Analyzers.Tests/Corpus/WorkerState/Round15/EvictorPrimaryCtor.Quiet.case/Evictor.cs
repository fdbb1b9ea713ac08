using System;
using Weft.Threading;

namespace Corpus.Round15.EvictorPrimaryCtorQuiet;

public sealed class Evictor(SessionCache cache, TimeSpan maxAge)
{
    public void Start(DateTime now) =>
        Dispatcher.Current!.Post(() => cache.TrimOlderThan(now - maxAge));
}
