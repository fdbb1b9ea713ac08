// Quiet twin of TokenRegisterCallback: the value is read on the loop; the callback uses the copy.
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

public static class TokenRegisterCallback
{
    public static int Seen;

    public static CancellationTokenRegistration Run(CancellationToken token)
    {
        int max = Limits.Current.MaxBatch;
        return token.Register(() => Volatile.Write(ref Seen, max));
    }
}
