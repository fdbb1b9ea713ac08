// An installer service constructed with a factory delegate, called by the per-worker factory once per worker.
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

namespace Corpus.PerWorkerCallbacks.Round10.InstallerKeepsPrototypeQuiet;

public sealed class CacheInstaller
{
    private readonly Func<SessionCache> _create;

    public CacheInstaller(Func<SessionCache> create) => _create = create;

    public void Install(WorkerPool pool) => SessionCache.Initialize(pool, _ => _create());
}

public static class Boot
{
    public static void Run(WorkerPool pool) => new CacheInstaller(() => new SessionCache()).Install(pool);
}
