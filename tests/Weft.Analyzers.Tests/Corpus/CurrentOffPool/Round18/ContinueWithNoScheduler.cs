// WEFT0005: `ContinueWith` with no scheduler argument runs on the default scheduler (the pool): its Current read is
// reported. Reading taken: the page says "with no scheduler argument too".
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

public static class ContinueWithNoScheduler
{
    public static Task<int> Run(Task work) =>
        work.ContinueWith(_ => Limits.Current.MaxBatch); // expect: WEFT0005
}
