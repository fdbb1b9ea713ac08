// Quiet twin of DelegateVariableVsProgress: a Progress<T> made on the loop runs its handler on that loop (the page).
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

[ThreadLocalSlot]
public sealed partial class Limits
{
    public int MaxBatch { get; init; }
}

public static class DelegateVariableVsProgress
{
    public static int Seen;

    public static Task Run()
    {
        IProgress<int> report = new Progress<int>(n => Seen = n + Limits.Current.MaxBatch);
        return Task.Run(() => report.Report(1));
    }
}
