// WEFT0004: `Dictionary.Values` is a live view over the worker's dictionary (what the state owns); Task.Run sums it on a
// pool thread while the worker keeps writing the dictionary.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.ValuesViewToTaskRun;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public static class Totals
{
    public static Task<int> SumLater()
    {
        Dictionary<string, int>.ValueCollection values = HostCache.Current.ByHost.Values;
        return Task.Run(() => values.Sum()); // expect: WEFT0004
    }
}
