// A Dictionary<Type, object> registry in a static field, written from a per-worker type's [WorkerUpdate] (every worker
// at once); a plain Dictionary.
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

namespace Corpus.StaticWrites.Round10.TypeKeyedRegistry;

public static class Services
{
    public static readonly Dictionary<Type, object> ByType = new();
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Handlers
{
    [WorkerUpdate]
    private void Announce(string name) => Services.ByType[typeof(Handlers)] = name; // expect: WEFT0006
}
