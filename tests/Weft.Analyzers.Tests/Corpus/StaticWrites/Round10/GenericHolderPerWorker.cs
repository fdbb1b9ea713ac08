// A static generic holder class (Holder<T>.Value) whose value every worker adds to from a [WorkerUpdate]; the held
// value is a List<string>.
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

namespace Corpus.StaticWrites.Round10.GenericHolderPerWorker;

public static class Holder<T> where T : new()
{
    public static readonly T Value = new();
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Seen
{
    private int _local;

    [WorkerUpdate]
    private void Note(string host)
    {
        _local++;
        Holder<List<string>>.Value.Add(host); // expect: WEFT0006
    }
}
