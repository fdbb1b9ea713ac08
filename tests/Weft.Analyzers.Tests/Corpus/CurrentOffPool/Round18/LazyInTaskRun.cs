// WEFT0005: a `Lazy<T>` whose factory reads `Current`, first forced inside `Task.Run`: reported at the factory's read.
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

public static class LazyInTaskRun
{
    public static Task<int> Run()
    {
        var batch = new Lazy<int>(() => Limits.Current.MaxBatch); // expect: WEFT0005
        return Task.Run(() => batch.Value);
    }
}
