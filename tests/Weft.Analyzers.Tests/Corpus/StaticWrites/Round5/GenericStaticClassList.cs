// WEFT0006: a generic static class's static list (`Registry<T>.Items`, one per closed type, shared by all threads) is
// added to from a [WorkerUpdate] method.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.GenericStaticClassList;

public static class Registry<T>
{
    public static readonly List<string> Items = new();
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    [WorkerUpdate]
    private void Register(string host) => Registry<HostCache>.Items.Add(host); // expect: WEFT0006
}
