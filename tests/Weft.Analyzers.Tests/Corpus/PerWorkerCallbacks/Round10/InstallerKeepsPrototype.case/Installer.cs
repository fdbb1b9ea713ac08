// An installer service constructed with one SessionCache instance, returned by the per-worker factory for every
// worker.
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

namespace Corpus.PerWorkerCallbacks.Round10.InstallerKeepsPrototype;

public sealed class CacheInstaller
{
    private readonly SessionCache _prototype;

    public CacheInstaller(SessionCache prototype) => _prototype = prototype;

    public void Install(WorkerPool pool) => SessionCache.Initialize(pool, _ => _prototype); // expect: WEFT0008
}

public static class Boot
{
    public static void Run(WorkerPool pool) => new CacheInstaller(new SessionCache()).Install(pool);
}
