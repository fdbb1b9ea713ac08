// A provider service whose method the per-worker factory calls: Get caches one instance and returns it to every
// worker. #escape: the factory's line or the provider's.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.PerWorkerCallbacks.Round10.ProviderCachesInstance;

public sealed class CacheProvider
{
    private SessionCache? _cached;

    public SessionCache Get() => _cached ??= new SessionCache(); // expect: WEFT0008 #escape

    public bool HasCached => _cached is not null;
}

public static class Boot
{
    public static void Run(WorkerPool pool, CacheProvider provider) =>
        SessionCache.Initialize(pool, _ => provider.Get()); // expect: WEFT0008 #escape
}
