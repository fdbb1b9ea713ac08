// WEFT0005: a lambda kept in an Action<int> local and run from Task.Run: reported at its read of Current (same file).
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
        Action<int> report = n => Seen = n + Limits.Current.MaxBatch; // expect: WEFT0005
        return Task.Run(() => report(1));
    }
}
