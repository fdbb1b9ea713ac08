// Quiet twin of ValuesViewToTaskRun: the values are copied into an array on the worker first.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.ValuesViewToTaskRunQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public static class Totals
{
    public static Task<int> SumLater()
    {
        int[] values = HostCache.Current.ByHost.Values.ToArray();
        return Task.Run(() => values.Sum());
    }
}
