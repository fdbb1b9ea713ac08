// A callback run on every thread registers the worker's name in the singleton; reported at the call (another type's
// helper that anybody may call).
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

namespace Corpus.StaticWrites.Round10.LazySingletonRegistryQuiet;

public sealed class Worker
{
    public int Id;
}

public static class Startup
{
    public static Task Run(Slot<Worker> slot) =>
        slot.RunOnAllThreadsAsync(w => Registry<string>.Instance.Value.Register("w" + w.Id));
}
